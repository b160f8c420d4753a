"""Pronoun subjects of a temporal clause inside the main clause: 'X raised it again when he met Y', 'as I told
President Z', 'after she visited Taipei'. The meeting or visit is an act of its own (reporting names the occasion
by it); its pronoun is the main clause's subject (a person named at the head of the clause), or, for I/we, the
speaker of the words. Cataphora ('When she met Y, X ...') is left alone: the name comes after. Pure regex."""

from __future__ import annotations

import re

# the subordinator, the pronoun and adverbs/auxiliaries, ending right before the verb
TEMPORAL_PRONOUN = re.compile(r"\b(?:when|after|before|once|while|as)\s+(he|she|it|i|we)\s+"
                              r"(?:(?:first|also|later|last|again|finally|then|had|has|have)\s+)*$", re.IGNORECASE)
FIRST_PERSON = frozenset({"i", "we"})
# 'the commitments Japan made when it normalized relations': 'it' is the body named as the subject of the verb right
# before the subordinator (a name followed by a finite verb, a perfect or a negation)
SUBJECT_THEN_VERB = re.compile(r"\s+(?:(?:had|has|have|did|does|do|was|is)\s+)?(?:not\s+|never\s+|\w+ly\s+)?"
                               r"(?-i:[a-z]+(?:ed|ade|ook|ent|ave|aid|old|ew|ought|ote|oke))\b")


def subordinate_pronoun(text: str, clause_start: int, anchor: int) -> tuple[int, int, str] | None:
    """(start, end, pronoun) when the verb at anchor is the first verb of a temporal clause whose subject is a
    personal pronoun ('... when he met'), else None. The subordinator must follow earlier words of the clause
    (a clause-initial 'When she met X, ...' refers forward and is not resolved here; 'When I met X, ...' is the speaker's)."""
    m = TEMPORAL_PRONOUN.search(text, clause_start, anchor)
    if not m or not (is_first_person(m.group(1)) or text[clause_start:m.start()].strip(" “‘\"\t\n")):
        return None
    return m.start(1), m.end(1), m.group(1)


def is_first_person(pronoun: str) -> bool:
    """'I'/'we': the speaker of the words, not a person named in the clause."""
    return pronoun.casefold() in FIRST_PERSON


def verb_subject_before(text: str, start: int, at: int, mentions, persons) -> str | None:
    """The actor id of the last body (not a person) between start and at that is the subject of a finite verb right
    after it ('the commitments Manila made when it ...', 'because Japan had not specified ... when it ...'), else None:
    what a clause-internal 'when it ...' refers to."""
    for m in reversed([x for x in mentions if start <= x.start and x.end <= at]):
        if m.actor_id not in persons and SUBJECT_THEN_VERB.match(text, m.end, at):
            return m.actor_id
    return None
