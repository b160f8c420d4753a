"""Pure-function tests for two dating mechanisms: short quoted names do not cut a trigger from its time, and
an act placed at an occasion the narrative already named ('At the meeting, ...') takes that occasion's day."""
from datetime import date

import pytest

from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.sentences import Sentence
from pipeline.extract.timing import clause_time, mask_short_quotes, occasion_day

PUB = date(2024, 3, 15)   # a Friday


@pytest.mark.parametrize("text, trigger, expected", [
    # a quoted name or scare-quoted term in the object: the time after it is the act's own
    ('The two navies signed a "Maritime Cooperation Arrangement" in Jakarta on March 4, officials said.', "signed", date(2024, 3, 4)),
    ("The ministry announced “retaliatory measures” against the company on March 11.", "announced", date(2024, 3, 11)),
    ("Officials launched so-called “joint patrols” near the strait on Tuesday.", "launched", date(2024, 3, 12)),
    # quoted speech (a clause of its own) still keeps a later time away from the trigger
    ("The envoy warned “we will respond firmly, and soon” as talks ended on Tuesday.", "warned", None),
])
def test_short_quote_does_not_cut_time(text, trigger, expected):
    s = Sentence(0, len(text), text)
    times = find_time_expressions(text, published=PUB)
    at = text.index(trigger)
    t = clause_time(times, s, (0, len(text)), at)
    assert (t.date_start if t else None) == expected


@pytest.mark.parametrize("text, masked", [
    ('signed a "Free Trade Agreement" in', 'signed a  Free Trade Agreement  in'),
    ("called it “reckless”.", "called it  reckless .") ,
    ("said “we will not back down, ever” today", "said “we will not back down, ever” today"),
])
def test_mask_short_quotes(text, masked):
    assert mask_short_quotes(text) == masked
    assert len(mask_short_quotes(text)) == len(text)


MONDAY = TimeRef(0, 9, "on Monday", date(2024, 3, 11), date(2024, 3, 11), "day")
MAY = TimeRef(0, 6, "in May", date(2024, 5, 1), date(2024, 5, 31), "month")


@pytest.mark.parametrize("text, anchor, expected", [
    ("At the meeting, the minister asked for support for the bid.", MONDAY, date(2024, 3, 11)),
    ("During the talks, both sides agreed to expand exchanges.", MONDAY, date(2024, 3, 11)),
    ("She told the same news conference that the plan would proceed.", MONDAY, date(2024, 3, 11)),
    ("On the sidelines of the ceremony, the two agencies signed a memorandum.", MONDAY, date(2024, 3, 11)),
    # not a reference back: the occasion is named by what follows, or the narrative named no day
    ("At the meeting of foreign ministers, he raised the issue.", MONDAY, None),
    ("At the summit next week, leaders will sign the pact.", MONDAY, None),
    ("At the meeting, the minister asked for support.", MAY, None),
    ("At the meeting, the minister asked for support.", None, None),
    ("The minister asked for support for the bid.", MONDAY, None),
])
def test_occasion_day(text, anchor, expected):
    t = occasion_day(text, anchor)
    assert (t.date_start if t else None) == expected
