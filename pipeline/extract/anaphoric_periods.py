"""Months and years named by their distance to the time the narrative last named: 'In December 2021, the TAO
warned ... The same month, Zhao urged ...'; 'the council turned the application down the following year';
'Japan conveyed its concern that month'. Like anaphoric days (dates.ANAPHORIC_DAY) they are resolved from an
anchor the text itself gives, never guessed: without an anchor as precise as the unit they stay unresolved.
Pure functions."""
import re
from datetime import date

from pipeline.extract.dates import ANAPHORIC_DAY, TimeRef, _month_range
from pipeline.extract.sentences import Sentence
from pipeline.extract.timing import anaphor_window

# 'the same month', 'that year', 'later that year', 'earlier in the same month' (shift 0); 'the following year',
# 'the next month', 'a year later' (+1); 'the previous year', 'the preceding month', 'a year earlier' (-1). Not
# 'that year's budget' or 'the same year as ...' (a comparison, no anaphor), nor 'next year' (dates.rel_year).
ANAPHORIC_PERIOD = re.compile(
    r"\b(?:(?P<same>(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?P<u0>month|year))|"
    r"(?P<after>the\s+(?:following|next|subsequent)\s+(?P<u1>month|year)|a\s+(?P<u1b>month|year)\s+later)|"
    r"(?P<before>the\s+(?:previous|preceding|prior)\s+(?P<u2>month|year)|a\s+(?P<u2b>month|year)\s+(?:earlier|before)))"
    r"\b(?!['’]s|\s+(?:as|of|when|that)\b)",
    re.IGNORECASE)


def _parts(m: re.Match) -> tuple[str, int]:
    """(unit, shift) of an ANAPHORIC_PERIOD match."""
    if m.group("same"):
        return m.group("u0").casefold(), 0
    if m.group("after"):
        return (m.group("u1") or m.group("u1b")).casefold(), 1
    return (m.group("u2") or m.group("u2b")).casefold(), -1


def _within_one(anchor: TimeRef, unit: str) -> bool:
    """True when the anchor's range lies in one month (unit 'month') or one year (unit 'year')."""
    s, e = anchor.date_start, anchor.date_end
    if s is None or e is None or anchor.precision == "unknown":
        return False
    return s.year == e.year and (unit == "year" or s.month == e.month)


def anaphoric_period(text: str, anchor: TimeRef | None) -> TimeRef | None:
    """The month or year an anaphoric period in text names, counted from anchor (the narrative's last named time,
    which must lie within one such unit: 'that month' after 'in 2021' is not known); None without one."""
    m = ANAPHORIC_PERIOD.search(text)
    if m is None or anchor is None:
        return None
    unit, shift = _parts(m)
    if not _within_one(anchor, unit):
        return None
    if unit == "year":
        y = anchor.date_start.year + shift
        return TimeRef(m.start(), m.end(), m.group(0), date(y, 1, 1), date(y, 12, 31), "year")
    y, mth = divmod(anchor.date_start.year * 12 + anchor.date_start.month - 1 + shift, 12)
    s, e = _month_range(y, mth + 1)
    return TimeRef(m.start(), m.end(), m.group(0), s, e, "month")


# 'the same day', 'that day', 'on that day' (no counted shift): with an anchor known only to its month or year
SAME_DAY = re.compile(r"\b(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the\s+same)\s+(?:same\s+)?day\b", re.IGNORECASE)


def same_day_in_period(text: str, anchor: TimeRef | None) -> TimeRef | None:
    """'The government lodged a protest the same day' after 'in August 2022': the day is unknown, but it lies in the
    anchor's month (or year), which is what the text fixes; None unless text holds such a same-day anaphor and the
    anchor is a month or a year."""
    if anchor is None or anchor.precision not in ("month", "year") or anchor.date_start is None:
        return None
    m = SAME_DAY.search(text)
    if m is None or ANAPHORIC_DAY.search(text) is None:
        return None
    return TimeRef(m.start(), m.end(), m.group(0), anchor.date_start, anchor.date_end, anchor.precision)


def narrated_time(times: list[TimeRef], published: date | None) -> TimeRef | None:
    """The last resolved time among a sentence's that the narrative can go on from ('The same month, ...'); a time
    after publication ('in 2030') is a plan, not a narrated period."""
    return next((t for t in reversed(times) if t.precision != "unknown" and t.date_start is not None
                 and (published is None or t.date_start <= published)), None)


def period_anaphor(text: str, anchor: TimeRef | None) -> TimeRef | None:
    """The month or year an anaphoric period names (anaphoric_period), else the month or year of a same-day anaphor
    after a coarse anchor (same_day_in_period)."""
    return anaphoric_period(text, anchor) or same_day_in_period(text, anchor)


def trailing_period(text: str, s: Sentence, times: list[TimeRef], trigger_start: int,
                    last_time: TimeRef | None) -> TimeRef | None:
    """The month or year an anaphoric period right after the trigger names ('voted the same month to send funds',
    'turned the application down the following year'), counted from the sentence's last resolved time before the
    trigger, else from the narrative's last named time; None without one."""
    window = anaphor_window(text, trigger_start, trigger_start, s.end)
    if not ANAPHORIC_PERIOD.search(window):
        return None
    before = [t for t in times if t.precision != "unknown" and s.start + t.end <= trigger_start]
    return anaphoric_period(window, before[-1] if before else last_time)
