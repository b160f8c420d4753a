"""perf38: the stance stage's cheap preconditions give the answers of the searches they replace or gate."""
from pathlib import Path

import pytest

from pipeline.extract.literal_gates import Gated
from pipeline.extract.stance_anaphora import ANAPHOR_HINT, anaphor_hint
from pipeline.extract.stance_frames import _security_context, security_context
from pipeline.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
DEV = ["gold_heldout"] + [f"gold_heldout{k}" for k in range(2, 22)]



@pytest.mark.parametrize("sentence, expected", [
    ("Beijing said it firmly opposes the plan.", True),
    ("Tokyo turned the proposal down.", True),
    ("The ministry welcomed THIS.", True),
    ("Itinerary changes were posted online.", True),        # 'changes' is a hint word
    ("Iterations of the itinerary were posted online.", False),   # 'it' only inside words
    ("The movement grew; its members marched.", False),    # 'movement', 'its': no whole hint word
    ("Taiwan’s envoy thanked them.", True),
    ("Tokyo’s İt was nothing.", bool(ANAPHOR_HINT.search("Tokyo’s İt was nothing."))),   # non-ASCII: the search decides
    ("A step_change was not made.", False),                 # '_' is a word character: 'step_change' is one word
    ("", False),
])
def test_anaphor_hint_cases(sentence, expected):
    assert anaphor_hint(sentence) is expected
    assert anaphor_hint(sentence) is (ANAPHOR_HINT.search(sentence) is not None)


def _dev_sentences():
    out = []
    for name in DEV:
        for f in sorted((ROOT / "tests" / name / "documents").glob("*")):
            if f.is_file():
                text = f.read_text(encoding="utf-8", errors="replace")
                out += [line for line in text.replace(". ", ".\n").splitlines() if line.strip()]
    return out


def test_anaphor_hint_equals_search_on_development_text():
    sentences = _dev_sentences()
    assert len(sentences) > 1000
    assert all(anaphor_hint(s) is (ANAPHOR_HINT.search(s) is not None) for s in sentences)


def test_joint_patterns_gated_and_equal_on_development_text():
    from pipeline.extract.claims import ClaimExtractor
    ex = ClaimExtractor(load_knowledge(ROOT / "seeds"))
    joints = [c.joint for c in ex.topic_cues if c.joint is not None]
    assert joints and all(isinstance(j, Gated) for j in joints)
    extra = ["Japan and Taiwan need to talk to each other about the drills.", "JAPAN AND TAIWAN MUST COOPERATE.",
             "Taipei and Tokyo should exchange information on ships.", "Japan and Taiwan are neighbours."]
    for s in _dev_sentences() + extra:
        for j in joints:
            a, b = j.search(s), j.pattern.search(s)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_security_context_memo_is_the_plain_reading():
    from pipeline.extract.claims import ClaimExtractor
    ex = ClaimExtractor(load_knowledge(ROOT / "seeds"))
    contexts = {id(c.context_terms): c.context_terms for c in ex.topic_cues if c.context_terms is not None}
    sentences = ["The defense ministry spokesman spoke.", "Security cooperation in the strait matters.",
                 "They discussed maritime security and the coast guard.", "Nothing here."]
    for s in sentences:
        for ctx in contexts.values():
            _security_context.cache_clear()
            first = security_context(s, ctx)
            assert security_context(s, ctx) is first      # (memoised)
            assert first == _security_context.__wrapped__(s, ctx)
    assert security_context("Security cooperation.", None) is False
