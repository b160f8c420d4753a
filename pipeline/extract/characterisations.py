"""Naming verbs with a described object: 'called the drills "reckless and provocative"', 'described it as "a
dangerous game"', 'called Lee's remarks "inappropriate"'. The object is any short noun phrase (not only a
name), the complement a quotation or an 'as'/article phrase; its evaluation types the act (syntax.yaml
characterisation: negative -> ACCUSE, positive -> SUPPORT). Pure functions."""
from __future__ import annotations

import re

# the object: a pronoun, or up to six words opened by a determiner, a possessive or a capitalised name
# ('the maneuver', "Lee's remarks on the islands", 'it', 'the proposed law'); then the complement: a
# quotation ('"reckless and provocative"', "'regrettable'") or an 'as' phrase / article phrase ('as a threat',
# 'a "blank cheque"'). Never across a clause break (comma, semicolon, 'that').
DESCRIBED = re.compile(
    r"\s+(?P<obj>(?:it|them|him|her|this|that|these|those)\b|"
    r"(?:the|this|that|these|those|its|their|his|her|our|[A-Z][\w’'.\-]*(?:[’']s)?)\s+(?:(?!that\b|as\b|a\b|an\b)[\w’'\-]+\s+){0,5}?"
    r"(?!that\b|as\b|a\b|an\b)[\w’'\-]+)"
    r"\s+(?:as\s+)?(?P<comp>[“\"‘'][^”\"’'\n]{1,120}[”\"’']|(?:as\s+)?(?:an?|the)\s+[^,.;:\n]{1,60})")
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
