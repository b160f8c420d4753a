"""A part of a named body as the subject: 'Some in the ruling party have called for ...', 'Supporters of Lee in the
governing party criticized ...'. The act is an unnamed group's, not the body's (GUIDELINES: no events without a named
actor); the body is named only as where they sit (pure function; used by pipeline/extract/events.py)."""
import re

# the subject opens with a quantifier or a group noun and reaches the named body through 'in'/'within'
# ('Some in Japan's ruling', 'Supporters of Lee in the governing', 'Many within the'); a bare 'members of X' or
# 'officials of X' speak for X often enough (a delegation, a ministry's officials) and are left alone
PARTITIVE = re.compile(r"[\s“\"]*(?:(?:but|and|however|meanwhile),?\s+)?(?:some|many|several|a\s+few|a\s+number|others|supporters|critics|"
                       r"opponents|hardliners|hawks|doves)(?:\s+of\s+[\w’'.\- ]{1,40}?)?\s+(?:in|within|inside)\s+"
                       r"(?:the\s+)?(?:[\w’'\-]+(?:'s|’s)\s+)?(?:[a-z][\w\-]*\s+){0,2}$", re.IGNORECASE)


def partitive_subject(text: str, clause_start: int, subject_start: int) -> bool:
    """Whether the words from the clause start to the subject's first name make it a part of that body."""
    return PARTITIVE.fullmatch(text, clause_start, subject_start) is not None
