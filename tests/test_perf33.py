"""perf33: necessary-literal gates (pipeline/extract/literal_gates.py) never change a scan's result.

A gate may only say "cannot match" where the plain pattern finds nothing: checked on generated text built from each
pattern's own literals (with case and dotted/dotless i variants) and on real development text, for the extractor's
phrase matchers and sentence preconditions; a pattern whose literals cannot be derived is never gated."""
import random
import re
from pathlib import Path

import pytest

from pipeline.extract import literal_gates as LG
from pipeline.extract.literals import required_literals
from pipeline.extract.phrases import PhraseMatcher

ROOT = Path(__file__).resolve().parents[1]


def test_fold_covers_every_ignorecase_match_of_safe_characters():
    # every code point IGNORECASE matches to a SAFE character folds to that character
    everything = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    candidates = set(re.findall("[" + re.escape("".join(sorted(LG.SAFE))) + "]", everything, re.IGNORECASE))
    assert len(candidates) > 90
    for c in candidates:
        for ch in LG.SAFE:
            if re.fullmatch(re.escape(ch), c, re.IGNORECASE):
                assert LG.fold(c) == ch.casefold(), (hex(ord(c)), ch)


@pytest.mark.parametrize("pattern, text, found", [
    (re.compile(r"\bsigned\b", re.I), "Tokyo SİGNED the pact", True),
    (re.compile(r"\bsigned\b", re.I), "Tokyo sıgned the pact", True),
    (re.compile(r"\bsigned\b", re.I), "Tokyo agreed to the pact", False),
    (re.compile(r"İstanbul"), "talks in İstanbul", True),
    (re.compile(r"Kelvin", re.I), "\u212aELVIN scale", True),
    (re.compile(r"(?:drills|exercises)\s+near\s+(?:Taiwan|Japan)"), "held exercises near Japan", True),
    (re.compile(r"(?:drills|exercises)\s+near\s+(?:Taiwan|Japan)"), "held exercises close to Japan", False),
    (re.compile(r"strait", re.I), "STRASSE", False),
])
def test_gate_agrees_with_the_search(pattern, text, found):
    assert bool(pattern.search(text)) is found
    gated = LG.gated(pattern)
    assert isinstance(gated, LG.Gated)
    assert bool(gated.search(text)) is found
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert LG.may_match(LG.pattern_tests(pattern), text) or not found


@pytest.mark.parametrize("pattern", [
    re.compile(r"\w+"), re.compile(r"(?:said|\d+)"), re.compile(r"a|of"), re.compile(r"said  # verbose", re.X),
    re.compile(r"(?:the)?\s*[A-Z]\w+"), re.compile(rb"bytes"),
])
def test_underivable_patterns_are_never_gated(pattern):
    assert LG.pattern_tests(pattern) == ()
    assert LG.gated(pattern) is pattern


def test_span_cache_never_serves_another_text():
    a = "the ministry protested"
    assert LG.span(a) == a
    b = "".join(["THE MINISTRY ", "WELCOMED"])
    assert LG.span(b, 4, 12) == "ministry"


def _variants(lit: str, rng: random.Random) -> str:
    out = []
    for ch in lit:
        r = rng.random()
        out.append(ch.upper() if r < 0.3 else ("İ" if ch in "iI" and r < 0.4 else ("ı" if ch in "iI" and r < 0.5 else ch)))
    return "".join(out)


@pytest.fixture(scope="module")
def extractor():
    from pipeline.extract.claims import ClaimExtractor
    from pipeline.knowledge import load_knowledge
    return ClaimExtractor(load_knowledge(ROOT / "seeds"))


@pytest.fixture(scope="module")
def matchers(extractor):
    import gc
    return [o for o in gc.get_objects() if isinstance(o, PhraseMatcher) and 0 < len(o.alternatives) <= 300]


@pytest.fixture(scope="module")
def real_sentences():
    from pipeline.layers import document_inputs, ingest_layer
    from pipeline.extract.sentences import split_sentences
    out = []
    for folder in [ROOT / "seeds/documents", ROOT / "tests/gold_heldout20/documents", ROOT / "tests/gold_heldout7/documents"]:
        for d in document_inputs(ingest_layer(folder).documents):
            out += [d.text[s.start:s.end] for s in split_sentences(d.text, start=0, end=len(d.text), excluded=[])]
    return out


def _check(matcher: PhraseMatcher, texts):
    tests = LG.pattern_tests(matcher.plain)
    for t in texts:
        if not LG.may_match(tests, t):
            assert matcher.plain.search(t) is None, (matcher.alternatives[:3], t)


def test_phrase_matcher_gates_are_necessary_on_generated_and_real_text(matchers, real_sentences):
    rng = random.Random(33)
    gated = [m for m in matchers if LG.pattern_tests(m.plain)]
    assert len(gated) >= 20
    for m in gated:
        alts = rng.sample(m.alternatives, min(40, len(m.alternatives)))
        # generated: each alternative's own text (pattern source with escapes removed), case-varied, in a sentence
        generated = []
        for a in alts:
            plain = re.sub(r"\\s[+*]?|\[\\s\\-\]\+", " ", a).replace("\\", "")
            generated.append("Officials said " + _variants(plain, rng) + " on Monday.")
        _check(m, generated)
        _check(m, real_sentences)
        g = LG.gated(m.plain)
        for t in generated[:10] + real_sentences[:200]:
            assert [x.span() for x in g.finditer(t)] == [x.span() for x in m.plain.finditer(t)]


def test_sentence_preconditions_agree_with_their_search(extractor, real_sentences):
    rng = random.Random(28)
    for gate in (extractor._resolution_gate, extractor._drawn_gate, extractor._money_gate):
        for p in gate.needs:
            if p is None:
                continue
            lits = [t for need in required_literals(p, safe=LG.SAFE) for t, _ in need]
            generated = ["The council " + _variants(rng.choice(lits), rng) + " 40 from it." for _ in range(50)] if lits else []
            for t in generated + real_sentences:
                if not LG.may_match(LG.pattern_tests(p), t):
                    assert p.search(t) is None, (p.pattern[:60], t)
            for t in generated:
                assert gate.holds(t) == all(q is not None and q.search(t) is not None for q in gate.needs)
