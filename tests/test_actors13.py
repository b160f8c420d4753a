"""actors13: organisations named head first with 'on' or a destination ('the Committee on Trade', 'the Mission of
Japan to the United Nations'), a name's 'of <registered body>' tail as its owner, organisation names that never cross
a line break, a bare 'Parliament' standing for the body of no country the page names, small groups named after their
kind noun, people of the front matter named by family name in the body, middle initials without a full stop, places
before 'said', 'left for' a destination, and adverbial 'daily'/'weekly' after a capitalised word."""
import pytest

from pipeline.extract.kind_names import kind_named, kind_pattern
from tests.actor_helpers import resolved

KINDS = {"group": "organization", "network": "organization"}


@pytest.mark.parametrize("text, surface", [
    ("A delegation of the Committee on International Trade arrived in Osaka on Monday.", "Committee on International Trade"),
    ("The Subcommittee on Human Rights held a hearing on the detentions.", "Subcommittee on Human Rights"),
    ("A spokesman of the Mission of Japan to the United Nations rejected the claim.", "Mission of Japan to the United Nations"),
])
def test_head_first_organisations(matcher, text, surface):
    assert surface in resolved(matcher, text)


def test_a_registered_owner_after_of_ends_the_name(matcher):
    found = resolved(matcher, "The envoys met the Japan-Canada Friendship League of the National Diet in Tokyo.")
    assert "Japan-Canada Friendship League" in found and found.get("National Diet") == "national-diet"


def test_a_heading_is_no_word_of_the_name_below_it(matcher):
    found = resolved(matcher, "The talks went well.\n\nBackground\nThe Subcommittee on Human Rights met twice.")
    assert "Subcommittee on Human Rights" in found and not any(s.startswith("Background") for s in found)


def test_a_body_of_another_chamber_owned_by_its_house_is_no_actor(matcher):
    found = resolved(matcher, "Last year the Japanese House of Representatives' Committee on Foreign Affairs adopted a motion.")
    assert not any(s.startswith("Committee") for s in found)


def test_bare_parliament_on_a_page_naming_the_european_parliament(matcher):
    text = "European Parliament\nPress release\n\nMembers said Parliament would vote on the text in March."
    start = text.index("Members")
    assert resolved(matcher, text, start).get("Parliament") == "european-parliament"


@pytest.mark.parametrize("text, name", [
    ("The group Okinawa Mothers Against the Runway staged a sit-in.", "Okinawa Mothers Against the Runway"),
    ("The rally was organised by a citizens' network, the Hirado Network Against Base Expansion.", "Hirado Network Against Base Expansion"),
])
def test_groups_named_after_their_kind(text, name):
    assert [n for _, _, n, _ in kind_named(text, 0, len(text), kind_pattern(KINDS), KINDS)] == [name]


def test_a_kind_noun_before_one_word_names_nothing():
    text = "The group Tuesday said it would sue."
    assert kind_named(text, 0, len(text), kind_pattern(KINDS), KINDS) == []


def test_front_matter_person_named_by_family_name_in_the_body(matcher):
    text = "Speaker: Prof. Aiko Tanabe\n\nMODERATOR: Welcome. Today Professor Tanabe speaks on the alliance."
    start = text.index("MODERATOR")
    mentions, discovered = matcher.find(text, start, len(text))
    assert any(d.name == "Aiko Tanabe" for d in discovered.values())
    assert any(m.text == "Tanabe" for m in mentions)


def test_a_middle_initial_without_a_full_stop(matcher):
    found = resolved(matcher, "Ravi K Menon, who heads the studies programme at a Delhi think tank, disagreed.")
    assert "Ravi K Menon" in found


@pytest.mark.parametrize("text, absent", [
    ("Analysts in Hong Kong said the wording went further.", "Hong"),
    ("Receive daily email updates about the region.", "Receive"),
    ("Subscribe to the Harbour Lights daily for more.", "Harbour Lights"),
    ("The jets already fly from Nyutabaru daily, residents say.", "Nyutabaru"),
])
def test_no_actor(matcher, text, absent):
    assert absent not in resolved(matcher, text)


def test_a_state_only_left_for_is_a_destination(matcher):
    found = resolved(matcher, "The speaker met officials in Taipei and left for South Korea that afternoon.")
    assert "South Korea" not in found


def test_a_chamber_before_election_is_the_vote(matcher):
    assert "upper house" not in resolved(matcher, "The drills came during Japan's upper house election campaign.")


@pytest.mark.parametrize("text, names", [
    ("The base sits in Kanoya City, Kagoshima Prefecture; a second site in Oita Prefecture was dropped. "
     "Kagoshima Prefecture officials said the prefectural assembly would debate it.", ["Kagoshima Prefectural Assembly"]),
    ("Residents of the town of Taketomi protested, and the town council asked for a hearing.", ["Taketomi Town Council"]),
    ("A prefectural assembly in the north adopted a resolution; the prefectural assembly did not say which.", []),
])
def test_a_bare_local_legislature_is_the_named_municipality_s(text, names):
    from pipeline.extract.local_governments import bare_local_legislatures
    assert [n for _, _, n in bare_local_legislatures(text, 0, len(text))] == names


@pytest.mark.parametrize("text, surface, actor", [
    ("Fumio Kishida took office in 2021. Two years later the Kishida government declined the offer.", "Kishida government", "japan"),
    ("Yoshihide Suga spoke first; the Suga administration welcomed the vote.", "Suga administration", "japan"),
])
def test_a_leader_s_government_is_the_state(matcher, text, surface, actor):
    assert resolved(matcher, text).get(surface) == actor


def test_a_leader_named_in_full_before_administration_stays_the_person(matcher):
    found = resolved(matcher, "Since the Donald Trump administration chose tariffs, exports fell.")
    assert found.get("Donald Trump") == "donald-trump"


@pytest.mark.parametrize("text, expected", [
    ("The drills began after House Speaker Nancy Pelosi left Taipei.", "us-house"),
    ("Chief Cabinet Secretary Yoshimasa Hayashi said the drills were regrettable.", None),
])
def test_a_chamber_named_inside_its_speaker_s_role(matcher, text, expected):
    found = resolved(matcher, text)
    assert found.get("House") == expected and "Cabinet" not in found
