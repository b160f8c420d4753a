"""Pure-function tests of body detection on more page layouts (text in, body boundaries out): back-page headings,
endnote blocks, agency credit lines, notes, reader appeals, uncredited captions, first-person bios, PDF note numbers.
The examples are written for these tests, not copied from the gold sets."""
import pytest

from pipeline.extract.body import classify_line, find_body
from pipeline.extract.prose import is_prose
from pipeline.extract.sentences import split_sentences
from tests.body_helpers import body_text

PARA = "Officials in Manila said the coast guards would meet again in the autumn to review the results. " * 3
LAST = "The drills will go on next year, the ministry said."


@pytest.mark.parametrize("tail", [
    # a back-page heading over an author box and a disclaimer
    "Author Information\n\nJane Roe\nAnalyst in Asian Affairs\n\nDisclaimer\nThis report was prepared by the Example "
    "Service. It should not be relied upon for purposes other than public understanding.",
    # the agencies an article was compiled from, then a teaser box
    "abc/xyz (Reuters, AFP, dpa)\n\nEXAMPLE RECOMMENDS\n\nTokyo protests new zone\nBeijing has rejected criticism of "
    "its new zone. Tokyo says the move is dangerous.",
    "(AP, Kyodo)\n\nThe Example Post is a member of the Example Trust. Readers can write to the editor at any time.",
    # a note on the translation, then related links
    "(Note: This is a provisional translation. The original text is authoritative.)\n\nRelated Links\nSchedule",
    # numbered endnotes without a heading
    "1 Joint Statement of the two governments, September 29, 1972, paragraph 3.\n"
    '2 "Interview with the president," Example Shimbun, March 2, 2019.\n'
    "3 Ministry of Foreign Affairs, regular press conference, March 4, 2019.",
    # teaser headings of other outlets
    "Top stories\n\nMinister resigns over budget row. The opposition called for an election.",
    "What to read next\n\nTaipei opens a new office in Osaka. The office will handle trade and visas.",
    # a first-person author bio
    "I am a senior fellow at the Example Institute in Tokyo and a former defence official.",
    "I cover Japanese politics and security for The Example Times.",
])
def test_back_matter_after_the_article_ends_it(tail):
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\n{tail}"
    assert body_text(text).endswith(LAST)


@pytest.mark.parametrize("appeal", [
    "Sign up for our daily newsletter to get the best of our reporting on Asia.",
    "Get the latest security news delivered straight to your inbox every morning.",
    "Support independent journalism: make a donation today and help us keep reporting.",
    "Already a subscriber? Log in to continue reading.",
    "We rely on readers like you. Please consider supporting our work with a monthly gift.",
])
def test_a_reader_appeal_between_paragraphs_is_cut_out(appeal):
    assert classify_line(appeal) == "furniture"
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{appeal}\n\n{PARA}\n\n{LAST}\n\n{appeal}"
    body = find_body(text)
    assert text[:body.end].endswith(LAST)
    assert appeal in [text[s:e] for s, e in body.excluded]


@pytest.mark.parametrize("line", [
    "Japan will donate radar systems to the Philippines under the aid programme.",
    "Taiwan hopes to become a member of the trade pact, the minister said.",
    "The ministry publishes a newsletter for residents of the islands.",
])
def test_news_sentences_about_donations_and_membership_are_not_appeals(line):
    assert classify_line(line) == "content"


@pytest.mark.parametrize("line, kind", [
    ("Foreign Minister Jane Roe (left) and her counterpart John Doe shake hands in Tokyo.", "caption"),
    ("Defence chiefs (second from right) inspect a patrol boat at the naval base.", "caption"),
    ("Prime Minister Jane Roe speaks during a news conference in Tokyo, Japan, on Oct. 4, 2021.", "caption"),
    ("A coast guard cutter sails near the islands on Monday.", "caption"),
    ("Jane Roe, left, shakes hands with John Doe after the signing in Taipei.", "caption"),
    ("Lawmakers visit the naval base in Kure on May 3. (Example Times)", "caption"),
    ("A patrol ship sails past the islands. (©Example Press by Jane Roe)", "caption"),
    ("Parties on the left, right, and centre backed the bill.", "content"),
    ("The ministry protested, the spokesman said. (He declined to give details.)", "content"),
    # prose: past tense, several sentences, or a quotation
    ("Prime Minister Jane Roe spoke during a news conference in Tokyo on Oct. 4, 2021.", "content"),
    ("The minister speaks at a forum in Tokyo on Monday. He will also meet the premier on May 3.", "content"),
    ('"Japan speaks with one voice," the minister said on Monday.', "content"),
])
def test_uncredited_captions(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line, kind", [
    ("MODERATOR: This concludes the press conference. Thank you.", "content"),   # a turn of the transcript
    ("Moderator: Jane Roe, Example Institute", "meta"),                          # an event box
    ("(Editor's note: The interview has been edited for length.)", "note"),
])
def test_labels_and_notes(line, kind):
    assert classify_line(line) == kind


