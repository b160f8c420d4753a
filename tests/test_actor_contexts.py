"""Pure-function tests of the actor context rules of pipeline/extract/actor_contexts.py and the discovery and
generic-name patterns added with them (text in, mentions out). Example sentences are written for these tests."""
import pytest

from pipeline.extract.actor_contexts import (after_motion_verb, clash_patterns, clashing_acronyms, committee_in_role, is_credit,
                                             state_as_topic_before)


def found(matcher, text):
    mentions, _ = matcher.find(text, 0, len(text))
    return [(m.text, m.actor_id) for m in mentions]


@pytest.mark.parametrize("text, name, media, expected", [
    ("Leaders pose for a photo. (Photo: Prime Minister's Office of Japan)", "Prime Minister's Office of Japan", False, True),
    ("A frigate in port [File: Jane Roe/Reuters]", "Reuters", True, True),
    ("(Kyodo) Coast guard vessels sail near the islands.", "Kyodo", True, True),
    ("Crowds gathered.\n(Kyodo) Coast guard vessels sail near the islands.", "Kyodo", True, True),
    ("Kyodo reported that the talks had ended.", "Kyodo", True, False),
    ("All rights reserved.\n[Copyright The Kyodo, Ltd.]", "Kyodo", True, True),
    ("The talks ended. (Photo: Kyodo) Officials left.", "Kyodo", True, True),
    ("The ministry (Photo: a handout) said Reuters was wrong.", "Reuters", True, False),
])
def test_credit(text, name, media, expected):
    s = text.index(name)
    assert is_credit(text, s, s + len(name), media=media) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("The premier will visit Canberra next week.", "Canberra", True),
    ("The delegation flew to Manila on Monday.", "Manila", True),
    ("She left Seoul after the talks.", "Seoul", True),
    ("Seoul left the meeting early.", "Seoul", False),
    ("Officials said Manila would respond.", "Manila", False),
])
def test_motion(text, name, expected):
    assert after_motion_verb(text, text.index(name)) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("Its position on Vietnam has not changed.", "Vietnam", True),
    ("A shift in policy toward India was announced.", "India", True),
    ("India announced a new policy.", "India", False),
])
def test_state_as_topic(text, name, expected):
    assert state_as_topic_before(text, text.index(name)) is expected


def test_acronym_clash():
    text = "Canada joined the Trans-Pacific Partnership; the TPP later collapsed."
    patterns = clash_patterns({"TPP": ["Trans-Pacific Partnership"], "NPC": ["National Press Club"]})
    assert clashing_acronyms(text, 0, len(text), patterns) == {"TPP"}


@pytest.mark.parametrize("text, expected", [
    ("Ms Doe, who chairs the Budget Committee in the assembly, objected.", True),
    ("He sits on the parliament's Defence Committee.", True),
    ("The general told the senate's Defence Committee that stocks were low.", True),
    ("The Defence Committee approved the bill.", False),
])
def test_committee_in_role(text, expected):
    name = "Budget Committee" if "Budget" in text else "Defence Committee"
    assert committee_in_role(text, text.index(name), name) is expected


@pytest.mark.parametrize("text, present, absent", [
    # a mission named by owner and city is one discovered body, the city is part of its name
    ("The Japanese Embassy in Canberra issued a statement.", "Japanese Embassy in Canberra", None),
    ("Delegates met under the Chatham House rule.", None, "chatham-house"),
    ("Canada and Mexico are members of the Trans-Pacific Partnership, or TPP.", None, "tpp"),
    ("Frigates sailed with Australian and New Zealand navy vessels.", None, "new-zealand"),
    ("Kenya and Mexico signed the accord.", "Mexico", None),
])
def test_registry_contexts(matcher, text, present, absent):
    got = found(matcher, text)
    if present:
        assert present in [t for t, _ in got]
    if absent:
        assert absent not in [a for _, a in got]


@pytest.mark.parametrize("text, name", [
    ("Canberra's chief trade negotiator, Mary Brown, said talks would resume.", "Mary Brown"),
    ("The accord was signed by Chen Wen-hua (陳文華), chairman of the foundation.", "Chen Wen-hua"),
    ("The minister wrote to Ireland's trade minister Sean O'Brien last week.", "Sean O'Brien"),
    ("A visit by Nagasaki Gov. Kenji Yamada is planned.", "Kenji Yamada"),
    ("She studied at the University of the Ryukyus in Okinawa.", "University of the Ryukyus"),
])
def test_discovery_forms(matcher, text, name):
    assert name in [t for t, _ in found(matcher, text)]


