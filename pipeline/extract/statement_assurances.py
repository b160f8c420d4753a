"""A reported assurance of commitment as a verbal act (events30): 'reaffirmed that our commitment to the defense of
Japan, including the Senkaku Islands, is unwavering', 'told Taiwan's legislature that America's "determination to
preserve democracy here in Taiwan ... remains ironclad"'. GUIDELINES, Events: verbal endorsement of a party or of
defending it is SUPPORT. Read in the words a reporting verb introduces with 'that': a commitment noun, then, within the
clause, a copula and a word of steadfastness (syntax.yaml statement_assurances), no negation between. Coordinated after
another act of the same subject ('spoke with Motegi by telephone ... and reaffirmed that ...') it is a second act of
that subject. Pure functions."""
from __future__ import annotations

import re

from pipeline.extract.phrases import longest_first

# a reporting verb and its that-clause, after 'and' when coordinated with an earlier act of the subject
REPORTING = r"(?:re)?affirmed|reiterated|stressed|emphasi[sz]ed|assured\s+[^,;:“”\"]{1,60}?|told\s+[^,;:“”\"]{1,60}?|said|pledged"


def compile_assurances(spec: dict | None) -> re.Pattern | None:
    """syntax.yaml statement_assurances {nouns, words}: the pattern of a that-clause whose commitment noun is said to
    be steadfast; None without both lists."""
    nouns = sorted({str(x).casefold() for x in (spec or {}).get("nouns") or ()}, key=longest_first)
    words = sorted({str(x).casefold() for x in (spec or {}).get("words") or ()}, key=longest_first)
    if not nouns or not words:
        return None
    alt = lambda xs: "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in xs)  # noqa: E731
    return re.compile(r"\b(?:" + REPORTING + r")(?:\s+[^,;:“”\"]{1,40}?)?\s+that\s+(?:(?!\bnot\b|\bnever\b)[^.;?!])*?\b(?:" + alt(nouns) + r")\b"
                      r"(?:(?!\bnot\b|\bnever\b)[^.;?!]){0,160}?\b(?:is|are|remains|remain|was|were|remained|would\s+remain|will\s+remain)"
                      r"\s+(?:\w+ly\s+)?[“\"‘]?(?:" + alt(words) + r")\b", re.IGNORECASE)


COORDINATED_AND = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+)?$", re.IGNORECASE)


def assurance(text: str, start: int, end: int, *, pattern: re.Pattern | None, coordinated: bool = False) -> int | None:
    """The offset of the reporting verb of an assurance in text[start:end], or None; coordinated: only one right after
    'and' (a second predicate of the sentence's subject)."""
    if pattern is None:
        return None
    for m in pattern.finditer(text, start, end):
        if not coordinated or COORDINATED_AND.search(text, max(start, m.start() - 20), m.start()):
            return m.start()
    return None