def test_an_op_ed_speaking_in_the_first_person_keeps_its_paragraphs():
    opinion = "I am a former diplomat, and I have watched this relationship change over three decades of talks."
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{opinion}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).endswith(LAST)
    text = f"Title\n\nBy Jane Roe\n\n{opinion}\n\n{PARA}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).startswith(opinion)


def test_a_paragraph_introducing_a_quotation_starts_the_body():
    intro = ("On Monday the president met a delegation of visiting lawmakers and thanked them for their support. "
             "A translation of her remarks follows:")
    text = f"Office of the President\n\nPresident meets lawmakers\n\nDate: 2025-03-03\n\n{intro}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).startswith(intro)
    assert not is_prose("Related articles:")


@pytest.mark.parametrize("line, expected", [
    ('Beijing urged Tokyo to "handle the issue with caution."4', True),
    ("Both sides held talks without endorsing the plan.12", True),
    ("Figures rose to 12.5", False),
    ("Report date 2024.09.19", False),
])
def test_a_pdf_note_number_after_the_sentence_end(line, expected):
    assert is_prose(line) is expected


def test_a_pdf_note_number_is_a_sentence_boundary():
    text = 'Tokyo did not endorse the plan.1 Officials said talks were "useful."2 The talks ended in 2019. Growth was 2.5 percent.'
    assert [s.text for s in split_sentences(text)] == [
        "Tokyo did not endorse the plan.1", 'Officials said talks were "useful."2', "The talks ended in 2019.",
        "Growth was 2.5 percent."]


@pytest.mark.parametrize("line, kind", [
    ("Story continues below advertisement", "furniture"),
    ("Continue reading the main story", "furniture"),
    ("WATCH: Coast guard ships shadow a survey vessel near the islands", "furniture"),
    ("Write to Jane Roe at jane.roe@example.com", "contact"),
    ("Have a news tip? Contact the desk.", "contact"),
    ("This article was produced in partnership with the Example Center.", "back"),
    ("Republished with permission from Example Review.", "back"),
    ("Opinions expressed in this article are the author's own.", "note"),
    ("Opinions expressed at the hearing were mixed, and several lawmakers urged restraint over the islands.", "content"),
])
def test_more_page_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("sentence", [
    "Lee is a member of the ruling party's defence committee.",
    "Wu is a former director of the national security bureau.",
])
def test_a_bio_like_sentence_inside_the_story_does_not_end_it(sentence):
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{sentence}\n\n{PARA}\n\n{LAST}"
    body = find_body(text)
    assert text[:body.end].endswith(LAST)
    assert sentence not in [text[s:e] for s, e in body.excluded]


def test_a_bio_with_a_publishers_blurb_after_it_still_ends_the_article():
    text = (f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{LAST}\n\nJane Roe is a senior fellow at the Example Institute.\n\n"
            "Example Review is an independent journal of Asian affairs founded in 1990.")
    assert body_text(text).endswith(LAST)


def test_a_numbered_list_of_the_articles_own_points_is_not_an_endnote_block():
    points = "1. Set up a crisis hotline by 2026.\n2. Hold a coast guard drill every year from 2027.\n3. Share radar data by 2028."
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\nThe panel made three proposals.\n\n{points}\n\n{PARA}\n\n{LAST}"
    assert body_text(text).endswith(LAST)


def test_a_note_inside_the_story_is_cut_out_but_does_not_end_it():
    note = "(Note: The figures exclude Hong Kong and Macau.)"
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{PARA}\n\n{note}\n\n{PARA}\n\n{LAST}\n\n(Note: This is a provisional translation.)"
    body = find_body(text)
    assert text[:body.end].endswith(LAST)
    assert note in [text[s:e] for s, e in body.excluded]


def test_a_report_in_the_news_is_no_syndication_note():
    assert classify_line("This report was published by the defence ministry on Monday and warns of new risks.") == "content"


def test_a_teaser_box_with_summaries_between_paragraphs_is_cut_out():
    box = ("Related stories\n\nTokyo protests new air zone\nBeijing rejected the criticism and warned of countermeasures.\n\n"
           "Minister vows stronger defences\nThe minister pledged to double spending within five years.")
    text = f"Title\n\nBy Jane Roe\n\n{PARA}\n\n{box}\n\n{PARA}\n\n{PARA}\n\n{LAST}"
    body = find_body(text)
    excluded = [text[s:e] for s, e in body.excluded]
    assert text[:body.end].endswith(LAST)
    assert "Beijing rejected the criticism and warned of countermeasures." in excluded
    assert "The minister pledged to double spending within five years." in excluded
