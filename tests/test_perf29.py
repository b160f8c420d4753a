"""Round 26's actor-path speed-ups give the same results as the code they replace: each memo or gate is run against
the plain path it spares, on generated sentences and on the development documents."""
import random
import re
from pathlib import Path

import pytest

from pipeline.extract.actor_contexts import family_matches
from pipeline.extract.names import FAMILY_AFTER, FAMILY_BEFORE
from pipeline.extract.phrases import PhraseMatcher, longest_first
from pipeline.extract.resolution_acts import content_type, issued_acts

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = ["gold_heldout"] + [f"gold_heldout{k}" for k in range(2, 20)]
DOCUMENTS = sorted((ROOT / "seeds" / "documents").glob("*.txt")) + \
    [p for s in DEV_SETS for p in sorted((ROOT / "tests" / s / "documents").glob("*.txt"))]


def _family_matches_plain(text, start, end, unique_re, extra):
    """family_matches before round 26: both parts searched again from every match's end."""
    if not extra:
        yield from unique_re.finditer(text, start, end)
        return
    extra_re = re.compile(FAMILY_BEFORE + "(?:" + "|".join(re.escape(f) for f in sorted(extra, key=longest_first))
                          + ")" + FAMILY_AFTER)
    p = start
    while p <= end:
        found = [m for m in (unique_re.search(text, p, end), extra_re.search(text, p, end)) if m]
        if not found:
            return
        q = min(m.start() for m in found)
        m = max((m for m in found if m.start() == q), key=lambda m: m.end())
        yield m
        p = m.end() if m.end() > q else q + 1


UNIQUE = ["Ishiba", "Tsai", "Lai", "Kishida", "Ma", "Lin", "Wang", "Kim Jong"]
EXTRA = {"Lin", "Tanaka", "Lai Ching", "Wang Yi", "Chen"}


def _spans(ms):
    return [(m.start(), m.end(), m.group(0)) for m in ms]


@pytest.fixture(scope="module")
def unique_re():
    return PhraseMatcher([re.escape(f) for f in sorted(UNIQUE, key=longest_first)], before=FAMILY_BEFORE, after=FAMILY_AFTER)


@pytest.mark.parametrize("text", [
    "Tanaka met Lin and Lai Ching in Taipei; Lin's aide said Wang Yi had called Chen.",
    "Kishida's cabinet and Tsai's office: Ma, Lin, Lai, Wang Yi, Wang, Kim Jong and Tanaka-san spoke.",
    "No family names here at all.",
    "Chen Chen Chen. Lai Lai Ching Lai's.",
])
def test_family_matches_keep_the_plain_matches(unique_re, text):
    for start, end in [(0, len(text)), (5, len(text) - 3)]:
        assert _spans(family_matches(text, start, end, unique_re, EXTRA)) == \
            _spans(_family_matches_plain(text, start, end, unique_re, EXTRA))


