"""Body detection on the layouts of round bodies11 (raw page in, body span out): summary boxes under 'In short:' and
'What you need to know', key-point bullets wrapped over lines, a transcript's note on how it was made, a short reply in
a transcript, reporters' bios with a possessive or a beat, a news agency's blurb, a subscription appeal after the site's
line about itself, a release's one-letter language mark, 'About <company>' boilerplate. The pages are written for
these tests, not copied from any corpus."""
import pytest

from pipeline.extract.body import classify_line
from pipeline.extract.body_wraps import without_trailing_mark
from pipeline.extract.prose import is_prose
from tests.body_helpers import body_text

PARA = "Officials in Manila said the coast guards would meet again in the autumn to review the results. " * 2
FIRST = ("The two navies held their first joint drill near the islands on Tuesday, a step that officials in both "
         "capitals described as the start of a regular programme of exercises over the coming years, the ministry said.")
LAST = "The drills will go on next year, the ministry said."
TAIL = ("\n\nTags: Navy  Drills\n\nMore from Example News\nOther headline one\nOther headline two\n"
        "© 2025 Example News. All rights reserved.\n")


def page(front: str, tail: str = TAIL) -> str:
    return f"{front}\n\n{FIRST}\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\n{LAST}{tail}"


@pytest.mark.parametrize("label", ["In short:", "What you need to know", "IN SHORT"])
def test_a_summary_box_under_a_short_label_is_front_matter(label):
    box = (f"{label}\nThe navies of the two countries held a first joint drill.\nIt lasted three days.\n"
           "What's next?\nAnother drill is planned for the spring.")
    text = page(f"Example News\nNavies drill together\nBy Jane Roe\nPosted 3 May 2025\n\n{box}")
    assert body_text(text).startswith(FIRST)


def test_a_wrapped_bullet_in_a_key_points_box_is_one_point():
    box = ("KEY TAKEAWAYS\n• The two coast guards have built closer ties than their\n  informal framework suggests.\n"
           "• A hotline is the next step.\n• Both sides can defend the channel at home.")
    text = page(f"EXAMPLE BRIEF\n\nBy Jane Roe and John Doe\n\n{box}")
    assert body_text(text).startswith(FIRST)


@pytest.mark.parametrize("line", [
    "Transcript generated automatically and lightly edited. Timestamps removed.",
    "This transcript was machine-generated and may contain errors.",
    "Transcripts are auto-generated.",
])
def test_a_transcripts_note_on_how_it_was_made_is_a_note(line):
    assert classify_line(line) == "note"


def test_a_transcript_starts_after_its_note_and_ends_on_a_short_reply():
    turns = "\n".join(f"JANE ROE: Question number {k} is about the drills that the navies held near the islands?\n"
                      f"JOHN DOE: Answer number {k} is that the drills went well and will go on next year."
                      for k in range(1, 6))
    text = (f"EXAMPLE TALK — a podcast\nEpisode 12: Islands\nHost: Jane Roe\nGuest: John Doe\n\n"
            "Transcript generated automatically and lightly edited.\n\n"
            f"{turns}\nJANE ROE: Thank you, John.\nJOHN DOE: Thanks, Jane.\n\n[Music]\n"
            "Example Talk is independently produced. Views expressed by guests are their own.\nSupport the show | Subscribe to our newsletter\n")
    body = body_text(text)
    assert body.startswith("JANE ROE: Question number 1") and body.endswith("JOHN DOE: Thanks, Jane.")


@pytest.mark.parametrize("line, prose", [
    ("JOHN DOE: Thanks, Jane.", True),
    ("MODERATOR: Next question.", True),
    ("Thanks, Jane.", False),               # no label: two capitalised words are no sentence of the article
    ("Navy Drills Resume.", False),
])
def test_a_short_reply_is_a_turn_of_the_transcript(line, prose):
    assert is_prose(line) is prose


@pytest.mark.parametrize("line", [
    "Jane Roe is Example News' defence reporter.",
    "Jane Roe is Example's Tokyo correspondent.",
    "John Doe covers China's military for the Example Post.",
    "Jane Roe writes about Japanese politics for Example Times.",
    "Example Press is an international news agency delivering coverage of the events shaping our world.",
    "The Example Wire is a news organisation based in Singapore.",
])
def test_a_reporters_bio_or_an_agencys_blurb_is_a_bio(line):
    assert classify_line(line) == "bio"


@pytest.mark.parametrize("line", [
    "Kishida is Japan's prime minister.",             # no role of a bio
    "China is Australia's largest trading partner, but contact between the two has been frozen.",   # one name, no newsroom role
    "Jane Roe is Example's chief economist.",          # a possessive bio needs a newsroom role
    "The navy covers the strait with two ships.",     # no name, no outlet after 'for'
])
def test_news_sentences_are_not_bios(line):
    assert classify_line(line) != "bio"


@pytest.mark.parametrize("tail", [
    "\n\nAdd a comment\nJane Roe is Example's defense reporter.\nRelated Topics: Navy\n",
    "\n\nSupport us\nEXAMPLE\nExample Press is an international news agency delivering coverage of the world.\nTags: Navy\n",
    "\n\nJane Roe\nJane Roe covers the navy for the Example Post.\nDiscover more stories\n",
    "\nExample Pravda is the place where you find the news that matters. Subscribe to our Telegram channel.\nTags: Navy\n",
    "\nHow does this make you feel?\nHappy  Sad  Angry\n",
])
def test_back_matter_after_the_last_paragraph_is_outside(tail):
    assert body_text(page("Example News\nNavies drill together\nBy Jane Roe", tail)).endswith(LAST)


@pytest.mark.parametrize("line, judged", [
    ("The ministry calls on its partners to support peace in the region. (E)",
     "The ministry calls on its partners to support peace in the region."),
    ("The plan was called Option (B)", "The plan was called Option (B)"),   # no sentence end before the letter
])
def test_a_one_letter_mark_after_the_last_sentence_is_not_judged(line, judged):
    assert without_trailing_mark(line) == judged


def test_a_release_ending_on_a_language_mark_keeps_its_last_paragraph():
    last = "The ministry also calls on like-minded partners to voice support for peace in the region. (E)"
    text = (f"Ministry of Example Affairs\nPress release\nDate: 2025-04-02\n\n{FIRST}\n\n{PARA}\n\n{PARA}\n\n{last}\n\n"
            "Related links\nOther release one\nOther release two\nTop\n")
    assert body_text(text).endswith(last)


@pytest.mark.parametrize("about, blurb", [
    ("About Example Robotics Co., Ltd.", "Founded in 2016 and based in Tokyo, Example Robotics builds drones."),
    ("About Example Systems Inc.", "Example Systems is a maker of unmanned aircraft in Taichung."),
    ("About the University of Example", "The University of Example was founded in 1950."),
])
def test_about_boilerplate_after_a_release_is_outside(about, blurb):
    text = page("EXAMPLE NEWSWIRE\nTwo firms to build drones together\nNews provided by Example Robotics",
                f"\n\n{about}\n{blurb}\n\nMedia Contact:\nJane Roe\npress@example.com\n")
    assert body_text(text).endswith(LAST)


def test_a_crosshead_opening_with_about_is_not_boilerplate():
    text = (f"Example News\nNavies drill together\nBy Jane Roe\n\n{FIRST}\n\n{PARA}\n\n{PARA}\n\nAbout Taiwan\n"
            f"Officials in Taipei welcomed the drill and said they hoped to join one day.\n\n{PARA}\n\n{PARA}\n\n{LAST}{TAIL}")
    assert body_text(text).endswith(LAST)
