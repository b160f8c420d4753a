"""Body detection on the layouts of round bodies10 (raw page in, body span out): thread post counters, comment
anchors and stage notes after a sentence, narrow print columns, summary and note boxes wrapped over lines, live-blog
entry stamps, kickers and timecodes before the first sentence, comment sections, edit and clock notes, disclosure
statements and publishers' blurbs, wrapped endnotes, enumerated release lists. The pages are written for these tests,
not copied from any corpus."""
import pytest

from pipeline.extract.body import classify_line
from pipeline.extract.body_wraps import kicker_length, without_trailing_mark
from tests.body_helpers import body_text

PARA = "Officials in Manila said the coast guards would meet again in the autumn to review the results. " * 2
FIRST = "The two navies held their first joint drill near the islands on Tuesday, the ministry said."
LAST = "The drills will go on next year, the ministry said."


@pytest.mark.parametrize("line, judged", [
    ("Ships crossed the strait again this week. 4/", "Ships crossed the strait again this week."),
    ("Ships crossed the strait again this week. 12/12", "Ships crossed the strait again this week."),
    ("That may change soon.[b]", "That may change soon."),
    ("Thank you all for coming. [Applause]", "Thank you all for coming."),
    # a picture credit in brackets is a caption's mark, kept for the caption rules to see
    ("The leaders meet in Seoul on Friday. [YONHAP]", "The leaders meet in Seoul on Friday. [YONHAP]"),
    ("He said the figure was 2/3 of the total", "He said the figure was 2/3 of the total"),
])
def test_a_mark_after_the_last_sentence_is_not_judged(line, judged):
    assert without_trailing_mark(line) == judged


def test_a_thread_with_post_counters_is_an_article():
    posts = [f"Post number {k} says the navy sent ships near the island again this week. {k}/" for k in range(1, 7)]
    text = ("Thread Reader\n@someone\nJane Roe\nMay 3, 2024 • 7 posts\n\n" + "\n\n".join(posts)
            + "\n\nIf you found this useful, follow me for more. 7/7\n\n• • •\nMissing some posts in this thread? Try a refresh\n"
              "Keep current with Jane Roe\nStay in touch and get notified when new unrolls are out!")
    body = body_text(text)
    assert body.startswith("Post number 1 ") and body.endswith("again this week. 6/")


def test_narrow_print_columns_are_one_paragraph():
    column = ("MANILA - The coast guards of the\ntwo countries will hold a joint\nexercise near the northern is-\n"
              "lands next month, officials\nsaid on Monday.\n  The exercise will be the\nfirst of its kind, they said.")
    text = f"DAILY EXAMPLE        A3        MONDAY\n\nC o a s t  g u a r d s\n\nBy JANE ROE\n\n{column}\n"
    assert body_text(text).startswith("MANILA - The coast guards")
    assert body_text(text).endswith("they said.")


def test_a_summary_box_wrapped_over_lines_is_front_matter():
    text = ("EXAMPLE BRIEF\n\nBy Jane Roe\n\nEXECUTIVE SUMMARY\nThe two coast guards have begun to work together on\n"
            "search and rescue. This brief argues that the channel should\nbe made routine.\n\n\nINTRODUCTION\n\n"
            f"{FIRST}\n{PARA}\n\n{LAST}\n")
    assert body_text(text).startswith(FIRST)


def test_a_live_blog_entry_stamp_does_not_cut_the_newest_entry_off():
    entries = "\n\n".join(f"{h}:0{h % 10}\nEntry headline number {h}\n\n{PARA}" for h in (17, 16, 15, 14))
    text = f"Example News\nLIVE: Drills around the island\nUpdated: 02/04/2025 - 17:42\nBy Example staff\n\n{entries}\n"
    assert body_text(text).startswith(PARA.strip()[:40])


