"""actors10: 'US forces' and the forces stationed in Japan or Korea; the region's outlets and ministries; a reporting
ministry with no dateline is the publisher's country's; initials in people's names; abbreviations inside a role."""
import pytest

from tests.actor_helpers import resolved
from pipeline.extract.names import without_middle_initials


@pytest.mark.parametrize("text, surface, actor", [
    ("The drills showed that U.S. forces could reinforce the island within days.", "U.S. forces", "us-military"),
    ("Beijing accused Washington of sending US forces into the region.", "US forces", "us-military"),
    ("The agreement lets Tokyo supply fuel to American forces during an emergency.", "American forces", "us-military"),
    ("The Philippines hosts rotating US forces at nine bases.", "US forces", "us-military"),
    ("A conflict would almost certainly involve U.S. forces based in Japan, the report said.", "U.S. forces based in Japan", "us-forces-japan"),
    ("Residents oppose the expansion of US forces on Okinawa.", "US forces on Okinawa", "us-forces-japan"),
    ("The number of American forces stationed in Japan has barely changed.", "American forces stationed in Japan", "us-forces-japan"),
    ("Japan-based US forces would be the first to respond, he said.", "Japan-based US forces", "us-forces-japan"),
    ("Seoul said US forces in South Korea would stay on the peninsula.", "US forces in South Korea", "us-forces-korea"),
    ("United States Forces Korea said the drills would go ahead.", "United States Forces Korea", "us-forces-korea"),
])
def test_us_forces_and_the_commands_of_the_forces_stationed_abroad(matcher, text, surface, actor):
    assert resolved(matcher, text).get(surface) == actor


def test_a_hyphenated_compound_of_forces_is_no_us_forces_mention(matcher):
    assert "us-military" not in resolved(matcher, "A Japanese-US forces exercise began on Monday.").values()


@pytest.mark.parametrize("page, owner", [
    ("Korea JoongAng Daily\nNational\n\nChina's envoy met the vice minister in Seoul on Monday, the Foreign Ministry said.", "kr-mofa"),
    ("The Jakarta Post\nWorld\n\nThe envoy met officials on Tuesday to discuss the sea dispute, the Foreign Ministry said.", "id-mofa"),
    ("The Asahi Shimbun\nPolitics\n\nChina sent four ships near the islands, the Foreign Ministry said.", "jp-mofa"),
])
def test_a_reporting_ministry_without_dateline_is_the_publishers_countrys(matcher, page, owner):
    body = page.index("\n\n") + 2
    assert resolved(matcher, page, body).get("Foreign Ministry") == owner


def test_an_outlet_of_no_country_leaves_the_ministry_to_the_sentence(matcher):
    page = "Reuters\nWorld\n\nChina sent four ships near the islands, the Foreign Ministry said."
    assert resolved(matcher, page, page.index("\n\n") + 2).get("Foreign Ministry") == "cn-mfa"


@pytest.mark.parametrize("text, surface, actor", [
    ("Department of Foreign Affairs spokesperson Ana Reyes said Manila would not be drawn in.", "Department of Foreign Affairs", "ph-dfa"),
    ("Manila's Department of National Defense said the radar would be installed next year.", "Department of National Defense", "ph-dnd"),
    ("Jakarta said the Indonesian Defense Ministry would buy more patrol ships.", "Indonesian Defense Ministry", "id-mod"),
])
def test_the_philippine_and_indonesian_ministries(matcher, text, surface, actor):
    assert resolved(matcher, text).get(surface) == actor


@pytest.mark.parametrize("text, name", [
    ('"Stability matters," said R. Venkataraman, who teaches at a university in New Delhi.', "R. Venkataraman"),
    ("Foreign affairs spokesperson Ma. Cristina Reyes said Manila's ties with Tokyo were a sovereign decision.", "Ma. Cristina Reyes"),
    ("Rear Admiral James P. Morris, commander of the fleet, said the drills would continue.", "James P. Morris"),
    ("Former President John F. Kennedy visited Berlin in 1963.", "John F. Kennedy"),
])
def test_initials_are_part_of_a_persons_name(matcher, text, name):
    assert name in resolved(matcher, text)


