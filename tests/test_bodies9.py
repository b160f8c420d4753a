"""Body finding on layouts the finder was not developed on (task bodies9): pages of one-line paragraphs, decks and
summary boxes before the article, contents lists, islands of site text after it. Made-up page fragments."""
import pytest

from pipeline.extract.body import find_body
from pipeline.extract.prose import continues, is_hard_wrapped

P1 = ("Manila and Canberra agreed on Tuesday to expand joint maritime patrols in the South China Sea, the two "
      "defence ministers said after talks in the Philippine capital.")
P2 = ("The ministers said the patrols would begin next month and include surveillance aircraft as well as navy "
      "ships, and that a working group would meet in Darwin before the first sailing.")
P3 = ("Beijing's foreign ministry said the plan would 'complicate the situation at sea' and urged both governments "
      "to respect what it called China's legitimate maritime rights and interests.")
P4 = ("Analysts said the arrangement was the most significant step in the relationship since a visiting forces "
      "agreement was signed, and that further exercises were likely later in the year.")


def body_text(text: str, **kw) -> str:
    body = find_body(text, **kw)
    return text[body.start:body.end]


def test_a_teaser_box_inside_a_page_of_one_line_paragraphs_does_not_end_the_article():
    text = "\n".join(["World News", P1, P2, "Also read", "Seoul hosts naval review", "Jakarta buys frigates",
                      P3, P4, "Tags: Philippines  Australia"])
    body = body_text(text)
    assert body.startswith("Manila and Canberra") and body.endswith(P4)


@pytest.mark.parametrize("island", [
    "Freelance writer in Darwin. Boats, bases and the people between them.",
    "Great summary. The second point is underrated, in my view.",
    "You are receiving this email because you signed up on our website.",
])
def test_a_short_island_of_prose_after_a_block_of_debris_is_not_the_article(island):
    text = "\n".join(["Opinion", P1, P2, P3, P4, "Defence", "Asia", "Maritime", "Written by Jane Roe", island])
    assert body_text(text).endswith(P4)


def test_a_sentence_divided_by_a_running_head_is_not_an_island():
    text = "\n".join(["Policy Brief", P1, P2, P3, P4, "4. Next steps", "3", "Example Institute Brief",
                      "gency planning for the islands.", "None of this requires a treaty, but all of it needs a decision."])
    assert body_text(text).endswith("needs a decision.")


def test_a_headline_over_a_datelined_lead_is_not_joined_to_it_on_a_page_of_one_line_paragraphs():
    headline = "Philippine and Australian universities open a joint centre for maritime security studies"
    lead = "Darwin, Australia — " + P2
    text = "\n".join(["Press Release", "Released: May 2, 2025", headline, lead, P3, P4])
    assert body_text(text).startswith("Darwin, Australia —")


def test_hard_wrapped_text_still_joins_a_wrapped_line():
    assert is_hard_wrapped(["Manila and Canberra agreed on Tuesday to expand joint",
                            "Maritime patrols in the South China Sea, the two ministers said."])
    assert not is_hard_wrapped([P1, P2, P3])
    assert continues("talks with the", "Philippine side", blank_lines=0, hard_wrapped=True)
    assert not continues("A headline without a full stop", "Darwin — The centre", blank_lines=0, hard_wrapped=False)


@pytest.mark.parametrize("note", [
    "This interview has been edited for length and clarity.",
    "This transcript has been lightly edited.",
])
def test_an_editing_note_is_not_the_first_sentence(note):
    text = "\n".join(["Podcast", "Episode 12", note, P1, P2, P3])
    assert body_text(text).startswith("Manila and Canberra")


def test_a_key_takeaways_box_of_one_sentence_points_is_front_matter():
    text = "\n".join(["Commentary", "Key Takeaways", "Manila and Canberra are closer than ever.",
                      "The patrols signal a shift in both countries' posture.", "China will object.", "Share",
                      P1, P2, P3])
    assert body_text(text).startswith("Manila and Canberra agreed")


def test_a_key_findings_head_inside_the_article_stays_in_it():
    text = "\n".join(["Event recap", "Date: May 2, 2025 | Location: Canberra", P1 + " " + P2 + " " + P3,
                      "Key findings", "The panel reported two findings.", P4])
    assert body_text(text).startswith("Manila and Canberra agreed")


def test_a_deck_cut_off_by_the_authors_name_and_role_is_not_the_opening():
    text = "\n".join(["Expert comment", "Canberra is moving faster than Manila. Both should say why.",
                      "Dr Jane Roe", "Senior Fellow, Asia Programme", P1, P2, P3, P4])
    assert body_text(text).startswith("Manila and Canberra agreed")


def test_a_lede_over_a_related_box_stays_the_opening():
    text = "\n".join(["MANILA - Manila protested on Monday.", "Related", "Seoul hosts naval review",
                      "Jakarta buys frigates", P2, P3, P4])
    assert body_text(text).startswith("MANILA - Manila protested")


@pytest.mark.parametrize("caption", [
    "Navy ships at a ceremony in Darwin. Photo © Example Images.",
    "Australian and Philippine officers at the talks. Image © Example Agency",
])
def test_a_caption_credited_with_a_copyright_sign_is_a_caption(caption):
    text = "\n".join(["Analysis", "Jane Roe", "Senior Fellow", caption, P1, P2, P3])
    body = find_body(text)
    assert text[body.start:].startswith("Manila and Canberra")


def test_a_site_blurb_closing_on_a_disclaimer_is_a_note():
    blurb = ("The Harbour Notes blog presents the work of programme staff. "
             "Opinions expressed here are solely those of the authors.")
    text = "\n".join(["Blog post", "By Jane Roe", blurb, "Image: A patrol ship. Source: Example Navy.", P1, P2, P3])
    assert body_text(text).startswith("Manila and Canberra")


def test_a_contents_list_of_section_questions_is_not_the_opening():
    q1, q2 = "Why do the patrols matter?", "How has Beijing responded?"
    text = "\n".join(["Backgrounder", "Contents", q1, q2, "Introduction", P1, q1, P2, q2, P3, P4])
    assert body_text(text).startswith("Manila and Canberra")


@pytest.mark.parametrize("tail", ["Some rights reserved.", "Recommended Reading\nThis backgrounder examines the patrols."])
def test_rights_notices_and_recommended_reading_close_the_article(tail):
    text = "\n".join(["Backgrounder", P1, P2, P3, P4, tail])
    assert body_text(text).endswith(P4)


def test_captions_and_ad_markers_before_a_short_last_paragraph_do_not_cut_it_off():
    text = "\n".join(["World", P1, P2, P3, P4, "Advertisement", "Ships in Darwin harbour. Photo: Example Agency",
                      "Share", "The next round of talks is due in Manila in the autumn."])
    assert body_text(text).endswith("due in Manila in the autumn.")
