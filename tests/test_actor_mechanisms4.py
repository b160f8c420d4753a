"""Pure-function tests of the fourth actors round (text in, mentions out); the sentences are written for these tests."""
import pytest

from tests.test_actor_mechanisms2 import found  # the matcher fixture comes from conftest.py


@pytest.mark.parametrize("text, actor_id", [
    ("Prime Minister Fumio Kishida told parliament on Monday that the bill would pass.", "national-diet"),
    ("Tokyo pushed the defence budget through parliament in March.", "national-diet"),
    ("President Lai Ching-te asked parliament to approve the special budget.", None),   # 'asked' is no bare-object verb
])
def test_a_bare_parliament_is_the_sentence_countrys_legislature(matcher, text, actor_id):
    ids = [a for t, a in found(matcher, text)[0] if t == "parliament"]
    assert ids == ([actor_id] if actor_id else [])


@pytest.mark.parametrize("text", [
    "Several members of parliament from Japan criticised the plan.",
    "Japan is a democracy with a parliament and a free press.",
])
def test_parliament_as_a_common_noun_is_no_actor(matcher, text):
    assert "parliament" not in [t for t, _ in found(matcher, text)[0]]


@pytest.mark.parametrize("text, name", [
    ("The captain of the trawler, Chen Ming-hui (陳明輝), declined to comment.", "Chen Ming-hui"),
    ("The protest was led by retired schoolteacher Keiko Hamada, who lives on the island.", "Keiko Hamada"),
    ("In 2021, Upper House member Taro Yamaguchi submitted a written question.", "Taro Yamaguchi"),
])
def test_people_introduced_by_occupation_or_seat(matcher, text, name):
    assert name in found(matcher, text)[1]


@pytest.mark.parametrize("text, actor_id", [
    ("The visit ended with a banquet hosted by Emperor Naruhito.", "emperor-naruhito"),
    ("NPR reported that the missiles had arrived.", "npr"),
    ("The commander told Stars and Stripes that the drill went well.", "stars-and-stripes"),
])
def test_registry_names(matcher, text, actor_id):
    assert actor_id in [a for _, a in found(matcher, text)[0]]


def test_a_shared_name_ending_a_ministrys_name_is_not_resolved_alone(matcher):
    text = "Taiwan has said little, and the French Ministry of the Armed Forces declined to comment."
    mentions, discovered = found(matcher, text)
    assert "Armed Forces" not in [t for t, _ in mentions]


def test_a_capital_framing_the_sentence_resolves_a_shared_name_after_an_apposition(matcher):
    text = ("Tokyo said nothing. In Beijing, Li Wenhua, the Foreign Ministry spokeswoman, said the move was welcome.")
    assert ("Foreign Ministry", "cn-mfa") in found(matcher, text)[0]


@pytest.mark.parametrize("text, absent", [
    ("The two leaders met on the sidelines of the APEC summit in Lima.", "apec"),
    ("Kishida flew to New York for the UN general assembly.", "united-nations"),
    ("He spoke at the 79th session of the United Nations General Assembly.", "un-general-assembly"),
    ("Analysts said the Japan-U.S. alliance had never been stronger.", "united-states"),
    ("The U.S.-Japan security alliance's guidelines were revised in 2015.", "united-states"),
])
def test_meetings_and_alliances_name_no_actor(matcher, text, absent):
    assert absent not in [a for _, a in found(matcher, text)[0]]


@pytest.mark.parametrize("text, present", [
    ("APEC said in a statement that trade would recover.", "apec"),
    ("A Japan-U.S. summit is planned for May.", "united-states"),
])
def test_the_body_and_a_summits_parties_stay_actors(matcher, text, present):
    assert present in [a for _, a in found(matcher, text)[0]]


def test_a_family_name_closing_a_sentence_opening_place_is_no_short_form(matcher):
    text = "Kong Xuanyou spoke on Monday. Hong Kong is an important partner, he said."
    mentions = found(matcher, text)[0]
    assert [t for t, a in mentions if a == "kong-xuanyou"] == ["Kong Xuanyou"]


@pytest.mark.parametrize("text, name", [
    ("In Paris, Lin Mei-ling, who represents Taiwan in France, thanked the navy.", "Lin Mei-ling"),
    ("The warning came from Kenji Morimoto (森本健二), who heads the local assembly.", "Kenji Morimoto"),
])
def test_a_name_before_comma_who_is_a_person(matcher, text, name):
    assert name in found(matcher, text)[1]


@pytest.mark.parametrize("text", [
    "The delegation met the Democratic Progressive Party, who heads the coalition.",
    "It thanked the Pacific Islanders, who are watching closely.",
])
def test_a_body_or_group_before_comma_who_is_no_person(matcher, text):
    assert not any(len(n.split()) >= 2 and n.split()[-1] in {"Party", "Islanders"} for n in found(matcher, text)[1])


def test_a_copyright_line_closed_by_a_full_stop_names_no_actor(matcher):
    text = "The talks ended.\n\n(C) Copyright 2011 Kyodo News. All rights reserved."
    assert "kyodo-news" not in [a for _, a in found(matcher, text)[0]]


def test_an_english_word_opening_a_sentence_leaves_the_short_form(matcher):
    text = "Kong Xuanyou spoke on Monday. Later Kong left for Beijing."
    assert [t for t, a in found(matcher, text)[0] if a == "kong-xuanyou"] == ["Kong Xuanyou", "Kong"]


@pytest.mark.parametrize("text, name, kept", [
    ("Tanaka said at the Halong Bay Forum that deterrence mattered.", "Halong Bay Forum", False),
    ("The minister flew to Geneva for the Alpine Security Conference on Monday.", "Alpine Security Conference", False),
    ("Ito told the Sapporo Policy Forum that the plan was sound.", "Sapporo Policy Forum", False),
    ("Mari Ueda is a senior fellow at the Hokkaido Strategy Forum in Sapporo.", "Hokkaido Strategy Forum", True),
])
def test_a_gathering_spoken_at_is_an_event_not_an_actor(matcher, text, name, kept):
    assert (name in found(matcher, text)[1]) is kept


def test_a_capitalised_alliance_of_states_is_no_discovered_organisation(matcher):
    mentions, discovered = found(matcher, "Both sides praised the US-Japan Alliance on Monday.")
    assert not any("Alliance" in n for n in discovered) and "united-states" not in [a for _, a in mentions]
