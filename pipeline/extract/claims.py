"""Claims from one document: sentences -> event, stance and statement claims with their
claimant, modality, actors, topic and date."""
import hashlib
from collections import Counter
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from pipeline.extract.actors import ActorMatcher, DiscoveredActor, Mention
from pipeline.extract.attribution import Attribution, opening_body
from pipeline.extract.speaker_states import paragraph_states
from pipeline.extract.stance_officials import compile_roles, speaker_roles
from pipeline.extract.body import Body, find_body
from pipeline.extract.clauses import _unique_ids
from pipeline.extract.dates import TimeRef, anaphoric_day, find_time_expressions
from pipeline.extract.asset_anaphora import MAX_DISTANCE, asset_cues as asset_cues_in
from pipeline.extract.descriptions import DescriptionResolver
from pipeline.extract.events import EventRules
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.modality_reading import ModalityReading
from pipeline.extract.predicates import PREPOSITION_OBJECT, drop_parenthesised, drop_possessors
from pipeline.extract.sentences import Sentence, split_sentences
from pipeline.extract.spans import SpanSet
from pipeline.extract.stance_claims import StanceClaims
from pipeline.extract.statement_events import StatementEvents
from pipeline.extract.stances import compile_topics, topics_gate
from pipeline.extract.statements import quotation_open_at
from pipeline.extract.unnamed_speakers import unnamed_body_speaker
from pipeline.extract.statements import (OPENS_QUOTE, REMARKS_INTRO, after_quote_close, frame_time, paragraph_before,
                                         quote_closers, remarks_owner, wholly_quoted_paragraph)
from pipeline.extract.anaphoric_periods import hull, narrated_time, period_anaphor, trailing_period
from pipeline.extract.reported_perfect import reported_perfect_claim_time
from pipeline.extract.continued_statements import continued_statement_day
from pipeline.extract.year_anchor import anchor_after, with_year_anchor
from pipeline.extract.summary_leads import date_summary_leads
from pipeline.extract.statement_relatives import statement_relative_time
from pipeline.extract.statement_frames import reporting_day
from pipeline.extract.counted_after import counted_after_time
from pipeline.extract.noun_reactions import untied_noun_reaction
from pipeline.extract.reply_leads import date_reply_detail, lead_owners, reply_lead
from pipeline.extract.occasion_ties import at_the_time, sequel_at, sequel_marked
from pipeline.extract.timing import (actor_day, trailing_anaphoric_day, present_perfect, consequence_time, occasion_participant, performed_by_text, remember_days, anaphor_window, attribution_frame_start, clause_time, date_columns,
                                     narrated_day, perfect_before, foreground_times, speaker_day, spoken_day, period_start, publication_day, occasion_day)
from pipeline.extract.pronoun_bodies import body_antecedent
from pipeline.extract.transcripts import speaker_segments
from pipeline.knowledge import Knowledge

EXTRACTOR_NAME = "twjp-rules"
EXTRACTOR_VERSION = "1.17.0"
# a present perfect ('has lodged') takes no definite past time, so it never inherits one
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|not|also|already|now|just|since)\s+)*$", re.IGNORECASE)


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


def stable_id(prefix: str, *parts) -> str:
    return f"{prefix}-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


