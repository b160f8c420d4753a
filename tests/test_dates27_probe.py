"""dates27 probe: the parties of a dated meeting going on with it under a group noun ('The two ministers agreed',
'The members also met', 'Both sides pledged'), with texts where the meeting's date must NOT carry (another subject,
'later', a time of its own, another day named in between, a perfect, a plan, a meeting the narrative left long ago).
Expected values are written from GUIDELINES (Dates: 'Acts around a dated occasion'), not from the extractor. Own
wording. Each case: (mechanism, text, trigger word, published, expected)."""
from datetime import date

import pytest

from tests.test_dates20_probe import UNKNOWN, dated, day

FRI = date(2024, 6, 14)      # a Friday: Monday 10, Tuesday 11, Wednesday 12, Thursday 13

MANILA = ("Japanese Foreign Minister Yoko Kamikawa met Philippine Foreign Secretary Enrique Manalo in Manila on "
          "Tuesday. ")
CODEL = ("A delegation of the House Foreign Affairs Committee arrived in Taipei on Wednesday. On Thursday the "
         "delegation met President Lai Ching-te at the Presidential Office. ")
TALKS = ("Australian Defence Minister Richard Marles and his Japanese counterpart Minoru Kihara held talks in "
         "Darwin on Monday. ")
LAWMAKERS = "A group of Japanese lawmakers met Taiwan's President Lai Ching-te in Taipei on Wednesday. "
FIRST = "It was the first such meeting in two years. "


def month(y, m, last):
    return (date(y, m, 1), date(y, m, last), "month")


CASES = [
    # --- a group noun of the meeting's parties goes on with the meeting
    ("parties", MANILA + "The two ministers agreed to expand coast guard cooperation.", "agreed", FRI,
     day(2024, 6, 11)),
    ("parties", MANILA + FIRST + "The two ministers agreed to expand coast guard cooperation.", "agreed", FRI,
     day(2024, 6, 11)),
    ("parties", CODEL + "Lai thanked Congress for its support. The members also met Defense Minister Wellington "
     "Koo.", "met", FRI, day(2024, 6, 13)),
    ("parties", CODEL + "Lai thanked Congress for its support and told the members that Taiwan would not bow to "
     "pressure. The members also met Defense Minister Wellington Koo and leaders of the Legislative Yuan.", "met",
     FRI, day(2024, 6, 13)),
    ("parties", LAWMAKERS + "The lawmakers also met Foreign Minister Lin Chia-lung and Premier Cho Jung-tai.", "met",
     FRI, day(2024, 6, 12)),
    ("parties", LAWMAKERS + "Lai urged Japan to deepen ties. The visiting lawmakers also met Premier Cho "
     "Jung-tai and Foreign Minister Lin Chia-lung.", "met", FRI, day(2024, 6, 12)),
    ("parties", TALKS + "Both ministers agreed to deepen intelligence sharing.", "agreed", FRI,
     day(2024, 6, 10)),
    ("parties", TALKS + "The two ministers also condemned coercion in the South China Sea.", "condemned", FRI,
     day(2024, 6, 10)),
    ("parties", MANILA + "Kamikawa raised the Taiwan Strait. The two ministers also signed a reciprocal access "
     "agreement.", "signed", FRI, day(2024, 6, 11)),
    ("parties", "Taiwan's Vice President Hsiao Bi-khim met Japanese lawmakers in Taipei on Wednesday. The "
     "lawmakers also met Foreign Minister Lin Chia-lung.", "met", FRI, day(2024, 6, 12)),
    ("parties", "Kishida met Biden at the White House on Wednesday. The two leaders agreed to upgrade their "
     "command structures.", "agreed", FRI, day(2024, 6, 12)),
    # --- must NOT carry
    ("parties not", LAWMAKERS + "Chinese state media criticised the trip. The lawmakers later met Foreign "
     "Minister Lin Chia-lung and Premier Cho Jung-tai.", "met", FRI, UNKNOWN),
    ("parties not", LAWMAKERS + "On Thursday they toured a chip plant. The lawmakers also met Foreign Minister "
     "Lin Chia-lung and Premier Cho Jung-tai.", "met", FRI, UNKNOWN),
    ("parties not", LAWMAKERS + "The lawmakers also met Foreign Minister Lin Chia-lung and Premier Cho Jung-tai "
     "in Tokyo in May.", "met", FRI, month(2024, 5, 31)),
    ("parties not", LAWMAKERS + "Premier Cho Jung-tai and Foreign Minister Lin Chia-lung met the lawmakers "
     "during their previous trip.", "met", FRI, UNKNOWN),
    ("parties not", MANILA + "China's foreign ministry criticised the meeting.", "criticised", FRI, UNKNOWN),
    ("parties not", MANILA + "The two ministers later signed a reciprocal access agreement.", "signed", FRI,
     UNKNOWN),
    ("parties not", MANILA + "On Thursday, Chinese ships blocked a resupply mission. The two ministers agreed to "
     "expand coast guard cooperation.", "agreed", FRI, UNKNOWN),
    ("parties not", MANILA + "The two ministers had agreed in March to expand coast guard cooperation.", "agreed",
     FRI, month(2024, 3, 31)),
    ("parties not", MANILA + "In March, the two ministers agreed to expand coast guard cooperation.", "agreed",
     FRI, month(2024, 3, 31)),
    ("parties not", MANILA + "The two ministers signed a defence pact in 2023.", "signed", FRI, (date(2023, 1, 1), date(2023, 12, 31), "year")),
    ("parties not", MANILA + "The two ministers have since condemned coercion repeatedly.", "condemned", FRI, UNKNOWN),
    ("parties not", MANILA + "Beijing protested. Tokyo rejected the protest. Manila said nothing. Analysts were "
     "divided. Critics spoke up. The two ministers agreed to expand coast guard cooperation.", "agreed", FRI,
     UNKNOWN),
    ("parties not", "The Chinese coast guard rammed a Philippine boat on Monday. The lawmakers also met Foreign "
     "Minister Lin Chia-lung and Premier Cho Jung-tai.", "met", FRI, UNKNOWN),
    ("parties not", TALKS + "The two ministers later condemned coercion in the South China Sea.", "condemned", FRI, UNKNOWN),
]


@pytest.mark.parametrize("mechanism, text, word, published, expected", CASES)
def test_probe(seed_extractor, mechanism, text, word, published, expected):
    assert dated(seed_extractor, text, word, published) == expected
