"""dates9: anaphoric periods and days refuse where their anchor is not certain (dates are never guessed): the
sentence they count from names times that disagree, the count is hedged or a duration, 'a year before the vote' /
'the day before the vote' count from another event, and a period's start ('the first since 2016') is no narrated
time. Own example sentences."""
from datetime import date

import pytest

from pipeline.extract.anaphoric_periods import anaphoric_period, hull, narrated_time
from pipeline.extract.dates import anaphoric_day, find_time_expressions
from tests.test_dates7 import dated  # the shared helper: an event's (start, end, precision) by its trigger

PUBLISHED = date(2024, 6, 14)
UNKNOWN = (None, None, "unknown")


def times(text):
    return find_time_expressions(text, published=PUBLISHED)


@pytest.mark.parametrize("anchor_text, expected", [
    ("on March 5, 2019, in March 2019", (date(2019, 3, 1), date(2019, 3, 31), "month")),  # nested: the holder
    ("in 2019, in March 2019", (date(2019, 1, 1), date(2019, 12, 31), "year")),             # the coarser contains it
    ("in March 2021, over a 2020 incident", (date(2020, 1, 1), date(2021, 3, 31), "range")),  # no one year
    ("in April 2023 ... in May 2023", (date(2023, 4, 1), date(2023, 5, 31), "range")),
])
def test_hull(anchor_text, expected):
    t = hull(times(anchor_text))
    assert (t.date_start, t.date_end, t.precision) == expected


@pytest.mark.parametrize("text, anchor_text, expected", [
    ("the following year", "in March 2021, over a 2020 incident", None),      # 2021 or 2020: not settled
    ("that month", "in April 2023 ... in May 2023", None),
    ("the same month", "on March 5, 2019, in March 2019", (date(2019, 3, 1), date(2019, 3, 31), "month")),
    ("the following year", "in 2019, in March 2019", (date(2020, 1, 1), date(2020, 12, 31), "year")),
    ("the same month", "in 2019, in March 2019", None),
])
def test_periods_from_several_times(text, anchor_text, expected):
    t = anaphoric_period(text, hull(times(anchor_text)))
    assert (t and (t.date_start, t.date_end, t.precision)) == expected


@pytest.mark.parametrize("text", [
    "Beijing protested nearly a year later.",
    "More than a year later, Seoul summoned the envoy.",
    "Tokyo will expand the aid over the next year.",
    "Manila signed the deal within the following month.",
    "Hanoi condemned the drills a year before the election.",
    "Canberra protested about a month later.",
])
def test_uncertain_counts(text):
    assert anaphoric_period(text, times("in March 2019")[0]) is None


@pytest.mark.parametrize("text, expected", [
    ("A year later, Seoul summoned the envoy.", (date(2020, 1, 1), date(2020, 12, 31), "year")),
    ("Hanoi had protested a year before.", (date(2018, 1, 1), date(2018, 12, 31), "year")),
    ("During the following month, Manila held talks.", (date(2019, 4, 1), date(2019, 4, 30), "month")),
])
def test_certain_counts(text, expected):
    t = anaphoric_period(text, times("in March 2019")[0])
    assert (t.date_start, t.date_end, t.precision) == expected


@pytest.mark.parametrize("text, expected", [
    ("Seoul protested the day before the vote.", None),
    ("Seoul protested the day after Tokyo's announcement.", None),
    ("The day before, Seoul protested.", date(2019, 3, 4)),
    ("Seoul protested the day after.", date(2019, 3, 6)),
])
def test_day_counted_from_another_event(text, expected):
    t = anaphoric_day(text, times("on March 5, 2019")[0])
    assert (t and t.date_start) == expected


@pytest.mark.parametrize("text, expected", [
    ("It was the first such visit since 2016.", None),                   # a period's start is no narrated time
    ("Ties have been tense since April, when the ships collided.", (date(2024, 4, 1), date(2024, 4, 30), "month")),
    ("Japan has protested every year since 2012, according to the ministry.", None),
])
def test_period_start_anchor(text, expected):
    t = narrated_time(times(text), PUBLISHED, text=text)
    assert (t and (t.date_start, t.date_end, t.precision)) == expected




@pytest.mark.parametrize("text, trigger, expected", [
    ("In March 2021, Japan summoned the Chinese ambassador over an incident in 2020. The following year, Tokyo "
     "protested again.", "protested", UNKNOWN),
    ("Taiwan's president visited Guatemala in April 2023, according to a report published in June 2024. China "
     "condemned the trip that month.", "condemned", UNKNOWN),
    ("In July 2023, Manila signed a defence pact with Tokyo. Beijing protested nearly a year later.", "protested",
     UNKNOWN),
    ("Japan summoned the envoy in 2022. It was the first such summons since 2016. The following year, Beijing "
     "retaliated by sanctioning Japanese firms.", "retaliated", (date(2023, 1, 1), date(2023, 12, 31), "year")),
    ("On May 3, Japan and the Philippines signed a pact. China condemned the pact the day before the election.",
     "condemned", UNKNOWN),
    ("China sent ships near the islands in September 2012. The same month, Japan lodged a protest. The following "
     "month, China rejected the protest.", "rejected", (date(2012, 10, 1), date(2012, 10, 31), "month")),
])
def test_sentences(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected
