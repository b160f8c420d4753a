"""Stance mechanisms of the stances7 round: a channel to the other party's forces under a modal
(stance_channels.py), a speaker's own government's declared position (stance_holders.py), and a copular
phrase in the document's own voice (stance_claims.py). Example sentences are written for these tests."""
import re
from pathlib import Path

import pytest

from pipeline.extract.stance_channels import channel_reading, compile_channel, compile_pairs
from pipeline.extract.stance_claims import COPULA_PHRASE
from pipeline.extract.stance_holders import own_government_position
from pipeline.extract.stances import compile_topics, topic_readings
from pipeline.knowledge import load_knowledge

SUBJECTS = ["Japan and Taiwan", "Taiwan and Japan", "Tokyo and Taipei"]
VERBS = ["talk", "communicate", "share", "coordinate"]
CONTEXT = re.compile(r"\b(?:navy|military|coast guard|defence|defense|armed forces|security)\b", re.IGNORECASE)


@pytest.mark.parametrize("sentence, verb", [
    ("Our navy should be able to talk to Taiwan's navy in a crisis.", "talk"),
    ("Tokyo must share intelligence with its Taiwanese counterparts on military movements.", "share"),
    ("The Japanese and Taiwanese defence ministries ought at least to be able to communicate with each other.", "communicate"),
    ("Taipei needs to coordinate directly with Japan's coast guard.", "coordinate"),
])
def test_channel_to_the_other_partys_forces(sentence, verb):
    found = channel_reading(sentence, compile_channel(SUBJECTS, VERBS), compile_pairs(SUBJECTS), CONTEXT.search)
    assert found is not None and found[1] == verb and sentence[found[0]:].startswith(verb)


@pytest.mark.parametrize("sentence", [
    "The Chinese and Russian navies should talk to each other about security.",    # not the relation's parties
    "Japanese tourists should be able to talk to Taiwanese shopkeepers.",           # no security matter
    "Taiwan's coast guard was unable to talk to its Japanese counterpart.",       # no modal: a report, not a position
    "Each other's navies talk to Taiwan's navy every week.",
])
def test_no_channel(sentence):
    assert channel_reading(sentence, compile_channel(SUBJECTS, VERBS), compile_pairs(SUBJECTS), CONTEXT.search) is None


def test_channel_reading_through_the_topic_lexicon():
    topics = compile_topics(load_knowledge(Path("seeds")).topics, load_knowledge(Path("seeds")).irregular_verbs)
    sentence = "Our defence officials should be able to talk to their Taiwanese counterparts directly."
    readings = {c.topic_id: r for c in topics for r in topic_readings(sentence, c, lambda o: (0, len(sentence)))}
    assert readings["jp_tw_security_cooperation"].polarity == "support"


@pytest.mark.parametrize("sentence, expected", [
    ('"Our policy on the Taiwan question has not changed," the minister said.', True),
    ("Our government's basic position remains unchanged.", True),
    ("The government's position is to keep relations unofficial.", True),
    ("We firmly oppose any official interaction with the island.", False),
    ("The minister's position was criticised by the opposition.", False),
])
def test_own_government_position(sentence, expected):
    assert own_government_position(sentence) is expected


@pytest.mark.parametrize("phrase, expected", [
    ("is a sovereign state", True), ("was an independent country", True), ("has never been subordinate", True),
    ("opposes Taiwan independence", False), ("remains unchanged", True),
])
def test_copula_phrase(phrase, expected):
    assert bool(COPULA_PHRASE.match(phrase)) is expected
