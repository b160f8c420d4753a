"""Which acts a sentence's time does not reach, and which it reaches across a colon (dates18; GUIDELINES, Dates: 'A time
expression of a sentence dates every act of that sentence's main clauses'). Pure functions; offsets are into the
sentence text.

- An act in an after/before/until clause ('In November 2021, after Vilnius allowed the office to open, Beijing
  downgraded ties'; 'Tokyo protested on Monday after the ships entered the zone') is not a main clause's act: it
  happened at no stated distance from the main clause's time, so it takes no time from outside its own clause.
- A lead-in clause that ends with its time and a colon ('Tension rose again in September 2012: boats entered the
  waters, and the coast guard drove them off') sets the scene its elaboration narrates: the acts after the colon
  that name no time of their own take it.
"""
from __future__ import annotations

import re

from pipeline.extract.coordinated_time import has_past
from pipeline.extract.dates import TimeRef

# the subordinator opening a clause whose act precedes or follows the main clause's at no stated distance
# ('when' is left out: a when-clause is dated by the time it follows, timing.scene_time)
SUBORDINATOR = re.compile(r"\b(?:after|before|until)\s+", re.IGNORECASE)
# a counted distance before the subordinator ('a day after', 'two weeks before', 'shortly after' is not counted but
# 'the day after' is): counted_after.py and came_after.py resolve those from the dated side
COUNTED_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|later|earlier)\s*$", re.IGNORECASE)
# what ends the subordinate clause before the trigger: a comma, a semicolon, a colon, a quotation, a coordination
CLAUSE_BREAK = re.compile(r"[,;:“”\"]|\b(?:and|but)\s+(?:then\s+)?\w+ed\b")


def subordinate_clause_start(sentence: str, local: int) -> int | None:
    """The offset of the after/before/until subordinator whose clause holds the trigger at local (no clause
    break between them), else None; None too when the subordinator is counted ('two days after')."""
    found = None
    for m in SUBORDINATOR.finditer(sentence, 0, local):
        if m.end() <= local and not CLAUSE_BREAK.search(sentence, m.end(), local):
            found = m
    if found is None or found.end() == local or COUNTED_BEFORE.search(sentence, 0, found.start()):
        return None
    return found.start()


# the gold dates a trailing after-clause with the main clause's time ('staged drills in April after Tsai met
# McCarthy': h4 m03, h9 r03, r06), but not one that opens or splits the sentence ('In November 2021, after Vilnius
# allowed ..., Beijing downgraded ...': h19 c10) nor one around a past perfect, whose time is the reporting's or
# the perfect's ('said yesterday that Japan had conveyed ..., after the PLA concluded ...': h3 m07; 'after the
# G7 had urged': h14 w01; 'had apologized after its boat rammed ...': h14 w04)
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|not\s+|also\s+)?\w+(?:ed|en|wn|ne|ld|lt|nt|ught|ot|ut|ung|un)\b", re.IGNORECASE)
# ... read from the verb table when given (seeds/lexicons/verbs.yaml past participles, Knowledge.irregular_verbs):
# a regular '-ed' participle or one of the table's ('had made', 'had met', 'had left', which the suffixes miss)
HAD_WORD = re.compile(r"\bhad\s+(?:\w+ly\s+|not\s+|also\s+)?(?P<w>[a-z]+)\b", re.IGNORECASE)


def past_participles(irregular) -> frozenset[str]:
    """The past participles of the verb table (its second column and alternative spellings), casefolded."""
    return frozenset(f.strip().casefold() for forms in (irregular or {}).values() if forms and len(forms) > 1
                     for f in [*str(forms[1]).split("/"), *map(str, forms[4:])] if f.strip() and not f.endswith("ing"))


def past_perfect_before(sentence: str, end: int, participles: frozenset[str] | None) -> bool:
    """Whether sentence[:end] holds a past perfect: by the verb table when given, else by PAST_PERFECT's suffixes."""
    if participles is None:
        return PAST_PERFECT.search(sentence, 0, end) is not None
    return any(m.group("w").casefold().endswith("ed") or m.group("w").casefold() in participles
               for m in HAD_WORD.finditer(sentence, 0, end))

PERFECT_AUX = re.compile(r"\bhad\s+(?:\w+ly\s+|not\s+|also\s+)?$", re.IGNORECASE)     # the trigger's own 'had'


CLAUSE_MARK = re.compile(r"[,;:]")


def fronted_clause(sentence: str, local: int) -> bool:
    """True when the clause holding the trigger at local is followed, after a comma, by more of the sentence (the
    main clause or the rest of it), not by the sentence's end."""
    m = CLAUSE_MARK.search(sentence, local)
    return m is not None and sentence[m.end():].strip(" \"”’.)") != ""


def past_verb_at(sentence: str, local: int, past_forms: frozenset[str]) -> bool:
    """Whether the word at local is a simple past ('met', 'agreed'): a verb, not an event noun ('visit')."""
    m = re.compile(r"[A-Za-z]+").match(sentence, local)
    return m is not None and has_past(sentence, m.start(), m.end(), past_forms)


def outside_subordinate_time(sentence: str, local: int, t: TimeRef | None, times: list[TimeRef], *,
                             participles: frozenset[str] | None = None, past_forms: frozenset[str] | None = None) -> bool:
    """True when t, the time found for the act whose trigger is at local, is not its own: the trigger sits in an
    after/before/until clause and t is not one of the sentence's times inside that clause."""
    if t is None or t.date_start is None:
        return False
    sub = subordinate_clause_start(sentence, local)
    if sub is None:
        return False
    if not (fronted_clause(sentence, local) or past_perfect_before(sentence, sub, participles)
            or PERFECT_AUX.search(sentence, 0, local)) and not (past_forms is not None and past_verb_at(sentence, local, past_forms)):
        # a trailing 'after X's visit' names an occasion, no clause: left to the sentence's time as before; a
        # trailing clause's verb ('..., after Tsai met McCarthy') is no main-clause act (GUIDELINES, goldfix11; dates20)
        return False
    own = any(t is x for x in times) and t.start >= sub and not CLAUSE_BREAK.search(sentence, local, t.start)
    return not own


# '<lead-in clause> in September 2012: <elaboration>': the time closes the lead-in right before the colon
COLON_AFTER = re.compile(r"\s*:\s+")


OPENING_QUOTE_MARK = re.compile(r"[“\"]")


def colon_lead_time(sentence: str, times: list[TimeRef], local: int) -> TimeRef | None:
    """The time closing a lead-in clause right before a colon, for a trigger after the colon; None when the
    elaboration names a time before the trigger or holds a quotation before it."""
    for t in times:
        if t.precision == "unknown" or t.date_start is None or t.end > local:
            continue
        m = COLON_AFTER.match(sentence, t.end)
        if m is None or m.end() > local:
            continue
        if any(m.end() <= x.start < local for x in times) or OPENING_QUOTE_MARK.search(sentence[m.end():local]):
            return None
        return t
    return None
