"""Pure-function tests of the third stance round: partner phrases after a relation keyword, modifiers
inside keywords, continuity and contrastive negation, holding an event, transcript questions and role
labels, and the frames of quotations. Own example sentences, text in -> (holder, topic, polarity) out."""
from datetime import date

import pytest

from pipeline.extract.sentences import Sentence
from pipeline.extract.stance_frames import credited_by_act, stance_modality
from pipeline.extract.statements import after_quote_close, inside_quotation
from tests.test_stances import ids
from tests.test_stances import stances as stance_triples


def stances(extractor, text):
    return stance_triples(extractor, text, published=date(2022, 5, 4))


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # the partners named after a relation keyword do not part it from its predicate
    ("\"Defense cooperation between Taiwan and Japan must be strengthened,\" Tsai Ing-wen said.",
     "Tsai Ing-wen", "jp_tw_security_cooperation", "support"),
    ("Taro Aso said intelligence sharing with Taiwan is vital.", "Taro Aso", "jp_tw_security_cooperation", "support"),
    # a hyphenated modifier inside a keyword
    ("Lai Ching-te said Taiwan wants to share near-real-time intelligence with Japan.",
     "Lai Ching-te", "jp_tw_security_cooperation", "support"),
    # dismissals: 'so-called', 'a fantasy', 'a pretext', 'not in a position to'
    ("Wang Wenbin said the so-called security dialogue with Taiwan would fail.",
     "Wang Wenbin", "jp_tw_security_cooperation", "oppose"),
    ("\"A security dialogue with Taiwan is wishful thinking,\" Yoshimasa Hayashi said.",
     "Yoshimasa Hayashi", "jp_tw_security_cooperation", "oppose"),
    ("Yoshimasa Hayashi said Tokyo is not in a position to hold defense exchanges with Taiwan.",
     "Yoshimasa Hayashi", "jp_tw_security_cooperation", "oppose"),
    # a denied change affirms continuity: no flip of the cue after it
    ("Yoshimasa Hayashi said there is no change in Japan's position of maintaining unofficial relations with Taiwan.",
     "Yoshimasa Hayashi", "jp_tw_official_relations", "oppose"),
    # a contrast denies what follows it in its clause
    ("Wang Yi said Tokyo should keep its word rather than send envoys to help separatists resist reunification.",
     "Wang Yi", "one_china_policy", "support"),
    # a threat opposes the keyword it governs
    ("Ma Xiaoguang said Taiwan independence forces will pay a heavy price.", "Ma Xiaoguang", "taiwan_independence", "oppose"),
    # parties that hold security talks hold the position
    ("In May, when the Liberal Democratic Party held security talks with Taiwan's Democratic Progressive Party, "
     "China protested.", "Liberal Democratic Party", "jp_tw_security_cooperation", "support"),
    # saying a position plainly supports what it governs
    ("Bonnie Glaser said Washington should state plainly that it would defend Taiwan.",
     "Bonnie Glaser", "us_strategic_clarity", "support"),
    # a title in lower case before the speaker of a coordinated reporting verb
    ("Foreign Ministry spokesperson Wang Wenbin voiced \"strong dissatisfaction\" and said Japan must stop official "
     "exchanges with Taiwan.", "Wang Wenbin", "jp_tw_official_relations", "oppose"),
    # a passive pronoun speaker
    ("Taro Aso spoke in Taipei. \"Japan supports a security dialogue with Taiwan,\" he was quoted as saying.",
     "Taro Aso", "jp_tw_security_cooperation", "support"),
])
def test_position_read_and_held(seed_extractor, text, holder, topic, polarity):
    got = stances(seed_extractor, text)
    (holder_id,) = ids(seed_extractor, text, [holder])
    assert (holder_id, topic, polarity) in got, got
    assert (holder_id, topic, "oppose" if polarity == "support" else "support") not in got, got


def test_an_official_body_that_holds_a_drill_is_not_credited(seed_extractor):
    text = "The Japan Coast Guard and Taiwan's Coast Guard Administration held a joint exercise off Yonaguni."
    assert not {x for x in stances(seed_extractor, text) if x[1] == "jp_tw_security_cooperation"}


