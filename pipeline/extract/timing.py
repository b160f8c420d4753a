"""Which time expression dates a claim: the trigger's own clause, never a dateline or the time of a
trailing attribution frame (', the ministry said on Tuesday')."""
import re

from pipeline.extract.dates import TimeRef
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.sentences import Sentence

DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .,]*\d{1,2}\s*(?:\([^)]*\))?\s*(?:--|[–—-])")


def clause_time(times: list[TimeRef], s: Sentence, clause: tuple[int, int], trigger_start: int,
                frame_start: int | None = None) -> TimeRef | None:
    """The time expression of the trigger's own clause (nearest before it, else after it); a time in a
    trailing attribution frame (', the ministry said on Tuesday') dates the statement, not the event."""
    c_start, c_end = clause[0] - s.start, clause[1] - s.start
    limit = c_end if frame_start is None or frame_start <= trigger_start else min(c_end, frame_start - s.start)
    dateline = DATELINE.match(s.text)
    inside = [t for t in times if c_start <= t.start and t.end <= limit and not (dateline and t.end <= dateline.end())]
    local = trigger_start - s.start
    # 'agreed on Wednesday', 'met Lai ... on Monday': a time right after the verb is its own
    right_after = [t for t in inside if 0 <= t.start - local <= 40 and not re.search(r"[,;]", s.text[local:t.start])]
    if right_after:
        return right_after[0]
    # a time after a that-complement's start dates the complement ('urged X to state that Japan would maintain
    # the policy set out in 1972'), not the trigger
    inside = [t for t in inside if t.start <= local or not COMPLEMENT_START.search(s.text, local, t.start)]
    return nearest_time(inside, local)


COMPLEMENT_START = re.compile(r"\bthat\b")


TRAILING_FRAME = re.compile(r"(?:,|[”’\"])\s*(?:(?:according to|citing)\b|[^,“”\"]{0,80}?\b(?:said|says|told|added|noted|stated|announced|reported|wrote|claimed|confirmed)\b)[^“”\"]*$")


def attribution_frame_start(text: str, s: Sentence, lexicon: Lexicon) -> int | None:
    """Offset where a sentence-final attribution frame begins (', the embassy said in a statement on
    Tuesday'), or None."""
    m = TRAILING_FRAME.search(s.text)
    return s.start + m.start() if m else None


def nearest_time(times: list[TimeRef], local_pos: int) -> TimeRef | None:
    """The time expression that governs a trigger: the nearest one before it, else after it."""
    if not times:
        return None
    before = [t for t in times if t.start <= local_pos]
    return before[-1] if before else times[0]


def date_columns(t: TimeRef | None) -> dict:
    """The claim columns of a time expression (all null, precision unknown, without one)."""
    if t is None:
        return {"time_text": None, "date_start": None, "date_end": None, "date_precision": "unknown"}
    return {"time_text": t.text, "date_start": t.date_start, "date_end": t.date_end, "date_precision": t.precision}
