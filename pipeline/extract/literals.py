"""Literal words a regex cannot match without: a cheap, exact pre-check that lets a rule skip a scan.

`required_literals(pattern)` reads the pattern's own parse tree (never a corpus) and returns a tuple of
disjunctions: every match of the pattern contains, for each disjunction, at least one of its literals.
So when a text holds none of a disjunction's literals, `pattern.search(text)` / `finditer(text)` find
nothing, and the scan can be skipped without changing any result. It returns () when it cannot say
(the pattern is always scanned).

Case: a literal read under IGNORECASE is returned casefolded and tested against the casefolded text.
That is exact for ASCII letters other than i (checked for every code point: the only characters that
IGNORECASE matches to a letter but whose casefold is not that letter are 'İ' and 'ı', both for 'i'),
for digits and for ASCII punctuation and spaces; a literal run under IGNORECASE stops at any other
character (an 'i', a non-ASCII letter), so no literal depends on those folds.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

try:                                   # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:                    # pragma: no cover (3.10)
    import sre_constants as C, sre_parse as P   # noqa: E401

_FOLD_SAFE = set(string.ascii_letters + string.digits + string.punctuation + " ") - {"i", "I"}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
Literal = tuple[str, bool]            # (text, casefolded)
Need = frozenset                      # a disjunction of Literals


def _minimal(need: Need) -> Need:
    """Drop a literal that contains another of the same case mode ('April' holds 'Apr': testing 'Apr' suffices)."""
    return frozenset(a for a in need if not any(b != a and b[1] == a[1] and b[0] in a[0] for b in need))


def _best(needs: list[Need]) -> list[Need]:
    """The most selective disjunctions (longest shortest literal, then fewest literals), at most two."""
    needs = [_minimal(n) for n in needs if n]
    # (ties broken by the literals themselves: a set's order follows the hash seed, and pattern texts built from
    # the choice must not, tests/test_perf15.py)
    return sorted(set(needs), key=lambda n: (-min(len(t) for t, _ in n), len(n), sorted(n)))[:2]


def _seq(items, ignorecase: bool, safe: frozenset | set = _FOLD_SAFE) -> list[Need]:
    """Disjunctions that all hold for a sequence of parse items (a conjunction)."""
    needs: list[Need] = []
    run: list[str] = []

    def flush():
        if run:
            needs.append(frozenset({("".join(run).casefold() if ignorecase else "".join(run), ignorecase)}))
            run.clear()

    for op, av in items:
        if op is C.LITERAL and (not ignorecase or chr(av) in safe):
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            ic = (ignorecase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            needs += _seq(sub, ic, safe)
        elif op in _REPEATS and av[0] >= 1:
            needs += _seq(av[2], ignorecase, safe)
        elif op is C.BRANCH:
            alternatives = []
            for branch in av[1]:
                best = _best(_seq(branch, ignorecase, safe))
                if not best:
                    alternatives = None     # a branch that needs nothing: the alternation needs nothing
                    break
                alternatives.append(best[0])
            if alternatives:
                needs.append(frozenset().union(*alternatives))
        # anything else (classes, anchors, lookarounds, group references) needs no literal we can name
    flush()
    return needs


def required_literals(pattern: re.Pattern, *, safe: frozenset | set = _FOLD_SAFE) -> tuple[Need, ...]:
    """Disjunctions of literals every match of pattern contains (see the module's docstring). safe: the characters
    an IGNORECASE literal may hold (literal_gates widens it to every ASCII letter: it folds 'İ' and 'ı' to 'i')."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return ()
    tree = P.parse(pattern.pattern, pattern.flags)
    return tuple(_best(_seq(list(tree), bool(pattern.flags & re.IGNORECASE), safe)))


@lru_cache(maxsize=None)
def needs(pattern: re.Pattern) -> tuple[Need, ...]:
    """required_literals, computed once per compiled pattern."""
    return required_literals(pattern)


class TextWords:
    """A text and (computed on first use) its casefold, for testing many patterns' literals."""
    __slots__ = ("text", "_folded")

    def __init__(self, text: str):
        self.text, self._folded = text, None

    def may_match(self, needs: tuple[Need, ...]) -> bool:
        """False only when some disjunction has no literal in the text: then the pattern cannot match."""
        for need in needs:
            for lit, folded in need:
                if folded:
                    if self._folded is None:
                        self._folded = self.text.casefold()
                    if lit in self._folded:
                        break
                elif lit in self.text:
                    break
            else:
                return False
        return True
