"""Pure-function tests of the actors7 round's mechanisms (text in, spans or mentions out): formations named by number,
outlets named with a medium noun or a transcript label, and organisations named as the venue of an occasion of
speech. The sentences are written for these tests in the style of wire, military and official reporting."""
import pytest

from pipeline.extract.media_names import named_outlets, with_own_article
from pipeline.extract.military_units import numbered_units
from pipeline.extract.names import NOT_NAME_WORDS
from pipeline.extract.places import occasion_venue


def units(text):
    return [(text[s:e], name) for s, e, name in numbered_units(text, 0, len(text), not_name_words=NOT_NAME_WORDS)]


@pytest.mark.parametrize("text, expected", [
    ("The destroyer is assigned to Destroyer Squadron 15, based in Yokosuka.",
     [("Destroyer Squadron 15", "Destroyer Squadron 15")]),
    ("A P-3C from Patrol Squadron (VP) 9 joined the drill.", [("Patrol Squadron (VP) 9", "Patrol Squadron 9")]),
    ("Carrier Strike Group 11 entered the South China Sea on Monday.", [("Carrier Strike Group 11", "Carrier Strike Group 11")]),
    ("Task Force 70 led the exercise.", [("Task Force 70", "Task Force 70")]),
    ("Troops of the 1st Airborne Brigade and the 15th Brigade landed.",
     [("1st Airborne Brigade", "1st Airborne Brigade"), ("15th Brigade", "15th Brigade")]),
    ("The 3rd Marine Division moved its headquarters.", [("3rd Marine Division", "3rd Marine Division")]),
])
def test_a_formation_named_by_number_keeps_its_number(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text", [
    "The Army 12 percent budget rise was approved.",      # a type word alone before a number
    "Group 2023 results were released.",                  # a year
    "Page 3 of the Fleet Review.",
])
def test_no_formation_without_a_name_and_a_number(text):
    assert units(text) == []


def outlets(text):
    return [name for _, _, name in named_outlets(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("The minister told The Guardian newspaper on Sunday that talks would resume.", ["The Guardian"]),
    ("The Nikkei business daily reported the plan first.", ["Nikkei"]),       # a sentence's 'The' is the article
    ("He spoke to the Bangkok Post newspaper.", ["Bangkok Post"]),
    ("QUESTION (Nippon TV): When will the ship leave?", ["Nippon TV"]),
    ("REPORTER (Example Weekly): Has Seoul replied?", ["Example Weekly"]),
])
def test_outlets_named_by_a_medium_noun_or_a_transcript_label(text, expected):
    assert outlets(text) == expected


def test_an_outlets_own_the_inside_a_sentence():
    text = "An aide told The Straits Times on Monday."
    assert with_own_article(text, text.index("Straits")) == text.index("The Straits")
    text = "The Straits Times said so."
    assert with_own_article(text, text.index("Straits")) == text.index("Straits")


@pytest.mark.parametrize("text, name, venue", [
    ("The premier gave a speech at Kyoto University on Monday.", "Kyoto University", True),
    ("She told a news conference at the National Assembly that talks had failed.", "National Assembly", True),
    ("The minister told reporters at Government House that the deal was done.", "Government House", True),
    ("Lawmakers met in a building of the Senate.", "Senate", True),
    ("Kim, a researcher at Korea University, said the plan was sound.", "Korea University", False),
    ("The National Assembly passed the bill at a session on Monday.", "National Assembly", False),
])
def test_an_organisation_named_where_a_speech_is_held_is_a_venue(text, name, venue):
    assert occasion_venue(text, text.index(name)) is venue


@pytest.mark.parametrize("text, expected", [
    ("Capt. Jane Roe, commander of Destroyer Squadron 15, said the patrol went well.",
     {("Jane Roe", "jane-roe"), ("Destroyer Squadron 15", "destroyer-squadron-15")}),
    ('"The plan will hold," said Lee Min-ho of Example National University.',
     {("Lee Min-ho", "lee-min-ho"), ("Example National University", "example-national-university")}),
    # a body named where someone speaks is an actor of the document (GUIDELINES Actors, goldfix12; was a venue, no actor)
    ("The president told graduating cadets at the Naval Academy in Annapolis that the fleet would grow.",
     {("Naval Academy", "naval-academy")}),
    ("An official told The Manila Times newspaper on Monday that patrols would continue.",
     {("The Manila Times", "the-manila-times")}),
    ("The governor gave a speech at Meiji University on Friday.", {("Meiji University", "meiji-university")}),
])
def test_discovered_units_outlets_and_venues(matcher, text, expected):
    mentions, _ = matcher.find(text, 0, len(text))
    found = {(m.text, m.actor_id) for m in mentions if m.method == "discovered"}
    assert found == expected


