"""A participle adjunct opened by a conditional or temporal subordinator before a main clause about what will
happen ('Once ratified by the Senate and the Diet, the pact will let ...', 'If approved by parliament, the treaty
would allow ...'): the participle's act is a condition of the future, no act the text asserts (GUIDELINES: only
asserted events). A past main clause ('Once ratified by the Diet, the treaty took effect in May') asserts it."""
import re
from collections.abc import Iterable


def compile_openers(words: Iterable[str]) -> re.Pattern | None:
    """syntax.yaml conditional_participle_openers: the subordinator right before the participle, at most an adverb
    between ('once formally ratified')."""
    words = sorted({w.casefold() for w in words or ()}, key=lambda w: (-len(w), w))
    if not words:
        return None
    return re.compile(r"(?:^|(?<=[\s“\"(]))(?:" + "|".join(map(re.escape, words)) + r")\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# the main clause after the adjunct's comma speaks of the future or of what may be: a modal before its first full stop
FUTURE_MAIN = re.compile(r"[^.;:]*?,[^.;:]*?\b(?:will|would|shall|can|could|may|might|'ll)\b", re.IGNORECASE)


def conditional_participle(text: str, clause_start: int, trigger_start: int, sentence_end: int, *,
                           openers: re.Pattern | None) -> bool:
    """Whether the participle at trigger_start opens its clause after a subordinator of openers and the main clause
    that follows is about the future ('Once ratified by X, the pact will ...')."""
    if openers is None or openers.search(text[clause_start:trigger_start].lstrip()) is None:
        return False
    return FUTURE_MAIN.match(text, trigger_start, sentence_end) is not None
