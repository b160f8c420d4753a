"""Pure-function tests of the stance rules (pipeline/extract/stances.py and ClaimExtractor.stances) on
the real seeds: text in -> (holder, topic, polarity) records out."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput


def stances(extractor, text, *, published=date(2021, 8, 27)):
    """The (holder, topic, polarity) triples of the stance claims the extractor reads in text."""
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    ext = extractor.extract(doc)
    return {(c["subject_ids"][0], c["topic_id"], c["polarity"]) for c in ext.claims if c["kind"] == "stance"}


def ids(extractor, text, names):
    """The actor IDs of the named mentions, in order."""
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    found = {m["text"]: m["actor_id"] for m in extractor.extract(doc).mentions}
    return [found[n] for n in names]


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # a cue governing an inverse keyword flips: opposing official contacts upholds one-China
    ("“China firmly opposes all forms of official interactions with Taiwan,” Zhao Lijian said.",
     "Zhao Lijian", "one_china_policy", "support"),
    # a self-sufficient phrase needs no cue; the pronoun speaker holds it
    ("Shinzo Abe spoke in Taipei. “A Taiwan contingency is a Japan contingency,” he said.",
     "Shinzo Abe", "defense_of_taiwan", "support"),
    # a prescriptive sentence by a named speaker still expresses the speaker's position
    ("Taro Aso said Japan must protect Taiwan.", "Taro Aso", "defense_of_taiwan", "support"),
    # negation flips the cue
    ("Japan does not support Taiwan independence, Yoshihide Suga said.", "Yoshihide Suga", "taiwan_independence", "oppose"),
    # the clause subject of a position verb holds it (cue inflected: proposed)
    ("Tsai Ing-wen proposed a security dialogue with Japan.", "Tsai Ing-wen", "jp_tw_security_cooperation", "support"),
    # the subject, not the object of 'urged X to'
    ("Japan urged China to respect the one-China principle.", "Japan", "one_china_policy", "support"),
])
def test_stance_holder_topic_polarity(seed_extractor, text, holder, topic, polarity):
    got = stances(seed_extractor, text)
    (holder_id,) = ids(seed_extractor, text, [holder])
    assert (holder_id, topic, polarity) in got, got
    assert (holder_id, topic, "oppose" if polarity == "support" else "support") not in got


def test_coordinated_speakers_all_hold(seed_extractor):
    text = "Fumio Kishida and U.S. President Joe Biden reaffirmed there has been no change in their respective one-China policies."
    got = stances(seed_extractor, text)
    kishida, biden = ids(seed_extractor, text, ["Fumio Kishida", "Joe Biden"])
    assert {(kishida, "one_china_policy", "support"), (biden, "one_china_policy", "support")} <= got
    assert not any(h not in (kishida, biden) for h, _, _ in got)


@pytest.mark.parametrize("text", [
    "Japan should defend Taiwan.",                                       # the document's own recommendation
    "Tokyo will expand security cooperation with Taipei.",               # the document's own forecast
    "Support for security cooperation has grown in Japan.",               # no named holder
    "The transfer of arms would be a dangerous operation for Japan, whose security dialogue with the US is old.",
    "The support of the public matters, and analysts mentioned security cooperation at length in the annex.",  # cue far away
])
def test_no_stance_without_a_holder_or_in_the_documents_voice(seed_extractor, text):
    assert stances(seed_extractor, text) == set()


def test_one_stance_per_holder_and_topic_in_a_sentence(seed_extractor):
    text = "Joseph Wu supports a security dialogue and supports security cooperation with Japan."
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    claims = [c for c in seed_extractor.extract(doc).claims if c["kind"] == "stance"]
    keys = [(c["subject_ids"][0], c["topic_id"]) for c in claims]
    assert keys and len(keys) == len(set(keys))


def test_think_tank_is_no_reporting_verb(seed_extractor):
    text = "Speaking to the US think tank on Monday, Deputy Defense Minister Yasuhide Nakayama said, “We have to protect Taiwan.”"
    got = stances(seed_extractor, text)
    (us,) = ids(seed_extractor, text, ["US"])
    assert not any(h == us for h, _, _ in got)


# -- statements as events ---------------------------------------------------------------------
def statement_events(extractor, text):
    doc = DocumentInput("doc-0000000000000000", text, published_date=date(2021, 8, 27), body_start=0, body_end=len(text))
    ext = extractor.extract(doc)
    names = {m["actor_id"]: m["text"] for m in ext.mentions}
    return [(c["predicate"], [names.get(a, a) for a in c["subject_ids"]], c["date_start"])
            for c in ext.claims if c["kind"] == "event" and c["modality"] == "asserted"]


@pytest.mark.parametrize("text, plover, speaker, day", [
    ("“China firmly opposes all forms of official interactions with Taiwan,” Zhao Lijian said on Friday.",
     "ACCUSE", "Zhao Lijian", date(2021, 8, 27)),
    ("On June 28, Yasuhide Nakayama was outspoken, saying, “We have to protect Taiwan.”",
     "SUPPORT", "Yasuhide Nakayama", date(2021, 6, 28)),
    ("Taro Aso said on Tuesday that Japan must defend Taiwan if China attacked it in 2027.",
     "SUPPORT", "Taro Aso", date(2021, 8, 24)),
])
def test_a_reported_position_is_a_verbal_act_dated_by_its_reporting_clause(seed_extractor, text, plover, speaker, day):
    assert (plover, [speaker], day) in statement_events(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "Joe Biden did not say whether Washington would defend Taiwan.",        # the speaking itself is negated
    "Shinzo Abe repeatedly stated that Japan must defend Taiwan.",          # habitual: no single act
    "Japan maintains that it must protect Taiwan, Yoshihide Suga says often.",  # standing position, present
    "Lai Ching-te said Taiwan hoped to deepen security cooperation with Japan.",  # a policy wish, not support for a party
])
def test_no_statement_event(seed_extractor, text):
    assert not [e for e in statement_events(seed_extractor, text) if e[0] in ("SUPPORT", "ACCUSE")]


def test_a_position_verb_with_its_own_event_is_not_doubled(seed_extractor):
    got = statement_events(seed_extractor, "Tsai Ing-wen proposed a security dialogue with Japan on Friday.")
    assert [e[0] for e in got] == ["REQUEST"]


# -- attribution and actors ---------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("\"The Taiwan question is China's internal affair,\" said Hua Chunying, a spokesperson for the ministry.", "Hua Chunying"),
    ("“Japan is showing backbone,” said Mark Hollins, a retired colonel.", "Mark Hollins"),
    ("Mark Hollins said Japan must protect Taiwan.", "Mark Hollins"),
])
def test_speaker_after_a_quote_and_persons_introduced_by_a_reporting_verb(seed_extractor, text, speaker):
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    ext = seed_extractor.extract(doc)
    ids = {m["text"]: m["actor_id"] for m in ext.mentions}
    assert speaker in ids
    assert {c["claimant_id"] for c in ext.claims} == {ids[speaker]}


@pytest.mark.parametrize("text, absent", [
    ("The drill was held off Chiba Prefecture last July.", "Chiba Prefecture"),
    ("The Global Times said the talks were provocative.", "Global Times said"),
    ("Analysts in Hualien County said the drills were large.", "Hualien County"),
])
def test_places_and_media_are_no_discovered_people_or_organisations(seed_extractor, text, absent):
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    ext = seed_extractor.extract(doc)
    assert not any(d.name == absent.replace(" said", "") and d.actor_type in ("person", "government_body")
                   for d in ext.discovered.values())


@pytest.mark.parametrize("text, plover", [
    ("Nobuo Kishi called Taiwan “an important friend” on Friday.", "SUPPORT"),     # naming, not a phone call
    ("Wang Yi called Japan a troublemaker on Friday.", "ACCUSE"),
    ("Nobuo Kishi called Taiwan on Friday.", "CONSULT"),                            # a call
])
def test_a_naming_verb_takes_its_type_from_the_complement(seed_extractor, text, plover):
    assert [e[0] for e in statement_events(seed_extractor, text)] == [plover]


def test_a_neutral_naming_is_no_event(seed_extractor):
    assert statement_events(seed_extractor, "Nobuo Kishi called Taiwan a region on Friday.") == []


def test_a_negated_reporting_verb_expresses_no_position(seed_extractor):
    assert stances(seed_extractor, "Joe Biden did not say whether Washington would defend Taiwan.") == set()


def test_an_indirect_question_holds_no_position(seed_extractor):
    assert stances(seed_extractor, "The question is whether or not Tokyo will send active-duty uniformed officers to Taipei.") == set()


def test_a_cue_after_a_comma_does_not_govern_the_keyword_before_it(seed_extractor):
    text = "While Japan acknowledges its interests in a Taiwan contingency, it maintains that peace matters."
    assert not any(t == "defense_of_taiwan" for _, t, _ in stances(seed_extractor, text))


@pytest.mark.parametrize("text, holds", [
    ("Japanese Defense Minister Minoru Kihara and his Philippine counterpart Gilberto Teodoro agreed to expand joint exercises.", False),
    ("Taiwan hoped to deepen security cooperation with Japan, including information on Chinese military activities, Lai Ching-te said.", True),
    ("The two sides agreed to expand coast guard cooperation, Lai Ching-te said.", True),      # no country named: may be about it
])
def test_a_relation_topic_needs_no_other_partner(seed_extractor, text, holds):
    assert any(topic == "jp_tw_security_cooperation" for _, topic, _ in stances(seed_extractor, text)) is holds


@pytest.mark.parametrize("text, expected", [
    ("Japan should not upgrade its relations with Taiwan, Hua Chunying said.",
     ("hua-chunying", "jp_tw_official_relations", "oppose")),
    ("Lai Ching-te said Taiwan hoped Japan would upgrade its ties with Taipei.",
     ("lai-ching-te", "jp_tw_official_relations", "support")),
])
def test_a_possessive_may_follow_a_keywords_first_word(seed_extractor, text, expected):
    assert expected in stances(seed_extractor, text)


# -- extractor 1.4.x stance round: holders, frames, vocabulary classes ---------------------------------------
def _holder_topic_polarity(extractor, text, holder, topic, polarity):
    got = stances(extractor, text)
    (holder_id,) = ids(extractor, text, [holder])
    return got, (holder_id, topic, polarity)


HOLDERS_FRAMES_VOCABULARY = [
    # the speaker of an apposition or a relative clause, not the name inside it
    ("Wang Yi, a spokesman for the Chinese Foreign Ministry, said Beijing firmly opposes official contacts with Taiwan.",
     "Wang Yi", "jp_tw_official_relations", "oppose"),
    ("Taro Aso, who visited Taiwan last week, said Japan supports a security dialogue with Taiwan.",
     "Taro Aso", "jp_tw_security_cooperation", "support"),
    ("Foreign Minister Joseph Wu (吳釗燮) on Monday said Taipei welcomed security cooperation with Tokyo.",
     "Joseph Wu", "jp_tw_security_cooperation", "support"),
    # an opposing frame over a support cue: the frame's polarity
    ("Zhao Lijian said the visit was a provocation aimed at promoting Taiwan independence.",
     "Zhao Lijian", "taiwan_independence", "oppose"),
    ("Mao Ning accused the Japanese lawmakers of seeking to split the country.", "Mao Ning", "taiwan_independence", "oppose"),
    ("\"Attempts to pursue independence with foreign help are doomed to fail,\" Ma Xiaoguang said.",
     "Ma Xiaoguang", "taiwan_independence", "oppose"),
    # condemnation nouns govern the keyword like verbs
    ("Wu Qian said the exercise was a stern warning against separatist forces.", "Wu Qian", "taiwan_independence", "oppose"),
    # a relative clause holds the position of the name it follows
    ("Kishida met Shinzo Abe, who had called a Taiwan contingency a Japanese contingency, in 2021.",
     "Shinzo Abe", "defense_of_taiwan", "support"),
    # a prescriptive modal with one verb before the keyword, by a named speaker
    ("Yoshimasa Hayashi said Japan and Taiwan should set up a hotline between their coast guards.",
     "Yoshimasa Hayashi", "jp_tw_security_cooperation", "support"),
    # generic cooperation vocabulary counts where the sentence names a security matter
    ("Tsai Ing-wen said Taiwan hopes to deepen cooperation with Japan on maritime security.",
     "Tsai Ing-wen", "jp_tw_security_cooperation", "support"),
    # the wire-copy description of Beijing's claim
    ("China claims Taiwan as its own territory.", "China", "one_china_policy", "support"),
    # a statement of sovereignty is an independence position
    ("Lai Ching-te said Taiwan is a sovereign state.", "Lai Ching-te", "taiwan_independence", "support"),
]


def test_a_states_declared_position_is_held_by_the_state_and_the_speaker(seed_extractor):
    text = "Yoshimasa Hayashi said Japan's position was to maintain non-governmental working relations with Taiwan."
    got = stances(seed_extractor, text)
    hayashi, japan = ids(seed_extractor, text, ["Yoshimasa Hayashi", "Japan"])
    assert {(hayashi, "jp_tw_official_relations", "oppose"), (japan, "jp_tw_official_relations", "oppose")} <= got


def test_a_quotation_that_goes_on_keeps_its_speaker(seed_extractor):
    text = ("\"Tokyo has waited too long,\" said Yoshimasa Hayashi. "
            "\"Japan and Taiwan need a security dialogue now.\"")
    got = stances(seed_extractor, text)
    (hayashi,) = ids(seed_extractor, text, ["Yoshimasa Hayashi"])
    assert (hayashi, "jp_tw_security_cooperation", "support") in got, got


@pytest.mark.parametrize("text", [
    # another relation named right after the keyword (the one-China reading stays: it names no relation)
    ("\"We firmly oppose any official interaction between the United States and the Taiwan region,\" Zhu Fenglian said."),
    # acts are no positions: holding drills, a name that modifies a noun
    "The People's Liberation Army launched joint drills around Taiwan on Thursday.",
    "The Taiwan question is a red line.",
    # generic cooperation without a security matter
    "Tsai Ing-wen said Taiwan hopes to deepen cooperation with Japan on trade and tourism.",
    # a modal before a copula is no prescription of the keyword
    "A Chinese blockade would be a blow to security cooperation, Taro Aso said.",
    # the document's own prescription holds nothing
    "Japan should set up a hotline with Taiwan's coast guard.",
])
def test_stance_round_no_position(seed_extractor, text):
    topics = ("jp_tw_official_relations", "jp_tw_security_cooperation") + (() if "United States" in text else ("one_china_policy",))
    got = {(h, t, p) for h, t, p in stances(seed_extractor, text) if t in topics}
    assert not got, got


NOMINAL_CUES_AND_COORDINATION = [
    # a nominal cue in the speaker's apposition
    ("\"Tokyo is moving,\" said Grant Newsham, a retired US Marine colonel and a strong proponent of Taiwanese defense.",
     "Grant Newsham", "defense_of_taiwan", "support"),
    # a cue after the keyword across 'and' belongs to the next verb phrase, not to the keyword
    ("Mao Ning urged Japan to abide by the one-China principle and to refrain from provocations.",
     "Mao Ning", "one_china_policy", "support"),
]


@pytest.mark.parametrize("text, topic", [
    # a modal governs a keyword only through a verb of setting up, never 'require'
    ("\"A technical channel would not require diplomatic relations,\" Taro Aso said.", "jp_tw_official_relations"),
    # clarity about something else is not strategic clarity
    ("Yoshihiko Noda urged the prime minister to state clearly that Japan would keep its one-China policy.", "us_strategic_clarity"),
    # 'the Taiwan question' names the matter, not a position on it
    ("\"Japan must stop making trouble on the Taiwan question,\" Guo Jiakun said.", "one_china_policy"),
    # a quoted sentence whose speaker is unknown: its subject is only mentioned
    ("\"The Japanese side keeps sending wrong signals to Taiwan independence forces.\"", "taiwan_independence"),
    # a keyword opening an institution's name
    ("Taiwan's defense ministry said it would establish a new command.", "defense_of_taiwan"),
])
def test_stance_round_no_reading(seed_extractor, text, topic):
    assert not {x for x in stances(seed_extractor, text) if x[1] == topic}, stances(seed_extractor, text)


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # an object between a warning verb and its 'against'
    ("Beijing has warned Tokyo against sending active-duty officers to Taiwan.", "Beijing", "jp_tw_official_relations", "oppose"),
    # 'whom X denounces': X holds the position, not the name before 'whom'
    ("The drills came days after Lai Ching-te, whom Beijing denounces as a separatist, took office.",
     "Beijing", "taiwan_independence", "oppose"),
])
def test_stance_round_object_slot_and_whom(seed_extractor, text, holder, topic, polarity):
    got, want = _holder_topic_polarity(seed_extractor, text, holder, topic, polarity)
    assert want in got, got


def test_the_name_before_whom_holds_nothing(seed_extractor):
    text = "The drills came days after Lai Ching-te, whom Beijing denounces as a separatist, took office."
    (lai,) = ids(seed_extractor, text, ["Lai Ching-te"])
    assert not {x for x in stances(seed_extractor, text) if x[0] == lai}


def test_a_position_in_the_speakers_apposition_is_no_statement_event(seed_extractor):
    text = "\"Tokyo is moving,\" said Grant Newsham, a retired US Marine colonel and a strong proponent of Taiwanese defense."
    assert not statement_events(seed_extractor, text)


def test_a_negated_consideration_of_involvement_opposes_defending_taiwan(seed_extractor):
    text = "Taro Kono told reporters that Japan was not considering military involvement in a conflict over Taiwan."
    got, want = _holder_topic_polarity(seed_extractor, text, "Taro Kono", "defense_of_taiwan", "oppose")
    assert want in got, got


COORDINATED_SPEAKER_AND_FRAMES = [
    # the subject of a coordinated finite verb is the speaker of 'and said'
    ("Taiwan's Foreign Ministry welcomed the visit and said it looked forward to deepening security cooperation with Japan.",
     "Taiwan's Foreign Ministry", "jp_tw_security_cooperation", "support"),
    # two verbs sharing an opposing frame's object
    ("Lin Jian urged Japan to stop conniving at and supporting Taiwan independence separatist forces.",
     "Lin Jian", "taiwan_independence", "oppose"),
    # a negated 'accept' of the PRC's formula
    ("Wellington Koo said Taiwan would never accept \"one country, two systems.\"", "Wellington Koo", "taiwan_independence", "support"),
    # self-determination wordings
    ("Lai Ching-te said Taiwan's future must be decided by its 23 million people.", "Lai Ching-te", "taiwan_independence", "support"),
]


@pytest.mark.parametrize("text, holder, polarity", [
    # a speaker who says that someone else damages a principle upholds it
    ("Mao Ning said the visit seriously violated the one-China principle.", "Mao Ning", "support"),
    ("\"Japan's actions undermine the one-China principle,\" Mao Ning said.", "Mao Ning", "support"),
    # the speaker's own state's act stays the speaker's position
    ("Fumio Kishida said Japan would not undermine the one-China principle.", "Fumio Kishida", "support"),
    # without a speaker, the damage is the subject's position
    ("The Democratic Progressive Party has undermined the one-China principle.", "Democratic Progressive Party", "oppose"),
])
def test_a_reported_damage_to_a_principle(seed_extractor, text, holder, polarity):
    got, want = _holder_topic_polarity(seed_extractor, text, holder, "one_china_policy", polarity)
    assert want in got, got


def test_a_reported_violation_is_an_accusation(seed_extractor):
    events = statement_events(seed_extractor, "Mao Ning said on Monday the visit seriously violated the one-China principle.")
    assert [p for p, _, _ in events] == ["ACCUSE"], events


def test_adjectives_of_commitment_are_support_cues(seed_extractor):
    text = "Rahm Emanuel said the US commitment to Taiwan remained unwavering."
    got, want = _holder_topic_polarity(seed_extractor, text, "Rahm Emanuel", "defense_of_taiwan", "support")
    assert want in got, got


@pytest.mark.parametrize("text, holder, topic, polarity",
                         HOLDERS_FRAMES_VOCABULARY + NOMINAL_CUES_AND_COORDINATION + COORDINATED_SPEAKER_AND_FRAMES)
def test_stance_round_holder_topic_polarity(seed_extractor, text, holder, topic, polarity):
    got, want = _holder_topic_polarity(seed_extractor, text, holder, topic, polarity)
    assert want in got, got
    assert (want[0], topic, "oppose" if polarity == "support" else "support") not in got
