"""Pure-function tests of the stances16 round: the state row of a sitting official's institutional voice when the
subject is 'our government' / 'our country' rather than 'we', and the state a bare title speaks for when neither the
registry nor the title names it (the state the paragraph named last before the official, speaker_states.py). Own
example sentences with other speakers: text in -> (holder as mentioned, topic, polarity) out."""
import pytest

from pipeline.extract.actors import Mention
from pipeline.extract.speaker_states import paragraph_states
from pipeline.extract.stance_officials import institutional_we
from tests.test_stances9 import holders


@pytest.mark.parametrize("text, expected", [
    ('"Our government respects the one-China policy," he said.', True),
    ("He said our country firmly opposes any official exchanges.", True),
    ('"Our nation supports the talks," she said.', True),
    ('"We oppose the visit," he said.', True),
    ('"I oppose the visit," he said.', False),
    ('"They oppose the visit," he said.', False),
    ("He said our government's critics oppose the visit.", False),
])
def test_institutional_subject(text, expected):
    assert institutional_we(text, 0, text.index("oppose") if "oppose" in text else
                            text.index("respects") if "respects" in text else text.index("supports")) is expected


def _m(text, word, actor):
    i = text.index(word)
    return Mention(i, i + len(word), word, actor, "alias", 1.0)


STATES = {"seoul": "KOR", "manila": "PHL", "beijing": "CHN"}


@pytest.mark.parametrize("text, marks, expected", [
    ("Seoul moved to calm Beijing. Foreign Minister Kim Min said the policy stood.",
     [("Seoul", "seoul"), ("Beijing", "beijing"), ("Kim Min", "kim")], {"kim": "CHN"}),
    ("Manila acted at once. Spokesman Ramos Cruz said so.",
     [("Manila", "manila"), ("Ramos Cruz", "ramos")], {"ramos": "PHL"}),
    # another paragraph's state is not the title's
    ("Manila acted at once.\nSpokesman Ramos Cruz said so.",
     [("Manila", "manila"), ("Ramos Cruz", "ramos")], {}),
    # a state named only after the official is not the title's
    ("Spokesman Ramos Cruz said Manila acted at once.",
     [("Ramos Cruz", "ramos"), ("Manila", "manila")], {}),
])
def test_paragraph_states(text, marks, expected):
    mentions = sorted((_m(text, w, a) for w, a in marks), key=lambda m: m.start)
    assert paragraph_states(text, mentions, {"kim", "ramos"}, state_country=STATES.get) == expected


@pytest.mark.parametrize("text, present, absent", [
    # a registered minister's 'our government' + verb: the state holds it too
    ('Foreign Minister Park Jin told lawmakers on Monday that nothing had changed. "Our government respects the one-China '
     'policy," Park said.', {("Park Jin", "one_china_policy", "support"), ("south-korea", "one_china_policy", "support")}, set()),
    # a bare title after a paragraph that named the acting state
    ('Seoul moved to calm the row. Foreign Minister Lee Sang-woo said on Tuesday that "our government\'s position on the '
     'one-China policy remains unchanged."', {("Lee Sang-woo", "one_china_policy", "support"), ("Seoul", "one_china_policy", "support")}, set()),
    # a lawmaker's 'our country' is no state's voice
    ('Seoul moved to calm the row. Opposition lawmaker Lee Sang-woo said "our country respects the one-China policy."',
     {("Lee Sang-woo", "one_china_policy", "support")}, {("Seoul", "one_china_policy", "support")}),
])
def test_official_state_rows(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got
    assert not (absent & got)


# the Congressional Record's unindented turns (title + capitalised family name + period) and Diet minutes' speaker
# marks (a title or a family-first name with a bracket, no colon) open a speaker's segment
@pytest.mark.parametrize("line, label", [
    ("Mr. SMITH. Thank you, Mr. Chairman.", "Mr. SMITH"),
    ("Senator RUBIO. Let me ask about Taiwan.", "Senator RUBIO"),
    ("General VAN HOLLEN. We are ready.", "General VAN HOLLEN"),
    ("Mr. Smith. Thank you.", None),                       # a cased name: any sentence could open so
    ("General Motors. The company said ...", None),
])
def test_record_caps_label(line, label):
    from pipeline.extract.transcripts import RECORD_CAPS_LABEL
    m = RECORD_CAPS_LABEL.match(line)
    assert (m.group("label") if m else None) == label


@pytest.mark.parametrize("line, label", [
    ("○Minister of Defense (NAKATANI Gen) I will answer.", "Minister of Defense (NAKATANI Gen)"),
    ("○YAMADA Taro (CDP) Thank you, Chairperson.", "YAMADA Taro (CDP)"),
    ("○ Chairperson (SATO Ichiro) The meeting is adjourned.", "Chairperson (SATO Ichiro)"),
    ("○ A list item without a bracket", None),
])
def test_record_mark_label(line, label):
    from pipeline.extract.transcripts import RECORD_MARK_LABEL
    m = RECORD_MARK_LABEL.match(line)
    assert (m.group("label") if m else None) == label


@pytest.mark.parametrize("text, present", [
    ("○Minister for Foreign Affairs (KISHIDA Fumio) Thank you.\n\n○Chairperson (YAMADA Taro) Next.\n\n"
     "○Minister for Foreign Affairs (KISHIDA Fumio) Our government firmly opposes any change to the status quo by force. "
     "Japan's relationship with Taiwan is maintained as working relations on a non-governmental basis.\n",
     {("KISHIDA Fumio", "jp_tw_official_relations", "oppose")}),
])
def test_minutes_speaker(seed_extractor, text, present):
    assert present <= holders(seed_extractor, text)


@pytest.mark.parametrize("text, present, absent", [
    # the paragraph's state and the state the words name agree: the state holds it too
    ('Beijing reacted within hours. Foreign Ministry spokesman Zhang Wei said that China "firmly opposes" any official '
     'exchanges between Japan and Taiwan.', {("Zhang Wei", "jp_tw_official_relations", "oppose"),
                                             ("Beijing", "jp_tw_official_relations", "oppose")}, set()),
    # ... they disagree: no state row from the guess
    ('Tokyo reacted within hours. Foreign Ministry spokesman Zhang Wei said that China "firmly opposes" any official '
     'exchanges between Japan and Taiwan.', {("Zhang Wei", "jp_tw_official_relations", "oppose")},
     {("Tokyo", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose")}),
])
def test_paragraph_state_named(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got
    assert not (absent & got)


@pytest.mark.parametrize("text, present, absent", [
    # a declared policy in the first person is the government's even when prescribed ('has to be respected')
    ("Manila recalled its envoy. Presidential spokesman Ramon Cruz said an apology was impossible because 'our "
     "one-China policy has to be respected'.", {("Ramon Cruz", "one_china_policy", "support"),
                                                ("Manila", "one_china_policy", "support")}, set()),
    # a duty laid on another state is no state's own position
    ("Manila recalled its envoy. Presidential spokesman Ramon Cruz said Japan should respect the one-China policy.",
     {("Ramon Cruz", "one_china_policy", "support")}, {("Manila", "one_china_policy", "support")}),
])
def test_paragraph_state_declared(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got
    assert not (absent & got)


def test_paragraph_state_not_own_sentence():
    # the official's own sentence names what they speak of ('"Japan has no right ...," said spokesman X')
    text = "Japan has no right to interfere, said Spokesman Ramos Cruz."
    mentions = sorted([_m(text, "Japan", "manila"), _m(text, "Ramos Cruz", "ramos")], key=lambda m: m.start)
    assert paragraph_states(text, mentions, {"ramos"}, state_country=STATES.get) == {}