# -- family-first names of Japanese official records ------------------------------------------------------------------
from pipeline.extract.caps_labels import family_first_names   # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("○Minister of Justice (SUZUKI Ichiro) The bill was drafted with care.", ["Ichiro Suzuki"]),
    ("○TANAKA Hanako (CDP) Thank you. TANAKA Hanako asks again.", ["Hanako Tanaka", "Hanako Tanaka"]),
    ("○Chairperson (SATO Jiro) The meeting is open. YAMADA Taro.\n○YAMADA Taro (Komeito) Thank you.",
     ["Jiro Sato", "Taro Yamada", "Taro Yamada"]),
])
def test_family_first_names_of_a_record_read_in_western_order(text, expected):
    assert [name for _, _, name in family_first_names(text, 0, len(text))] == expected


@pytest.mark.parametrize("text", [
    "The NATO Secretary General spoke.",           # an acronym before a capitalised word, no record cue
    "JMSDF Escort ships sailed (see map).",
])
def test_no_family_first_name_without_a_record_cue(text):
    assert family_first_names(text, 0, len(text)) == []


# -- bodies of official records and site sign-offs ----------------------------------------------------------------------
from pipeline.extract.body import find_body   # noqa: E402

HEARING = """Committee on Armed Services
Washington, DC.

    The committee met, pursuant to notice, at 9:30 a.m., in room 216, Senator Jane Roe presiding.
    Present: Senators Roe, Doe, and Poe.

    The Chairman. Good morning. The committee meets today to consider the nomination before us.
    Senator Doe. Thank you, Madam Chair. I want to ask about the fleet in the Pacific.
    Admiral Poe. Thank you, Senator. The fleet is ready and its ships are at sea.
    The Chairman. Thank you. The hearing record will remain open for a week.

[Whereupon, at 11:45 a.m., the hearing was adjourned.]
"""

MINUTES = """Committee on Foreign Affairs, No. 3

Tuesday, 8 March 2022, opened at 10:00 a.m.

Members present: Chairperson SATO Jiro; Members ...
Agenda: Investigation of foreign affairs policy.

○Chairperson (SATO Jiro) The Committee will now open the investigation. YAMADA Taro.

○YAMADA Taro (Komeito) Thank you, Chairperson. I want to ask about the talks with Seoul last week.

○Minister for Foreign Affairs (KIMURA Ken) The talks were held in a friendly atmosphere and went well.

○Chairperson (SATO Jiro) This concludes the investigation. The Committee is adjourned.

Adjourned at 11:52 a.m.
"""


@pytest.mark.parametrize("text, first, last", [
    (HEARING, "The Chairman. Good morning.", "remain open for a week."),
    (MINUTES, "○Chairperson (SATO Jiro) The Committee will now open", "The Committee is adjourned."),
])
def test_a_records_body_is_its_exchange(text, first, last):
    body = find_body(text)
    assert text[body.start:].startswith(first)
    assert text[:body.end].endswith(last)


def test_a_sites_sign_off_and_reader_prompt_close_no_story():
    text = ("Ships sail\n\nMANILA – The navy said two ships sailed on Monday to join the exercise near the island.\n\n"
            "The drill runs until Friday and involves about 5,000 troops from three countries. – Example.com\n\n"
            "How does this story make you feel?\nHappy | Sad | Angry\n")
    body = find_body(text)
    assert text[:body.end].endswith("from three countries.")


def test_a_unit_in_a_bracketed_note_on_a_ship_is_no_actor(matcher):
    text = "The destroyer Example (Escort Division 3, Kure) shadowed the group."
    mentions, _ = matcher.find(text, 0, len(text))
    assert [m.text for m in mentions if m.method == "discovered"] == []


from pipeline.extract.local_governments import described_local_governments   # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("The Ishigaki city government said it would build shelters.", [("Ishigaki City", "government_body")]),
    ("A hotline links the Taitung county government and the Naha city hall.",
     [("Taitung County", "government_body"), ("Naha City", "government_body")]),
    ("Kagoshima's prefectural assembly passed a resolution.", [("Kagoshima Prefectural Assembly", "legislature")]),
    ("The Miyako town council voted against the plan.", [("Miyako Town Council", "legislature")]),
    ("The Okinawa prefectural government objected.", [("Okinawa Prefectural Government", "government_body")]),
])
def test_municipal_bodies_described_in_lower_case(text, expected):
    assert [(name, kind) for _, _, name, kind in described_local_governments(text, 0, len(text))] == expected


@pytest.mark.parametrize("text, surface, actor_id", [
    # the document defines the acronym for a registered body: there it is that body's, not the registry's other holder
    ("The Armed Forces of the Philippines (AFP) said the drill was over. The AFP will hold another in May.",
     "AFP", "armed-forces-philippines"),
    ("Wire photos were supplied by AFP.", "AFP", "afp"),
])
def test_an_acronym_the_document_defines(matcher, text, surface, actor_id):
    mentions, _ = matcher.find(text, 0, len(text))
    assert {m.actor_id for m in mentions if m.text == surface} == {actor_id}


def test_a_title_inside_the_matched_name_is_the_title(matcher):
    text = "Navy chief Admiral Jane Roe told reporters the fleet was ready."
    mentions, discovered = matcher.find(text, 0, len(text))
    assert [(m.text, m.actor_id) for m in mentions] == [("Jane Roe", "jane-roe")]
