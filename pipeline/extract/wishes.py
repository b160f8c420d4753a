"""Wishes addressed to a party: 'we hope the Japanese side will view it calmly', 'China hoped Japan would take
concrete actions' ask that party to act (REQUEST); a wish about a thing ('hoped the new channel would lead to
closer cooperation') or one's own aspiration ('hopes to deepen cooperation') asks nothing of anyone.
syntax.yaml wish_verbs / wish_infinitives. Pure functions."""
from __future__ import annotations

import re

from pipeline.extract.actors import Mention

# the wished clause's subject right after the verb: '(that) (the) <name>'
PARTY_GAP = re.compile(r"\s+(?:that\s+)?(?:the\s+)?$", re.IGNORECASE)


TO_WORD = re.compile(r"\s+to\s+([a-z]+)", re.IGNORECASE)


def wish_to_party(text: str, trigger_end: int, mentions: list[Mention], infinitives: frozenset[str]) -> bool:
    """Whether the wish verb ending at trigger_end names a party that is to act (a mention opening the wished
    clause) or takes one of `infinitives` ('hoped to share intelligence with Japan')."""
    if any(trigger_end < x.start <= trigger_end + 12 and PARTY_GAP.fullmatch(text, trigger_end, x.start) for x in mentions):
        return True
    m = TO_WORD.match(text[trigger_end:trigger_end + 30])
    return bool(m and m.group(1).casefold() in infinitives)
