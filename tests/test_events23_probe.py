"""Event round events23 probe: one act reported twice in an article is one row (a lead and a detail sentence, an
official and the state or body they speak for, 'the ministry said ... its spokesperson added'); two acts of one type
on two occasions stay two rows; a quoted prescription is no SUPPORT whichever side of the reporting verb it stands on;
generic policy lines are no event (GUIDELINES: Events). Own wording, text in -> event rows (after clustering) out."""
from datetime import date

import pytest

from tests.probe_helpers import event_rows

PUBLISHED = date(2025, 6, 13)   # a Friday


def rows(extractor, text):
    return event_rows(extractor, text, PUBLISHED)


def count(extractor, text, plover):
    return sum(1 for r in rows(extractor, text) if r["event_type"] == plover)


ONE_ACT = [
    ("Japan's Foreign Ministry lodged a protest with Beijing on Tuesday over the survey ship. Tokyo protested the "
     "ship's presence through diplomatic channels, the ministry said.", "ACCUSE"),
    ("Chinese Foreign Ministry spokesperson Lin Jian on Monday condemned the lawmakers' trip to Taipei. Beijing "
     "strongly condemned the trip, Lin said.", "ACCUSE"),
    pytest.param("China's Taiwan Affairs Office criticised the Japanese delegation on Wednesday. Its spokesperson "
                 "Zhu Fenglian added that the visit was a provocation.", "ACCUSE",
                 marks=pytest.mark.xfail(reason="a body and its spokesperson: no affiliation in the registry", strict=True)),
    ("Prime Minister Shigeru Ishiba held talks with President Lai Ching-te's envoy in Tokyo on Friday. During the "
     "meeting, the two discussed maritime security.", "CONSULT"),
    ("Tsai Ing-wen met Japanese lawmaker Keiji Furuya in Taipei on Thursday. At the meeting, Tsai thanked Japan for "
     "its support.", "CONSULT"),
    ("Lai Ching-te called on Japan on Monday to join a regional security dialogue. Lai urged Tokyo to hold talks on "
     "maritime security, the Presidential Office said.", "REQUEST"),
    ("The Chinese Defense Ministry on Thursday condemned Japan's annual defence white paper. China firmly opposes "
     "the document, the ministry said.", "ACCUSE"),
    ("Japan protested on Wednesday after Chinese coast guard ships entered its territorial waters. Chief Cabinet "
     "Secretary Yoshimasa Hayashi said Tokyo had lodged a strong protest with Beijing on Wednesday.", "ACCUSE"),
]


@pytest.mark.parametrize("text, plover", ONE_ACT)
def test_one_act_reported_twice_is_one_row(seed_extractor, text, plover):
    assert count(seed_extractor, text, plover) == 1


TWO_ACTS = [
    ("Kishida spoke by phone with Joe Biden on Monday. Kishida spoke by phone with Joe Biden again on Thursday.",
     "CONSULT"),
    ("Frank Hsieh met Yoshimasa Hayashi in Tokyo on March 3. Frank Hsieh met Yoshimasa Hayashi again in Taipei on "
     "March 17.", "CONSULT"),
    ("China protested the visit on Monday. On Friday, China protested again after a second delegation landed.",
     "ACCUSE"),
    ("Chinese Foreign Ministry spokesperson Mao Ning condemned the lawmakers' trip on Tuesday. In March, the "
     "Chinese Defense Ministry criticised Japan's new security strategy.", "ACCUSE"),
]


@pytest.mark.parametrize("text, plover", TWO_ACTS)
def test_two_acts_stay_two_rows(seed_extractor, text, plover):
    assert count(seed_extractor, text, plover) == 2


PRESCRIPTIONS = [
    '"Japan and Taiwan should expand their cooperation on security," Foreign Minister Yoshimasa Hayashi said on Tuesday.',
    'Foreign Minister Yoshimasa Hayashi said on Tuesday that Japan and Taiwan should expand their cooperation on security.',
    '"Tokyo ought to stand firmly behind Taipei," lawmaker Keiji Furuya told reporters on Monday.',
    'Lawmaker Keiji Furuya told reporters on Monday that Tokyo ought to stand firmly behind Taipei.',
    '"Japan must support Taiwan\'s bid to join the trade pact," former defence minister Itsunori Onodera said on Sunday.',
    '"Japan should back Taiwan\'s participation in the WHO," Chief Cabinet Secretary Yoshimasa Hayashi said.',
    # a speaker the document gives no office: the quoted clause's modal before the reporting verb
    'Grant Newsham spoke at the forum on Monday. "Japan must stand openly with Taiwan against Chinese pressure," he said.',
    '"The government should back Taiwan\'s bid to join the trade pact," Grant Newsham told the panel on Tuesday.',
    '"We must defend Taiwan\'s democracy together with our partners," Grant Newsham said on Friday.',
    'Grant Newsham said on Monday that Japan should stand openly with Taiwan against Chinese pressure.',
]


@pytest.mark.parametrize("text", PRESCRIPTIONS)
def test_a_quoted_prescription_is_no_support(seed_extractor, text):
    assert count(seed_extractor, text, "SUPPORT") == 0


@pytest.mark.parametrize("text", [
    '"Japan firmly supports Taiwan\'s participation in the World Health Assembly," Foreign Minister Yoshimasa Hayashi said on Tuesday.',
    'Foreign Minister Yoshimasa Hayashi said on Tuesday that Japan firmly supports Taiwan\'s participation in the World Health Assembly.',
])
def test_a_stated_support_stays(seed_extractor, text):
    assert count(seed_extractor, text, "SUPPORT") >= 1


GENERIC = [
    "Japan maintains only unofficial working-level relations with Taiwan.",
    "Beijing regularly sends warplanes into Taiwan's air defense identification zone.",
    "Tokyo has long supported Taiwan's observer status at the World Health Assembly.",
    "China considers Taiwan part of its territory and has never ruled out the use of force.",
    "Japan's policy is to seek a peaceful resolution of cross-strait issues through dialogue.",
    "Taipei and Tokyo have cooperated on disaster relief for decades.",
    "China routinely criticises foreign lawmakers who visit the island.",
]


@pytest.mark.parametrize("text", GENERIC)
def test_a_generic_policy_line_is_no_event(seed_extractor, text):
    assert rows(seed_extractor, text) == []
