"""Pure-function tests of the event-predicate rules (pipeline/extract/predicates.py and
ClaimExtractor.events) on the real seeds: text in -> asserted event records out."""
from datetime import date
from pathlib import Path

import pytest

from pipeline.quality import release_quality
from pipeline.extract.claims import DocumentInput
from pipeline.extract.lexicon import form_kind, inflection_kinds

PUBLISHED = date(2021, 8, 27)   # a Friday


def events(extractor, text, published=PUBLISHED, asserted_only=True):
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    claims = extractor.extract(doc).claims
    return [c for c in claims if c["kind"] == "event" and (c["modality"] == "asserted" or not asserted_only)]


def event_types(extractor, text):
    """The PLOVER types of the asserted events of a text."""
    return {e["predicate"] for e in events(extractor, text)}


def event_acts(extractor, text):
    """(type, sorted source IDs) of the asserted events of a text."""
    return {(e["predicate"], tuple(sorted(e["subject_ids"]))) for e in events(extractor, text)}


@pytest.mark.parametrize("lemma, form, kind", [
    ("reject", "rejected", "past"), ("reject", "rejects", "pres3"), ("reject", "rejecting", "ing"),
    ("meet", "met", "past"), ("set up", "set up", "past"), ("hold talks", "held talks", "past"),
])
def test_inflection_kinds(seed_knowledge, lemma, form, kind):
    assert form_kind(inflection_kinds(lemma, seed_knowledge.irregular_verbs)[form]) == kind


@pytest.mark.parametrize("text", [
    "China frequently probes Japanese air defenses.",                     # generic present
    "Japan has repeatedly rejected Taiwanese requests.",                   # habitual adverb
    "Beijing's intentions to invade Taiwan worry Tokyo.",                   # possessor is no subject
    "Tokyo plans to send a destroyer to Manila.",                          # infinitive under a plan
    "Japan did not reject the proposal.",                                  # negation
    "Taiwan was criticized in the report.",                                # agentless passive
    "There have been calls in Tokyo for dispatching officers to Taipei.",  # gerund, bare noun
    "The proposed dialogue between Japan and Taiwan never happened.",      # adjectival participle
])
def test_no_asserted_event(seed_extractor, text):
    assert events(seed_extractor, text) == []


@pytest.mark.parametrize("text, plover, sources, targets", [
    ("Taipei and Tokyo held unprecedented security talks on Friday.", "CONSULT", ["taiwan", "japan"], []),
    ("Beijing lodged a strong protest with Tokyo.", None, ["china"], ["japan"]),
    ("The Japan Coast Guard and Taiwan's Coast Guard Administration held their first joint drill.", "COOPERATE",
     ["jp-coast-guard", "tw-coast-guard-administration"], []),
    ("It was a platform set up by the United States in 2015.", "COOPERATE", ["united-states"], []),
    ("The delegation was led by Keiji Furuya, a lawmaker, who met Lai Ching-te on Monday.", "CONSULT",
     ["keiji-furuya"], ["lai-ching-te"]),
    ("Wellington Koo said the ministry had acted and urged Beijing to stop.", "REQUEST", ["wellington-koo"], ["china"]),
    ("A spokesperson for Taiwan's Mainland Affairs Council, Liang Wen-chieh, criticized Beijing on Thursday.", "ACCUSE",
     ["liang-wen-chieh"], ["china"]),
])
def test_event_from_clause_structure(seed_extractor, text, plover, sources, targets):
    found = events(seed_extractor, text)
    assert found, text
    e = found[0]
    if plover:
        assert e["predicate"] == plover
    assert e["subject_ids"] == sources
    assert [t for t in targets if t in e["object_ids"]] == targets


def test_approve_with_an_aid_object_is_not_agree(seed_extractor):
    assert not [e for e in events(seed_extractor, "Washington approved a $2 billion package for Taiwan.")
                if e["predicate"] == "AGREE"]


def test_coordinated_verb_has_its_own_modality(seed_extractor):
    [e] = events(seed_extractor, "The US State Department said it would respond and urged Beijing to stop.")
    assert e["predicate"] == "REQUEST" and e["modality"] == "asserted"


