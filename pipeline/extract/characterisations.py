"""Naming verbs with a described object and intention verbs with an infinitive. Naming verbs: 'called the drills "reckless and provocative"', 'described it as "a
dangerous game"', 'called Lee's remarks "inappropriate"'. The object is any short noun phrase (not only a
name), the complement a quotation or an 'as'/article phrase; its evaluation types the act (syntax.yaml
characterisation: negative -> ACCUSE, positive -> SUPPORT). Pure functions."""
from __future__ import annotations

import re

# the object: a pronoun, or up to six words opened by a determiner, a possessive or a capitalised name
# ('the maneuver', "Lee's remarks on the islands", 'it', 'the proposed law'); then the complement: a
# quotation ('"reckless and provocative"', "'regrettable'") or an 'as' phrase / article phrase ('as a threat',
# 'a "blank cheque"'). Never across a clause break (comma, semicolon, 'that'). An en dash joins the names of a
# compound inside the object ('the Tsai–McCarthy meeting') as a hyphen does.
DESCRIBED = re.compile(
    r"\s+(?P<obj>(?:it|them|him|her|this|that|these|those)\b|"
    r"(?:the|this|that|these|those|its|their|his|her|our|[A-Z][\w’'.\-–]*(?:[’']s)?)\s+(?:(?!that\b|as\b|a\b|an\b)[\w’'\-–]+\s+){0,5}?"
    r"(?!that\b|as\b|a\b|an\b)[\w’'\-–]+)"
    r"\s+(?:as\s+)?(?P<comp>[“\"‘'][^”\"’'\n]{1,120}[”\"’']|(?:as\s+)?(?:an?|the)\s+[^,.;:\n]{1,60}|"
    # (events30) a bare adjective closing the clause ('called the Osaka post unacceptable.', 'called the move "deeply
    # regrettable"' is the quoted form): its evaluation types the act, a neutral word ('called the envoy yesterday.') none
    r"(?:(?:very|extremely|totally|utterly|completely|entirely|highly|deeply|wholly)\s+)?[a-z][\w\-]+(?=\s*(?:[.,;:!?]|$|\s+and\s)))")
WORDS = re.compile(r"[\w\-]+")


def described_act(text: str, verb_end: int, clause_end: int, *, positive: set[str], negative: set[str]) -> tuple[str, int, int] | None:
    """(type, object start, object end) of a naming verb ending at `verb_end` whose object, a noun phrase, is
    described by an evaluating complement inside the clause: 'ACCUSE' (negative words), 'SUPPORT' (positive
    words), 'none' (a complement without evaluation: 'described the talks as a first step'); None when no
    object + complement follows."""
    m = DESCRIBED.match(text, verb_end, clause_end)
    if not m:
        return None
    words = {w.casefold() for w in WORDS.findall(m.group("comp"))}
    plover = "ACCUSE" if words & negative else "SUPPORT" if words & positive else "none"
    return plover, m.start("obj"), m.end("obj")


def described_reading(text: str, verb_end: int, clause_end: int, targets: list, naming: tuple) -> tuple[str | None, list]:
    """(type, targets) of a naming verb with a described noun-phrase object: the evaluation's type and the
    named actors inside the object ("called Lee's remarks 'inappropriate'" targets Lee); (None, targets) when
    no evaluating complement follows. naming: (verbs, positive words, negative words)."""
    described = described_act(text, verb_end, clause_end, positive=naming[1], negative=naming[2])
    if described is None or described[0] == "none":
        return None, targets
    return described[0], [x for x in targets if described[1] <= x.start and x.end <= described[2]]


# an intention verb's infinitive: 'pledged to strengthen', 'vowed to' + verb (not 'committed to the alliance')
TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
INTENDED_INFINITIVE = re.compile(r"(?:\s+to)?\s+(?:\w+ly\s+)?(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|peace|"
                                 r"democracy|cooperation|dialogue)\b)[a-z]+\b", re.IGNORECASE)


def states_intention(text: str, trigger_end: int, surface: str) -> bool:
    """Whether an intention verb ending at trigger_end ('pledged', 'vowed to') takes a to-infinitive: an
    intention ('has pledged to strengthen its defences'), not an agreement ('pledged support')."""
    return bool(INTENDED_INFINITIVE.match(text, trigger_end)) and \
        (surface.casefold().endswith(" to") or bool(TO_AFTER.match(text, trigger_end)))
