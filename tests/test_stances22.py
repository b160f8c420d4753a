"""Tests of the stances22 round: prescriptions whose setup verb follows a coordinated or causative verb phrase, preparing
for what a keyword names, a comparative before a keyword's object, the parties' joint act wished for or as a purpose, the
of-complement of an accusation, the topic of a question, and an act conditioned on an attack on Taiwan
(stance_conditions.py). Own example sentences: text in -> (holder, topic, polarity) out."""
import pytest

from pipeline.extract.stance_conditions import compile_condition, condition_reading
from tests.test_stances9 import holders

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
DEF = "defense_of_taiwan"
IND = "taiwan_independence"
ONE = "one_china_policy"

CONDITION = compile_condition(["act", "respond", "intervene"], ["Taiwan is attacked", "Taiwan were attacked", "China invades Taiwan"])


@pytest.mark.parametrize("sentence, act", [
    ("They would respond if Taiwan were attacked.", "respond"),
    ("Tokyo must be ready to act alongside Washington if Taiwan is attacked.", "act"),
    ("He would never intervene militarily if China invades Taiwan.", "intervene"),
    ("They would respond, if asked, when Taiwan were attacked.", None),        # no condition right after the act
    ("What happens if Taiwan is attacked is unclear.", None),                   # no act under a modal
    ("If Taiwan is attacked, Tokyo would have to respond.", "respond"),       # a modal after its subject
    ("If Taiwan is attacked, Tokyo must be ready to act with Washington.", "act"),   # the condition opening the sentence
])
def test_condition_reading(sentence, act):
    got = condition_reading(sentence, CONDITION)
    assert (got[1] if got else None) == act


@pytest.mark.parametrize("text, present, absent", [
    # a verb phrase coordinated before the setup verb shares the modal
    ('"Tokyo should publish its transit plans and set up a direct channel between our defense ministries," Mark Ellison said.',
     {("Mark Ellison", SEC, "support"), ("Mark Ellison", OFF, "support")}, set()),
    # a causative: the speaker asks that the keyword's people be let act
    ('"Tokyo should let its generals and serving officers visit Taipei," Joan Porter said.', {("Joan Porter", OFF, "support")}, set()),
    # preparing for what the keyword names
    ('"Tokyo must plan quietly with Washington for the defense of Taiwan," Mark Ellison said.', {("Mark Ellison", DEF, "support")}, set()),
    # a comparative before the object of a keyword's verb
    ('Joan Porter said Taipei hoped to share more real-time intelligence with Tokyo.', {("Joan Porter", SEC, "support")}, set()),
    # the parties' joint act as what a wish or a purpose clause wants
    ('"We want better rules at sea, so that our coast guards can talk to each other in a crisis," Mark Ellison said.',
     {("Mark Ellison", SEC, "support")}, set()),
    # an accusation frames the whole of its of-complement
    ('Ma Xiaoguang accused the ruling party of "selling the island\'s industry abroad in exchange for support for its separatist '
     'agenda."', {("Ma Xiaoguang", IND, "oppose")}, {("Ma Xiaoguang", IND, "support")}),
    # the topic of a question is the asker's wording, not a position
    ('Mark Ellison said: "I want to ask about the so-called Anti-Secession Law passed last week."', set(),
     {("Mark Ellison", ONE, "oppose"), ("Mark Ellison", IND, "oppose")}),
    # an act conditioned on an attack on Taiwan, and its negation
    ('"Tokyo should say clearly that it would act with Washington if Taiwan were attacked," Joan Porter said.',
     {("Joan Porter", DEF, "support")}, set()),
    ('Mark Ellison said Tokyo would not intervene if China invades Taiwan.', {("Mark Ellison", DEF, "oppose")},
     {("Mark Ellison", DEF, "support")}),
    # a wish to ask names the matter of a question
    ('Mark Ellison said: "Minister, I would like to ask about our security cooperation with Tokyo."', set(),
     {("Mark Ellison", SEC, "support")}),
    # a third party's damage held off under a negation: the speaker upholds what it would damage
    ('Joan Porter said the quarrel over fishing must not undermine security cooperation between Taipei and Tokyo.',
     {("Joan Porter", SEC, "support")}, {("Joan Porter", SEC, "oppose")}),
    # the parties' joint dialogue, with the quotation opening at the modal
    ('Mark Ellison said Tokyo and Taipei "should start a serious dialogue on security."', {("Mark Ellison", SEC, "support")}, set()),
    # planning with a partner to do what a keyword names
    ('"Tokyo should be planning with us, quietly, to defend Taiwan," Joan Porter said.', {("Joan Porter", DEF, "support")}, set()),
    # an act conditioned on an attack whose verb is read as the subject's speech: no one's position
    ('Deterrence holds only if Beijing believes that Washington and Tokyo would respond if Taiwan were attacked.', set(),
     {("Washington", DEF, "support"), ("Tokyo", DEF, "support")}),
    # a body named after policy is no declared policy of its owner
    ('Mark Ellison, who heads the Liberal Democratic Party\'s policy council, said Japan "must be ready to act with the '
     'United States if Taiwan is attacked."', {("Mark Ellison", DEF, "support")}, {("Liberal Democratic Party", DEF, "support")}),
])
def test_stances22(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got
