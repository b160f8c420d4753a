"""Event rules of the 1.5 round, each on general sentences written for the test (text in, event claims out),
on the seed knowledge: agreement signing, opposing, concern, normalisation, joint acts, reduced relatives."""
from datetime import date

import pytest

from tests.test_predicates import events as predicate_events

PUBLISHED = date(2024, 5, 24)     # a Friday


def events(extractor, text, published=PUBLISHED, asserted_only=True):
    return predicate_events(extractor, text, published=published, asserted_only=asserted_only)


def types(extractor, text):
    return sorted({e["predicate"] for e in events(extractor, text)})


@pytest.mark.parametrize("text", [
    "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.",
    "Taiwan and Japan signed a fisheries arrangement in 2013.",
    "Japan and Taiwan inked a memorandum on cooperation in search and rescue in 2017.",
    "Japan and the Philippines concluded a pact on defence equipment in 2020.",
])
def test_signing_an_agreement_is_one_agree(seed_extractor, text):
    # GUIDELINES: signed agreements are AGREE; the verb and the agreement noun are one act, not two types
    assert types(seed_extractor, text) == ["AGREE"]


@pytest.mark.parametrize("text", [
    "The president signed the bill into law on Monday.",
    "Fumio Kishida signed a book of condolence at the embassy.",
])
def test_signing_a_law_or_a_book_is_no_agreement(seed_extractor, text):
    assert "AGREE" not in types(seed_extractor, text)


def test_agreement_signed_by_named_parties_is_their_act(seed_extractor):
    text = "Lin Jian voiced concern over the reciprocal access agreement signed by Japan and the Philippines on Monday."
    agree = [e for e in events(seed_extractor, text) if e["predicate"] == "AGREE"]
    assert agree and set(agree[0]["subject_ids"]) == {"japan", "philippines"} and agree[0]["object_ids"] == []


@pytest.mark.parametrize("text", [
    "China opposed the deployment on Monday.",
    "Japan conveyed its serious concern to the Chinese side on Tuesday.",
    "China expressed grave concern over the drills on Tuesday.",
    "Japan voiced its strong opposition to the plan on Monday.",
])
def test_opposing_and_concern_are_accusations(seed_extractor, text):
    # GUIDELINES: criticism, "opposes" = ACCUSE
    assert types(seed_extractor, text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Japan held talks with the opposition on Monday.",
    "China signed a memorandum on cooperation with Laos on Monday.",
])
def test_a_noun_after_a_preposition_is_no_light_verb_object(seed_extractor, text):
    # 'opposition' / 'cooperation' complement another noun: only the first act counts
    assert "ACCUSE" not in types(seed_extractor, text) and "COOPERATE" not in types(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "Japan and China normalized diplomatic relations in 1972.",
    "China and Japan normalised ties in 1972.",
    "Japan switched diplomatic recognition to Beijing in 1972.",
])
def test_normalisation_in_every_wording_is_cooperation(seed_extractor, text):
    assert types(seed_extractor, text) == ["COOPERATE"]


@pytest.mark.parametrize("text, expected", [
    ("The People's Liberation Army launched joint drills around Taiwan on Thursday.", "MOBILIZE"),   # its own services
    ("Japan held joint drills with the Philippines on Thursday.", "COOPERATE"),                     # a partner
    ("Japan and the Philippines held joint drills on Thursday.", "COOPERATE"),                      # two subjects
])
def test_joint_acts_need_a_partner(seed_extractor, text, expected):
    assert types(seed_extractor, text) == [expected]


@pytest.mark.parametrize("text, speaker", [
    ('Foreign Ministry spokesperson Mao Ning said on Friday that China "firmly opposes" the new alliance.', "mao-ning"),
    ("“China strongly condemns the visit,” Lin Jian told a press conference on Friday.", "lin-jian"),
])
def test_speakers_own_state_present_position_is_the_speakers_act(seed_extractor, text, speaker):
    # a spokesperson voicing the state's position performs the accusation by saying it
    acc = [e for e in events(seed_extractor, text) if e["predicate"] == "ACCUSE"]
    assert acc and acc[0]["subject_ids"] == [speaker]


@pytest.mark.parametrize("text", [
    "China opposes the plan, Yoshimasa Hayashi said on Friday.",          # another state's position: reported, not voiced
    "Japan regularly criticizes the drills, Yoshimasa Hayashi said.",     # habitual
])
def test_no_performed_act_for_other_states_or_habits(seed_extractor, text):
    assert [e for e in events(seed_extractor, text) if e["predicate"] == "ACCUSE"] == []


