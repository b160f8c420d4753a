"""dates21: a time that names no new occasion (a noun's own time, a period's start) does not end an actor's tie to a
dated occasion (GUIDELINES, Dates, 'Acts around a dated occasion'). Own wording."""
from datetime import date

import pytest

from pipeline.extract.actor_days import actor_day, remember_days
from pipeline.extract.background_times import attributive, occasion_times
from pipeline.extract.dates import TimeRef, find_time_expressions

FRI = date(2024, 6, 14)


@pytest.mark.parametrize("text, expected", [
    ("Wang criticised the May 20 seizure of a fishing boat.", True),
    ("Japan's position remains as stated in the 1972 joint communique.", True),
    ("Japan's 2015 security laws allow collective self-defence.", True),
    ("They met on the 20 May anniversary.", True),
    ("At the 2023 summit, Kishida spoke first.", False),          # an occasion framing the acts
    ("During the 2022 drills, the PLA fired missiles.", False),
    ("Japan and China normalised ties in 1972.", False),
    ("The two sides met on May 20, 2023, in Tokyo.", False),
])
def test_attributive(text, expected):
    times = find_time_expressions(text, published=FRI)
    assert times and attributive(text, times[0]) is expected


@pytest.mark.parametrize("text, kept", [
    ("It was the first such visit since 2019.", []),
    ("Ties have been close since the two sides signed a fisheries pact in 2013.", []),
    ("Ties have been tense since last November, when Takaichi spoke in parliament.", ["last November"]),
    ("He stressed the 1972 joint communique.", []),
    ("On Wednesday, Kamikawa flew to Jakarta.", ["On Wednesday"]),
])
def test_occasion_times(text, kept):
    times = find_time_expressions(text, published=FRI)
    assert [t.text for t in occasion_times(text, times)] == [t.text for t in times if any(k.endswith(t.text) or t.text in k for k in kept)]


def _day(d):
    return TimeRef(0, 0, "on Monday", d, d, "day")


@pytest.mark.parametrize("between, tied", [
    ("Relations have been close since the two sides signed a fisheries pact in 2013.", True),
    ("He cited the 1972 joint communique.", True),
    ("On Wednesday, he flew to Jakarta.", False),      # a new occasion ends the tie
])
def test_tie_survives_background_time(between, tied):
    monday = _day(date(2024, 6, 10))
    days = remember_days({}, index=0, sentence_times=[monday], dated=[(["kishida"], monday)], present=set())
    times = find_time_expressions(between, published=FRI)
    days = remember_days(days, index=1, sentence_times=times, dated=[], present=set(), text=between)
    assert (actor_day(days, ["kishida"], index=2) == monday) is tied
