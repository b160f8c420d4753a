"""Acts written only as nouns (pipeline/extract/nominal_events.py): the noun phrase names the agent by a possessor,
a 'by'/'from' phrase, an 'of' asset or 'between A and B'; unreal, generic or agentless phrases make no event.
General sentences written for the test, on the seed knowledge."""
import re
from datetime import date

import pytest

from pipeline.extract.actors import Mention
from pipeline.extract.nominal_events import is_unreal, nominal_act
from tests.test_predicates import events as predicate_events

PUBLISHED = date(2024, 5, 24)
NAMES = {"Tokyo": "japan", "Beijing": "china", "Manila": "philippines", "Japanese": "japan", "Chinese": "china",
         "Philippine": "philippines", "Japan": "japan", "China": "china", "Taipei": "taiwan", "Seoul": "south-korea"}
ASSETS = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:destroyer|coast guard|vessels|carrier)(?![\w])", re.IGNORECASE)


def mentions_of(text):
    rx = re.compile(r"\b(?:" + "|".join(sorted(NAMES, key=len, reverse=True)) + r")\b")
    return [Mention(m.start(), m.end(), m.group(0), NAMES[m.group(0)], "alias", 1.0) for m in rx.finditer(text)]


def act(text, noun):
    start = text.index(noun)
    return nominal_act(text, start, start + len(noun), mentions_of(text), asset_re=ASSETS, plural=noun.endswith("s"))


@pytest.mark.parametrize("text, noun, sources, targets", [
    ("Relations soured after Tokyo's protest over the incident.", "protest", ["japan"], []),
    ("The talks followed Beijing's sanctions on Manila last month.", "sanctions", ["china"], ["philippines"]),
    ("Tensions rose after a visit to Seoul by Tokyo last week.", "visit", ["japan"], ["south-korea"]),
    ("Tensions rose after the Japanese destroyer's transit through the strait.", "transit", ["japan"], []),
    ("The drills came after the transit of a Japanese destroyer through the strait.", "transit", ["japan"], []),
    ("The incident drew a sharp rebuke from Beijing on Monday.", "rebuke", ["china"], []),
    ("Trade grew after the normalization of relations between Tokyo and Seoul in 1965.", "normalization",
     ["japan", "south-korea"], []),
])
def test_the_noun_phrase_names_the_agent(text, noun, sources, targets):
    found = act(text, noun)
    assert found is not None
    assert [m.actor_id for m in found.sources] == sources
    assert [m.actor_id for m in found.targets] == targets


@pytest.mark.parametrize("text, noun", [
    ("Officials discussed a possible visit to Seoul by Tokyo.", "visit"),
    ("Analysts weighed the prospects of Beijing's sanctions on Manila.", "sanctions"),
    ("Tokyo's visit would anger Beijing.", "visit"),
    ("A blockade of Taipei involving Chinese vessels could follow.", "blockade"),    # modal after the phrase
    ("Visits by Tokyo officials to Seoul have become routine.", "Visits"),
    ("The summons of the ambassador came late at night.", "summons"),         # no agent named
    ("Seoul was informed of the visit in advance by Tokyo.", "visit"),        # 'by' of the passive verb
    ("Ahead of Tokyo's visit, Seoul tightened security.", "visit"),          # not yet done
])
def test_unreal_generic_or_agentless_phrases_make_no_act(text, noun):
    assert act(text, noun) is None


def test_a_modal_after_the_phrase_is_unreal():
    text = "The trip is scheduled for May."
    assert is_unreal(text, 0, text.index("trip"), text.index("trip") + 4, plural=False, by_agent=False)


def events(extractor, text):
    doc_events = predicate_events(extractor, text, published=PUBLISHED)
    return sorted((e["predicate"], tuple(e["subject_ids"])) for e in doc_events)


@pytest.mark.parametrize("text, expected", [
    ("Exports fell sharply after Beijing's ban on Japanese seafood imports in August 2023.", ("SANCTION", ("china",))),
    ("The new rules prompted a formal protest from Tokyo on Monday.", ("ACCUSE", ("japan",))),
])
def test_extractor_reads_nominal_acts(seed_extractor, text, expected):
    assert expected in events(seed_extractor, text)


def test_a_series_is_no_nominal_act(seed_extractor):
    found = events(seed_extractor, "Tokyo's drills with Manila have been held regularly since 2020.")
    assert ("MOBILIZE", ("japan",)) not in found and ("COOPERATE", ("japan",)) not in found


def test_the_object_of_a_reaction_is_no_act_of_its_own(seed_extractor):
    # 'criticised Tokyo's visit': the criticism is the reported act; the visit has its own verb when reported
    found = events(seed_extractor, "Beijing on Tuesday criticised Tokyo's visit to Manila.")
    assert ("CONSULT", ("japan",)) not in found
