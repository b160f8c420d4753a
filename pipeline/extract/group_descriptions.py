"""Descriptions that name actors by their kind, not by a title they were introduced with.

'the two allies accused ...', 'both countries signed ...', 'the two leaders met ...', 'The delegation held
talks ...': the noun says which kind of actor (titles.yaml described_groups: noun -> actor types), and the
description names the most recent actors of that kind in its own or the previous paragraph. A plural names
exactly two; a singular exactly one. When more candidates are in reach the description stays unresolved: a
wrong source is worse than a missing one.

A singular noun names a body only when the text tied the noun to it before ('a delegation from the Legislative
Yuan', 'the council's delegation', 'the KMT delegation'): a delegation is mostly a group of people led by someone
('a delegation of lawmakers led by X'), and the one organisation in the previous paragraph is often the host or an
office that announced the visit, not the sender."""
import re
from collections.abc import Callable, Mapping

from pipeline.extract.actors import Mention
from pipeline.extract.phrases import longest_first
from pipeline.extract.spans import SpanSet

PARAGRAPH_BREAK = re.compile(r"\n")
# 'relations between the two countries': a description after a preposition is an object; it still names the
# actors, but subject rules already skip objects, so it is resolved all the same


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted({w.casefold() for w in words}, key=longest_first))


def compile_groups(groups: Mapping | None) -> tuple[re.Pattern | None, re.Pattern | None, dict, dict]:
    """(plural pattern, singular pattern, plural noun -> types, singular noun -> types) from the lexicon."""
    groups = groups or {}
    plural = {k.casefold(): frozenset(v) for k, v in (groups.get("plural") or {}).items()}
    singular = {k.casefold(): frozenset(v) for k, v in (groups.get("singular") or {}).items()}
    # 'the two allies', 'both the countries', 'the two foreign ministers' (one lowercase modifier at most)
    plural_re = re.compile(r"(?<![\w\-])(?i:the\s+two|both(?:\s+the)?)\s+(?:[a-z][a-z\-]+\s+)?(?i:(" + _alternation(plural) +
                           r"))(?![\w\-’'])", ) if plural else None
    # 'the delegation', 'the Japanese delegation' -- never 'the delegation of/from X', which names its own owner
    singular_re = re.compile(r"(?<![\w\-])(?i:the)\s+(?:[A-Z][a-z]+\s+)?(?i:(" + _alternation(singular) +
                             r"))(?![\w\-’'])(?!\s+(?:of|from|led|headed|to)\b)") if singular else None
    return plural_re, singular_re, plural, singular


def _window_start(text: str, pos: int, floor: int) -> int:
    """The start of the paragraph before the one holding pos (the reach of a description)."""
    here = text.rfind("\n", floor, pos)
    if here < 0:
        return floor
    prev = text.rfind("\n", floor, max(floor, here - 1))
    # a blank line between paragraphs: step over it
    while prev >= 0 and not text[prev + 1:here].strip():
        here = prev
        prev = text.rfind("\n", floor, max(floor, here - 1))
    return floor if prev < 0 else prev + 1


def _recent(mentions: list[Mention], lo: int, hi: int, types: frozenset, type_of: Callable[[str], str | None]) -> list[str]:
    """Distinct actor ids of the given types mentioned in [lo, hi), most recent first."""
    out: list[str] = []
    for m in reversed(mentions):
        if lo <= m.start and m.end <= hi and m.actor_id not in out and type_of(m.actor_id) in types:
            out.append(m.actor_id)
    return out


# 'between Takaichi and Chinese President Xi Jinping', 'Japan and the US': two names joined, titles allowed
LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}")
PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}")


