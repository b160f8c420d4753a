"""A reaction told in a relative clause on a noun ('..., remarks that drew a protest from Beijing'; '..., a decision
that prompted Beijing to postpone a visit'): GUIDELINES, Dates, "Acts around a dated occasion" -- such an act of a
different actor stays null/unknown unless the relative clause names a time of its own or ties it to the occasion
('at the time', 'the same day'). The time the sentence opens with dates its main clauses, not this clause. Pure
functions."""
from __future__ import annotations

import re

from pipeline.extract.dates import TimeRef

# ', <noun phrase> that/which drew|prompted|... ': the noun sums up the act before it; the clause is its reaction
NOUN_REACTION = re.compile(r",[”\"’]?\s*(?:(?:a|an|the|his|her|its|their|these|those)\s+)?(?:[\w\-’']+\s+){0,3}?"
                           r"(?:remarks?|comments?|decision|move|step|change|visit|trip|statement|speech|measure|"
                           r"action|law|deal|transit|voyage|exercise|drill|sale|purchase|meeting|call)\s+"
                           r"(?P<rel>that|which)\s+(?:drew|prompted|triggered|sparked|provoked|angered|infuriated|led|caused|"
                           r"brought|earned|invited)\b", re.IGNORECASE)
TIE = re.compile(r"\b(?:at the time|the same (?:day|morning|afternoon|evening|night|week|month)|that (?:day|morning|"
                 r"afternoon|evening|night))\b", re.IGNORECASE)


def untied_noun_reaction(sentence_text: str, local: int, t: TimeRef | None, times: list[TimeRef]) -> bool:
    """True when the trigger at local (offset in sentence_text) is in such a relative clause and t is not a time of
    that clause itself nor tied to the occasion by the clause's words (the caller then leaves the act unknown)."""
    found = [m for m in NOUN_REACTION.finditer(sentence_text, max(0, local - 160), min(len(sentence_text), local + 40))
             if m.start("rel") <= local < m.end() + 120 and not re.search(r"[.;]", sentence_text[m.start():local])]
    if not found or t is None:
        return False
    m = found[-1]
    if TIE.search(sentence_text, m.start()):
        return False
    return not any(x is t or (x.start >= m.start() and x.date_start == t.date_start and x.precision == t.precision)
                   for x in times if x.start >= m.start())
