"""Necessary-literal gates: skip a regex scan where the text lacks a literal every match must contain.

Most of the extractor's per-sentence searches fail (the lead's profile, round 28: ~73 searches per sentence, most
finding nothing). `literals.required_literals` reads a compiled pattern's parse tree and names disjunctions of
literals every match holds (the "literal factoring" of RE2, Hyperscan, codesearch). This module tests them against
one cheap feature of the scanned span, built once and shared by every pattern scanned over the same span: its fold
(`fold`: 'İ' and 'ı' to 'i', then `str.casefold`, character by character). A literal of the span, folded, is a
substring of the span's fold; an IGNORECASE literal is read only from ASCII characters (SAFE), and every character
IGNORECASE matches to one of them folds to it. A disjunction is tested by one case-sensitive search of the fold for
its literals factored by common prefix: a C-level scan with a first-character skip, several times cheaper than the
pattern's own (often IGNORECASE) search.

A disjunction with a literal shorter than MIN_LEN is not tested (present in almost every sentence: the test would
cost without skipping); a pattern with no tested disjunction is never gated. A gate only says "cannot match": when it
passes, the plain scan runs, so every gated scan returns exactly what the plain one returns.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

from pipeline.extract.literals import Need, required_literals

MIN_LEN = 3      # a disjunction with a shorter literal ('t', 'of') is present in almost every sentence: not tested
# The span is folded by FOLD then casefold: every character IGNORECASE matches to one of SAFE folds to that character
# (checked over every code point by tests/test_perf33.py), so an IGNORECASE literal made of SAFE characters, casefolded,
# is a substring of the folded span wherever it matches.
FOLD = {0x130: "i", 0x131: "i"}     # 'İ', 'ı': IGNORECASE matches them to 'i', casefold does not fold them to 'i'
SAFE = frozenset(string.ascii_letters + string.digits + string.punctuation + " ")


def fold(text: str) -> str:
    """Per character (so a substring's fold is a substring of the text's fold); ASCII text is lower-cased, the same
    map (str.translate is ~8x dearer than str.lower, and most text is ASCII)."""
    return text.lower() if text.isascii() else text.translate(FOLD).casefold()


def tests_of(needs: tuple[Need, ...]) -> tuple[re.Pattern, ...]:
    """One case-sensitive search of the folded span per disjunction worth testing: its folded literals factored by
    common prefix (phrases.literal_alternation), which Python's engine scans far faster than the IGNORECASE pattern."""
    from pipeline.extract.phrases import literal_alternation     # (imported here: phrases may come to import this module)
    out = []
    for need in needs:
        lits = {t if folded else fold(t) for t, folded in need}
        if lits and min(map(len, lits)) >= MIN_LEN:
            out.append(re.compile(literal_alternation(sorted(lits))))
    return tuple(out)


@lru_cache(maxsize=None)
def pattern_tests(pattern: re.Pattern) -> tuple[re.Pattern, ...]:
    """The tests of a compiled pattern, derived once (() = never gated)."""
    try:
        return tests_of(required_literals(pattern, safe=SAFE))
    except Exception:    # a pattern the parser reads differently: never gated
        return ()


# spans of the texts being read, keyed by (id(text), start, end); the text itself is kept with its span so that an id
# reused by another string never hits. Cleared when full: a document's sentences are read one after another.
_SPANS: dict[tuple[int, int, int], tuple[str, str]] = {}
_MAX_SPANS = 512


def span(text: str, start: int = 0, end: int | None = None) -> str:
    """The shared feature of text[start:end], its fold (built once per span while it is being read)."""
    n = len(text)
    end = n if end is None or end > n else end
    start = 0 if start < 0 else start
    key = (id(text), start, end)
    hit = _SPANS.get(key)
    if hit is not None and hit[0] is text:
        return hit[1]
    if len(_SPANS) >= _MAX_SPANS:
        _SPANS.clear()
    folded = fold(text[start:end])
    _SPANS[key] = (text, folded)
    return folded


def may_match(tests: tuple[re.Pattern, ...], text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a pattern with these tests may find a match inside text[start:end]: False only when some test finds
    none of its literals in the span's fold."""
    if not tests:
        return True
    folded = span(text, start, end)
    for t in tests:
        if t.search(folded) is None:
            return False
    return True


class Gated:
    """Drop-in for a compiled pattern whose `search`, `finditer`, `findall` and `sub` skip the scan when the scanned
    span lacks the pattern's necessary literals (`match`, `fullmatch` and the rest are the pattern's own)."""
    __slots__ = ("pattern", "tests")

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.tests = pattern, pattern_tests(pattern)

    def __getattr__(self, name):
        return getattr(self.pattern, name)

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1):
        if not may_match(self.tests, text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**63 - 1):
        if not may_match(self.tests, text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = 2**63 - 1):
        if not may_match(self.tests, text, pos, endpos):
            return []
        return self.pattern.findall(text, pos, endpos)

    def sub(self, repl, text: str, count: int = 0):
        if not may_match(self.tests, text):
            return text
        return self.pattern.sub(repl, text, count)


def gated(pattern: re.Pattern) -> Gated | re.Pattern:
    """pattern wrapped in its literal gate, or pattern itself when no literal can be derived."""
    return Gated(pattern) if pattern_tests(pattern) else pattern

