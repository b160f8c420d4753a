"""Event constructions of task events14, on general sentences (none copied from gold documents): a meeting reported
with what it agreed is one AGREE event; a body's adopted resolution typed by its content participle; a body acting
through a committee named after its possessor."""
import pytest

from pipeline.extract.meeting_agreements import fold_meetings
from pipeline.extract.resolution_acts import compile_participles, resolution_acts
from tests.test_predicates import events, event_acts, event_types




# ---------------------------------------------------------------- a meeting with its agreement: one AGREE
@pytest.mark.parametrize("text", [
    "Joe Biden and Fumio Kishida held talks in Tokyo on Friday and signed an agreement on defence equipment.",
    "Joe Biden met Fumio Kishida in Washington on Monday and agreed to expand missile cooperation.",
])
def test_meeting_with_agreement_is_one_agree(seed_extractor, text):
    assert event_types(seed_extractor, text) == {"AGREE"}


@pytest.mark.parametrize("text", [
    # no agreement reached there: the meeting stays
    "Joe Biden met Fumio Kishida in Washington on Monday and discussed the situation in the region.",
    # an agreement only planned: the meeting is the only asserted act
    "Joe Biden met Fumio Kishida in Washington on Monday and said they would sign an agreement soon.",
])
def test_meeting_without_asserted_agreement_stays(seed_extractor, text):
    assert "CONSULT" in event_types(seed_extractor, text)


def _act(plover, subjects, objects=(), modality="asserted"):
    return {"plover": plover, "subject_ids": list(subjects), "object_ids": list(objects), "modality": modality}


@pytest.mark.parametrize("acts, kept", [
    ([_act("CONSULT", ["a"], ["b"]), _act("AGREE", ["a", "b"])], ["AGREE"]),
    # other parties: two acts
    ([_act("CONSULT", ["a"], ["b"]), _act("AGREE", ["c", "d"])], ["CONSULT", "AGREE"]),
    # a pledge read as planned folds nothing
    ([_act("CONSULT", ["a"], ["b"]), _act("AGREE", ["a"], modality="planned")], ["CONSULT", "AGREE"]),
    ([_act("CONSULT", ["a"], ["b"])], ["CONSULT"]),
])
def test_fold_meetings(acts, kept):
    assert [a["plover"] for a in fold_meetings(acts)] == kept


# ---------------------------------------------------------------- resolutions
ACTS = {"supporting": "SUPPORT", "opposing": "REJECT", "calling on": "REQUEST", "urging": "REQUEST"}


@pytest.mark.parametrize("text, expected", [
    ("The council adopted a resolution opposing the new runway.", ["REJECT"]),
    ("The assembly passed a non-binding resolution supporting the plan.", ["SUPPORT"]),
    ("The union adopted a resolution at its annual meeting on the 3rd calling on the ministry to act.", ["REQUEST"]),
    ("The assembly adopted a resolution on the budget.", []),
    # the participle must be in the same sentence part, not after a full stop
    ("The assembly adopted a resolution. Members opposing it walked out.", []),
])
def test_resolution_acts(text, expected):
    found = resolution_acts(text, 0, len(text), participles=compile_participles(ACTS), acts=ACTS)
    assert [t for _, _, t in found] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Okinawa Prefectural Assembly adopted a resolution opposing the relocation of the training in May.",
     ("REJECT", ("okinawa-prefectural-assembly",))),
    ("The Legislative Yuan passed a resolution supporting the dispatch of patrol ships on Tuesday.",
     ("SUPPORT", ("legislative-yuan",))),
    ("The Okinawa Prefectural Assembly adopted a resolution at its session on the 9th urging the government to review the plan.",
     ("REQUEST", ("okinawa-prefectural-assembly",))),
])
def test_resolution_events(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "The Okinawa Prefectural Assembly may adopt a resolution opposing the relocation.",
    "The Okinawa Prefectural Assembly adopted a resolution on the prefectural budget.",
])
def test_no_resolution_event(seed_extractor, text):
    assert not events(seed_extractor, text)


