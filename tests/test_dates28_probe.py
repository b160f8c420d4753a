"""dates28 probe: the actor and speaker day memory ends when the narrative moves on without an explicit time: an act
dated by an anaphoric day ('The next day, Xue wrote ...'), or another actor's undated act in between ('Beijing demanded
that she retract the remark. She refused.'). GUIDELINES, Dates, 'Acts around a dated occasion': an actor continuing a
dated occasion takes its date only while 'no other time or occasion [is] named in between'. Also the cases that must
keep their date (the same actor going on, an act in the perfect or in someone's words in between, the anaphoric day's
own actor), and an act in a subordinate clause of reported words ('told ... on Friday that ... because ... when Japan
renounced ...'), which the saying's time does not date; 'on the day <clause>' ('On the day the bills passed'),
a back-reference to the dated occasion. Expected values are written from GUIDELINES, not from the extractor. Own wording.
Each case: (mechanism, text, trigger word, published, expected)."""
from datetime import date

import pytest

from tests.test_dates20_probe import UNKNOWN, dated, day

FRI = date(2024, 6, 14)      # a Friday: Monday 10, Tuesday 11, Wednesday 12, Thursday 13
FEB = date(2026, 2, 11)

CASES = [
    # --- an anaphoric day moves the narrative: an actor named on the earlier day no longer goes on with it
    ("anaphoric day", "On November 7, Prime Minister Sanae Takaichi told the Diet that a blockade of Taiwan could be a "
     "\"survival-threatening situation\" for Japan. The next day, China's consul general in Osaka, Xue Jian, wrote on "
     "social media that \"the dirty neck that sticks itself in must be cut off.\" Tokyo protested and demanded that "
     "Beijing take appropriate action.", "protested", FEB, UNKNOWN),
    ("anaphoric day", "On Monday, Japanese Foreign Minister Yoko Kamikawa met Philippine officials in Manila to discuss "
     "Japan's coast guard aid. Two days later, Chinese coast guard ships fired water cannon at a Philippine supply boat. "
     "Japan condemned the attack.", "condemned", FRI, UNKNOWN),
    ("anaphoric day", "Taiwan's foreign ministry welcomed the Japanese lawmakers' visit on Monday, saying it showed "
     "Japan's support. The following day, the Chinese embassy in Tokyo accused the lawmakers of colluding with "
     "separatists. Taiwan's foreign ministry thanked the lawmakers again.", "thanked", FRI, UNKNOWN),
    # --- another actor's undated act in between is another occasion
    ("other act", "On November 7 last year, Prime Minister Sanae Takaichi told the Diet that a Chinese naval blockade "
     "of Taiwan could constitute a \"survival-threatening situation\" for Japan. Beijing demanded that she retract "
     "the remark. She refused.", "refused", date(2026, 1, 20), UNKNOWN),
    ("other act", "On Tuesday, Defense Minister Minoru Kihara visited Yonaguni and inspected the missile unit there. "
     "China's foreign ministry condemned the trip. Kihara called on Beijing to halt its military pressure.", "called on",
     FRI, UNKNOWN),
    ("other act", "Philippine President Ferdinand Marcos met Japanese Prime Minister Fumio Kishida in Tokyo on "
     "Wednesday. Beijing summoned the Philippine ambassador. Marcos thanked Japan for its support.", "thanked", FRI,
     UNKNOWN),
    # --- must keep the day: the same actor going on, nothing else in between
    ("keeps", "On Monday, Chinese Foreign Minister Wang Yi met Japanese lawmakers in Beijing. Wang warned Tokyo "
     "against interfering in Taiwan.", "warned", FRI, day(2024, 6, 10)),
    ("keeps", "On Tuesday, Defense Minister Minoru Kihara visited Yonaguni and inspected the missile unit there. "
     "Kihara called on Beijing to halt its military pressure.", "called on", FRI, day(2024, 6, 11)),
    # the anaphoric day's own actor goes on with it
    ("keeps", "Chinese coast guard ships entered Japanese waters near the Senkakus on Monday. The next day, Japan "
     "lodged a protest with Beijing. Japan also summoned China's ambassador.", "summoned", FRI, day(2024, 6, 11)),
    # an act in the perfect names no occasion in between
    ("keeps", "On Tuesday, Defense Minister Minoru Kihara visited Yonaguni and inspected the missile unit there. "
     "China has protested such visits. Kihara called on Beijing to halt its military pressure.", "called on", FRI,
     day(2024, 6, 11)),
    # an act reported inside the speaker's own words is no occasion narrated in between
    ("keeps", "On Monday, Foreign Ministry spokesperson Lin Jian expressed \"strong dissatisfaction\" with the "
     "statement. He said China had lodged stern representations with both countries and urged them to stop "
     "interfering. \"Taiwan is China's Taiwan, and we firmly oppose any interference,\" Lin said.", "oppose", FRI,
     day(2024, 6, 10)),
    # --- the saying's time does not reach an act in a subordinate clause of the reported words
    ("reported subordinate", "Former envoy Masaki Saito told an audience in Chiayi on Friday that the question remained "
     "open because Japan never said who received the island when it renounced its claim to it.", "renounced", FRI,
     UNKNOWN),
    ("reported subordinate", "Taiwan's representative Frank Hsieh told reporters in Tokyo on Wednesday that trust had "
     "grown since Japan donated vaccines to Taiwan.", "donated", FRI, UNKNOWN),
    # (the reported main clause still takes the saying's day)
    ("reported subordinate", "Kihara told reporters on Tuesday that Japan protested to China.", "protested", FRI,
     day(2024, 6, 11)),
    # --- 'on the day <clause>': an explicit back-reference to the occasion the narrative dated
    ("on the day", "Japan's parliament passed the security bills on September 19. On the day the bills passed, the "
     "People's Liberation Army held a live-fire exercise off Fujian.", "exercise", date(2015, 10, 2), day(2015, 9, 19)),
    ("on the day", "The Japan Forum for Strategic Studies opened its Taiwan crisis simulation in Tokyo on Saturday. The "
     "Chinese Embassy said on the day it opened that the event \"hyped up the so-called Taiwan contingency.\"", "said",
     date(2023, 7, 20), day(2023, 7, 15)),
    ("on the day", "Japanese lawmakers arrived in Taipei on Monday. On the day they arrived, Chinese warships sailed "
     "around the island.", "sailed", FRI, day(2024, 6, 10)),
    # (a day counted from an undated occasion is no back-reference: 'the day before the vote')
    ("on the day", "Japan's parliament passed the security bills on September 19. On the day before the vote, the "
     "People's Liberation Army held a live-fire exercise off Fujian.", "exercise", date(2015, 10, 2), UNKNOWN),
]


@pytest.mark.parametrize("mechanism, text, word, published, expected", CASES)
def test_probe(seed_extractor, mechanism, text, word, published, expected):
    assert dated(seed_extractor, text, word, published) == expected
