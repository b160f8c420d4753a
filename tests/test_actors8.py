"""Pure-function tests of the actors8 round (text in, body boundaries or mentions out): key-point boxes in any bullet
glyph, a hearing record's turns in capitals, an author credit under the story, a deck over the lead picture's credit;
the publisher named in its own story by its masthead, the people of a hearing record named by title and family name,
ranks after a title, think tanks named 'Center for ...', figures that open no name, South Korea's main party. The sentences
are written for these tests in the style of wire, magazine, think-tank and record pages, not copied from gold sets."""
import pytest

from pipeline.extract.actor_mastheads import masthead_names, masthead_outlet_mentions
from pipeline.extract.actor_records import record_turn_people
from tests.body_helpers import body_text

PARA = "Officials in Manila said the coast guards would meet again in the autumn to review the results of the drill. " * 3
LEAD = "On Monday, the two navies sailed together through the channel for the first time, officials said."
LAST = "The drills will go on next year, the ministry said."


def _mentions(matcher, text, start=0):
    found, _ = matcher.find(text, start, len(text))
    return [(m.text, m.actor_id) for m in found]


@pytest.mark.parametrize("bullet", ["●", "■", "▪", "◆", "►"])
def test_a_summary_box_of_bullets_in_any_glyph_is_front_matter(bullet):
    text = (f"Policy Brief\n\nThe title of the brief\n\nJane Roe\n\nKey Points\n{bullet} The navy sailed east of the island.\n"
            f"{bullet} The government said little. Its partners said less.\n{bullet} Tokyo should prepare now.\n\n"
            f"1. The drill\n\n{LEAD}\n\n{PARA}\n\n{LAST}\n")
    assert body_text(text).startswith(LEAD)


@pytest.mark.parametrize("chair", ["The CHAIRMAN.", "The Chairman.", "The CHAIRWOMAN."])
def test_a_record_opens_at_the_chairs_turn_in_any_case(chair):
    text = ("HEARING BEFORE THE COMMITTEE\n\nThe committee met, pursuant to call, at 10:00 a.m., Hon. Jane Roe presiding.\n\n"
            f"{chair} Good morning. We welcome our witnesses today, and I thank them for coming.\n\n"
            "Mr. DOE. Thank you. I will submit my statement for the record.\n\n"
            "Admiral ROE. Thank you. Our alliances in the region remain strong and our forces are ready.\n\n"
            "Ms. SMITH. Thank you, Admiral. What do the drills tell us about the navy's plans?\n")
    assert body_text(text).startswith(chair)


@pytest.mark.parametrize("credit", ["Author: Jane Roe, Example Times Tokyo Bureau", "By Jane Roe"])
def test_an_author_credit_standing_under_the_story_closes_it(credit):
    text = (f"Example Times\n\nNavies sail together\n\n{LEAD}\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n(Read the article in Japanese.)\n\n"
            f"{credit}\n\nFind other stories on the region from Example Times.\n")
    assert body_text(text).endswith(LAST)


def test_a_wrapped_line_opening_with_by_does_not_close_the_story():
    wrapped = ("The senator said the policy was guided\nby the law, the three communiques and the assurances, and\n"
               "that it had not changed in forty years of practice.\n")
    text = f"Hearing\n\n{LEAD}\n\n{PARA}\n\n{PARA}\n\n{wrapped}\n{LAST}\n"
    assert body_text(text).endswith(LAST)


def test_a_deck_over_the_lead_pictures_credit_is_front_matter():
    deck = "The navy has a new amphibious unit. Its mission: defending islands near the strait."
    text = (f"Example Magazine | English\n\nThe New Marines\n\nAuthor: Jane Roe\n2018-04-25\n\n{deck}\n\n"
            f"Photo: Ministry of Defense\n\n{LEAD}\n\n{PARA}\n\n{LAST}\n")
    assert body_text(text).startswith(LEAD)


def test_a_lead_followed_by_a_caption_sentence_stays_the_lead():
    text = f"Example News\n\nNavies sail together\n\nBy Jane Roe\n\n{LEAD}\n\n{PARA}\n\n{LAST}\n"
    assert body_text(text).startswith(LEAD)


