"""Body detection on the layouts of round bodies13 (raw page in, body span out): a broadcast transcript's closing
marker and caveat, an interview deck that closes on the interviewer's credit, an email newsletter's footer, a data
piece's chart labels and methodology note. The pages in tests/bodies13_pages.py were written before the fixes, to
measure the finder on layouts it had not seen (13/17 before, 17/17 after); a second batch (PAGES2: a fact check's
claim-and-verdict box and rating key, a syndicated piece's disclosure and republishing line) was written after those
fixes and before its own (6/8 before, 8/8 after), and a third (PAGES3: a blogging platform's author box with its
follower count) after those (3/4 before, 4/4 after), and a fourth (PAGES4: a reader poll, a box of more explainers,
an explainer whose sections are headed by questions) after that (2/4 before, 3/4 after). All text is written for these tests."""
import pytest

from pipeline.extract.body import classify_line
from pipeline.extract.prose import is_prose
from tests.bodies13_pages import PAGES, PAGES2, PAGES3, PAGES4
from tests.body_helpers import body_text


# an explainer whose headline and section heads are questions: read without its title, the headline and 'What happened?'
# pass for prose, and nothing yet tells such heads from an op-ed's opening question (left open: see the report)
UNSOLVED = {"w04_qa_explainer"}


@pytest.mark.parametrize("name", sorted(PAGES) + sorted(PAGES2) + sorted(PAGES3) + sorted(set(PAGES4) - UNSOLVED))
def test_a_page_of_a_new_layout_gives_its_body(name):
    text, first, last = {**PAGES, **PAGES2, **PAGES3, **PAGES4}[name]
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


@pytest.mark.parametrize("line", ["Claim: The navy sent two ships to the strait.", "Verdict: Misleading", "Rating: False"])
def test_a_fact_check_box_is_front_matter(line):
    assert classify_line(line) == "meta"


def test_a_fact_check_box_and_rating_key_lie_outside():
    text = page("Example Fact Check\n\nNo, the drill was not cancelled\n\nClaim: The drill was cancelled.\nVerdict: False",
                "Our rating system\nFalse: the claim is inaccurate.\nMisleading: the claim leaves out context.\n")
    assert body_text(text).startswith(LEAD) and body_text(text).endswith(LAST)


@pytest.mark.parametrize("line, kind", [
    ("Jane Roe receives funding from the Example Foundation.", "bio"),
    ("John Doe has received research funding from the Example Council.", "bio"),
    ("Disclosure statement", "back"),
    ("This article is republished from Example Exchange under a Creative Commons license.", "back"),
    # news about money is no disclosure: it does not open on a person's name and 'receives funding'
    ("The coast guard receives most of its funding from the transport ministry.", "content"),
    ("Taiwan receives funding from Japan for the radar project.", "content"),
])
def test_a_disclosure_and_a_republishing_line_are_back_matter(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line, kind", [
    ("312 followers", "back"), ("1.2K Followers", "back"),
    ("The account gained 312 followers in a day.", "content"),
])
def test_a_follower_count_on_its_own_line_is_back_matter(line, kind):
    assert classify_line(line) == kind


def test_an_author_box_with_a_follower_count_lies_outside():
    assert body_text(page("Jane Roe\nFollow\n\nThe channel", "Written by Jane Roe\n312 followers\nAnalyst of security.\n")
                     ).endswith(LAST)


@pytest.mark.parametrize("line, kind", [
    ("Answered on 28 March 2025", "heading"), ("Answered by the Minister of State", "heading"),
    ("Answered by the minister, the question was dropped.", "content"),   # a sentence
])
def test_a_written_answer_header_is_a_heading(line, kind):
    assert classify_line(line) == kind


def test_the_question_before_a_written_answer_header_is_the_text():
    question = "To ask the Government what assessment they have made of the coast guard drill near the islands."
    text = (f"Example Parliament\nWritten questions and answers\nQuestion for the Foreign Office\nAsked by Lady Roe\n"
            f"{question}\nAnswered on 2 May 2025\nAnswered by Lord Doe\nMinister of State\n{LEAD}\n{PARA}\n{PARA}\n{LAST}\n")
    assert body_text(text).startswith(question) and body_text(text).endswith(LAST)


@pytest.mark.parametrize("line, kind", [("POLL", "note"), ("Quick poll", "note"), ("More explainers", "back")])
def test_a_reader_poll_and_a_box_of_more_explainers_are_back_matter(line, kind):
    assert classify_line(line) == kind


def test_a_poll_under_the_article_lies_outside_and_a_poll_crosshead_stays_in():
    widget = "POLL\nShould the drills go on next year?\nYes\nNo\nVote\n"
    assert body_text(page("Example News\n\nDrills", widget)).endswith(LAST)
    text = f"Example News\n\nDrills\n\n{LEAD}\n\n{PARA}\n\nPoll\n\n{PARA}\n\n{PARA}\n\n{LAST}\n"
    assert body_text(text).endswith(LAST) and "\nPoll\n" in body_text(text)


@pytest.mark.parametrize("name", sorted(UNSOLVED))
def test_an_unsolved_layout_costs_no_article_text(name):
    # what the finder must still do where it cannot find the start: keep all of the article
    text, first, last = PAGES4[name]
    body = body_text(text)
    assert first in body and body.endswith(last)
