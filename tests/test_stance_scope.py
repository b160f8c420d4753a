"""Pure-function tests of the sixth stance round: what a cue's scope reaches on unseen text. The subject of a
damage cue after a complementiser, cues that open a reported clause, negative-quantifier subjects, the
matter of a question put to someone, the past tense of reported phrases, an unnamed spokesperson for a named body, datelines and times before a
coordinated speaker's first verb, keywords whose partners are countries in general or local bodies,
and single quotation marks. Own example sentences, text in -> (holder, topic, polarity) out."""
from datetime import date

import pytest

from pipeline.extract.stance_frames import asked_matter, negative_subject
from tests.test_stances import ids
from tests.test_stances import stances as stance_triples


def stances(extractor, text):
    return stance_triples(extractor, text, published=date(2023, 3, 9))


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # a damage cue whose subject stands after adjuncts and a complementiser: the speaker upholds what was damaged
    ("Wang Wenbin said at a regular press briefing on Monday that the delegation's trip violated the one-China principle.",
     "Wang Wenbin", "one_china_policy", "support"),
    # ... and a quantified nominal subject ('any official contact') is someone else's act too
    ("Zhao Lijian said any official exchange between Japan and Taiwan violates the one-China principle.",
     "Zhao Lijian", "one_china_policy", "support"),
    # a negative quantifier subject denies the predicate, even a self-sufficient phrase
    ("Yoshimasa Hayashi said nothing in the new strategy requires Japan to abandon its one-China policy.",
     "Yoshimasa Hayashi", "one_china_policy", "support"),
    # single quotation marks do not part a phrase from its frame
    ("Taro Aso said an attack on Taiwan could amount to a 'survival-threatening situation' for Japan.",
     "Taro Aso", "defense_of_taiwan", "support"),
    # reported speech puts a self-sufficient phrase in the past
    ("Wei Fenghe told the forum that Taiwan was China's Taiwan.", "Wei Fenghe", "one_china_policy", "support"),
    # an unnamed member speaking for a named body: the body holds the position
    ("A spokesperson for the Taiwan Affairs Office said Beijing firmly opposes Taiwan independence.",
     "Taiwan Affairs Office", "taiwan_independence", "oppose"),
    # a speaker who did something else first, with a time and bracketed date before the first verb, after a dateline
    ("BEIJING, May 2 (Xinhua) -- Wei Fenghe on Friday (May 1) warned the delegation and said Taiwan is part of China.",
     "Wei Fenghe", "one_china_policy", "support"),
    ("TOKYO: Taro Aso on Tuesday welcomed the report and said Japan must defend Taiwan.",
     "Taro Aso", "defense_of_taiwan", "support"),
    # a directive's that-clause is what it asks for: it still governs the keyword
    ("Lai Ching-te urged that Tokyo and Taipei open a security dialogue.", "Lai Ching-te", "jp_tw_security_cooperation", "support"),
])
def test_position_read_and_held(seed_extractor, text, holder, topic, polarity):
    got = stances(seed_extractor, text)
    (holder_id,) = ids(seed_extractor, text, [holder])
    assert (holder_id, topic, polarity) in got, got
    assert (holder_id, topic, "oppose" if polarity == "support" else "support") not in got, got


@pytest.mark.parametrize("text, holder, topic", [
    # a cue that opens a reported clause ('has long held that', 'wants to stress that') governs no keyword in it
    ("Wu Qian said Beijing has long held that defense cooperation between Japan and Taiwan is a matter for concern.",
     "Wu Qian", "jp_tw_security_cooperation"),
    ("Mao Ning said she wanted to stress that security cooperation with Taiwan was discussed at the meeting.",
     "Mao Ning", "jp_tw_security_cooperation"),
    # the matter of a question put to the speaker is no position of theirs
    ("Antony Blinken, asked by reporters whether the United States would defend Taiwan, repeated that the policy is unchanged.",
     "Antony Blinken", "defense_of_taiwan"),
    ("Asked if Japan would hold a security dialogue with Taiwan, Fumio Kishida said he would not comment.",
     "Fumio Kishida", "jp_tw_security_cooperation"),
    # a keyword whose partners are countries in general or a state's local bodies names no Japan-Taiwan relation
    ("Fumio Kishida said Japan supports security cooperation between countries that share its values.",
     "Fumio Kishida", "jp_tw_security_cooperation"),
    ("Yasukazu Hamada said the ministry will hold a joint exercise with the prefecture and local governments.",
     "Yasukazu Hamada", "jp_tw_security_cooperation"),
])
def test_no_position_read(seed_extractor, text, holder, topic):
    got = stances(seed_extractor, text)
    (holder_id,) = ids(seed_extractor, text, [holder])
    assert not {x for x in got if x[0] == holder_id and x[1] == topic}, got


@pytest.mark.parametrize("before, expected", [
    ("Rice, asked at a news conference whether the United States would ", True),
    ("Asked if Tokyo would ", True),
    ("Asked about the drills, Kishida said Japan would ", False),
    ("The minister asked whether the plan was ready, and then said Japan would ", False),
])
def test_asked_matter(before, expected):
    assert asked_matter(before) is expected


@pytest.mark.parametrize("before, expected", [
    ("None of this requires Tokyo to ", True),
    ("Nothing in the accord obliges Japan to ", True),
    ("Japan will not ", False),
    ("None of the ministers objected, but Japan will ", False),
])
def test_negative_subject(before, expected):
    assert negative_subject(before) is expected
