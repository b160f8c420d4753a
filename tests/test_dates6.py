"""Pure-function tests for dates6: background times in relative clauses, parts of the publication day, and the
day of a reporting frame carried to the speaker's quotations that follow."""
from datetime import date

import pytest

from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.actor_days import ACTOR_DAY_GAP, speaker_day, spoken_day
from pipeline.extract.timing import foreground_times
from tests.test_predicates import events

PUB = date(2024, 3, 15)   # a Friday


@pytest.mark.parametrize("text, expected", [
    ("The minister, who arrived on Monday, met the governor.", []),
    ("The envoy, who took office in 2021, visited the port on Thursday.", ["on Thursday"]),
    ("The ship, which left port on Tuesday, entered the strait on Wednesday.", ["on Wednesday"]),
    ("The president met the delegation on Wednesday.", ["on Wednesday"]),
])
def test_foreground_times_skip_relative_clauses(text, expected):
    times = find_time_expressions(text, published=PUB)
    assert [t.text for t in foreground_times(text, times)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The spokesman told a news conference this morning that the talks would go on.", date(2024, 3, 15)),
    ("The minister said this afternoon that the plan was final.", date(2024, 3, 15)),
    ("Officials confirmed late last night that the vessel had left.", date(2024, 3, 14)),
    ("The premier will address the legislature tonight.", date(2024, 3, 15)),
])
def test_parts_of_the_publication_day(text, expected):
    t = find_time_expressions(text, published=PUB)[0]
    assert (t.date_start, t.date_end, t.precision) == (expected, expected, "day")


def test_parts_of_the_day_need_a_publication_date():
    t = find_time_expressions("The ministry said this morning that it would respond.", published=None)[0]
    assert (t.date_start, t.precision) == (None, "unknown")


def test_speaker_day_only_for_a_dated_frame_and_the_speakers_own_acts():
    day = TimeRef(0, 10, "on Tuesday", date(2024, 3, 12), date(2024, 3, 12), "day")
    month = TimeRef(0, 8, "in March", date(2024, 3, 1), date(2024, 3, 31), "month")
    said_on = speaker_day({}, "spox", day, index=3)
    assert spoken_day(said_on, "spox", ["spox"], index=4) == day
    assert spoken_day(said_on, "spox", ["ministry"], index=4) is None      # another actor's act
    assert spoken_day(said_on, "envoy", ["envoy"], index=4) is None        # another speaker
    assert spoken_day(said_on, "spox", ["spox"], index=3 + ACTOR_DAY_GAP + 1) is None
    assert speaker_day({}, "spox", month, index=3) == {}
    assert speaker_day({}, None, day, index=3) == {}


def _dates(extractor, text, trigger_word):
    return [(c["date_start"], c["date_precision"]) for c in events(extractor, text, published=PUB)
            if trigger_word in c["trigger"]]


@pytest.mark.parametrize("text, trigger_word, expected", [
    # an occasion the narrative dated: the background arrival day is not the day of 'the meeting'
    ("Japanese Foreign Minister Yoko Kamikawa met South Korean lawmakers in Seoul on Thursday. "
     "Kamikawa, who arrived in Seoul on Wednesday evening, held talks with the delegation at a hotel. "
     "At the meeting, Kamikawa asked the lawmakers to support the agreement.", "asked", date(2024, 3, 14)),
    # a spokesperson's dated briefing goes on in a quotation of the next paragraph
    ("At a regular briefing on Wednesday, Chinese Foreign Ministry spokesperson Wang Wenbin said the drills were lawful.\n\n"
     '"We urge the Japanese side to stop hyping the issue," Wang said.', "urge", date(2024, 3, 13)),
    # a relative clause's year dates neither the act nor its reporting frame
    ("Philippine Defense Secretary Gilberto Teodoro held talks with Australian Defence Minister Richard Marles in "
     "Canberra on Monday. During the talks, Teodoro, who took office in 2023, proposed joint patrols.", "proposed", date(2024, 3, 11)),
])
def test_extractor_dates(seed_extractor, text, trigger_word, expected):
    assert (expected, "day") in _dates(seed_extractor, text, trigger_word)


def test_quoted_perfect_is_not_dated_by_the_speakers_day(seed_extractor):
    text = ("At a press briefing on Tuesday, Chinese Foreign Ministry spokesperson Mao Ning said the patrol was provocative.\n\n"
            '"We have lodged stern representations with Manila," Mao said.')
    assert _dates(seed_extractor, text, "representations") == [(None, "unknown")]


def test_the_speakers_statement_that_goes_on_takes_the_frames_day(seed_extractor):
    text = ("Defense Ministry spokesman Wu Qian told a news conference this morning that the exercises were routine.\n\n"
            '"The Japanese side is hyping up the so-called China threat and it is dangerous," Wu said.')
    said = [c for c in events(seed_extractor, text, published=PUB) if c["char_start"] > text.index("\n\n")]
    assert said and all(c["date_start"] == PUB for c in said)