@pytest.mark.parametrize("text, expected", [
    ("Yasukazu Hamada and Gilberto Teodoro agreed on Wednesday to expand drills.", date(2021, 8, 25)),
    ("TOKYO, Aug. 10 -- Taro Kono met Joseph Wu on Monday.", date(2021, 8, 23)),
    ("Beijing lodged a protest with Tokyo, the Chinese embassy said in a statement on Tuesday.", None),
])
def test_event_date_is_its_own_clause_time(seed_extractor, text, expected):
    [e] = events(seed_extractor, text)[:1]
    assert e["date_start"] == expected


@pytest.mark.parametrize("text, actor_id", [
    ("Taiwan's Ministry of Foreign Affairs thanked Japan.", "tw-mofa"),
    ("The Japanese Foreign Ministry protested.", "jp-mofa"),
    # no cue of its own: 'its' takes the nearest state before it, else the nearest actor with a country
    ("China has lambasted statements by LDP officials and earlier this week its Foreign Ministry warned Japan.", "cn-mfa"),
    ("Hua Chunying, a spokesperson for the Foreign Ministry, said so.", "cn-mfa"),
])
def test_generic_names_resolve_by_country_cue(seed_extractor, text, actor_id):
    from pipeline.extract.actors import ActorMatcher

    found, _ = ActorMatcher(seed_extractor.knowledge).find(text, 0, len(text))
    assert actor_id in {m.actor_id for m in found}


def test_release_quality_needs_all_gold_documents(tmp_path):
    import pandas as pd

    tables = {"documents": pd.DataFrame({"source_file": ["x.txt"]})}
    assert release_quality(tables, {}, None, None) == (None, None, None)
    gold = Path(__file__).parent / "gold"
    assert release_quality(tables, {}, None, gold) == (None, None, None)


@pytest.mark.parametrize("text, plover", [
    ("Tokyo lodged a strong protest with Beijing on Friday.", "ACCUSE"),     # a diplomatic protest is disapproval
    ("China summoned the Japanese ambassador on Friday.", "ACCUSE"),
    ("Beijing made solemn representations to Tokyo on Friday.", "ACCUSE"),
])
def test_formal_diplomatic_protest_is_accuse(seed_extractor, text, plover):
    assert [e["predicate"] for e in events(seed_extractor, text)] == [plover]


# -- extraction3 (extractor 1.3.0): general rules, text in, records out ---------------------------------
@pytest.mark.parametrize("text, plover, sources, targets", [
    # cancellation verbs govern an event noun: the act is the cancelling (syntax.yaml cancellation)
    ("Wang Yi cancelled a planned meeting with Yoshimasa Hayashi on Thursday.", "SANCTION", ["wang-yi"], ["yoshimasa-hayashi"]),
    ("Beijing postponed the talks with Tokyo.", "SANCTION", ["china"], ["japan"]),
    # an amount between the light verb and its noun
    ("Japan sent 1.24 million vaccine doses to Taiwan.", "AID", ["japan"], ["taiwan"]),
    ("The State Department approved a possible $1.1 billion sale of missiles to Taiwan.", "AID", ["us-state-department"], ["taiwan"]),
    # aliases with an apostrophe match (China's navy), and an actor acts through its assets
    ("China's navy sent six warships through the Miyako Strait.", "MOBILIZE", ["pla-navy"], []),
    ("Four China Coast Guard vessels entered Japan's territorial waters.", "MOBILIZE", ["china-coast-guard"], []),
    ("A Japan Maritime Self-Defense Force destroyer sailed through the Taiwan Strait.", "MOBILIZE", ["jmsdf"], []),
    # quoted exercise names between the light verb and the noun
    ("China's military launched \"Strait Thunder-2025A\" drills around Taiwan.", "MOBILIZE", ["pla"], []),
    ("China advised its citizens to avoid traveling to Japan.", "SANCTION", ["china"], ["japan"]),
])
def test_general_event_rules(seed_extractor, text, plover, sources, targets):
    found = [e for e in events(seed_extractor, text) if e["predicate"] == plover]
    assert found, (text, [(e["predicate"], e["subject_ids"]) for e in events(seed_extractor, text)])
    assert found[0]["subject_ids"] == sources
    assert [t for t in targets if t in found[0]["object_ids"]] == targets