# ---------------------------------------------------------------- a body's committee acts for the body
@pytest.mark.parametrize("text, expected", [
    ("The Legislative Yuan's Foreign Affairs Committee passed a resolution supporting the deployment on Friday.",
     ("SUPPORT", ("legislative-yuan",))),
    ("The Japanese House of Representatives' Committee on Foreign Affairs adopted a resolution supporting Taiwan on Monday.",
     ("SUPPORT", ("jp-house-of-representatives",))),
])
def test_committee_of_a_body(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


# ---------------------------------------------------------------- a counterpart named in apposition acts too
@pytest.mark.parametrize("text, expected", [
    ("Joe Biden and his Japanese counterpart, Fumio Kishida, signed the agreement on Monday.",
     ("AGREE", ("fumio-kishida", "joe-biden"))),
    ("The Japan-Taiwan Exchange Association and its Taiwanese counterpart, the Taiwan-Japan Relations Association, "
     "signed a memorandum on fisheries cooperation.",
     ("AGREE", ("japan-taiwan-exchange-association", "taiwan-japan-relations-association"))),
])
def test_counterpart_in_apposition(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


# ---------------------------------------------------------------- recalled ships withdraw; a recalled envoy sanctions
@pytest.mark.parametrize("text, expected", [
    ("Taipei recalled the patrol ships on Monday.", ("RETREAT", ("taiwan",))),
    ("Tokyo recalled those vessels after the talks.", ("RETREAT", ("japan",))),
    ("Japan recalled its ambassador to China on Monday.", ("SANCTION", ("japan",))),
])
def test_recalled_assets(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


# ---------------------------------------------------------------- a spokesperson voices the body the title names
@pytest.mark.parametrize("text, expected", [
    # the spokesperson's body is named in the title; its state's present 'welcomes' is said, hence done
    ('Foreign Ministry spokesperson Jeff Liu said on Friday that Taiwan "welcomes" the agreement.', "SUPPORT"),
    ('A Pentagon spokesman said in a statement that the US Department of Defense "welcomes" the decision.', "SUPPORT"),
])
def test_affiliation_voices_present_act(seed_extractor, text, expected):
    assert expected in event_types(seed_extractor, text)


def test_other_state_present_is_no_act(seed_extractor):
    # the speaker's body is Japan's; China's present position is reported, not performed
    text = 'Japan\'s Foreign Ministry spokesperson said on Friday that China "welcomes" the agreement.'
    assert "SUPPORT" not in event_types(seed_extractor, text)


# ---------------------------------------------------------------- an aside before an auxiliary lends no modality
@pytest.mark.parametrize("text, expected", [
    ("The pact, which lets troops train together without prior approval, was signed in Manila on Monday by Gilberto "
     "Teodoro and Yoko Kamikawa.", "asserted"),
    ("Japan, which would not comment, has urged China to act.", "asserted"),
    ("The pact was not signed by Gilberto Teodoro.", "negated"),
])
def test_aside_before_auxiliary(seed_extractor, text, expected):
    assert {e["modality"] for e in events(seed_extractor, text, asserted_only=False)} == {expected}


# ---------------------------------------------------------------- prescriptions are no acts
@pytest.mark.parametrize("text", [
    # a means gerund under 'should' is not done
    "Japan and the Philippines should build on the pact by agreeing on joint rescue procedures.",
    # a named person's view of what should be done is a stance (GUIDELINES), no SUPPORT event
    'Randall Schriver told reporters that the United States "should state clearly that it would defend Taiwan."',
])
def test_prescriptions_make_no_event(seed_extractor, text):
    assert not events(seed_extractor, text)


def test_means_gerund_of_a_done_act(seed_extractor):
    assert "SANCTION" in event_types(seed_extractor, "China escalated the dispute on Monday by banning Japanese seafood imports.")
