"""Tests of the stances23 round: charges against a subject (interference in China's internal affairs, harm to its
sovereignty) held by the one who makes them, never by the charged subject (topics.yaml charge_phrases); the Taiwan
question dragged into others' military cooperation (defense_of_taiwan's alliance-inclusion keywords). Own example
sentences: text in -> (holder, topic, polarity) out."""
import pytest

from tests.test_stances9 import holders

ONE = "one_china_policy"
DEF = "defense_of_taiwan"


@pytest.mark.parametrize("text, present, absent", [
    # a spokesperson's charge that an act interfered: the spokesperson upholds one China
    ('Wang Yi said the joint statement had "grossly interfered in China\'s internal affairs."', {("Wang Yi", ONE, "support")},
     {("Wang Yi", ONE, "oppose")}),
    ("Li Qiang told reporters that the senators' trip seriously interferes in China's internal affairs.",
     {("Li Qiang", ONE, "support")}, set()),
    # the charged subject, named by a relative clause, holds nothing
    ('Wang Yi said China opposed the communique on Taiwan, which interferes in China\'s internal affairs.',
     {("Wang Yi", ONE, "support")}, {("Taiwan", ONE, "support")}),
    # the document's own voice charging someone: no holder at all (never the charged subject)
    ("The United States interfered in China's internal affairs when it sold arms to Taipei.", set(),
     {("The United States", ONE, "support"), ("United States", ONE, "support")}),
    # harm to sovereignty named as an act already done
    ('Wang Yi called the visit "a serious infringement of China\'s sovereignty."', {("Wang Yi", ONE, "support")}, set()),
    ('Li Qiang said the remarks were "a grave provocation against China\'s sovereignty."', {("Li Qiang", ONE, "support")}, set()),
    # the Taiwan question dragged into others' military ties: defending Taiwan opposed, one China upheld
    ('Wang Yi said China "firmly opposes any attempt to drag the Taiwan question into military cooperation between '
     'third countries."', {("Wang Yi", DEF, "oppose"), ("Wang Yi", ONE, "support")}, {("Wang Yi", DEF, "support")}),
])
def test_stances23(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got
