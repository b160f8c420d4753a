"""Pure-function tests of the stances10 round: a passive reporting verb names no speaker ('China is expected to ...'),
a fronted adverbial clause's subject is not the main clause's holder ('When X visited Taipei, China opposed ...'),
and a speaker introduced by a lower-case role ('Upper House member X ..., arguing that ...'). Own example sentences:
text in -> (holder as mentioned, topic, polarity) out."""
import pytest

from tests.test_stances9 import holders


@pytest.mark.parametrize("text, expected", [
    # a fronted adverbial clause: the main clause's subject holds the position
    ("When Taro Aso visited Taipei, China opposed any security dialogue between Japan and Taiwan.",
     ("China", "jp_tw_security_cooperation", "oppose")),
    ("After Lai Ching-te took office, Beijing rejected any official contact between Tokyo and Taipei.",
     ("Beijing", "jp_tw_official_relations", "oppose")),
    ("Although Kishida met the delegation, Beijing opposed official exchanges between Japan and Taiwan.",
     ("Beijing", "jp_tw_official_relations", "oppose")),
    ("Since Tsai Ing-wen took office, Tokyo has supported a security dialogue with Taiwan.",
     ("Tokyo", "jp_tw_security_cooperation", "support")),
    # a lower-case role before the speaker of a participle
    ("In 2021, Upper House member Keiji Furuya gave a speech, arguing that Japan and Taiwan should hold a security dialogue.",
     ("Keiji Furuya", "jp_tw_security_cooperation", "support")),
])
def test_main_clause_holder(seed_extractor, text, expected):
    found = holders(seed_extractor, text)
    assert expected in found
    # the subordinate clause's subject holds nothing
    assert not any(h in ("Taro Aso", "Lai Ching-te", "Kishida", "Tsai Ing-wen", "Upper House") for h, _, _ in found)


@pytest.mark.parametrize("text, absent", [
    # a passive reporting verb: others' expectation about the subject, no position of the subject
    ("Analysts say China is expected to oppose any security dialogue between Japan and Taiwan.", "China"),
    ("Tokyo is widely believed to oppose official relations with Taiwan.", "Tokyo"),
    ("The move would be dangerous as Beijing is expected to oppose official contact between Japan and Taiwan.", "Beijing"),
])
def test_passive_reporting_verb_names_no_speaker(seed_extractor, text, absent):
    assert not any(h == absent for h, _, _ in holders(seed_extractor, text))


def test_active_reporting_verb_still_names_its_speaker(seed_extractor):
    found = holders(seed_extractor, "Wang Yi said Beijing firmly opposes any official contact between Japan and Taiwan.")
    assert ("Wang Yi", "jp_tw_official_relations", "oppose") in found
