"""Meetings written as nouns, whose noun phrase names the participants:

- a hyphenated compound before the noun: 'a Japan-India summit', 'the Kishida-Biden talks';
- 'between A and B' after it: 'talks between Tokyo and Taipei';
- 'with B' after it, with a possessor before it: 'Kishida's meeting with Biden', 'his summit with Suga'.

The noun phrase asserts that the meeting took place when a predicate of occurrence follows it ('was
held', 'took place') or when it opens the sentence as a fronted adjunct ('In his summit with Suga, ...',
'At the Japan-China talks, ...') before the main clause. Pure functions over the text, the trigger's
span and the sentence's mentions."""
import re
from dataclasses import dataclass

from pipeline.extract.actors import Mention

COMPOUND_JOIN = re.compile(r"[\-‐–]")
# between the participants' phrase and the noun: only space, or an ordinal/adjective ('Japan-China first summit' is rare)
BEFORE_NOUN_GAP = re.compile(r"\s+(?:(?:first|second|third|annual|bilateral|trilateral|leaders[’']?|summit|foreign|defen[cs]e|"
                             r"ministerial|security|strategic|economic)\s+){0,2}")
POSSESSIVE_GAP = re.compile(r"[’']s?\s+(?:(?:first|second|third|annual|bilateral|separate|recent|latest|earlier)\s+)*")
POSSESSIVE_PRONOUN = re.compile(r"(?<![\w\-])(?:his|her)\s+(?:(?:first|second|third|annual|bilateral|separate|recent|latest|earlier)\s+)*$",
                                re.IGNORECASE)
# a short time or place phrase between the noun and its participants or predicate ('talks in Tokyo between ...')
ADJUNCT = r"(?:\s+(?:in|at|on|last|this|earlier)\s+[\w’'.\-]+(?:\s+[\w’'.\-]+){0,3}?)?"
# (set off by commas: 'the Dialogue, between A and B, was held')
BETWEEN = re.compile(ADJUNCT + r",?\s+between\s+(?:the\s+)?")
WITH = re.compile(ADJUNCT + r"\s+with\s+(?:the\s+)?(?:visiting\s+)?")
# words that may stand between 'with' / 'between' / 'and' and a name: titles and nationalities ('Japanese Prime Minister')
NAME_PREFIX = re.compile(r"(?:(?:visiting|the|then|former|[A-Z][\w’'.\-]*)\s+){0,6}")
AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+")
OCCURRED = re.compile(ADJUNCT + r",?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:held|convened|staged|hosted)|"
                      r"took\s+place|(?:began|opened|ended|concluded|closed)\b)")


@dataclass(frozen=True)
class NounMeeting:
    participants: tuple[Mention, ...]
    end: int                 # where the noun phrase (with its participants) ends
    possessive_pronoun: bool  # 'his summit with ...': one participant is a person named elsewhere


def _at(text: str, mentions: list[Mention], pos: int) -> Mention | None:
    """The mention that starts at pos after an optional title or nationality ('Prime Minister Suga')."""
    return next((m for m in mentions if m.start >= pos and NAME_PREFIX.fullmatch(text, pos, m.start)), None)


def _names_from(text: str, pos: int, mentions: list[Mention], *, pair: bool) -> tuple[list[Mention], int]:
    """The names coordinated from pos on ('Japan and China', 'Biden'); with pair, at least two
    joined by 'and' are wanted ('between A and B')."""
    first = _at(text, mentions, pos)
    if first is None:
        return [], pos
    names, end = [first], first.end
    while True:
        joined = AND.match(text, end)
        nxt = _at(text, mentions, joined.end()) if joined else None
        if nxt is None:
            break
        names.append(nxt)
        end = nxt.end
    if pair and len(names) < 2:
        return [], pos
    return names, end


def noun_meeting(text: str, start: int, end: int, mentions: list[Mention]) -> NounMeeting | None:
    """The participants named by the noun phrase of the meeting noun at [start, end), if any."""
    before = [m for m in mentions if m.end <= start]
    after = [m for m in mentions if m.start >= end]
    # 'a Japan-India summit': names joined by hyphens right before the noun
    compound: list[Mention] = []
    if before and BEFORE_NOUN_GAP.fullmatch(text, before[-1].end, start):
        compound = [before[-1]]
        for m in reversed(before[:-1]):
            if not COMPOUND_JOIN.fullmatch(text, m.end, compound[0].start):
                break
            compound.insert(0, m)
    if len(compound) >= 2:
        return NounMeeting(tuple(compound), end, False)
    between = BETWEEN.match(text, end)
    if between:
        names, stop = _names_from(text, between.end(), after, pair=True)
        if names:
            return NounMeeting(tuple(names), stop, False)
    with_ = WITH.match(text, end)
    if with_:
        names, stop = _names_from(text, with_.end(), after, pair=False)
        if names:
            owner = before[-1] if before and POSSESSIVE_GAP.fullmatch(text, before[-1].end, start) else None
            if owner is not None:
                return NounMeeting((owner, *names), stop, False)
            if POSSESSIVE_PRONOUN.search(text, max(0, start - 40), start):
                return NounMeeting(tuple(names), stop, True)
    return None


def occurred_after(text: str, pos: int, clause_end: int) -> int | None:
    """The offset of a predicate of occurrence right after the noun phrase ('was held'), if any."""
    m = OCCURRED.match(text, pos, clause_end)
    return m.end() if m else None
