"""Date resolution: the resolver (text + publication date -> range + precision) and which time dates a trigger."""
from datetime import date

import pytest

from pipeline.extract.dates import anaphoric_day, find_time_expressions
from pipeline.extract.sentences import Sentence
from pipeline.extract.timing import (DATELINE, anaphor_window, clause_time, narrated_day, perfect_before,
                                     period_start, publication_day, scene_time)
from tests.test_predicates import events

FRIDAY = date(2026, 2, 13)


def resolved(text, published):
    t = find_time_expressions(text, published=published)[0]
    return t.date_start, t.date_end, t.precision


@pytest.mark.parametrize("text, published, expected", [
    # 'last <weekday>': that day of the week before the publication's week
    ("talks last Thursday", FRIDAY, (date(2026, 2, 5), date(2026, 2, 5), "day")),
    ("talks last Friday", FRIDAY, (date(2026, 2, 6), date(2026, 2, 6), "day")),
    ("talks last Monday", date(2026, 2, 16), (date(2026, 2, 9), date(2026, 2, 9), "day")),
    ("talks on Thursday", FRIDAY, (date(2026, 2, 12), date(2026, 2, 12), "day")),
    # day-month order without a year
    ("signed on 9 February", FRIDAY, (date(2026, 2, 9), date(2026, 2, 9), "day")),
    ("signed on 21st March", FRIDAY, (date(2025, 3, 21), date(2025, 3, 21), "day")),
    ("signed on 3 Nov. last year", FRIDAY, (date(2025, 11, 3), date(2025, 11, 3), "day")),
    ("signed on 9 February 2022", FRIDAY, (date(2022, 2, 9), date(2022, 2, 9), "day")),
    ("signed on 9 February", None, (None, None, "unknown")),
])
def test_relative_days_resolve_against_the_publication_date(text, published, expected):
    assert resolved(text, published) == expected


@pytest.mark.parametrize("text, shift", [
    ("that evening", 0), ("Later in the afternoon", 0), ("later that night", 0), ("that same morning", 0),
    ("the day before", -1), ("the following day", 1),
])
def test_anaphoric_days_name_parts_of_the_anchor_day(text, shift):
    anchor = find_time_expressions("On May 20, 2024", published=None)[0]
    assert anaphoric_day(text, anchor).date_start == date(2024, 5, 20 + shift)


def test_anaphor_window_reaches_past_the_verb_to_a_complement():
    text = "The minister told a news conference the day before that the remarks were wrong."
    assert anaphor_window(text, 0, text.index("told"), len(text)).endswith("the day before ")
    text = "The minister welcomed the plan that evening, calling it a step."
    assert anaphor_window(text, 0, text.index("welcomed"), len(text)).endswith("that evening")


def test_a_day_after_publication_is_no_anchor():
    times = find_time_expressions("It announced the plan on February 8. It takes effect next Monday.", published=FRIDAY)
    assert narrated_day(times, FRIDAY).text == "February 8"
    assert narrated_day(times, None).text == "next Monday"


@pytest.mark.parametrize("text, expected", [
    ("the first visit since taking office in May", True), ("the first visit since 2016", True),
    ("the visit in May", False),
])
def test_times_introduced_by_since_start_a_period(text, expected):
    assert period_start(text, find_time_expressions(text, published=FRIDAY)[0]) is expected


@pytest.mark.parametrize("text, expected", [
    ("We have lodged strong protests", True), ("China has decided to", True), ("We urge Japan", False),
])
def test_perfect_before(text, expected):
    i = text.index("protests") if "protests" in text else text.index("decided") if "decided" in text else text.index("urge")
    assert perfect_before(text, i) is expected


def test_publication_day():
    assert publication_day(FRIDAY).date_start == FRIDAY and publication_day(FRIDAY).precision == "day"
    assert publication_day(None) is None


@pytest.mark.parametrize("text", ["TOKYO, March 5 (Reuters) - Japan said", "BEIJING, Aug. 10 (Xinhua) -- China said",
                                  "Taipei, Aug. 10 (CNA) Taiwan said", "SEOUL, May 2 -- Korea said"])
def test_wire_datelines(text):
    assert DATELINE.match(text)


def trigger_time(text, trigger, published=FRIDAY):
    s = Sentence(0, len(text), text)
    times = find_time_expressions(text, published=published)
    t = clause_time(times, s, (0, len(text)), text.index(trigger))
    return t.text if t else None


@pytest.mark.parametrize("text, trigger, expected", [
    # a relative clause dates its own verb
    ("The envoy, who arrived in Manila on Monday, met the president on Tuesday.", "met", "on Tuesday"),
    ("The envoy, who arrived in Manila on Monday, met the president.", "met", None),
    ("The envoy, who arrived in Manila on Monday, met the president.", "arrived", "on Monday"),
    # a reporting verb's time does not date a past-perfect complement that names its own time
    ("The ministry said on Wednesday that fighters had scrambled after the aircraft flew past on Tuesday.",
     "scrambled", "on Tuesday"),
    ("The ministry said on Wednesday that China firmly opposes the plan.", "opposes", "on Wednesday"),
])
def test_the_time_of_another_verb_does_not_date_the_trigger(text, trigger, expected):
    assert trigger_time(text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("In August 2021, when the parties held talks online, Beijing issued a protest.", "issued", "August 2021"),
    ("It was not the first time: in 2021, Beijing issued a protest.", "issued", "2021"),
    ("Relations soured in April, when the coast guard seized a fishing boat.", "seized", "in April"),
    ("The ministry said Beijing issued a protest.", "issued", None),
])
def test_a_sentence_opening_time_sets_the_scene(text, trigger, expected):
    times = find_time_expressions(text, published=FRIDAY)
    t = scene_time(text, times, text.index(trigger))
    assert (t.text if t else None) == expected


def test_a_reporting_frame_time_is_not_a_scene():
    text = "On Monday, the ministry said that China had protested."
    assert scene_time(text, find_time_expressions(text, published=FRIDAY), text.index("protested")) is None


def test_an_evening_is_the_narrated_day(seed_extractor):
    text = "On February 8, Taiwan lifted the ban. Yoshimasa Hayashi welcomed the decision that evening, calling it a step."
    found = {e["date_start"] for e in events(seed_extractor, text, published=FRIDAY) if e["predicate"] == "SUPPORT"}
    assert found == {date(2026, 2, 8)}


def test_a_briefing_speakers_own_act_takes_the_transcripts_day(seed_extractor):
    text = ("Wang Wenbin: Good afternoon. I have no announcements today.\n\n"
            "Q: Japanese lawmakers visited Taipei last week. What is your comment?\n\n"
            "Wang Wenbin: We urge Japan to stop sending wrong signals. We have lodged protests with Japan.")
    found = {(e["predicate"], e["date_start"]) for e in events(seed_extractor, text, published=FRIDAY)
             if e["subject_ids"] == ["wang-wenbin"]}
    assert ("REQUEST", FRIDAY) in found
    assert [d for p, d in found if p != "REQUEST"] == [None]    # the protests lodged earlier: undated

