"""dates17: 'The <noun> came N <unit>s after <act>' counts the act back from the noun's day (GUIDELINES, Dates)."""
from datetime import date

import pytest

from pipeline.extract.came_after import came_after_time
from pipeline.extract.dates import TimeRef, find_time_expressions

DAY = TimeRef(0, 0, "on Friday", date(2023, 5, 12), date(2023, 5, 12), "day")


def _time(text: str, sentence: str, trigger: str, last_day: TimeRef | None = DAY):
    start = text.index(sentence)
    return came_after_time(text, start, sentence, text.index(trigger, start), find_time_expressions(sentence), last_day)


@pytest.mark.parametrize("sentence, trigger, expected", [
    # an exact count of days from the narrative's day
    ("The visit came a day after the navy launched a missile.", "launched", (date(2023, 5, 11), date(2023, 5, 11), "day")),
    ("The meeting came two weeks after the two sides signed a deal.", "signed", (date(2023, 4, 28), date(2023, 4, 28), "day")),
    # a month or a year keeps its own precision
    ("The trip came a month after a bomber entered the zone.", "entered", (date(2023, 4, 1), date(2023, 4, 30), "month")),
    ("The exchange comes a year after the allies issued a statement.", "issued", (date(2022, 1, 1), date(2022, 12, 31), "year")),
    # a consequence of the counted act takes its date
    ("The drill came a month after a drone entered the zone, prompting the ministry to lodge a protest.", "lodge",
     (date(2023, 4, 1), date(2023, 4, 30), "month")),
    # a reaction tied to the counted act 'at the time'
    ("The trip came two months after the council changed its name, a step the envoy criticised at the time.", "criticised",
     (date(2023, 3, 1), date(2023, 3, 31), "month")),
])
def test_counted_from_the_narrative_day(sentence, trigger, expected):
    text = "The minister arrived on Friday. " + sentence
    t = _time(text, sentence, trigger)
    assert (t.date_start, t.date_end, t.precision) == expected


@pytest.mark.parametrize("sentence, trigger", [
    ("The visit came days after the navy launched a missile.", "launched"),          # approximate
    ("The visit came weeks after the navy launched a missile.", "launched"),
    ("The visit came less than a month after the navy launched a missile.", "launched"),
    ("The visit came a day after the navy launched a missile on Tuesday.", "launched"),  # a time of its own
    ("The visit came a day after the navy launched a missile, and the army protested.", "protested"),  # another clause
    ("The minister came to Tokyo after the navy launched a missile.", "launched"),   # no count
    ("The visit came a day after the navy launched a missile.", "visit"),           # the trigger before the phrase
])
def test_no_counted_date(sentence, trigger):
    text = "The minister arrived on Friday. " + sentence
    assert _time(text, sentence, trigger) is None


def test_no_anchor_no_date():
    sentence = "The visit came a day after the navy launched a missile."
    assert _time(sentence, sentence, "launched", last_day=None) is None


def test_the_noun_is_dated_where_the_text_first_named_it():
    # the narrative's last day is a later caption's; the transit itself was dated before it (a yearless day takes
    # the passage's year)
    text = ("The destroyer made a transit of the strait Jan. 14 (local time). The crew trained Jan. 12, 2026. "
            "The transit came two weeks after the navy staged drills.")
    sentence = "The transit came two weeks after the navy staged drills."
    caption = TimeRef(0, 0, "Jan. 12, 2026", date(2026, 1, 12), date(2026, 1, 12), "day")
    t = _time(text, sentence, "staged", last_day=caption)
    assert (t.date_start, t.precision) == (date(2025, 12, 31), "day")


def test_a_hard_wrapped_line_keeps_its_time_expression():
    from pipeline.extract.dates import find_time_expressions as find
    times = find("Earlier this\nmonth, the navy sent ships.", published=date(2021, 10, 20))
    assert [(t.date_start, t.date_end, t.precision) for t in times] == [(date(2021, 10, 1), date(2021, 10, 19), "range")]
    # a paragraph break is no wrapped line
    assert find("Earlier this\n\nmonth", published=date(2021, 10, 20)) == []


@pytest.mark.parametrize("sentence, trigger, window_has", [
    # a demonstrative on the object does not cut the act's window before its tie ('at the time')
    ("The ministry condemned that decision at the time.", "condemned", "at the time"),
    ("The ministry welcomed that step the next day.", "welcomed", "the next day"),
])
def test_demonstrative_object_keeps_the_tie(sentence, trigger, window_has):
    from pipeline.extract.timing import anaphor_window
    assert window_has in anaphor_window(sentence, 0, sentence.index(trigger), len(sentence))


def test_a_that_complement_still_ends_the_window():
    from pipeline.extract.timing import anaphor_window
    sentence = "The minister said that China would respond at the time of its choosing."
    assert anaphor_window(sentence, 0, sentence.index("said"), len(sentence)) == "The minister said "


@pytest.mark.parametrize("sentence, trigger, expected", [
    # a coordinated main clause takes the time of the main clause before it (GUIDELINES, Dates)
    ("The office issued a statement on Saturday, and it also congratulated the voters.", "congratulated", date(2016, 1, 16)),
    ("Beijing fired missiles on Saturday, and Tokyo lodged a protest.", "lodged", date(2016, 1, 16)),
    # not a present tense, a perfect, a modal or a sequel
    ("Taipei applied to join on Saturday, and we hope Tokyo will back the bid.", "hope", None),
    ("Beijing fired missiles on Saturday, and Tokyo has protested.", "protested", None),
    ("Beijing fired missiles on Saturday, and Tokyo later protested.", "protested", None),
    # nor a time of a subordinate clause
    ("After the envoy arrived on Saturday, the talks stalled, and Tokyo protested.", "protested", None),
])
def test_coordinated_main_clause(sentence, trigger, expected):
    from pipeline.extract.coordinated_time import coordinated_time
    times = find_time_expressions(sentence, published=date(2016, 1, 19))
    t = coordinated_time(sentence, times, sentence.index(trigger))
    assert (t.date_start if t else None) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    # a fronted after-phrase on a noun: its time is the noun's, the act comes after it at no stated distance
    ("After the inauguration of the new president in May, the government recalled its ships.", "recalled", None),
    ("After the 2024 drill, the ministry accused Tokyo of provocation.", "accused", None),
    ("After the earthquake of April 3, 2024, the town sent relief money.", "sent", None),
    # the act's own time still dates it
    ("After the inauguration in May, the government recalled its ships in June.", "recalled", (date(2016, 6, 1), "month")),
    # an after-clause with a verb of its own is left as it was
    ("After the talks ended in May, the government recalled its ships.", "recalled", (date(2016, 5, 1), "month")),
])
def test_fronted_after_phrase(sentence, trigger, expected):
    from pipeline.extract.counted_after import counted_after_time
    times = find_time_expressions(sentence, published=date(2016, 11, 8))
    local = sentence.index(trigger)
    t = ([x for x in times if x.start > local] or [x for x in times if x.start <= local])[0]
    got = counted_after_time(sentence, local, t, times)
    assert (None if got is None else (got.date_start, got.precision)) == expected
