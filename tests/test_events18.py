"""events18: which verb types an event. 'Call on' as a visit (no infinitive, or one that carries the caller's message)
against the demand; a signing verb over a cooperation noun (AGREE); the naming verb over its en-dash compound object;
restrictions on trade (SANCTION) against restrictions on vessels; 'acknowledged' only with a fault as its object; a
comma-listed verb sharing the list's subject; a joint statement typed by its content participle; the subject after a
fronted phrase's comma ('after X's visit to Taipei, the PLA fired'); a warning to leave is an order to leave (REQUEST)."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput
from pipeline.extract.visit_calls import visit_call_reading

PUBLISHED = date(2024, 3, 15)
CONVEYING = frozenset({"convey", "relay"})
NOUN_TYPES = {"gratitude": "SUPPORT", "thanks": "SUPPORT", "concern": "ACCUSE"}


def acts(extractor, text):
    doc = DocumentInput("doc-0000000000000000", text, published_date=PUBLISHED, body_start=0, body_end=len(text))
    return {(c["predicate"], tuple(sorted(c["subject_ids"]))) for c in extractor.extract(doc).claims
            if c["kind"] == "event" and c["modality"] == "asserted"}


@pytest.mark.parametrize("text, expected", [
    ("The envoy called on the minister at his residence.", "visit"),
    ("The envoy called on the minister on Tuesday to convey his government's thanks.", "SUPPORT"),
    ("The envoy called on the minister to relay Tokyo's concern over the plan.", "ACCUSE"),
    ("When the delegation called on him last week, the mayor said he wanted Japan to act.", "visit"),
    ("The ministry called on Japan to stop the drills.", None),
    ("The ministry called on Japan, which hosts the meeting, to stop the drills.", None),
    ('The ministry called on Tokyo to "stay calm".', None),
    ("The ministry called on both sides for restraint.", None),
])
def test_visit_call_reading(text, expected):
    at = text.index("called on") + len("called on")
    end = len(text)
    assert visit_call_reading(text, at, end, end, conveying=CONVEYING, noun_type=NOUN_TYPES.get) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Fumio Kishida called on President Joe Biden at the White House.", ("CONSULT", ("fumio-kishida",))),
    ("Japan called on China to exercise restraint.", ("REQUEST", ("japan",))),
    ("Japan concluded a security partnership with Australia.", ("AGREE", ("japan",))),
    ("Japan signed a defence cooperation framework with the Philippines.", ("AGREE", ("japan",))),
    ("China imposed new restrictions on exports of rare earths to Japan.", ("SANCTION", ("china",))),
    ("China imposed restrictions on Japanese fishing boats.", ("COERCE", ("china",))),
    ("Japan acknowledged its mistake.", ("CONCEDE", ("japan",))),
    ("Opposition leader Eric Chu conceded defeat on Saturday, congratulated Tsai Ing-wen and announced his resignation.",
     ("SUPPORT", ("eric-chu",))),
    ("Japan and Taiwan signed a sister-city agreement in 1982.", ("AGREE", ("japan", "taiwan"))),
    ('Antony Blinken and Penny Wong issued a joint statement calling on China "to immediately cease the exercises."',
     ("REQUEST", ("antony-blinken", "penny-wong"))),
    ("Japan and the United States issued a joint statement on Taiwan.", ("AGREE", ("japan", "united-states"))),
    ("In August 2022, after Nancy Pelosi's visit to Taipei, the PLA fired ballistic missiles into waters around Taiwan.",
     ("MOBILIZE", ("pla",))),
    ("The Japan Coast Guard warned the trawler by radio to leave.", ("REQUEST", ("jp-coast-guard",))),
    ("China warned Japan not to interfere in its internal affairs.", ("ACCUSE", ("china",))),
])
def test_typed_acts(seed_extractor, text, expected):
    assert expected in acts(seed_extractor, text)


@pytest.mark.parametrize("text, absent", [
    ("Japan launched a security partnership with Australia.", "AGREE"),          # no signing verb
    ("Japan sent a destroyer through the strait, the first such transit that Tokyo has acknowledged.", "CONCEDE"),
    ("Japan acknowledged the importance of ties with Taiwan.", "CONCEDE"),
    ("Prime Minister Fumio Kishida called on President Joe Biden at the White House.", "REQUEST"),
    ("Opposition leader Eric Chu conceded defeat on Saturday.", "CONCEDE"),                # an election, no concession to a party
    ('Antony Blinken and Penny Wong issued a joint statement calling on China "to immediately cease the exercises."', "AGREE"),
])
def test_not_typed(seed_extractor, text, absent):
    assert absent not in {p for p, _ in acts(seed_extractor, text)}


def test_naming_verb_over_en_dash_compound(seed_extractor):
    text = ('President Tsai Ing-wen met Kevin McCarthy. Wang Wenbin called the Tsai–McCarthy meeting '
            '"a serious violation of the one-China principle."')
    found = acts(seed_extractor, text)
    assert ("ACCUSE", ("wang-wenbin",)) in found
    assert ("CONSULT", ("wang-wenbin",)) not in found
