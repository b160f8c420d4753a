"""The claims of one sentence, in stages (ClaimExtractor.extract runs them sentence by sentence, in this order):
the speaker (claim_speakers.py), the sentence's times, the event rules and their claims (event_claims.py), the stance
claims, the statement event of the speaking, a plain statement claim when nothing else was made, then what the
sentence leaves for the next (its speakers, its days). The order is the output's: later stages read earlier claims."""
from collections.abc import Callable

from pipeline.extract.anaphoric_periods import narrated_time, period_anaphor
from pipeline.extract.asset_anaphora import MAX_DISTANCE, asset_cues as asset_cues_in
from pipeline.extract.claim_pass import DocumentPass, SentenceView, claim_time, stable_id
from pipeline.extract.clauses import _unique_ids
from pipeline.extract.continued_statements import continued_statement_day
from pipeline.extract.dates import ANAPHORIC_DAY, TimeRef, anaphoric_day, find_time_expressions
from pipeline.extract.occasion_frames import claim_date, frame_occasion, named_occasions
from pipeline.extract.occasion_ties import sequel_marked
from pipeline.extract.predicates import PREPOSITION_OBJECT, drop_parenthesised, drop_possessors
from pipeline.extract.reply_leads import lead_owners, reply_lead
from pipeline.extract.sentence_gates import may_name_occasions
from pipeline.extract.sentences import Sentence
from pipeline.extract.statement_frames import reporting_day
from pipeline.extract.statements import frame_time
from pipeline.extract.actor_days import remember_days, speaker_day, spoken_day, undated_actors
from pipeline.extract.meeting_participants import remember_meeting
from pipeline.extract.lead_occasions import lead_subject, response_owner
from pipeline.extract.background_times import attributive, narrated_days
from pipeline.extract.timing import (anaphor_window, date_columns, foreground_times, narrated_day, occasion_day,
                                     occasion_participant, perfect_before, period_start)
from pipeline.extract.year_anchor import anchor_after, with_year_anchor


