"""The content of a dated statement told in a relative clause on it ('a statement the G7 foreign ministers issued on
Wednesday, which expressed concern ... and urged China ...'): what the statement says is said when it was issued,
by the statement's own author, so the day the antecedent names dates the acts of the which-clause (GUIDELINES, Dates:
the actor of a dated act continuing it with no time of its own; 'in the same statement'). Not a reaction ('which
angered Beijing', a different actor) -- only a statement-like noun is such an antecedent. Pure functions."""
from __future__ import annotations

import re

from pipeline.extract.dates import TimeRef

# a text that speaks for its author: what its which-clause says or urges is the author's act on the day of issue
STATEMENT_NOUN = re.compile(r"\b(?:statement|declaration|communiqu[eé]|resolution|letter|white\s+paper|joint\s+document|"
                            r"readout|press\s+release)\b[^.,;:“”\"]{0,80}$", re.IGNORECASE)
WHICH = re.compile(r",\s*which\s+", re.IGNORECASE)


def statement_relative_time(sentence_text: str, times: list[TimeRef], local: int) -> TimeRef | None:
    """The time ending the statement phrase that a which-clause holding the trigger (at local) hangs on, else None."""
    which = [m for m in WHICH.finditer(sentence_text, 0, local) if ";" not in sentence_text[m.end():local]]
    if not which:
        return None
    comma = which[-1].start()
    for t in times:
        if t.precision != "unknown" and t.date_start is not None and not sentence_text[t.end:comma].strip() \
                and STATEMENT_NOUN.search(sentence_text, max(0, t.start - 100), t.start):
            return t
    return None