@pytest.mark.parametrize("text", [
    # a name after a preposition is no subject
    "Experts on cooperation between Tokyo and Taipei have suggested a range of options.",
    # 'reaffirmed the importance of' is a statement, not an agreement
    "Tokyo and Washington have reaffirmed the importance of peace and stability in the Taiwan Strait.",
    # a coast guard driving away boats is no expulsion of diplomats (SANCTION needs a diplomat or member)
    "The China Coast Guard expelled Japanese fishing boats.",
])
def test_general_rules_no_asserted_event_of_that_kind(seed_extractor, text):
    found = events(seed_extractor, text)
    assert not [e for e in found if e["predicate"] in ("REQUEST", "AGREE", "SANCTION")], found


def test_attribution_frame_speaker_is_no_target(seed_extractor):
    [e] = [e for e in events(seed_extractor, "Japan scrambled fighter jets, the Defense Ministry said Tuesday.")
           if e["predicate"] == "MOBILIZE"]
    assert e["subject_ids"] == ["japan"] and e["object_ids"] == []


@pytest.mark.parametrize("text, expected", [
    # no time of its own: the sole date of the previous sentence of the paragraph that names the source
    ("On March 2, Tsai Ing-wen gave an interview to the Sankei Shimbun. Tsai Ing-wen proposed a security dialogue.",
     date(2021, 3, 2)),
    # ... but not across a paragraph break when that sentence dates no act of the source, not for another
    # source, and not for a present perfect
    ("On March 2, Tsai Ing-wen gave an interview.\n\nTsai Ing-wen proposed a security dialogue.", None),
    # an act of the source dated to a day carries over paragraphs (a wire story goes on with its lede's occasion:
    # the per-actor occasion day), until the narrative names another time
    ("On March 2, Tsai Ing-wen met Yoshihide Suga.\n\nTsai Ing-wen proposed a security dialogue.", date(2021, 3, 2)),
    ("On March 2, Tsai Ing-wen met Yoshihide Suga.\n\nIn 2016, Tsai Ing-wen took office.\n\n"
     "Tsai Ing-wen proposed a security dialogue.", None),
    ("On March 2, Tsai Ing-wen gave an interview. Yoshihide Suga rejected the proposal.", None),
    ("Lu Kang spoke on Wednesday. China has lodged stern representations with Japan, Lu Kang said.", None),
])
def test_event_date_carries_over_from_the_previous_sentence(seed_extractor, text, expected):
    found = [e for e in events(seed_extractor, text) if e["char_start"] > 0]
    assert found, text
    assert found[-1]["date_start"] == expected


def test_discovered_organisation_never_ends_inside_a_title(seed_extractor):
    from pipeline.extract.actors import ActorMatcher

    text = "Japanese Chief Cabinet Secretary Yoshihide Suga said so. The Kanto Institute for Maritime Policy disagreed."
    _, discovered = ActorMatcher(seed_extractor.knowledge).find(text, 0, len(text))
    names = {d.name for d in discovered.values()}
    assert "Kanto Institute for Maritime Policy" in names and not any("Cabinet" in n for n in names)


@pytest.mark.parametrize("text, topic, polarity", [
    ("China's Taiwan Affairs Office said it would punish \u201cTaiwan independence\u201d diehards.", "taiwan_independence", "oppose"),
    ("Xi Jinping said reunification with Taiwan is inevitable.", "one_china_policy", "support"),
    ("Shigeru Ishiba said a Taiwan contingency could be a survival-threatening situation for Japan.", "defense_of_taiwan", "support"),
])
def test_general_stance_cues(seed_extractor, text, topic, polarity):
    doc = DocumentInput("doc-0000000000000000", text, published_date=PUBLISHED, body_start=0, body_end=len(text))
    stances = [(c["topic_id"], c["polarity"]) for c in seed_extractor.extract(doc).claims if c["kind"] == "stance"]
    assert (topic, polarity) in stances, stances


