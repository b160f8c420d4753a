"""The split of ClaimExtractor.extract into stages (claim_pass.py, claim_speakers.py, event_claims.py,
sentence_claims.py), of ActorMatcher (actor_passes.py) and the move of the group-meeting words to
seeds/lexicons/syntax.yaml changed no output; these tests guard what such a split can break silently: a name
imported from the old place, a method of one mixin shadowed by another, a stage that leaves the narrative memory
of one document to the next."""
import pytest

from pipeline.extract import actors, claims
from pipeline.extract.actor_passes import DocumentPasses
from pipeline.extract.actors import ActorMatcher
from pipeline.extract.claim_pass import stable_id
from pipeline.extract.claim_speakers import SentenceSpeakers
from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.extract.event_claims import EventClaims
from pipeline.extract.sentence_claims import SentenceClaims


@pytest.mark.parametrize("name", ["ClaimExtractor", "DocumentInput", "DocumentExtraction", "extractor_id", "EXTRACTOR_VERSION"])
def test_claims_keeps_its_names(name):
    assert hasattr(claims, name)


def test_stable_id_is_reexported():
    assert claims.stable_id is stable_id


@pytest.mark.parametrize("name", ["ActorMatcher", "DiscoveredActor", "Mention", "fold", "slugify", "guess_family_name"])
def test_actors_keeps_its_names(name):
    assert hasattr(actors, name)


@pytest.mark.parametrize("cls, mixin", [(ClaimExtractor, SentenceClaims), (ClaimExtractor, SentenceSpeakers),
                                        (ClaimExtractor, EventClaims), (ActorMatcher, DocumentPasses)])
def test_no_stage_is_shadowed(cls, mixin):
    """Each method of a stage mixin is defined by exactly one class the extractor inherits from."""
    for name in (n for n in vars(mixin) if not n.startswith("__")):
        owners = [k.__name__ for k in cls.__mro__ if name in vars(k)]
        assert owners == [mixin.__name__], (name, owners)


def _rows(extractor, text: str) -> list[tuple]:
    doc = DocumentInput("doc-x", text, published_date=None, body_start=0, body_end=len(text))
    return [(c["kind"], c["predicate"], c["claimant_id"], tuple(c["subject_ids"]), c["date_start"])
            for c in extractor.extract(doc).claims]


@pytest.mark.parametrize("text", [
    "On March 3, 2024, Japan protested to China over the incursion. A spokesperson said Tokyo would respond.",
    "\u201cWe urge restraint,\u201d the foreign ministry said on Monday. \u201cThe two sides must talk.\u201d",
])
def test_a_document_reads_the_same_after_another(seed_extractor, text):
    """The narrative memory (last speaker, last day ...) is the document's own: extracting another document
    first changes nothing."""
    alone = _rows(seed_extractor, text)
    _rows(seed_extractor, "Beijing said on 4 May 2023 that Taiwan's leader had visited Tokyo. \u201cWe oppose it,\u201d he said.")
    assert _rows(seed_extractor, text) == alone


@pytest.mark.parametrize("lemma, expected", [("meet", True), ("hold talks", True), ("exchange views", True),
                                             ("discuss", False), ("visit", False)])
def test_meeting_heads_come_from_the_lexicon(seed_knowledge, lemma, expected):
    from pipeline.extract.group_meetings import compile_group_meetings
    assert compile_group_meetings(seed_knowledge.syntax.get("group_meetings")).is_meeting_verb(lemma) is expected


def test_no_lexicon_block_no_group_meeting():
    from pipeline.extract.group_meetings import compile_group_meetings
    meetings = compile_group_meetings(None)
    assert not meetings.is_meeting_verb("meet") and not meetings.group_subject("The delegation ", 0, 15)


@pytest.mark.parametrize("text, partner", [
    ("On Monday, the delegation met Prime Minister Fumio Kishida in Tokyo.", "Fumio Kishida"),
    ("Later, the visiting lawmakers held talks with President Tsai Ing-wen.", "Tsai Ing-wen"),
])
def test_a_group_meets_a_named_partner(seed_extractor, text, partner):
    doc = DocumentInput("doc-x", text, published_date=None, body_start=0, body_end=len(text))
    result = seed_extractor.extract(doc)
    partner_ids = {m["actor_id"] for m in result.mentions if m["text"] == partner}
    assert any(c["kind"] == "event" and c["predicate"] == "CONSULT" and set(c["subject_ids"]) & partner_ids
               for c in result.claims)
