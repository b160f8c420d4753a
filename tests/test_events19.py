"""Event recall round events19: a negated 'accept' of another party's protest, complaint, criticism,
representations or claim is a refusal, REJECT (GUIDELINES, Events; syntax.yaml refused_objects, refusals.py), with
'cannot' and the contracted negations read as auxiliaries before the verb; a by-agent with a title held at the time
('by then Prime Minister X'). Own wire-style sentences; each rule also has sentences it must leave alone."""
import pytest

from tests.test_predicates import events


def acts(extractor, text, plover=None):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, source", [
    ("Tokyo cannot accept Beijing's protest over the island survey, a Japanese official said.", "japan"),
    ('The prime minister said on Tuesday that Japan "cannot accept" China\'s protest.', "japan"),
    ("China does not accept Japan's complaint about the drills, the spokeswoman said on Thursday.", "china"),
    ("Beijing won't accept Tokyo's representations on the matter.", "china"),
    ("Japan would not accept China's criticism of the patrols.", "japan"),
])
def test_a_refused_protest_is_a_rejection(seed_extractor, text, source):
    assert ("REJECT", [source]) in acts(seed_extractor, text, "REJECT")


@pytest.mark.parametrize("text", [
    "Japan did not accept the proposal for a summit.",          # a negated acceptance of something else
    "Japan cannot accept the invitation this year.",
    "China accepted Japan's protest.",                          # asserted acceptance: no refusal (AGREE, as before)
    "Japan cannot meet the deadline set by China.",             # 'cannot' before another verb: no asserted act
    "If Japan does not accept China's protest, talks may stall.",
])
def test_no_refusal_without_a_refused_protest(seed_extractor, text):
    assert acts(seed_extractor, text, "REJECT") == []
    if "accepted" not in text:
        assert acts(seed_extractor, text) == []     # the negated or conditional verb stays no asserted act


@pytest.mark.parametrize("text, sources", [
    ("The accord was signed by then Prime Minister Shinzo Abe and Prime Minister Scott Morrison in 2020.",
     ["scott-morrison", "shinzo-abe"]),
    ("The treaty was signed by the then-Foreign Minister Taro Aso in Tokyo.", ["taro-aso"]),
])
def test_a_by_agent_may_carry_a_title_held_then(seed_extractor, text, sources):
    assert acts(seed_extractor, text, "AGREE") == [("AGREE", sources)]


def test_a_former_officeholder_attending_is_no_act(seed_extractor):
    text = "The reception at the embassy was attended by former Prime Minister Yukio Hatoyama."
    assert acts(seed_extractor, text) == []


@pytest.mark.parametrize("text, plover, source", [
    ("A delegation of Japanese lawmakers, led by Keiji Furuya of the ruling Liberal Democratic Party, met Lai Ching-te "
     "in Taipei on Monday.", "CONSULT", "keiji-furuya"),
    ("Several of Taiwan's allies, led by Paraguay, submitted a proposal on Tuesday asking the assembly to seat Taiwan.",
     "REQUEST", "paraguay"),
])
def test_a_group_named_by_its_leader_acts_through_the_leader(seed_extractor, text, plover, source):
    assert (plover, [source]) in acts(seed_extractor, text, plover)


@pytest.mark.parametrize("text", [
    "A delegation, led by Keiji Furuya, plans to meet Lai Ching-te next month.",     # a plan
    "Lawmakers, led by Keiji Furuya, did not meet Lai Ching-te during the trip.",   # a negation
])
def test_a_led_group_needs_an_asserted_verb_after_the_apposition(seed_extractor, text):
    assert acts(seed_extractor, text, "CONSULT") == []


@pytest.mark.parametrize("text, source", [
    # a quotation that opens on the verb of a reported, coordinated or plain clause
    ('The spokesman said China was "deeply dissatisfied" and had "lodged stern representations with the Japanese side."', "china"),
    ("The spokesman said Beijing had 'lodged representations with the Japanese side'.", "china"),
])
def test_a_quotation_may_open_on_the_verb(seed_extractor, text, source):
    found = acts(seed_extractor, text, "ACCUSE")
    assert found and (source is None or ("ACCUSE", [source]) in found)


@pytest.mark.parametrize("text, source", [
    ("A fishing boat carrying protesters, escorted by six patrol ships of Taiwan's Coast Guard Administration, entered "
     "the waters near the islands on Tuesday.", "tw-coast-guard-administration"),
    ("The protest vessel sailed into the contiguous zone on Friday, escorted by two cutters of the Japan Coast Guard.",
     "jp-coast-guard"),
])
def test_an_escort_by_owned_assets_is_the_owners_act(seed_extractor, text, source):
    assert ("MOBILIZE", [source]) in acts(seed_extractor, text, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "The forum, attended by dozens of members of the Liberal Democratic Party, ended on Monday.",
    "The statement was issued by a group of lawmakers of the Democratic Progressive Party.",
])
def test_a_by_phrase_of_people_is_no_asset_owner(seed_extractor, text):
    assert acts(seed_extractor, text) == []


def test_a_refusal_in_the_complement_of_a_rejection_is_that_rejection(seed_extractor):
    text = 'Ambassador Hideo Tarumi rejected the protest, telling Wang Yi that Japan "cannot accept" China\'s criticism.'
    assert [p for p, _ in acts(seed_extractor, text, "REJECT")] == ["REJECT"]