class ClaimExtractor(ModalityReading, Attribution, EventRules, StatementEvents, StanceClaims):
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
                                                 governments=titles.get("government_descriptions"))
        states = [a for a in knowledge.actors if a.actor_type == "state" and a.country]
        self._states = {c: ids[0] for c in {a.country for a in states}
                        if len(ids := sorted(a.actor_id for a in states if a.country == c)) == 1}   # one state per country
        self.registry_persons = frozenset(a.actor_id for a in knowledge.actors if a.actor_type == "person")
        self._roles = compile_roles(knowledge.attribution)     # sitting officials vs lawmakers, analysts (stance_officials.py)

    # -- events ------------------------------------------------------------------------------
    def _country(self, actor_id: str) -> str | None:
        actor = self.knowledge.actors_by_id.get(actor_id)
        return actor.country if actor is not None else None

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
        text = doc.text
        mentions, discovered = self.matcher.find(text, body.start, body.end, body.excluded)
        mentions = self._with_descriptions(text, body, mentions, discovered)
        segments = speaker_segments(text, body.start, body.end, mentions, lambda a: self._actor_type(a, discovered),
                                    caps_speaker=self._caps_label_person)
        sentences = split_sentences(text, start=body.start, end=body.end, excluded=body.excluded)
        claims: list[dict] = []
        person_ids = self.registry_persons | {d.actor_id for d in discovered.values() if d.actor_type == "person"}
        self._doc_persons = person_ids     # the stance rules ask whether a speaker the registry lacks is a person
        # ... and whether a speaker is a sitting official of their state, and which state a discovered one speaks for
        self._doc_roles = speaker_roles(text, mentions, person_ids, self._roles)
        self._doc_countries = {d.actor_id: d.country for d in discovered.values() if d.country}
        # ... and, for a sitting official neither gives a country, the state their paragraph names (speaker_states.py)
        stateless = {a for a, r in self._doc_roles.items() if r == "official" and not (self._country(a) or self._doc_countries.get(a))}
        self._doc_context_states = paragraph_states(text, mentions, stateless, state_country=lambda a: self._country(a)
                                                    if self._actor_kind(a) == "state" else None,
                                                    body_country=lambda a: self._country(a)
                                                    if self._actor_kind(a) == "government_body" else None) if stateless else {}
        last_person = None
        last_body: str | None = None     # the body a clause-initial 'it' stands for (pronoun_bodies.py)
        prev_speaker: tuple[int, str] | None = None   # (end, speaker) of the last sentence when a person spoke it
        self._last_body = None     # the named body that last opened a sentence as its subject ('It said ...' refers to it)
        days: dict = {}      # actor -> (the day the narrative last named for its act, sentence index)
        said_on: dict = {}   # speaker -> (the day of their last dated reporting frame, sentence index)
        last_day: TimeRef | None = None      # the last day the narrative named ('the day before' counts from it)
        year_anchor: int | None = None       # the year of the passage's last explicit date ('On February 19' takes it)
        last_time: TimeRef | None = None     # the last time of any precision it named ('the same month' counts from it)
        narrated: list[tuple[TimeRef, str | None]] = []   # (each narrated day, who it dated the saying of, if anyone)
        mention_starts = [m.start for m in mentions]  # mentions are sorted by (start, end)
        prev: tuple[int, TimeRef | None, set[str]] = (-1, None, set())   # end, sole time, actors of the last sentence
        reply_leads: dict = {}   # sentence index -> (day, actors) of "Beijing's answer came the next day."
        closers = quote_closers(text, sentences)
        quoted_by: tuple[int, str] | None = None     # (end, speaker) of the last sentence that quoted a named speaker
        remarks_by = self._announced_before(text, body.start)   # whose announced words the sentences are ('X's remarks follow:')
        # (offset, owner) of the assets last introduced with their owner, from the headline on ('Chinese aircraft')
        asset_cues = asset_cues_in(text, 0, body.start, [], compiled=self._asset_anaphora,
                                   demonyms=self._demonym_assets()["demonyms"])

        def sentence_mentions(s: Sentence) -> list[Mention]:
            first = bisect_left(mention_starts, s.start)
            last = bisect_right(mention_starts, s.end, lo=first)
            return [m for m in mentions[first:last] if m.end <= s.end]

        for i, s in enumerate(sentences):
            # the claims of this sentence are the ones appended from here on (sentences do not share a start):
            # read as claims[first_claim:], not by scanning every claim of the document once per sentence
            first_claim = len(claims)
            in_s = sentence_mentions(s)
            core = drop_parenthesised(text, in_s)     # the names that can act: no '(鄭麗文)' or '(KMT)' after a name
            # 'he said' refers back to the last sentence's speaker, else to the last person named
            he = prev_speaker[1] if prev_speaker and "\n\n" not in text[prev_speaker[0]:s.start] else last_person
            claimant, verb, verb_at = self.attribution(text, s, core, he)
            if claimant is None:     # 'an embassy spokesperson said': the embassy the text has just named
                claimant = unnamed_body_speaker(text, s.start, s.end, mentions, self._actor_name_of(discovered),
                                                lambda a: self._actor_type(a, discovered) == "government_body")
            frame = (s, verb_at) if verb_at is not None else None     # where the speaking is dated
            if claimant is None and i in closers:     # a quotation whose speaker is named where it closes
                closing = sentences[closers[i]]
                who, _, at = self.attribution(text, closing, drop_parenthesised(text, sentence_mentions(closing)), he)
                claimant = who if who is not None and after_quote_close(closing, at) else None
                frame = (closing, at) if claimant is not None else None
            if claimant is None and quoted_by is not None and quoted_by[0] >= 0 and (
                    OPENS_QUOTE.match(s.text) and "\n\n" not in text[quoted_by[0]:s.start]
                    # a paragraph that is only a quotation goes on with the last speaker ('..., Su told RFA.' / '"Japan ..."')
                    or not text[quoted_by[0]:s.start].strip() and wholly_quoted_paragraph(text, s.start)
                    # a quotation the last sentence opened and left open ('X told Newsweek: "This is ... . Washington should ..."')
                    or "\n\n" not in text[quoted_by[0]:s.start] and quotation_open_at(text, s.start)):
                claimant = quoted_by[1]     # '"...," said Aya Morikawa. "The two sides need ..."': the quotation goes on
            if claimant is None and quoted_by is None and prev_speaker is not None and (
                    OPENS_QUOTE.match(s.text) and "\n\n" not in text[prev_speaker[0]:s.start]
                    or not text[prev_speaker[0]:s.start].strip() and wholly_quoted_paragraph(text, s.start)):
                # a quotation without a speaker of its own right after a person's reported words ('But Kotani argued that
                # ... . "Tokyo should ..."'): news style gives it to that speaker, as after a sentence that quoted them
                claimant = prev_speaker[1]
            if claimant is None and remarks_by is not None:
                # the announced words go on until the narration names their owner again ('Mr. Ishiba then ... thanking
                # President Tsai')
                remarks_by = None if any(m.actor_id == remarks_by for m in in_s) else remarks_by
                claimant = remarks_by
            spoken = segments.speaker_at(s.start) if claimant is None else None   # a transcript speaker's words
            claimant = claimant or spoken
            times = with_year_anchor(s.text, find_time_expressions(s.text, published=doc.published_date), year_anchor)
            base = {"doc_id": doc.doc_id, "char_start": s.start, "char_end": s.end, "text": s.text,
                    "claimant_id": claimant, "extractor": self.extractor}
            made = False
            main = foreground_times(s.text, times)     # without background relative clauses (', who arrived on Monday,')
            carried = prev[1] if prev[0] >= 0 and not main and "\n\n" not in text[prev[0]:s.start] else None
            occasion = occasion_day(s.text, last_day, published=doc.published_date) if not main else None
            # the owners of the assets introduced before and in this sentence ('Chinese Navy vessels ... The two vessels')
            asset_cues = [c for c in asset_cues if s.start - c[0] <= MAX_DISTANCE] + \
                asset_cues_in(text, s.start, s.end, core, compiled=self._asset_anaphora, demonyms=self._demonym_assets()["demonyms"])
            acts = self.events(text, s, core, persons=person_ids, speaker=claimant,
                               speaker_verb_end=verb_at + len(verb) if verb_at is not None and verb else None,
                               last_person=last_person, asset_cues=asset_cues, last_body=last_body)
            # several acts in one sentence still share the sentence's offsets (CONTRACT.md: the claims of a sentence
            # share offsets and differ in kind); their triggers tell them apart
            for e in acts:
                t = clause_time(times, s, e["clause"], e["trigger_start"], frame_start=attribution_frame_start(text, s, self.lexicon))
                # 'summoned the ambassador two days later': an anaphoric day right after the trigger is its own, over
                # a time earlier in the sentence (the day it counts from)
                if t is None or s.start + t.end <= e["trigger_start"]:
                    t = trailing_anaphoric_day(text, s, times, e["trigger_start"], last_day) \
                        or trailing_period(text, s, times, e["trigger_start"], last_time) or t
                # 'Kishida later urged ...', 'In 2008 ..., and Japan eventually apologized': after the occasion at no
                # stated distance, not on it, so neither an earlier time of the sentence nor the occasion's (GUIDELINES, Dates)
                later_at = sequel_at(text, e["clause"][0], e["trigger_start"])
                sequel = later_at is not None or (
                    frame is not None and frame[0] is s and frame[1] > e["trigger_start"] and sequel_marked(text, s.start, frame[1]))
                if later_at is not None and t is not None and s.start + t.end <= later_at:
                    t = None
                # a present perfect ('has also postponed the talks') is dated only by a time of its own clause
                undated_perfect = t is None and present_perfect(text, e["clause"][0], e["trigger_start"])
                if t is None and frame is not None and e["subject_ids"] == [claimant] and e["modality"] == "asserted":
                    # a verbal act the speaker performs in the reported words ('“We urge ...,” Guo said on Monday'):
                    # done when said
                    f_s, f_at = frame
                    t = frame_time(main if f_s is s else foreground_times(f_s.text, find_time_expressions(f_s.text, published=doc.published_date)), f_s, f_at)
                if t is None:      # 'The day before, X agreed': a day counted from the narrative's last named day
                    here = [x for x in times if x.precision == "day" and s.start + x.end <= e["clause"][0]]
                    t = anaphoric_day(anaphor_window(text, e["clause"][0], e["trigger_start"], s.end), here[-1] if here else last_day)
                if t is None:      # 'The same month, Zhao urged ...': a month or year counted from the narrative's last time
                    known_before = [x for x in times if x.precision != "unknown" and s.start + x.end <= e["clause"][0]]
                    t = period_anaphor(anaphor_window(text, e["clause"][0], e["trigger_start"], s.end),
                                       hull(known_before) or last_time)
                if t is None and e["modality"] == "asserted" and not times and performed_by_text(text, e["clause"][0], e["trigger_start"]):
                    # 'The MAC expresses its condemnation': the text's own act, on its publication day (a present tense
                    # never goes on with a day an earlier sentence named)
                    t = publication_day(doc.published_date)
                if t is None and not undated_perfect and e["subject_ids"] == [claimant] and e["modality"] == "asserted" \
                        and segments.speaker_at(s.start) == claimant and not perfect_before(text, e["trigger_start"]):
                    t = publication_day(doc.published_date)   # a briefing speaker's own act: on the transcript's day
                if t is None:      # 'Beijing protested at the time': the occasion's time, whoever acts
                    t = at_the_time(anaphor_window(text, e["clause"][0], e["trigger_start"], s.end), 0, len(text),
                                    [x for x in times if s.start + x.end <= e["trigger_start"]], last_time)
                if t is None and not undated_perfect and not sequel and carried is not None and e["modality"] == "asserted" and set(e["subject_ids"]) & prev[2] \
                        and not PRESENT_PERFECT.search(text, max(s.start, e["trigger_start"] - 40), e["trigger_start"]):
                    t = carried      # 'On March 2, Tsai gave an interview. Tsai proposed ...': the same occasion
                # (a different actor's response in a later sentence, 'In response, the ASDF scrambled fighters', 'The
                # JMSDF shadowed the ships', stays unknown: GUIDELINES, Dates, ruling of 2026-12-07)
                if t is None and not undated_perfect and e["modality"] == "asserted":
                    t = consequence_time(times, s, e["trigger_start"])   # '..., prompting Japan to scramble jets'
                if t is None and not undated_perfect and e["modality"] == "asserted":
                    # 'a statement the G7 issued on Wednesday, which urged ...': the statement's content, on its day
                    t = statement_relative_time(s.text, times, e["trigger_start"] - s.start)
                if t is None and not undated_perfect and e["modality"] == "asserted":
                    t = occasion       # 'At the meeting, Lin asked ...': the day the narrative named for the meeting
                # (a time only after the trigger, which clause_time left to a later clause, is not the act's)
                # (nor an act in the perfect, 'have lodged protests': done before, on a day not named)
                if t is None and not undated_perfect and not sequel and e["modality"] == "asserted" and not any(x.start <= e["trigger_start"] - s.start for x in main) \
                        and not perfect_before(text, e["trigger_start"]):
                    t = actor_day(days, e["subject_ids"], index=i)   # '"We urge ...," Hua said': the occasion goes on
                if t is None and not undated_perfect and not sequel and e["modality"] == "asserted" and not main and not perfect_before(text, e["trigger_start"]):
                    t = spoken_day(said_on, claimant, e["subject_ids"], index=i)   # the speaker's quoted words go on
                if frame is not None and frame[0] is s and e["modality"] == "asserted" and e["plover"] in self._performative:
                    # 'Wang said on Monday that China had lodged representations': after the occasion, by the saying
                    # (a verbal act answers an occasion; a material one reported so, 'had tracked the ships', 'had
                    # travelled to', may precede it or be it, so its span from the occasion is not certain)
                    t = reported_perfect_claim_time(text, s, trigger_start=e["trigger_start"], verb_at=frame[1], main=main,
                                                    times=times, said_on=said_on, claimant=claimant,
                                                    published=doc.published_date, narrated=narrated, index=i) or t
                # 'on Sunday, a day after X summoned him': X's act counted back from the sentence's time (dates16)
                t = counted_after_time(s.text, e["trigger_start"] - s.start, t, times)
                conf = _event_confidence(e, t)
                if untied_noun_reaction(s.text, e["trigger_start"] - s.start, t, times):
                    t = None     # ', remarks that drew a protest from Beijing': a reaction on a noun, untied (GUIDELINES)
                claims.append({**base, **date_columns(t), "kind": "event", "modality": e["modality"], "predicate": e["plover"],
                               "mode": e["mode"], "trigger": e["trigger"], "subject_ids": e["subject_ids"],
                               "object_ids": e["object_ids"], "topic_id": None, "polarity": None, "confidence": conf,
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "event", e["plover"], e["trigger_start"])})
                made = True
            # a question's own words are no one's position (the people it reports on still hold theirs)
            sentence_stances = [] if claimant is None and segments.asked_at(s.start) else \
                self.stances(text, s, core, claimant, verb_at, last_person)
            for st in sentence_stances:
                t = times[0] if times else None
                claims.append({**base, **date_columns(t), "kind": "stance", "modality": st["modality"], "predicate": "STANCE",
                               "mode": None, "trigger": st["trigger"], "subject_ids": [st["holder"]], "object_ids": [],
                               "topic_id": st["topic_id"], "polarity": st["polarity"],
                               "confidence": (0.75 if st.get("speaker_held", True) else 0.55) if st["attributed"] else 0.6,
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "stance", st["topic_id"], st["polarity"], st["holder"])})
                made = True
            sentence_events = [c for c in claims[first_claim:] if c["kind"] == "event"]
            event_sources = {a for c in sentence_events for a in c["subject_ids"]}
            if spoken:
                said, verb, verb_at = self.spoken_event(spoken, sentence_stances, event_sources, text=text, sentence_start=s.start)
            else:
                # (a second speaker's words, 'and B argued that ...', are no part of the claimant's statement)
                said = self.statement_event(text, s, core, claimant, verb, verb_at,
                                            [st for st in sentence_stances if not st.get("later_speaker")], event_sources)
            if said is not None and not any(c["predicate"] == said["plover"] for c in sentence_events):
                t = frame_time(main, s, verb_at)     # (not a relative clause's time: ', who arrived on Monday, said')
                if t is None and verb_at is not None:   # 'Hayashi told a news conference the day before that ...'
                    t = anaphoric_day(anaphor_window(text, s.start, verb_at, s.end), last_day)
                if t is None and verb_at is not None:   # 'Qin responded the same month that ...'
                    t = period_anaphor(anaphor_window(text, s.start, verb_at, s.end), last_time)
                if t is None and not main and not (verb_at is not None and sequel_marked(text, s.start, verb_at)):
                    # '"...," Tung said.' after 'Tung told a news conference this morning that ...' (not 'Tung later said')
                    t = spoken_day(said_on, claimant, said["sources"], index=i)
                if t is None and not main:    # '"...," Hegseth told a joint press conference' after his dated talks
                    t = continued_statement_day(text, verb=verb, verb_at=verb_at, sources=said["sources"], sentence_text=s.text,
                                                days=days, last_day=last_day, published=doc.published_date, index=i)
                claims.append({**base, **date_columns(t), "kind": "event", "modality": "asserted", "predicate": said["plover"],
                               "mode": None, "trigger": verb, "subject_ids": said["sources"], "object_ids": [],
                               "topic_id": None, "polarity": None,
                               "confidence": round(0.6 + (0.1 if t and t.precision != "unknown" else 0.0), 3),
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "event", said["plover"], verb_at)})
            if not made and in_s:
                t = times[0] if times else None
                claims.append({**base, **date_columns(t), "kind": "statement", "modality": self.modality(text, s, s.end),
                               "predicate": verb, "mode": None, "trigger": verb, "subject_ids": _unique_ids(in_s),
                               "object_ids": [], "topic_id": None, "polarity": None, "confidence": 0.9,
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "statement")})
            quoted_by = (s.end, claimant) if claimant is not None and any(q in s.text for q in "“”\"") else None
            remarks_by = remarks_owner(text, s, in_s) or remarks_by     # 'President Tsai's remarks follow:
            prev_speaker = (s.end, claimant) if claimant in person_ids else None
            self._last_body = opening_body(text, s, core, lambda a: self._actor_type(a, discovered), self._last_body)
            persons = [m for m in in_s if m.actor_id in person_ids]
            if persons:
                last_person = persons[-1].actor_id
            last_body = body_antecedent(text, s.start, s.end, core, acts, persons=person_ids, previous=last_body)
            if i - 1 in reply_leads and "\n" not in text[sentences[i - 1].end:s.start]:
                # "Beijing's answer came the next day. Its spokesperson said ...": the reply's day
                date_reply_detail(claims[first_claim:], reply_leads[i - 1], s.text, published=doc.published_date,
                                  country_of=lambda a: self._doc_countries.get(a) or self._country(a))
            known = [t for t in main if t.precision != "unknown"]
            days = remember_days(days, index=i, sentence_times=times, text=s.text,
                                 present={m.actor_id for m in core if occasion_participant(text, m.start)},
                                 dated=[(c["subject_ids"], _claim_time(c)) for c in claims[first_claim:] if c["kind"] == "event"])
            # ('said in a statement the same evening that ...': the frame's day counted from the narrative's, dates16)
            said_on = speaker_day(said_on, claimant, reporting_day(text, s, main, frame[1], last_day) if frame and frame[0] is s else None,
                                  index=i)
            named_day = narrated_day(known, doc.published_date, text=s.text)
            if named_day is not None:
                narrated.append((named_day, claimant if frame and frame[0] is s and frame_time(main, s, frame[1]) else None))
            lead = reply_lead(text, s, times, last_day)
            if lead is not None:
                reply_leads[i] = (lead[0], lead_owners(core, lead[1], s.start))
            last_day = named_day or last_day
            year_anchor = anchor_after(s.text, year_anchor)
            # (a period's start counts: 'since April, when Yoon spoke ... Qin responded the same month')
            last_time = narrated_time(known, doc.published_date, text=s.text) or last_time
            # who the sentence is about: its speaker, its events' sources, its first name outside a prepositional
            # phrase ('On March 8, Suga rejected the proposal made by Tsai': Suga, not Tsai)
            about = {a for c in claims[first_claim:] if c["kind"] == "event" for a in c["subject_ids"]}
            head = next((m for m in drop_possessors(text, in_s)
                         if not PREPOSITION_OBJECT.search(text, max(s.start, m.start - 30), m.start)), None)
            prev = (s.end, known[0] if len(known) == 1 and len(times) == 1 and not period_start(s.text, known[0]) else
                    occasion,
                    about | ({head.actor_id} if head else set()) | ({claimant} if claimant else set()))
        # 'Taipei welcomed the statement. Its foreign ministry thanked ... on Saturday': the detail's day
        date_summary_leads(text, sentences, claims, sentence_mentions, published=doc.published_date,
                           country_of=lambda a: self._doc_countries.get(a) or self._country(a),
                           type_of=lambda a: self._actor_type(a, discovered))
        # a kind description ('the two countries') is one span naming two actors: each gets its own mention ID
        per_span = Counter((m.start, m.end) for m in mentions)
        mention_rows = [{"mention_id": stable_id("mnt", doc.doc_id, m.start, m.end,
                                                 *((m.actor_id,) if per_span[(m.start, m.end)] > 1 else ())),
                         "doc_id": doc.doc_id,
                         "actor_id": m.actor_id, "char_start": m.start, "char_end": m.end, "text": m.text,
                         "method": m.method, "confidence": m.confidence} for m in mentions]
        return DocumentExtraction(body.start, body.end, body.excluded, claims, mention_rows, discovered)


def _claim_time(c: dict) -> TimeRef | None:
    """The day a claim row was dated to, as a time (None when it has no single day)."""
    if c["date_precision"] != "day" or c["date_start"] is None:
        return None
    return TimeRef(0, 0, c["time_text"] or "", c["date_start"], c["date_end"], "day")


def _event_confidence(e: dict, t: TimeRef | None) -> float:
    """A heuristic score from the evidence's strength (see the codebook's calibration note)."""
    score = 0.55 + 0.2 * e["registry_share"] + (0.1 if e["object_ids"] else 0.0) + (0.1 if t and t.precision != "unknown" else 0.0)
    return round(min(score, 0.95), 3)
