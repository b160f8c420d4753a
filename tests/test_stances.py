"""Pure-function tests of the stance rules (pipeline/extract/stances.py and ClaimExtractor.stances) on
the real seeds: text in -> (holder, topic, polarity) records out."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput


@pytest.fixture(scope="module")
def seed_extractor(seed_knowledge):
    from pipeline.extract.claims import ClaimExtractor

    return ClaimExtractor(seed_knowledge)


def stances(extractor, text):
    doc = DocumentInput("doc-0000000000000000", text, published_date=date(2021, 8, 27), body_start=0, body_end=len(text))
    ext = extractor.extract(doc)
    return {(c["subject_ids"][0], c["topic_id"], c["polarity"]) for c in ext.claims if c["kind"] == "stance"}


def _ids(extractor, text, names):
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    found = {m["text"]: m["actor_id"] for m in extractor.extract(doc).mentions}
    return [found[n] for n in names]


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # a cue governing an inverse keyword flips: opposing official contacts upholds one-China
    ("“China firmly opposes all forms of official interactions with Taiwan,” Zhao Lijian said.",
     "Zhao Lijian", "one_china_policy", "support"),
    # a self-sufficient phrase needs no cue; the pronoun speaker holds it
    ("Shinzo Abe spoke in Taipei. “A Taiwan contingency is a Japan contingency,” he said.",
     "Shinzo Abe", "defense_of_taiwan", "support"),
    # a prescriptive sentence by a named speaker still expresses the speaker's position
    ("Taro Aso said Japan must protect Taiwan.", "Taro Aso", "defense_of_taiwan", "support"),
    # negation flips the cue
    ("Japan does not support Taiwan independence, Yoshihide Suga said.", "Yoshihide Suga", "taiwan_independence", "oppose"),
    # the clause subject of a position verb holds it (cue inflected: proposed)
    ("Tsai Ing-wen proposed a security dialogue with Japan.", "Tsai Ing-wen", "jp_tw_security_cooperation", "support"),
    # the subject, not the object of 'urged X to'
    ("Japan urged China to respect the one-China principle.", "Japan", "one_china_policy", "support"),
])
def test_stance_holder_topic_polarity(seed_extractor, text, holder, topic, polarity):
    got = stances(seed_extractor, text)
    (holder_id,) = _ids(seed_extractor, text, [holder])
    assert (holder_id, topic, polarity) in got, got
    assert (holder_id, topic, "oppose" if polarity == "support" else "support") not in got


def test_coordinated_speakers_all_hold(seed_extractor):
    text = "Fumio Kishida and U.S. President Joe Biden reaffirmed there has been no change in their respective one-China policies."
    got = stances(seed_extractor, text)
    kishida, biden = _ids(seed_extractor, text, ["Fumio Kishida", "Joe Biden"])
    assert {(kishida, "one_china_policy", "support"), (biden, "one_china_policy", "support")} <= got
    assert not any(h not in (kishida, biden) for h, _, _ in got)


@pytest.mark.parametrize("text", [
    "Japan should defend Taiwan.",                                       # the document's own recommendation
    "Tokyo will expand security cooperation with Taipei.",               # the document's own forecast
    "Support for security cooperation has grown in Japan.",               # no named holder
    "The transfer of arms would be a dangerous operation for Japan, whose security dialogue with the US is old.",
    "The support of the public matters, and analysts mentioned security cooperation at length in the annex.",  # cue far away
])
def test_no_stance_without_a_holder_or_in_the_documents_voice(seed_extractor, text):
    assert stances(seed_extractor, text) == set()


def test_one_stance_per_holder_and_topic_in_a_sentence(seed_extractor):
    text = "Joseph Wu supports a security dialogue and supports security cooperation with Japan."
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    claims = [c for c in seed_extractor.extract(doc).claims if c["kind"] == "stance"]
    keys = [(c["subject_ids"][0], c["topic_id"]) for c in claims]
    assert keys and len(keys) == len(set(keys))


def test_think_tank_is_no_reporting_verb(seed_extractor):
    text = "Speaking to the US think tank on Monday, Deputy Defense Minister Yasuhide Nakayama said, “We have to protect Taiwan.”"
    got = stances(seed_extractor, text)
    (us,) = _ids(seed_extractor, text, ["US"])
    assert not any(h == us for h, _, _ in got)
