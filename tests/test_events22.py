"""Event round events22: what a speaker without a sitting office (a lawmaker, a former official) says must or should
happen is a view, no verbal act (statement_events.py VIEW_MODAL; GUIDELINES: a prescription is a stance); a dated
relative clause that names a visit ('X, who arrived on Monday for a three-day visit, met Y') is an occasion of its
own beside the main clause's meeting (background_relatives.py dated_relative); a name in apposition after a
described subject may open on 'the' ('a local group, the X Network, marched'; predicates.py subject_group). Own
wire-style sentences, each rule with sentences it must leave alone."""
import pytest

from pipeline.extract.background_relatives import dated_relative
from tests.test_predicates import events


def acts(extractor, text, plover=None):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text", [
    'Former defense minister Itsunori Onodera told a forum on Monday that Japan "must be ready to act alongside the United States to defend Taiwan."',
    'Lawmaker Itsunori Onodera told reporters on Tuesday that Tokyo should back Taipei more openly.',
])
def test_an_unofficial_prescription_is_no_act(seed_extractor, text):
    assert [a for a in acts(seed_extractor, text) if a[0] in ("SUPPORT", "ACCUSE", "THREATEN")] == []


@pytest.mark.parametrize("text, plover, source", [
    # a sitting minister's words stay an act
    ('Foreign Minister Yoshimasa Hayashi said on Monday that Japan "firmly supports" Taiwan\'s bid to join the assembly.',
     "SUPPORT", "yoshimasa-hayashi"),
    # a second report coordinated after the prescription may carry the act
    ('Lawmaker Itsunori Onodera said Japan "should not overreact" and warned that Beijing was "provoking" its neighbours.',
     "ACCUSE", "itsunori-onodera"),
])
def test_official_and_second_reports_stay(seed_extractor, text, plover, source):
    assert (plover, [source]) in acts(seed_extractor, text, plover)


def test_a_dated_visit_clause_is_its_own_occasion(seed_extractor):
    text = "Taro Aso, who arrived in Taipei on Sunday for a four-day visit, met Tsai Ing-wen at the Presidential Office on Monday."
    assert acts(seed_extractor, text, "CONSULT").count(("CONSULT", ["taro-aso"])) == 2


@pytest.mark.parametrize("text", [
    # an arrival with no visit named is the occasion of the main clause's talks
    "Taro Aso, who arrived at Haneda airport on Sunday evening, held talks with Tsai Ing-wen.",
    # an undated relative clause is background
    "Taro Aso, who arrived for a visit, met Tsai Ing-wen on Monday.",
])
def test_one_meeting_when_the_clause_is_no_visit_of_its_own(seed_extractor, text):
    assert acts(seed_extractor, text, "CONSULT").count(("CONSULT", ["taro-aso"])) <= 1


@pytest.mark.parametrize("text, expected", [
    ("Aso, who arrived on Monday for a three-day visit, met Tsai.", True),
    ("Aso, who arrived on Monday, met Tsai.", False),
    ("Aso, who arrived for a private visit, met Tsai.", False),
])
def test_dated_relative(text, expected):
    assert (dated_relative(text, 0, len(text), text.index("arrived")) is not None) == expected


def test_a_named_apposition_after_a_description_is_the_subject(seed_extractor):
    text = ("The Japan-ROC Diet Members' Consultative Council met on Friday. On Saturday, a cross-party group, "
            "the Japan-ROC Diet Members' Consultative Council, met Tsai Ing-wen in Taipei.")
    assert ("CONSULT", ["nikkakon"]) in acts(seed_extractor, text, "CONSULT")


def test_a_described_name_keeps_its_subject(seed_extractor):
    # 'Zhang, the Foreign Ministry spokeswoman, welcomed': the apposition describes the name before it
    text = "Tsai Ing-wen, the Democratic Progressive Party chairwoman, met Taro Aso on Monday."
    assert [a for a in acts(seed_extractor, text, "CONSULT") if "democratic-progressive-party" in a[1]] == []


def test_a_coordinated_counterpart_is_not_the_sole_subject(seed_extractor):
    # 'X, its description, and its counterpart, the Y Association, signed': Y alone did not sign
    text = ("The Japan-Taiwan Exchange Association, Japan's de facto embassy in Taipei, and its Taiwanese counterpart, "
            "the Taiwan-Japan Relations Association, signed the memorandum on Friday.")
    assert ("AGREE", ["taiwan-japan-relations-association"]) not in acts(seed_extractor, text, "AGREE")
