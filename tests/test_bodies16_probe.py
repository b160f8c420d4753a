"""Probe of body detection (session 30, task bodies16): page debris around the article proper that the finder missed.

Four kinds, in several outlets' layouts (the page texts are written for this probe, not copied from the gold sets):
- a hearing record's closing line ('[Whereupon, ... the subcommittee was adjourned.]') and the appendix note after it;
- note numbers in round brackets glued to sentence ends ('... came to an end.(1)'), as research notes and PDFs print
  them: the paragraph is prose all the same;
- an agency sign-off after the last sentence ('... in November. — VNA/Xinhua');
- a think-tank bulletin's lead paragraph (a summary in bold under the author) over the first run-in heading ('From
  Symbolism to Presence. On 25 September ...'): the summary and the heading lie outside.
"""
import pytest

from tests.body_helpers import body_text

P1 = ("Japan and Taiwan have no formal diplomatic ties, yet their coast guards have built a working relationship over "
      "the past decade through exchanges, dialogues and, most recently, joint exercises at sea.")
P2 = ("The cooperation remains modest. Neither government calls it an alliance, and both describe the drills as "
      "search-and-rescue training rather than as preparation for a contingency in the strait.")
P3 = ("China has protested each step. Its foreign ministry said the exchanges sent the wrong signal to separatist forces, "
      "and it urged Tokyo to honour the commitments it made when the two countries normalised relations.")

# ---------------------------------------------------------------------------------------------------------------
# 1. a hearing record's closing line after the last turn, with an appendix after it
HEARING_HEAD = ("JAPAN, TAIWAN AND MARITIME SECURITY\n\nHEARING\nBEFORE THE\nSUBCOMMITTEE ON EAST ASIA\n\n"
                "Serial No. 119-42\n\nThe subcommittee met, pursuant to notice, at 10:02 a.m., in room 2172, "
                "Rayburn House Office Building, Hon. Jane Roe (chairwoman of the subcommittee) presiding.\n\n")
TURNS = ("Mrs. ROE. The subcommittee will come to order. " + P1 + "\n"
         "Mr. DOE. Thank you, Madam Chair. " + P2 + "\n"
         "Mrs. ROE. What would deter Beijing?\n"
         "Dr. LANE. " + P3 + "\n"
         "Mrs. ROE. Thank you all. The record will remain open for five business days.")


@pytest.mark.parametrize("close, after", [
    ("[Whereupon, at 11:41 a.m., the subcommittee was adjourned.]",
     "\n\n                    ----------\nAPPENDIX: Material submitted for the record follows.\n"),
    ("[Whereupon, at 12:15 p.m., the Committee adjourned, to reconvene at the call of the Chair.]",
     "\n\nMATERIAL SUBMITTED FOR THE RECORD\n\nThe following statement was submitted by the Example Institute.\n"),
    ("(Whereupon, at 3:05 p.m., the hearing was adjourned.)", "\n"),
    ("[Whereupon, at 4:20 p.m., the joint subcommittee hearing was adjourned.]",
     "\n\nAPPENDIX\n\nResponses of the witnesses to questions for the record are printed below.\n"),
])
def test_hearing_close_and_appendix_lie_outside(close, after):
    text = HEARING_HEAD + TURNS + "\n\n" + close + after
    body = body_text(text)
    assert body.startswith("Mrs. ROE. The subcommittee will come to order.")
    assert body.endswith("The record will remain open for five business days.")


def test_adjourned_mid_record_is_not_its_end():
    # a record of two sittings: the first sitting's close is followed by more turns
    text = (HEARING_HEAD + TURNS + "\n\n[Whereupon, at 12:01 p.m., the subcommittee was adjourned.]\n\n"
            "AFTERNOON SESSION\n\nMrs. ROE. The subcommittee will resume. " + P2 + "\n"
            "Mr. DOE. We heard that before, Madam Chair.")
    assert body_text(text).endswith("We heard that before, Madam Chair.")


# ---------------------------------------------------------------------------------------------------------------
# 2. parenthesised note numbers glued to sentence ends
NOTE_HEAD = ("Research Note\nNo. 77\n\nExample Parliamentary Library\n\nCoast Guard Cooperation: Background and Issues\n\n"
             "Foreign Affairs Division\nHanako Sato\n\nSUMMARY\n● Cooperation has grown from dialogue to joint drills.\n"
             "● The non-governmental framework constrains its form.\n\n1. Introduction\n")


