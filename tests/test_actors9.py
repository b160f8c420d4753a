"""actors9: a shared body name ('Foreign Ministry', 'parliament') is never given to a state its wording does not name.

An explicit owner ('the Malaysian Foreign Ministry') whose country has no registered body of that name is left to
discovery, not handed to another country's ministry; a bare legislature ('told parliament', 'in parliament') is the
legislature of the sentence's first actor (its subject), not of the nearest state named before it."""
import pytest

from tests.actor_helpers import resolved


@pytest.mark.parametrize("text, surface", [
    ("Japan and Malaysia held talks on Monday. The Malaysian Foreign Ministry urged restraint.", "Malaysian Foreign Ministry"),
    ("The Thai Foreign Ministry protested the Chinese survey ship's presence near Japan's waters.", "Thai Foreign Ministry"),
    ("Manila and Beijing traded accusations. The Thai Foreign Ministry also protested.", "Thai Foreign Ministry"),
    ("Taiwan's Foreign Ministry thanked Japan, and the Australian Foreign Ministry welcomed the move.", "Australian Foreign Ministry"),
])
def test_an_owner_without_a_registered_body_gets_no_other_states_body(matcher, text, surface):
    found = resolved(matcher, text)
    assert "Foreign Ministry" not in found               # no bare match handed to Japan's, China's or Taiwan's ministry
    assert found.get(surface, "").endswith("foreign-ministry")   # the whole name is discovered as its own body


@pytest.mark.parametrize("text, owner", [
    ("South Korea's Foreign Ministry summoned the Japanese ambassador on Friday.", "kr-mofa"),
    ("Taiwan's Foreign Ministry thanked Japan for its support.", "tw-mofa"),
])
def test_a_registered_owner_still_resolves(matcher, text, owner):
    assert owner in resolved(matcher, text).values()


@pytest.mark.parametrize("text, legislature", [
    ("Japan's defence minister told parliament that China's drills near Taiwan were a grave concern.", "national-diet"),
    ("Britain's prime minister said in parliament that Beijing must respect Hong Kong's autonomy.", "uk-parliament"),
])
def test_a_bare_legislature_is_the_subjects(matcher, text, legislature):
    assert resolved(matcher, text).get("parliament") == legislature


@pytest.mark.parametrize("text", [
    "Australia's foreign minister criticised China in parliament on Tuesday.",   # no Australian legislature registered
    "Canada's prime minister rebuked Beijing in parliament on Wednesday.",
])
def test_a_bare_legislature_is_not_the_objects(matcher, text):
    assert resolved(matcher, text).get("parliament") != "national-peoples-congress"   # China is the object, not the speaker


@pytest.mark.parametrize("text", [
    "Japan said the head of the Interchange Association in Taipei met Taiwan's president on Friday.",
    "Tokyo confirmed on Monday that the Interchange Association in Taipei had delivered the letter.",
])
def test_a_seat_after_a_body_is_no_owner(matcher, text):
    # 'in Taipei' says where the body sits; Japan's representative office there is still Japan's
    assert resolved(matcher, text).get("Interchange Association") == "japan-taiwan-exchange-association"


@pytest.mark.parametrize("text, office", [
    ("In Taipei, presidential office spokesman Karen Kuo thanked Japan for its support.", "tw-presidential-office"),
    ("In Seoul, the presidential office said it would respond calmly to North Korea.", "kr-presidential-office"),
])
def test_a_lower_case_presidential_office_takes_its_frames_country(matcher, text, office):
    assert resolved(matcher, text).get("presidential office") == office


def test_a_presidential_office_nobody_owns_is_left_alone(matcher):
    assert "presidential office" not in resolved(matcher, "The presidential office said on Monday that Lai would transit the United States.")
