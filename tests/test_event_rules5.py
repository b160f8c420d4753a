"""Event rules of the events5 round, on general sentences written for the test (text in, event claims out), on the
seed knowledge: demonym + asset subjects, movement verbs (enter a zone, intercept aircraft), phrasal verbs read as
their noun after a light verb, regret over an incident vs over another party's decision, pronoun subjects of a
temporal clause."""
from datetime import date

import pytest

from pipeline.extract.asset_subjects import demonym_subject, demonym_subject_pattern
from pipeline.extract.subordinate_subjects import subordinate_pronoun
from tests.test_predicates import events as predicate_events

PUBLISHED = date(2024, 5, 24)     # a Friday


def summary(extractor, text):
    return sorted((e["predicate"], tuple(e["subject_ids"])) for e in predicate_events(extractor, text, published=PUBLISHED))


@pytest.mark.parametrize("text, plover, sources", [
    # a demonym and the ship or aircraft that acted: the demonym's state is the source
    ("Chinese warships shadowed the flotilla on Monday.", "MOBILIZE", ("china",)),
    ("Two Russian bombers flew near Hokkaido on Tuesday.", "MOBILIZE", ("russia",)),
    ("On Monday, a Chinese drone flew between Yonaguni and Taiwan.", "MOBILIZE", ("china",)),
    ("The ministry said that a Chinese unmanned aerial vehicle flew near the island.", "MOBILIZE", ("china",)),
    # movement into a zone, airspace or waters; interception of aircraft
    ("A Chinese balloon entered Japanese airspace on Sunday.", "MOBILIZE", ("china",)),
    ("On Monday, 30 PLA aircraft entered the zone.", "MOBILIZE", ("pla",)),
    ("Japan intercepted the Russian aircraft on Monday.", "MOBILIZE", ("japan",)),
    # a phrasal verb spelt like its noun, after a light verb
    ("Japan conveyed its protest to China on Monday.", "ACCUSE", ("japan",)),
    # a handshake is a meeting of the two
    ("Fumio Kishida shook hands with Xi Jinping at the summit.", "CONSULT", ("fumio-kishida",)),
    # regret over an incident is the apology reading; over another party's decision it is criticism
    ("China expressed regret over the collision on Monday.", "CONCEDE", ("china",)),
    ("Japan expressed regret over South Korea's decision on Monday.", "ACCUSE", ("japan",)),
    # the pronoun subject of a temporal clause inside the main clause is the clause's head person
    ("Yoko Kamikawa raised the matter when she met Wang Yi in Tokyo.", "CONSULT", ("yoko-kamikawa",)),
])
def test_event_rules5(seed_extractor, text, plover, sources):
    assert (plover, sources) in summary(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "The treaty entered into force in 2020.",                      # no zone, airspace or waters
    "Police intercepted calls between the suspects.",              # no aircraft or ships
    "When she met Wang Yi in Tokyo, Yoko Kamikawa raised the matter.",  # cataphora: the name comes after
    "chinese ships sailed past.",                                  # a lower-case demonym is no name
    "This time, the Japanese ship sailed alone.",                 # a definite ship: an act reported before
    "In 2008, a Taiwanese fishing boat sank after a collision.",   # a civilian craft, intransitive
    "A Chinese cargo ship sailed through the strait.",             # a civilian craft
    "Japanese lawmakers met Lai Ching-te in Taipei on Monday.",    # people, not the state acting through its assets
])
def test_no_event_from_rules5(seed_extractor, text):
    assert not [e for e in predicate_events(seed_extractor, text, published=PUBLISHED)
                if e["predicate"] in ("MOBILIZE", "CONSULT", "ASSAULT")]


def test_demonym_subject_pure():
    pattern = demonym_subject_pattern({"Chinese": "china", "Japanese": "japan"}, ["ship", "ships", "cutters"])
    text = "Japanese and Chinese coast guard cutters shadowed the boat."
    found = demonym_subject(text, 0, text.index("shadowed"), pattern=pattern, demonyms={"Chinese": "china", "Japanese": "japan"})
    assert [f[3] for f in found] == ["japan", "china"]
    assert demonym_subject("Beijing's ships sailed.", 0, 16, pattern=pattern, demonyms={"Chinese": "china"}) == []


@pytest.mark.parametrize("text, verb, expected", [
    ("Kishida raised it when he met Biden.", "met", "he"),
    ("The minister spoke after she visited Taipei.", "visited", "she"),
    ("When I met the premier, we agreed.", "met", "I"),
    ("When he met the premier, Kishida agreed.", "met", None),   # cataphora
    ("Kishida met Biden.", "met", None),
])
def test_subordinate_pronoun(text, verb, expected):
    found = subordinate_pronoun(text, 0, text.index(verb))
    assert (found[2] if found else None) == expected
