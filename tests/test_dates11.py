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
    ("Canberra on 21 March 2023 condemned the missile launch.", "condemned", (D(2023, 3, 21), D(2023, 3, 21), "day")),
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


@pytest.mark.parametrize("text, trigger, expected", [
    # the last day named before is the act the report answers: from it to the saying
    ("China's coast guard ships entered Japanese waters off the Senkaku Islands on Monday. Japan's Foreign Ministry "
     "said on Wednesday that it had lodged a protest with Beijing.", "lodged", (D(2024, 6, 10), D(2024, 6, 12), "range")),
    ("North Korea fired a ballistic missile on Tuesday. Seoul said on Wednesday that it had lodged a protest with "
     "Pyongyang.", "lodged", (D(2024, 6, 11), D(2024, 6, 12), "range")),
    ("North Korea fired a ballistic missile on Tuesday. South Korea said on Wednesday that it had urged Pyongyang to "
     "stop its provocations.", "urged", (D(2024, 6, 11), D(2024, 6, 12), "range")),
])
def test_reported_perfect_occasion(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, occasion", [
    # a material act reported in the past perfect may precede what the narrative named last, or be it: no span
    # is drawn from that day
    ("China launched large-scale drills around Taiwan on Monday. Taiwan's defence ministry said on Wednesday that it "
     "had dispatched warships to monitor the drills.", "dispatched", D(2024, 6, 10)),
    ("Japan's defence chief visited Manila on Monday. The Philippine defence ministry said on Wednesday that Manila "
     "had agreed to expand joint drills.", "agreed", D(2024, 6, 10)),
    ("The ships were spotted on Tuesday. The coast guard said on Thursday that its aircraft had tracked the flotilla "
     "near Yonaguni.", "tracked", D(2024, 6, 11)),
])
def test_material_perfect_not_spanned_from_occasion(seed_extractor, text, trigger, occasion):
    from tests.test_predicates import events
    found = [c for c in events(seed_extractor, text) if trigger in (c["trigger"] or "")]
    assert all(c["date_start"] != occasion or c["date_precision"] != "range" for c in found), found