def test_a_quoted_verb_is_no_reporting_frame(seed_extractor):
    text = ("Bonnie Glaser spoke in Washington. \"The United States should state plainly that it would defend Taiwan. "
            "Ambiguity has had its day,\" she said.")
    got = stances(seed_extractor, text)
    glaser, us = ids(seed_extractor, text, ["Bonnie Glaser", "United States"])
    assert (glaser, "defense_of_taiwan", "support") in got, got
    assert not {x for x in got if x[0] == us}, got


def test_a_run_on_quotation_closes_before_a_later_quotation(seed_extractor):
    text = ("Kuan Bi-ling criticized the plan. \"A security dialogue with Japan is an illusion. It would gain us nothing,\" "
            "she said, and accused the cabinet of \"empty promises.\"")
    got = stances(seed_extractor, text)
    (kuan,) = ids(seed_extractor, text, ["Kuan Bi-ling"])
    assert (kuan, "jp_tw_security_cooperation", "oppose") in got, got


TRANSCRIPT = ("Minister: Good morning. I met Defence Minister Richard Marles yesterday.\n\n"
              "Reporter: Minister Yoshimasa Hayashi, Japan rejected a security dialogue with Taiwan last year. Your view?\n\n"
              "Minister: Japan is not in a position to hold a security dialogue with Taiwan.\n\n"
              "Reporter: A follow-up.\n\n"
              "Minister: Nothing more.\n")


def test_a_role_label_names_the_person_addressed_by_that_title_and_questions_hold_nothing(seed_extractor):
    got = stances(seed_extractor, TRANSCRIPT)
    hayashi, japan, marles = ids(seed_extractor, TRANSCRIPT, ["Yoshimasa Hayashi", "Japan", "Richard Marles"])
    assert (hayashi, "jp_tw_security_cooperation", "oppose") in got, got   # 'Minister:' is the minister addressed
    assert not {x for x in got if x[0] in (japan, marles)}, got          # the reporter's words hold no position


@pytest.mark.parametrize("before, modality, expected", [
    ("There is no change to Japan's position of ", "negated", "asserted"),
    ("The policy has not changed: Tokyo keeps ", "negated", "negated"),    # another clause's negation stands
    ("Japan should respect it rather than help them ", "asserted", "negated"),
    ("Japan will not ", "negated", "negated"),
    ("open talks with Taiwan, even if the talks have to ", "hypothetical", "concessive"),
])
def test_stance_modality(before, modality, expected):
    assert stance_modality(before, modality) == expected


@pytest.mark.parametrize("cue, kind, credited", [
    ("held", "political_party", True), ("held", "government_body", False), ("held", "state", False),
    ("proposed", "state", True),
])
def test_credited_by_act(cue, kind, credited):
    assert credited_by_act(cue, kind) is credited


@pytest.mark.parametrize("sentence, local, inside", [
    ("\"The US should state plainly that ...", 15, True),
    ("nothing,\" she said, and ...", 14, False),
    ("She said: “We should state it.”", 20, True),
    ("“We oppose it,” Hua said.", 20, False),
])
def test_inside_quotation(sentence, local, inside):
    assert inside_quotation(sentence, local) is inside


def test_after_quote_close_stops_at_the_next_quotation():
    text = "gain nothing,\" she said, and called it \"empty.\""
    s = Sentence(0, len(text), text)
    assert after_quote_close(s, text.index("said"))
    assert not after_quote_close(s, text.index("empty"))


def test_a_which_clause_holds_the_position_of_the_state_before_it(seed_extractor):
    text = "The visit angered Beijing, which claims Taiwan as its own territory, and Tokyo kept quiet."
    got = stances(seed_extractor, text)
    (china,) = ids(seed_extractor, text, ["Beijing"])
    assert (china, "one_china_policy", "support") in got, got


def test_he_said_refers_to_the_last_speaker_before_the_last_person_named(seed_extractor):
    text = ("Taro Aso said Lai Ching-te's speech was bold. \"Japan and Taiwan need a security dialogue now,\" he said.")
    got = stances(seed_extractor, text)
    aso, lai = ids(seed_extractor, text, ["Taro Aso", "Lai Ching-te"])
    assert (aso, "jp_tw_security_cooperation", "support") in got, got
    assert not {x for x in got if x[0] == lai}, got
