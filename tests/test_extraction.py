"""Pure-function tests of actor matching and claim extraction, on the small fixture knowledge."""
from datetime import date

import pytest

from pipeline.extract.actors import ActorMatcher, fold, guess_family_name
from pipeline.extract.claims import DocumentInput
from pipeline.extract.lexicon import inflect


def mentions(knowledge, text):
    found, discovered = ActorMatcher(knowledge).find(text, 0, len(text))
    return [(m.text, m.actor_id, m.method) for m in found], discovered


@pytest.mark.parametrize("a, b", [("Lo Chih-cheng", "Lo Chihcheng"), ("Tsai Ing-wen", "tsai ing wen"), ("Abe Shinzō", "Abe Shinzo")])
def test_romanisation_variants_fold_together(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [("Ministry of Defence", "Ministry of Defense"), ("Centre for Security", "Center for Security"),
                                  ("World Health Organisation", "World Health Organization")])
def test_british_and_american_spellings_fold_together(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("text, expected", [
    ("Taiwan's defence ministry said it tracked 49 aircraft.", ("Taiwan's defence ministry", "tw-mnd")),       # lower case, British
    ("The Ministry of Defence of Japan said so.", ("Ministry of Defence of Japan", "jp-mod")),
    ("China's foreign ministry protested.", ("China's foreign ministry", "cn-mfa")),
])
def test_institution_names_in_any_case_and_spelling(seed_knowledge, text, expected):
    found, _ = mentions(seed_knowledge, text)
    assert expected in [(t, a) for t, a, _ in found]


@pytest.mark.parametrize("text, named", [
    ("TOKYO (Reuters) - Japan lodged a protest with China on Friday.", False),     # the dateline's outlet wrote it
    ("TAIPEI, May 24 (AFP) – Taiwan scrambled jets.", False),
    ("Japan lodged a protest, according to Reuters.", True),                        # a source of the story acts
    ("Reuters reported that Japan lodged a protest.", True),
])
def test_dateline_outlet_is_no_mention(seed_knowledge, text, named):
    found, _ = mentions(seed_knowledge, text)
    assert any(a in ("reuters", "afp") for _, a, _ in found) == named


def test_a_single_generic_word_needs_its_capital(seed_knowledge):
    found, _ = mentions(seed_knowledge, "Taiwan's Army trained, and a volunteer army of farmers watched.")
    # (actors14: "Taiwan's Army" is now one owned-body form of the same actor)
    assert [(t.split()[-1], a) for t, a, _ in found if t.lower().endswith("army")] == [("Army", "roc-army")]


@pytest.mark.parametrize("name, family", [("Lo Chihcheng", "Lo"), ("Tsai Shih-ying", "Tsai"), ("Masahisa Sato", "Sato"),
                                          ("Grant Newsham", "Newsham")])
def test_family_names(name, family):
    assert guess_family_name(name) == family


@pytest.mark.parametrize("lemma, form", [("reject", "rejected"), ("turn down", "turned down"), ("deny", "denied"),
                                         ("urge", "urges"), ("stop", "stopped"), ("hold talks", "held talks")])
def test_inflection(lemma, form):
    assert form in inflect(lemma, {"hold": ["held", "held", "holds", "holding"]})


def test_registry_aliases_native_script_and_short_forms(fixture_knowledge):
    found, _ = mentions(fixture_knowledge, "President Tsai Ing-wen (蔡英文) spoke. Later Tsai left.")
    assert ("Tsai Ing-wen", "tsai-ing-wen", "alias") in found
    assert ("蔡英文", "tsai-ing-wen", "alias") in found
    assert ("Tsai", "tsai-ing-wen", "short_form") in found


def test_short_form_resolves_to_the_person_introduced_in_this_document(fixture_knowledge):
    text = "Minister Tsai Shihying spoke to the press. Tsai said talks were held."
    found, discovered = mentions(fixture_knowledge, text)
    assert ("Tsai Shihying", "tsai-shihying", "discovered") in found
    assert ("Tsai", "tsai-shihying", "short_form") in found
    assert "tsai-ing-wen" not in {a for _, a, _ in found}


def test_metonyms_act_but_places_do_not(fixture_knowledge):
    found, _ = mentions(fixture_knowledge, "Tokyo rejected it at a summit in Beijing.")
    assert ("Tokyo", "japan", "metonym") in found
    assert not any(t == "Beijing" for t, _, _ in found)


def test_discovery_by_title_and_by_appositive(fixture_knowledge):
    found, discovered = mentions(fixture_knowledge,
                                 "Minister Kenji Tanaka spoke. Haruko Satoh, a professor at Osaka, disagreed.")
    names = {d.name: d for d in discovered.values()}
    assert {"Kenji Tanaka", "Haruko Satoh"} <= set(names)
    assert names["Haruko Satoh"].actor_type == "person"


def extract(extractor, text, published=date(2021, 8, 27)):
    return extractor.extract(DocumentInput("doc-0000000000000000", text, published_date=published)).claims


@pytest.mark.parametrize("text, modality", [
    ("Japan rejected the proposal.", "asserted"),
    ("Japan did not reject the proposal.", "negated"),
    ("If China attacked, Japan would reject the proposal.", "hypothetical"),
    ("Japan should reject the proposal.", "prescriptive"),
    ("Japan plans to reject the proposal.", "planned"),
    ("Japan will reject the proposal.", "planned"),
    ("Why would Japan reject the proposal?", "hypothetical"),
])
def test_event_modality(fixture_extractor, text, modality):
    events = [c for c in extract(fixture_extractor, text) if c["kind"] == "event"]
    assert [e["modality"] for e in events] == [modality]
    assert events[0]["predicate"] == "REJECT"


def test_event_sources_and_targets_follow_the_clause(fixture_extractor):
    [event] = [c for c in extract(fixture_extractor, "On March 8, Yoshihide Suga and Tsai Ing-wen rejected China.")
               if c["kind"] == "event"]
    assert event["subject_ids"] == ["yoshihide-suga", "tsai-ing-wen"]
    assert event["object_ids"] == ["china"]
    assert (event["date_start"], event["date_precision"]) == (date(2021, 3, 8), "day")


def test_passive_voice_swaps_source_and_target(fixture_extractor):
    [event] = [c for c in extract(fixture_extractor, "Taiwan was rejected by Japan.") if c["kind"] == "event"]
    assert (event["subject_ids"], event["object_ids"]) == (["japan"], ["taiwan"])


def test_reported_speech_records_the_claimant(fixture_extractor):
    claims = extract(fixture_extractor, "“We proposed a security dialogue,” Tsai Ing-wen said.")
    assert {c["claimant_id"] for c in claims} == {"tsai-ing-wen"}


def test_stance_holder_is_the_speaker(fixture_extractor):
    # GUIDELINES "Officials and their states": the speaker holds it, and the state the words name holds it too
    claims = extract(fixture_extractor, "Japan opposes a security dialogue with Taiwan, Yoshihide Suga said.")
    stances = [c for c in claims if c["kind"] == "stance"]
    assert stances and {tuple(s["subject_ids"]) for s in stances} == {("yoshihide-suga",), ("japan",)}
    spoken = min(s["confidence"] for s in stances if s["subject_ids"] == ["yoshihide-suga"])
    assert spoken > max(s["confidence"] for s in stances if s["subject_ids"] == ["japan"])   # the speaker's own words rank first


def test_claims_are_exact_slices_and_deterministic(fixture_extractor):
    text = "By Someone\n\nTokyo rejected the proposal on Friday. Tsai Ing-wen proposed a security dialogue.\n"
    a, b = extract(fixture_extractor, text), extract(fixture_extractor, text)
    assert a == b and a
    assert all(text[c["char_start"]:c["char_end"]] == c["text"] for c in a)


def test_dates_stay_unknown_without_a_publication_date(fixture_extractor):
    [event] = [c for c in extract(fixture_extractor, "On Friday Japan rejected China.", published=None) if c["kind"] == "event"]
    assert (event["date_start"], event["date_end"], event["date_precision"]) == (None, None, "unknown")


@pytest.mark.parametrize("text", [
    "Yoshihide Suga met reporters. He rejected the proposal of Tsai Ing-wen.",
    "Yoshihide Suga met reporters. Later, he rejected the proposal of Tsai Ing-wen.",
    "Yoshihide Suga met reporters. He has rejected the proposal of Tsai Ing-wen.",
])
def test_a_pronoun_subject_is_the_person_named_before(fixture_extractor, text):
    rejects = [c for c in extract(fixture_extractor, text) if c["predicate"] == "REJECT"]
    assert [(e["subject_ids"], e["object_ids"]) for e in rejects] == [(["yoshihide-suga"], ["tsai-ing-wen"])]


def test_a_pronoun_without_a_person_before_names_no_source(fixture_extractor):
    assert [c for c in extract(fixture_extractor, "Japan met reporters. He rejected Taiwan.") if c["predicate"] == "REJECT"] == []


def test_the_pronoun_he_is_not_the_family_name_he(seed_knowledge):
    found, _ = ActorMatcher(seed_knowledge).find("He urged Tokyo to act. Later He said no.", 0, 40)
    assert [m.text for m in found if m.method == "short_form"] == []


@pytest.mark.parametrize("text, participants", [
    ("A Japan-India summit was held in Tokyo on Friday.", ["japan", "india"]),
    ("Talks between Japan and China took place in Beijing on Friday.", ["japan", "china"]),
    ("Fumio Kishida’s meeting with Joe Biden was held on Friday.", ["fumio-kishida", "joe-biden"]),
    ("Joe Biden spoke on Monday. In his summit with visiting Japanese Prime Minister Yoshihide Suga, "
     "the issue of Taiwan was aired.", ["joe-biden", "yoshihide-suga"]),
    ("At the Japan-China summit, Fumio Kishida urged Xi Jinping to stop the drills.", ["japan", "china"]),
])
def test_a_meeting_noun_names_its_participants(seed_extractor, text, participants):
    consult = [c for c in extract(seed_extractor, text) if c["predicate"] == "CONSULT"]
    assert [(c["subject_ids"], c["modality"]) for c in consult] == [(participants, "asserted")]


@pytest.mark.parametrize("text", [
    "Japan called for talks between Tokyo and Beijing.",       # asked for, not held
    "A Japan-China summit would be held next year.",
    "The Japan-China summit was not held.",
    "Talks between Japan and China are important.",            # no predicate of occurrence
])
def test_a_meeting_noun_without_occurrence_is_no_meeting(seed_extractor, text):
    assert [c for c in extract(seed_extractor, text) if c["kind"] == "event" and c["predicate"] == "CONSULT"
            and c["modality"] == "asserted"] == []


@pytest.mark.parametrize("text, described", [
    ("Japan's Foreign Ministry summoned a Chinese diplomat. The ministry said the drills were unacceptable.",
     [("ministry", "jp-mofa")]),
    ("Prime Minister Fumio Kishida arrived in Washington. The prime minister met President Joe Biden.",
     [("prime minister", "fumio-kishida")]),
    ("Foreign Minister Yoko Kamikawa spoke. Later the minister met reporters.", [("minister", "yoko-kamikawa")]),
    ("Vice President Lai Ching-te spoke. The president met Fumio Kishida.", []),          # a vice president is not 'the president'
    ("The Prime Minister Fumio Kishida met Joe Biden.", []),                             # a title before a name
    ("The ministry said the drills were unacceptable.", []),                             # nothing to refer back to
    ("Prime Minister Fumio Kishida spoke. The minister of defence disagreed.", []),      # 'of': a title, not a reference
])
def test_a_definite_description_refers_to_the_latest_actor_so_introduced(seed_extractor, text, described):
    result = seed_extractor.extract(DocumentInput("doc-0000000000000000", text, published_date=date(2023, 8, 27)))
    assert [(m["text"], m["actor_id"]) for m in result.mentions if m["method"] == "description"] == described


def test_a_described_actor_acts(seed_extractor):
    claims = extract(seed_extractor, "Prime Minister Fumio Kishida arrived in Washington on Tuesday. "
                                     "The prime minister met President Joe Biden on Wednesday.")
    assert [(c["subject_ids"], c["object_ids"]) for c in claims if c["predicate"] == "CONSULT"] == [(["fumio-kishida"], ["joe-biden"])]


@pytest.mark.parametrize("text", [
    "Opposition leader Cheng Li-wun (鄭麗文) criticized Sanae Takaichi on Nov. 12.",   # a native-script name
    "Cheng Li-wun (KMT) criticized Sanae Takaichi.",                                   # an affiliation
])
def test_a_parenthesis_after_a_name_belongs_to_it(seed_extractor, text):
    [event] = [c for c in extract(seed_extractor, text) if c["kind"] == "event"]
    assert (event["predicate"], event["subject_ids"], event["object_ids"]) == ("ACCUSE", ["cheng-li-wun"], ["sanae-takaichi"])


TRANSCRIPT = ("Kyodo News: What is China's response to the visit?\n\n"
              "Wang Wenbin: China firmly opposes any form of official interaction between Japan and the Taiwan region. "
              "We urge the Japanese side to stop sending wrong signals.\n\n"
              "The Taiwan question is China's internal affair.\n\n"
              "AFP: Is there a link between the two visits?\n\n"
              "Wang Wenbin: I have nothing further to add.")


def test_a_transcript_label_makes_the_speaker_of_its_paragraphs(seed_extractor):
    claims = extract(seed_extractor, TRANSCRIPT)
    by_sentence = {c["text"][:20]: c["claimant_id"] for c in claims}
    assert by_sentence["Wang Wenbin: China f"] == "wang-wenbin"
    assert by_sentence["The Taiwan question "] == "wang-wenbin"      # an unlabelled paragraph continues the answer
    assert by_sentence["AFP: Is there a link"] is None               # an outlet asks; it holds no position
    stances = {(c["subject_ids"][0], c["topic_id"], c["polarity"]) for c in claims if c["kind"] == "stance"}
    assert ("wang-wenbin", "jp_tw_official_relations", "oppose") in stances
    events = {(c["predicate"], tuple(c["subject_ids"]), tuple(c["object_ids"])) for c in claims if c["kind"] == "event"}
    assert ("REQUEST", ("wang-wenbin",), ("japan",)) in events           # 'We urge the Japanese side': performed by saying it


def test_one_label_is_no_transcript(seed_extractor):
    claims = extract(seed_extractor, "Note: China firmly opposes any official interaction between Japan and Taiwan.")
    assert {c["claimant_id"] for c in claims} == {None}


@pytest.mark.parametrize("text, performed", [
    ("“We strongly condemn the visit,” Hua Chunying said.", True),
    ("“We urge Japan to stop,” Hua Chunying said.", True),
    ("We urge Japan to stop.", False),                  # the author's words: no speaker
    ("Japan urges restraint.", False),                  # a plain present: a standing position
])
def test_a_first_person_present_in_a_speakers_words_is_performed(seed_extractor, text, performed):
    events = [c for c in extract(seed_extractor, text) if c["kind"] == "event" and c["predicate"] in ("ACCUSE", "REQUEST")]
    assert bool(events) is performed


def test_a_quotation_is_the_speakers_where_it_closes(seed_extractor):
    claims = extract(seed_extractor, "“China firmly opposes any form of official exchanges between Japan and the Taiwan region. "
                                     "We have lodged solemn representations with the Japanese side,” spokesperson Hua Chunying said.")
    assert {c["claimant_id"] for c in claims} == {"hua-chunying"}
    stances = {(c["subject_ids"][0], c["topic_id"], c["polarity"]) for c in claims if c["kind"] == "stance"}
    assert ("hua-chunying", "jp_tw_official_relations", "oppose") in stances


def test_a_quotation_open_at_the_paragraph_end_has_no_speaker_from_the_next(seed_extractor):
    claims = extract(seed_extractor, "“China firmly opposes any official exchanges between Japan and Taiwan.\n\n"
                                     "Japan rejected the protest, Hua Chunying said.")
    assert {c["claimant_id"] for c in claims if c["text"].startswith("“China")} == {None}
