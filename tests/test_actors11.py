"""actors11: bodies any article on the subject may name (fisheries agencies, Japan's pre-2013 Security Council, the
Philippine Senate, cabinets named after their prime minister), 'Democratic Party' resolved by country, people named in a
plural title's list or as a transcript's questioner, a Japanese paper's bracketed wire dateline, a time zone."""
import pytest

from pipeline.extract.actor_labels import plural_title_people, questioner_people
from tests.actor_helpers import resolved


@pytest.mark.parametrize("text, surface, actor", [
    ("Patrol boats of the Japan Coast Guard and the Fisheries Agency shadowed the trawlers.", "Fisheries Agency", "jp-fisheries-agency"),
    ("The Executive Yuan told the Coast Guard Administration and the Fisheries Agency to send ships.", "Fisheries Agency",
     "tw-fisheries-agency"),
    ("The plan was approved at a meeting of the Security Council of Japan on Friday.", "Security Council of Japan", "jp-security-council"),
    ("MANILA — The proposal drew sharp questions in the Senate on Monday, Philippine officials said.", "Senate", "ph-senate"),
    ("The Kishida Cabinet adopted the three documents in December.", "Kishida Cabinet", "jp-cabinet"),
    ("Tokyo's metropolitan government said it would survey the islands.", "Tokyo's metropolitan government", "tokyo-metropolitan-government"),
    ("The ministers met in the Security Consultative Committee in Washington.", "Security Consultative Committee", "us-japan-scc"),
    ("Secretary Carter told reporters the alliance was strong.", "Secretary Carter", "ash-carter"),
    ("The mayor told The STAR by phone that the town was ready.", "The STAR", "philippine-star"),
])
def test_registry_bodies_and_titled_names(matcher, text, surface, actor):
    assert resolved(matcher, text).get(surface) == actor


@pytest.mark.parametrize("text, actor", [
    ("SEOUL — A lawmaker of the ruling Democratic Party told reporters that Korea should stay neutral.", "democratic-party-of-korea"),
    ("TOKYO — Opposition leader Ichiro Ozawa of the Democratic Party met the Chinese president.", "dpj"),
    ("WASHINGTON — The Democratic Party won a majority in the House, the president said.", "us-democratic-party"),
])
def test_democratic_party_is_the_party_of_the_country_the_text_is_about(matcher, text, actor):
    assert resolved(matcher, text).get("Democratic Party") == actor


def test_a_plural_title_introduces_every_listed_person():
    text = "The delegation — Reps. Anna Berg, Tom Walsh and Maria Lopez — returned on Friday."
    assert [n for _, _, n, _ in plural_title_people(text, 0, len(text))] == ["Anna Berg", "Tom Walsh", "Maria Lopez"]


def test_a_plural_title_without_a_list_names_no_one():
    text = "Senators from both parties criticised the plan."
    assert list(plural_title_people(text, 0, len(text))) == []


@pytest.mark.parametrize("text, name", [
    ("Answer given.\nQ:  Anna Berg, Example Wire. Is the plan aimed at anyone?", "Anna Berg"),
    ("Answer given.\nQ: Thanks. Tom Walsh, [inaudible]. A second question.", "Tom Walsh"),
    ("Answer given.\nQuestion from the floor — Maria Lopez, Example University: Minister, when?", "Maria Lopez"),
])
def test_a_transcript_questioner_who_gives_their_name(text, name):
    assert [n for _, _, n, _ in questioner_people(text, 0, len(text))] == [name]


def test_a_question_line_that_opens_with_words_names_no_one():
    text = "Answer given.\nQ:  Can we go to another region now?"
    assert list(questioner_people(text, 0, len(text))) == []


def test_listed_and_questioning_people_are_discovered(matcher):
    found = resolved(matcher, "Reps. Anna Berg, Tom Walsh and Maria Lopez will brief colleagues.\nQ:  Ken Ono, Example Wire. Why now?")
    assert {"Anna Berg", "Tom Walsh", "Maria Lopez", "Ken Ono"} <= set(found)


def test_a_bracketed_wire_dateline_credits_the_wire_and_names_no_actor(matcher):
    assert "kyodo-news" not in resolved(matcher, "【Beijing, Kyodo】 A Chinese foreign ministry spokesman said on the 2nd that ...").values()


def test_a_state_named_in_a_time_zone_is_no_actor(matcher):
    assert "japan" not in resolved(matcher, "All times given are Japan Standard Time.").values()


@pytest.mark.parametrize("text, state", [
    ("The defence minister is set to visit Australia next week.", "australia"),
    ("The navy plans to send a destroyer to Manila next month.", "philippines"),
    ("The secretary meets counterparts there and then goes on to Riyadh.", "saudi-arabia"),
    ("It is an honour to return to Singapore for this dialogue.", "singapore"),
])
def test_a_state_named_only_as_a_destination_is_a_place(matcher, text, state):
    assert state not in resolved(matcher, text).values()


@pytest.mark.parametrize("text, state", [
    ("Australia welcomed the talks. The defence minister is set to visit Australia next week.", "australia"),
    ("Beijing urged Tokyo not to send a wrong signal to Taiwan.", "taiwan"),
    ("Beijing told its citizens to avoid travelling to Japan.", "japan"),
])
def test_a_destination_state_named_otherwise_too_stays_an_actor(matcher, text, state):
    assert state in resolved(matcher, text).values()


@pytest.mark.parametrize("text, surface", [
    ("A reporter asked the Embassy of Japan in Manila for comment.", "Embassy of Japan in Manila"),
    ("The Consulate General of Japan in Hong Kong issued a notice.", "Consulate General of Japan in Hong Kong"),
    ("The Japanese Embassy in Seoul protested.", "Japanese Embassy in Seoul"),
])
def test_a_mission_named_formally_or_by_owner_first(matcher, text, surface):
    mentions, discovered = matcher.find(text, 0, len(text))
    assert [m.text for m in mentions] == [surface]
    assert all(d.actor_type == "government_body" and d.country == "JPN" for d in discovered.values())
