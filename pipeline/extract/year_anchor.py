"""A day and month without a year read from the passage (GUIDELINES, Dates): 'On February 14, 2024, a speedboat
capsized ... On February 19, coast guard officers boarded a boat' gives February 19 the year of the explicit date
before it, when no other year stands in between. Read from the text, never guessed: without such an anchor the
day needs a known publication date (dates.resolve). Pure functions."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pipeline.extract.dates import MONTHS, PATTERNS, TimeRef, _safe_date

# the explicit dates that anchor a year ('February 14, 2024', '14 February 2024', '2024-02-14', 'May 20-22, 2024',
# and a month of a year, 'In February 2024, ... On February 19': the passage's year is as explicit as with a full date)
FULL_DATE = [(k, p) for k, p in PATTERNS if k in ("iso", "mdy", "dmy", "md_span", "dm_span", "my")]
# any expression that names a year: a different one in between breaks the passage's anchor
YEAR_WORD = re.compile(r"(?<![\d.,$£€¥-])\b(?:19|20)\d\d\b(?![\d%-])")
# the yearless day-and-month forms ('On February 19', '19 February', 'March 11-12')
YEARLESS = [(k, p) for k, p in PATTERNS if k in ("md", "dm", "md_span", "dm_span")]


def anchor_after(text: str, anchor: int | None) -> int | None:
    """The year anchor after text: the year of its last explicit full date; a year named after that date (or, with
    no full date, any year other than the anchor's) ends the passage (None)."""
    if "19" not in text and "20" not in text:
        return anchor     # every year FULL_DATE and YEAR_WORD read is (19|20)dd: none here, the anchor stands
    last_full = None
    for _, p in FULL_DATE:
        for m in p.finditer(text):
            y = m.groupdict().get("y")
            if y and (last_full is None or m.start() > last_full[0]):
                last_full = (m.start(), m.end(), int(y))
    if last_full is not None:
        anchor, tail = last_full[2], text[last_full[1]:]
    else:
        tail = text
    years = {int(y) for y in YEAR_WORD.findall(tail)}
    return anchor if not years or years == {anchor} else None


def with_year_anchor(text: str, times: list[TimeRef], anchor: int | None) -> list[TimeRef]:
    """times with each unresolved yearless day ('On February 19', no 'last year') given the anchor's year, the anchor
    being the passage's before text, updated by explicit dates inside text before the day."""
    if not any(t.precision == "unknown" for t in times):
        return times
    out = []
    for t in times:
        if t.precision == "unknown":
            a = anchor_after(text[:t.start], anchor)
            t = _anchored(t, a) or t
        out.append(t)
    return out


def _anchored(t: TimeRef, year: int | None) -> TimeRef | None:
    """t (a yearless day or span of days whose publication-relative year is unknown) in year; None otherwise."""
    if year is None:
        return None
    for kind, p in YEARLESS:
        m = p.fullmatch(t.text)
        if m is None or m.groupdict().get("y") or m.groupdict().get("rel"):
            continue
        month, d1 = MONTHS[m.group("mon").rstrip(".").casefold()], int(m.group("d"))
        a = _safe_date(year, month, d1)
        if kind in ("md", "dm"):
            return replace(t, date_start=a, date_end=a, precision="day") if a else None
        b = _safe_date(year, month, int(m.group("d2")))
        return replace(t, date_start=a, date_end=b, precision="range") if a and b and a < b else None
    return None
