"""Pure-function tests of the stance-recall round: joint acts of the relation's parties, upper-case transcript
labels, quotations running on in a paragraph of their own, two appositions before a reporting verb, footnote
numbers at a sentence end, and the general vocabulary of positions added for it (legal basis of a relation, the
1972 statement's names, readiness and permission cues). Own example sentences, text in -> records out."""
from datetime import date

import pytest

from pipeline.extract.sentences import split_sentences
from pipeline.extract.stance_frames import compile_joint, joint_reading
from pipeline.extract.statements import wholly_quoted_paragraph
from pipeline.extract.transcripts import CAPS_LABEL
from tests.test_stances import ids
from tests.test_stances import stances as stance_triples


def stances(extractor, text):
    return stance_triples(extractor, text, published=date(2023, 3, 9))


def flip(polarity):
    return "oppose" if polarity == "support" else "support"


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # the relation's parties as the subject of a joint act under a modal, in a sentence about security
    ("\"Japan and Taiwan need to talk before a crisis, not during one,\" Tsai Ing-wen said.",
     "Tsai Ing-wen", "jp_tw_security_cooperation", "support"),
    ("Taro Aso said Tokyo and Taipei must now plan together for a blockade.",
     "Taro Aso", "jp_tw_security_cooperation", "support"),
    ("Taro Aso said Japan and Taiwan should not hold drills during the crisis.",
     "Taro Aso", "jp_tw_security_cooperation", "oppose"),
    # a progressive after a modal governs a verb-phrase keyword
    ("Lai Ching-te said Japan and Taiwan should be sharing surveillance data every day.",
     "Lai Ching-te", "jp_tw_security_cooperation", "support"),
    # the legal basis of the relation is official relations
    ("Keiji Furuya called for a Japanese version of the Taiwan Relations Act.",
     "Keiji Furuya", "jp_tw_official_relations", "support"),
    ("Tsai Ing-wen urged Tokyo to put relations with Taipei on a legal footing.",
     "Tsai Ing-wen", "jp_tw_official_relations", "support"),
    ("Lai Ching-te proposed vice-ministerial talks with Japan.", "Lai Ching-te", "jp_tw_official_relations", "support"),
    # the 1972 statement under its names and spellings; the PRC formulas
    ("Yoshimasa Hayashi said Japan's position remains as set out in the 1972 Japan-China Joint Statement.",
     "Yoshimasa Hayashi", "one_china_policy", "support"),
    ("Fumio Kishida said Japan would abide by the Japan-China Joint Communiqué.", "Fumio Kishida", "one_china_policy", "support"),
    ("\"Taiwan is an internal affair of China,\" Wang Wenbin said.", "Wang Wenbin", "one_china_policy", "support"),
    ("\"Taiwan is China's Taiwan,\" Mao Ning said.", "Mao Ning", "one_china_policy", "support"),
    # readiness and participation cues
    ("Taro Aso said Japan must be prepared to defend Taiwan.", "Taro Aso", "defense_of_taiwan", "support"),
    ("Rahm Emanuel urged Tokyo and Taipei to take part in trilateral security talks.",
     "Rahm Emanuel", "jp_tw_security_cooperation", "support"),
])
def test_position_read_and_held(seed_extractor, text, holder, topic, polarity):
    got = stances(seed_extractor, text)
    (holder_id,) = ids(seed_extractor, text, [holder])
    assert (holder_id, topic, polarity) in got, got
    assert (holder_id, topic, flip(polarity)) not in got


@pytest.mark.parametrize("text", [
    "Japan and Taiwan should talk about trade and tourism, Taro Aso said.",     # no security matter
    "Japan and Taiwan should share their crisis plans.",                         # the document's own recommendation
    "Japan and Taiwan held talks on fisheries, Taro Aso said.",                   # no modal: a report, not a position
])
def test_no_joint_position(seed_extractor, text):
    assert not {t for t in stances(seed_extractor, text) if t[1] == "jp_tw_security_cooperation"}


@pytest.mark.parametrize("sentence, found", [
    ("Japan and Taiwan need to talk before the crisis.", "talk"),
    ("Tokyo and Taipei must now think seriously, and together, about a blockade.", "together"),
    ("Japan and Taiwan need to talk about trade.", None),          # no context term
    ("Japan and China need to talk before the crisis.", None),      # not the relation's parties
])
def test_joint_reading(seed_extractor, sentence, found):
    cues = next(c for c in seed_extractor.topic_cues if c.topic_id == "jp_tw_security_cooperation")
    got = joint_reading(sentence, cues.joint, cues.context_terms)
    assert (got[1] if got else None) == found


def test_compile_joint_needs_both_lists():
    assert compile_joint(["Japan and Taiwan"], []) is None
    assert compile_joint(["Japan and Taiwan"], ["talk"]).search("Japan and Taiwan should talk")


def test_an_upper_case_label_names_its_speaker(seed_extractor):
    text = ("PRIME MINISTER KISHIDA: Japan's relations with Taiwan remain non-governmental.\n\n"
            "REPORTER (Kyodo News): Will you visit Beijing?\n\n"
            "PRIME MINISTER KISHIDA: Our position remains as stated in the 1972 Japan-China Joint Communique.")
    got = stances(seed_extractor, text)
    kishida = seed_extractor._caps_label_person("PRIME MINISTER KISHIDA")
    assert kishida is not None
    assert {(kishida, "jp_tw_official_relations", "oppose"), (kishida, "one_china_policy", "support")} <= got