def _coordinated_pair(text: str, named: list[Mention], pos: int, latest: str, types: frozenset,
                      type_of: Callable[[str], str | None]) -> list[str]:
    """With more than two candidates, 'the two leaders' still names the pair the text joined with 'and' when
    the later of the two is the latest candidate ('talks between Takaichi and Chinese President Xi Jinping. The
    two leaders ...'); else no one."""
    before = [m for m in named if m.end <= pos and type_of(m.actor_id) in types]
    if len(before) < 2 or before[-1].actor_id != latest:
        return []
    first, second = before[-2], before[-1]
    if len(before) > 2 and LIST_GAP.fullmatch(text, before[-3].end, first.start):
        return []     # 'France, Germany and Italy': the last two of a list of three are no pair
    if first.actor_id != second.actor_id and PAIR_GAP.fullmatch(text, first.end, second.start):
        return [second.actor_id, first.actor_id]
    return []


def _owner_pattern(noun: str) -> tuple[re.Pattern, re.Pattern]:
    """(after the owner's name, before it): 'Legislative Yuan delegation', "the council's previous delegation";
    'a delegation from the Legislative Yuan', 'a 12-member delegation of the KMT'. Not 'members of X' (tried: 'Members
    of the LDP in the prefectural assembly criticized ...' is no delegation)."""
    n = re.escape(noun)
    return (re.compile(r"(?:[’']s)?[ \t]+(?:[a-z][a-z\-]+[ \t]+)?(?i:" + n + r")(?![\w\-])"),
            re.compile(r"(?<![\w\-])(?i:" + n + r")[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?$"))


def _owners(text: str, mentions: list[Mention], pos: int, noun: str, types: frozenset,
            type_of: Callable[[str], str | None]) -> list[tuple[int, str]]:
    """(start, actor id) of the mentions before pos that the text tied to the noun, in order."""
    after, before = _owner_pattern(noun)
    return [(m.start, m.actor_id) for m in mentions if m.end <= pos and type_of(m.actor_id) in types
            and (after.match(text, m.end) or before.search(text[max(0, m.start - 40):m.start]))]


def _owned(text: str, mentions: list[Mention], lo: int, pos: int, noun: str, types: frozenset,
           type_of: Callable[[str], str | None]) -> list[str]:
    """The one body the text tied the noun to before pos; with two, the one tied to it in reach [lo, pos)."""
    owners = _owners(text, mentions, pos, noun, types, type_of)
    ids = {a for _, a in owners}
    if len(ids) == 1:
        return [ids.pop()]
    near = {a for s, a in owners if s >= lo}
    return [near.pop()] if len(near) == 1 else []


def group_descriptions(text: str, start: int, end: int, mentions: list[Mention], *, compiled,
                       type_of: Callable[[str], str | None], outside: Callable[[int, int], bool]) -> list[Mention]:
    """mentions plus one 'description' mention per resolved actor of each kind description in [start, end)."""
    plural_re, singular_re, plural, singular = compiled
    named = [m for m in mentions if m.method != "description"]
    taken = SpanSet((m.start, m.end) for m in mentions)   # (an overlap test in O(log n) per description)
    out = list(mentions)
    for pattern, nouns, count in ((plural_re, plural, 2), (singular_re, singular, 1)):
        if pattern is None:
            continue
        for d in pattern.finditer(text, start, end):
            if not outside(d.start(), d.end()) or taken.overlaps(d.start(), d.end()):
                continue
            noun = d.group(1).casefold()
            types, lo = nouns[noun], _window_start(text, d.start(), start)
            found = _recent(named, lo, d.start(), types, type_of) if count == 2 else \
                _owned(text, mentions, lo, d.start(), noun, types, type_of)
            if len(found) > count == 2:
                found = _coordinated_pair(text, named, d.start(), found[0], types, type_of)
            if len(found) != count:
                continue    # none, too few, or ambiguous: name no one
            for actor_id in sorted(found, key=lambda a: max(m.start for m in named if m.actor_id == a and m.start < d.start())):
                out.append(Mention(d.start(), d.end(), d.group(0), actor_id, "description", 0.6))
    return sorted(out, key=lambda m: (m.start, m.end))
