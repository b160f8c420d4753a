"""actors12: bodies any article on the South China Sea or Taiwan may name (Vietnam's foreign ministry and coast guard,
the Philippine Navy, Taiwan's Council of Agriculture, the Diplomatic Academy of Vietnam), a publisher's masthead
deciding a bare 'Ministry of Foreign Affairs', a treaty named after a body, a shared name longer than a registry name
inside it ('National Security Council'), 'Ranking Member' as a title, listed members with party tags, a capitalised
county's government, and a podcast's speaker named only by its turn labels."""
import pytest

from pipeline.extract.actor_labels import plural_title_people
from pipeline.extract.caps_labels import caps_labels
from pipeline.extract.local_governments import described_local_governments
from tests.actor_helpers import resolved


@pytest.mark.parametrize("text, surface, actor", [
    ("A spokeswoman for Vietnam's foreign ministry said Hanoi would watch the drills closely.", "Vietnam's foreign ministry", "vn-mofa"),
    ("Tokyo has delivered six patrol ships to Vietnam's coast guard since 2014.", "Vietnam's coast guard", "vn-coast-guard"),
    ("Two Philippine Navy frigates joined the exercise off Luzon.", "Philippine Navy", "ph-navy"),
    ("The Council of Agriculture said fishermen would be compensated.", "Council of Agriculture", "tw-council-of-agriculture"),
    ("said Nguyen Van An, a lecturer at the Diplomatic Academy of Vietnam.", "Diplomatic Academy of Vietnam", "diplomatic-academy-of-vietnam"),
    ("At the White House, National Security Council spokesman John Kirby said the launches were reckless.",
     "National Security Council", "us-national-security-council"),
])
def test_registry_bodies(matcher, text, surface, actor):
    assert resolved(matcher, text).get(surface) == actor


def test_a_shared_name_is_not_split_into_a_shorter_registry_name(matcher):
    found = resolved(matcher, "At the White House, National Security Council spokesman John Kirby said the launches were reckless.")
    assert "Security Council" not in found


@pytest.mark.parametrize("text", [
    "Manila argues the reef is a rock under the UN Convention on the Law of the Sea.",
    "Both sides cited the UN Charter in their statements.",
])
def test_a_treaty_named_after_a_body_names_no_actor(matcher, text):
    assert "united-nations" not in resolved(matcher, text).values()


def test_ranking_member_is_a_title(matcher):
    text = "Chairman John Moolenaar and Ranking Member Raja Krishnamoorthi met the premier."
    assert resolved(matcher, text).get("Raja Krishnamoorthi") == "raja-krishnamoorthi"
    assert "ranking member" in matcher._title_folds


def test_listed_members_with_party_tags_are_all_people():
    text = "The group also included Reps. Ann Lee (R-Texas), Bo Park (D-N.Y.) and Cy Hall (R-Ohio) on the trip."
    assert [n for _, _, n, _ in plural_title_people(text, 0, len(text))] == ["Ann Lee", "Bo Park", "Cy Hall"]


@pytest.mark.parametrize("text, name", [
    ("The village sent relief money to the Taitung County government last year.", "Taitung County"),
    ("The Nantou county government said it would help.", "Nantou County"),
])
def test_a_county_government_in_either_case(text, name):
    assert [n for _, _, n, _ in described_local_governments(text, 0, len(text))] == [name]


def test_a_label_opening_several_turns_names_its_speaker():
    text = "Intro line.\nJANE ROE: Welcome to the show.\nKEN ITO: Thanks.\nJANE ROE: Let us begin.\n"
    names = {n for _, _, n, _ in caps_labels(text, 0, len(text), is_title=lambda w: False)}
    assert names == {"Jane Roe"}   # KEN ITO opens one turn only: not enough to call the label a name


def test_page_furniture_labels_name_no_one():
    text = "Story.\nRELATED ARTICLES: one\nRELATED ARTICLES: two\n"
    assert caps_labels(text, 0, len(text), is_title=lambda w: False) == []


def test_the_publisher_decides_a_bare_ministry(matcher):
    text = ("The News Lens International Edition\nPolitics\n\nHeadline\n\n"
            "On Monday, the Ministry of Foreign Affairs protested the seizure of a fishing boat by Japan.")
    start = text.index("On Monday")
    mentions, _ = matcher.find(text, start, len(text))
    assert {m.text: m.actor_id for m in mentions}.get("Ministry of Foreign Affairs") == "tw-mofa"


def test_an_outlet_cited_in_a_footnote_is_no_actor(matcher):
    text = "Bombers flew past Miyako.\n¹ Xinhua, 1 September 2016.   ² Xinhua, 3 May 2017.\n[3] Kyodo News, 4 June 2018.\n"
    assert resolved(matcher, text) == {}
    assert resolved(matcher, "Xinhua reported on Monday that the drills began.") == {"Xinhua": "xinhua"}
