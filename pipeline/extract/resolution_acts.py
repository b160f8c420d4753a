"""A body's resolution or motion typed by what it does: 'the assembly adopted a resolution opposing the relocation'
(REJECT), '... passed a non-binding resolution supporting the deployment' (SUPPORT), '... adopted a resolution at its
general meeting calling on the government to revise the rules' (REQUEST).

Adopting a resolution is the body's act only through its content: the participle that follows the noun in the
same clause names it (syntax.yaml resolution_acts: participle -> PLOVER type). A resolution with no such participle
('adopted a resolution on the budget') is no interactive act and makes no event. Pure functions over text."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.extract.lexicon import inflect
from pipeline.extract.phrases import longest_first

# the adopting verb and the noun, a determiner and up to three modifiers between ('passed a non-binding resolution',
# 'unanimously adopted the committee's motion')
ADOPTED_NOUNS = ("resolution", "motion")     # (every match holds one: the event stage's precondition, events.py)
ADOPTED = re.compile(r"\b(?:adopted|passed|approved)\s+(?:a|an|the|its|their)\s+(?:[\w\-’']+\s+){0,3}?(?:"
                     + "|".join(rf"{n}s?" for n in ADOPTED_NOUNS) + r")\b", re.IGNORECASE)
# how far after the noun the participle may stand: an adjunct may come first ('at its regular general meeting on the 24th')
REACH = 90


def compile_participles(acts: Mapping[str, str]) -> re.Pattern | None:
    """One pattern for the participles of syntax.yaml resolution_acts, longest first; None when there are none."""
    if not acts:
        return None
    words = sorted(acts, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def resolution_acts(text: str, start: int, end: int, *, participles: re.Pattern | None,
                    acts: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """(verb start, noun end, PLOVER type) of each adopted resolution in text[start:end] whose content participle
    follows within the clause (no sentence or clause break: '.', ';', a closing bracket)."""
    if participles is None:
        return []
    folded = None     # (folded only when a sentence adopts something: most do not)
    out = []
    for m in ADOPTED.finditer(text, start, end):
        folded = folded if folded is not None else {k.casefold(): v for k, v in acts.items()}
        if (plover := content_type(text, m.end(), end, participles=participles, acts=folded)) is not None:
            out.append((m.start(), m.end(), plover))
    return out


def compile_issued(table: Mapping | None, irregular: Mapping | None = None) -> re.Pattern | None:
    """The pattern of syntax.yaml content_texts: a verb of issuing (inflected) and a text noun that is an act only
    through its content ('issued a series of radio challenges ordering the vessel to leave', 'broadcast warnings
    demanding that it leave'); between them a determiner, an amount or 'a series of', and up to two modifiers."""
    table = table or {}
    verbs = {f for lemma in table.get("verbs") or () for f in inflect(str(lemma), irregular or {})}
    nouns = [str(n) for n in table.get("nouns") or ()]
    if not verbs or not nouns:
        return None
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=longest_first))
    return re.compile(rf"(?<![\w\-])(?:{alt(verbs)})\s+(?:(?:a|an|the|its|their|several|repeated|multiple|\d+|two|three|four|five)\s+)?"
                      rf"(?:(?:series|number|round|string)\s+of\s+)?(?:(?!to\b|that\b|from\b)[\w\-]+\s+){{0,2}}?(?:{alt(nouns)})\b",
                      re.IGNORECASE)


def issued_acts(text: str, start: int, end: int, *, issued: re.Pattern | None, participles: re.Pattern | None,
                acts: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """(verb start, noun end, PLOVER type) of each issued text in text[start:end] whose content participle follows
    (content_type); a warning without one ('issued radio warnings') is no act of its own."""
    if issued is None or participles is None:
        return []
    out, folded = [], None     # (folded only when a sentence issues something: most do not)
    for m in issued.finditer(text, start, end):
        folded = folded if folded is not None else {k.casefold(): v for k, v in acts.items()}
        if (plover := content_type(text, m.end(), end, participles=participles, acts=folded)) is not None:
            out.append((m.start(), m.end(), plover))
    return out


CLAUSE_BREAK = re.compile(r"[.;:)]")


def content_type(text: str, noun_end: int, end: int, *, participles: re.Pattern | None, acts: Mapping[str, str]) -> str | None:
    """The PLOVER type of the content participle after a text's noun ending at noun_end ('a resolution opposing the
    plan', 'a joint statement calling on China to ...'), within REACH and before a sentence or clause break; None
    without one. acts: participle (casefolded) -> type."""
    if participles is None:
        return None
    stop = min(end, noun_end + REACH)
    brk = CLAUSE_BREAK.search(text[noun_end:stop])
    stop = noun_end + brk.start() if brk else stop
    p = participles.search(text, noun_end, stop)
    return acts.get(p.group(1).casefold()) if p is not None else None