@pytest.mark.parametrize("mark", ["(1)", "(12)", "(3)(4)", " (5)"])
def test_paragraphs_ending_on_parenthesised_note_numbers_are_prose(mark):
    first = P1.replace("joint exercises at sea.", "joint exercises at sea." + mark)
    text = (NOTE_HEAD + first + "\n" + P2.replace("in the strait.", "in the strait.(2)") + "\n\n- 2 -\n\n"
            "2. From dialogue to drills\n" + P3.replace("normalised relations.", "normalised relations.(6)") + "\n"
            "Debate in the legislature has followed. Members asked the government whether a hotline was possible.(7)\n\n"
            "Notes\n(1) Joint Communique, 29 September 1972.\n(2) Example Association press release, 2016.\n")
    body = body_text(text)
    assert body.startswith("Japan and Taiwan have no formal diplomatic ties")
    assert body.endswith("whether a hotline was possible.(7)")


# ---------------------------------------------------------------------------------------------------------------
# 3. an agency sign-off after the last sentence
NEWS_HEAD = "Home | World | Asia\n\nJapan voices concern over Taiwan vote\n\nDecember 31, 2003\n\n"


@pytest.mark.parametrize("signoff", [" — VNA/Xinhua", " – AFP", " —Kyodo", " -- AP/Reuters", " — PTI", " — KUNA, AFP"])
def test_agency_signoff_after_the_last_sentence_lies_outside(signoff):
    last = "Taiwan's referendum law was passed by the island's legislature in November."
    text = (NEWS_HEAD + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + last + signoff +
            "\n\nRelated news\n- Tokyo and Taipei sign fisheries pact (10/04/2013)\n- New office opens (01/01/2017)\n\n"
            "© Copyright by Example News. All rights reserved.\n")
    assert body_text(text).endswith(last)


def test_a_quoted_speaker_after_a_dash_is_not_an_agency():
    # the op-ed's closing line quotes a person after a dash: no agency, so the line stays what it was (not prose)
    text = (NEWS_HEAD + P1 + "\n\n" + P2 + "\n\n" + P3 + '\n\n"Peace in the strait is everyone\'s business." — Lai Ching-te\n\n'
            "© Copyright by Example News. All rights reserved.\n")
    assert body_text(text).endswith("normalised relations.")


# ---------------------------------------------------------------------------------------------------------------
# 4. a bulletin's summary paragraph under the author, over the first run-in heading
BULLETIN_HEAD = ("EXAMPLE INSTITUTE OF INTERNATIONAL AFFAIRS\n\nBULLETIN\nNo. 88 (1204), 3 May 2024\n\n"
                 "Editors: Jan Nowak . Anna Kowalska (Managing Editor)\n\n"
                 "Japan and the Strait: Tokyo's Taiwan Policy After the Election\n\nJan Nowak\n\n")
SUMMARY = ("In April Japan's coast guard held its first joint drill with Taiwan, and the new government has signalled "
           "that it will not retreat from its predecessor's line. For Europe, Japan's choices show how far the region's "
           "democracies are willing to go.")


@pytest.mark.parametrize("heading", ["From Symbolism to Presence.", "A Quiet Step.", "Background and Context.",
                                     "The Coast Guards Meet."])
def test_bulletin_summary_over_a_run_in_heading_lies_outside(heading):
    lead = "On 18 April the two coast guards held a search-and-rescue drill off Yonaguni."
    text = (BULLETIN_HEAD + SUMMARY + "\n\n" + heading + " " + lead + " " + P2 + "\n" + P3 + "\n\n"
            "Parliamentarians Lead. " + P1 + "\n\nConclusions. " + P2 + "\n\n"
            "1 Japan Coast Guard, press release, 19 April 2024.\n\nul. Example 1, 00-950 Warszawa . www.example.pl\n")
    assert body_text(text, author="Jan Nowak").startswith(lead)


def test_news_lead_over_an_ordinary_paragraph_stays():
    # a news story's lead under the byline, followed by an ordinary paragraph: the lead is the article's
    text = ("Japan and Taiwan hold first coast guard drill\n\nBy Jan Nowak\n\n" + SUMMARY + "\n\n"
            "Prime Minister Ishiba said on Friday that the drill was routine. " + P2 + "\n\n" + P3 + "\n")
    assert body_text(text, author="Jan Nowak").startswith(SUMMARY)
