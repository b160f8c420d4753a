"""dates26 probe: a dated speaker going on with further acts, days counted from a month-dated act, the narrative's
last day (not a period's start, not a plan's day, but a day an anaphor moved to) and reported perfects bounded by the
speaker's own dated act; with texts where the date must NOT carry. Expected values are written from GUIDELINES
(Dates: 'Acts around a dated occasion', 'X came N after', reported perfects), not from the extractor. Own wording.
Each case: (mechanism, text, trigger word, published, expected)."""
from datetime import date

import pytest

from tests.test_dates20_probe import UNKNOWN, dated, day

FRI = date(2024, 6, 14)      # a Friday: Monday 10, Tuesday 11, Wednesday 12, Thursday 13
NOV = date(2025, 11, 18)

RALLY = "\"We will not be silenced,\" opposition leader Park Min-soo told a rally in Seoul on Tuesday. "
REMARK = ("Japan's prime minister made the remark in parliament on November 7, 2025. The next day, China's consul "
          "general in Osaka, Xue Jian, posted a threatening message online. Chief Cabinet Secretary Minoru Kihara "
          "called the post inappropriate at a news conference on November 10. ")


def month(y, m, last):
    return (date(y, m, 1), date(y, m, last), "month")


CASES = [
    # --- a speaker quoted on a dated occasion goes on acting there (the saying is a dated act)
    ("speaker", RALLY + "Park also demanded that the government publish the text of the agreement.", "demanded",
     FRI, day(2024, 6, 11)),
    ("speaker", "Philippine senator Risa Hontiveros said on Wednesday that the pact was long overdue. Hontiveros "
     "also urged Manila to seek similar deals with Australia.", "urged", FRI, day(2024, 6, 12)),
    ("speaker", "Taiwan's foreign minister Lin Chia-lung told lawmakers on Monday that the island would not be "
     "intimidated. He urged Japan to deepen coast guard cooperation.", "urged", FRI, day(2024, 6, 10)),
    ("speaker not", RALLY + "On Wednesday the ruling party dismissed the criticism. Park also demanded that the "
     "government publish the text.", "demanded", FRI, UNKNOWN),
    ("speaker not", RALLY + "South Korea's foreign ministry demanded an apology.", "demanded", FRI, UNKNOWN),
    ("speaker not", RALLY + "Park later demanded that the government publish the text of the agreement.",
     "demanded", FRI, UNKNOWN),
    ("speaker not", RALLY + "In March, Park demanded that the government publish the text of the agreement.",
     "demanded", FRI, month(2024, 3, 31)),
    ("speaker not", "\"We will not be silenced,\" opposition leader Park Min-soo said. Park also demanded that the "
     "government publish the text of the agreement.", "demanded", FRI, UNKNOWN),
    # --- a day counted from an act dated only to its month: the days the count can land on (range)
    ("month count", "In December 2021, former Japanese prime minister Shinzo Abe said a Taiwan emergency was a "
     "Japanese emergency. Taiwan's foreign minister Joseph Wu thanked him on social media the next day.", "thanked",
     FRI, (date(2021, 12, 2), date(2022, 1, 1), "range")),
    ("month count", "In March 2023, the Japan Coast Guard seized a Chinese fishing boat near the islands. Beijing "
     "lodged a protest two days later.", "protest", FRI, (date(2023, 3, 3), date(2023, 4, 2), "range")),
    ("month count", "In October 2022, Japan's defence ministry announced plans to deploy missiles on Yonaguni. The "
     "following day, Taiwan's defence ministry welcomed the plan.", "welcomed", FRI,
     (date(2022, 10, 2), date(2022, 11, 1), "range")),
    ("month count not", "In 2021, Japan's parliament passed the bill. Beijing protested the next day.", "protested",
     FRI, UNKNOWN),
    ("month count not", "In March 2023, the Japan Coast Guard seized a Chinese fishing boat near the islands. Beijing "
     "lodged a protest days later.", "protest", FRI, UNKNOWN),
    ("month count not", "In March 2023, the Japan Coast Guard seized a Chinese fishing boat near the islands. Beijing "
     "lodged a protest later.", "protest", FRI, UNKNOWN),
    # --- the narrative's last day: not a period's start, not the day a plan is set for
    ("last day", "Dozens of Taiwanese fishing boats sailed into the waters around the islands on Tuesday, the first "
     "such voyage since Japan bought three of them on September 11, 2012. The Japan Coast Guard met them the same "
     "morning with fifty patrol ships.", "met", FRI, day(2024, 6, 11)),
    ("last day", "Japan's envoy called on Taiwan's president Lai Ching-te on Monday to convey concern over a referendum "
     "set for March 20. At the meeting, Lai rejected the suggestion that the vote be postponed.", "rejected", FRI,
     day(2024, 6, 10)),
    ("last day", "The two coast guards held their first talks in Tokyo on Tuesday, a round that had been scheduled "
     "for June 3. At the meeting, Japan proposed a hotline between the two agencies.", "proposed", FRI,
     day(2024, 6, 11)),
    ("last day", "China's coast guard seized a Japanese fishing boat on May 6, 2024. The next day, Japan's foreign "
     "ministry protested. The same day, the Philippines voiced concern over the seizure.", "concern", FRI,
     day(2024, 5, 7)),
    ("last day not", "Japan bought three of the islands on September 11, 2012. The Japan Coast Guard met the boats "
     "the same morning.", "met", FRI, day(2012, 9, 11)),
    # --- "X's response came <an exact count>": X acts on the counted day, and its spokesperson goes on with it
    ("response", "American and Japanese ministers met in Washington on Saturday and issued a joint statement on the "
     "strait. Beijing's response came the following day. Chinese foreign ministry spokesman Kong Quan said that "
     "China resolutely opposes the statement. He urged Washington and Tokyo to stop meddling.", "urged", FRI,
     day(2024, 6, 9)),
    ("response not", "American and Japanese ministers met in Washington on Saturday and issued a joint statement on "
     "the strait. Beijing's response came within days. Chinese foreign ministry spokesman Kong Quan said that China "
     "resolutely opposes the statement. He urged Washington and Tokyo to stop meddling.", "urged", FRI, UNKNOWN),
    # --- a reported perfect: from the occasion answered to the day of the speaker's own dated act
    ("perfect", REMARK + "He said Japan had lodged a protest with the Chinese side.", "protest", NOV,
     (date(2025, 11, 8), date(2025, 11, 10), "range")),
    ("perfect", REMARK + "He said Japan had lodged a protest with the Chinese side and asked it to take appropriate "
     "measures.", "asked", NOV, (date(2025, 11, 8), date(2025, 11, 10), "range")),
    ("perfect", "China's coast guard rammed a Philippine supply boat on Monday. Philippine defence secretary "
     "Gilberto Teodoro condemned the ramming at a news conference on Monday. He said Manila had filed a diplomatic "
     "protest with Beijing.", "protest", FRI, day(2024, 6, 10)),
    ("perfect not", REMARK + "He said Japan had lodged a protest and Beijing rejected it.", "rejected", NOV, UNKNOWN),
    ("perfect not", "Chief Cabinet Secretary Minoru Kihara called the post inappropriate at a news conference on "
     "November 10. He said Japan had lodged a protest with the Chinese side.", "protest", NOV, UNKNOWN),
    ("perfect not", REMARK + "He said Japan had lodged a protest on November 9.", "protest", NOV,
     day(2025, 11, 9)),
    ("perfect not", REMARK + "The opposition said Japan had lodged a protest far too late.", "protest", NOV, UNKNOWN),
]


@pytest.mark.parametrize("mechanism, text, word, published, expected", CASES)
def test_probe(seed_extractor, mechanism, text, word, published, expected):
    assert dated(seed_extractor, text, word, published) == expected
