"""Pure-function tests of the stances17 round: Taiwan brought into the allies' scope read for one China as well as for
the defence of Taiwan (topics.yaml inverse_context_keywords), the PRC's 'directly or indirectly involves Taiwan'
formula beside an arrangement, 'an inseparable / integral part of China', and a relation keyword named as another pair's
('U.S.-Japan defense cooperation' is no Japan-Taiwan cooperation). Own example sentences: text in -> triples out."""
import pytest

from pipeline.extract.stance_channels import compile_pairs
from pipeline.extract.stances import _other_pair_before
from tests.test_stances9 import holders


@pytest.mark.parametrize("text, present, absent", [
    # opposing Taiwan's inclusion in an alliance's scope: defence of Taiwan opposed, one China upheld
    ('"We resolutely oppose any move to include Taiwan in the scope of the alliance," Wang Wenbin said.',
     {("Wang Wenbin", "defense_of_taiwan", "oppose"), ("Wang Wenbin", "one_china_policy", "support")},
     {("Wang Wenbin", "one_china_policy", "oppose")}),
    # a refusal is the same opposition; the stock formula beside an arrangement
    ('Mao Ning said Beijing would never accept a security arrangement that directly or indirectly involves Taiwan.',
     {("Mao Ning", "defense_of_taiwan", "oppose"), ("Mao Ning", "one_china_policy", "support")}, set()),
    # supporting the inclusion is the opposite on both topics
    ("Taro Aso said he supports guidelines that cover Taiwan under the security treaty.",
     {("Taro Aso", "defense_of_taiwan", "support"), ("Taro Aso", "one_china_policy", "oppose")}, set()),
    # without the alliance or an arrangement named, inclusion is about something else (a forum, a list)
    ("Taro Aso said he supports efforts to include Taiwan in the health assembly.", set(),
     {("Taro Aso", "one_china_policy", "oppose"), ("Taro Aso", "defense_of_taiwan", "support")}),
    # the claim in its stock wordings
    ('"Taiwan is an inseparable part of China\'s territory," Mao Ning said.', {("Mao Ning", "one_china_policy", "support")}, set()),
    ('Wang Wenbin said Taiwan is an integral part of China.', {("Wang Wenbin", "one_china_policy", "support")}, set()),
    # a relation keyword named as another pair's is not Japan-Taiwan cooperation
    ("Wang Wenbin said China was seriously concerned about U.S.-Japan military cooperation.", set(),
     {("Wang Wenbin", "jp_tw_security_cooperation", "oppose")}),
    ("Taro Aso said Japan-Taiwan security cooperation should be deepened.",
     {("Taro Aso", "jp_tw_security_cooperation", "support")}, set()),
])
def test_stances17(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


PAIRS = compile_pairs(["Japan and Taiwan", "Tokyo and Taipei"])


@pytest.mark.parametrize("text, expected", [
    ("the U.S.-Japan defense cooperation", True),
    ("Japan-U.S. security cooperation", True),
    ("the Japan-Philippines security ties", True),
    ("Japan-Taiwan security cooperation", False),
    ("the U.S.-Japan-Taiwan security cooperation", False),     # trilateral: the relation's pair is in it
    ("Tokyo-Taipei security ties", False),
    ("closer security cooperation", False),
])
def test_other_pair_before(text, expected):
    at = text.index("security") if "security" in text else text.index("defense")
    assert _other_pair_before(text, at, PAIRS) is expected


@pytest.mark.parametrize("text, present", [
    # a title set off by commas before the name names the body the official speaks for: the words naming its state
    # give the state's row as well
    ('On Friday a spokesman for China\'s foreign ministry, Zhang Wei, said Beijing "firmly opposes" any official '
     'exchanges with Taiwan.', {("Zhang Wei", "one_china_policy", "support"), ("Beijing", "one_china_policy", "support")}),
])
def test_title_apposition_before_the_name(seed_extractor, text, present):
    assert present <= holders(seed_extractor, text)
