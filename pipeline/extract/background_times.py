"""Times that name no occasion the narrative moves to (GUIDELINES, Dates, 'Acts around a dated occasion': the tie
holds while 'no other time or occasion [is] named in between'). A time used as a noun's modifier ('the 1972 joint
communique', 'the May 20 seizure', 'Japan's 2015 security laws') belongs to that noun: it neither dates a verb's
act elsewhere in the sentence nor ends an actor's tie to a dated occasion; a period's start ('since 2019') ends no
tie either (timing.period_start). Pure functions over a sentence's text and its time expressions."""
import re

from pipeline.extract.dates import TimeRef
from pipeline.extract.occasion_frames import WORD as OCCASION_WORD
from pipeline.extract.timing import period_start

# a determiner or a possessive right before the time ('the', 'its', "Japan's"), nothing else in between
DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|our)|[\w\-]+['’]s)\s+$", re.IGNORECASE)
# a noun (or an adjective and noun) right after the time, no preposition, conjunction, verb-ish or punctuation
NOT_A_NOUN = r"(?:and|or|but|to|of|in|on|at|by|for|with|from|as|when|while|after|before|until|since|that|which|who|was|were|is|are|has|had|have|will|would|could|should|may|might)"
NOUN_AFTER = re.compile(r"\s+(?!" + NOT_A_NOUN + r"\b)[A-Za-z][\w\-]*", re.IGNORECASE)
# a calendar year or a month and day, the times that modify a noun ('the 2016 ruling', 'the May 20 seizure'); a
# weekday or a relative phrase does not ('the Monday meeting' is rare and 'this year's drills' takes its own path)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
CALENDAR = re.compile(r"^(?:(?:1[89]|20)\d\d|" + MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + MONTH + r")$")
# an occasion framing the sentence's acts ('At the 2023 summit, ...', 'during the May 20 inauguration'): the acts
# happen at it, so its time is theirs (occasion_frames)
FRAMING = re.compile(r"\b(?:at|during|throughout|in|on the sidelines of|on the margins of)\s+\S+\s+$", re.IGNORECASE)


def attributive(text: str, t: TimeRef) -> bool:
    """True when time t (offsets into text) modifies the noun right after it: 'the 1972 joint communique'."""
    det = DETERMINER_BEFORE.search(text, max(0, t.start - 40), t.start)
    noun = NOUN_AFTER.match(text, t.end)
    if not CALENDAR.match(t.text.strip()) or det is None or noun is None:
        return False
    framed = FRAMING.search(text, max(0, t.start - 60), t.start) and OCCASION_WORD.match(text, noun.start() + 1 if text[noun.start()].isspace() else noun.start())
    return not framed


def noun_time_of(text: str, t: TimeRef, local: int) -> bool:
    """True when the trigger at local is the noun phrase that attributive time t modifies ('the 2016 ruling')."""
    return 0 <= local - t.end <= 30 and not re.search(r"[,;:.]", text[t.end:local])


def verb_times(text: str, times: list[TimeRef], local: int) -> list[TimeRef]:
    """The times that may date the act at local: all but the modifiers of other nouns."""
    return [t for t in times if not attributive(text, t) or noun_time_of(text, t, local)]


# a time inside a since-clause ('close since the two sides signed a pact in 2013'): the period's start
SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.“”\"]{0,80}$", re.IGNORECASE)


# ('since last November, when Takaichi told parliament ...': the when-clause narrates that occasion)
WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)


def occasion_times(text: str, times: list[TimeRef]) -> list[TimeRef]:
    """The times that name an occasion the narrative may move to: not a noun's modifier, not a period's start."""
    return [t for t in times if not attributive(text, t) and (WHEN_AFTER.match(text, t.end) or (
        not period_start(text, t) and not SINCE_CLAUSE.search(text, max(0, t.start - 90), t.start)))]


# a day a plan is fixed for ('the referendum, set for March 20', 'talks scheduled for Monday'): no occasion the
# narrative has reached, so nothing after it ('At the meeting', 'the same day') refers back to it
PLANNED_FOR = re.compile(r"\b(?:set|scheduled|slated|due|planned|expected|fixed)\s+(?:to\s+\w+\s+)?(?:for|on)\s+(?:the\s+)?$",
                         re.IGNORECASE)


def narrated_days(text: str, times: list[TimeRef]) -> list[TimeRef]:
    """The times of a sentence that the narrative can go on from with 'the same day' or 'At the meeting': occasion
    times (occasion_times) that no plan is set for."""
    return [t for t in occasion_times(text, times)
            if not (t.start and PLANNED_FOR.search(text, max(0, t.start - 40), t.start))]
