"""Tests of the stances20 round: a person's affiliation with lower-case modifiers or a bracket before their reporting verb
(the person speaks, not the party), an unnamed first person's opinion about a named subject (no holder), a proposal that
talks be held (credited to the body that proposes it), a passive push's agent, and the widened cue vocabulary (the two
governments, working with the other side, communication lines, never part of the PRC).
Own example sentences: text in -> (holder, topic, polarity) out."""
import pytest

from pipeline.extract.stance_frames import credited_by_act
from tests.test_stances9 import holders

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"


@pytest.mark.parametrize("text, present, absent", [
    # the affiliation after the name, lower-case modifiers first: the person speaks
    ("In Osaka, former Defense Minister Mark Ellison of the ruling Liberal Democratic Party said Japan and Taiwan "
     "need a security dialogue.", {("Mark Ellison", SEC, "support")}, {("Japan", SEC, "support")}),
    # a bracket and an apposition headed by the party: still the person
    ("Legislator Joan Porter (Taipei) of the ruling Democratic Progressive Party, who leads a friendship group, called on "
     "Tokyo to open a security dialogue with Taipei.", {("Joan Porter", SEC, "support")},
     {("Democratic Progressive Party", SEC, "support")}),
])
def test_affiliated_speaker(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, absent", [
    ("In my view, I do not think the United States should give up strategic ambiguity.",
     ("United States", "us_strategic_clarity", "oppose")),
    ("We believe Japan must deepen security cooperation with Taiwan.", ("Japan", SEC, "support")),
])
def test_unnamed_first_person_opinion_has_no_holder(seed_extractor, text, absent):
    assert absent not in holders(seed_extractor, text)


@pytest.mark.parametrize("text, present", [
    ("Chen Li said the two sides need a security dialogue mechanism between the two governments.",
     {("Chen Li", SEC, "support"), ("Chen Li", OFF, "support")}),
    ('Mark Ellison said Taiwan "wants to work with Japan\'s coast guard every day."', {("Mark Ellison", SEC, "support")}),
    ('Joan Porter said the agency looked forward to "deepening cooperation with the Japan Coast Guard."',
     {("Joan Porter", SEC, "support")}),
    ('In the Diet, lawmaker Mark Ellison urged the government to "share radar information with Taiwan."', {("Mark Ellison", SEC, "support")}),
    ("Joan Porter said Taiwan and Japan should set up a direct military communication line, officer to officer.",
     {("Joan Porter", SEC, "support"), ("Joan Porter", OFF, "support")}),
    ('Mark Ellison said the island "has never been a part of the People\'s Republic of China."',
     {("Mark Ellison", "taiwan_independence", "support")}),
    ('Joan Porter said Beijing would act, calling the island "an inseparable part of China\'s territory."',
     {("Joan Porter", "one_china_policy", "support")}),
    # the agent of a passive push does not hide the undergone cue
    ('Mark Ellison said: "Japan would be wrong to let itself be drawn by the Americans into a military conflict over Taiwan."',
     {("Mark Ellison", "defense_of_taiwan", "oppose")}),
])
def test_widened_vocabulary(seed_extractor, text, present):
    got = holders(seed_extractor, text)
    assert present <= got, got


@pytest.mark.parametrize("cue, kind, before, doer, credited", [
    ("hold", "government_body", "The cabinet proposed that the two sides ", False, True),
    ("hold", "government_body", "The cabinet and its counterpart will ", False, False),
    ("hold", "person", "", False, True),
    ("support", "state", "", True, True),
    # a holding with its own named subject: only when that subject is the asked clause's
    ("hold", "government_body", "proposed that Tokyo and Taipei ", True, True),
    ("hold", "person", "suggested that Seoul send observers to the drills that the U.S. and Japan ", True, False),
])
def test_holding_asked_for_is_credited(cue, kind, before, doer, credited):
    assert credited_by_act(cue, kind, before, doer) is credited


@pytest.mark.parametrize("text, present, absent", [
    ("The cabinet proposed that Taipei and Tokyo hold a security dialogue soon.",
     set(), {("Taipei", SEC, "support"), ("Tokyo", SEC, "support")}),
    ("Lawmaker Mark Ellison proposed that Seoul send observers to the tabletop exercises the U.S. and Japan hold on a "
     "Taiwan contingency.", set(), {("Mark Ellison", "defense_of_taiwan", "support")}),
    # co-holders of the holding keep it
    ("Lawmakers Mark Ellison and Joan Porter held a security dialogue in Tokyo.",
     {("Mark Ellison", SEC, "support"), ("Joan Porter", SEC, "support")}, set()),
])
def test_holding_of_others(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got