@pytest.mark.parametrize("label, caps", [("PRIME MINISTER KISHIDA", True), ("MR. PRICE", True),
                                         ("Minister", False), ("REPORTER (Kyodo News)", False)])
def test_caps_label(label, caps):
    assert bool(CAPS_LABEL.fullmatch(label)) is caps


def test_a_wholly_quoted_paragraph_goes_on_with_the_last_speaker(seed_extractor):
    text = ("\"The waters are one theater,\" Tsai Ing-wen, a former president, a member of the party, told reporters.\n\n"
            "\"Japan and Taiwan should be sharing radar data in real time. Each side watches the same ships.\"")
    (tsai,) = ids(seed_extractor, text, ["Tsai Ing-wen"])
    assert (tsai, "jp_tw_security_cooperation", "support") in stances(seed_extractor, text)


@pytest.mark.parametrize("text, pos, quoted", [
    ("A said.\n\n\"We must talk. We must act.\"\n\nNext.", 12, True),
    ("A said.\n\n\"We must talk,\" a diplomat told me.\n\nNext.", 12, False),    # attributed in its own paragraph
    ("A said.\n\nThe ministry disagreed.", 12, False),
])
def test_wholly_quoted_paragraph(text, pos, quoted):
    assert wholly_quoted_paragraph(text, pos) is quoted


@pytest.mark.parametrize("text, n", [
    ("Japan has never endorsed it.1 Cooperation has been limited.", 2),
    ("He said \"the time has come.\"2 Tsai also urged Tokyo.", 2),
    ("A Track 1.5 Dialogue was held in May.", 1),                  # a decimal is no footnote
])
def test_footnote_number_ends_a_sentence(text, n):
    assert len(split_sentences(text)) == n


def test_announced_remarks_are_their_owners_words_until_the_narration_names_them(seed_extractor):
    text = ("On Monday, President Tsai Ing-wen met a delegation. A translation of President Tsai Ing-wen's remarks follows:\n\n"
            "Taiwan is willing to deepen security cooperation with Japan.\n\n"
            "The delegation then thanked President Tsai Ing-wen. Taro Aso proposed a security dialogue with Taiwan.")
    tsai, aso = ids(seed_extractor, text, ["Tsai Ing-wen", "Taro Aso"])
    got = stances(seed_extractor, text)
    assert (tsai, "jp_tw_security_cooperation", "support") in got
    # (the president's words open with her state: it holds them too, GUIDELINES "Officials and their states")
    assert (aso, "jp_tw_security_cooperation", "support") in got and {h for h, _, _ in got} - {"taiwan"} == {tsai, aso}


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # a participle's speaker is the main clause's subject, not a name inside the predicate ('what X called')
    ("Later, Hua Chunying summoned envoy Hideo Tarumi and lodged what the foreign ministry called protests, "
     "accusing Tokyo of interfering in China's internal affairs.", "Hua Chunying", "one_china_policy", "support"),
    ("Defense Minister Wellington Koo, who oversees the armed forces, was blunt, telling reporters that the "
     "coast guard hoped to hold joint drills with Japan.", "Wellington Koo", "jp_tw_security_cooperation", "support"),
    # a denied alteration affirms continuity
    ("Lu Kang said the move would not alter \"the fact that Taiwan is part of China.\"", "Lu Kang", "one_china_policy", "support"),
])
def test_holder_and_polarity_frames(seed_extractor, text, holder, topic, polarity):
    got = stances(seed_extractor, text)
    (holder_id,) = ids(seed_extractor, text, [holder])
    assert (holder_id, topic, polarity) in got, got
    assert {h for h, t, _ in got if t == topic} == {holder_id}, got


@pytest.mark.parametrize("text", [
    # an unnamed part of a party is no holder
    "Some in the Liberal Democratic Party have called for a Japanese version of the Taiwan Relations Act.",
    # a condition's own clause states no position
    "\"If Japanese troops were ever to take part in a war over Taiwan, China would respond,\" Wang Yi said.",
    # a context term that names an office is no security matter ('working group' needs one)
    "Former Minister of Defense Taro Aso said the council would set up a working group with Taiwan on trade.",
])
def test_no_stance(seed_extractor, text):
    assert not {t for t in stances(seed_extractor, text) if t[1] in ("jp_tw_official_relations", "defense_of_taiwan",
                                                                     "jp_tw_security_cooperation")}


def test_remarks_announced_in_the_deck_before_the_body(seed_extractor):
    from pipeline.extract.claims import DocumentInput
    deck = "On Monday, President Tsai Ing-wen met a delegation. A translation of President Tsai's remarks follows:\n\n"
    text = deck + "Taiwan is willing to deepen security cooperation with Japan."
    doc = DocumentInput("doc-0000000000000000", text, published_date=date(2022, 7, 28), body_start=len(deck), body_end=len(text))
    got = {(c["subject_ids"][0], c["topic_id"], c["polarity"]) for c in seed_extractor.extract(doc).claims if c["kind"] == "stance"}
    assert ("tsai-ing-wen", "jp_tw_security_cooperation", "support") in got


@pytest.mark.parametrize("text, found", [
    # 'it' opening a coordinated clause is the state that is the first clause's subject; ambiguity in reporting words
    ("The United States sells arms to Taiwan, but it has long left open whether it would intervene.",
     ("united-states", "us_strategic_clarity", "oppose")),
    ("The report praised Japan, but it did not call for security cooperation with Taiwan.", None),   # a report is no holder
])
def test_state_pronoun_after_a_coordinator(seed_extractor, text, found):
    got = stances(seed_extractor, text)
    assert (found in got) if found else not got, got
