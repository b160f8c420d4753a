"""Body detection on the layouts of round bodies15 (pipeline/extract/body_fronts.py): a byline set in a row with its
date and reading time, a kicker word before 'by' ('Opinion by ...'), a dateline in ordinary case after a deck, a box of
bullet points under a heading before the lede, a lead that introduces a list on a colon, a labelled note on the
text's translation, a closing sentence about the text itself, the byline author's bio or note in the tail of a page read
without metadata, a profile box. The probe corpora tests/data/bodies15_probe (22 pages, written before the fixes:
11/22 -> 22/22) and tests/data/bodies15_probe2 (12 pages, written after the first fixes: 6/12 -> 12/12) hold raw
pages with their body's first and last words. All text is written for these tests."""
from pathlib import Path

import pytest

from pipeline.extract.body import classify_line
from pipeline.extract.body_edges import TEXT_NOTE
from pipeline.extract.body_fronts import SELF_NOTE, TITLE_DATELINE, is_byline_row
from tests.body_helpers import body_text
from tests.score_bodies import page_errors

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("corpus", ["bodies15_probe", "bodies15_probe2"])
def test_every_probe_page_gives_its_exact_body(corpus):
    errors = page_errors(DATA / corpus)
    assert {name: e for name, e in errors.items() if e != (0, 0)} == {}


@pytest.mark.parametrize("line, byline", [
    ("By Jane Roe   Mar 3, 2026 (GMT+09:00)   6 Min read", True),
    ("By Sam Park  |  Jan 5, 2026 (UTC)  |  2 min read", True),
    ("Opinion by Jane Roe", True),
    ("Analysis by Li Wei", True),
    ("Saved by Coast Guard crews", False),          # a headline: 'by' and words in lower case... and no name shape
    ("Navy ships leave port   Fishermen wait   Prices rise", False),
    ("The ministry said on Monday that it was studying the plan, by all accounts a first.", False),
])
def test_a_byline_in_a_row_or_after_a_kicker(line, byline):
    assert is_byline_row(line) is byline


@pytest.mark.parametrize("line, dateline", [
    ("Port Lyle, Northshore — Crews practised a rescue on Tuesday.", True),
    ("Hualien, Taiwan – Rescue teams reached the village at dawn.", True),
    ("Naha, Okinawa's capital, was also on alert, officials said.", False),
    ("Singapore, Hong Kong and Busan all reported delays.", False),
])
def test_a_dateline_in_ordinary_case(line, dateline):
    assert bool(TITLE_DATELINE.match(line)) is dateline


@pytest.mark.parametrize("line", [
    "Note: This English version is a provisional translation. The original text shall prevail.",
    "Translator's note: This English text is an unofficial translation of the remarks.",
    "Editor's note: This English text is an unofficial translation.",
])
def test_a_labelled_note_on_the_translation_is_a_note(line):
    assert TEXT_NOTE.match(line)
    assert classify_line(line) in ("note", "back")


@pytest.mark.parametrize("line, note", [
    ("This article is for subscribers only. Log in to keep reading.", True),
    ("Reminder, this is a subscriber article and requires a subscription to read.", True),
    ("The views expressed in this commentary are the author's own.", True),
    ("Opinions in this piece belong to the writer.", True),
    ("As this analysis has shown, the lessons are about logistics.", False),
    ("This analysis looks at three lessons from the drills.", False),
])
def test_a_sentence_about_the_text_itself(line, note):
    assert bool(SELF_NOTE.search(line)) is note


def test_a_note_about_the_text_with_prose_after_it_stays():
    p = ("News Today\nBy Ann Lee\nThe report examines how ports in the region share data with each other, and where they fail to.\n"
         "This report is based on interviews with a dozen officials in three ports.\n"
         "The officials agreed that sharing remains patchy and slow across the region.\n")
    assert body_text(p).endswith("sharing remains patchy and slow across the region.")


def test_a_bullet_box_under_a_heading_is_not_the_lede():
    p = ("The Daily\nHeadline over the box\nBy Ann Lee\nKEY POINTS\n- The first point is a sentence.\n"
         "- The second point is a sentence too.\n"
         "The lede opens the story with a full sentence about the drill, which took place off the northern coast on Monday. Six ships took part.\n"
         "A second paragraph follows with more detail about the ships and the crews that took part in the exercise this week. More drills are planned.\n")
    assert body_text(p).startswith("The lede opens the story")


def test_a_lead_in_on_a_colon_keeps_its_list():
    p = ("The Daily\nHeadline\nBy Ann Lee\nThe council on Monday approved three measures for the islands:\n"
         "- more ferries;\n- new shelters;\n- yearly drills.\n"
         "A second paragraph follows with more detail about the cost of the measures and who will pay for them next year.\n")
    assert body_text(p).startswith("The council on Monday approved")


def test_the_byline_authors_bio_ends_a_page_read_without_metadata():
    p = ("The Daily\nA column headline\nBy Ann Lee\nThe first paragraph of the column makes its case at length.\n"
         "The second paragraph goes on with the argument and closes it.\n"
         "Ann Lee is a former diplomat who writes on Asia for the paper.\n")
    assert body_text(p).endswith("goes on with the argument and closes it.")
