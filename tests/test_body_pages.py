"""Pure-function tests of body detection on page debris common to many outlets (text in, body boundaries out): the
publisher's rights, legal and translation notices under the article, a dateline or speaker's label alone over the
lead, transcript turns judged by their speech, broadcaster sign-offs, summary boxes after the article.
The examples are written for these tests, not copied from the gold sets."""
import pytest

from pipeline.extract.body import classify_line, find_body
from pipeline.extract.prose import is_prose
from tests.body_helpers import body_text
from tests.test_body_layouts import LAST, PARA


@pytest.mark.parametrize("notice", [
    "(C) Copyright 2011 Example News. All rights reserved. No reproduction or republication without written permission.",
    "© 2019 Example Media Group",
    "Copyright 2004 Example Newspapers Ltd.",
    "This service is provided on Example Newspapers' standard Terms and Conditions. Please read our Privacy Policy.",
    "Translation of an original article published in Spanish on example.es; the publisher may only be liable for the "
    "Spanish version.",
    "This article was machine translated from German.",
    "Reuse this content",
])
def test_a_rights_or_translation_notice_after_the_article_ends_it(notice):
    assert classify_line(notice) == "note"
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{notice}\n\n3 Comments\n\nGreat piece, very well said."
    assert body_text(text).endswith(LAST)


@pytest.mark.parametrize("line", [
    "Regulators said the app's privacy policy broke the law on data transfers to servers abroad.",
    "The treaty has been translated into six languages, the ministry said.",
])
def test_a_story_about_policies_or_translations_is_no_notice(line):
    assert classify_line(line) == "content"


def test_a_notice_inside_the_story_does_not_end_it():
    notice = "Copyright 2004 Example Newspapers Ltd."
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{notice}\n\n{PARA}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).endswith(LAST)


@pytest.mark.parametrize("lead_in", ["MANILA —", "NAHA, Japan (AP) —", "JANE ROE, HOST:", "MR SMITH:"])
def test_a_dateline_or_speaker_label_alone_over_the_lead_opens_the_article(lead_in):
    text = f"Example News\n\nTitle of the story\n\n{lead_in}\n{PARA}\n\n{PARA}\n\n{LAST}"
    assert body_text(text, title="Title of the story").startswith(lead_in)


@pytest.mark.parametrize("heading", ["POLITICS", "SUMMARY:", "Asia Pacific"])
def test_a_section_heading_over_the_lead_stays_outside(heading):
    text = f"Example News\n\nTitle of the story\n\n{heading}\n{PARA}\n\n{PARA}\n\n{LAST}"
    assert body_text(text, title="Title of the story").startswith("Officials")


@pytest.mark.parametrize("turn, prose", [
    ("REPORTER (Example News): Thank you.", True),
    ("ROE: Thanks, everybody.", True),
    ("JANE ROE, HOST: The talks ended without a statement.", True),
    ("ROE: This is Example News.", False),          # the broadcaster naming itself
    ("You're listening to Example Public Radio.", False),
    ("Thank you.", False),                          # two words without a speaker: no turn, too short for prose
])
def test_a_transcript_turn_is_judged_by_its_speech(turn, prose):
    assert is_prose(turn) is prose


def test_a_transcript_ends_on_its_last_short_turn():
    text = (f"Transcript\n\nTitle of the story\n\nROE: {PARA}\n\nSMITH: {PARA}\n\nROE: Jim Smith, thank you.\n\n"
            "SMITH: Thank you.\n\n(SOUNDBITE OF MUSIC)\n\nROE: This is Example News.\n\nCopyright 2026 Example Radio.")
    assert body_text(text, title="Title of the story").endswith("SMITH: Thank you.")


@pytest.mark.parametrize("summary", [
    "The main point: Manila and Tokyo have turned an annual drill into a standing arrangement.",
    "Key takeaways: the drills will be held every year and observers will be invited.",
])
def test_a_summary_box_after_the_article_ends_it(summary):
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{summary}\n\n[1] Example Shimbun, May 2, 2024."
    assert body_text(text).endswith(LAST)


def test_a_wrapped_paragraph_after_a_teaser_box_counts_once():
    """A teaser box is a box inside the article only if two paragraphs of prose follow it; a site notice the layout
    wraps over two lines is one paragraph."""
    tail = ("Related links\n• Tokyo protests new zone\n• Manila hails the drills\n\n"
            "Contact the sales team for advertising on Example Online\n"
            "The service is offered to all readers of the site. Please read the help page.")
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{tail}"
    assert body_text(text).endswith(LAST)


@pytest.mark.parametrize("row", [
    "Home | World | Asia | Business | Sport",
    "English | 中文 | 日本語",
    "Example Institute | 12 Main Street NW, Washington, DC 20001 | 7",
])
def test_a_row_of_fields_set_apart_by_bars_is_page_furniture(row):
    assert classify_line(row) == "furniture"


def test_a_running_footer_inside_a_broken_sentence_is_cut_out_and_the_sentence_joined():
    footer = "Example Institute | 12 Main Street NW, Washington, DC 20001 | 7"
    text = (f"Title\n\nBy Jane Roe\n\n{PARA}\n\nThe two coast guards agreed to new arrange-\n\n{footer}\n\n"
            f"ments for joint patrols. {PARA}\n\n{LAST}")
    body = find_body(text)
    assert text[body.start:body.end].endswith(LAST)
    assert footer in [text[s:e] for s, e in body.excluded]


@pytest.mark.parametrize("heading", ["Related", "Related Internet Links:", "RELATED SITES:", "Related Searches", "Related news"])
def test_any_short_related_heading_heads_a_teaser_box(heading):
    assert classify_line(heading) == "back"
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{heading}\nTokyo protests new zone\nManila hails the drills"
    assert body_text(text).endswith(LAST)


@pytest.mark.parametrize("line, kind", [
    ("Read more Subscribers only  Tokyo's new defence posture, a quiet revolution", "furniture"),
    ("See also Manila and Tokyo sign a visiting forces pact", "furniture"),
    ("Read more about the drills in the ministry's statement, which was published on Monday.", "content"),
])
def test_a_teaser_label_run_into_its_title_is_furniture(line, kind):
    assert classify_line(line) == kind
