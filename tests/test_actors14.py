"""actors14: the forms a newspaper names a registered state body by (its owner's possessive, demonym or 'of <state>'
around the body's name without its owner), leader cabinets in lower case, a quantifier before a
body's lower-case name, Hansard speaker turns closed by a colon, naval ranks and council speakers, three-word names
after a rank, company names running past an inner head word, missions with no named host, 'the city council of X',
one country's offices abroad told apart by the host the document names, and double-barrelled family names."""
import pytest

from pipeline.extract.names import guess_family_name
from tests.actor_helpers import resolved


@pytest.mark.parametrize("text, surface, actor_id", [
    ("On Monday the Cabinet Office of Japan issued new guidance.", "Cabinet Office of Japan", "jp-cabinet-office"),
    ("The Ministry of Foreign Affairs of Japan protested on Tuesday.", "Ministry of Foreign Affairs of Japan", "jp-mofa"),
    ("Officials said the Coast Guard of Japan had sent two cutters.", "Coast Guard of Japan", "jp-coast-guard"),
    ("Japan's Maritime Self-Defense Force tracked the carrier.", "Japan's Maritime Self-Defense Force", "jmsdf"),
    ("The Taiwanese Coast Guard Administration sent two cutters.", "Taiwanese Coast Guard Administration", "tw-coast-guard-administration"),
    ("South Korea's Ministry of Unification declined to comment.", "South Korea's Ministry of Unification", "kr-unification-ministry"),
    ("A new directive from the Japanese cabinet office was issued.", "Japanese cabinet office", "jp-cabinet-office"),
])
def test_owned_body_forms(matcher, text, surface, actor_id):
    assert resolved(matcher, text).get(surface) == actor_id


def test_leader_cabinet_in_lower_case(matcher):
    assert resolved(matcher, "So far the Koizumi cabinet has avoided any contact.").get("Koizumi cabinet") == "jp-cabinet"


@pytest.mark.parametrize("text", [
    "That is a question no Japanese cabinet has ever answered in public.",
    "It would be the first task of any Japanese government in a crisis.",
])
def test_a_quantified_body_is_a_kind(matcher, text):
    assert not any(s.startswith("Japanese") for s in resolved(matcher, text))


def test_hansard_turns_closed_by_a_colon(matcher):
    text = ("CHAIR: We resume with outcome 1.\nSenator MARSDEN: Thank you. Minister, what has changed?\n"
            "Senator Okoro: Nothing has changed, Senator.\nSenator MARSDEN: Thank you.\n")
    found = resolved(matcher, text)
    assert "Senator MARSDEN" in found and "Senator Okoro" in found
    assert found["Senator MARSDEN"] != found["Senator Okoro"]


def test_two_colon_turns_are_no_record(matcher):
    found = resolved(matcher, "Mr Hale: no comment.\nSome text follows here.\n")
    assert "Mr Hale" not in found


@pytest.mark.parametrize("text, name", [
    ("Navy spokesperson Commodore Ramon Velasco said the ship had left.", "Ramon Velasco"),
    ("Commandant Admiral Ramon Luis Velasco watched the drill.", "Ramon Luis Velasco"),
    ("Council speaker Lin Mei-hua said fishermen would be protected.", "Lin Mei-hua"),
])
def test_titled_people(matcher, text, name):
    assert name in resolved(matcher, text)


def test_a_title_and_surname_refer_back_to_the_full_name(matcher):
    text = "Commodore Ramon Velasco said the ship had left. Later Commodore Velasco added that it would return."
    found = resolved(matcher, text)
    assert "Commodore Velasco" not in found or found["Commodore Velasco"] == found["Ramon Velasco"]


def test_a_generational_suffix_ends_the_name(matcher):
    found = resolved(matcher, "Armed forces chief General Ramon Velasco Jr. told reporters the drill went well.")
    assert "Ramon Velasco" in found


@pytest.mark.parametrize("text, surface", [
    ("Tata signed a partnership with Kuroshio Semiconductor Manufacturing Corp. (KSMC) for a fab.",
     "Kuroshio Semiconductor Manufacturing Corp."),
    ("The statement drew a response from the Chinese embassy, which called it irresponsible.", "Chinese embassy"),
    ("The city council of Hirado approved the bill on Monday.", "city council of Hirado"),
    ("Professor Aya Mori of Kuroshio University said the move was symbolic.", "Kuroshio University"),
    ("A retired admiral said on a TV Asahi panel that Japan would have no choice.", "TV Asahi"),
])
def test_discovered_organisations(matcher, text, surface):
    assert surface in resolved(matcher, text)


def test_the_tail_of_an_extended_company_name_is_no_company(matcher):
    found = resolved(matcher, "Tata signed a partnership with Kuroshio Semiconductor Manufacturing Corp. for a fab.")
    assert "Manufacturing Corp" not in found and "Manufacturing Corp." not in found


def test_an_embassy_with_its_host_keeps_the_registry_name(matcher):
    found = resolved(matcher, "The Chinese Embassy in the United States rejected the report.")
    assert found.get("Chinese Embassy in the United States") == "cn-embassy-us"


def test_a_shared_office_name_resolved_by_the_host_the_document_names(matcher):
    text = ("Japan protested to Taiwan on Monday. Tokyo said Japan would not accept the entry. "
            "The protest was handed to the Taipei Economic and Cultural Representative Office.")
    assert resolved(matcher, text).get("Taipei Economic and Cultural Representative Office") == "tecro-japan"


@pytest.mark.parametrize("name, family", [
    ("Tsai Ing-wen", "Tsai"), ("Ana Okabe-Ferris", "Okabe-Ferris"), ("Masahisa Sato", "Sato"),
])
def test_family_names(name, family):
    assert guess_family_name(name) == family


@pytest.mark.parametrize("text, surface, named", [
    ("The ministers agreed to convert the regiment into a Coastal Strike Regiment by 2027.", "Coastal Strike Regiment", False),
    ("The destroyer sailed alongside a Royal Canadian Navy frigate.", "Royal Canadian Navy", True),
])
def test_an_indefinite_unit_is_a_kind(matcher, text, surface, named):
    assert (surface in resolved(matcher, text)) is named
