"""The day of a briefing transcript (dates20): a press-conference transcript is often posted the day after the
briefing ('Regular Press Conference of the Ministry of National Defense on July 25', published on the 26th); what
its speakers say and do in their own words happens on the briefing's day, which its head names, not on the day of
posting. Without such a head, the publication day. Pure functions."""
import re
from datetime import date, timedelta

from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.phrases import longest_first
from pipeline.extract.timing import publication_day

BRIEFING_NOUNS = ("press conference", "news conference", "press briefing", "news briefing", "briefing")
BRIEFING = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(BRIEFING_NOUNS, key=longest_first)) + r")\b",
                      re.IGNORECASE)
# the day is the heading's or the lede's own: within a short reach after the noun, on the same line
REACH = 90
# a transcript is posted within days of the briefing: an older day is another occasion the head mentions
MAX_POSTING_DELAY = timedelta(days=3)


def briefing_day(text: str, *, head_end: int, published: date | None) -> TimeRef | None:
    """The day the transcript's head (text before head_end, its first speaker turn) names for the briefing: the
    first day-precision time after a briefing noun on its line, no later than the publication and at most
    MAX_POSTING_DELAY before it; else the publication day (None without one)."""
    for m in BRIEFING.finditer(text, 0, head_end):
        line_end = text.find("\n", m.end())
        window = text[m.start():min(m.end() + REACH, head_end, line_end if line_end >= 0 else len(text))]
        for t in find_time_expressions(window, published=published):
            if t.precision != "day" or t.date_start is None:
                continue
            if published is None or timedelta(0) <= published - t.date_start <= MAX_POSTING_DELAY:
                return TimeRef(0, 0, "", t.date_start, t.date_end, "day")
    return publication_day(published)