class SentenceClaims:
    """Mixin of ClaimExtractor: the stages of one sentence."""

    def _sentence_claims(self, d: DocumentPass, i: int, s: Sentence) -> None:
        """Appends the claims of sentence i to d.claims and updates d's narrative memory."""
        # the claims of this sentence are the ones appended from here on (sentences do not share a start):
        # read as claims[first_claim:], not by scanning every claim of the document once per sentence
        first_claim = len(d.claims)
        in_s = d.sentence_mentions(s)
        core = drop_parenthesised(d.text, in_s)     # the names that can act: no '(鄭麗文)' or '(KMT)' after a name
        claimant, verb, verb_at, frame, spoken = self._sentence_speaker(d, i, s, in_s, core)
        v = _sentence_view(d, i, s, in_s, core, claimant, verb, verb_at, frame, first_claim, extractor=self.extractor)
        # the owners of the assets introduced before and in this sentence ('Chinese Navy vessels ... The two vessels')
        d.asset_cues = [c for c in d.asset_cues if s.start - c[0] <= MAX_DISTANCE] + \
            asset_cues_in(d.text, s.start, s.end, core, compiled=self._asset_anaphora, demonyms=self._demonym_assets()["demonyms"])
        acts = self.events(d.text, s, core, persons=d.person_ids, speaker=claimant,
                           speaker_verb_end=verb_at + len(verb) if verb_at is not None and verb else None,
                           last_person=d.last_person, asset_cues=d.asset_cues, last_body=d.last_body)
        made = self._event_claims(d, v, acts)
        sentence_stances = self._stance_claims(d, v)
        verb = self._statement_event_claim(d, v, spoken, sentence_stances)
        if not (made or sentence_stances) and in_s:
            t = v.times[0] if v.times else None
            d.claims.append({**v.base, **date_columns(t), "kind": "statement", "modality": self.modality(d.text, s, s.end),
                             "predicate": verb, "mode": None, "trigger": verb, "subject_ids": _unique_ids(in_s),
                             "object_ids": [], "topic_id": None, "polarity": None, "confidence": 0.9,
                             "claim_id": stable_id("clm", d.doc_id, s.start, s.end, "statement")})
        self._remember_speakers(d, v, acts)
        _remember_times(d, v)

    def _stance_claims(self, d: DocumentPass, v: SentenceView) -> list[dict]:
        """Appends the sentence's stance claims; returns the stances read."""
        s = v.s
        # a question's own words are no one's position (the people it reports on still hold theirs)
        sentence_stances = [] if v.claimant is None and d.segments.asked_at(s.start) else \
            self.stances(d.text, s, v.core, v.claimant, v.verb_at, d.last_person)
        for st in sentence_stances:
            t = v.times[0] if v.times else None
            d.claims.append({**v.base, **date_columns(t), "kind": "stance", "modality": st["modality"], "predicate": "STANCE",
                             "mode": None, "trigger": st["trigger"], "subject_ids": [st["holder"]], "object_ids": [],
                             "topic_id": st["topic_id"], "polarity": st["polarity"],
                             "confidence": (0.75 if st.get("speaker_held", True) else 0.55) if st["attributed"] else 0.6,
                             "claim_id": stable_id("clm", d.doc_id, s.start, s.end, "stance", st["topic_id"], st["polarity"], st["holder"])})
        return sentence_stances

    def _statement_event_claim(self, d: DocumentPass, v: SentenceView, spoken: str | None,
                               sentence_stances: list[dict]) -> str | None:
        """Appends the event of the speaking itself, when the sentence has none of its type; returns the reporting
        verb (a transcript speaker's is the one the speaker's words take)."""
        text, s, verb, verb_at = d.text, v.s, v.verb, v.verb_at
        sentence_events = [c for c in d.claims[v.first_claim:] if c["kind"] == "event"]
        event_sources = {a for c in sentence_events for a in c["subject_ids"]}
        if spoken:
            said, verb, verb_at = self.spoken_event(spoken, sentence_stances, event_sources, text=text, sentence_start=s.start,
                                                    sentence=s, mentions=v.core)
        else:
            # (a second speaker's words, 'and B argued that ...', are no part of the claimant's statement)
            said = self.statement_event(text, s, v.core, v.claimant, verb, verb_at,
                                        [st for st in sentence_stances if not st.get("later_speaker")], event_sources)
        if said is None:
            # 'spoke with Motegi ... and reaffirmed that our commitment ... is unwavering' (statement_demands.py, events30)
            said, a_verb, a_at = self.assurance_act(text, s, sentence_events, v.claimant if not spoken else spoken)
            if said is not None:
                self._append_statement_events(d, v, spoken, said, sentence_events, a_verb, a_at)
                return verb
        self._append_statement_events(d, v, spoken, said, sentence_events, verb, verb_at)
        return verb

    def _append_statement_events(self, d: DocumentPass, v: SentenceView, spoken: str | None, said: dict | None,
                                 sentence_events: list[dict], verb: str | None, verb_at: int | None) -> None:
        """Appends the statement's event rows (said and its 'also' types) reported by verb at verb_at."""
        text, s = d.text, v.s
        for plover in ([said["plover"], *said.get("also", ())] if said is not None else ()):
            if any(c["predicate"] == plover for c in sentence_events):
                continue
            # the party whose act or words the statement evaluates (events28; a transcript turn names none)
            targets = [] if spoken else [a for a in self.statement_targets(text, s, v.core, v.claimant, verb, verb_at)
                                         if a not in said["sources"]]
            t = _statement_time(d, v, said["sources"], verb, verb_at,
                                voice_day=lambda d_, v_, sources: self._voice_day(d_, v_, sources, plover))
            if t is None and spoken and said["sources"] == [spoken]:
                # a transcript speaker's own words in their turn ('Spokesperson: We note ...'): said at the
                # briefing, on its day (GUIDELINES, Dates, "Acts around a dated occasion"; dates22)
                t = self._text_day(d)
            d.claims.append({**v.base, **date_columns(t), "kind": "event", "modality": "asserted", "predicate": plover,
                             "mode": None, "trigger": verb, "subject_ids": said["sources"], "object_ids": targets,
                             "topic_id": None, "polarity": None,
                             "confidence": round(0.6 + (0.1 if t and t.precision != "unknown" else 0.0), 3),
                             "claim_id": stable_id("clm", d.doc_id, s.start, s.end, "event", plover, verb_at)})


