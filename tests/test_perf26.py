"""Round 26's speed-ups give the same results as the code they replace: each gate is tested against the scan it
spares, and each gate's premise (a matcher's alternatives are among its gate's) is checked on the seeds' data, so a
topic that gains a matcher outside its gate fails here first."""
import random
import re
from pathlib import Path

import pytest

from pipeline.extract.phrases import PhraseMatcher
from pipeline.extract.sentences import split_sentences
from pipeline.extract.stance_cues import GATED, gated_by_pair, topics_gate
from pipeline.extract.stances import topic_readings
from pipeline.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
SEED_DOCUMENTS = sorted((ROOT / "seeds" / "documents").glob("*.txt"))
# the matchers topic_readings scans only at the gate's offsets (stances._scan)
SCANNED_AT_GATE = tuple(f for f in GATED if f != "terms")


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(ROOT / "seeds")


@pytest.fixture(scope="module")
def topics(knowledge):
    from pipeline.extract.stance_cues import compile_topics
    return compile_topics(knowledge.topics, knowledge.irregular_verbs)


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s.text for p in SEED_DOCUMENTS[:60] for s in split_sentences(p.read_text(encoding="utf-8"))]


def test_scanned_matchers_are_inside_the_gate(topics):
    """stances._scan skips a matcher where it can start at none of the gate's offsets: sound only while each of its
    alternatives is the gate's (and the topic's terms'), with the same boundaries and flags."""
    gate = topics_gate(topics)
    assert gate is not None and gate.fast
    gate_alts = set(gate.alternatives)
    assert set(SCANNED_AT_GATE) >= {"support_phrases", "oppose_phrases", "inverse", "keywords", "context_keywords",
                                    "inverse_context", "act_objects", "inverse_act_objects"}
    for t in topics:
        assert set(t.terms.alternatives) <= gate_alts
        for name in SCANNED_AT_GATE:
            rx = getattr(t, name)
            if rx is None:
                continue
            assert set(rx.alternatives) <= set(t.terms.alternatives), (t.topic_id, name)
            assert (rx.before, rx.after, rx.flags) == (gate.before, gate.after, gate.flags), (t.topic_id, name)


def _cases():
    return ["Japan and Taiwan should deepen their security cooperation.", "SECURITY COOPERATION is vital, he said.",
            "Beijing opposes any official interaction with Taiwan.", "It said strategic ambiguity must end.",
            "a Taiwan contingency is a Japan contingency", "Taiwan independence diehards", "no topic at all here",
            "Ships of Japan's coast guard exchanged information with Taiwan's.", "Security-minded officials met."]


def test_may_start_never_rules_out_a_match(topics, sentences):
    gate = topics_gate(topics)
    rng = random.Random(26)
    texts = _cases() + sentences[:400]
    for t in topics:
        for name in SCANNED_AT_GATE + ("terms",):
            rx = getattr(t, name)
            if rx is None:
                continue
            for text in texts:
                starts = gate.starts(text)
                pairs = {text[q:q + 2] for q in starts}
                found = [m.start() for m in rx.finditer(text)]
                if found:
                    assert set(found) <= set(starts), (name, text)
                    assert rx.may_start(pairs), (t.topic_id, name, text)
                    assert rx.matches_at_any(text, starts)
                else:
                    assert not rx.matches_at_any(text, starts)
                assert [(m.span(), m.group(0)) for m in rx.finditer_at(text, starts)] == \
                    [(m.span(), m.group(0)) for m in rx.finditer(text)], (t.topic_id, name, text)
                # offsets one by one: may_start is False only where matches_at is
                for q in rng.sample(range(len(text) + 1), min(12, len(text) + 1)):
                    if rx.matches_at(text, q):
                        assert rx.may_start({text[q:q + 2]}), (t.topic_id, name, text, q)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_may_start_on_hand_made_alternatives(flags):
    words = ["Taiwan[\\s\\-]+Strait", "(?:T|t)alks", "[Ss]ecurity", "s\\-curve", "a", "ab?", "x?yz", "(?=Q)Qu"]
    matcher = PhraseMatcher(words, before=r"(?<!\w)", after=r"(?!\w)", flags=flags)
    for text in ["Taiwan Strait", "talks Talks", "security", "s-curve", "a ab", "yz xyz", "Quiz", "TAIWAN-STRAIT",
                 "SECURITY s", "nothing", "b", "z"]:
        offsets = range(len(text) + 1)
        for q in offsets:
            if matcher.matches_at(text, q):
                assert matcher.may_start({text[q:q + 2]}), (text, q)
        assert matcher.matches_at_any(text, offsets) == (matcher.search(text) is not None)