@pytest.mark.parametrize("line, cut", [
    ("LETTER | Last month a destroyer sailed through the strait.", len("LETTER | ")),
    ("[00:01:05] JANE ROE: Good morning and welcome.", len("[00:01:05] ")),
    ("TOKYO - Japan said on Monday it would protest.", 0),
    ("JANE ROE: Good morning and welcome.", 0),
])
def test_a_kicker_or_timecode_before_the_first_sentence_lies_outside(line, cut):
    assert kicker_length(line) == cut


@pytest.mark.parametrize("line, kind", [
    ("Comments (64)", "back"),
    ("⬆ 1.2k  ⬇   💬 214 Comments   Share   Save", "back"),
    ("12 Mar 2024 | 06:00 JST | 3 Comments", "meta"),       # a dateline that counts comments opens the article
    ("Edit: fixed the date, thanks to a reader.", "note"),
    ("All times are Japan Standard Time (JST).", "note"),
    ("CHECK AGAINST DELIVERY — transcript prepared by the institute from the recording.", "note"),
    ("The Example Institute does not necessarily endorse the views expressed by speakers.", "note"),
    ("Jane Roe does not work for, consult or receive funding from any company that would benefit.", "bio"),
    ("The writer is a former ambassador to Japan.", "bio"),
    ("The Example Institute is committed to independent research on Asian security.", "bio"),
    ("The Department of Examples provides the forces needed to deter war.", "bio"),
    ("The vessel sails off the coast of Luzon earlier this year. Example Navy picture.", "caption"),
    # news about a ministry's commitment is the story's
    ("The Defense Ministry is committed to responding firmly to any intrusion.", "content"),
])
def test_line_kinds(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("tail", [
    "Edit: fixed a typo in the second point.\n\n⬆ 312  ⬇  💬 40 Comments  Share\n\nGreat post. I agree with point two.\n\n"
    "Not sure about the third point though, the navy has said otherwise.",
    "Comments (12)\n\nA reader wrote that the drill was overdue. Another disagreed with the whole idea.\n\n"
    "A third reader said the island needs a hospital first.",
    "Jane Roe does not work for, consult or receive funding from any company that would benefit from this article.",
    "All times are Japan Standard Time (JST).\n\nContact:\nPress office",
])
def test_back_matter_after_the_article_ends_it(tail):
    text = f"Title\n\nBy Jane Roe\n\n{FIRST}\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{tail}"
    assert body_text(text).endswith(LAST)


def test_a_bio_line_before_the_article_is_front_matter():
    text = f"Opinion\nTitle of the piece\nJane Roe\n\nThe writer is a former ambassador to Japan.\n\n{FIRST}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).startswith(FIRST)


def test_wrapped_endnotes_end_the_article():
    notes = ("1  “Coast guards hold first joint drill,” press reports, July 2024.\n"
             "2  Memorandum on Cooperation in Maritime Affairs, Example Exchange\n"
             "   Association and Example Relations Association, 2024.\n"
             "3  Example Ocean Council, statement, February 2024.")
    text = f"Title\n\nBy Jane Roe\n\n{FIRST}\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n____________\n{notes}\n"
    assert body_text(text).endswith(LAST)


def test_an_enumerated_release_opens_with_its_first_item():
    text = ("Press Release\n\nRegarding the flights of foreign aircraft\n\n1 Confirmed situation\n\n"
            "(1) Date and time: the morning of the 11th (Wed)\n\n(2) Aircraft: two bombers\n\n(3) Flight routes:\n"
            " a. The two bombers flew from the sea through the strait into the ocean and returned.\n\n"
            f"2 Response\n{PARA}\n\n{LAST}\n")
    assert body_text(text).startswith("(1) Date and time:")


def test_a_page_describing_itself_is_not_the_article():
    text = ("City Council\nCouncil News No. 12 (English summary)\nLast updated: March 28, 2023\n\n"
            "This page provides an English summary of selected items from the session. The Japanese record prevails.\n\n"
            f"[PDF] Council News No. 12 (Japanese)\n\nCouncil adopts statement on the new camp\n\n{FIRST}\n\n{PARA}\n\n{LAST}")
    assert body_text(text).startswith(FIRST)