def test_coordinated_verb_with_its_own_auxiliary_shares_the_subject(seed_extractor):
    text = 'Guo Jiakun said on Friday that China "firmly opposes" the visit and had lodged representations with Tokyo.'
    acc = [e for e in events(seed_extractor, text) if e["predicate"] == "ACCUSE"]
    assert acc and all(e["subject_ids"] == ["guo-jiakun"] for e in acc)


@pytest.mark.parametrize("text, expected", [
    ("On April 11, Joe Biden met Fumio Kishida. The day before, Biden and Kishida agreed to upgrade the alliance.",
     ("AGREE", date(2024, 4, 10))),
    ("On April 11, Joe Biden met Fumio Kishida. Earlier that day, Biden met Ferdinand Marcos.",
     ("CONSULT", date(2024, 4, 11))),
    ("Joe Biden visited Manila on April 11. The next day, Biden met Ferdinand Marcos.",
     ("CONSULT", date(2024, 4, 12))),
])
def test_anaphoric_days_count_from_the_last_named_day(seed_extractor, text, expected):
    assert expected in {(e["predicate"], e["date_start"]) for e in events(seed_extractor, text)}


def test_anaphoric_day_without_a_named_day_invents_no_day(seed_extractor):
    found = events(seed_extractor, "In 2023, Joe Biden met Fumio Kishida. The day before, Biden and Kishida agreed to meet.")
    assert [e["date_precision"] for e in found if e["predicate"] == "AGREE"] in (["year"], ["unknown"])


def test_a_later_clause_opened_by_a_sequence_marker_is_another_occasion(seed_extractor):
    text = "On April 11, Joe Biden met Ferdinand Marcos, and the following day he spoke by telephone with Fumio Kishida."
    found = sorted((e["date_start"], tuple(e["subject_ids"])) for e in events(seed_extractor, text) if e["predicate"] == "CONSULT")
    assert found == [(date(2024, 4, 11), ("joe-biden",)), (date(2024, 4, 12), ("joe-biden",))]


@pytest.mark.parametrize("text, plover", [
    ("Lai Ching-te proposed that Taipei and Tokyo set up a regular coast guard dialogue.", "COOPERATE"),
    ("Japan demanded that China release the detained crew.", "RETREAT"),
])
def test_a_subjunctive_that_clause_is_prescribed_not_done(seed_extractor, text, plover):
    assert plover not in types(seed_extractor, text)


def test_a_past_verb_after_suggested_that_stays_reported(seed_extractor):
    assert "MOBILIZE" in types(seed_extractor, "Fumio Kishida suggested that China had deployed warships near Taiwan.")


@pytest.mark.parametrize("text, plover, source", [
    ("Japan's previous delegation visited Taiwan in October last year.", "CONSULT", "japan"),
    ("China's warships sailed through the Taiwan Strait on Monday.", "MOBILIZE", "china"),
])
def test_an_owner_acts_through_its_delegation_or_assets(seed_extractor, text, plover, source):
    assert [e["subject_ids"] for e in events(seed_extractor, text) if e["predicate"] == plover] == [[source]]


def test_another_possessed_noun_names_no_subject(seed_extractor):
    assert events(seed_extractor, "Beijing's intentions worried Japan, and China's statement condemned nobody.") == []


@pytest.mark.parametrize("text, source", [
    ("A delegation led by Keiji Furuya, chairman of the Japan-Taiwan Exchange Association, met Lai Ching-te in Taipei.",
     "keiji-furuya"),
    ("Zhu Fenglian, a spokesperson for the Taiwan Affairs Office, criticized Japan on Monday.", "zhu-fenglian"),
])
def test_the_name_an_appositive_describes_is_the_subject(seed_extractor, text, source):
    assert [e["subject_ids"] for e in events(seed_extractor, text)][:1] == [[source]]


def test_an_appositive_after_a_prepositions_object_names_no_subject(seed_extractor):
    text = "Experts on relations between Japan and China, including scholars at Tamkang University, met Lai Ching-te."
    assert events(seed_extractor, text) == []