@pytest.mark.parametrize("text, plover, sources, targets", [
    # a pronoun subject of the reported clause right after the reporting verb is the speaker
    ("China's Foreign Ministry said it had summoned Japan's ambassador.", "ACCUSE", ["cn-mfa"], ["japan"]),
    ("Japan's Foreign Ministry said that it lodged a protest with Beijing.", "ACCUSE", ["jp-mofa"], ["china"]),
])
def test_reported_pronoun_subject_is_the_speaker(seed_extractor, text, plover, sources, targets):
    found = [e for e in events(seed_extractor, text) if e["predicate"] == plover]
    assert found and found[0]["subject_ids"] == sources
    assert [t for t in targets if t in found[0]["object_ids"]] == targets


def test_a_place_is_no_target(seed_extractor):
    [e] = events(seed_extractor, "Fumio Kishida and Joe Biden held a summit at the White House on Wednesday.")
    assert e["subject_ids"] == ["fumio-kishida", "joe-biden"] and e["object_ids"] == []


def test_an_event_noun_modifying_an_asset_is_no_event(seed_extractor):
    assert not [e for e in events(seed_extractor, "Japan provided ten patrol vessels to the Philippines.")
                if e["predicate"] == "MOBILIZE"]


def test_stance_against_interference_in_the_taiwan_question_upholds_one_china(seed_extractor):
    text = "Lin Jian urged Japan to stop interfering in the Taiwan question."
    doc = DocumentInput("doc-0000000000000000", text, published_date=PUBLISHED, body_start=0, body_end=len(text))
    stances = {(c["topic_id"], c["polarity"]) for c in seed_extractor.extract(doc).claims if c["kind"] == "stance"}
    assert ("one_china_policy", "support") in stances and ("one_china_policy", "oppose") not in stances


@pytest.mark.parametrize("text, expected", [
    ("A Japan-India summit was held in Tokyo.", ["japan", "india"]),
    ("US-Japan-Taiwan talks resumed.", ["united-states", "japan", "taiwan"]),
    ("The Taiwan-Japan Relations Association said so.", ["taiwan-japan-relations-association"]),
    ("The U.S. sent officers from the Army and Navy.", ["united-states", "us-army", "us-navy"]),
])
def test_compound_states_and_service_branches(seed_extractor, text, expected):
    from pipeline.extract.actors import ActorMatcher

    found, _ = ActorMatcher(seed_extractor.knowledge).find(text, 0, len(text))
    assert [m.actor_id for m in found] == expected


@pytest.mark.parametrize("text, plover, sources", [
    # a free adjunct after a comma is an act of the main clause's subject (or of the speaker)
    ("\"This is a serious problem,\" Fumio Kishida told reporters on Friday, calling for an end to the drills.",
     "REQUEST", ["fumio-kishida"]),
    ("China launched drills around Taiwan on Monday, sending warships toward the island.", "MOBILIZE", ["china"]),
])
def test_participle_after_a_comma_takes_the_main_subject(seed_extractor, text, plover, sources):
    found = [e for e in events(seed_extractor, text) if e["predicate"] == plover]
    assert found and found[0]["subject_ids"] == sources


@pytest.mark.parametrize("text, expected", [
    ("Taiwan thanked Japan on Monday, calling the visit a strong show of support.", []),   # no named object
    ("Joe Biden called Japanese Prime Minister Fumio Kishida on Tuesday.", ["fumio-kishida"]),
    ("The document, calling for restraint, was issued by Japan.", None),                    # no main-clause act
])
def test_call_needs_a_named_object(seed_extractor, text, expected):
    consult = [e for e in events(seed_extractor, text) if e["predicate"] == "CONSULT"]
    if expected is None or expected == []:
        assert consult == []
    else:
        assert consult and consult[0]["object_ids"] == expected


