"""dates8: months and years counted from the narrative's last named time ('The same month, ...', 'that year',
'the following year', 'the same day' after a month), and 'the next year' no longer read against publication.
Own example sentences."""
from datetime import date

import pytest

from pipeline.extract.anaphoric_periods import anaphoric_period, same_day_in_period
from pipeline.extract.dates import find_time_expressions
from tests.test_dates7 import dated  # the shared helper: an event's (start, end, precision) by its trigger

PUBLISHED = date(2024, 6, 14)


def anchor(text):
    return find_time_expressions(text, published=PUBLISHED)[0]


@pytest.mark.parametrize("text, anchor_text, expected", [
    ("The same month, Seoul summoned the envoy.", "in March 2019", (date(2019, 3, 1), date(2019, 3, 31), "month")),
    ("Hanoi protested that month.", "on March 5, 2019", (date(2019, 3, 1), date(2019, 3, 31), "month")),
    ("later that year", "in March 2019", (date(2019, 1, 1), date(2019, 12, 31), "year")),
    ("the following year", "in 2019", (date(2020, 1, 1), date(2020, 12, 31), "year")),
    ("a year later", "on March 5, 2019", (date(2020, 1, 1), date(2020, 12, 31), "year")),
    ("the previous month", "in January 2020", (date(2019, 12, 1), date(2019, 12, 31), "month")),
    ("the next month", "in December 2020", (date(2021, 1, 1), date(2021, 1, 31), "month")),
])
def test_periods(text, anchor_text, expected):
    t = anaphoric_period(text, anchor(anchor_text))
    assert (t.date_start, t.date_end, t.precision) == expected


@pytest.mark.parametrize("text, anchor_text", [
    ("that month", "in 2019"),               # the anchor is coarser than the unit: the month is not known
    ("that year's budget", "in 2019"),       # a possessive, no anaphor
    ("in the same year as Japan", "in 2019"),  # a comparison
    ("that month", "between 2019 and 2021"),  # no anchor at all
])
def test_no_period(text, anchor_text):
    times = find_time_expressions(anchor_text, published=PUBLISHED)
    assert anaphoric_period(text, times[0] if times else None) is None


def test_same_day_after_a_month():
    t = same_day_in_period("Manila lodged a protest the same day.", anchor("in August 2022"))
    assert (t.date_start, t.date_end, t.precision) == (date(2022, 8, 1), date(2022, 8, 31), "month")
    assert same_day_in_period("Manila lodged a protest the same day.", anchor("on August 3, 2022")) is None


@pytest.mark.parametrize("text", ["the next year", "the last month", "The next week"])
def test_the_next_is_not_relative_to_publication(text):
    assert find_time_expressions(f"Tokyo protested {text}.", published=PUBLISHED) == []




@pytest.mark.parametrize("text, trigger, expected", [
    ("In December 2021, China's foreign ministry warned Japan over its remarks. The same month, South Korea's "
     "foreign ministry summoned the Japanese ambassador.", "summoned", (date(2021, 12, 1), date(2021, 12, 31), "month")),
    ("The Philippines signed the pact with Japan in July 2023. Beijing protested that month, calling the pact a "
     "threat.", "protested", (date(2023, 7, 1), date(2023, 7, 31), "month")),
    ("Taiwan applied to join the trade pact in 2021. Japan rejected the application the following year.", "rejected",
     (date(2022, 1, 1), date(2022, 12, 31), "year")),
    ("When Chinese missiles landed in Japan's exclusive economic zone in August 2022, the mood changed. The Japanese "
     "government lodged a protest with Beijing the same day.", "protest", (date(2022, 8, 1), date(2022, 8, 31), "month")),
    # an anchor only known to its year does not fix a month
    ("In 2019, Vietnam hosted the talks. The same month, China protested to Hanoi.", "protested", (None, None, "unknown")),
    # a plan after publication is not a narrated period
    ("Manila will host the summit in 2030. The same year, China criticized the plan.", "criticized", (None, None, "unknown")),
])
def test_sentence_periods(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


def test_period_start_is_an_anchor(seed_extractor):
    # 'since April, when ...' names April as the time of the when-clause's act; 'the same month' refers back to it
    text = ("Ties between Hanoi and Beijing have been tense since April, when Vietnam's president criticized the "
            "drills. China's foreign ministry summoned Vietnam's ambassador the same month.")
    assert dated(seed_extractor, text, "summoned") == (date(2024, 4, 1), date(2024, 4, 30), "month")


def test_reporting_verb_period(seed_extractor):
    # a verbal act read from a reporting verb ('responded ... that "..."') takes the period too
    text = ('Manila and Beijing have clashed since March, when Philippine troops resupplied the shoal. '
            'Chinese Foreign Minister Wang Yi responded the same month that "those who play with fire will get burned."')
    assert dated(seed_extractor, text, "responded") == (date(2024, 3, 1), date(2024, 3, 31), "month")
