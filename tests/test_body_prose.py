"""Pure-function tests of the prose-based body boundaries (text in, records out).
The examples are written for these tests, not copied from the gold sets."""
import pytest

from pipeline.extract.body import classify_line, find_body
from pipeline.extract.prose import continues, is_prose

PARA = "Officials in Manila said the coast guards would meet again in the autumn to review the results. " * 3


@pytest.mark.parametrize("line, expected", [
    ("The ministry said the patrol ships left port on Monday.", True),
    ('"We will respond calmly," the spokesman said.', True),
    ("He declined comment.", True),
    ("Seoul, Tokyo and Washington held talks (Reuters).", True),
    # a deck without a full stop, a headline, a logo, a section heading
    ("Coast guards from both sides train together for the first time near Yilan", False),
    ("Japan Backs Taiwan's Bid As The Assembly Shelves The Debate.", False),
    ("C O R P O R A T I O N", False),
    ("Background", False),
    # set apart in brackets, or closed by a bracketed source rather than a sentence end
    ("[Image: A patrol ship sails near the islands on Monday. Photograph: Example Agency]", False),
    ("[Copyright Example Press, Ltd.]", False),
    ("The minister speaks to reporters in Tokyo on May 3. (Example TV)", False),
    ("MINISTRY OF EXAMPLE AFFAIRS, R.O.C.", False),
    # footnote markers after the sentence end
    ("The ministry protested the flight on Monday.[4]", True),
    ("The ministry protested the flight on Monday. [4]", True),
    ("The ministry protested the flight on Monday.²", True),
])
def test_is_prose(line, expected):
    assert is_prose(line) is expected


@pytest.mark.parametrize("line, nxt, blanks, expected", [
    ("the talks, which both sides described as frank and", "useful, ended on Friday.", 1, True),   # lower-case run-on
    ("The two ministers agreed that their coast guards would", "Hold a drill in May.", 0, True),     # hard wrap
    ("The two ministers agreed that their coast guards would hold", "A drill followed.", 3, True),  # page break
    ("The two ministers agreed that their coast guards would hold", "A drill followed.", 1, False),  # new paragraph
    ("Background", "The dispute began in 2012.", 1, False),                                          # a heading
    ("The talks ended on Friday.", "officials said.", 1, False),                                     # a sentence end
])
def test_continues(line, nxt, blanks, expected):
    assert continues(line, nxt, blank_lines=blanks) is expected


@pytest.mark.parametrize("line, kind", [
    ("[Photo: Two ministers shake hands before the talks (Photo: Example Office)]", "caption"),
    ("【Related】", "back"),
    ("＜Related＞", "back"),
    ("First published on Mon 3 Mar 2025 10.05 GMT", "meta"),
    ("Data cutoff: March 2, 2025", "meta"),
    ("Translated by Jane Roe", "back"),
    ("Compiled by the Example desk", "back"),
    ("• This article was amended on 4 March 2025 to correct a name.", "back"),
    ("[Copyright Example Press, Ltd.]", "note"),   # a rights notice: back matter, classed with the other notices on the text
    # running heads and footers of a PDF page, toolbars: columns set apart by runs of spaces
    ("4                                  Example Brief   •   Volume 9   •   Issue 2", "furniture"),
    ("Coast Guards Without Diplomacy                                         7", "furniture"),
    ("Print   Close   Share", "furniture"),
    # what only a caption says of its picture
    ("(Example Agency) Coast guard ships are seen off the islands in this undated file photo.", "caption"),
    ("In this photo released by the ministry, a destroyer sails through the strait on May 3.", "caption"),
    ("An undated handout of the defence ministry shows a drone over the sea.", "caption"),
    # a sentence with a date is still content
    ("The ministry said on March 2, 2025 that the drill was over.", "content"),
])
def test_classify_debris_lines(line, kind):
    assert classify_line(line) == kind


def test_a_deck_without_a_sentence_end_and_a_logo_are_not_the_lead():
    text = ("Example Institute\n\nCoast guards train together\n\nThe two sides held a first joint drill off Yilan\n\n"
            "J A N E  R O E\n\nP R E S S\n\n" f"The Japan Coast Guard and its Taiwanese counterpart held a drill on Monday.\n\n{PARA}")
    body = find_body(text)
    assert text[body.start:].startswith("The Japan Coast Guard and its Taiwanese")


def test_a_teaser_box_between_paragraphs_is_a_gap_not_the_end():
    text = (f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\nRead more\nMinister resigns over budget row\nTaipei opens new office\n\n"
            f"{PARA}\n\nThe embassy did not respond to a request for comment.\n\nSource: Example news agencies\n\n"
            "Listen to our podcast\nFrom: The Example Hour")
    body = find_body(text)
    assert text[:body.end].endswith("request for comment.")
    excluded = [text[s:e] for s, e in body.excluded]
    assert "Minister resigns over budget row" in excluded and "Read more" in excluded


def test_a_teaser_box_with_nothing_after_it_ends_the_article():
    text = (f"Title\n\nBy Jane Roe\n\n{PARA}\n\nThe drills will go on.\n\n＜Related＞\n・Minister resigns over budget row\n"
            "・Editorial: The islands need a plan\n\nCopyright Example Times.")
    body = find_body(text)
    assert text[:body.end].endswith("The drills will go on.")


def test_a_key_points_box_of_bullets_is_front_matter():
    text = ("Weekly Update, March 3, 2025\n\nKey Takeaways\n- The coast guard tracked four ships.\n- Tokyo protested.\n"
            f"- Beijing rejected the protest.\n\nJapan\n\nThe Japan Coast Guard tracked four Chinese ships on March 1.\n\n{PARA}")
    body = find_body(text)
    assert text[body.start:].startswith("The Japan Coast Guard tracked")


def test_a_first_paragraph_wrapped_over_a_page_break_starts_the_body():
    text = ("Example Brief\n\nBy Jane Roe\n\nThe two governments have quietly expanded contacts between their coast guards "
            f"over the past decade, and the\n\n\n\nPresident's office says more will follow. {PARA}")
    body = find_body(text)
    assert text[body.start:].startswith("The two governments have quietly")


def test_a_correction_note_and_a_bracketed_copyright_end_the_article():
    text = (f"Title\n\nBy Jane Roe\n\n{PARA}\n\nThe drills will go on.\n\n• This article was amended on 4 March 2025.\n\n"
            "Topics\nJapan\nTaiwan\n\n[Copyright Example Press, Ltd.]\nAll rights reserved. No reproduction without permission.")
    body = find_body(text)
    assert text[:body.end].endswith("The drills will go on.")


def test_back_matter_ends_a_short_article_over_a_long_tail():
    # the credit line sits in the first third of the page: a long tail of teasers and comments follows
    teasers = "\n".join(f"Opinion: Column number {i}. A writer argues that the two governments should talk more often."
                        for i in range(8))
    text = ("Title\nBy Jane Roe\nJune 4, 2025\n\nTOKYO - Japan protested to China on Wednesday after a survey ship "
            "entered its exclusive economic zone, the Foreign Ministry said.\n\nThe ship left later in the day, the "
            "ministry said. Beijing did not comment on the protest.\n\n(Reporting by Jane Roe; Editing by John Doe)\n\n"
            f"Most popular\n{teasers}\nComments (2)\nReader: Both sides should calm down and talk.")
    body = find_body(text)
    assert text[:body.end].endswith("did not comment on the protest.")


def test_front_matter_after_a_long_navigation_header_still_counts():
    nav = "\n".join(f"Section {i}" for i in range(60))
    text = (f"Example News\n{nav}\n\nLawmakers meet in Taipei\nBy Jane Roe\nMarch 3, 2025\n\n"
            "Lawmakers pose for a photo in Taipei on Monday.\n\n"
            "TAIPEI - Lawmakers from Japan and Taiwan met in Taipei on Monday to discuss security, the legislature said.\n\n"
            "The meeting was the first of its kind since 2023.")
    body = find_body(text)
    assert text[body.start:].startswith("TAIPEI - Lawmakers")


def test_a_hard_wrapped_article_keeps_its_first_and_last_lines():
    lead = ("TOKYO - Japan and the Philippines agreed on Friday to expand joint\n"
            "exercises by their coast guards and navies, officials said, citing\n"
            "concern over Chinese activity in the South China Sea and near\n"
            "Taiwan, where Beijing has stepped up military pressure on the island\n"
            "in recent months, and the two sides also discussed the supply of\n"
            "radar systems and patrol vessels to Manila under an aid programme\n"
            "that Tokyo set up in 2023 for like-minded countries in the region\n"
            "and beyond.")
    text = (f"Title\nBy Jane Roe\nMarch 3, 2025\n\n{lead}\n\nThe ministers will meet again next year\n"
            "in Manila, the ministry said.\n\nRelated\nJapan ships radars to Manila")
    body = find_body(text)
    assert text[body.start:].startswith("TOKYO - Japan and the Philippines")
    assert text[:body.end].endswith("in Manila, the ministry said.")


@pytest.mark.parametrize("author, bio", [
    ("Jane Roe", "Jane Roe covers security in East Asia for Example News."),
    ("John Doe; Jane Roe", "Jane Roe writes about Japanese defence policy."),
    ("John Doe and Jane Roe", "Roe is a researcher at an institute in Taipei."),
])
def test_a_bio_of_the_known_author_ends_the_article(author, bio):
    text = (f"Title\n\nBy {author}\n\n{PARA}\n\n{PARA}\n\nThe drills will go on.\n\n{bio}\n\n"
            "Example News is an independent outlet covering Asia since 1990.")
    body = find_body(text, author=author)
    assert text[:body.end].endswith("The drills will go on.")


def test_a_sentence_ending_before_a_heading_is_not_joined_to_the_next():
    from pipeline.extract.sentences import split_sentences
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\nThe talks ended.\n\nBackground\n\nthe dispute began in 2012.\n\n{PARA}"
    body = find_body(text)
    texts = [s.text for s in split_sentences(text, start=body.start, end=body.end, excluded=body.excluded)]
    assert "The talks ended." in texts
