"""'The transit came two weeks after the PLA staged drills': an act counted back from an occasion the narrative
already dated (dates17; GUIDELINES, Dates: "X came N after <dated act>", either side being the dated one). The
sentence names no time of its own; its subject is a definite noun ('The transit', 'The announcements', 'The trip')
that refers back to an act an earlier sentence dated. The act in the after-complement (and a consequence of it,
', prompting Tokyo to protest', or a reaction tied to it 'at the time') is that date counted back by an exact
quantity; an approximate one ('days after', 'weeks after') gives nothing. Pure functions."""
from __future__ import annotations

import re

from pipeline.extract.counted_after import NUMBERS, counted_back
from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.year_anchor import with_year_anchor

# a sentence opened by a definite noun phrase whose verb is 'came'/'followed' and a counted distance before it
CAME_AFTER = re.compile(
    r"(?:^|\n)[\s“\"‘]*(?:The|This|That|These|Those|Its|His|Her|Their|[A-Z][\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w\-]{2,})\s+(?:came|comes|come|followed|follows|took\s+place|happened)\s+"
    r"(?:(?P<approx>(?:less|more|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|just\s+over\s+|barely\s+|only\s+)"
    r")?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few|few)?\s*"
    r"(?P<unit>day|week|month|year)s?\s+after\s+")
# the complement ends at a clause break, unless what follows is a consequence of its act (', prompting Tokyo to
# protest', ', which prompted ...') or a reaction the text ties to it ('a move Beijing criticised at the time')
BREAK = re.compile(r"[,;:“”\"]|\s[-–—]\s")
CONTINUES = re.compile(r"\s*(?:(?:prompting|forcing|leading|causing|triggering|spurring)\b|which\s+(?:prompted|forced|led|"
                       r"caused|triggered|spurred)\b)", re.IGNORECASE)
AT_THE_TIME = re.compile(r"\bat\s+the\s+time\b", re.IGNORECASE)
# a sentence ends at a full stop before a capital or a quotation ('Jan. 14' does not end one)
SENTENCE_END = re.compile(r"[.!?][”\"’]?(?:\s+(?=[A-Z“\"‘])|\n)|\n")


def _in_complement(sentence: str, start: int, trigger_at: int) -> bool:
    """True when the trigger at trigger_at is in the after-complement opening at start, or in a consequence of it."""
    lo = max((m.end() for m in re.finditer(r"[,;:]", sentence[:trigger_at])), default=start)
    hi = next((m.start() for m in re.finditer(r"[,;:]", sentence[trigger_at:])), len(sentence) - trigger_at) + trigger_at
    if lo > start and AT_THE_TIME.search(sentence, lo, hi):
        return True     # ', a move Beijing said it was "dissatisfied" with at the time': tied to the counted act
    pos = start
    while True:
        b = BREAK.search(sentence, pos, trigger_at)
        if b is None:
            return True
        if not CONTINUES.match(sentence, b.end()):
            return False
        pos = b.end()


def _noun_day(text: str, before: int, noun: str, year: int | None) -> TimeRef | None:
    """The day of the sentence that first named noun (or a word it begins, 'transit' in 'transited') in text before
    the offset before, when that sentence dates it with a resolved day (a yearless day takes the passage's year);
    None otherwise."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    pattern = re.compile(r"\b" + re.escape(stem), re.IGNORECASE)
    for m in pattern.finditer(text, 0, before):
        lo = max((e.end() for e in SENTENCE_END.finditer(text, max(0, m.start() - 600), m.start())), default=0)
        end = SENTENCE_END.search(text, m.end(), before)
        hi = end.start() + 1 if end else before
        sentence = text[lo:hi]
        times = with_year_anchor(sentence, find_time_expressions(sentence), year)
        days = [t for t in times if t.precision == "day" and t.date_start is not None]
        if days:
            at = m.start() - lo
            return min(days, key=lambda t: abs(t.start - at))
    return None


def came_after_time(text: str, sentence_start: int, sentence: str, trigger_start: int, times: list[TimeRef],
                    last_day: TimeRef | None) -> TimeRef | None:
    """The time of the act whose trigger is at trigger_start (offset into text) in a sentence 'The <noun> came N
    <unit>s after <act>' that names no time of its own: the noun's day (the first sentence before that names and
    dates it, else the narrative's last named day, last_day) counted back by N units; None otherwise."""
    m = CAME_AFTER.search(sentence)     # (a sentence the splitter ran on from a caption: after its line break)
    local = trigger_start - sentence_start
    if m is None or local < m.end() or times or not _in_complement(sentence, m.end(), local):
        return None
    n = m.group("n")
    if m.group("approx") or n is None or n.casefold() in ("several", "a few", "few"):
        return None
    year = last_day.date_start.year if last_day is not None and last_day.date_start is not None else None
    anchor = _noun_day(text, sentence_start, m.group("noun"), year) or last_day
    if anchor is None or anchor.date_start is None or anchor.precision not in ("day", "month", "year"):
        return None
    count = int(n) if n.isdigit() else NUMBERS[n.casefold()]
    back = counted_back(anchor, count, m.group("unit").casefold())
    if back.date_start is None:
        return None
    return TimeRef(m.start("unit"), m.end(), m.group(0).strip(), back.date_start, back.date_end, back.precision)
