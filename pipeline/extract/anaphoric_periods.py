"""Months and years named by their distance to the time the narrative last named: 'In December 2021, the TAO
warned ... The same month, Zhao urged ...'; 'the council turned the application down the following year';
'Japan conveyed its concern that month'. Like anaphoric days (dates.ANAPHORIC_DAY) they are resolved from an
anchor the text itself gives, never guessed: without an anchor as precise as the unit they stay unresolved.
Pure functions."""
import re
from datetime import date

from pipeline.extract.dates import ANAPHORIC_DAY, TimeRef, _month_range
from pipeline.extract.sentences import Sentence
from pipeline.extract.timing import anaphor_window, period_start

# 'the same month', 'that year', 'later that year', 'earlier in the same month' (shift 0); 'the following year',
# 'the next month', 'a year later' (+1); 'the previous year', 'the preceding month', 'a year earlier' (-1). Not
# 'that year's budget' or 'the same year as ...' (a comparison, no anaphor), nor 'next year' (dates.rel_year).
ANAPHORIC_PERIOD = re.compile(
    r"\b(?:(?P<same>(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?P<u0>month|year))|"
    r"(?P<after>the\s+(?:following|next|subsequent)\s+(?P<u1>month|year)|a\s+(?P<u1b>month|year)\s+later)|"
    r"(?P<before>the\s+(?:previous|preceding|prior)\s+(?P<u2>month|year)|a\s+(?P<u2b>month|year)\s+(?:earlier|before)))"
    r"\b(?!['’]s|\s+(?:as|of|when|that)\b)",
    re.IGNORECASE)
# what makes the count uncertain: a hedge on the distance ('nearly a year later', 'more than a month after'); a
# span counted from now ('over the next year', 'within the following month': a duration, not a named period); 'a
# year before the vote' counted from an event rather than from the narrative's time
HEDGED_BEFORE = re.compile(r"\b(?:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|under|just|"
                           r"barely|within|for|throughout|after|until|by)\s+$", re.IGNORECASE)
# ('a year before the election', 'a year before Tokyo signed': 'before' with a complement is a preposition or a
# conjunction; alone, 'a year before,' is the adverb counted from the narrative)
COUNTED_FROM_EVENT = re.compile(r"[ \t]+[\w“\"‘']")


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


BEFORE_AFTER_END = re.compile(r"(?:before|after)$", re.IGNORECASE)


def uncertain_count(text: str, m: re.Match) -> bool:
    """True when the anaphoric period m is hedged or a duration ('nearly a year later', 'over the next year') or
    counts from an event named after it ('a year before the election'): no calendar period is fixed."""
    if HEDGED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True
    return bool(BEFORE_AFTER_END.search(m.group(0))) and COUNTED_FROM_EVENT.match(text, m.end()) is not None


def anaphoric_period(text: str, anchor: TimeRef | None) -> TimeRef | None:
    """The month or year an anaphoric period in text names, counted from anchor (the narrative's last named time,
    which must lie within one such unit: 'that month' after 'in 2021' is not known); None without one."""
    m = ANAPHORIC_PERIOD.search(text)
    if m is None or anchor is None or uncertain_count(text, m):
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


def hull(times: list[TimeRef]) -> TimeRef | None:
    """One anchor for several times: the span from the earliest start to the latest end. 'In March 2021, Japan
    summoned the envoy over a 2020 incident. The following year, ...' counts from 2021 or from 2020, which the text
    does not settle: the hull (2020-2021) lies in no one year, so the period stays unresolved. Times that nest
    ('On March 5, 2019 ... in March 2019') are anchored by the one that holds the others. None for no times."""
    known = [t for t in times if t.precision != "unknown" and t.date_start is not None and t.date_end is not None]
    if not known:
        return None
    s, e = min(t.date_start for t in known), max(t.date_end for t in known)
    finest = next((t for t in known if (t.date_start, t.date_end) == (s, e)), None)
    if finest is not None:
        return finest
    whole_month = s.day == 1 and _month_range(s.year, s.month) == (s, e)
    whole_year = (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year
    precision = "month" if whole_month else "year" if whole_year else "range"
    return TimeRef(known[0].start, known[-1].end, "", s, e, precision)


# 'since April, when Yoon spoke': a period's start that a when-clause narrates is a time the narrative names
SINCE_WHEN = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def narrated_time(times: list[TimeRef], published: date | None, *, text: str | None = None) -> TimeRef | None:
    """The anchor the narrative can go on from after a sentence ('The same month, ...'): the hull of its resolved
    times (hull); a time after publication ('in 2030') is a plan, not a narrated period, and the start of a period
    ('the first such visit since 2016', times offsets into text) is none either unless a when-clause narrates it."""
    return hull([t for t in times if t.precision != "unknown" and t.date_start is not None
                 and (published is None or t.date_start <= published)
                 and (text is None or not period_start(text, t) or SINCE_WHEN.match(text, t.end))])


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
    return anaphoric_period(window, hull(before) or last_time)