def test_family_matches_on_generated_text(unique_re):
    rng = random.Random(29)
    words = [*UNIQUE, *EXTRA, "the", "said", "met", "Lin's", "Chen-", "-Wang", "'s", ",", ".", "\n", "Taipei", "Tokyo"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        extra = set(rng.sample(sorted(EXTRA), rng.randint(0, len(EXTRA))))
        assert _spans(family_matches(text, 0, len(text), unique_re, extra)) == \
            _spans(_family_matches_plain(text, 0, len(text), unique_re, extra))


def test_family_matches_on_development_documents():
    """The registry's own unique family names and each document's persons' family names (as _short_forms passes them)."""
    from pipeline.extract.claims import ClaimExtractor
    from pipeline.knowledge import load_knowledge
    from pipeline.extract.names import guess_family_name
    matcher = ClaimExtractor(load_knowledge(ROOT / "seeds")).matcher
    assert DOCUMENTS
    for path in DOCUMENTS[::3]:
        text = path.read_text(encoding="utf-8")
        extra = {guess_family_name(m.group(0)) for m in re.finditer(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", text)} \
            - matcher._unique_families
        assert _spans(family_matches(text, 0, len(text), matcher._unique_family_re, extra)) == \
            _spans(_family_matches_plain(text, 0, len(text), matcher._unique_family_re, extra)), path


def _issued_acts_plain(text, start, end, *, issued, participles, acts):
    folded = {k.casefold(): v for k, v in acts.items()}
    return [(m.start(), m.end(), plover) for m in issued.finditer(text, start, end)
            if (plover := content_type(text, m.end(), end, participles=participles, acts=folded)) is not None]


@pytest.mark.parametrize("text", [
    "The assembly adopted a resolution opposing the plan.",
    "The ministry issued a statement condemning the drills and a notice.",
    "Nothing was issued today.",
])
def test_issued_acts_folds_lazily_with_the_same_acts(text):
    issued = re.compile(r"(?:adopted|issued)\s+(?:a\s+)?(?:resolution|statement|notice)\b", re.IGNORECASE)
    participles = re.compile(r"\b(opposing|condemning)\b", re.IGNORECASE)
    acts = {"Opposing": "DISAPPROVE", "condemning": "DISAPPROVE"}
    assert issued_acts(text, 0, len(text), issued=issued, participles=participles, acts=acts) == \
        _issued_acts_plain(text, 0, len(text), issued=issued, participles=participles, acts=acts)


def test_registry_mentions_on_development_documents():
    """registry_mentions reads each match's span once; its mentions are the ones of the per-call reads (checked against
    the frozen ones the extraction dump compared: here, that every mention's text is its span's)."""
    from pipeline.extract.claims import ClaimExtractor
    from pipeline.knowledge import load_knowledge
    matcher = ClaimExtractor(load_knowledge(ROOT / "seeds")).matcher
    for path in DOCUMENTS[::7]:
        text = path.read_text(encoding="utf-8")
        places: list = []
        for m in matcher.registry_mentions(text, 0, len(text), places):
            assert text[m.start:m.end] == m.text
        assert all(text[s:e] for s, e in places)


# -- discovery read at name starts (name_starts.py) -------------------------------------------------------------------

@pytest.fixture(scope="module")
def matcher():
    from pipeline.extract.claims import ClaimExtractor
    from pipeline.knowledge import load_knowledge
    return ClaimExtractor(load_knowledge(ROOT / "seeds")).matcher


def test_gated_patterns_open_with_a_name(matcher):
    """The gates' premise: each pattern read at name starts opens with PERSON_NAME (after a lookbehind), the reported
    speaker's other branch with reported_verb_at, and title_re has the shape its blank-run budget counts."""
    from pipeline.extract.actor_contexts import WHO_PERSON
    from pipeline.extract.names import PERSON_NAME
    assert matcher.appositive_re.pattern.startswith(f"(?P<name>{PERSON_NAME})")
    assert matcher.comma_name_re.pattern.startswith(rf"(?<=,[ \t])(?P<name>{PERSON_NAME})")
    assert WHO_PERSON.pattern.startswith(rf"(?<![\w’'\-])(?P<before>{PERSON_NAME})")
    verbs = matcher.reported_verb_at.pattern
    assert matcher.reported_person_re.pattern.startswith(verbs[:-1] + r")[ \t]+(?P<after>")
    assert rf"|(?<![\w.’'\-])(?P<before>{PERSON_NAME})[ \t]+" in matcher.reported_person_re.pattern
    title = matcher.title_re.pattern
    assert re.match(r"\(\?P<title>\(\?:\(\?:[^()]+\)\\s\+\)\?\(\?:\(\?:\[A-Z\]\[\\w’'\\-\]\*\|of\|for\|and\|the\)\[ \\t\]\+\)\{0,5\}\?\(\?:",
                    title), title[:200]
    assert title.endswith(rf")[ \t]+(?P<name>{PERSON_NAME})\b")
    assert matcher._title_runs >= 7


def _plain_and_gated(matcher, text, start, end):
    from pipeline.extract.actor_contexts import WHO_PERSON
    from pipeline.extract.name_starts import finditer_at, finditer_titled, name_starts, search_at
    names = name_starts(text, start, end)
    reported_at = sorted({*names, *(v.start() for v in matcher.reported_verb_at.finditer(text, start, end))})

    def appositives(search):
        out, pos = [], start
        while (m := search(pos)) is not None:
            out.append(m)
            pos = m.start("role")
        return out

    plain = [matcher.title_re.finditer(text, start, end), matcher.reported_person_re.finditer(text, start, end),
             WHO_PERSON.finditer(text, start, end), matcher.comma_name_re.finditer(text, start, end),
             appositives(lambda pos: matcher.appositive_re.search(text, pos, end))]
    gated = [finditer_titled(matcher.title_re, text, names, start, end, title_end=matcher._title_end_blanks,
                             longest_title=matcher._longest_title, runs=matcher._title_runs),
             finditer_at(matcher.reported_person_re, text, reported_at, start, end),
             finditer_at(WHO_PERSON, text, names, start, end), finditer_at(matcher.comma_name_re, text, names, start, end),
             appositives(lambda pos: search_at(matcher.appositive_re, text, names, pos, end))]
    return [_spans(x) for x in plain], [_spans(x) for x in gated]


@pytest.mark.parametrize("text", [
    "Former Deputy Foreign Minister Wang Ting-yu said on Monday that the plan, led by Aya Mori, had stalled.",
    "spokesman Lin Chien, a senior fellow at the institute, told reporters.\nsaid Grant Newsham of the Center for Security.",
    "The ministry's spokesperson, Mao Ning, who spoke in Beijing, and former\nPresident Tsai Ing-wen met Vice President JD Vance.",
    "Defense Minister  \t Koo Li-hsiung and Chief Cabinet Secretary Yoshimasa Hayashi, the top government spokesman,",
    "No names in this sentence at all.",
    "R. Venkataraman said, as did Ma. Teresita Daza (DFA), a deputy minister, and O'Brien McCain said.",
])
def test_discovery_gates_keep_the_plain_matches(matcher, text):
    for start, end in [(0, len(text)), (7, len(text) - 5)]:
        plain, gated = _plain_and_gated(matcher, text, start, end)
        assert gated == plain


def test_discovery_gates_on_generated_text(matcher):
    rng = random.Random(26)
    words = ["Minister", "Deputy", "former", "President", "Lai", "Ching-te", "Wang", "Yi", "of", "the", "Foreign",
             "said", "told", "led by", ",", ", a", "spokesman", "senior", "fellow", "who", "met", "\n", "  ", "\t", "R.",
             "Ma.", "De", "Castro", "Renato", "Cruz", "Secretary", "Chief", "Cabinet", "Vice", "Admiral", "Tsai", "."]
    for _ in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 50)))
        plain, gated = _plain_and_gated(matcher, text, 0, len(text))
        assert gated == plain, text


