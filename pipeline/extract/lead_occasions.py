"""The subject of a lead that dates an occasion but codes no act of its own (GUIDELINES, Dates, "Acts around a
dated occasion"; dates23): 'Foreign Minister Lin appeared before the legislature on Wednesday. He thanked Japan ...'
- Lin's thanks go on with Wednesday's occasion. The actor day memory (actor_days.remember_days) is fed only by
dated acts; this gives it the sentence subject of an undated-act sentence with a single day. Pure functions."""
from __future__ import annotations

import re

from pipeline.extract.dates import TimeRef

# the first finite verb of the sentence: the subject is named before it ('-ed' past forms and the common
# irregular ones a lead uses for an occasion)
FIRST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|met|held|gave|spoke|was|were|made|took|went|flew|led|told|said|sat|came|"
                        r"began|is|are|will|has|have|had)\b")
# a possessive name modifies the subject ('Taiwan's foreign minister Lin'); it is not the subject
POSSESSIVE = re.compile(r"[’']s?\b")
# a name after a preposition or a comma-introduced phrase is no subject ('the ambassador to Japan')
PREPOSITION_BEFORE = re.compile(r"\b(?:to|of|for|from|with|by|in|at|on|against|between|and)\s+(?:the\s+)?$", re.IGNORECASE)
LEAD_SPAN = 120   # characters: a subject further into the sentence is rarely its grammatical subject


def lead_subject(sentence_text: str, mentions: list[tuple[int, int, str]], times: list[TimeRef]) -> list[str]:
    """The actor the sentence is about when it names one day and no act: the first name, not possessive and not
    after a preposition, before the sentence's first verb and its time; [] otherwise. mentions are (start, end,
    actor) offsets into sentence_text."""
    days = [t for t in times if t.precision == "day" and t.date_start is not None]
    if len(days) != 1 or any(t.precision != "unknown" and t.date_start is not None and t is not days[0] for t in times):
        return []
    verb = FIRST_VERB.search(sentence_text)
    limit = min(verb.start() if verb else len(sentence_text), days[0].start, LEAD_SPAN)
    for start, end, actor in sorted(mentions):
        if start >= limit:
            break
        if POSSESSIVE.match(sentence_text, end) or PREPOSITION_BEFORE.search(sentence_text, max(0, start - 20), start):
            continue
        return [actor]
    return []


# "Beijing's response came the following day.", "The PLAAF's reply came a day later.": a lead that dates an actor's
# reaction by an anaphoric day and codes no act; the reaction's owner acts on that day (GUIDELINES, Dates, 'X came N
# after <dated act>'), so what its spokesperson says next goes on with it
RESPONSE_CAME = re.compile(r"^\W*(?:the\s+)?(?P<who>[A-Z][\w\-.’' ]{0,60}?)[’']s?\s+(?:\w+\s+)?(?:response|reaction|reply|"
                           r"retort|rebuke|answer|protest)\s+came\b")


def response_owner(sentence_text: str, mentions: list[tuple[int, int, str]]) -> list[str]:
    """The actor whose reaction the sentence says came on an anaphoric day ("Beijing's response came ..."): the
    mention inside the possessor; [] otherwise. mentions are (start, end, actor) offsets into sentence_text."""
    m = RESPONSE_CAME.match(sentence_text)
    if m is None:
        return []
    return [a for start, end, a in mentions if m.start("who") <= start and end <= m.end("who") + 1][:1]
