"""A sitting official's admonition of another party as a verbal act (events26): 'Guo said that "countries outside the
region" should "refrain from stirring up tension"', 'told reporters that Japan should "not be misled into ..."',
'"Military cooperation between countries should not target any third party," the spokesperson said'. GUIDELINES:
criticism and warning by a spokesperson = ACCUSE; the development gold codes an official's 'X should (not) ...' about
another party ACCUSE (12 rows; a demand with 'must stop' REQUEST). A view of what the speaker's own side should do
stays a prescription (a stance, no act). Vocabulary: syntax.yaml statement_admonitions. Pure functions."""
from __future__ import annotations

import re

from pipeline.extract.phrases import longest_first

# what may stand between the admonished subject and the modal: a closing quotation mark, 'also', 'in future'
# ('The US side should', 'the Japanese side must': the side of a named party, events30)
GAP = re.compile(r"[”\"’']?\s*,?\s*(?:side\s+)?(?:also\s+|too\s+)?$")
# a coordinated subject ('Japan and Taiwan should', 'Japan, the Philippines and Taiwan should'): the speaker's view of
# what several sides, usually its own among them, should do together, a prescription (GUIDELINES), no warning
COORDINATED = re.compile(r"(?:,|\band\b|\bor\b|&)\s*(?:the\s+)?$", re.IGNORECASE)


def compile_admonitions(table: dict | None) -> tuple[re.Pattern, dict[str, str], tuple[str, ...], re.Pattern | None] | None:
    """syntax.yaml statement_admonitions: modals -> type, generic subjects that name another party ('countries outside
    the region', 'cooperation between countries') and the demand verbs that make a modal's clause a REQUEST right
    after it (an adverb and quotation marks may stand between: 'should "immediately stop"'); None without modals."""
    modals = {str(k).casefold(): str(v) for k, v in ((table or {}).get("modals") or {}).items()}
    if not modals:
        return None
    rx = re.compile(r"\b(" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(modals, key=longest_first)) + r")\b",
                    re.IGNORECASE)
    subjects = tuple(sorted({str(x).casefold() for x in (table or {}).get("subjects") or ()}, key=longest_first))
    demands = sorted({str(x).casefold() for x in (table or {}).get("demands") or ()}, key=longest_first)
    demand = re.compile(r"\s*[“\"‘']?\s*(?:\w+ly\s+)?[“\"‘']?(?:" + "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in demands)
                        + r")\b", re.IGNORECASE) if demands else None
    return rx, modals, subjects, demand


def admonition(text: str, start: int, end: int, *, others: list[tuple[int, int, bool]], compiled, demands: bool = True) -> str | None:
    """The type of an admonition in text[start:end] (the reported words), or None: a modal whose subject, right before
    it, is another party: a mention (start, end, foreign) of an actor whose country is known and not the speaker's
    (foreign True), not coordinated with another subject, or a generic subject of syntax.yaml statement_admonitions
    subjects ending within the five words before the modal. demands: a demand verb after the modal makes it REQUEST."""
    if compiled is None:
        return None
    rx, modals, subjects, demand = compiled
    typed = lambda m: "REQUEST" if demands and demand is not None and demand.match(text, m.end(), end) \
        else modals[" ".join(m.group(1).casefold().split())]  # noqa: E731
    for m in rx.finditer(text, start, end):
        before = text[max(start, m.start() - 60):m.start()]
        for ms, me, foreign in others:
            if start <= ms and me <= m.start() and GAP.match(text[me:m.start()]) is not None:
                if foreign and not COORDINATED.search(text, max(start, ms - 12), ms):
                    return typed(m)
                break
        else:
            low = before.casefold()
            if any(low.rstrip(" ”\"’'").endswith(x) or re.search(re.escape(x) + r"(?:\s+[\w\-]+){0,3}\W*$", low) for x in subjects):
                return typed(m)
    return None
