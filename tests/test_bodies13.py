"""Body detection on the layouts of round bodies13 (raw page in, body span out): a broadcast transcript's closing
marker and caveat, an interview deck that closes on the interviewer's credit, an email newsletter's footer, a data
piece's chart labels and methodology note. The pages in tests/bodies13_pages.py were written before the fixes, to
measure the finder on layouts it had not seen (13/17 before, 17/17 after). All text is written for these tests."""
import pytest

from pipeline.extract.body import classify_line
from pipeline.extract.prose import is_prose
from tests.bodies13_pages import PAGES
from tests.body_helpers import body_text


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_page_of_a_new_layout_gives_its_body(name):
    text, first, last = PAGES[name]
    body = body_text(text)
    assert body.startswith(first) and body.endswith(last)


PARA = "Officials in Manila said the coast guards would meet again in the autumn to review the results. " * 2
LEAD = "The coast guards of Japan and Taiwan held a first joint rescue exercise on Thursday, officials said."
LAST = "The drills will go on next year, the ministry said."


def page(front: str, tail: str = "") -> str:
    return f"{front}\n\n{LEAD}\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{tail}"


@pytest.mark.parametrize("line", [
    "END OF TRANSCRIPT", "[End of the press conference]", "— End of briefing —", "END OF BROADCAST",
])
def test_the_close_of_a_transcript_is_back_matter(line):
    assert classify_line(line) == "back"


@pytest.mark.parametrize("line", [
    "This transcript may not be in its final form.",
    "Methodology", "About the data: we counted every ship the coast guard reported.",
])
def test_a_transcript_caveat_or_a_methodology_note_is_a_note(line):
    assert classify_line(line) == "note"


def test_a_methodology_section_with_paragraphs_under_it_stays_in_a_report():
    sections = f"Methodology\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\nFindings\n\n{PARA}\n\n{LAST}\n"
    text = f"Example Institute\n\nA study of coast guard drills\n\n{LEAD}\n\n{PARA}\n\n{sections}"
    assert body_text(text).endswith(LAST)


def test_a_methodology_note_under_a_data_piece_ends_it():
    text = page("Example Data Desk\n\nCharted: drills", "Methodology\nWe counted a day when a drill was reported.\n")
    assert body_text(text).endswith(LAST)


@pytest.mark.parametrize("line", [
    "Chart: Example Data Desk", "Chart: Days with ships in the zone, 2015-2024", "Map: Example Data Desk",
    "Infographic: Jane Roe", "Figure 2: Exercises by year", "Source: Japan Coast Guard",
])
def test_a_chart_label_or_credit_is_a_caption(line):
    assert classify_line(line) == "caption"


@pytest.mark.parametrize("line", [
    "The chart shows a rise in every year since 2015.",        # prose about a chart
    "He pointed at the map: the islands lie far to the south.",  # a colon after 'map' inside a sentence
])
def test_prose_about_a_chart_or_map_is_no_caption(line):
    assert classify_line(line) == "content"


@pytest.mark.parametrize("line", [
    "You are receiving this email because you signed up at example.org.",
    "You received this newsletter because you subscribed to updates.",
])
def test_an_email_footer_is_no_prose(line):
    assert not is_prose(line)


def test_an_email_footer_after_the_issue_lies_outside():
    tail = "Forwarded this email? Subscribe here.\nYou are receiving this because you signed up at example.org.\n"
    assert body_text(page("View in browser\n\nThe Strait Brief", tail)).endswith(LAST)


@pytest.mark.parametrize("deck", [
    "A retired admiral on what Tokyo should do about the strait. Interview by Jane Roe.",
    "The foreign minister on fisheries, radar and the next election. Interviewed by Jane Roe and John Doe",
])
def test_a_deck_closing_on_the_interviewer_credit_lies_outside(deck):
    turns = "\n\n".join(f"Q: Question {k} about the drills near the islands?\n\nA: Answer {k} is that the drills "
                        f"went well and will go on next year." for k in range(1, 5))
    text = f"Example Weekly\nInterview\n\n{deck}\n\n{turns}\n"
    assert body_text(text).startswith("Q: Question 1")


@pytest.mark.parametrize("line", [
    "The minister was questioned by reporters on Monday.",   # 'by' inside a sentence
    "In an interview by telephone, the minister said the drills would go on.",
    "The interview by Example News was broadcast on Monday.",
])
def test_a_sentence_about_an_interview_is_no_credit(line):
    assert classify_line(line) == "content"
