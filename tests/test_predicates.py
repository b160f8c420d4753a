"""Pure-function tests of the event-predicate rules (pipeline/extract/predicates.py and
ClaimExtractor.events) on the real seeds: text in -> asserted event records out."""
from datetime import date
from pathlib import Path

import pytest

from pipeline.quality import release_quality
from pipeline.extract.claims import DocumentInput
from pipeline.extract.lexicon import form_kind, inflection_kinds

PUBLISHED = date(2021, 8, 27)   # a Friday


@pytest.fixture(scope="module")
def seed_extractor(seed_knowledge):
    from pipeline.extract.claims import ClaimExtractor

    return ClaimExtractor(seed_knowledge)


def events(extractor, text, published=PUBLISHED, asserted_only=True):
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    claims = extractor.extract(doc).claims
    return [c for c in claims if c["kind"] == "event" and (c["modality"] == "asserted" or not asserted_only)]


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
