"""The day of an undated statement that goes on with a dated occasion of its speaker (census dates13, classes A-C2:
the gold dates such acts with the occasion 42 to 4). 'Hegseth held talks with Nakatani on Sunday. ... "Japan is
indispensable ...," Hegseth told a joint press conference': the telling is the same occasion's. 'Nagashima told the
session that ...': a definite back-reference to the occasion the narrative last named. Pure functions."""
from __future__ import annotations

import re
from datetime import date

from pipeline.extract.dates import TimeRef
from pipeline.extract.actor_days import actor_day
from pipeline.extract.timing import occasion_day, perfect_before

# a statement placed on another, unnamed occasion ('once said', 'has long said', 'later told', 'went on to say',
# 'often says'): not the occasion the narrative is on
OTHER_OCCASION_BEFORE = re.compile(r"\b(?:once|previously|earlier|before|long|repeatedly|often|always|frequently|"
                                   r"regularly|later|subsequently|eventually|since|then|went on to|has|have|had)\s+$",
                                   re.IGNORECASE)
# a reporting verb in the simple present ('says', 'tells'): the writer's now, not the occasion's
PRESENT_VERB = re.compile(r"(?:say|tell|note|add|argue|warn|state|claim|insist)s\b", re.IGNORECASE)


def continued_statement_day(text: str, *, verb: str | None, verb_at: int | None, sources: list[str],
                            sentence_text: str, days: dict[str, tuple[TimeRef, int]], last_day: TimeRef | None,
                            published: date | None = None, index: int) -> TimeRef | None:
    """The day of an undated asserted statement by sources: the occasion a definite noun refers back to ('told the
    session'), else the day the narrative last named for one of its speakers within the actor-day window; None for a
    present-tense or otherwise placed statement."""
    if verb is None or verb_at is None or not sources:
        return None
    if PRESENT_VERB.match(verb) or OTHER_OCCASION_BEFORE.search(text, max(0, verb_at - 20), verb_at) \
            or perfect_before(text, verb_at):
        return None
    return occasion_day(sentence_text, last_day, published=published) or actor_day(days, sources, index=index)