@pytest.mark.parametrize("masthead, name", [
    ("The Example Herald\nHome | World | Opinion", "Example Herald"),
    ("example.com.au\nThe Example Herald", "Example Herald"),
    ("Example Free Press EFP\nNews | Politics", "Example Free Press"),
    ("天下 Example Magazine | English", "Example Magazine"),   # Latin words of the first segment
])
def test_masthead_names(masthead, name):
    text = f"{masthead}\n\nTitle of the story\n\n{LEAD}\n"
    assert masthead_names(text, text.index(LEAD))[0] == name


@pytest.mark.parametrize("masthead, sentence, expected", [
    ("The Example Herald", "A senior official told the Herald the talks had stalled.", "Herald"),
    ("TESTWIRE", "Officials confirmed the passage to TESTWIRE but called it routine.", "TESTWIRE"),
    ("Example Free Press EFP", "The bureau did not respond to a request for comment from EFP.", "EFP"),
    ("rapplex", "Rapplex has reached out to the embassy for comment.", "Rapplex"),
])
def test_the_publisher_named_in_its_own_story_is_an_outlet(masthead, sentence, expected):
    text = f"{masthead}\n\nTitle of the story\n\n{LEAD} {sentence}\n"
    found = masthead_outlet_mentions(text, text.index(LEAD), len(text), is_known=lambda w: False)
    assert [text[s:e] for s, e, _ in found] == [expected]


@pytest.mark.parametrize("sentence", [
    "The Herald building stood on the corner.",             # not the one who asks or is told
    "Officials flew to Korea on Monday.",                    # a word of a state's name (is_known)
])
def test_a_masthead_word_elsewhere_is_no_outlet(sentence):
    text = f"Korea Example Herald\n\nTitle\n\n{LEAD} {sentence}\n"
    found = masthead_outlet_mentions(text, text.index(LEAD), len(text), is_known=lambda w: w == "Korea")
    assert found == []


RECORD = ("The CHAIRMAN. Good morning. We welcome Admiral Roe.\n\nMr. DOE. Thank you, Mr. Chairman.\n\n"
          "Admiral ROE. Thank you. As Mr. Doe said, the fleet is ready.\n\nMs. SMITH. Admiral, what of the drills?\n")


def test_a_records_turns_name_people_by_title_and_family_name():
    found = {(RECORD[s:e], name) for s, e, name, _ in record_turn_people(RECORD, 0, len(RECORD))}
    assert found == {("Mr. DOE", "Mr. Doe"), ("Mr. Doe", "Mr. Doe"), ("Admiral ROE", "Admiral Roe"),
                     ("Admiral Roe", "Admiral Roe"), ("Ms. SMITH", "Ms. Smith")}


def test_two_sentences_opening_with_a_title_are_no_record():
    text = "Mr. Abe. That was the answer.\n\nMr. Kishida. He said no more.\n"
    assert record_turn_people(text, 0, len(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Defense ministry spokesman Major General Jane Roe-Smith said the submarine was detected.", "Jane Roe-Smith"),
    ("Navy spokesman Rear Admiral John Paul Doe said the ship left port.", "John Paul Doe"),
    ("Army chief General Juan Dela Cruz told reporters the troops were ready.", "Juan Dela Cruz"),
])
def test_a_rank_after_a_title_does_not_cut_the_name(matcher, text, expected):
    assert expected in [t for t, _ in _mentions(matcher, text)]


@pytest.mark.parametrize("text, expected", [
    ("The study was published by the Center for Maritime and Budgetary Analysis on Monday.", "Center for Maritime and Budgetary Analysis"),
    ("said a fellow at the Centre for Strategic Studies in Wellington.", "Centre for Strategic Studies"),
])
def test_a_think_tank_named_center_for(matcher, text, expected):
    assert expected in [t for t, _ in _mentions(matcher, text)]


def test_the_thousands_of_a_figure_open_no_name(matcher):
    text = "The two governments agreed to move 8,000 Marines from the island by 2014."
    assert not any("000" in t for t, _ in _mentions(matcher, text))


@pytest.mark.parametrize("text, actor", [
    ("The main opposition Democratic Party of Korea accused the government.", "democratic-party-of-korea"),
    ("Lawmakers of the Minjoo Party walked out of the session.", "democratic-party-of-korea"),
    ("Senate Republicans and the Democratic Party clashed over the bill in Washington.", "us-democratic-party"),
])
def test_registry_names(matcher, text, actor):
    assert actor in [a for _, a in _mentions(matcher, text)]
