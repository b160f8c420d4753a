"""Pure-function tests of the stances12 round (stance recall on unseen text). Own example sentences: text in ->
(holder as mentioned, topic, polarity) out.
- the relation's parties' joint act reads its security matter from the words just before the sentence, not only
  from the sentence ('Chinese submarines were tracked ... "Japan and Taiwan ought to be exchanging what they know"');
  a directive on the parties ('urging Tokyo and Taipei to share ...'); a word of delay never stands in the gap;
- an act on an anaphoric object ('welcomed the move', 'dissatisfied with the decision') takes the topic whose keyword
  stands last in the words before the sentence (stance_anaphora.py)."""
import pytest

from pipeline.extract.stance_anaphora import ANAPHORIC_OBJECT, discourse_topic
from tests.test_stances9 import holders

SEC, OFF = "jp_tw_security_cooperation", "jp_tw_official_relations"


@pytest.mark.parametrize("text, holder, topic, polarity", [
    ("Chinese submarines were spotted near Yonaguni twice last month. \"Japan and Taiwan ought to be exchanging what "
     "they know,\" said Mark Ellison, a researcher.", "Mark Ellison", SEC, "support"),
    ("The navies of both sides tracked the same carrier group. \"Japan and Taiwan should set up a system to share these "
     "pictures,\" Kenji Sato said.", "Kenji Sato", SEC, "support"),
    ("Naval officers say the two sides watch the same waters. \"We should be urging Japan and Taiwan to share what they "
     "see,\" said Tom Bradley, a senator.", "Tom Bradley", SEC, "support"),
    ("Missiles fell near Yonaguni in August. Anna Berg said Tokyo and Taipei should not be sharing such data.",
     "Anna Berg", SEC, "oppose"),
])
def test_joint_act_in_the_discourse_context(seed_extractor, text, holder, topic, polarity):
    assert (holder, topic, polarity) in holders(seed_extractor, text)


@pytest.mark.parametrize("text, banned", [
    # no security matter before or in the sentence: no position at all
    ("The two governments signed a fisheries deal last year. \"Japan and Taiwan should talk more,\" said Mark Ellison.",
     {"support", "oppose"}),
    ("Taipei hosted a trade fair last week. \"Japan and Taiwan should share their experience,\" said Mark Ellison.",
     {"support", "oppose"}),
    # a negated word of delay urges the act: no opposition read from it
    ("\"Japan and Taiwan must not wait for a crisis to start talking to each other about security,\" Koichi Hagiuda said.",
     {"oppose"}),
])
def test_no_joint_act(seed_extractor, text, banned):
    assert not {h for h in holders(seed_extractor, text) if h[1] == SEC and h[2] in banned}


@pytest.mark.parametrize("text, holder, topic, polarity", [
    ("Tokyo renamed its de facto embassy in Taipei on Monday. Taiwan welcomed the move.", "Taiwan", OFF, "support"),
    ("The coast guards of Japan and Taiwan held a joint drill off Yonaguni on Friday. Taiwanese legislator Kuan Bi-ling "
     "welcomed the drill.", "Kuan Bi-ling", SEC, "support"),
    ("Japan and Taiwan agreed to hold security talks. China said it opposes the decision.", "China", SEC, "oppose"),
])
def test_act_on_an_anaphoric_object(seed_extractor, text, holder, topic, polarity):
    assert (holder, topic, polarity) in holders(seed_extractor, text)


def test_anaphoric_act_needs_a_topic_before():
    assert ANAPHORIC_OBJECT.match(" the negative move") and ANAPHORIC_OBJECT.match(" with this step")
    assert not ANAPHORIC_OBJECT.match(" the visitors")


def test_discourse_topic_is_the_last_keyword(seed_extractor):
    topics = seed_extractor.topic_cues
    assert discourse_topic("Japan set up a security dialogue, then sent a sitting minister to Taipei.", topics) == OFF
    assert discourse_topic("Tokyo approved a school budget.", topics) is None
    assert not any(h[0] == "Taiwan" for h in holders(
        seed_extractor, "The government approved a new budget for schools on Monday. Taiwan welcomed the move."))
