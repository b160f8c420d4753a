"""A sentence framed by a definite reference to an occasion the document already named and dated ('In his inaugural
address, Lai pledged ...' after 'attended the inauguration on Monday (May 20)'; 'During the exercise, the coast guard
announced ...' after 'From 8 to 10 April 2023, the PLA conducted ... an exercise'): its acts take that occasion's date
and precision (GUIDELINES, Dates: an explicit back-reference to the occasion). The occasion is found by its noun, not
by the narrative's last day (timing.OCCASION_ANAPHOR), so it holds after the story has named other times. Pure
functions over a sentence's text, its times and its dated acts."""
import re

from pipeline.extract import occasion_words
from pipeline.extract.dates import TimeRef

# the occasion words a frame can name, each with the forms that name the same occasion earlier ('met' a meeting):
# data, seeds/lexicons/syntax.yaml `occasions` (occasion_words.py)
FAMILIES = occasion_words.frame_families()
WORD = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in FAMILIES.items()) + r")\b", re.IGNORECASE)
# 'In his inaugural address,', 'During the exercise,', 'At their meeting on the sidelines,' opening the sentence
FRAME = re.compile(r"^[\s“‘\"]*(?:In|During|At|Throughout|On the sidelines of)\s+(?:the|his|her|its|their)\s+"
                   r"(?P<words>(?:[\w\-]+\s+){0,3}?[\w\-]+)\s*(?:,|\bwith\b)", re.IGNORECASE)
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
SEGMENT_BREAK = re.compile(r"[,;:]")


def families_in(text: str) -> list[tuple[str, int, int]]:
    """(family, start, end) of each occasion word of text."""
    return [(m.lastgroup, m.start(), m.end()) for m in WORD.finditer(text)]


def frame_families(text: str) -> list[str]:
    """The occasion families a sentence-opening frame names ('In his inaugural address,': inauguration, speech)."""
    m = FRAME.match(text)
    return [f for f, _, _ in families_in(m.group("words"))] if m else []


def segment(text: str, at: int) -> tuple[int, int]:
    """The comma-free stretch of text around offset at."""
    starts = [m.end() for m in SEGMENT_BREAK.finditer(text, 0, at)]
    stop = SEGMENT_BREAK.search(text, at)
    return (starts[-1] if starts else 0, stop.start() if stop else len(text))


def named_occasions(text: str, times: list[TimeRef], acts: list[tuple[int, TimeRef]]) -> dict[str, TimeRef]:
    """The dated occasions a sentence names, by family: a dated act whose trigger is the word or shares its
    stretch ('met with Kihara' dated June 18), else a time in the word's stretch ('the inauguration ... on Monday
    (May 20)'), else, for a word that is no definite back-reference ('conducted ... an exercise'), the sentence's
    one time. times and the acts' trigger offsets are offsets into text; acts are (trigger offset, time)."""
    known = [t for t in times if t.precision != "unknown" and t.date_start is not None]
    found: dict[str, TimeRef] = {}
    for family, start, end in families_in(text):
        a, b = segment(text, start)
        # (a time in the stretch is the nearest occasion word's: 'the exercise was shorter than the drills of August 2022')
        own = [t for at, t in acts if a <= at < b] or [t for t in known if a <= t.start and t.end <= b
                                                       and not WORD.search(text, min(end, t.end), max(start, t.start))]
        if not own and len(known) == 1 and not DEFINITE_BEFORE.search(text, max(0, start - 40), start):
            own = known
        if own:
            found[family] = own[0]
    return found


def claim_date(c: dict) -> TimeRef | None:
    """The date of a claim row as a time (None when unknown)."""
    if c["date_precision"] == "unknown" or c["date_start"] is None:
        return None
    return TimeRef(0, 0, c["time_text"] or "", c["date_start"], c["date_end"], c["date_precision"])


def frame_occasion(text: str, occasions: dict[str, TimeRef]) -> TimeRef | None:
    """The date of the occasion a sentence's opening frame refers back to, or None."""
    for family in frame_families(text):
        if family in occasions:
            t = occasions[family]
            return TimeRef(0, 0, t.text, t.date_start, t.date_end, t.precision)
    return None
