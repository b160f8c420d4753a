"""Event round events21: a named speaker's reported words that name a harm someone will suffer are a threat whatever
the reporting verb ('told a meeting that X would pay a heavy price', '"..., X will be crushed," Y said'; syntax.yaml
statement_threats, statement_events.py); a participle adjunct opened by 'once'/'if' before a main clause about the
future states a condition, no act (conditional_frames.py); 'broadcast' as a light verb of a demand; plural
'warnings' after a light verb need a threatened consequence like 'warning'. Own wire-style sentences, each with
sentences the rule must leave alone."""
import pytest

from pipeline.extract.conditional_frames import compile_openers, conditional_participle
from tests.test_predicates import events


def acts(extractor, text, plover=None):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, source", [
    ("Foreign Minister Wang Yi told a press conference that Japan would pay a heavy price if it sent troops.", "wang-yi"),
    ('"Anyone who interferes will pay a heavy price," Wang Yi said on Tuesday.', "wang-yi"),
    ('Wang Yi wrote on social media that the ministers would be "dragged into the fire".', "wang-yi"),
])
def test_a_reported_harm_is_a_threat(seed_extractor, text, source):
    assert ("THREATEN", [source]) in acts(seed_extractor, text, "THREATEN")


@pytest.mark.parametrize("text", [
    "Foreign Minister Wang Yi said on Monday that Japan would not pay any price for the visit.",
    "Foreign Minister Wang Yi said Japan had paid a heavy price in the war.",
    "Wang Yi said the talks would be held in Tokyo next month.",
    '"Any attempt to split the country will be crushed," Wang Yi said.',
])
def test_no_harm_no_threat(seed_extractor, text):
    assert acts(seed_extractor, text, "THREATEN") == []


@pytest.mark.parametrize("text", [
    "Once ratified by the Japanese Diet, the treaty will allow the two forces to train together.",
    "If approved by the Philippine Senate, the agreement would let troops take part in drills.",
])
def test_a_conditional_participle_is_no_event(seed_extractor, text):
    assert acts(seed_extractor, text) == []


def test_a_past_main_clause_keeps_the_participle_asserted():
    openers = compile_openers(["once", "if"])
    text = "Once ratified by the Diet in May, the treaty took effect."
    assert not conditional_participle(text, 0, text.index("ratified"), len(text), openers=openers)
    text = "Once ratified by the Diet, the treaty will take effect."
    assert conditional_participle(text, 0, text.index("ratified"), len(text), openers=openers)


@pytest.mark.parametrize("text, expected", [
    ("The Japan Coast Guard broadcast demands that the boat leave Japanese waters.", [("REQUEST", ["jp-coast-guard"])]),
    ("This material may not be published, broadcast, rewritten or redistributed.", []),
])
def test_a_broadcast_demand_is_a_request(seed_extractor, text, expected):
    assert acts(seed_extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The Air Self-Defense Force scrambled fighter jets and issued radio warnings to the aircraft.",
    "Coast guard cutters shadowed the boat and broadcast warnings over loudspeakers.",
])
def test_radio_warnings_are_no_threat(seed_extractor, text):
    assert acts(seed_extractor, text, "THREATEN") == []


@pytest.mark.parametrize("text, asks", [
    ("I would like to ask about the so-called new law, which was adopted on the 14th.", True),
    ("Minister, I want to ask about our security relationship with Japan.", True),
    ("Let me ask the department, then.", True),
    ("I ask the Government to make this dialogue a venue for the coast guards.", False),
    ("The minister asked Japan to explain the plan.", False),
])
def test_question_frames(seed_extractor, text, asks):
    assert (seed_extractor._question_frame.search(text) is not None) is asks