def test_topic_readings_with_gate_offsets_equal_without(topics, sentences):
    gate = topics_gate(topics)
    by_pair = gated_by_pair(topics)
    clause_of = lambda o: (0, 10 ** 6)  # noqa: E731
    for text in _cases() + sentences[:600]:
        starts = gate.starts(text)
        per_pair = [by_pair[p] for p in {text[q:q + 2] for q in starts}]
        for i, t in enumerate(topics):
            names = frozenset().union(*(fs[i] for fs in per_pair))
            has = "terms" in names and t.terms.matches_at_any(text, starts)
            assert has == t.terms.contains(text)
            assert topic_readings(text, t, clause_of, gate=(starts, names), has_terms=has) == topic_readings(text, t, clause_of), text


def _starts_slow(matcher, text, pos=0, endpos=None):
    end = len(text) if endpos is None else min(endpos, len(text))
    out, p = [], pos
    while p <= end and (c := matcher.prefilter.search(text, p, end)) is not None:
        out.append(c.start())
        p = c.start() + 1
    return out


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_starts_by_finditer_equal_the_search_loop(topics, sentences, flags):
    words = ["Taiwan", "Taiwan Strait", "Tai", "Japan", "Japan-Taiwan", "a", "an", "[Ss]ecurity", "ab?"]
    matchers = [PhraseMatcher(words, before=r"(?<![\w\-])", after=r"(?![\w])", flags=flags), topics_gate(topics)]
    rng = random.Random(7)
    for text in _cases() + sentences[:300] + ["", "a", "Taiwan", "aaa an a"]:
        for m in matchers:
            assert m.starts(text) == _starts_slow(m, text), text
            pos = rng.randrange(0, len(text) + 1)
            end = rng.randrange(pos, len(text) + 1)
            assert m.starts(text, pos, end) == _starts_slow(m, text, pos, end), (text, pos, end)


def test_gated_by_pair_names_every_matcher_that_matches(topics, sentences):
    """gated_by_pair leaves out a matcher only where it matches at none of the gate's offsets."""
    gate = topics_gate(topics)
    by_pair = gated_by_pair(topics)
    for text in _cases() + sentences[:400]:
        starts = gate.starts(text)
        per_pair = [by_pair[p] for p in {text[q:q + 2] for q in starts}]
        for i, t in enumerate(topics):
            names = frozenset().union(*(fs[i] for fs in per_pair))
            for name in GATED:
                rx = getattr(t, name)
                if rx is not None and rx.search(text) is not None:
                    assert name in names, (t.topic_id, name, text)


@pytest.mark.parametrize("text", [
    "Japan and Taiwan should now talk about the coast guard drills.",
    "Experts urged Tokyo and Taipei to cooperate on maritime security.",
    "We ought to be encouraging Japan and Taiwan to talk, given the exercises.",
    "the two coast guards must coordinate their patrols",
    "TAIWAN AND JAPAN NEED TO TALK about security cooperation",
    "Japan\u00a0and Taiwan must  talk.",
])
def test_a_joint_act_names_a_joint_term(topics, text):
    """topic_readings reads the joint act only where a joint subject may start at the gate's offsets: every joint act
    the pattern finds names one there."""
    gate = topics_gate(topics)
    by_pair = gated_by_pair(topics)
    starts = gate.starts(text)
    per_pair = [by_pair[p] for p in {text[q:q + 2] for q in starts}]
    found = 0
    for i, t in enumerate(topics):
        if t.joint is not None and t.joint.search(text):
            found += 1
            assert "joint_terms" in frozenset().union(*(fs[i] for fs in per_pair)), (t.topic_id, text)
    assert found
