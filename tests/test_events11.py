"""Event round events11: a subject named through its agents and 'of' (pipeline/extract/owner_groups.py, syntax.yaml
asset_nouns and agent_nouns): 'The foreign ministers of Japan and Australia held talks' is a meeting of Japan and
Australia; and wire wordings of holding talks or drills as light verbs ('sat down for talks', 'organized a joint
patrol'). Own wire-style sentences, with sentences the rule must leave alone."""
import re

import pytest

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import _group
from pipeline.extract.owner_groups import compile_agent_opening, owners_of_agents
from tests.test_predicates import events


def acts(extractor, text):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text)]


@pytest.mark.parametrize("text, plover, sources", [
    ("The foreign ministers of Japan and Australia held talks in Tokyo on Tuesday.", "CONSULT", ["australia", "japan"]),
    ("The defence chiefs of Japan, the United States, Australia and the Philippines held their first four-way talks on Saturday.",
     "CONSULT", ["australia", "japan", "philippines", "united-states"]),
    ("On Friday, the foreign and defense ministers of Japan and the United States sat down for talks in Tokyo.",
     "CONSULT", ["japan", "united-states"]),
    ("A delegation of the Liberal Democratic Party visited Taiwan on Monday.", "CONSULT", ["ldp"]),
    ("Coast guard vessels of China and Russia sailed near the Senkaku Islands on Monday.", "MOBILIZE", ["china", "russia"]),
    ("The air forces of China and Russia organized a joint strategic air patrol on Tuesday.", "COOPERATE", ["china", "russia"]),
    ("The leaders of India and Japan signed an agreement on Monday.", "AGREE", ["india", "japan"]),
])
def test_owners_after_agent_phrase_are_the_source(seed_extractor, text, plover, sources):
    assert (plover, sources) in acts(seed_extractor, text)


@pytest.mark.parametrize("text", [
    # a name after 'of' that is no owner of an agent ('experts', 'the future'): no subject
    "Experts on relations between Japan and Taiwan held a seminar in Tokyo on Tuesday.",
    "The future of Japan and Taiwan was discussed at a seminar on Tuesday.",
    # a possessive after the owner: the phrase's head is another noun, no coordinated owners before the verb
    "Members of Japan's parliament visited Taiwan on Monday.",
])
def test_no_owner_source_without_an_agent_of_the_named(seed_extractor, text):
    assert not [a for a in acts(seed_extractor, text) if {"japan", "taiwan"} & set(a[1])]


OPENING = compile_agent_opening(["minister", "delegation", "vessel"])
GAP = re.compile(r"\s*(?:(?:also|then|later)\s+)*", re.IGNORECASE)


def _mentions(text, *names):
    return [Mention(text.index(n), text.index(n) + len(n), n, n.casefold(), "alias", 1.0) for n in names]


@pytest.mark.parametrize("text, names, verb, owners", [
    ("The ministers of Japan and Australia met.", ("Japan", "Australia"), "met", ["japan", "australia"]),
    ("In Tokyo, the ministers of Japan and Australia also met.", ("Tokyo", "Japan", "Australia"), "met", ["japan", "australia"]),
    ("A delegation of the LDP visited Taipei.", ("LDP", "Taipei"), "visited", ["ldp"]),
    # a time phrase or a clause between the owners and the verb: not the verb's subject
    ("The ministers of Japan and Australia on Tuesday met.", ("Japan", "Australia"), "met", None),
    # the head is no agent noun
    ("The cost of Japan rose.", ("Japan",), "rose", None),
])
def test_owners_of_agents(text, names, verb, owners):
    found = owners_of_agents(text, 0, text.index(verb), _mentions(text, *names), opening=OPENING, verb_gap=GAP,
                             coordination=_group)
    assert (None if found is None else [m.actor_id for m in found]) == owners
