"""Pure-function tests of the stances18 round (recall): the PRC's formula for the states that recognise it paired with
Taiwan names the relation; a support noun after an outside source ('relying on foreign support') is the means of the
act, no approval; 'commitment to' as a position cue; Tokyo's 'working relations on a nongovernmental basis'; a declared
policy named by its content ('our policy is one of strategic ambiguity'); the PRC's warning 'not to play with fire on
the Taiwan question'; a quotation without a speaker of its own right after a person's reported words goes on with that
speaker. Own example sentences: text in -> triples out."""
import pytest

from tests.test_stances9 import holders


@pytest.mark.parametrize("text, present, absent", [
    # the PRC's formula for every state that recognises it, paired with Taiwan: Japan is among them
    ("Wu Qian said China firmly opposes any military contact between countries having diplomatic relations with China "
     "and the Taiwan region.",
     {("Wu Qian", "jp_tw_security_cooperation", "oppose")}, set()),
    ("Wu Qian said Beijing rejects official exchanges between countries that have diplomatic ties with China and Taiwan.",
     {("Wu Qian", "jp_tw_official_relations", "oppose")}, set()),
    # countries in general still name no relation of the topic
    ("Wu Qian said military cooperation between countries should not target any third party.", set(),
     {("Wu Qian", "jp_tw_security_cooperation", "oppose"), ("Wu Qian", "jp_tw_security_cooperation", "support")}),
    # a support noun after an outside source is the means of the opposed act, not the speaker's approval
    ("Wu Qian said the DPP's bid to seek independence by relying on foreign support is doomed to fail.",
     {("Wu Qian", "taiwan_independence", "oppose")}, {("Wu Qian", "taiwan_independence", "support")}),
    ("Wu Qian said the attempt to pursue independence with external support would lead nowhere.", set(),
     {("Wu Qian", "taiwan_independence", "support")}),
    # 'commitment to' a keyword is a position cue like 'committed to'
    ("Mao Ning said Jakarta had once again shown its commitment to the one-China principle.",
     {("Mao Ning", "one_china_policy", "support")}, set()),
    ("Yoshimasa Hayashi said Japan's commitment to the one-China policy is unchanged.",
     {("Yoshimasa Hayashi", "one_china_policy", "support")}, set()),
    # Tokyo's stock formula for its ties with Taiwan, quoted or described
    ('Yoshimasa Hayashi described the ties as "working relations on a nongovernmental basis."',
     {("Yoshimasa Hayashi", "jp_tw_official_relations", "oppose")}, {("Yoshimasa Hayashi", "jp_tw_official_relations", "support")}),
    ("Yoshimasa Hayashi said Tokyo keeps its contacts with Taipei on a non-governmental basis.",
     {("Yoshimasa Hayashi", "jp_tw_official_relations", "oppose")}, set()),
    # a declared policy named by its content: the inverse keyword's position
    ('"Our policy is one of strategic ambiguity, and it will stay that way," Ned Price said.',
     {("Ned Price", "us_strategic_clarity", "oppose")}, {("Ned Price", "us_strategic_clarity", "support")}),
    # the PRC's warning carries its own negation: the speaker upholds one China
    ('Mao Ning warned Canberra "not to play with fire on the Taiwan question."',
     {("Mao Ning", "one_china_policy", "support")}, {("Mao Ning", "one_china_policy", "oppose")}),
    ('Mao Ning warned the two allies not to "play with fire" over Taiwan.',
     {("Mao Ning", "one_china_policy", "support")}, {("Mao Ning", "one_china_policy", "oppose")}),
    # Washington's formula against a change by either side, and the UN-membership referendum, oppose independence ...
    ("Ned Price said Washington opposes unilateral changes to the status quo by either side.",
     {("Ned Price", "taiwan_independence", "oppose")}, set()),
    ('Ned Price said the US opposed "any unilateral decision by either China or Taiwan" to alter the status quo.',
     {("Ned Price", "taiwan_independence", "oppose")}, set()),
    ("Ned Price said the United States opposes a referendum on UN membership under the name Taiwan.",
     {("Ned Price", "taiwan_independence", "oppose")}, set()),
    # ... but a change by force or coercion is Beijing's, no word on independence
    ("Yoshimasa Hayashi said Japan opposes any unilateral attempt to change the status quo by force or coercion.", set(),
     {("Yoshimasa Hayashi", "taiwan_independence", "oppose")}),
    # Taipei's 'three noes'
    ('Tsai Ing-wen said she keeps a policy of "no unification, no independence and no use of force."',
     {("Tsai Ing-wen", "taiwan_independence", "oppose")}, {("Tsai Ing-wen", "taiwan_independence", "support")}),
])
def test_stances18(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # a quotation with no speaker of its own right after a person's reported words in the same paragraph: theirs
    ('Yuki Tatsumi said the change was overdue. But Tatsumi argued that the real gap was elsewhere. '
     '"Tokyo should set up a defense hotline with Taiwan. Nobody plans well without talking."',
     {("Yuki Tatsumi", "jp_tw_security_cooperation", "support")}, set()),
    # ... and a paragraph that is only a quotation after a paragraph closing on their reported words
    ('Yuki Tatsumi argued that the real gap was elsewhere.\n\n"Tokyo should set up a defense hotline with Taiwan."',
     {("Yuki Tatsumi", "jp_tw_security_cooperation", "support")}, set()),
    # a quotation named as another speaker's where it closes stays theirs
    ('Yuki Tatsumi argued that the real gap was elsewhere. "Tokyo should set up a defense hotline with Taiwan," '
     'said Ken Jimbo.',
     {("Ken Jimbo", "jp_tw_security_cooperation", "support")}, {("Yuki Tatsumi", "jp_tw_security_cooperation", "support")}),
    # the author's own narration before the quotation gives it no speaker
    ('The real gap was elsewhere. "Tokyo should set up a defense hotline with Taiwan."', set(),
     {("Yuki Tatsumi", "jp_tw_security_cooperation", "support")}),
])
def test_quotation_after_reported_words(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # the speaker named before 'according to' speaks; the statement that reports the words is only the channel
    ('"Taiwan is ready to share intelligence with Japan," Lai Ching-te said, according to a Presidential Office statement.',
     {("Lai Ching-te", "jp_tw_security_cooperation", "support")}, {("Presidential Office", "jp_tw_security_cooperation", "support")}),
    # without a speaker of its own the sentence's words are the source's
    ("Taiwan is ready to share intelligence with Japan, according to a Presidential Office statement.",
     {("Presidential Office", "jp_tw_security_cooperation", "support")}, set()),
])
def test_speaker_before_according_to(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # an unnamed spokesperson of a body the text has just named speaks for that body
    ('The Chinese Embassy in Japan criticized the remarks on Friday. "Taiwan is an inalienable part of China\'s territory," '
     'an embassy spokesperson said.',
     {("Chinese Embassy in Japan", "one_china_policy", "support")}, set()),
    # a bare spokesperson names no body: unattributed, no holder
    ('Officials met on Friday. "Taiwan is an inalienable part of China\'s territory," a spokesperson said.', set(),
     {("Chinese Embassy in Japan", "one_china_policy", "support")}),
])
def test_unnamed_body_spokesperson(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got