def _sentence_view(d: DocumentPass, i: int, s: Sentence, in_s: list, core: list, claimant: str | None, verb: str | None,
                   verb_at: int | None, frame, first_claim: int, *, extractor: str) -> SentenceView:
    """The sentence with its speaker, its times and the occasion it may go on with."""
    times = with_year_anchor(s.text, find_time_expressions(s.text, published=d.published), d.year_anchor)
    base = {"doc_id": d.doc_id, "char_start": s.start, "char_end": s.end, "text": s.text,
            "claimant_id": claimant, "extractor": extractor}
    main = foreground_times(s.text, times)     # without background relative clauses (', who arrived on Monday,')
    carried = d.prev[1] if d.prev[0] >= 0 and not main and "\n\n" not in d.text[d.prev[0]:s.start] else None
    # ('In his inaugural address, ...': the occasion named by its noun, else the narrative's last day)
    # (frame_occasion refers back only to an occasion already named: none before the first, sentence_gates.py)
    occasion = ((frame_occasion(s.text, d.occasions) if d.occasions else None)
                or occasion_day(s.text, d.last_day, published=d.published)) if not main else None
    return SentenceView(i, s, in_s, core, claimant, verb, verb_at, frame, times, main, carried, occasion, base, first_claim)


def _statement_time(d: DocumentPass, v: SentenceView, sources: list[str], verb: str | None,
                    verb_at: int | None, *, voice_day: Callable) -> TimeRef | None:
    """The time of the speaking: its frame's, an anaphor's at the verb, else the speaker's occasion going on."""
    text, s, main = d.text, v.s, v.main
    t = frame_time(main, s, verb_at)     # (not a relative clause's time: ', who arrived on Monday, said')
    if t is None and verb_at is not None:   # 'Hayashi told a news conference the day before that ...'
        t = anaphoric_day(anaphor_window(text, s.start, verb_at, s.end), d.last_day)
    if t is None and verb_at is not None:   # 'Qin responded the same month that ...'
        t = period_anaphor(anaphor_window(text, s.start, verb_at, s.end), d.last_time)
    if t is None and not main and not (verb_at is not None and sequel_marked(text, s.start, verb_at)):
        # '"...," Tung said.' after 'Tung told a news conference this morning that ...' (not 'Tung later said')
        t = spoken_day(d.said_on, v.claimant, sources, index=v.i)
    if t is None and not main and verb_at is not None and not sequel_marked(text, s.start, verb_at) \
            and not perfect_before(text, verb_at):   # 'spokesperson Guo said at a briefing' after China's dated act
        t = voice_day(d, v, sources)
    if t is None and not main:    # '"...," Hegseth told a joint press conference' after his dated talks
        t = continued_statement_day(text, verb=verb, verb_at=verb_at, sources=sources, sentence_text=s.text,
                                    days=d.days, last_day=d.last_day, published=d.published, index=v.i)
    return t


OPENING_ANAPHOR = 30    # characters: 'The next day,', 'Two days later,' opening the sentence
# (a literal precondition for ANAPHORIC_DAY: each of its phrases holds one of these words)
ANAPHOR_WORDS = ("day", "morning", "afternoon", "evening", "night", "hour", "Hour", "minute", "Minute", "same", "Same")


