"""Pure-function tests of the third actors round (text in, mentions out); the sentences are written for these tests."""
import re

import pytest

from pipeline.extract.actor_contexts import name_continues, registry_owner_stripped
from tests.test_actor_mechanisms2 import found  # the matcher fixture comes from conftest.py
from pipeline.extract.names import PERSON_NAME


@pytest.mark.parametrize("text, name", [
    ("said Carlos Reyes De Leon, a senior fellow", "Carlos Reyes De Leon"),
    ("Jose Del Mundo, a former senator", "Jose Del Mundo"),
    ("Luiz Inácio Lula da Silva said", "Luiz Inácio Lula da Silva"),
])
def test_person_names_with_inner_capitals_and_particles(text, name):
    assert name in [m.group(0) for m in re.finditer(PERSON_NAME, text)]


def test_a_titled_camel_case_name_is_discovered(matcher):
    assert "Maria DelRosario" in found(matcher, "Manila recalled Ambassador Maria DelRosario on Friday.")[1]


@pytest.mark.parametrize("text, org", [
    ("The pact must first be examined by Canada's Standing Committee on Defence Policy.", "Standing Committee on Defence Policy"),
])
def test_owner_possessive_is_not_part_of_a_discovered_organisation(matcher, text, org):
    assert org in found(matcher, text)[1]


def test_registry_owner_stripped_keeps_people_s():
    assert registry_owner_stripped("People's Liberation Army", {}) == "People's Liberation Army"


def test_a_unit_of_a_registered_party_is_not_discovered(matcher):
    assert "International Affairs Department" not in found(matcher, "The Kuomintang's International Affairs Department said so.")[1]


@pytest.mark.parametrize("text, unit", [
    ('"No," said Wei Hong, director of the Centre for Maritime Studies at Xiamen University.', "Centre for Maritime Studies"),
])
def test_a_unit_at_an_organisation_is_not_an_actor(matcher, text, unit):
    assert unit not in found(matcher, text)[1]


@pytest.mark.parametrize("text, place", [
    ("Patrols increased in the Bashi Channel Strait, and Defense Minister Ken Ono said so.", "Bashi Channel Strait"),
    ("Speaking to reporters at Camp Crame, Interior Secretary Juan Ruiz said so.", "Camp Crame"),
])
def test_a_place_before_a_clause_is_no_appositive_person(matcher, text, place):
    assert place not in found(matcher, text)[1]


def test_a_truncated_organisation_name_is_not_discovered(matcher):
    text = "The story ran in the Manila Evening Gazette Chronicle on Monday."
    assert name_continues(text, text.index(" Chronicle") - len("Gazette") + len("Gazette"), re.compile("Director")) is True
    assert name_continues(" Monday", 0, re.compile("Director")) is False


def test_a_full_name_glossed_by_a_registered_acronym_is_the_registered_actor(matcher):
    mentions, discovered = found(matcher, "The Department of Foreign Affairs (DFA) said it had summoned the envoy.")
    assert "Department of Foreign Affairs" not in discovered and ("DFA", "ph-dfa") in mentions


@pytest.mark.parametrize("text, actor", [
    ("Defense Minister Koizumi told reporters the unit would deploy.", "shinjiro-koizumi"),
    ("Prime Minister Koizumi visited the shrine in August.", "junichiro-koizumi"),
    ("Later that year President Tsai called for talks.", "tsai-ing-wen"),
])
def test_a_title_picks_one_of_two_registered_people_with_a_surname(matcher, text, actor):
    assert actor in [a for _, a in found(matcher, text)[0]]


def test_a_titled_surname_followed_by_the_given_name_is_the_full_name(matcher):
    mentions = found(matcher, "Vice President Lai Ching-te met the delegation.")[0]
    assert ("Lai Ching-te", "lai-ching-te") in mentions


@pytest.mark.parametrize("text, actor, absent", [
    ("Malacañang declined to comment on the summons.", "ph-presidential-office", None),
    ("Okinawa Prefecture and the central government agreed on the plan.", "okinawa-prefectural-government", None),
    ("Thousands of residents live in Okinawa Prefecture.", None, "okinawa-prefectural-government"),
])
def test_seats_and_prefectures_as_metonyms(matcher, text, actor, absent):
    ids = [a for _, a in found(matcher, text)[0]]
    assert (actor is None or actor in ids) and (absent is None or absent not in ids)


def test_trailing_attribution_speaks_for_the_reporting_country(matcher):
    text = ("TOKYO (Example Wire) - Japan raised the issue with Beijing again. Senior diplomat Taro Example summoned "
            "China's ambassador on Tuesday, the Foreign Ministry said.")
    ids = [a for t, a in found(matcher, text)[0] if t == "Foreign Ministry"]
    assert ids == ["jp-mofa"]


@pytest.mark.parametrize("text, actor", [
    ("Yoshihide Suga spoke first. Two weeks later Suga's cabinet approved the budget.", "jp-cabinet"),
    ("Taipei's military raised its alert level.", "roc-armed-forces"),
    ("Beijing's foreign ministry lodged a protest.", "cn-mfa"),
])
def test_owners_by_person_and_by_capital(matcher, text, actor):
    assert actor in [a for _, a in found(matcher, text)[0]]


def test_outlet_in_a_transcript_speaker_label_is_an_actor_not_a_dateline(matcher):
    assert ("Kyodo News", "kyodo-news") in found(matcher, "Opening remarks.\nREPORTER (Kyodo News): Will the talks resume?")[0]
    assert "Reuters" not in [t for t, _ in found(matcher, "TAIPEI (Reuters) - Taiwan said on Monday it would respond.")[0]]
