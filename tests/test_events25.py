"""events25: an agent phrase opens the clause with 'of', 'from' or 'for' before the body it acts for ('Officials from
the ministry met', 'A spokesperson for the ministry condemned'): the body (or coordinated states) is the source.
Unit cases of owner_groups.owners_of_agents; sentence-level cases are in tests/test_events25_probe.py."""
import re

import pytest

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import _group
from pipeline.extract.owner_groups import compile_agent_opening, owners_of_agents

OPENING = compile_agent_opening(["spokesperson", "official", "lawmaker", "minister"])
GAP = re.compile(r"\s*(?:(?:also|then|later)\s+)*", re.IGNORECASE)


def _mentions(text, *names):
    return [Mention(text.index(n), text.index(n) + len(n), n, n.casefold(), "alias", 1.0) for n in names]


@pytest.mark.parametrize("text, names, verb, owners", [
    ("A spokesperson for the ministry condemned the visit.", ("ministry",), "condemned", ["ministry"]),
    ("Officials from Japan and Taiwan met in Tokyo.", ("Japan", "Taiwan", "Tokyo"), "met", ["japan", "taiwan"]),
    ("Lawmakers from Japan, the United States and Taiwan also held talks.", ("Japan", "United States", "Taiwan"),
     "held", ["japan", "united states", "taiwan"]),
    ("The ministers of Japan and Australia met.", ("Japan", "Australia"), "met", ["japan", "australia"]),
    # a time phrase between the owners and the verb stays no gap (events11)
    ("Officials from Japan on Tuesday met.", ("Japan",), "met", None),
    # another preposition, or a head that is no agent noun: no owner
    ("Officials with Japan met.", ("Japan",), "met", None),
    ("Exports from Japan rose.", ("Japan",), "rose", None),
])
def test_owners_of_agents_for_from(text, names, verb, owners):
    found = owners_of_agents(text, 0, text.index(verb), _mentions(text, *names), opening=OPENING, verb_gap=GAP,
                             coordination=_group)
    assert (None if found is None else [m.actor_id for m in found]) == owners