@pytest.mark.parametrize("text", [
    "The U.S. Navy sent a destroyer through the strait, the Pentagon said.",
    "The plan B. Japan said it would respond.",
    "Kenji Sato said the U.S. and Japan agreed.",
])
def test_an_abbreviation_or_a_lone_capital_makes_no_person(matcher, text):
    _, discovered = matcher.find(text, 0, len(text))
    assert not [d for d in discovered.values() if "." in d.name]


def test_a_middle_initial_does_not_make_a_registered_person_new(matcher):
    found = resolved(matcher, "Ambassador Laura M. Rosenberger of the American Institute in Taiwan said ties were strong.")
    assert "laura-rosenberger" in found.values() and "laura-m-rosenberger" not in found.values()


@pytest.mark.parametrize("name, plain", [
    ("Laura M. Rosenberger", "Laura Rosenberger"), ("John F. Kennedy", "John Kennedy"),
    ("R. Venkataraman", "R. Venkataraman"), ("Kenji Sato", "Kenji Sato"),
])
def test_without_middle_initials(name, plain):
    assert without_middle_initials(name) == plain


@pytest.mark.parametrize("text, name", [
    ("Richard Miles, U.S. deputy undersecretary of defense for Asian affairs, welcomed the plan.", "Richard Miles"),
    ("Marcus Hill, a U.S. State Department spokesman, declined to comment.", "Marcus Hill"),
    ("Daniel Cho, a Lt. Gen. in the South Korean army, said the drills were routine.", "Daniel Cho"),
])
def test_an_abbreviation_inside_an_appositive_role(matcher, text, name):
    assert name in resolved(matcher, text)


@pytest.mark.parametrize("text, actor", [
    ("Fighters of the Southwestern Air Defense Force of the Air Self-Defense Force were scrambled in response.", "jasdf-southwestern-adf"),
    ("Fighters of the Southwestern Air\nDefense Force were scrambled.", "jasdf-southwestern-adf"),
    ("The Western Air Defense Force scrambled jets after two bombers flew over the sea.", "jasdf-western-adf"),
    ("The boat was released, according to the 11th Regional Coast Guard Headquarters in Naha.", "jp-11th-rcg"),
])
def test_the_units_named_in_scramble_and_coast_guard_reports(matcher, text, actor):
    assert actor in resolved(matcher, text).values()


def test_china_marine_surveillance(matcher):
    text = "Two China Marine Surveillance ships entered the waters near the islands, the coast guard said."
    assert "china-marine-surveillance" in resolved(matcher, text).values()


@pytest.mark.parametrize("text, owner", [
    ("China responded angrily. At a regular press briefing in Beijing, foreign ministry spokesman Li Ming said the drills were a warning.", "cn-mfa"),
    ("At a news conference in Tokyo on Tuesday, defense ministry spokesman Kenji Ito said the jets were scrambled.", "jp-mod"),
    ("In Taipei, foreign ministry spokesman Chen Wei said the visit would go ahead.", "tw-mofa"),
    ("At a regular briefing in Beijing on Monday, Foreign Ministry spokesman Zhao Min said China was concerned.", "cn-mfa"),
])
def test_a_lower_case_body_in_a_title_takes_the_country_the_sentence_frames(matcher, text, owner):
    assert owner in resolved(matcher, text).values()


@pytest.mark.parametrize("text", [
    "Officials protested on Monday, and foreign ministry spokesman Park Ji-won said talks would continue.",
    "The foreign ministry spokesman declined to comment.",
])
def test_a_lower_case_body_in_a_title_without_a_cue_is_left_unresolved(matcher, text):
    found = resolved(matcher, text)
    assert "foreign ministry" not in found
