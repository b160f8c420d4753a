"""A reaction that an act drew from another party: 'a decision that drew strong protests from Beijing', '...,
prompting a protest from Tokyo', 'provoked a furious response from China'. The party after 'from' acts: its reaction
is an act of its own in the sentence, with its own subject (the act that drew it keeps its own claim).

The verbs of drawing and the reaction nouns with their PLOVER type are data (syntax.yaml drawn_reactions); the noun
phrase between them is bounded: a determiner and up to three modifier words, no clause break, no 'from' before the
noun. Pure functions over text; the subject is the actor mention the caller finds right after 'from'."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.extract.lexicon import inflect
from pipeline.extract.phrases import longest_first

# words a reaction's noun phrase may hold before its noun: a determiner or a number, then modifiers ('an immediate',
# 'a swift and angry', 'strong'); never a clause break nor a preposition of another phrase
MODIFIERS = r"(?:(?:a|an|the|some|sharp|much|widespread)\s+)?(?:(?!from\b|to\b|that\b|which\b)[\w\-’']+,?\s+){0,3}?"


def compile_drawn(table: Mapping | None, irregular: Mapping | None = None) -> tuple[re.Pattern | None, dict[str, str], re.Pattern | None]:
    """The pattern of syntax.yaml drawn_reactions (verbs inflected, nouns longest first), noun -> type (casefolded)
    and the pattern of its welcoming words (not_with); (None, {}, None) without data. The pattern's group 'noun' is
    the reaction, its end is after 'from '."""
    table = table or {}
    types = {str(k).casefold(): str(v) for k, v in (table.get("nouns") or {}).items()}
    verbs = set()
    for lemma in table.get("verbs") or ():
        verbs |= {f.casefold() for f in inflect(lemma, irregular or {})}
    if not verbs or not types:
        return None, {}, None
    welcome = [str(w) for w in table.get("not_with") or ()]
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=longest_first))
    pattern = re.compile(rf"(?<![\w\-])(?P<verb>{alt(verbs)})\s+{MODIFIERS}(?P<noun>{alt(types)})\s+from\s+(?:the\s+)?",
                         re.IGNORECASE)
    return pattern, types, (re.compile(rf"\b(?:{alt(welcome)})\b", re.IGNORECASE) if welcome else None)


SENTENCE_MARK_SPACE = re.compile(r"[.;:]\s")


def drawn_reactions(text: str, start: int, end: int, *, pattern: re.Pattern | None, types: Mapping[str, str],
                    welcome: re.Pattern | None = None) -> list[tuple[int, int, str]]:
    """(verb start, end of 'from ', PLOVER type) of each drawn reaction in text[start:end]."""
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text, start, end):
        if SENTENCE_MARK_SPACE.search(m.group(0)):
            continue
        if welcome is not None and welcome.search(m.group(0)):
            continue     # 'drew a warm response from Taipei': a welcome, not a protest
        out.append((m.start(), m.end(), types[m.group("noun").casefold()]))
    return out