@pytest.mark.parametrize("text, surface, actor_id", [
    # a sentence-initial 'its' refers back to the last sentence's state
    ("South Korea lodged a protest. Its foreign ministry summoned the envoy.", "foreign ministry", "kr-mofa"),
    # an acronym in brackets before 'in <capital>' does not hide the city's country
    ("The Ministry of National Defense (MND) in Taipei welcomed the move.", "Ministry of National Defense", "tw-mnd"),
    # 'the' + a lowercase two-word name resolves inside its sentence
    ("South Korea said the foreign ministry had summoned the envoy.", "foreign ministry", "kr-mofa"),
])
def test_generic_names(matcher, text, surface, actor_id):
    assert (surface, actor_id) in found(matcher, text)


def test_definite_generic_without_cue_in_sentence(matcher):
    text = "Officials met on Monday. The foreign ministry said it would respond."
    assert "foreign ministry" not in [t for t, _ in found(matcher, text)]


@pytest.mark.parametrize("text, name, expected", [
    ("Tokyo studied the U.S. Taiwan Relations Act closely.", "U.S.", True),
    ("Critics cited the Japan Coast Guard Law.", "Japan", True),
    ("The US Navy sailed through.", "US", False),
])
def test_document_name(text, name, expected):
    from pipeline.extract.actor_contexts import opens_document_name
    assert opens_document_name(text, text.index(name) + len(name)) is expected


def test_listed_examples(matcher):
    got = found(matcher, "Carmakers and electronics firms such as Suzuki and Brother paused production.")
    assert ("Suzuki", "suzuki") in got and ("Brother", "brother") in got


def test_two_names_of_one_body(matcher):
    # the CPC's Taiwan Work Office and the State Council's Taiwan Affairs Office are one institution
    assert ("Taiwan Work Office", "cn-taiwan-affairs-office") in found(matcher, "He spoke with the Taiwan Work Office on Monday.")


@pytest.mark.parametrize("text, surface, actor_id", [
    ("Beijing warned the island's so-called foreign ministry.", "foreign ministry", "tw-mofa"),
    ("In Seoul, the Ministry of Foreign Affairs summoned the envoy.", "Ministry of Foreign Affairs", "kr-mofa"),
    ("Officials said the island's defense authorities had been informed.", "defense authorities", "tw-mnd"),
])
def test_owner_cues(matcher, text, surface, actor_id):
    assert (surface, actor_id) in found(matcher, text)


def test_role_with_place_then_name(matcher):
    text = "The minister summoned Canada's ambassador to Japan, Anne Martin, on Friday."
    assert "Anne Martin" in [t for t, _ in found(matcher, text)]


def test_travel_keeps_state_names(matcher):
    # a capital after a travel verb is a place; a state's own name is left to the event rules
    assert "south-korea" not in [a for _, a in found(matcher, "The envoy flew to Seoul.")]
    assert ("Japan", "japan") in found(matcher, "China told its citizens to avoid travelling to Japan.")


@pytest.mark.parametrize("text, expected", [
    ("In Tokyo, the Cabinet approved the plan on Friday.", [("Cabinet", "jp-cabinet")]),
    ("In Tokyo, Chief Cabinet Secretary Taro Yamada spoke.", []),
    ("In Tokyo, no Cabinet members attended the ceremony.", []),
    ("Japan watched the US election closely. His Cabinet would be different.", []),
])
def test_one_word_generic_before_a_capital(matcher, text, expected):
    assert [x for x in found(matcher, text) if x[1] in ("jp-cabinet", "tw-executive-yuan")] == expected


def test_copyright_line_names_no_actor(matcher):
    assert found(matcher, "Officials met.\n[Copyright The Example Press, Ltd.]") == []


@pytest.mark.parametrize("text, surface, actor_id", [
    ("SEOUL, May 2 (Example) -- Japan and Japan again drew protests. Japan said so.\nThe foreign ministry summoned an envoy.",
     "foreign ministry", "kr-mofa"),
    ("Tokyo, May 2 (Example News)--Taiwan's premier met Taiwan's envoys. A Foreign Ministry official said so.",
     "Foreign Ministry", "jp-mofa"),
])
def test_dateline_capital_is_home(matcher, text, surface, actor_id):
    assert (surface, actor_id) in found(matcher, text)
