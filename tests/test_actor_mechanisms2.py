"""Pure-function tests of this round's actor mechanisms (text in, mentions out); the sentences are written
for these tests."""
import pytest

from pipeline.extract.actor_contexts import hyphen_fragment, opens_document_name
from pipeline.extract.names import guess_family_name


def found(matcher, text):
    mentions, discovered = matcher.find(text, 0, len(text))
    return [(m.text, m.actor_id) for m in mentions], {d.name for d in discovered.values()}


@pytest.mark.parametrize("text, present", [
    ("Seoul thanked the US and Canada for their support.", "Canada"),
    ("Officials from Japan and Australia have met twice.", "Australia"),
])
def test_coordinated_state_before_function_word_is_a_state(matcher, text, present):
    assert present in [t for t, _ in found(matcher, text)[0]]


def test_coordinated_adjective_still_an_adjective(matcher):
    text = "Australian and New Zealand navy vessels sailed south."
    assert "New Zealand" not in [t for t, _ in found(matcher, text)[0]]


@pytest.mark.parametrize("name, family", [("Kong Quan", "Kong"), ("Feng Wei", "Feng"), ("Masahisa Sato", "Sato")])
def test_family_name_guess(name, family):
    assert guess_family_name(name) == family


def test_role_before_name_with_owner_and_lower_case_body(matcher):
    text = "On Monday a spokesman for Beijing's commerce ministry, Tang Wenli, said exports would fall."
    assert "Tang Wenli" in found(matcher, text)[1]


def test_quoted_speaker_before_affiliation(matcher):
    text = '"The risk is a miscalculation at sea," Helga Lindqvist of the Nordic Maritime Institute told reporters.'
    assert "Helga Lindqvist" in found(matcher, text)[1]


def test_short_form_follows_the_person_named_in_full(matcher):
    text = "Foreign Ministry spokesman Kong Quan said China objected. Kong added that talks would continue."
    mentions, discovered = found(matcher, text)
    assert ("Kong", "kong-quan") in mentions


@pytest.mark.parametrize("text, start, expected", [
    ("ministers met at the Shangri-La Dialogue", "La Dialogue", True),
    ("a meeting of the U.S.-Japan Security Committee", "Japan Security", True),
    ("the Japan-Taiwan Exchange Association", "Japan-Taiwan", False),
])
def test_hyphen_fragment(text, start, expected):
    assert hyphen_fragment(text, text.index(start)) is expected


@pytest.mark.parametrize("text, name, expected", [
    ('Lawmakers wanted a copy of the US "Taiwan Relations Act" for Japan.', "US", True),
    ("They debated the Taiwan Relations Act of the United States.", "United States", True),
    ("The United States sent a carrier.", "United States", False),
])
def test_state_in_a_law_name(text, name, expected):
    s = text.index(name)
    assert opens_document_name(text, s + len(name), s) is expected


@pytest.mark.parametrize("text, expected", [
    ("Manila said the Philippine government would protest.", ("Philippine government", "philippines")),
    ("The South Korean Government denied it.", ("South Korean Government", "south-korea")),
])
def test_demonym_government_is_the_state(matcher, text, expected):
    assert expected in found(matcher, text)[0]


def test_generic_name_keeps_the_document_referent(matcher):
    text = ("Taiwan's Ministry of Foreign Affairs (MOFA) welcomed the move. Japan and Australia agreed to help. "
            "MOFA also urged restraint.")
    mentions = found(matcher, text)[0]
    assert [a for t, a in mentions if t == "MOFA"] == ["tw-mofa", "tw-mofa"]


def test_generic_name_takes_the_titled_person_country(matcher):
    text = "Japan hosted the visit. Foreign Ministry spokesman Hua Chunying called it provocative."
    assert ("Foreign Ministry", "cn-mfa") in found(matcher, text)[0]
