"""Pure-function tests of the stances9 round: prescriptions read as the speaker's position (existential 'there must
be', prescribed readiness, a prescribed abstention from an opposed means, 'on the table'), negation of verb-phrase
phrases, a quotation that goes on after its speaker's colon, hearing-record and bracketed transcript labels, and
speakers never taken from a preposition's object. Own example sentences: text in -> (holder, topic, polarity) out."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput
from pipeline.extract.statements import quotation_open_at
from pipeline.extract.transcripts import LABEL_BRACKETS, RECORD_LABEL
from tests.test_stances import ids
from tests.test_stances import stances as stance_triples


def stances(extractor, text):
    return stance_triples(extractor, text, published=date(2023, 3, 9))


def holders(extractor, text):
    """{(holder name as mentioned, topic, polarity)} of the stance claims in text."""
    doc = DocumentInput("doc-0000000000000000", text, published_date=date(2023, 3, 9), body_start=0, body_end=len(text))
    ext = extractor.extract(doc)
    names = {}
    for m in ext.mentions:
        names.setdefault(m["actor_id"], m["text"])
    return {(names.get(c["subject_ids"][0], c["subject_ids"][0]), c["topic_id"], c["polarity"])
            for c in ext.claims if c["kind"] == "stance"}


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # an existential prescription asks for what the keyword names; its negation rejects it
    ("Taro Aso said there must be a hotline between the coast guards of Japan and Taiwan.",
     "Taro Aso", "jp_tw_security_cooperation", "support"),
    ("\"There should be no military exchanges with Taipei,\" Wang Yi said.", "Wang Yi", "jp_tw_security_cooperation", "oppose"),
    # a proposal put on the table, with the parties' forces named by possessives
    ("Joseph Wu said a hotline between our navy and theirs should be on the table.",
     "Joseph Wu", "jp_tw_security_cooperation", "support"),
    ("Taro Aso said Japan and Taiwan should build a direct channel between their air forces.",
     "Taro Aso", "jp_tw_security_cooperation", "support"),
    # a verb or noun phrase without a negation of its own is denied by one before it
    ("Joe Biden said Washington should not abandon strategic ambiguity.", "Joe Biden", "us_strategic_clarity", "oppose"),
    ("Yoshimasa Hayashi said a Taiwan contingency is not necessarily a Japan contingency.",
     "Yoshimasa Hayashi", "defense_of_taiwan", "oppose"),
    # a prescribed abstention from an opposed act whose means the keyword is
    ("Wang Yi said Tokyo must not provoke Beijing by expanding defense exchanges with Taipei.",
     "Wang Yi", "jp_tw_security_cooperation", "oppose"),
    ("\"We should not provoke China by talking about military cooperation with Japan,\" Ma Ying-jeou said.",
     "Ma Ying-jeou", "jp_tw_security_cooperation", "oppose"),
    # prescribed readiness governs the act after it
    ("Taro Aso said Japan must be ready to defend Taiwan.", "Taro Aso", "defense_of_taiwan", "support"),
    ("Joe Biden said the allies should be prepared together to deter an attack on Taiwan.",
     "Joe Biden", "defense_of_taiwan", "support"),
    # a passive push into an opposed act, and a warning cue whose negation restates it
    ("Zhao Lijian told reporters that Japan should \"not be misled into interfering in the Taiwan issue\".",
     "Zhao Lijian", "one_china_policy", "support"),
    ("Zhao Lijian said Tokyo must not be drawn into interfering in China's internal affairs.",
     "Zhao Lijian", "one_china_policy", "support"),
    ("Lu Kang urged Tokyo not to send \"wrong signals\" to Taiwan independence forces.", "Lu Kang", "taiwan_independence", "oppose"),
    # a prescribed declaration of a commitment is clarity
    ("Joe Biden said Washington should say plainly that it would help defend Taiwan.", "Joe Biden", "us_strategic_clarity", "support"),
])
def test_prescriptions_and_negations(seed_extractor, text, holder, topic, polarity):
    got = stances(seed_extractor, text)
    (holder_id,) = ids(seed_extractor, text, [holder])
    assert (holder_id, topic, polarity) in got, got
    assert (holder_id, topic, "oppose" if polarity == "support" else "support") not in got, got


@pytest.mark.parametrize("text", [
    "Taro Aso said Japan would not provoke China by holding security talks with Taiwan.",   # harmless, not rejected
])
def test_no_rejection_without_a_prescribed_abstention(seed_extractor, text):
    assert not any(t == "jp_tw_security_cooperation" and p == "oppose" for _, t, p in stances(seed_extractor, text))


def test_no_position_from_a_past_act_of_abstaining(seed_extractor):
    text = "Waseda University said in a statement that the choice was the students' own and that it did not intervene."
    assert not any(t == "defense_of_taiwan" for _, t, _ in stances(seed_extractor, text))


def test_quotation_left_open_goes_on_with_its_speaker(seed_extractor):
    text = ("Taro Aso told reporters: \"This is a test for the whole region. Japan and Taiwan should hold a security "
            "dialogue now, before a crisis comes.\"")
    assert ("Taro Aso", "jp_tw_security_cooperation", "support") in holders(seed_extractor, text)
    assert quotation_open_at(text, text.index("Japan and Taiwan"))
    assert not quotation_open_at("He said \"yes.\" Japan and Taiwan agreed.", 16)


def test_no_speaker_from_the_object_of_an_apposition(seed_extractor):
    text = ("Kenji Moriyama, a senior member of the opposition Democratic Party of Japan's security panel, said Japan "
            "should avoid any official contact with Taiwan.")
    assert not any(h == "Democratic Party of Japan" for h, _, _ in holders(seed_extractor, text))


@pytest.mark.parametrize("line, label", [
    ("    Senator Risch. Thank you, Mr. Chairman.", "Senator Risch"),
    ("    The Chairman. Senator Markey.", "The Chairman"),
    ("    Mr. Emanuel. Senator, I will not get ahead of the President.", "Mr. Emanuel"),
    ("    Ms. Kim Lee. Yes.", "Ms. Kim Lee"),
])
def test_record_labels(line, label):
    assert RECORD_LABEL.match(line).group("label") == label


@pytest.mark.parametrize("line", [
    "Senator Risch. Thank you.",                     # not indented: a wrapped line of prose
    "    The senators met Mr. Emanuel. He agreed.",  # no title opening the line
])
def test_no_record_label(line):
    assert RECORD_LABEL.match(line) is None


def test_label_brackets():
    assert LABEL_BRACKETS.sub("", "LEGISLATOR LIN MEI-HUA (林美華) (KMT)") == "LEGISLATOR LIN MEI-HUA"
    assert LABEL_BRACKETS.sub("", "REPORTER (Kyodo News)") == "REPORTER"


def test_hearing_record_turns_hold_their_speakers_positions(seed_extractor):
    text = ("Present: Senators Taro Aso and Joseph Wu.\n\n"
            "    The Chairman. Senator Aso.\n"
            "    Senator Aso. Thank you. Japan and Taiwan should hold a security dialogue at once.\n"
            "    Senator Wu. I see it differently. We should not abandon strategic ambiguity.\n")
    got = holders(seed_extractor, text)
    assert ("Taro Aso", "jp_tw_security_cooperation", "support") in got, got
    assert not any(h == "Taro Aso" and t == "us_strategic_clarity" for h, t, _ in got), got


def test_bracketed_caps_labels_name_their_speakers(seed_extractor):
    text = ("The motion was filed by Legislator Lin Mei-hua and Legislator Chang Wei-ming.\n\n"
            "LEGISLATOR LIN MEI-HUA (林美華) (KMT): We should not provoke Beijing by talking about military cooperation with Japan.\n\n"
            "LEGISLATOR CHANG WEI-MING (張偉明) (DPP): I disagree. Taiwan and Japan should open a security dialogue.\n")
    got = holders(seed_extractor, text)
    assert ("Lin Mei-hua", "jp_tw_security_cooperation", "oppose") in got, got
    assert ("Chang Wei-ming", "jp_tw_security_cooperation", "support") in got, got

