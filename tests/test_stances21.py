"""Tests of the stances21 round: a security-cooperation position placed between the two governments holds official
relations too (stance_levels.py). Own example sentences: text in -> (holder, topic, polarity) out."""
import pytest

from pipeline.extract.stance_levels import compile_level, placed_at_level
from tests.test_stances9 import holders

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
LEVEL = compile_level(["between the two governments", "government to government", "at the government level",
                       "governmental level", "intergovernmental"])


@pytest.mark.parametrize("sentence, placed", [
    ("They want a maritime dialogue between the two governments.", True),
    ("Talks should be held government-to-government.", True),
    ("The forum meets at the government level every year.", True),
    ("Cooperation stays at the non-governmental level.", False),      # never inside 'non-governmental'
    ("Exchanges should run between parties, not between the two governments.", False),
    ("The talks are not only between parties but at the government level.", True),
])
def test_placed_at_level(sentence, placed):
    assert placed_at_level(sentence, LEVEL) is placed


@pytest.mark.parametrize("text, present, absent", [
    ('"Tokyo and Taipei should hold regular security talks between the two governments," Joan Porter said.',
     {("Joan Porter", SEC, "support"), ("Joan Porter", OFF, "support")}, set()),
    ('Mark Ellison said Japan and Taiwan should discuss security as government to government, not just through think tanks.',
     {("Mark Ellison", OFF, "support")}, set()),
    # rejected for lack of ties: both opposed
    ('Joan Porter said security cooperation between the two governments is out of the question, since Japan and Taiwan have '
     'no diplomatic relations.', set(), {("Joan Porter", OFF, "support")}),
])
def test_security_position_between_governments(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # a second reported clause of the same verb names the state: its row too
    ('Foreign Minister Taro Aso said that the visit was private and that Japan "does not support Taiwan independence."',
     {("Taro Aso", "taiwan_independence", "oppose"), ("Japan", "taiwan_independence", "oppose")}, set()),
    # the cue in the second clause, the state named only in the first: not the state's words
    ('Foreign Minister Taro Aso said that Japan valued its ties with Beijing and that he personally did not support '
     'Taiwan independence.', {("Taro Aso", "taiwan_independence", "oppose")}, {("Japan", "taiwan_independence", "oppose")}),
])
def test_coordinated_reported_clause_names_the_state(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # a sitting official names their own body as the one that holds the position: its row too
    ('Coast Guard Administration Director-General Chen Ming-li said on Friday that the drill went well and that the Coast '
     'Guard Administration looked forward to "deepening cooperation with the Japan Coast Guard."',
     {("Chen Ming-li", SEC, "support"), ("Coast Guard Administration", SEC, "support")}, set()),
    # a lawmaker speaks for no body
    ('Lawmaker Joan Porter said that the Coast Guard Administration looked forward to deepening cooperation with the Japan '
     'Coast Guard.', set(), {("Coast Guard Administration", SEC, "support")}),
])
def test_official_names_own_body(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # the name before 'and told him' is the first verb's object: the subject speaks, and the accused act is the sale's
    ('Beijing protested at once. Vice Foreign Minister Zhang Wei summoned US Ambassador Mark Ellison and told him the sale '
     '"seriously violated" the one-China principle.',
     {("Zhang Wei", "one_china_policy", "support")}, {("Mark Ellison", "one_china_policy", "oppose"),
                                                       ("Zhang Wei", "one_china_policy", "oppose")}),
    # ... after a lead-in that ends in a colon
    ('The response was swift: on Friday, Vice Foreign Minister Zhang Wei summoned US Ambassador Mark Ellison and told him '
     'the sale "seriously violated" the one-China principle.',
     {("Zhang Wei", "one_china_policy", "support")}, {("Mark Ellison", "one_china_policy", "oppose"),
                                                       ("Zhang Wei", "one_china_policy", "oppose")}),
])
def test_addressee_is_not_the_speaker(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # a sitting official's 'his government' is their state
    ('Japan kept quiet. Prime Minister Taro Aso said his government "does not support Taiwan independence."',
     {("Taro Aso", "taiwan_independence", "oppose"), ("Japan", "taiwan_independence", "oppose")}, set()),
    # a lawmaker's 'the government' is not: and a duty laid on it is only its subject matter
    ('Japan kept quiet. Lawmaker Mark Ellison said his government does not support Taiwan independence.',
     {("Mark Ellison", "taiwan_independence", "oppose")}, {("Japan", "taiwan_independence", "oppose")}),
    ('Japan kept quiet. Prime Minister Taro Aso said his government should deepen security cooperation with Taiwan.',
     set(), {("Japan", SEC, "support")}),
])
def test_officials_government_is_their_state(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


def test_prose_before_a_colon_is_no_transcript_label(seed_extractor):
    # a speaker's own sentence with a colon inside their turn goes on with that speaker
    text = ("MODERATOR: Welcome back. Professor Mark Ellison joins us.\n"
            "ELLISON: Thank you for having me.\n"
            "My view, and this is only my view: Japan and Taiwan should hold a security dialogue soon.\n"
            "MODERATOR: Thank you. One question from the floor.\n"
            "ELLISON: Happy to take it.\n")
    got = holders(seed_extractor, text)
    assert any(h.endswith("Ellison") and t == SEC and p == "support" for h, t, p in got), got
