"""Claims from one document: sentences -> event, stance and statement claims with their
claimant, modality, actors, topic and date."""
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from pipeline.extract.actors import ActorMatcher, DiscoveredActor, Mention
from pipeline.extract.asset_anaphora import asset_cues as asset_cues_in
from pipeline.extract.attribution import Attribution
from pipeline.extract.body import Body, find_body
from pipeline.extract.claim_pass import DocumentPass, stable_id   # (stable_id: curate and curation import it from here)
from pipeline.extract.claim_speakers import SentenceSpeakers
from pipeline.extract.descriptions import DescriptionResolver
from pipeline.extract.event_claims import EventClaims
from pipeline.extract.events import EventRules
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.modality_reading import ModalityReading
from pipeline.extract.sentence_claims import SentenceClaims
from pipeline.extract.sentence_gates import SentenceGates
from pipeline.extract.sentences import split_sentences
from pipeline.extract.spans import SpanSet
from pipeline.extract.speaker_states import paragraph_states
from pipeline.extract.consequence_acts import consequence_acts
from pipeline.extract.shared_act_voices import shared_act_voices
from pipeline.extract.state_voices import speaking_states
from pipeline.extract.stance_claims import StanceClaims
from pipeline.extract.statement_events import StatementEvents
from pipeline.extract.stance_officials import compile_roles, speaker_roles
from pipeline.extract.stance_parties import party_ties
from pipeline.extract.stances import compile_topics, topics_gate
from pipeline.extract.statements import REMARKS_INTRO, paragraph_before, quote_closers, remarks_owner
from pipeline.extract.summary_leads import date_summary_leads
from pipeline.extract.transcripts import speaker_segments
from pipeline.knowledge import Knowledge

EXTRACTOR_NAME = "twjp-rules"
EXTRACTOR_VERSION = "1.23.0"


@dataclass(frozen=True)
class DocumentInput:
    doc_id: str
    text: str
    title: str | None = None
    author: str | None = None
    published_date: date | None = None
    body_start: int | None = None      # when None, the body is found here
    body_end: int | None = None
    excluded: tuple[tuple[int, int], ...] = ()


@dataclass
class DocumentExtraction:
    body_start: int
    body_end: int
    excluded: list[tuple[int, int]]
    claims: list[dict]
    mentions: list[dict]
    discovered: dict[str, DiscoveredActor]


def extractor_id(knowledge: Knowledge) -> str:
    """Names the extractor and the knowledge version every claim was made with."""
    return f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}+kb.{knowledge.version}"


