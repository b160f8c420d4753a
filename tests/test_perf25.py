"""Round 25's speed-ups give the same results as the code they replace: each fast path against its slow path."""
import random
import re
from pathlib import Path

import pytest

from pipeline.extract.asset_anaphora import _may_end_owner_link, compile_asset_anaphora
from pipeline.extract.lexicon import _alternation, _factored_alternation
from pipeline.extract.phrases import PhraseMatcher
from pipeline.extract.places import between_places
from pipeline.extract.sentences import split_sentences
from pipeline.extract.year_anchor import FULL_DATE, YEAR_WORD, anchor_after

ROOT = Path(__file__).resolve().parents[1]
SEED_DOCUMENTS = sorted((ROOT / "seeds" / "documents").glob("*.txt"))
ASSETS = ["vessel", "aircraft carrier", "destroyer", "frigate", "patrol ship", "bomber", "drone", "ship"]
DEMONYMS = {"Chinese": "CHN", "Japanese": "JPN"}


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s.text for p in SEED_DOCUMENTS[:30] for s in split_sentences(p.read_text(encoding="utf-8"))]


def _windows(texts, width=80):
    for t in texts:
        for hi in range(0, len(t) + 1, 3):
            yield t, max(0, hi - width), hi


OWNER_CASES = ["two destroyers of the ", "a Y-9 aircraft from ", "the frigate Xuzhou belonging to the ",
               "the patrol ship Koshiki OF THE\n", "ships of the the ", "a drone of ", "vessels to the",
               "the carrier lathe ", "bombers (hull 117) from the  ", "a frigate of\u00a0the\u00a0"]


def test_owner_link_guard_never_skips_a_match(sentences):
    compiled = compile_asset_anaphora(DEMONYMS, ASSETS)
    slow, probe = compiled["before_name"], compiled["head_probe"]
    hits = 0
    for text, lo, hi in _windows(OWNER_CASES + sentences[:300]):
        found = slow.search(text, lo, hi) is not None
        hits += found
        fast = _may_end_owner_link(text, lo, hi) and probe.search(text, lo, hi) is not None
        assert fast or not found, (text[lo:hi],)
    assert hits >= 4     # (the windows end every third character: some cases are matched at several ends)


def test_factored_light_verbs_same_starts(sentences):
    light = ["held", "hold", "holding", "lodged", "lodge", "expressed", "express", "conveyed", "made", "make",
             "signed", "sign", "carried out", "carry out", "conducted", "set up"]
    tail = r"(?:\s+[\w’'\-]+){0,4}?\s+[“\"‘']?$"
    slow = re.compile(rf"(?<![\w])(?:{_alternation(light)}){tail}", re.IGNORECASE)
    fast = re.compile(rf"(?<![\w])(?:{_factored_alternation(light)}){tail}", re.IGNORECASE)
    texts = sentences[:200] + ["Japan HELD two rounds of ", "They carried  out a ", "lodge a stern ", "set up the "]
    for text in texts:
        for hi in range(len(text) + 1):
            a, b = slow.search(text, max(0, hi - 100), hi), fast.search(text, max(0, hi - 100), hi)
            assert (a and a.start()) == (b and b.start()), text[max(0, hi - 100):hi]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_two_character_buckets_same_matches(sentences, flags):
    words = ["summoned", "sailed", "sanctioned", "scrambled", "Strait", "[Ss]ecurity", "s\\-curve", "said", "s",
             "sa", "talks", "talked", "(?:T|t)aiwan", "Taiwan[\\s\\-]+Strait", "a", "ab", "accused", "[Aa]id", "Ch[ae]n"]
    matcher = PhraseMatcher(words, before=r"(?<![\w\-])", after=r"(?![\w])", flags=flags)
    plain = re.compile(rf"(?<![\w\-])(?:{'|'.join(words)})(?![\w])", flags)
    rng = random.Random(25)
    texts = sentences[:200] + ["Sa said SA sanctioned s-curve s", "Taiwan  Strait taiwan-Strait", "ab a Chen Chan"]
    for text in texts:
        pos = rng.randrange(0, max(1, len(text)))
        end = rng.randrange(pos, len(text) + 1)
        for p, e in ((0, None), (pos, end)):
            got = [(m.span(), m.group(0)) for m in matcher.finditer(text, p, e)]
            want = [(m.span(), m.group(0)) for m in plain.finditer(text, p, len(text) if e is None else e)]
            assert got == want, text
            stop = len(text) if e is None else e
            assert _span(matcher.search(text, p, e)) == _span(plain.search(text, p, stop)), text
            for q in range(p, min(stop, p + 40)):
                assert _span(matcher.match(text, q, e)) == _span(plain.match(text, q, stop)), (text, q)


def _span(m):
    return None if m is None else (m.span(), m.group(0))


def _anchor_after_slow(text, anchor):
    last_full = None
    for _, p in FULL_DATE:
        for m in p.finditer(text):
            y = m.groupdict().get("y")
            if y and (last_full is None or m.start() > last_full[0]):
                last_full = (m.start(), m.end(), int(y))
    if last_full is not None:
        anchor, tail = last_full[2], text[last_full[1]:]
    else:
        tail = text
    years = {int(y) for y in YEAR_WORD.findall(tail)}
    return anchor if not years or years == {anchor} else None


@pytest.mark.parametrize("anchor", [None, 2024])
def test_year_anchor_guard(sentences, anchor):
    for text in sentences + ["On February 14, 2024, a boat capsized.", "In May 2019 and 2020", "no year here"]:
        assert anchor_after(text, anchor) == _anchor_after_slow(text, anchor), text


@pytest.mark.parametrize("text, name, expected", [
    ("the Bashi Channel between Taiwan and the Philippines", "Taiwan", True),
    ("the Bashi Channel between Taiwan and the Philippines", "Philippines", True),
    ("talks between Japan and China", "Japan", False),
    ("a route from Japan through Taiwan to the Philippines", "Taiwan", True),
    ("Japan protested the move", "Japan", False),
])
def test_between_places_unchanged(text, name, expected):
    s = text.index(name)
    assert between_places(text, s, s + len(name), is_actor=lambda n: n in ("Japan", "China")) is expected
