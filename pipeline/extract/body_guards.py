"""Cheap pre-checks in front of the dearest line patterns of body detection (speed only: same answers).

Body detection tries a handful of long case-insensitive patterns (READER_NOTICE, CAPTION, AGENCY_CREDIT, CONTACT,
RIGHTS_NOTICE) on
every line of every page, and `search` runs each of their alternatives at every position of the line. Most lines
cannot match, and a pre-check implied by the pattern tells them without the search:
- `lead`: every alternative anchored at the line's start ('^...') opens the way `lead` matches (a looser pattern);
- `needles`: every other alternative contains all strings of one of the tuples (lower case; punctuation included).
A line passing neither cannot match the pattern. When one of these patterns changes, its guard here must change too:
tests/test_perf24.py counts each pattern's alternatives and compares guarded and plain search on every page we have.
"""
import re
from dataclasses import dataclass

from pipeline.extract.body_patterns import AGENCY_CREDIT, CAPTION, CONTACT, READER_NOTICE, RIGHTS_NOTICE

# characters that re.IGNORECASE matches to an ASCII letter while str.lower() turns them into none (dotless i, long s):
# a line holding one is searched in full
FOLDS_APART = ("\u0131", "\u017f")


@dataclass(frozen=True)
class Guarded:
    pattern: re.Pattern
    lead: re.Pattern
    needles: tuple[tuple[str, ...], ...]
    alternatives: int   # the pattern's top-level alternatives the guard was written for (checked by the tests)

    def may_match(self, line: str) -> bool:
        if self.lead.match(line) or FOLDS_APART[0] in line or FOLDS_APART[1] in line:
            return True
        low = line.lower()
        for words in self.needles:   # plain loops: a generator per tuple would cost more than the test saves
            for w in words:
                if w not in low:
                    break
            else:
                return True
        return False

    def search(self, line: str) -> re.Match | None:
        """self.pattern.search(line)."""
        return self.pattern.search(line) if self.may_match(line) else None


READER_NOTICE_GUARD = Guarded(
    READER_NOTICE,
    lead=re.compile(r"^\W*(?:thank|don|subscribe|sign|log|join|download|get|follow|share|listen|read|watch|this|that|you|"
                    r"was|did|how|found|enjoyed|liked)", re.IGNORECASE),
    needles=(("you", "this"), ("subscriber",), ("this", "site"), ("forward", "friend"), ("forward", "colleague"),
             ("from", ":"), ("endorsement",), ("cookies",), ("javascript",), ("newsletter",), ("appeared",),
             ("comment", "moderated"), ("comment", "reviewed"), ("subscribing",), ("journalism",), ("know", "comments"),
             ("know", "below"), ("know", "think"), ("tell", "comments"), ("tell", "below"), ("tell", "think"),
             ("subscribe", "our"), ("sign", "our"), ("inbox",), ("download", "app"), ("install", "app"),
             ("get", "app")),
    alternatives=31)

CAPTION_GUARD = Guarded(
    CAPTION,
    lead=re.compile(r"^\s*(?:image|picture|photo|video|file|in this|this photo)", re.IGNORECASE),
    # ':' labels, '(' and '[' credits, '©', and the closing '... US Navy photo' ('ctur', 'mage': picture, image
    # without the letters that fold apart)
    needles=((":",), ("(",), ("[",), ("©",), ("photo",), ("ctur",), ("mage",), ("handout",)),
    alternatives=11)

AGENCY_CREDIT_GUARD = Guarded(
    AGENCY_CREDIT,
    lead=re.compile(r"^\s*(?:\[?\s*(?:photo|image|file)|photo)", re.IGNORECASE),
    needles=(("/",), ("getty",)),
    alternatives=4)

CONTACT_GUARD = Guarded(
    CONTACT,
    lead=re.compile(r"^\s*(?:<?http|tel|fax|phone|e-?mail|no\.|got|have)", re.IGNORECASE),
    needles=(("tel",), ("fax",), ("@",)),
    alternatives=6)

RIGHTS_NOTICE_GUARD = Guarded(
    RIGHTS_NOTICE,
    lead=re.compile(r"^\W*(?:\(c\)|©|copyright|reuse)", re.IGNORECASE),
    needles=(("rights",), ("without", "permission"), ("terms",), ("privacy",), ("cookie",), ("translat",), ("liable",)),
    alternatives=8)


def is_reader_notice(line: str) -> bool:
    return READER_NOTICE_GUARD.search(line) is not None
