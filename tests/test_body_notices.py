"""Pure-function tests of body edges next to the page speaking to its reader (subscription and alert appeals, thanks
for reading, the site's boilerplate), whole-line notes in round brackets, a lead that introduces a statement with a
colon after a date, and a picture credit above a two-sentence lead. Examples written for these tests, not copied
from the gold sets."""
import pytest

from pipeline.extract.prose import is_prose
from tests.body_helpers import body_text
from tests.test_body_layouts import LAST, PARA


@pytest.mark.parametrize("line, expected", [
    # the page speaking to its reader
    ("Thanks for reading The Harbour Letter! Subscribe for free to receive new posts.", False),
    ("Don't miss out on the latest headlines from the region.", False),
    ("Subscribe to EXAMPLE DIGITAL to get unlimited stories, puzzles and the daily e-paper. Call 555 0100.", False),
    ("Join our channel for the morning briefing on your favourite messaging app.", False),
    ("Read a summary of this article in our app.", False),
    ("If you found this useful, please pass it on to a colleague.", False),
    ("The Office of Web Services manages this site as a portal for the ministry's information.", False),
    ("We use cookies to improve your experience. By continuing, you agree to our use of cookies.", False),
    ("You have read 3 of your 5 free articles this month.", False),
    ("Please enable JavaScript to view the comments.", False),
    ("Was this article helpful?", False),
    ("What do you think? Let us know in the comments below.", False),
    ("You can also follow us on X and Telegram.", False),
    ("Listen on Apple Podcasts or wherever you get your podcasts.", False),
    ("Comments will be moderated. Keep comments relevant to the article.", False),
    ("By subscribing, you can help us get the story right.", False),
    ("The editor picks her favourite stories of the week in this weekly newsletter.", False),
    ("This article first appeared in the Example Weekly newsletter. Sign up here.", False),
    ("You may see this as a concession, but Tokyo does not.", True),
    ("Tell us what Tokyo should do, the minister said to the lawmakers.", True),
    # notes in round brackets: a translator's, a transcript's
    ("(The English text below is for reference only; the original text prevails.)", False),
    ("(The press conference ended at 4:05 p.m.)", False),
    # the article's own sentences that look alike
    ("Officials said they would join the patrols next year and share radar data with Manila.", True),
    ("Following the talks, the two sides agreed to set up a hotline.", True),
    ('"Get out of our waters," the captain radioed, according to the coast guard.', True),
    ("(AP) The two coast guards met in Manila on Monday, officials said (file).", True),
    ("Shares of shipbuilders rose after the ministry announced access to the new port.", True),
    # a lead that introduces a statement and ends on a date
    ("The ministry today issued the following statement on the resolution adopted by the assembly on May 14:", True),
])
def test_is_prose_reader_notices_and_notes(line, expected):
    assert is_prose(line) is expected


@pytest.mark.parametrize("front", [
    "Share\n\nRead a summary of this article on QUICKREAD.\nQUICKREAD\n\n",
    "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.\n"
    "[ Type your email... ] [ Subscribe ]\n\n",
    "(The following English text is for reference only. In case of any discrepancy, the original text shall prevail.)\n\n",
])
def test_the_body_starts_after_notices_to_the_reader(front):
    text = f"Title\n\nBy Jane Roe\nMarch 3, 2025\n\n{front}{PARA}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).startswith("Officials in Manila")


@pytest.mark.parametrize("tail", [
    # a teaser heading over a subscription appeal, then tags
    "Read Next\n\nDon't miss out on the latest news and information.\nSubscribe to EXAMPLE PLUS to get access to the "
    "daily paper and 50 other titles on up to five devices. Call 555 0100.\n\nTAGS: Japan, Taiwan",
    # a credit line, topics and an alerts box
    "Source: Example Agency\n\nRelated Topics\nJapan  Taiwan\n\nGet WhatsApp alerts\n"
    "Join our channel for the top reads of the day on your preferred social platform.",
    # a transcript's closing note, then the site's boilerplate
    "(The briefing was concluded at 2:41 p.m.)\n\nDPB # 9\n\nThe Office of Website Management manages this site as a "
    "portal for information from the ministry. External links to other sites should not be construed as an endorsement.",
])
def test_the_body_ends_before_notices_to_the_reader(tail):
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{tail}"
    assert body_text(text).endswith(LAST)


@pytest.mark.parametrize("tail", [
    "Correction: An earlier version of this article misstated the date of the signing.",
    "An earlier version of this story gave the wrong name for the ministry.",
])
def test_a_correction_notice_after_the_article_ends_it(tail):
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{tail}"
    assert body_text(text).endswith(LAST)


def test_a_note_in_brackets_inside_the_article_stays_in_it():
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n(The ministry did not say when the talks would resume.)\n\n{PARA}\n\n{LAST}"
    body = body_text(text)
    assert "(The ministry did not say" in body and body.endswith(LAST)


def test_a_two_sentence_lead_under_a_picture_credit_is_not_its_caption():
    lead = ("Tokyo has spent two years building a chain of partnerships to the south. "
            "The one link it cannot forge sits in the middle.")
    text = f"Title\n12 Feb 2026 | Jane Roe\n\nImage: Example Navy/X\n\n{lead}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).startswith("Tokyo has spent")


@pytest.mark.parametrize("line, kind", [
    ("Soldiers take part in a joint drill near the coast on April 22, 2024.", "caption"),
    ("Two ministers, right, and their deputies shake hands before the talks on Monday.", "caption"),
    # a sentence that reports speech is the article's
    ("The two sides attend the talks every year, the ministry said on Monday.", "content"),
    ("Ships sail near the islands almost daily, officials told reporters on Monday.", "content"),
])
def test_captions_of_plural_subjects(line, kind):
    from pipeline.extract.body import classify_line
    assert classify_line(line) == kind
