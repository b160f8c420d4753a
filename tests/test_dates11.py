"""dates11: a time adverbial between a subject and its verb ('Japan late Tuesday lodged a protest', 'The ministry on
the 3rd summoned ...', 'China this month imposed sanctions') leaves the subject its act, dated by the adverbial.
Own example sentences in the style of wire reporting (published on a Friday, 14 June 2024)."""
from datetime import date

import pytest

from tests.test_dates7 import dated  # an event's (start, end, precision) by its trigger

D = date


@pytest.mark.parametrize("text, trigger, expected", [
    ("Japan late Tuesday lodged a protest with China over the incursion.", "lodged",
     (D(2024, 6, 11), D(2024, 6, 11), "day")),
    ("Beijing early Wednesday announced sanctions on three US defence firms.", "sanctions",
     (D(2024, 6, 12), D(2024, 6, 12), "day")),
    ("Seoul late on Thursday summoned Japan's ambassador.", "summoned", (D(2024, 6, 13), D(2024, 6, 13), "day")),
    ("Japan on the 3rd lodged a protest with China over the buoy.", "lodged", (D(2024, 6, 3), D(2024, 6, 3), "day")),
    ("Prime Minister Fumio Kishida on the 5th met President Joe Biden in Washington.", "met",
     (D(2024, 6, 5), D(2024, 6, 5), "day")),
    ("Manila on the 12th protested to Beijing over the water cannon attack.", "protested",
     (D(2024, 6, 12), D(2024, 6, 12), "day")),
    ("Japan earlier this week lodged a protest with China over the incursion.", "lodged",
     (D(2024, 6, 10), D(2024, 6, 13), "range")),
    ("China earlier this month imposed sanctions on Japanese lawmakers.", "imposed",
     (D(2024, 6, 1), D(2024, 6, 13), "range")),
    ("Taiwan's defence ministry on June 3 condemned the Chinese drills.", "condemned", (D(2024, 6, 3), D(2024, 6, 3), "day")),
    ("Japan's Foreign Ministry on Monday summoned China's ambassador.", "summoned", (D(2024, 6, 10), D(2024, 6, 10), "day")),
    ("Australia this morning condemned the missile launch.", "condemned", (D(2024, 6, 14), D(2024, 6, 14), "day")),
])
def test_time_adverbial_between_subject_and_verb(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    ("This week lodged protests were counted by the ministry.", "lodged"),  # no subject before the adverbial
    ("The proposed dialogue stalled.", "proposed"),                          # a determiner before a participle
])
def test_no_act_without_a_subject(seed_extractor, text, trigger):
    from tests.test_predicates import events
    assert not [c for c in events(seed_extractor, text) if trigger in (c["trigger"] or "")]
