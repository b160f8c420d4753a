"""What ties an undated act to a dated occasion, and what unties it (GUIDELINES, Dates, "Acts around a dated
occasion", ruling of 2026-12-07): 'at the time' refers back to the occasion and takes its date whoever acts;
'later', 'eventually', 'subsequently', 'went on to' place the act after it at no stated distance, so it stays
unknown even for the occasion's own actor."""
import re

from pipeline.extract.dates import TimeRef

# 'at the time', 'at that time' (not 'at the time of the visit', which names its own occasion)
AT_THE_TIME = re.compile(r"\bat\s+(?:the|that)\s+time\b(?!\s+of\b)", re.IGNORECASE)
# 'later', 'eventually', 'subsequently', 'afterwards', 'went on to' with no quantity: 'later that day', 'later in the
# evening', 'later that month', 'two days later' name a time of their own and are left to the anaphor resolvers
SEQUEL = re.compile(r"\b(?:later|eventually|subsequently|afterwards?|(?:went|goes|go)\s+on\s+to)\b"
                    r"(?!\s+(?:that|this|in|on|the\s+same)\b)", re.IGNORECASE)
# 'two days later', 'a year later', 'months later': a counted distance (the anaphor resolvers' business)
QUANTITY_BEFORE = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+$", re.IGNORECASE)
# quotation marks: a sequel adverb inside someone's quoted words is not the narrator's
QUOTE_MARK = re.compile(r"[“”\"]")


def _narration(text: str, start: int, end: int) -> str:
    """text[start:end] from after its last quotation mark: the narrator's words right before a verb."""
    window = text[start:end]
    marks = list(QUOTE_MARK.finditer(window))
    return window[marks[-1].end():] if marks else window


def sequel_at(text: str, start: int, verb_at: int) -> int | None:
    """Offset into text of the word that places the act at verb_at 'later' at no stated distance ('Kishida later
    urged', 'Later, the envoy said', '"...," he later told reporters', 'and Japan eventually apologized'), looked
    for in the narration between start and the verb; None without one."""
    lo = max(start, verb_at - 80)
    window = _narration(text, lo, verb_at)
    m = next((m for m in SEQUEL.finditer(window) if not QUANTITY_BEFORE.search(window, 0, m.start())), None)
    return None if m is None else verb_at - len(window) + m.start()


def sequel_marked(text: str, start: int, verb_at: int) -> bool:
    """True when sequel_at finds such a word."""
    return sequel_at(text, start, verb_at) is not None


def at_the_time(text: str, start: int, end: int, times_before: list[TimeRef], last_time: TimeRef | None) -> TimeRef | None:
    """The occasion's time for an act whose clause (text[start:end]) says 'at the time': the last resolved time of
    the sentence before the act, else the narrative's last time; None without the phrase or an occasion."""
    if AT_THE_TIME.search(text, start, end) is None:
        return None
    known = [t for t in times_before if t.precision != "unknown" and t.date_start is not None]
    return known[-1] if known else last_time

