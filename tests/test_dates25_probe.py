"""dates25 probe: acts inside quotations (the state's act in its official's quoted words, the speaker's own act),
anaphoric anchors counted from the act they name, and participants of a dated meeting named in a later sentence;
with texts where the date must NOT carry. Expected values are written from GUIDELINES (Dates: reported perfects,
'Acts around a dated occasion', 'X came N after'), not from the extractor. Own wording throughout.
Each case: (mechanism, text, trigger word, published, expected)."""
from datetime import date

import pytest

from tests.test_dates20_probe import UNKNOWN, dated, day

FRI = date(2024, 6, 14)      # a Friday: Monday 10, Tuesday 11, Wednesday 12, Thursday 13

OCCASION = "Japan's defence minister toured Yonaguni island on Wednesday. "
SAME_DAY = "Japan's defence minister toured Yonaguni island on Thursday. "
BRIEFING = ("At a regular briefing on Thursday, Chinese foreign ministry spokesman Lin Wei said Beijing was "
            "\"deeply dissatisfied\" with the trip. ")

CASES = [
    # --- the speaker's state's act in the speaker's quoted words: from the occasion to the saying (reported perfect)
    ("quote", OCCASION + BRIEFING + "\"China has lodged stern representations with the Japanese side,\" Lin said.",
     "representations", FRI, UNKNOWN),      # spans from the occasion: left unknown like the gold (h13 v02)
    ("quote", SAME_DAY + BRIEFING + "\"China has lodged stern representations with the Japanese side,\" Lin said.",
     "representations", FRI, day(2024, 6, 13)),
    ("quote", SAME_DAY + BRIEFING + "\"Beijing has made solemn protests to Tokyo through diplomatic channels and "
     "reserves the right to respond further,\" he said.", "protests", FRI, day(2024, 6, 13)),
    pytest.param("quote", "Manila's coast guard said a Chinese vessel rammed one of its boats on Monday. Speaking to reporters "
     "on Monday, Philippine foreign ministry spokeswoman Ana Cruz said the ramming was unacceptable. \"The "
     "Philippines has filed a diplomatic protest with China,\" Cruz said.", "protest", FRI, day(2024, 6, 10),
     marks=pytest.mark.xfail(strict=True, reason="open: 'Philippine foreign ministry' names no registry body, so the speaker's state is unknown")),
    ("quote", SAME_DAY + "\"China has lodged stern representations with the Japanese side,\" Lin Wei, a Chinese "
     "foreign ministry spokesman, told a regular briefing on Thursday.", "representations", FRI, day(2024, 6, 13)),
    # the speaker's own verbal act in the quoted words goes on with the dated saying
    ("quote", SAME_DAY + BRIEFING + "\"We urge Japan to stop hyping up tension in the region,\" Lin said.",
     "urge", FRI, day(2024, 6, 13)),
    # must not carry: no dated saying, no dated occasion, another state's act, the quote's own time
    ("quote not", "\"China has lodged stern representations with the Japanese side,\" a Chinese diplomat said.",
     "representations", FRI, UNKNOWN),
    ("quote not", BRIEFING + "\"China has lodged stern representations with the Japanese side,\" Lin said.",
     "representations", FRI, UNKNOWN),
    ("quote not", SAME_DAY + BRIEFING + "\"Japan has sent warships through the strait again and again,\" Lin said.",
     "sent", FRI, UNKNOWN),
    ("quote not", SAME_DAY + BRIEFING + "\"China lodged representations with Tokyo last month,\" Lin said.",
     "representations", FRI, (date(2024, 5, 1), date(2024, 5, 31), "month")),
    ("quote not", "Japan's defence minister toured Yonaguni island in March. " + BRIEFING
     + "\"China has lodged stern representations with the Japanese side,\" Lin said.", "representations", FRI, UNKNOWN),
    ("quote not", SAME_DAY + "Chinese foreign ministry spokesman Lin Wei has often criticised such trips. \"China has "
     "lodged stern representations with the Japanese side,\" Lin said.", "representations", FRI, UNKNOWN),
    # --- anaphoric anchors: counted from the act the phrase names
    ("anaphor", "Japan's parliament passed the security bills on May 30, 2024. China's protest came the following day.",
     "protest", None, day(2024, 5, 31)),
    pytest.param("anaphor", "Japan's prime minister made the remark in parliament on May 27, 2024. A week after the remark, "
     "Beijing summoned Japan's ambassador.", "summoned", None, day(2024, 6, 3),
     marks=pytest.mark.xfail(strict=True, reason="open: a count from a noun ('a week after the remark') with no time in its phrase: 1 case in 21 sets")),
    ("anaphor", "On May 6, 2024, Japan's cabinet decided to allow the export of patrol ships to Manila. Manila "
     "welcomed the decision the next day.", "welcomed", None, day(2024, 5, 7)),
    pytest.param("anaphor", "The joint exercise opened off Luzon on June 3, 2024 and ran for five days. On the first day, two "
     "Chinese warships shadowed the fleet.", "shadowed", None, day(2024, 6, 3),
     marks=pytest.mark.xfail(strict=True, reason="open: 'on the first day' of a dated period")),
    ("anaphor not", "Japan's parliament passed the security bills on May 30, 2024. China's protest came days later.",
     "protest", None, UNKNOWN),
    ("anaphor not", "Japan's prime minister made the remark in parliament on May 27, 2024. Weeks after the remark, "
     "Beijing summoned Japan's ambassador.", "summoned", None, UNKNOWN),
    # --- participants of a dated meeting named in a later sentence
    ("participants", "Japan's foreign minister Yoko Kamikawa met Philippine foreign secretary Enrique Manalo in "
     "Manila on Monday. Manalo thanked Kamikawa for Japan's support.", "thanked", FRI, day(2024, 6, 10)),
    ("participants", "Japan's foreign minister Yoko Kamikawa met Philippine foreign secretary Enrique Manalo in "
     "Manila on Monday. Kamikawa pressed Manalo to deepen coast guard ties.", "pressed", FRI, day(2024, 6, 10)),
    ("participants not", "Japan's foreign minister Yoko Kamikawa met Philippine foreign secretary Enrique Manalo in "
     "Manila on Monday. Beijing criticised the meeting.", "criticised", FRI, UNKNOWN),
    ("participants not", "Japan's foreign minister Yoko Kamikawa met Philippine foreign secretary Enrique Manalo in "
     "Manila on Monday. In April, Manalo had urged Japan to send more patrol ships.", "urged", FRI,
     (date(2024, 4, 1), date(2024, 4, 30), "month")),
    # --- transcript-like turns: the speaker's act on the briefing's day is left to briefing_days (not probed here)
    ("quote", SAME_DAY + BRIEFING + "\"The Chinese side has conveyed its grave concern to Japan,\" Lin added.",
     "conveyed", FRI, day(2024, 6, 13)),
    ("quote not", SAME_DAY + "At a seminar on Thursday, Chinese scholar Wu Xin said the trip was a provocation. "
     "\"China has lodged stern representations with the Japanese side,\" Wu said.", "representations", FRI, UNKNOWN),
    ("quote", SAME_DAY + BRIEFING + "\"China has firmly opposed the trip and has lodged stern representations,\" "
     "Lin told reporters.", "representations", FRI, day(2024, 6, 13)),
]


@pytest.mark.parametrize("mechanism, text, word, published, expected", CASES)
def test_probe(seed_extractor, mechanism, text, word, published, expected):
    assert dated(seed_extractor, text, word, published) == expected
