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

from pipeline.extract.body_patterns import (
    AGENCY_CREDIT, BACK_MATTER, CAPTION, CONTACT, EDITOR_NOTE, PAGE_FURNITURE, READER_NOTICE, RIGHTS_NOTICE,
)

# characters that re.IGNORECASE matches to an ASCII letter while str.lower() turns them into none (dotless i, long s),
# and the dotted capital I, which lowers to two ('i' and a combining dot) and so breaks a needle holding its 'i':
# a line holding one is searched in full
FOLDS_APART = ("\u0131", "\u017f", "\u0130")


@dataclass(frozen=True)
class Guarded:
    pattern: re.Pattern
    lead: re.Pattern
    needles: tuple[tuple[str, ...], ...]
    alternatives: int   # the pattern's top-level alternatives the guard was written for (checked by the tests)
    # the characters that alternatives ending on '[...]\s*$' need at the line's end, whitespace aside ('' = none)
    tails: str = ""
    # anchored alternatives that also need a word further on: (opening, needles), passed when both are there
    lead_needles: tuple[tuple[re.Pattern, tuple[tuple[str, ...], ...]], ...] = ()

    def __post_init__(self):
        # the one-word needles as one search of the lowered line (a literal alternation: one C call, not a loop)
        single = [words[0] for words in self.needles if len(words) == 1]
        object.__setattr__(self, "_single", re.compile("|".join(map(re.escape, single))) if single else None)
        object.__setattr__(self, "_multi", tuple(words for words in self.needles if len(words) > 1))

    def may_match(self, line: str, low: str | None = None) -> bool:
        """`low`: line.lower(), when the caller has it (one lowering shared by several guards)."""
        if self.lead.match(line) or FOLDS_APART[0] in line or FOLDS_APART[1] in line or FOLDS_APART[2] in line:
            return True
        if self.tails:
            end = line.rstrip()[-1:]
            if end and end in self.tails:
                return True
        if low is None:
            low = line.lower()
        for opening, needles in self.lead_needles:
            if opening.match(line) and any(all(w in low for w in words) for words in needles):
                return True
        if self._single is not None and self._single.search(low):
            return True
        for words in self._multi:   # plain loops: a generator per tuple would cost more than the test saves
            for w in words:
                if w not in low:
                    break
            else:
                return True
        return False

    def search(self, line: str, low: str | None = None) -> re.Match | None:
        """self.pattern.search(line)."""
        return self.pattern.search(line) if self.may_match(line, low) else None

    def match(self, line: str, low: str | None = None) -> re.Match | None:
        """self.pattern.match(line) (a match at the start is a match: the guard holds for it too)."""
        return self.pattern.match(line) if self.may_match(line, low) else None


READER_NOTICE_GUARD = Guarded(
    READER_NOTICE,
    lead=re.compile(r"^\W*(?:thank|subscribe|sign)", re.IGNORECASE),
    # openings common in prose ('This ...', 'You ...', 'Read ...'): only with the word their alternatives need
    lead_needles=(
        (re.compile(r"^\W*don", re.IGNORECASE), (("miss",),)),
        (re.compile(r"^\W*(?:log|join|download|get|follow|share|listen|read|watch)", re.IGNORECASE),
         (("newsletter",), ("alert",), ("channel",), ("app",), ("post",), ("access",), ("subscri",), ("inbox",),
          ("update",), ("notification",), ("podcast",), ("this",))),
        (re.compile(r"^\W*this", re.IGNORECASE),
         (("page",), ("site",), ("news",), ("radio",), ("television",), ("tv",), ("service",))),
        (re.compile(r"^\W*that", re.IGNORECASE), (("for",),)),
        (re.compile(r"^\W*you", re.IGNORECASE),
         (("article",), ("stories",), ("limit",), ("because",), ("follow",), ("subscribe",), ("sign",), ("listen",),
          ("watch",), ("read",), ("download",), ("news",), ("radio",), ("television",), ("tv",), ("service",))),
        (re.compile(r"^\W*(?:found|enjoyed|liked|was|did)", re.IGNORECASE), (("this",),)),
        (re.compile(r"^\W*how", re.IGNORECASE), (("feel",),)),
    ),
    needles=(("you", "this", "if"), ("subscriber",), ("this", "site"), ("forward", "friend"), ("forward", "colleague"),
             ("from", ":"), ("endorsement",), ("cookies",), ("javascript",), ("newsletter",), ("appeared",),
             ("comment", "moderated"), ("comment", "reviewed"), ("subscribing",), ("journalism",), ("know", "comments"),
             ("know", "below"), ("know", "think"), ("tell", "comments"), ("tell", "below"), ("tell", "think"),
             ("subscribe", "our"), ("sign", "our"), ("inbox",), ("download", "app"), ("install", "app"),
             ("get", "app")),
    alternatives=31)

