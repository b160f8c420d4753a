"""Round 12's speed-ups give the same results as the code they replace (benchmarks/README.md, round 12)."""
import re
from pathlib import Path

import pytest

from pipeline.extract.dates import PATTERNS, find_time_expressions
from pipeline.extract.descriptions import DescriptionResolver, _phrase_alternatives
from pipeline.extract.literals import TextWords, needs, required_literals
from pipeline.extract.phrases import PhraseMatcher, _tokens, _trie_pattern
from pipeline.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEED_DOCUMENTS = sorted((ROOT / "seeds" / "documents").glob("*.txt"))


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s.text for p in SEED_DOCUMENTS[:40] for s in split_sentences(p.read_text(encoding="utf-8"))]


def _literal_texts(need) -> set[str]:
    return {t for n in need for t, _ in n}


def test_required_literals_reads_alternations_and_sequences():
    need = required_literals(re.compile(r"\b(?:last|next)\s+week\b"))
    assert {frozenset(t for t, _ in n) for n in need} == {frozenset({"week"}), frozenset({"last", "next"})}
    assert required_literals(re.compile(r"\d+|foo")) == ()          # one branch needs no literal: nothing is required
    assert required_literals(re.compile(r"(?:abc)?x[yz]")) != ()     # 'x' is still required
    assert _literal_texts(required_literals(re.compile(r"(?:abc)?x[yz]"))) == {"x"}


def test_ignorecase_literals_are_casefolded_and_stop_at_i():
    need = required_literals(re.compile(r"this week", re.IGNORECASE))
    assert all(folded for n in need for _, folded in n)
    assert not any("i" in t for t in _literal_texts(need))         # 'İ' and 'ı' match 'i' under IGNORECASE
    pattern = re.compile(r"this week", re.IGNORECASE)
    for text in ("THİS WEEK", "thıs week", "This Week", "ThiS WEEK"):
        assert bool(pattern.search(text)) <= TextWords(text).may_match(needs(pattern)), text
    assert not TextWords("this month").may_match(needs(pattern))


def test_scoped_ignorecase_is_folded():
    pattern = re.compile(r"(?i:early)\s+May")
    need = required_literals(pattern)
    assert {("early", True), ("May", False)} <= {x for n in need for x in n}
    assert TextWords("EARLY May").may_match(needs(pattern))
    assert not TextWords("early may").may_match(needs(pattern))     # 'May' is case-sensitive there


def test_date_guards_never_skip_a_match(sentences):
    extra = ["On 21st March, 2024 and the 29th", "THIS WEEK", "two years ago", "ſeptember", "mid-2021 and late 2022",
             "3 weeks ago", "Black Friday next Monday", "earlier this month"]
    for text in [*sentences, *extra]:
        words = TextWords(text)
        for kind, pattern in PATTERNS:
            if pattern.search(text):
                assert words.may_match(needs(pattern)), (kind, text)
    assert find_time_expressions("no time here") == []


def test_phrase_matcher_lookahead_tokens_keep_it_fast_and_exact():
    ends = r"(?![ \t]+[A-Z][a-z]|-[a-z])"
    alternatives = ["Prime[\\s\\-]?Minister[\\s\\-]?Koizumi" + ends, "Koizumi", "Minister", "Prime"]
    pm = PhraseMatcher(alternatives, before=r"(?<![\w\-])", after=r"(?![\w])")
    assert pm.fast
    text = ("Prime Minister Koizumi said. Prime Minister Koizumi Shinjiro said. Prime-Minister-Koizumi-san and "
            "Koizumi, Minister Prime. Prime MinisterKoizumi")
    plain = re.compile(r"(?<![\w\-])(?:" + "|".join(alternatives) + r")(?![\w])")
    got = [(m.start(), m.end()) for m in pm.finditer(text)]
    assert got == [(m.start(), m.end()) for m in plain.finditer(text)]
    for pos, end in ((0, len(text)), (3, 40), (16, 60)):
        assert [m.span() for m in pm.finditer(text, pos, end)] == [m.span() for m in plain.finditer(text, pos, end)]


def test_charset_prefilter_same_offsets(sentences):
    alternatives = [re.escape(a) for a in ("Taiwan", "Japan", "U.S.", "Tai", "PLA", "7th Fleet", "Japan-Taiwan")]
    pm = PhraseMatcher(alternatives, before=r"(?<![\w\-])", after=r"(?![\w])")
    zero_width = re.compile(r"(?<![\w\-])(?=(?:" + _trie_pattern([_tokens(a) for a in alternatives]) + r")(?![\w]))")
    assert pm.prefilter.pattern != zero_width.pattern      # the form that opens with the first characters

    def starts(p, text, pos, end):
        out, q = [], pos
        while q <= end and (c := p.search(text, q, end)) is not None:
            out.append(c.start())
            q = c.start() + 1
        return out

    for text in [*sentences[:400], "Taiwan-Japan", "xTaiwan Tai PLA7th Fleet", "Japan"]:
        for pos, end in ((0, len(text)), (1, max(1, len(text) - 2))):
            assert starts(pm.prefilter, text, pos, end) == starts(zero_width, text, pos, end)
        for q in range(len(text)):
            assert bool(pm.prefilter.match(text, q)) == bool(zero_width.match(text, q))


def test_title_before_factored_same_matches():
    titles = ["Foreign Minister", "Minister", "Deputy Foreign Minister", "Gen.", "Gen", "President", "Vice President",
              "spokeswoman", "Minister of Foreign Affairs"]
    d = DescriptionResolver(titles, [])
    plain = re.compile(r"(?<![\w\-])(" + "|".join(_phrase_alternatives(d.titles)) + r")[ \t]+$", re.IGNORECASE)
    text = ("said Deputy Foreign Minister  Wang; Gen. Lee; Vice President\tLai; the Minister of Foreign Affairs Lin; "
            "a spokeswoman Hua; ex-President Ma; GEN Park\n")
    for end in range(len(text) + 1):
        start = max(0, end - 60)
        a, b = plain.search(text, start, end), d.title_before.search(text, start, end)
        assert (a and (a.span(), a.span(1))) == (b and (b.span(), b.span(1))), end