def test_discovery_gates_on_development_documents(matcher):
    for path in DOCUMENTS[::2]:
        text = path.read_text(encoding="utf-8")
        plain, gated = _plain_and_gated(matcher, text, 0, len(text))
        assert gated == plain, path


# -- lexicon-hit gates: a document without a unit noun or a municipal level word skips those scans -------------------

def _local_plain(text, start, end):
    from pipeline.extract.local_governments import acting_local_governments, bare_local_legislatures, described_local_governments
    return [acting_local_governments(text, start, end), bare_local_legislatures(text, start, end),
            described_local_governments(text, start, end)]


def _units_plain(text, start, end):
    """numbered_units without its gate: both scans run."""
    from pipeline.extract import military_units as mu
    saved = mu._UNIT_WORD
    mu._UNIT_WORD = re.compile("")     # matches everywhere: the gate always passes
    try:
        return mu.numbered_units(text, start, end)
    finally:
        mu._UNIT_WORD = saved


@pytest.mark.parametrize("text", [
    "Hualien County said it would send aid; the Yonaguni town office and the prefectural assembly agreed.",
    "The TOWN HALL of Yonaguni: the Yonaguni Town Council met. Okinawa Prefecture ... the prefectural council.",
    "Escort Flotilla 4 and the 3rd Infantry Division sailed; Carrier Strike Group 5 followed.",
    "Nothing municipal or military here: the ministry spoke.",
])
def test_lexicon_gates_keep_the_plain_results(text):
    from pipeline.extract.local_governments import may_name_local_governments
    from pipeline.extract.military_units import numbered_units
    for start, end in [(0, len(text)), (9, len(text) - 4)]:
        plain = _local_plain(text, start, end)
        assert may_name_local_governments(text, start, end) or not any(plain)
        assert numbered_units(text, start, end) == _units_plain(text, start, end)


def test_lexicon_gates_on_development_documents():
    from pipeline.extract.local_governments import may_name_local_governments
    from pipeline.extract.military_units import numbered_units
    gated = 0
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        if not may_name_local_governments(text, 0, len(text)):
            gated += 1
            assert not any(_local_plain(text, 0, len(text))), path
        assert numbered_units(text, 0, len(text)) == _units_plain(text, 0, len(text)), path
    assert gated     # the gate does skip documents
