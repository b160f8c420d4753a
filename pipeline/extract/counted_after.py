"""An act counted back from a dated one (dates16; GUIDELINES, Dates: exact quantities are counted, approximate ones
are not). 'Saito retracted the remark on Sunday, a day after the foreign minister summoned him': the summons is the
day before Sunday; 'the declaration, signed in April 1996 a month after China fired missiles': March 1996. 'days
after', 'weeks after', 'less than a month after' give no date: the act in such a complement stays unknown rather
than taking the main clause's time. Pure functions."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from pipeline.extract.coordinated_time import fronted_after
from pipeline.extract.dates import TimeRef

NUMBERS = {"the": 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
# '<quantity> <unit> after' opening a complement clause (not '..., the day after the dialogue, ...': a noun, no act)
COUNTED_AFTER = re.compile(r"\b(?P<approx>(?:less|more|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|just\s+over\s+)?"
                           r"(?P<n>the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few|few)?\s*"
                           r"(?P<unit>day|week|month|year)s?\s+after\s+(?=[\w“\"‘'])", re.IGNORECASE)
# the complement ends at a clause break
BREAK = re.compile(r"[,;:“”\"]|\s[-–—]\s")


def _months_back(d: date, n: int) -> tuple[date, date]:
    k = d.year * 12 + d.month - 1 - n
    y, m = divmod(k, 12)
    return date(y, m + 1, 1), date(y, m + 1, calendar.monthrange(y, m + 1)[1])


def counted_back(t: TimeRef, n: int, unit: str) -> TimeRef:
    """t moved back by n units: a day stays a day (weeks are seven days), a month or a year keeps its own
    precision; a time coarser than the unit is only moved ('range')."""
    if unit in ("day", "week"):
        days = timedelta(days=n * (7 if unit == "week" else 1))
        return replace(t, date_start=t.date_start - days, date_end=t.date_end - days,
                       precision="day" if t.precision == "day" else "range")
    if unit == "month" and t.precision in ("day", "month"):
        start, end = _months_back(t.date_start, n)
        return replace(t, date_start=start, date_end=end, precision="month")
    if unit == "year" and t.precision in ("day", "month", "year"):
        y = t.date_start.year - n
        return replace(t, date_start=date(y, 1, 1), date_end=date(y, 12, 31), precision="year")
    return replace(t, precision="unknown", date_start=None, date_end=None)


def counted_after_time(sentence: str, trigger_at: int, t: TimeRef | None, times: list[TimeRef], *,
                       past_forms: frozenset[str] = frozenset()) -> TimeRef | None:
    """The time of the act whose trigger is at trigger_at (offset into sentence) when it sits in a '<N> <unit>s
    after' complement that follows t, one of the sentence's own times (times): t counted back by an exact
    quantity, None for an approximate one; t itself otherwise (not in such a complement, or a time of the act's
    own between the phrase and the trigger)."""
    if t is None or t.date_start is None or not any(t is x for x in times):
        return t
    fronted = fronted_after(sentence, past_forms=past_forms)
    if fronted is not None and t.end <= fronted.end() <= trigger_at:
        # 'After the 2024 drill, the ministry accused ...': the time is the noun's; the act comes after it at no
        # stated distance, as after an approximate count (dates17)
        return None
    found = None
    for m in COUNTED_AFTER.finditer(sentence, t.end, trigger_at):
        if not BREAK.search(sentence, m.end(), trigger_at):
            found = m
    if found is None or any(found.end() <= x.start < trigger_at for x in times):
        return t
    n = found.group("n")
    if found.group("approx") or n is None or n.casefold() in ("several", "a few", "few"):
        return None
    count = int(n) if n.isdigit() else NUMBERS[n.casefold()]
    back = counted_back(t, count, found.group("unit").casefold())
    return None if back.date_start is None else back