def _remember_times(d: DocumentPass, v: SentenceView) -> None:
    """The days the sentence leaves for the next: each actor's and speaker's, the narrative's last day and time, a
    reply's lead, and the sentence's sole time and actors (who the next sentence's occasion may go on with)."""
    text, s, i, times, main, claimant, frame = d.text, v.s, v.i, v.times, v.main, v.claimant, v.frame
    known = [t for t in main if t.precision != "unknown"]
    dated = [(c["subject_ids"], claim_time(c)) for c in d.claims[v.first_claim:] if c["kind"] == "event"]
    d.met = remember_meeting(d.met, d.claims[v.first_claim:], index=i, sentence_text=s.text, main=main)
    undated = undated_actors(d.claims[v.first_claim:], text, s.start, perfect_before,
                             reported=bool(frame and frame[0] is s)) if not known else frozenset()
    d.days = remember_days(d.days, index=i, sentence_times=times, text=s.text,
                           present={m.actor_id for m in v.core if occasion_participant(text, m.start)}, dated=dated,
                           undated=undated)
    if len(main) == 1 and main[0].precision == "day" and v.core and not any(t is not None for _, t in dated):
        # a lead that dates an occasion and codes no act: its subject (only) goes on with it (lead_occasions)
        for a in lead_subject(s.text, [(m.start - s.start, m.end - s.start, m.actor_id) for m in v.core], main):
            d.days[a] = (main[0], i)
    # ('said in a statement the same evening that ...': the frame's day counted from the narrative's, dates16)
    if undated:     # (another actor's undated act: the speakers quoted before it no longer go on, actor_days)
        d.said_on = {a: v_ for a, v_ in d.said_on.items() if a in undated}
    d.said_on = speaker_day(d.said_on, claimant, reporting_day(text, s, main, frame[1], d.last_day) if frame and frame[0] is s else None,
                            index=i)
    named_day = narrated_day(narrated_days(s.text, known), d.published, text=s.text)   # (not 'since ...', 'set for ...')
    if named_day is None and not known and any(w in s.text for w in ANAPHOR_WORDS) and ANAPHORIC_DAY.search(s.text):
        # 'The next day Xue posted ...': the day the anaphor moved the narrative to, which the sentence's acts took,
        # or (no act coded) that a sentence-opening anaphor names
        act_days = {t.date_start: t for _, t in dated if t is not None and t.precision == "day" and t.date_start is not None}
        named_day = next(iter(act_days.values())) if len(act_days) == 1 else \
            None if act_days else anaphoric_day(s.text[:OPENING_ANAPHOR], d.last_day)
        if not act_days and "came" in s.text:     # "Beijing's response came the following day." (lead_occasions)
            came = anaphoric_day(s.text, d.last_day)
            for a in response_owner(s.text, [(m.start - s.start, m.end - s.start, m.actor_id) for m in v.core]) if came else []:
                d.days[a] = (came, i)
                named_day = came
    if named_day is not None:
        d.narrated.append((named_day, claimant if frame and frame[0] is s and frame_time(main, s, frame[1]) else None))
    lead = reply_lead(text, s, times, d.last_day)
    if lead is not None:
        d.reply_leads[i] = (lead[0], lead_owners(v.core, lead[1], s.start))
    d.last_day = named_day or d.last_day
    # (the first dated mention of an occasion: a later one is mostly background, 'At the last inauguration in 2020')
    acts = [(s.text.find(c["trigger"]), claim_date(c)) for c in d.claims[v.first_claim:]
            if c["kind"] == "event" and claim_date(c) is not None]
    if may_name_occasions(main, acts):     # (sentence_gates.py: most sentences have neither, and name none)
        d.occasions = {**named_occasions(s.text, main, acts), **d.occasions}
    d.year_anchor = anchor_after(s.text, d.year_anchor)
    # (a period's start counts: 'since April, when Yoon spoke ... Qin responded the same month')
    d.last_time = narrated_time(known, d.published, text=s.text) or d.last_time
    # who the sentence is about: its speaker, its events' sources, its first name outside a prepositional
    # phrase ('On March 8, Suga rejected the proposal made by Tsai': Suga, not Tsai)
    about = {a for c in d.claims[v.first_claim:] if c["kind"] == "event" for a in c["subject_ids"]}
    head = next((m for m in drop_possessors(text, v.in_s)
                 if not PREPOSITION_OBJECT.search(text, max(s.start, m.start - 30), m.start)), None)
    # (nor a noun's own time, 'as stated in the 1972 joint communique': no occasion the next sentence goes on with)
    d.prev = (s.end, known[0] if len(known) == 1 and len(times) == 1 and not period_start(s.text, known[0])
              and not attributive(s.text, known[0]) else
              v.occasion,
              about | ({head.actor_id} if head else set()) | ({claimant} if claimant else set()))
