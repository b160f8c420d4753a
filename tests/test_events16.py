"""events16: unit openings, trilateral exercises, past progressives, 'On May 1,' (the month, not the modal),
comma-set-off 'between A and B' meetings, and intrusions into waters/airspace as movements (MOBILIZE).
Generic sentences in, (type, sources) of the asserted events out."""
import pytest

from tests.test_predicates import event_acts, events


@pytest.mark.parametrize("text, expected", [
    # a military unit or garrison opened/added: a deployment
    ("In March 2019 the Japan Ground Self-Defense Force opened a missile unit on Miyako.", ("MOBILIZE", ("jgsdf",))),
    ("Last year the Japan Ground Self-Defense Force added an electronic warfare unit on the island.", ("MOBILIZE", ("jgsdf",))),
    # 'trilateral/bilateral/combined exercise' is a cooperation, as 'joint exercise' is
    ("In June the Japan Coast Guard, the US Coast Guard and the Philippine Coast Guard held their first trilateral exercise.",
     ("COOPERATE", ("jp-coast-guard", "ph-coast-guard", "us-coast-guard"))),
    # a past progressive reported act, with its pronoun subject after 'said on <day>'
    ("China said on Monday it was suspending talks with Japan.", ("SANCTION", ("china",))),
    ("China was conducting drills near Taiwan on Friday.", ("MOBILIZE", ("china",))),
    # 'On May 3,' is a date: the six-word window must not read 'May' as the modal
    ("On May 3, the Japan Coast Guard dispatched two patrol vessels to the area.", ("MOBILIZE", ("jp-coast-guard",))),
    # the participants of a meeting noun set off by commas
    ("The second round of talks, between Japan and Taiwan, was held in Tokyo in October.", ("CONSULT", ("japan", "taiwan"))),
    # ships and aircraft entering another state's waters or airspace: a movement
    ("A Chinese surveillance plane violated Japan's airspace off Nagasaki on Monday.", ("MOBILIZE", ("china",))),
    ("China Coast Guard ships intruded into Japanese waters on Tuesday.", ("MOBILIZE", ("china-coast-guard",))),
    # a coordinated verb after 'but once again' shares the subject
    ("The United States met Japan but once again declined Taiwan's request for new fighters.", ("REJECT", ("united-states",))),
])
def test_event_acts(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "China is deploying warships near Taiwan.",             # a present progressive: ongoing, no one occasion
    "Japan may dispatch patrol vessels to the area.",       # the modal 'may'
    "Japan was not sending troops to the island.",          # negated
    "Tokyo plans to open a missile unit on the island.",   # a plan
    "The 40,000 American troops stationed in Japan are a deterrent.",   # a reduced relative: a standing posture
    "Fumio Kishida declined to comment, saying he was visiting Taiwan in a private capacity.",   # an ongoing trip
    '"We welcome Japan\'s efforts," Fumio Kishida said.',          # first-person praise: a stance, no act
])
def test_no_asserted_event(seed_extractor, text):
    assert events(seed_extractor, text) == []


def test_first_person_demand_stays_an_act(seed_extractor):
    assert ("REQUEST", ("wang-yi",)) in event_acts(seed_extractor, '"We urge Japan to stop the drills," Wang Yi said.')


def test_office_opening_stays_cooperation(seed_extractor):
    assert {e["predicate"] for e in events(seed_extractor, "Japan opened an office in Taipei.")} == {"COOPERATE"}


def test_seizure_stays_coercion(seed_extractor):
    assert {e["predicate"] for e in events(seed_extractor, "The Japan Coast Guard seized a Taiwanese fishing boat.")} == {"COERCE"}