class ClaimExtractor(ModalityReading, Attribution, EventRules, StatementEvents, StanceClaims, SentenceClaims,
                     SentenceSpeakers, EventClaims, SentenceGates):
    """Turns one document into claims and mentions; holds the compiled knowledge."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.matcher = ActorMatcher(knowledge)
        self.lexicon = Lexicon(knowledge)
        self.extractor = extractor_id(knowledge)
        naming = (knowledge.syntax or {}).get("characterisation") or {}
        self._naming = ({v.casefold() for v in naming.get("verbs", [])}, {w.casefold() for w in naming.get("positive", [])},
                        {w.casefold() for w in naming.get("negative", [])}) if naming.get("verbs") else None
        syntax = knowledge.syntax or {}
        self._wishes = (frozenset(v.casefold() for v in syntax.get("wish_verbs", [])),
                        frozenset(v.casefold() for v in syntax.get("wish_infinitives", [])))
        self._intention_verbs = frozenset(v.casefold() for v in (knowledge.syntax or {}).get("intention_verbs", []))
        self._naming_only = frozenset(v.casefold() for v in naming.get("requires_complement", []))
        self.topic_cues = compile_topics(knowledge.topics, knowledge.irregular_verbs)
        self.topic_gate = topics_gate(self.topic_cues)
        self._performative = frozenset((knowledge.syntax or {}).get("performative_types") or ())
        titles = knowledge.titles or {}
        self.descriptions = DescriptionResolver(titles.get("person_titles") or [], list(titles.get("organization_heads") or {}), groups=titles.get("described_groups"),
                                                 governments=titles.get("government_descriptions"),
                                                 subordinate=(knowledge.vocabulary or {}).get("subordinate_titles") or ())
        states = [a for a in knowledge.actors if a.actor_type == "state" and a.country]
        self._states = {c: ids[0] for c in {a.country for a in states}
                        if len(ids := sorted(a.actor_id for a in states if a.country == c)) == 1}   # one state per country
        self.registry_persons = frozenset(a.actor_id for a in knowledge.actors if a.actor_type == "person")
        self._roles = compile_roles(knowledge.attribution)     # sitting officials vs lawmakers, analysts (stance_officials.py)

    # -- events ------------------------------------------------------------------------------
    def _country(self, actor_id: str) -> str | None:
        actor = self.knowledge.actors_by_id.get(actor_id)
        return actor.country if actor is not None else None

    @cached_property
    def _formal_channels(self) -> tuple[str, ...]:
        """syntax.yaml formal_channels, casefolded (state_voices.py)."""
        return tuple(" ".join(w.casefold().split()) for w in (self.knowledge.syntax or {}).get("formal_channels") or ())

    @cached_property
    def _formal_protests(self) -> frozenset[str]:
        """syntax.yaml formal_protests, casefolded (state_voices.py)."""
        return frozenset(w.casefold() for w in (self.knowledge.syntax or {}).get("formal_protests") or ())

    @cached_property
    def _consequence_participles(self) -> frozenset[str]:
        """syntax.yaml consequence_participles, casefolded (consequence_acts.py)."""
        return frozenset(w.casefold() for w in (self.knowledge.syntax or {}).get("consequence_participles") or ())

    def _announced_before(self, text: str, body_start: int) -> str | None:
        """The owner of the words the body opens with when the paragraph before it announces them (an official
        release's deck: '... A translation of President Tsai's remarks follows:'), else None."""
        p_start, p_end = paragraph_before(text, body_start)
        if p_end <= p_start or not REMARKS_INTRO.search(text, p_start, p_end):
            return None
        found, _ = self.matcher.find(text, p_start, p_end)
        last = split_sentences(text, start=p_start, end=p_end)[-1:]
        return remarks_owner(text, last[0], found) if last else None

    def _caps_label_person(self, label: str) -> str | None:
        """The registry person an upper-case transcript label names ('PRIME MINISTER KISHIDA' read as
        'Prime Minister Kishida'), None when it names none."""
        cased = label.title()
        found = next((m.actor_id for m in self.matcher.registry_mentions(cased, 0, len(cased), [])
                      if self._actor_kind(m.actor_id) == "person"), None)
        if found is None:    # a title and a family name only: the one registry person of that family name
            persons = [a for a in self.matcher.family_names.get(cased.split()[-1], ()) if a.actor_type == "person"]
            found = persons[0].actor_id if len(persons) == 1 else None
        return found

    def _actor_kind(self, actor_id: str) -> str | None:
        actor = self.knowledge.actors_by_id.get(actor_id)
        return actor.actor_type if actor is not None else None

    def _actor_name_of(self, discovered: dict[str, DiscoveredActor]):
        """actor_id -> name, for registry and discovered actors (None when unknown)."""
        names = {d.actor_id: d.name for d in discovered.values()}
        return lambda a: (self.knowledge.actors_by_id[a].name if a in self.knowledge.actors_by_id else names.get(a))

    def _actor_type(self, actor_id: str, discovered: dict[str, DiscoveredActor]) -> str | None:
        """The type of a registry or a discovered actor (None when unknown)."""
        actor = self.knowledge.actors_by_id.get(actor_id)
        if actor is not None:
            return actor.actor_type
        return next((d.actor_type for d in discovered.values() if d.actor_id == actor_id), None)

    def _with_descriptions(self, text: str, body: Body, mentions: list[Mention],
                           discovered: dict[str, DiscoveredActor]) -> list[Mention]:
        """The mentions plus the definite descriptions that refer back to them ('the ministry')."""
        def kind_of(actor_id: str) -> str | None:
            t = self._actor_type(actor_id, discovered)
            return None if t in (None, "state") else "person" if t == "person" else "organisation"

        def name_of(actor_id: str) -> str:
            actor = self.knowledge.actors_by_id.get(actor_id)
            return actor.name if actor is not None else next((d.name for d in discovered.values() if d.actor_id == actor_id), "")

        def state_of(actor_id: str) -> str | None:     # the state of the actor's country ('the Kishida government')
            actor = self.knowledge.actors_by_id.get(actor_id)
            country = actor.country if actor is not None else next((d.country for d in discovered.values() if d.actor_id == actor_id), None)
            return self._states.get(country) if country else None

        excluded = SpanSet(body.excluded)
        return self.descriptions.resolve(text, body.start, body.end, mentions, kind_of=kind_of, name_of=name_of, discovered=discovered,
                                         outside=lambda a, b: not excluded.overlaps(a, b), type_of=lambda a: self._actor_type(a, discovered),
                                         state_of=state_of)

    # -- a document --------------------------------------------------------------------------
    def extract(self, doc: DocumentInput) -> DocumentExtraction:
        if doc.body_start is None or doc.body_end is None:
            body = find_body(doc.text, title=doc.title, author=doc.author)
        else:
            body = Body(doc.body_start, doc.body_end, list(doc.excluded))
        d = self._document_pass(doc, body)
        for i, s in enumerate(d.sentences):
            self._sentence_claims(d, i, s)
        # 'Taipei welcomed the statement. Its foreign ministry thanked ... on Saturday': the detail's day
        date_summary_leads(d.text, d.sentences, d.claims, d.sentence_mentions, published=doc.published_date,
                           country_of=lambda a: self._doc_countries.get(a) or self._country(a),
                           type_of=lambda a: self._actor_type(a, d.discovered))
        # 'Tokyo protested ..., the ministry said' next to the ministry's protest: one act, the official named in both
        speaking_states(d.claims, country_of=lambda a: self._doc_countries.get(a) or self._country(a),
                        type_of=lambda a: self._actor_type(a, d.discovered), protests=self._formal_protests,
                        channels=self._formal_channels)
        # 'Japan and Manila signed the pact. Kamikawa and Teodoro signed it': the states named with their envoys
        shared_act_voices(d.claims, country_of=lambda a: self._doc_countries.get(a) or self._country(a),
                          type_of=lambda a: self._actor_type(a, d.discovered))
        # 'fired water cannon at the boat, injuring two crew': the injury is the act's result, typed as the act
        consequence_acts(d.claims, participles=self._consequence_participles)
        return DocumentExtraction(body.start, body.end, body.excluded, d.claims, mention_rows(doc.doc_id, d.mentions), d.discovered)

    def _document_pass(self, doc: DocumentInput, body: Body) -> DocumentPass:
        """The document's mentions, speakers' segments and sentences, and the speakers' roles the stance rules read."""
        text = doc.text
        mentions, discovered = self.matcher.find(text, body.start, body.end, body.excluded)
        mentions = self._with_descriptions(text, body, mentions, discovered)
        segments = speaker_segments(text, body.start, body.end, mentions, lambda a: self._actor_type(a, discovered),
                                    caps_speaker=self._caps_label_person)
        sentences = split_sentences(text, start=body.start, end=body.end, excluded=body.excluded)
        person_ids = self.registry_persons | {d.actor_id for d in discovered.values() if d.actor_type == "person"}
        self._speaker_context(text, mentions, discovered, person_ids)
        self._last_body = None     # the named body that last opened a sentence as its subject ('It said ...' refers to it)
        closers = quote_closers(text, sentences)
        remarks_by = self._announced_before(text, body.start)   # whose announced words the sentences are ('X's remarks follow:')
        # (offset, owner) of the assets last introduced with their owner, from the headline on ('Chinese aircraft')
        asset_cues = asset_cues_in(text, 0, body.start, [], compiled=self._asset_anaphora,
                                   demonyms=self._demonym_assets()["demonyms"])
        return DocumentPass(doc.doc_id, doc.published_date, text, body, mentions, discovered, segments, sentences,
                            person_ids, closers, remarks_by, asset_cues)

    def _speaker_context(self, text: str, mentions: list[Mention], discovered: dict[str, DiscoveredActor],
                         person_ids: frozenset) -> None:
        """What the stance rules ask of a speaker, for this document: is one the registry lacks a person, is one a
        sitting official of their state, and which state a discovered one speaks for."""
        self._doc_persons = person_ids
        self._doc_roles = speaker_roles(text, mentions, person_ids, self._roles)
        self._doc_countries = {d.actor_id: d.country for d in discovered.values() if d.country}
        # (the parties a speaker is titled or labelled a member of: 'JCP lawmaker X', '○X (JCP)'; stance_parties.py)
        self._doc_parties = party_ties(text, mentions, person_ids, lambda a: self._actor_kind(a) == "political_party")
        # ... and, for a sitting official neither gives a country, the state their paragraph names (speaker_states.py)
        stateless = {a for a, r in self._doc_roles.items() if r == "official" and not (self._country(a) or self._doc_countries.get(a))}
        self._doc_context_states = paragraph_states(text, mentions, stateless, state_country=lambda a: self._country(a)
                                                    if self._actor_kind(a) == "state" else None,
                                                    body_country=lambda a: self._country(a)
                                                    if self._actor_kind(a) == "government_body" else None) if stateless else {}


def mention_rows(doc_id: str, mentions: list[Mention]) -> list[dict]:
    """The mention table's rows; a kind description ('the two countries') is one span naming two actors: each gets its
    own mention ID."""
    per_span = Counter((m.start, m.end) for m in mentions)
    return [{"mention_id": stable_id("mnt", doc_id, m.start, m.end, *((m.actor_id,) if per_span[(m.start, m.end)] > 1 else ())),
             "doc_id": doc_id,
             "actor_id": m.actor_id, "char_start": m.start, "char_end": m.end, "text": m.text,
             "method": m.method, "confidence": m.confidence} for m in mentions]
