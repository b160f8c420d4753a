"""events17: a visiting group named by its kind meets a named party ('the delegation met X'), and a subject whose
bracketed abbreviation opens an appositive ('the Council (MAC), the body in charge of ..., condemned')."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput
from pipeline.extract.group_meetings import compile_group_meetings

PUBLISHED = date(2024, 3, 15)


def acts(extractor, text):
    doc = DocumentInput("doc-0000000000000000", text, published_date=PUBLISHED, body_start=0, body_end=len(text))
    return {(c["predicate"], tuple(sorted(c["subject_ids"]))) for c in extractor.extract(doc).claims
            if c["kind"] == "event" and c["modality"] == "asserted"}


@pytest.mark.parametrize("before, expected", [
    ("On Tuesday, the delegation ", True),
    ("Later that week, the visiting lawmakers ", True),
    ("On Friday Members ", True),
    ("The members also ", True),
    ("The ministry ", False),
    ("Officials said the delegation would ", False),
])
def test_group_subject(seed_knowledge, before, expected):
    meetings = compile_group_meetings(seed_knowledge.syntax.get("group_meetings"))   # the words: syntax.yaml
    assert meetings.group_subject(before, 0, len(before)) is expected


@pytest.mark.parametrize("text, expected", [
    ("A group of senators toured the region last week. On Tuesday, the delegation met Prime Minister Fumio Kishida in Tokyo.",
     ("CONSULT", ("fumio-kishida",))),
    ("The visitors flew on to Taipei. Later the same day, the members held talks with President Tsai Ing-wen.",
     ("CONSULT", ("tsai-ing-wen",))),
])
def test_group_meets_named_party(seed_extractor, text, expected):
    assert expected in acts(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "The delegation hoped to meet President Tsai Ing-wen during the trip.",       # a wish, no meeting
    "The delegation could meet President Tsai Ing-wen next month.",              # a possibility
    "The delegation visited Taipei last week.",                                  # no party met
])
def test_group_no_meeting(seed_extractor, text):
    assert not {a for a in acts(seed_extractor, text) if a[0] == "CONSULT"}


@pytest.mark.parametrize("text, expected", [
    ("The Mainland Affairs Council (MAC), Taiwan's top body for cross-strait policy, condemned the new law on Monday.",
     ("ACCUSE", ("tw-mac",))),
    ("The Mainland Affairs Council, Taiwan's top body for cross-strait policy, condemned the new law on Monday.",
     ("ACCUSE", ("tw-mac",))),
])
def test_bracket_then_appositive_subject(seed_extractor, text, expected):
    assert expected in acts(seed_extractor, text)


def test_gerund_before_skill_noun_is_no_act(seed_extractor):
    text = "The Japan Coast Guard trained Philippine Coast Guard officers in boarding procedures."
    found = acts(seed_extractor, text)
    assert ("AID", ("jp-coast-guard",)) in found
    assert not {a for a in found if a[0] == "COERCE"}


@pytest.mark.parametrize("text, expected", [
    ("KMT Chairman Eric Chu received Shigeru Ishiba at the party headquarters on Wednesday.", ("CONSULT", ("eric-chu",))),
    ("President Ferdinand Marcos Jr. received the visiting ministers at the palace.", ("CONSULT", ("ferdinand-marcos-jr",))),
])
def test_host_receives_named_person(seed_extractor, text, expected):
    assert expected in acts(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "President Tsai Ing-wen received criticism from Kuomintang lawmakers.",
    "Taiwan received Japan's support for its bid.",
])
def test_receive_without_meeting(seed_extractor, text):
    assert not {a for a in acts(seed_extractor, text) if a[0] == "CONSULT"}
