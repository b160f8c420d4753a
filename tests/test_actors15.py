"""actors15: '<demonym> forces' as a noun names that state's armed forces (GUIDELINES, Actors), derived for every state
whose one registered military body '<demonym> military' names; a joint phrase of two countries names no one body."""
import pytest

from tests.actor_helpers import resolved


@pytest.mark.parametrize("text, surface, actor_id", [
    ("Analysts expect Japanese forces would help evacuate civilians.", "Japanese forces", "jsdf"),
    ("Chinese forces held live-fire drills near the island on Friday.", "Chinese forces", "pla"),
    ("The accord eases the stationing of French forces in the region.", "French forces", "french-armed-forces"),
    ("Philippine forces patrolled the shoal on Sunday.", "Philippine forces", "armed-forces-philippines"),
    ("Taiwanese forces raised their alert level overnight.", "Taiwanese forces", "roc-armed-forces"),
    ("The French military sent a frigate through the strait.", "French military", "french-armed-forces"),
])
def test_demonym_forces(matcher, text, surface, actor_id):
    assert resolved(matcher, text).get(surface) == actor_id


def test_joint_forces_phrase_names_no_body(matcher):
    assert "Japanese forces" not in resolved(matcher, "Joint Japanese-US forces trained on the island.")


@pytest.mark.parametrize("text, surface", [
    ("Chinese military aircraft crossed the median line twice on Monday.", "Chinese military"),
    ("Several Chinese military officers attended the forum.", "Chinese military"),
    ("The minister confirmed that US military personnel train local units.", "US military"),
    ("According to Taiwanese military statements, the carrier turned north.", "Taiwanese military"),
])
def test_military_as_adjective_is_no_mention(matcher, text, surface):
    assert surface not in resolved(matcher, text)


@pytest.mark.parametrize("text, surface, actor_id", [
    ("The Chinese military said the drills had ended.", "Chinese military", "pla"),
    ("Chinese coast guard ships entered the contiguous zone.", "Chinese coast guard", "china-coast-guard"),
])
def test_military_as_noun_still_names_the_body(matcher, text, surface, actor_id):
    assert resolved(matcher, text).get(surface) == actor_id


@pytest.mark.parametrize("text, surface, actor_id", [
    # a registered body's name without its owner, after the full name, refers back to it
    ("Japan's Finance Ministry issued new guidance on Tuesday. Later the Finance Ministry said banks must comply.",
     "Finance Ministry", "jp-mof"),
    # a body listing no shared names shares the core other bodies of its type list ('Ministry of Foreign Affairs')
    ("Russia's Ministry of Foreign Affairs summoned the envoy. The Ministry of Foreign Affairs said it was a provocation.",
     "Ministry of Foreign Affairs", "ru-mfa"),
    ("The UK Ministry of Defence sent a carrier group. A day later the Ministry of Defence said it would stay.",
     "Ministry of Defence", "uk-mod"),
])
def test_bare_core_after_full_name(matcher, text, surface, actor_id):
    ms, _ = matcher.find(text, 0, len(text))
    last = [m for m in ms if m.text == surface]
    assert last and last[-1].actor_id == actor_id


def test_bare_core_with_no_body_named_before_stays_discovered(matcher):
    text = "The Finance Ministry said it would act. Japan's Defense Ministry agreed."
    ms, _ = matcher.find(text, 0, len(text))
    assert all(m.actor_id != "jp-mof" for m in ms)


@pytest.mark.parametrize("text, surface", [
    ("Senator Pemberton said on Monday that the plan was sound.", "Senator Pemberton"),
    ("Foreign Minister Sugiono met his counterpart in Tokyo.", "Foreign Minister Sugiono"),
    ("Admiral Okabe-Lind's ships sailed south on Monday.", "Admiral Okabe-Lind"),
    ("The delegation was received by Governor Halvorsen.", "Governor Halvorsen"),
])
def test_title_and_one_name_is_a_person(matcher, text, surface):
    ms, found = matcher.find(text, 0, len(text))
    hit = [m for m in ms if m.text == surface]
    assert hit and any(d.actor_id == hit[0].actor_id and d.actor_type == "person" for d in found.values())


@pytest.mark.parametrize("text, word", [
    ("The United Nations General Assembly voted on Monday.", "General Assembly"),
    ("Secretary General Guterres spoke on Tuesday.", "Secretary General"),
    ("The talks were held on Monday, President Monday.", "President Monday"),
    ("Prime Minister Kishida met the envoy.", "Prime Minister Kishida"),
])
def test_no_person_from_title_and_non_name(matcher, text, word):
    ms, found = matcher.find(text, 0, len(text))
    assert not any(d.name == word for d in found.values())


@pytest.mark.parametrize("text", ["He spoke to Professor Emeritus at the school.", "The Minister Plenipotentiary arrived."])
def test_title_adjunct_is_no_name(matcher, text):
    ms, found = matcher.find(text, 0, len(text))
    assert not [d for d in found.values() if d.actor_type == "person"]


def test_title_and_name_of_a_person_named_in_full_is_that_person(matcher):
    text = "Prime Minister Aurelio Bastos Ferreira da Cunha arrived on Monday. Later, Prime Minister Ferreira met the press."
    ms, found = matcher.find(text, 0, len(text))
    full = [m for m in ms if m.text.endswith("da Cunha")]
    later = [m for m in ms if m.text.endswith("Minister Ferreira")]
    assert full and later and later[0].actor_id == full[0].actor_id
