"""A negated acceptance of another party's protest is an act of refusing it ('Japan "cannot accept" China's protest',
'does not accept Japan's claim'): REJECT, asserted (GUIDELINES, Events: the census convention of 2026-12-07). The
verbs and object nouns are syntax.yaml refused_objects; the reading needs the noun to head the verb's object, a few
words after the verb inside its clause, so a negated 'accept' of anything else stays a negation."""
import re

# the object's words before its head noun: a possessor and modifiers ('China's', 'the Chinese side's strong'), no verb
OBJECT_WORDS = r"[\s“”\"‘’']*(?:(?:the|a|an|its|their|this|that|these|any|such)\s+)?(?:[\w’'\-]+\s+){0,4}?"


def compile_refusals(spec: dict | None) -> tuple[frozenset[str], re.Pattern | None, str | None]:
    """(verb lemmas, object-noun pattern, type) from syntax.yaml refused_objects; no pattern when the section is absent."""
    spec = spec or {}
    objects = sorted((o.casefold() for o in spec.get("objects") or ()), key=len, reverse=True)
    if not objects or not spec.get("verbs") or not spec.get("type"):
        return frozenset(), None, None
    rx = re.compile(OBJECT_WORDS + r"(?:" + "|".join(map(re.escape, objects)) + r")\b", re.IGNORECASE)
    return frozenset(v.casefold() for v in spec["verbs"]), rx, spec["type"]


def refused_object(text: str, verb_end: int, clause_end: int, *, objects: re.Pattern | None) -> bool:
    """Whether a refused-object noun heads the object right after the verb ending at verb_end."""
    return objects is not None and objects.match(text, verb_end, clause_end) is not None
