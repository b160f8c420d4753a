"""Pure-function tests of the stances12 round (stance recall on unseen text). Own example sentences: text in ->
(holder as mentioned, topic, polarity) out.
- the relation's parties' joint act reads its security matter from the words just before the sentence, not only
  from the sentence ('Chinese submarines were tracked ... "Japan and Taiwan ought to be exchanging what they know"');
  a directive on the parties ('urging Tokyo and Taipei to share ...'); a word of delay never stands in the gap."""
import pytest

from tests.test_stances9 import holders

SEC = "jp_tw_security_cooperation"


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