@pytest.mark.parametrize("text, speaker", [
    ('Mao Ning said on Wednesday that the transit was "a provocation aimed at seeking independence."', "mao-ning"),
    ('Antony Blinken said the coast guard law was "inconsistent with international law."', "antony-blinken"),
    ('"The remarks are extremely inappropriate," Yoshimasa Hayashi told a news conference on Tuesday.', "yoshimasa-hayashi"),
])
def test_a_negative_evaluation_in_reported_words_is_an_accusation(seed_extractor, text, speaker):
    assert [e["subject_ids"] for e in events(seed_extractor, text) if e["predicate"] == "ACCUSE"] == [[speaker]]


@pytest.mark.parametrize("text", [
    "Lin Jian said the drills were not a provocation.",                     # negated complement
    "Lin Jian said the drills were routine and lawful.",                    # no evaluation
    "Mao Ning did not say whether the visit was a provocation.",            # a negated frame
    "Mao Ning would say only that the visit was inappropriate.",            # a hypothetical frame
])
def test_no_accusation_without_an_asserted_negative_evaluation(seed_extractor, text):
    assert [e for e in events(seed_extractor, text) if e["predicate"] == "ACCUSE"] == []


@pytest.mark.parametrize("text, plover, source", [
    ("Japan's foreign minister summoned China's ambassador on Tuesday.", "ACCUSE", "japan"),
    ("China's ambassador lodged a protest with Japan on Monday.", "ACCUSE", "china"),
])
def test_an_owner_acts_through_the_holders_of_its_offices(seed_extractor, text, plover, source):
    assert [e["subject_ids"] for e in events(seed_extractor, text) if e["predicate"] == plover] == [[source]]


def test_a_later_that_clause_pronoun_is_the_speaker(seed_extractor):
    text = "Cheng Yonghua said on Tuesday that the islands were Chinese territory and that he had urged Japan to remain calm."
    assert [(e["predicate"], e["subject_ids"]) for e in events(seed_extractor, text)] == [("REQUEST", ["cheng-yonghua"])]


def test_a_time_inside_a_that_complement_does_not_date_the_trigger(seed_extractor):
    text = "Noda urged Takaichi to state that Japan would keep the policy set out in the Joint Communique of 1972."
    assert [e["date_start"] for e in events(seed_extractor, text) if e["predicate"] == "REQUEST"] == [None]


@pytest.mark.parametrize("text, expected", [
    ("It was a measure Tokyo has protested.", "ACCUSE"),                                 # a state: formal protest
    ("China's foreign ministry protested the visit on Monday.", "ACCUSE"),              # a government body
])
def test_an_official_protest_is_an_accusation(seed_extractor, text, expected):
    assert types(seed_extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Japan yesterday lodged a protest with China.",
    "China today strongly condemned the visit.",
    "Japan on Monday morning lodged a protest with China.",
])
def test_a_day_adverb_may_stand_between_subject_and_verb(seed_extractor, text):
    assert [e["predicate"] for e in events(seed_extractor, text)] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    '"We urge Japan to stop sending wrong signals," Guo Jiakun said on Monday.',
    '"China firmly opposes the visit. We urge Japan to stop," Guo Jiakun told a news conference on Monday.',
])
def test_a_verbal_act_in_quoted_words_is_dated_by_the_reporting_frame(seed_extractor, text):
    found = [e for e in events(seed_extractor, text) if e["subject_ids"] == ["guo-jiakun"]]
    assert found and {e["date_start"] for e in found} == {date(2024, 5, 20)}


@pytest.mark.parametrize("text, source", [
    ("Taiwan's Coast Guard Administration sent cutters to shadow the Chinese vessels on Monday.", "tw-coast-guard-administration"),
    ("China's military sent a drone between Yonaguni and Taiwan on Tuesday.", "pla"),
])
def test_sending_military_assets_is_mobilisation(seed_extractor, text, source):
    assert [e["subject_ids"] for e in events(seed_extractor, text) if e["predicate"] == "MOBILIZE"] == [[source]]


def test_selling_drones_is_no_mobilisation(seed_extractor):
    assert types(seed_extractor, "The United States sold drones to Taiwan in 2023.") == ["AID"]


def test_establishing_an_internal_body_is_no_cooperation_but_the_coordinated_act_counts(seed_extractor):
    text = "The ROC Armed Forces on Monday established a response center and dispatched patrol aircraft."
    assert [(e["predicate"], e["subject_ids"]) for e in events(seed_extractor, text)] == [("MOBILIZE", ["roc-armed-forces"])]


def test_establishing_a_dialogue_is_cooperation(seed_extractor):
    assert types(seed_extractor, "Japan and Taiwan set up a maritime dialogue in 2016.") == ["COOPERATE"]
