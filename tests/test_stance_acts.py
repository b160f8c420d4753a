"""Pure-function tests of positions shown by acts (pipeline/extract/stance_acts.py) on the real seeds:
text in -> (holder, topic, polarity) records out."""
from datetime import date

import pytest

from tests.test_stances import ids
from tests.test_stances import stances as stance_triples


def stances(extractor, text):
    return stance_triples(extractor, text, published=date(2024, 5, 2))


def _id(extractor, text, name):
    return ids(extractor, text, [name])[0]


@pytest.mark.parametrize("text, holder, expected", [
    # a protest over a Japan–Taiwan visit opposes official ties and upholds one China
    ("Zhao Lijian said Beijing had lodged stern representations with Japan over the visit.", "Zhao Lijian",
     {("jp_tw_official_relations", "oppose"), ("one_china_policy", "support")}),
    ("China protested the trip by the Japanese lawmakers.", "China",
     {("jp_tw_official_relations", "oppose"), ("one_china_policy", "support")}),
    # welcoming it supports official ties and says nothing of one China
    ("Tsai Ing-wen welcomed the Japanese minister's visit.", "Tsai Ing-wen", {("jp_tw_official_relations", "support")}),
])
def test_an_act_on_a_visit_is_a_position(seed_extractor, text, holder, expected):
    holder_id = _id(seed_extractor, text, holder)
    got = {(t, p) for h, t, p in stances(seed_extractor, text) if h == holder_id}
    assert expected <= got, got
    if ("one_china_policy", "support") not in expected:
        assert not {t for t, _ in got} & {"one_china_policy"}, got


@pytest.mark.parametrize("text", [
    # a protest over another country's visit: the relation is not named
    "China protested the visit of the American speaker to Taipei.",
    # the act has another object: the visit is only a time
    "Zhao Lijian condemned the sanctions, and the visit went ahead in Japan.",
    # a generic cue is no act: 'held' or 'during' the visit
    "Japan held talks with Taiwan during the visit.",
])
def test_no_position_without_an_act_on_the_relation(seed_extractor, text):
    got = {(t, p) for _, t, p in stances(seed_extractor, text)}
    assert not {t for t, _ in got} & {"jp_tw_official_relations", "one_china_policy"}, got


def test_an_act_in_a_clause_with_its_own_subject_is_not_the_speakers(seed_extractor):
    text = ("Yoshihide Suga told reporters that the matter was under review, while opposition leader Taro Aso "
            "welcomed the trip to Taiwan by Japanese lawmakers.")
    holder_id = _id(seed_extractor, text, "Yoshihide Suga")
    assert not {(t, p) for h, t, p in stances(seed_extractor, text) if h == holder_id and t == "jp_tw_official_relations"}


@pytest.mark.parametrize("text, holders", [
    # the agents of a passive act hold its position, not its grammatical subject
    ("The Japan-Taiwan security dialogue was held in Taipei last week, co-hosted by the Prospect Foundation "
     "and the Sasakawa Peace Foundation.", ["Prospect Foundation", "Sasakawa Peace Foundation"]),
    ("A security dialogue with Japan was proposed by Tsai Ing-wen in 2019.", ["Tsai Ing-wen"]),
])
def test_the_agents_of_a_passive_act_hold_it(seed_extractor, text, holders):
    got = stances(seed_extractor, text)
    for name in holders:
        assert (_id(seed_extractor, text, name), "jp_tw_security_cooperation", "support") in got, got


def test_an_active_cue_keeps_its_own_subject(seed_extractor):
    text = "Japan supports the security dialogue proposed by Tsai Ing-wen."
    got = stances(seed_extractor, text)
    assert (_id(seed_extractor, text, "Japan"), "jp_tw_security_cooperation", "support") in got, got
    assert (_id(seed_extractor, text, "Tsai Ing-wen"), "jp_tw_security_cooperation", "support") not in got, got
