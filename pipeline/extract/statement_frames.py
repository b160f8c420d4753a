"""The day of a reporting frame (dates16): 'said on Tuesday' names it (statements.frame_time); 'said in a statement
the same evening', 'said the same day that', 'told reporters the next day' count it from the day the narrative last
named (dates.anaphoric_day). The speaker's words that go on in the next sentences are placed on that day
(timing.speaker_day / spoken_day). Pure functions."""
from __future__ import annotations

from pipeline.extract.dates import TimeRef, anaphoric_day
from pipeline.extract.sentences import Sentence
from pipeline.extract.statements import frame_time
from pipeline.extract.timing import anaphor_window


def reporting_day(text: str, s: Sentence, main: list[TimeRef], verb_at: int, last_day: TimeRef | None) -> TimeRef | None:
    """The time of the frame whose verb is at verb_at: its own time expression, else a day anaphor of the frame
    ('the same evening') counted from last_day (the narrative's day before this sentence)."""
    return frame_time(main, s, verb_at) or anaphoric_day(anaphor_window(text, s.start, verb_at, s.end), last_day)
