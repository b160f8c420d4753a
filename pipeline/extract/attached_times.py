"""Times attached to a noun are the noun's, not the act's (dates24; GUIDELINES, Dates: a time dates the acts of its
own clause): a noun's past participle ('voiced concern over the pact signed in Manila on Monday') or a possessive
("welcomed yesterday's agreement"). (A non-restrictive relative clause's time is timing.foreign_time's.) Pure
functions; offsets are into the sentence text.
"""
from __future__ import annotations

import re
from datetime import timedelta

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
CLAUSE_BREAK = re.compile(r"[:;]")
# ... unless the act is taking part in that noun's event or done at it ('attended Saturday's talks', 'said at
# Thursday's briefing', 'during last Thursday's phone call he asked ...': on that day)
TAKES_PART_BEFORE = re.compile(r"\b(?:attend(?:ed|s)?|join(?:ed|s)?|host(?:ed|s)?|chair(?:ed|s)?|(?:took|take|takes) part in|"
                               r"participat(?:ed|es?) in|addressed|opened|closed|at|during)\s+$", re.IGNORECASE)


def possessive_time_of_other(sentence: str, local: int, t: TimeRef | None) -> bool:
    """True when t is a possessive time ("yesterday's agreement") in the object after the trigger at local, so the
    time is the noun's, not the act's."""
    if t is None or not POSSESSIVE_AFTER.match(sentence, t.end) or TAKES_PART_BEFORE.search(sentence, 0, t.start):
        return False
    # only an object after the act is another's noun ("welcomed yesterday's agreement"); a possessive time before the
    # act opens its clause's subject ("Today's talks were held party to party, granting Tokyo cover"), and one after
    # a colon or semicolon opens another clause: the clause's time, as before
    return local < t.start and not CLAUSE_BREAK.search(sentence, local, t.start)


# 'Weeks after the drills in May, Tokyo summoned ...', 'Shortly before the vote on Friday, ...': a time inside a fronted
# after/before phrase with no exact count dates its noun; the act is at no stated distance from it, so undated
# (GUIDELINES, Dates: 'days after', 'weeks after' stay null; exact counts are came_after's and counted_after's)
HEDGED_FRONT = re.compile(r"(?:^|[,;:]\s*)[“\"‘]?(?:days|weeks|months|years|hours|shortly|soon|not\s+long|just|only|barely|"
                          r"(?:less|more)\s+than\s+\w+\s+(?:days?|weeks?|months?|years?))\s+(?:after|before)\b(?:[^,;:]|,\s*(?:19|20)\d\d\b)*,",
                          re.IGNORECASE)


def hedged_front_time(sentence: str, local: int, t: TimeRef) -> bool:
    """True when t sits in a fronted hedged after/before phrase ('Weeks after the drills in May,') that ends before
    the trigger at local."""
    if t.start >= local or ("after" not in sentence and "before" not in sentence):
        return False
    return any(m.start() <= t.start and t.end <= m.end() <= local for m in HEDGED_FRONT.finditer(sentence, 0, local))


# (a year after a day's comma, 'on May 3, 2024,', stays inside the phrase)
# 'Two days after the vote on May 3, Beijing summoned ...', 'A week before the summit on 9 June, ...': an exact count
# of days or weeks from a dated day resolves (GUIDELINES, Dates: counting from the dated act, `day`)
COUNTED_FRONT = re.compile(r"(?:^|[,;:]\s*)[“\"‘]?(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                           r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b(?:[^,;:]|,\s*(?:19|20)\d\d\b)*,", re.IGNORECASE)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


def fronted_count_time(sentence: str, local: int, t: TimeRef) -> TimeRef | None:
    """The day an exact fronted count names ('Two days after the vote on May 3,') when t, a day, is its anchor
    inside the phrase that ends before the trigger at local; None when t is no such anchor."""
    if t.start >= local or t.precision != "day" or t.date_start is None or ("after" not in sentence and "before" not in sentence):
        return None
    for m in COUNTED_FRONT.finditer(sentence, 0, local):
        if m.start("dir") < t.start and t.end <= m.end() <= local:
            n = m.group("n").casefold()
            days = (int(n) if n.isdigit() else NUMBERS[n]) * (7 if m.group("unit").casefold().startswith("week") else 1)
            d = t.date_start + timedelta(days=days if m.group("dir").casefold() == "after" else -days)
            return TimeRef(m.start(), m.end(), m.group(0), d, d, "day")
    return None