CAPTION_GUARD = Guarded(
    CAPTION,
    # the anchored alternatives: a credit or chart label, a bracketed mark, 'Image source', 'FILE -', 'IN THIS PHOTO'
    lead=re.compile(r"^\s*(?:credit|source|chart|graph|map|infographic|table|figure|image|picture|photo|video|file|"
                    r"in this|this photo|[\[(])", re.IGNORECASE),
    # a picture's word (labels, '(photo by', '© credits', the closing '... US Navy photo'), or a label's word with its
    # colon ('Video: ...', 'Courtesy: ...'); a credit in brackets closing the line is told by its last character
    needles=(("photo",), ("image",), ("picture",), ("handout",), (":", "illustration"), (":", "graphic"), (":", "video"),
             (":", "credit"), (":", "courtesy"), (":", "source")),
    alternatives=11, tails=")]")

AGENCY_CREDIT_GUARD = Guarded(
    AGENCY_CREDIT,
    lead=re.compile(r"^\s*(?:\[?\s*(?:photo|image|file)|photo)", re.IGNORECASE),
    needles=(("/",), ("getty",)),
    alternatives=4)

CONTACT_GUARD = Guarded(
    CONTACT,
    lead=re.compile(r"^\s*(?:<?http|tel|fax|phone|e-?mail|no\.|got|have)", re.IGNORECASE),
    needles=(("tel", ":"), ("fax", ":"), ("@",)),
    alternatives=6)

RIGHTS_NOTICE_GUARD = Guarded(
    RIGHTS_NOTICE,
    lead=re.compile(r"^\W*(?:\(c\)|©|copyright|reuse)", re.IGNORECASE),
    needles=(("rights",), ("without", "permission"), ("terms",), ("privacy",), ("cookie",), ("translat",), ("liable",)),
    alternatives=8)


# PAGE_FURNITURE: every alternative is anchored at the line's start; two of them ('^(?=.{0,200}$).*...') look for
# an appeal anywhere in a short line
FURNITURE_GUARD = Guarded(
    PAGE_FURNITURE,
    lead=re.compile(r"^\s*(?:read|also|see|related|advertis|sponsored|share|listen|click|\d+\s+min|the\s+(?:story|article)|"
                    r"story|article|continue|scroll|skip|watch|video|home|sign|subscribe|follow|=|enjoying)", re.IGNORECASE),
    # (common words with the word their alternative needs beside them: 'give' now, 'support' journalism)
    needles=(("here", "click"), ("here", "tap"), ("subscribe",), ("newsletter",), ("inbox",), ("already", "subscriber"),
             ("already", "member"), ("continue", "reading"), ("support", "journalism"), ("support", "reporting"),
             ("support", "newsroom"), ("donate",), ("give", "now"), ("give", "today"), ("give", "here"),
             ("please", "donat"), ("please", "consider"), ("please", "support"), ("donation",), ("contribution",),
             ("rely", "reader"), ("rely", "support"), ("become", "subscriber"), ("become", "supporter"),
             ("become", "patron"), ("become", "member"), ("access", "unlimited"), ("access", "full"),
             ("access", "digital")),
    alternatives=1)


# BACK_MATTER and EDITOR_NOTE are matched at the line's start (every alternative is anchored): the lead lists the
# words their alternatives open on, after any run of non-word characters (looser than each alternative's '\s*',
# '\(?', '[*(]?'); the needles are the words of the alternatives that may open on any word
BACK_MATTER_GUARD = Guarded(
    BACK_MATTER,
    lead=re.compile(r"^\W*(?:related|more|recommended|most|read|also|see|you|further|latest|about|comment|\d|view|show|"
                    r"author|disclaimer|keywords|subjects|top|trending|popular|featured|what|don|in|editor|explore|"
                    r"disclosure|our|rating|how|end|with|to|originally|reprint|this|leave|join|additional|reporting|"
                    r"editing|writing|translat|compiled|edited|tag|topic|filed|republished|newsletter|notes|endnotes|"
                    r"footnotes|references|sources|date|a\s+version|[-–—#(\[])", re.IGNORECASE),
    # 'Jane Roe contributed to this report.', 'DW RECOMMENDS'; an agencies' credit in brackets closes the line
    needles=(("contributed",), ("recommends",)),
    alternatives=1, tails=")")

EDITOR_NOTE_GUARD = Guarded(
    EDITOR_NOTE,
    lead=re.compile(r"^\W*(?:editor|translator|note|this|disclaimer|correction|clarification|update|an?\s|check|"
                    r"uncorrected|transcript|all\s|edit|methodology|about|quick|reader|today|our|poll)", re.IGNORECASE),
    # '... does not necessarily reflect ...', '... the views expressed here are ...'
    needles=(("necessarily",), ("expressed",)),
    alternatives=1)


def is_reader_notice(line: str) -> bool:
    return READER_NOTICE_GUARD.search(line) is not None
