"""Body detection on the layouts of round bodies14 (raw page in, body span out): a note on the text's translation or
edition between the front matter and the lede, a record's attendance preamble before speaker turns labelled with a
colon, a reader's toolbar ending on an ellipsis, a summary over a video that a pointer to the transcript below parts
from the lead, numbered notes citing a law by a year in brackets, an author box with
the name in ordinary case, a written answer's date-of-answer field. The pages in tests/bodies14_pages.py were written
before the fixes (2/18 before -- two toolbar pages already passed --, 18/18 after); a second batch (the ends of web
stories: an author box whose role is a title, a bio naming the outlet in the possessive, a print edition's note) after
those and before its own (0/3 before, 3/3 after). All text is written for these
tests."""
import pytest

from pipeline.extract.body import classify_line
from pipeline.extract.body_decks import TEXT_BELOW
from pipeline.extract.body_edges import TEXT_NOTE, is_toolbar
from pipeline.extract.body_patterns import CITATION, DATELINE_LEAD
from pipeline.extract.body_records import RECORD_TURN
from tests.bodies14_pages import ALL
from tests.body_helpers import body_text

@pytest.mark.parametrize("name", sorted(ALL))
def test_a_page_of_a_new_layout_gives_its_body(name):
    text, first, last = ALL[name]
    body = body_text(text)
    assert body.startswith(first) and body.endswith(last)


@pytest.mark.parametrize("line", [
    "Translated by the Example Post international desk.",
    "【English edition】 Translated by the desk. In case of discrepancy the Chinese text prevails.",
    "[Version française] Translated from the French by Ann Lee.",
    "Provisional English translation of the minutes (excerpt).",
    "Unofficial translation of the statement issued in Tokyo.",
    "English text by the international desk, translated from the broadcast script.",
    "This English summary is an abridged translation of an article published in print.",
    "This article was machine translated and checked by an editor.",
])
def test_a_note_on_the_text_translation_is_a_note(line):
    assert TEXT_NOTE.match(line)
    assert classify_line(line) in ("note", "back")


@pytest.mark.parametrize("line", [
    "The ministry published an English translation of the statement on Monday.",
    "Translators at the embassy worked through the night, officials said.",
    "English teachers from Japan arrived in Taipei on Tuesday for a two-week exchange.",
    "This summary of the talks was released by the ministry on Friday, the agency said.",
])
def test_a_story_sentence_about_translation_is_not_a_note(line):
    assert not TEXT_NOTE.match(line)


@pytest.mark.parametrize("line, toolbar", [
    ("★ Star   ☐ Mark as unread   ↗ Open original   Send to...", True),
    ("Print   Email   Share   More...", True),
    ("The coast guard said the drill went well.   The ministry agreed with the assessment of the drill.", False),
    ("Home   News", False),
])
def test_a_toolbar_is_a_row_of_short_buttons(line, toolbar):
    assert is_toolbar(line) is toolbar


@pytest.mark.parametrize("line, dateline", [
    ("TOKYO - Japan's coast guard said ...", True), ("TAIPEI--Taiwan said ...", True), ("NAHA, Japan (AP) — The ...", True),
    ("TOKYO -Japan said ...", True),
    ("REAR-ADMIRAL ROE: Thank you, Chair.", False), ("VICE-MINISTER: We agree.", False),
])
def test_a_hyphen_inside_a_capitalised_word_is_no_dateline_dash(line, dateline):
    assert bool(DATELINE_LEAD.match(line)) is dateline


@pytest.mark.parametrize("line, turn", [
    ("THE CHAIR: The meeting will come to order.", True),
    ("UENO Kana (Example Party): Thank you, Chair.", True),
    ("MR. SMITH: Admiral, were the ships shadowed?", True),
    ("○Chairperson (KOBAYASHI) We now begin.", True),
    ("Members present: see the minutes.", False),
    ("Agenda: maritime security.", False),
])
def test_a_speaker_label_with_a_colon_is_a_turn_of_a_record(line, turn):
    assert bool(RECORD_TURN.match(line)) is turn


@pytest.mark.parametrize("note, cited", [
    ("1 Act on Emergency Measures (Act No. 45 of 2005).", True),
    ("2. Example Review, Annual Report (published 2022).", True),
    ("1. Set up a hotline by 2026.", False),
])
def test_a_year_closing_a_bracket_cites(note, cited):
    assert bool(CITATION.search(note)) is cited


def test_a_crosshead_over_a_paragraph_about_analysts_is_no_author_box():
    para = "Officials said the drill was routine and had been planned for months, and both sides called it technical."
    tail = "\n\n".join([para] * 3)
    text = (f"Example News\n\nA drill off Yonaguni\n\nBy Ann Lee\n\n{para}\n\n{tail}\n\nRising Tensions\n"
            f"Analysts at the institute think the drill showed growing trust.\n\n{para}\n\nThe next drill is due in May.\n")
    assert body_text(text).endswith("The next drill is due in May.")


@pytest.mark.parametrize("line, pointer", [
    ("Transcript available below the video", True), ("Full transcript below", True), ("Transcript follows.", True),
    ("Scroll down for the full story", True),
    ("The story follows a family on Yonaguni.", False), ("The article below was updated on Monday.", False),
])
def test_a_pointer_to_the_text_below_a_video(line, pointer):
    assert bool(TEXT_BELOW.match(line)) is pointer


@pytest.mark.parametrize("line, kind", [
    ("— Mei Lin is the Herald's Tokyo correspondent.", "bio"),
    ("A version of this article appears in print on May 4, 2024, Section A, Page 6.", "back"),
    ("Date and time of answer: 28 Mar 2024 at 15:42.", "back"),
])
def test_end_lines_of_web_stories_and_records(line, kind):
    assert classify_line(line) == kind
