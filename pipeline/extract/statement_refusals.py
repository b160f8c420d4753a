"""A speaker's reported non-acceptance as a verbal act (events28): 'said it cannot accept the groundless accusations',
'told reporters the government "cannot accept" the intrusion', 'said Beijing would "not accept" any arrangement that
...'. GUIDELINES, Events (census 2026-12-07): "does not / cannot accept" another party's protest, complaint,
criticism, representations or claim is REJECT; "will / would not accept" an arrangement or act of others is
opposition, ACCUSE (as 'unacceptable'). The event machinery reads a negated 'accept' only with a named subject that
it resolves; here the speaker's own words carry it whatever their subject ('it', 'the government', 'we').
(events30) A denial that the other side has a case ('said there was "no territorial dispute" over the islands', 'said
that "no territorial issue to be resolved exists"') and a reply that what the other side asked to stop goes ahead
('responded that the referendum would go ahead as planned') turn down the other side's claim or demand: REJECT
(GUIDELINES: turning down a proposal = REJECT; h14 w04, h22 f08, f09).
Vocabulary: syntax.yaml refused_objects (the REJECT nouns) and statement_refusals. Pure functions."""
from __future__ import annotations

import re

# a negation right before 'accept' (quotation marks may stand around either: 'would "not accept"', '"cannot accept"')
NOT_ACCEPT = re.compile(r"\b(?:cannot|can\s+not|can[’']t|could\s+not|couldn[’']t|does\s+not|doesn[’']t|do\s+not|don[’']t|"
                        r"will\s+not|won[’']t|would\s+not|wouldn[’']t|will\s+never|would\s+never|never|not)"
                        r"[”\"’]?\s+[“\"‘]?(?:\w+ly\s+)?accept\b[”\"’]?", re.IGNORECASE)
# what stands right after: an object (not a clause, 'accept that ...', nor a bare end)
OBJECT_START = re.compile(r"\s+(?!that\b|to\b|it\s+if\b)[\w“\"‘]", re.IGNORECASE)


def refusal(text: str, start: int, end: int, *, rejected: re.Pattern | None, non_objects: frozenset[str]) -> tuple[str, int] | None:
    """(type, offset after 'accept') of the first negated 'accept' with an object in text[start:end], or None:
    REJECT when a refused-object noun (rejected: refusals.compile_refusals' pattern) heads the object, ACCUSE for
    any other object, none when the object's first word is a non-object ('cannot accept responsibility': a concession
    denied, no act toward anyone)."""
    if "accept" not in text[start:end].casefold():
        return None      # the gate: no 'accept' in the reported words
    for m in NOT_ACCEPT.finditer(text, start, end):
        obj = OBJECT_START.match(text, m.end(), end)
        if obj is None:
            continue
        first = re.match(r"[\s“\"‘]*(?:(?:the|any|such|its|their|these|this|that)\s+)?([\w\-]+)", text[m.end():end])
        if first and first.group(1).casefold() in non_objects:
            continue
        if rejected is not None and rejected.match(text, m.end(), end):
            return "REJECT", m.end()
        return "ACCUSE", m.end()
    return None


def _alternation(spec: dict | None, key: str) -> re.Pattern | None:
    phrases = sorted({" ".join(str(x).casefold().split()) for x in (spec or {}).get(key) or ()}, key=lambda x: (-len(x), x))
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.IGNORECASE)


def compile_denials(spec: dict | None) -> tuple[re.Pattern | None, re.Pattern | None, frozenset[str]]:
    """syntax.yaml statement_refusals: (denials, proceeds, reply verbs): phrases that deny the other side's claim, phrases
    of an act going ahead (a refusal only as a reply), the reply verbs."""
    replies = frozenset(" ".join(str(x).casefold().split()) for x in (spec or {}).get("reply_verbs") or ())
    return _alternation(spec, "denials"), _alternation(spec, "proceeds"), replies


def denial(text: str, start: int, end: int, *, verb: str, denials: tuple) -> int | None:
    """The offset of the first denial phrase in text[start:end] (of a phrase of going ahead when verb is a reply verb),
    or None."""
    deny, proceeds, replies = denials
    m = deny.search(text, start, end) if deny is not None else None
    if m is None and proceeds is not None and " ".join(verb.casefold().split()) in replies:
        m = proceeds.search(text, start, end)
    return m.start() if m else None
