"""Time expressions -> date ranges with a precision. Relative expressions are resolved only
against a known publication date; without one they stay unresolved (never guessed)."""
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.extract.literals import TextWords, needs

MONTHS = {m.casefold(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.casefold(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
WEEKDAYS = {d.casefold(): i for i, d in enumerate(calendar.day_name)}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# parts of a year: (first month, last month) of the range "early 2022", "mid-2021", "late 2022" denote
PART_OF_YEAR = {"early": (1, 4), "the start of": (1, 3), "the beginning of": (1, 3), "mid": (5, 8),
                "late": (9, 12), "the end of": (10, 12), "end of": (10, 12), "the first half of": (1, 6),
                "the second half of": (7, 12)}
# a weekday name that is part of a name, not a date ("Black Friday", "Good Friday")
WEEKDAY_NAME_BEFORE = re.compile(r"(?:Black|Good|Super|Cyber|Bloody|Ash|Holy|Easter|Palm)\s+$")
RELATIVE_YEAR = r"(?:\s+(?P<rel>last|this|next)\s+year)?"
ORDINAL = r"(?:st|nd|rd|th)?"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # 'December 29 and 30', 'March 11-12, 2024', 'on May 20 to 22': a span of days in one month
    ("md_span", re.compile(rf"\b(?P<mon>{MONTH})\s+(?P<d>[0-3]?\d){ORDINAL}\s*(?:-|–|—|\s(?:and|to|through)\s)\s*(?P<d2>[0-3]?\d){ORDINAL}\b"
                           r"(?!\s*(?:%|percent|people|aircraft|ships|vessels|times))(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")),
    # '8 to 10 April 2023', 'between 7 and 10 April', '3-5 May' (British/Commonwealth order): a span of days in one
    # month; before 'dmy', which would take only its last day
    ("dm_span", re.compile(rf"\b(?P<d>[0-3]?\d){ORDINAL}\s*(?:-|–|—|\s(?:and|to|through|until)\s)\s*(?P<d2>[0-3]?\d){ORDINAL}\s+(?P<mon>{MONTH})"
                           r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b|(?![\w.]))")),
    ("mdy", re.compile(rf"\b(?P<mon>{MONTH})\s+(?P<d>[0-3]?\d){ORDINAL},?\s+(?P<y>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(rf"\b(?P<d>[0-3]?\d){ORDINAL}\s+(?P<mon>{MONTH}),?\s+(?P<y>(?:19|20)\d\d)\b")),
    ("md", re.compile(rf"\b(?P<mon>{MONTH})\s+(?P<d>[0-3]?\d){ORDINAL}\b(?!\s*,?\s*(?:19|20)\d\d){RELATIVE_YEAR}")),
    # '9 February', 'on 21st March' (British/Commonwealth order) without a year
    ("dm", re.compile(rf"\b(?P<d>[0-3]?\d){ORDINAL}\s+(?P<mon>{MONTH})(?![\w.]|\.?\s*,?\s*(?:19|20)\d\d){RELATIVE_YEAR}")),
    # 'on the 29th' (Japanese and Korean government English): the last such day of a month up to publication
    # ('on the afternoon of the 14th': the part of the day names the same day)
    ("dom", re.compile(r"\b(?i:on\s+the\s+(?:morning|afternoon|evening|night)\s+of|on|since|until|by|from)\s+the\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s*(?:of\b|anniversary|century|floor|round|time|"
                       r"edition|session|meeting|congress|plenary|party|national|annual|[A-Z]))")),
    ("my", re.compile(rf"\b(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<y>(?:19|20)\d\d)\b")),
    # ('in January's presidential election': a possessive month is the noun's time, not the act's; dates20)
    ("m", re.compile(rf"\b(?P<pre>(?i:in|since|during|until|by|early|late|mid-?|last|this))\s+(?P<mon>{MONTH})\b(?![’']s\b)(?!\s+[0-3]?\d\b){RELATIVE_YEAR}")),
    ("part_year", re.compile(r"\b(?P<part>early|mid|late|the end of|end of|the start of|the beginning of|the first half of|the second half of)[\s\-]+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)),
    # ('Last Tuesday, ...' opening a sentence is last week's too)
    ("weekday", re.compile(rf"\b(?:(?P<which>(?i:last|this|next))\s+|(?i:on)\s+)?(?P<wd>{WEEKDAY})\b")),
    # 'told a news conference this morning', 'late last night': a part of the publication day (or of the day before)
    ("rel_day", re.compile(r"\b(?P<word>today|yesterday|tomorrow|this (?:morning|afternoon|evening)|tonight|last night)\b",
                           re.IGNORECASE)),
    # (not after 'the': 'the next year', 'the last month' count from the narrative or mean 'the past ...', not from
    # publication; anaphoric_periods reads the former)
    ("rel_week", re.compile(r"(?<!the\s)\b(?P<word>earlier this week|this week|last week|next week)\b", re.IGNORECASE)),
    ("rel_month", re.compile(r"(?<!the\s)\b(?P<word>earlier this month|this month|last month|next month)\b", re.IGNORECASE)),
    ("rel_year", re.compile(r"(?<!the\s)\b(?P<word>earlier this year|this year|last year|next year)\b", re.IGNORECASE)),
    ("years_ago", re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b", re.IGNORECASE)),
    ("units_ago", re.compile(r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month)s?\s+ago\b", re.IGNORECASE)),
    ("year", re.compile(r"(?<![\d.,$£€¥-])\b(?P<y>(?:19|20)\d\d)\b(?![\d%-]|[.,]\d|\s*(?:percent|km|kilometers|troops|people|aircraft|ships|yen|dollars))")),
]
# Every pattern above needs a digit, a month or weekday name (whose abbreviations start the full
# names) or one of these words: a sentence without any has no time expression, checked in one scan.
ANY_TIME_WORD = re.compile(r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
                           r"(?i:day|week|month|year|tomorrow|morning|afternoon|evening|night)")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class TimeRef:
    start: int          # offset in the searched text
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: str      # day | month | year | range | unknown


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_of(month: int, day: int | None, rel: str | None, published: date) -> int:
    """The year of a month (and day) given without one: the publication year, shifted by
    'last/next year'; without such words a date after publication means the previous year,
    since news reports what has happened."""
    if rel == "last":
        return published.year - 1
    if rel == "next":
        return published.year + 1
    if rel == "this":
        return published.year
    later = (month, day or 1) > (published.month, published.day)
    return published.year - 1 if later else published.year


def resolve(kind: str, m: re.Match, published: date | None) -> tuple[date | None, date | None, str]:
    """The date range a matched expression denotes; (None, None, 'unknown') when it cannot be known."""
    g = m.groupdict()
    if kind in ("iso", "mdy", "dmy"):
        month = int(g["m"]) if kind == "iso" else MONTHS[g["mon"].rstrip(".").casefold()]
        d = _safe_date(int(g["y"]), month, int(g["d"]))
        return (d, d, "day") if d else (None, None, "unknown")
    if kind in ("md_span", "dm_span"):
        month, d1, d2 = MONTHS[g["mon"].rstrip(".").casefold()], int(g["d"]), int(g["d2"])
        if g.get("y"):
            y = int(g["y"])
        elif published is not None:
            y = _year_of(month, d1, None, published)
        else:
            return None, None, "unknown"
        a, b = _safe_date(y, month, d1), _safe_date(y, month, d2)
        return (a, b, "range") if a and b and a < b else (None, None, "unknown")
    if kind == "my":
        s, e = _month_range(int(g["y"]), MONTHS[g["mon"].rstrip(".").casefold()])
        return s, e, "month"
    if kind == "year":
        y = int(g["y"])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "part_year":
        y, (first, last) = int(g["y"]), PART_OF_YEAR[re.sub(r"\s+", " ", g["part"].casefold())]
        return date(y, first, 1), _month_range(y, last)[1], "range"
    if published is None:
        return None, None, "unknown"
    if kind in ("md", "dm"):
        month, day = MONTHS[g["mon"].rstrip(".").casefold()], int(g["d"])
        d = _safe_date(_year_of(month, day, g.get("rel"), published), month, day)
        return (d, d, "day") if d else (None, None, "unknown")
    if kind == "dom":
        day = int(g["d"])
        y, mth = (published.year, published.month) if day <= published.day else \
            (published.year - (published.month == 1), (published.month - 2) % 12 + 1)
        d = _safe_date(y, mth, day)
        return (d, d, "day") if d else (None, None, "unknown")
    if kind == "m":
        month = MONTHS[g["mon"].rstrip(".").casefold()]
        year = _year_of(month, None, g.get("rel"), published)
        if (g.get("pre") or "").casefold() == "last" and not g.get("rel") and month >= published.month:
            year = published.year - 1     # 'last September' written in September: the one a year before
        s, e = _month_range(year, month)
        return s, e, "month"
    if kind == "weekday":
        target = WEEKDAYS[g["wd"].casefold()]
        g["which"] = (g.get("which") or "").casefold() or None
        back = (published.weekday() - target) % 7
        if g.get("which") == "last":   # GUIDELINES: the most recent such weekday, never the day before (a text
            back = back if back >= 2 else back + 7    # calls that "yesterday"): two to seven days back, eight for it
        if g.get("which") == "next":
            d = published + timedelta(days=(target - published.weekday()) % 7 or 7)
        else:
            d = published - timedelta(days=back)
        return d, d, "day"
    word = (g.get("word") or "").casefold()
    if kind == "rel_day":
        d = published + timedelta(days={"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0))
        return d, d, "day"
    if kind == "rel_week":
        monday = published - timedelta(days=published.weekday())
        if word == "earlier this week":   # Monday of the publication week up to the day before it
            return (monday, max(monday, published - timedelta(days=1)), "range") if published.weekday() else (monday, monday, "day")
        shift = {"this week": 0, "last week": -7, "next week": 7}[word]
        return monday + timedelta(days=shift), monday + timedelta(days=shift + 6), "range"
    if kind == "rel_month":
        if word == "earlier this month":
            first = published.replace(day=1)
            return (first, published - timedelta(days=1), "range") if published.day > 1 else (first, first, "day")
        y, mth = published.year, published.month + {"this month": 0, "last month": -1, "next month": 1}[word]
        y, mth = (y - 1, 12) if mth == 0 else (y + 1, 1) if mth == 13 else (y, mth)
        s, e = _month_range(y, mth)
        return s, e, "month"
    if kind == "rel_year":
        if word == "earlier this year":
            first = date(published.year, 1, 1)
            return (first, published - timedelta(days=1), "range") if published != first else (first, first, "day")
        y = published.year + {"this year": 0, "last year": -1, "next year": 1}[word]
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "years_ago":
        n = g["n"].casefold()
        y = published.year - (int(n) if n.isdigit() else NUMBER_WORDS[n])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "units_ago":
        n = g["n"].casefold()
        n = int(n) if n.isdigit() else NUMBER_WORDS[n]
        unit = g["unit"].casefold()
        if unit == "day":
            d = published - timedelta(days=n)
            return d, d, "day"
        if unit == "week":
            monday = published - timedelta(days=published.weekday() + 7 * n)
            return monday, monday + timedelta(days=6), "range"
        y, mth = divmod(published.year * 12 + published.month - 1 - n, 12)
        s, e = _month_range(y, mth + 1)
        return s, e, "month"
    return None, None, "unknown"


# a line break inside a sentence of a hard-wrapped text (testimony, PDF pages), not a paragraph break
LINE_WRAP = re.compile(r"(?<=\S)\n(?=\S)")


def find_time_expressions(text: str, *, published: date | None = None) -> list[TimeRef]:
    """Every time expression in text, longest match first where they overlap, in text order."""
    if not ANY_TIME_WORD.search(text):
        return []
    text = LINE_WRAP.sub(" ", text)     # 'Earlier this\nmonth' in a hard-wrapped page (same length: offsets hold)
    found: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    words = TextWords(text)
    for kind, pattern in PATTERNS:
        if not words.may_match(needs(pattern)):
            continue     # the text lacks a word every match of the pattern holds (read from the pattern): no match
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "weekday" and WEEKDAY_NAME_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # 'Black Friday': part of a name, not a date
            s, e, p = resolve(kind, m, published)
            found.append(TimeRef(m.start(), m.end(), m.group(0), s, e, p))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


# A day named by its distance to the day the narrative last named ('On April 11, ... The day before, X and Y
# agreed'; 'Earlier that day, Lai met ...'; 'the following day he spoke ...'): days from that day.
# ('the day before the vote', 'the day after Lai spoke': with a complement, counted from another event, not the narrative;
# 'that day of the vote' too, but 'accused Japan earlier that day of reviving ...' is the verb's own 'of')
ANAPHORIC_DAY = re.compile(r"\b(?:(?P<before>the day before(?![ \t]+[\w“\"‘])|the previous (?:day|morning|afternoon|evening|night)|a day earlier|the preceding day)|"
                           r"(?P<after>the (?:following|next) (?:day|morning|afternoon|evening|night)|a day later|the day after(?![ \t]+[\w“\"‘]))|"
                           # 'two days later', 'three days earlier': an adverb counted from that day ('two days after
                           # the vote' counts from the vote instead, which the narrative need not have dated)
                           r"(?P<n>two|three|four|five|six|2|3|4|5|6) days (?P<dir>later|earlier)|"
                           r"(?P<same>(?:earlier|later) (?:that|in the) (?:day|morning|afternoon|evening|night)|"
                           r"(?:that|the same) (?:same )?(?:day|morning|afternoon|evening|night)|on that day|"
                           # 'On the day the bills passed, ...': a back-reference to the occasion the narrative dated
                           r"on the (?:very )?day(?= (?:that |when )?(?:it|they|he|she|the (?:[a-z\-]+ ){0,2}[a-z\-]+) (?:[a-z]+ed|began|met|held|opened|took|went|came|spoke|won|fell|rose|sank)\b)|"
                           r"(?:hours|minutes) (?:later|earlier)|(?:at|during) the same (?:event|occasion|ceremony|briefing|"
                           r"press conference|news conference|meeting|session)))\b(?!\s+(?:in|at)\b|\s+of\b(?!\s*(?:,|$)|\s+\w+ing\b))",
                           re.IGNORECASE)


def anaphoric_day(text: str, anchor: TimeRef | None) -> TimeRef | None:
    """The day an anaphoric expression in text names, counted from anchor (the narrative's last named day),
    or None without such an expression or without a day to count from."""
    m = ANAPHORIC_DAY.search(text)
    if m is None or anchor is None or anchor.precision not in ("day", "month") or anchor.date_start is None:
        return None
    shift = -1 if m.group("before") else 1 if m.group("after") else 0
    if m.group("n"):
        n = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS[m.group("n").casefold()]
        shift = n if m.group("dir").casefold() == "later" else -n
    if anchor.precision == "month":
        # counted from an act dated only to its month ('declared in December 2021 ... thanked him the next day'):
        # the days the count can land on (GUIDELINES, Dates: 'range when the anchor is only a month'); 'two hours
        # later', 'that evening' count no day (left unknown, like the gold: h14 w05)
        if shift == 0:
            return None
        return TimeRef(m.start(), m.end(), m.group(0), anchor.date_start + timedelta(days=shift),
                       anchor.date_end + timedelta(days=shift), "range")
    d = anchor.date_start + timedelta(days=shift)
    return TimeRef(m.start(), m.end(), m.group(0), d, d, "day")


def count_anchor(day: TimeRef | None, last_time: TimeRef | None) -> TimeRef | None:
    """What an anaphoric day counts from: the narrative's last named day, else (none named yet) its last time when
    that is a month ('In December 2021 ... the next day'); a year is too coarse to count days from."""
    if day is not None:
        return day
    return last_time if last_time is not None and last_time.precision == "month" else None
