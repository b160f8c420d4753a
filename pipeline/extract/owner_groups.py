"""A subject named through its agents and 'of' (or 'from', 'for'): 'The foreign ministers of Japan and Australia held talks', 'A delegation
of the Liberal Democratic Party visited Taipei', 'The air forces of China and Russia organized a joint patrol', 'Defence
chiefs of Japan, the United States and Australia met'. The subject rules skip a name after a preposition ('experts on
cooperation between Tokyo and Taipei have suggested'), so these subjects named no one; when the head noun is one an
actor acts through (its officials, envoys, ministers, forces, ships: syntax.yaml asset_nouns and agent_nouns), the
owners after 'of', one or a coordinated group, are the source. Pure functions over compiled patterns."""
from __future__ import annotations

import re
from typing import Callable

from pipeline.extract.actors import Mention
from pipeline.extract.phrases import longest_first

# what may open the clause before the agent phrase: a fronted adjunct closed by a comma ('On Saturday, '), 'that',
# an article or a count ('the two', 'four')
_OPENING = r"[\s“‘\"]*(?:[^,;:“”\"]{0,60},\s*)?(?:that\s+)?(?:(?:the|a|an|both)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?"
# up to three modifiers before the head noun ('top', 'foreign and defense', 'coast guard')
_MODIFIERS = r"(?:[\w\-]+\s+){0,3}?"


def compile_agent_opening(nouns) -> re.Pattern | None:
    """The pattern of a clause opening up to the owner: '<opening> [modifiers] <agent noun>[s] of [the] ' (matched with
    fullmatch from the clause start to the first owner's mention); None without nouns."""
    words = sorted({n.casefold() for n in nouns if n}, key=longest_first)
    if not words:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # 'of' and 'from' name the owner ('Officials from the ministry', 'Lawmakers from Japan and Taiwan'), 'for' the body a
    # spokesperson speaks for ('A spokesperson for the ministry')
    return re.compile(rf"{_OPENING}{_MODIFIERS}(?:{alt})s?\s+(?:of|from|for)\s+(?:the\s+)?", re.IGNORECASE)


def owners_of_agents(text: str, clause_start: int, anchor: int, mentions: list[Mention], *, opening: re.Pattern | None,
                     verb_gap: re.Pattern, coordination: Callable) -> list[Mention] | None:
    """The owners named after 'of' in an agent phrase that opens the clause and is the subject of the verb at anchor
    ('The foreign ministers of Japan and Australia held'), or None. The owners are the coordinated names right after
    'of' ('Japan, the United States and Australia'); only adverbs or a comma-closed aside may follow them before the
    verb ('The air forces of China and Russia on Tuesday organized' is left alone: a time phrase is no such gap)."""
    if opening is None:
        return None
    inside = [x for x in mentions if clause_start <= x.start and x.end <= anchor]
    # (a name inside a fronted adjunct, 'In Tokyo, the ministers of ...', comes first: the opening spans it)
    first = next((i for i, x in enumerate(inside) if opening.fullmatch(text, clause_start, x.start)), None)
    if first is None:
        return None
    group = coordination(inside[first:], text, nearest_last=False)
    if not group or not verb_gap.fullmatch(text, group[-1].end, anchor):
        return None
    return group
