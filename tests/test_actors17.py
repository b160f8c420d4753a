"""actors17: a body named where someone speaks is an actor (GUIDELINES Actors, goldfix12), an organisation on whose
meetings' sidelines people meet is named, Malaysian honorifics are titles (the short name is the first name), a
palace standing for a presidency is a place after 'at'."""
from pathlib import Path

import pytest

from pipeline.extract.actors import ActorMatcher
from pipeline.extract.places import building_of
from pipeline.knowledge import load_knowledge

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def matcher():
    return ActorMatcher(load_knowledge(SEEDS))


def found(matcher, text):
    mentions, _ = matcher.find(text, 0, len(text))
    return {(m.text, m.actor_id) for m in mentions}


@pytest.mark.parametrize("text, expected", [
    ("The premier told reporters at the Legislative Yuan that the budget would pass.", ("Legislative Yuan", "legislative-yuan")),
    ("A deputy told a news conference at the Legislative Yuan on Friday that the ships had left.",
     ("Legislative Yuan", "legislative-yuan")),
    ("The envoy told a seminar at the Sasakawa Peace Foundation that deterrence held.",
     ("Sasakawa Peace Foundation", "sasakawa-peace-foundation")),
    ("The secretary, speaking at the Pentagon on Tuesday, called the drills routine.", ("the Pentagon", "us-department-of-defense")),
    ("Professor Ito gave a lecture at the Kurogane Institute for Maritime Policy on Friday.",
     ("Kurogane Institute for Maritime Policy", "kurogane-institute-for-maritime-policy")),
])
def test_a_body_named_where_someone_speaks_is_an_actor(matcher, text, expected):
    assert expected in found(matcher, text)


@pytest.mark.parametrize("text, name", [
    ("Lawmakers gathered in a building of the House of Representatives on Monday.", "House of Representatives"),
    ("President Lai received the delegation at the Presidential Office on Monday.", "Presidential Office"),
    ("The president received the four ministers at Malacañang Palace on Monday.", "Malacañang Palace"),
    ("The pact was signed at the Malacanang Palace on Monday.", "Malacanang Palace"),
])
def test_buildings_stay_places(matcher, text, name):
    assert not any(name in surface for surface, _ in found(matcher, text))


def test_building_of():
    text = "They met in the grounds of the National Assembly."
    assert building_of(text, text.index("National")) is True
    text = "She told reporters at the National Assembly."
    assert building_of(text, text.index("National")) is False


@pytest.mark.parametrize("text", [
    "The two ministers met on the sidelines of the ASEAN meetings in Vientiane.",
    "They spoke on the margins of the ASEAN gatherings in Jakarta last week.",
])
def test_an_organisation_on_whose_meetings_sidelines_people_meet(matcher, text):
    assert ("ASEAN", "asean") in found(matcher, text)


@pytest.mark.parametrize("text, person, short", [
    ("Foreign Minister Datuk Seri Kamal Rashid said the pact was welcome. Kamal said it came late.",
     ("Kamal Rashid", "kamal-rashid"), ("Kamal", "kamal-rashid")),
    ("Home Minister Tan Sri Rahim Noor told reporters the talks went well. Rahim added that more were due.",
     ("Rahim Noor", "rahim-noor"), ("Rahim", "rahim-noor")),
    ("Defence Minister Dato' Sri Azlan Yusof said the ships were tracked. Azlan said patrols would go on.",
     ("Azlan Yusof", "azlan-yusof"), ("Azlan", "azlan-yusof")),
])
def test_malaysian_honorifics_are_titles_and_the_first_name_is_short(matcher, text, person, short):
    got = found(matcher, text)
    assert person in got and short in got
    assert not any(s.startswith(("Datuk", "Tan Sri", "Dato")) for s, _ in got)


def test_a_western_name_after_a_plain_title_keeps_its_family_name(matcher):
    got = found(matcher, "Foreign Minister Dr Kamal Rashid said the talks went well. Rashid added more.")
    assert ("Rashid", "kamal-rashid") in got


def test_bernama_is_an_outlet(matcher):
    assert ("Bernama", "bernama") in found(matcher, "A defence official told Bernama that the pact was aimed at deterrence.")
