"""Times attached to a noun are the noun's, not the act's (dates24; GUIDELINES, Dates: a time dates the acts of its
own clause): a noun's past participle ('voiced concern over the pact signed in Manila on Monday') or a possessive
("welcomed yesterday's agreement"). (A non-restrictive relative clause's time is timing.foreign_time's.) Pure
functions; offsets are into the sentence text.
"""
from __future__ import annotations

import re

from pipeline.extract.dates import TimeRef
from pipeline.extract.phrases import longest_first

# 'voiced concern over the agreement signed by the two sides in Manila on Monday', 'criticised the statement issued
# after the talks on Tuesday': a time after a noun's past participle dates that noun's making, not the trigger
# (GUIDELINES, Dates: a time dates the acts of its own clause; dates24)
PARTICIPLE_WORDS = sorted(("signed", "issued", "held", "adopted", "released", "concluded", "reached", "published",
                    "announced", "unveiled", "passed", "approved", "enacted", "launched", "staged", "conducted",
                    "struck", "inked", "agreed", "imposed", "introduced", "delivered", "submitted", "made"), key=longest_first)
PARTICIPLES = "|".join(map(re.escape, PARTICIPLE_WORDS))
NOUN_PARTICIPLE = re.compile(r"\b(?:the|a|an|its|their|this|that|his|her)\s+(?:[\w\-’'“”\"]+\s+){0,5}?"
                             rf"(?:{PARTICIPLES})\s+(?:by|in|at|on|with|during|between|after|last|earlier)\b",
                             re.IGNORECASE)
PARTICIPLE_END = re.compile(rf"\b(?:{PARTICIPLES})\s+\w+$", re.IGNORECASE)
AUXILIARY_BEFORE = re.compile(r"\b(?:had|has|have|was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def noun_participle_time(sentence: str, local: int, t: TimeRef) -> bool:
    """True when t, after the trigger at local, follows a noun's past participle between them ('the agreement
    signed ... on Monday'), so it is that noun's time, not the trigger's."""
    if t.start <= local:
        return False
    between = sentence[local:t.start]
    if not any(w in between for w in PARTICIPLE_WORDS):
        return False
    for m in NOUN_PARTICIPLE.finditer(sentence, local + 1, t.start):
        p = PARTICIPLE_END.search(m.group(0))
        if p and not AUXILIARY_BEFORE.search(sentence, local, m.start() + p.start()):
            return True
    return False


# "welcomed yesterday's agreement", "condemned Tuesday's launch": a possessive time is the possessed noun's
POSSESSIVE_AFTER = re.compile(r"[’']s\b")
# ... unless the act is taking part in that noun's event ('attended Saturday's talks': on Saturday)
TAKES_PART_BEFORE = re.compile(r"\b(?:attend(?:ed|s)?|join(?:ed|s)?|host(?:ed|s)?|chair(?:ed|s)?|(?:took|take|takes) part in|"
                               r"participat(?:ed|es?) in|addressed|opened|closed)\s+$", re.IGNORECASE)


def possessive_time_of_other(sentence: str, local: int, t: TimeRef | None) -> bool:
    """True when t is a possessive time ("yesterday's agreement") and the trigger at local is not its noun phrase
    (the few words right after it), so the time is the noun's, not the act's."""
    if t is None or not POSSESSIVE_AFTER.match(sentence, t.end) or TAKES_PART_BEFORE.search(sentence, 0, t.start):
        return False
    return not (t.end < local <= t.end + 40 and not re.search(r"[,;]", sentence[t.end:local]))