def test_date_carry_over_needs_the_previous_sentence_to_be_about_the_source(seed_extractor):
    text = ("On March 8, Yoshihide Suga rejected the proposal for a security dialogue made by Tsai Ing-wen. "
            "Tsai Ing-wen proposed a security dialogue with Tokyo.")
    found = [e for e in events(seed_extractor, text) if e["predicate"] == "REQUEST"]
    assert found and found[0]["date_start"] is None


@pytest.mark.parametrize("text", ["Japan refused to comment on the report.", "Japan declined to confirm the operation."])
def test_refusing_to_comment_is_no_event(seed_extractor, text):
    assert events(seed_extractor, text) == []


@pytest.mark.parametrize("text, plover, sources", [
    # a gerund of manner ('in V-ing', 'by V-ing') is the act of the clause's subject
    ("On June 27, Yoshihide Suga cited an identical rationale in giving a blunt nay.", "REJECT", ["yoshihide-suga"]),
    ("Japan joined the United States in condemning the drills.", "ACCUSE", ["japan"]),
])
def test_manner_gerund_is_the_subjects_act(seed_extractor, text, plover, sources):
    found = [e for e in events(seed_extractor, text) if e["predicate"] == plover]
    assert found and found[0]["subject_ids"] == sources


@pytest.mark.parametrize("text", [
    "Japan is interested in holding talks with Taiwan.",                                  # a copula: a state, no act
    "LDP flaks, deploying customary political code, wrote off the statements.",           # figurative deploy
    "Japan will not send troops to Taiwan, Fumio Kishida said.",                          # a negated position accuses no one
])
def test_no_asserted_event_from_gerunds_or_negated_positions(seed_extractor, text):
    assert [e for e in events(seed_extractor, text) if e["predicate"] in ("CONSULT", "MOBILIZE", "ACCUSE")] == []


@pytest.mark.parametrize("text, plover", [
    ("Lin Jian warned Japan against interfering in the Taiwan question.", "ACCUSE"),       # no consequence: fallback
    ("China warned Japan to stop provocations or face countermeasures.", "THREATEN"),     # a consequence word
])
def test_warning_without_a_consequence_falls_back_to_accuse(seed_extractor, text, plover):
    assert [e["predicate"] for e in events(seed_extractor, text)][:1] == [plover]


def test_warning_of_a_crisis_blames_no_one(seed_extractor):
    assert events(seed_extractor, "Fumio Kishida warned of a crisis.") == []


@pytest.mark.parametrize("text, expected", [
    # a state's name opening an organisation's name is part of it (three words or more)
    ("According to the Japan Institute for Peace Studies, the drills were large.", ["Japan Institute for Peace Studies"]),
    ("Critics of Japan Inc said so.", ["Japan"]),
    ("Japan Coast Guard ships left.", ["Japan Coast Guard"]),
])
def test_state_name_inside_a_discovered_organisation(seed_extractor, text, expected):
    from pipeline.extract.actors import ActorMatcher

    found, _ = ActorMatcher(seed_extractor.knowledge).find(text, 0, len(text))
    assert [m.text for m in found] == expected


@pytest.mark.parametrize("text, plover, sources", [
    # a meeting noun in a fronted adjunct is a meeting of the main clause's named subjects
    ("At the leaders' summit in May 2022 in Tokyo, both Japanese Prime Minister Fumio Kishida and U.S. President "
     "Joe Biden reaffirmed there has been no change in their policies.", "CONSULT", ["fumio-kishida", "joe-biden"]),
    # ... unless the main clause reports the participants' own act, which the meeting is part of
    ("During their talks on Monday, Wang Yi and Yoshimasa Hayashi agreed to keep communicating.", "AGREE",
     ["wang-yi", "yoshimasa-hayashi"]),
])
def test_fronted_meeting(seed_extractor, text, plover, sources):
    found = events(seed_extractor, text)
    assert [(e["predicate"], e["subject_ids"]) for e in found] == [(plover, sources)]


def test_fronted_press_conference_is_no_meeting(seed_extractor):
    assert events(seed_extractor, "At a press conference, Lin Jian said so.") == []
