"""The event claims of a sentence (ClaimExtractor's event stage): each act the event rules read becomes a claim row,
dated by the first time that holds in this order: its own clause's time, an anaphor ('the day before', 'the same
month'), the text's own act, the occasion the narrative goes on with, the speaker's frame."""
import re
from functools import cached_property

from pipeline.extract.anaphoric_periods import hull, period_anaphor, trailing_period
from pipeline.extract.briefing_days import briefing_day
from pipeline.extract.claim_pass import DocumentPass, SentenceView, stable_id
from pipeline.extract.coordinated_time import irregular_past_forms
from pipeline.extract.counted_after import counted_after_time
from pipeline.extract.dates import TimeRef, anaphoric_day, count_anchor, find_time_expressions
from pipeline.extract.noun_reactions import untied_noun_reaction
from pipeline.extract.occasion_ties import at_the_time, sequel_at, sequel_marked
from pipeline.extract.attached_times import fronted_count_time, hedged_front_time, noun_participle_time, possessive_time_of_other
from pipeline.extract.quoted_acts import may_quote_perfect, official_voice, quoted_perfect_time, titled_country
from pipeline.extract.reported_perfect import MAX_RESPONSE_DAYS, reported_perfect_claim_time, response_occasion
from pipeline.extract.statement_relatives import statement_relative_time
from pipeline.extract.statements import frame_time
from pipeline.extract.subordinate_acts import outside_subordinate_time, past_participles
from pipeline.extract.voice_days import SAYING, SAYING_IN, holds_office, speaks_for_another, state_voice_actors, voice_day_actors
from pipeline.extract.actor_days import actor_day, speaker_act_day, spoken_day
from pipeline.extract.meeting_participants import compile_participants, participants_day
from pipeline.extract.timing import (anaphor_window, attribution_frame_start, clause_time, consequence_time,
                                     date_columns, foreground_times, perfect_before, performed_by_text, present_perfect,
                                     publication_day, trailing_anaphoric_day)

# a present perfect ('has lodged') takes no definite past time, so it never inherits one
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|not|also|already|now|just|since)\s+)*$", re.IGNORECASE)


def event_confidence(e: dict, t: TimeRef | None) -> float:
    """A heuristic score from the evidence's strength (see the codebook's calibration note)."""
    score = 0.55 + 0.2 * e["registry_share"] + (0.1 if e["object_ids"] else 0.0) + (0.1 if t and t.precision != "unknown" else 0.0)
    return round(min(score, 0.95), 3)


class EventClaims:
    """Mixin of ClaimExtractor: event claim rows and their dates."""

    @cached_property     # the verb table's irregular simple pasts ('drove', 'sank'): a coordinated clause's past tense
    def _past_forms(self) -> frozenset[str]:
        return irregular_past_forms(self.knowledge.irregular_verbs)

    @cached_property     # the verb table's past participles ('made', 'met'): a past perfect before an after-clause
    def _participles(self) -> frozenset[str]:
        return past_participles(self.knowledge.irregular_verbs)

    @cached_property     # 'The two ministers agreed ...': the group nouns of a meeting's parties (vocabulary.yaml)
    def _participants_re(self):
        return compile_participants((self.knowledge.vocabulary or {}).get("meeting_participants"))

    def _event_claims(self, d: DocumentPass, v: SentenceView, acts: list[dict]) -> bool:
        """Appends a claim per act; True when there was any."""
        s = v.s
        # several acts in one sentence still share the sentence's offsets (CONTRACT.md: the claims of a sentence
        # share offsets and differ in kind); their triggers tell them apart
        for e in acts:
            t = self._event_time(d, v, e)
            conf = event_confidence(e, t)
            if untied_noun_reaction(s.text, e["trigger_start"] - s.start, t, v.times):
                t = None     # ', remarks that drew a protest from Beijing': a reaction on a noun, untied (GUIDELINES)
            d.claims.append({**v.base, **date_columns(t), "kind": "event", "modality": e["modality"], "predicate": e["plover"],
                             "mode": e["mode"], "trigger": e["trigger"], "subject_ids": e["subject_ids"],
                             "object_ids": e["object_ids"], "topic_id": None, "polarity": None, "confidence": conf,
                             "claim_id": stable_id("clm", d.doc_id, s.start, s.end, "event", e["plover"], e["trigger_start"])})
        return bool(acts)

    def _event_time(self, d: DocumentPass, v: SentenceView, e: dict) -> TimeRef | None:
        t, sequel, undated_perfect = self._clause_event_time(d, v, e)
        t = self._anaphoric_event_time(d, v, e, t, undated_perfect)
        t = self._narrative_event_time(d, v, e, t, sequel, undated_perfect)
        if v.frame is not None and v.frame[0] is v.s and e["modality"] == "asserted" and e["plover"] in self._performative:
            # 'Wang said on Monday that China had lodged representations': after the occasion, by the saying
            # (a verbal act answers an occasion; a material one reported so, 'had tracked the ships', 'had
            # travelled to', may precede it or be it, so its span from the occasion is not certain)
            reported = reported_perfect_claim_time(d.text, v.s, trigger_start=e["trigger_start"], verb_at=v.frame[1], main=v.main,
                                                   times=v.times, said_on=d.said_on, claimant=v.claimant,
                                                   published=d.published, narrated=d.narrated, index=v.i, days=d.days)
            # (no dated occasion: the saying bounds the act but does not date it, GUIDELINES, Dates)
            t = t if reported is None else None if reported.precision == "unknown" else reported
        if t is None and e["modality"] == "asserted" and v.claimant is not None and e["plover"] in self._performative \
                and may_quote_perfect(v.s.text, e["trigger_start"] - v.s.start, d.text, e["trigger_start"]):
            t = self._quoted_perfect_time(d, v, e)    # '"China has lodged representations," Qin said' (dates25)
        # 'on Sunday, a day after X summoned him': X's act counted back from the sentence's time (dates16)
        t = counted_after_time(v.s.text, e["trigger_start"] - v.s.start, t, v.times, past_forms=self._past_forms)
        if t is not None and any(x is t for x in v.times) and possessive_time_of_other(v.s.text, e["trigger_start"] - v.s.start, t):
            t = None     # "welcomed yesterday's agreement": the agreement's day, not the welcome's (dates24)
        # 'In May, after X allowed ..., Y downgraded ...': X's act is no main clause's; no time from outside (dates18)
        return None if outside_subordinate_time(v.s.text, e["trigger_start"] - v.s.start, t, v.times,
                                                participles=self._participles, past_forms=self._past_forms) else t

    def _quoted_perfect_time(self, d: DocumentPass, v: SentenceView, e: dict) -> TimeRef | None:
        """A verbal act in the perfect in the speaker's quoted words, the speaker's or their state's: the day of the
        saying when the occasion it answers fell on that day (quoted_acts.py)."""
        spans = [(m.start, m.end) for m in d.mentions if m.actor_id == v.claimant and m.end <= v.s.end]
        country_of = lambda a: self._doc_countries.get(a) or self._country(a)   # noqa: E731
        type_of = lambda a: self._actor_type(a, d.discovered)                    # noqa: E731
        titled = None if country_of(v.claimant) else \
            titled_country(d.mentions, spans, country_of=country_of, type_of=type_of)
        if not official_voice(v.claimant, e["subject_ids"], spans, d.text, country_of=country_of, type_of=type_of,
                              titled_country=titled):
            return None
        saying = frame_time(v.main, v.s, v.frame[1]) if v.frame is not None and v.frame[0] is v.s else None
        if saying is None:     # the speaker's saying goes on from the day they were last quoted on or acted on
            saying = spoken_day(d.said_on, v.claimant, [v.claimant], index=v.i) \
                or actor_day(d.days, [v.claimant], index=v.i)
        if saying is None or saying.date_start is None:
            return None
        # (only a day of the days before the saying: 'takes effect on October 1' is no occasion the act answers;
        # an earlier day among them may be the occasion, so the act may span days: not dated, see quoted_acts)
        before = [(x, who) for x, who in d.narrated if x.date_start is not None
                  and 0 <= (saying.date_start - x.date_start).days <= MAX_RESPONSE_DAYS]
        if any(x.date_start != saying.date_start for x, _ in before):
            return None
        return quoted_perfect_time(saying, response_occasion(before, v.claimant))

    def _text_day(self, d: DocumentPass) -> TimeRef | None:
        """The day of the text's own acts: a transcript's briefing day as its head names it (briefing_days.py),
        else the publication day."""
        if not d.segments.starts:
            return publication_day(d.published)
        return briefing_day(d.text, head_end=d.segments.starts[0], published=d.published)

    def _voice_day(self, d: DocumentPass, v: SentenceView, subjects: list[str], plover: str | None = None,
                   saying: bool = True) -> TimeRef | None:
        """The day of the state or body a spokesperson subject speaks for, when the narrative dated it (voice_days.py)."""
        if v.main or len(subjects) != 1:
            return None
        spans = [(m.start, m.end) for m in v.in_s if m.actor_id == subjects[0]]
        country_of = lambda a: self._doc_countries.get(a) or self._country(a)   # noqa: E731
        type_of = lambda a: self._actor_type(a, d.discovered)                    # noqa: E731
        if speaks_for_another(d.text, spans):
            voiced = voice_day_actors(subjects[0], d.days, country_of=country_of, type_of=type_of)
        elif d.days and (type_of(subjects[0]) == "government_body"
                         or (type_of(subjects[0]) == "person" and holds_office(d.text, spans))):
            # a ministry or a sitting official going on with their state's dated act (GUIDELINES, Dates;
            # 'Officials and their states'; dates23)
            # (only the state's act of the sentence right before, which the official's act carries on: the same kind of
            # act, 'Japan lodged a protest on Friday. Foreign Minister M summoned the ambassador', or the state's own
            # statement, 'China said on Friday ... The Foreign Ministry said ...'; the official's reaction to an
            # occasion the state took part in, 'welcomed the pact', is another act: GUIDELINES, Dates)
            voiced = [a for a in state_voice_actors(subjects[0], d.days, country_of=country_of, type_of=type_of)
                      if d.days[a][1] == v.i - 1 and any(
                          c["kind"] == "event" and c["date_start"] == d.days[a][0].date_start and a in c["subject_ids"]
                          and ((c["predicate"] == plover and not saying)
                               or (c["claimant_id"] == a and SAYING_IN.search(c["text"]) is not None))
                          for c in d.claims[-30:v.first_claim])]
        else:
            return None
        day = actor_day(d.days, voiced, index=v.i) if voiced else None
        # (only while that day is the narrative's last time: 'On Nov. 14, Beijing advised ..., and last month it
        # suspended ...' has moved on before the spokesperson speaks)
        last = d.last_time
        return day if day is not None and last is not None and last.date_start == day.date_start else None

    def _clause_event_time(self, d: DocumentPass, v: SentenceView, e: dict) -> tuple[TimeRef | None, bool, bool]:
        """(the time of the act's own clause, whether the act is a sequel, whether it is an undated present perfect)."""
        text, s, times = d.text, v.s, v.times
        if v.times:     # 'voiced concern over the pact signed on Monday': the noun's time, not the act's (dates24)
            local = e["trigger_start"] - s.start
            times = [fronted_count_time(s.text, local, x) or x for x in times if not noun_participle_time(s.text, local, x)
                     and not hedged_front_time(s.text, local, x)]
        t = clause_time(times, s, e["clause"], e["trigger_start"], frame_start=attribution_frame_start(text, s, self.lexicon),
                        past_forms=self._past_forms)
        # 'summoned the ambassador two days later': an anaphoric day right after the trigger is its own, over
        # a time earlier in the sentence (the day it counts from)
        if t is None or s.start + t.end <= e["trigger_start"]:
            t = trailing_anaphoric_day(text, s, times, e["trigger_start"], d.last_day, last_time=d.last_time) \
                or trailing_period(text, s, times, e["trigger_start"], d.last_time) or t
        # 'Kishida later urged ...', 'In 2008 ..., and Japan eventually apologized': after the occasion at no
        # stated distance, not on it, so neither an earlier time of the sentence nor the occasion's (GUIDELINES, Dates)
        later_at = sequel_at(text, e["clause"][0], e["trigger_start"])
        frame = v.frame
        sequel = later_at is not None or (
            frame is not None and frame[0] is s and frame[1] > e["trigger_start"] and sequel_marked(text, s.start, frame[1]))
        if later_at is not None and t is not None and s.start + t.end <= later_at:
            t = None
        # a present perfect ('has also postponed the talks') is dated only by a time of its own clause
        undated_perfect = t is None and present_perfect(text, e["clause"][0], e["trigger_start"])
        return t, sequel, undated_perfect

    def _anaphoric_event_time(self, d: DocumentPass, v: SentenceView, e: dict, t: TimeRef | None,
                              undated_perfect: bool) -> TimeRef | None:
        """The speaking's time for the speaker's own act, an anaphoric day or period, the text's own act's day."""
        text, s, times, frame, claimant = d.text, v.s, v.times, v.frame, v.claimant
        if t is None and frame is not None and e["subject_ids"] == [claimant] and e["modality"] == "asserted":
            # a verbal act the speaker performs in the reported words ('“We urge ...,” Guo said on Monday'):
            # done when said
            f_s, f_at = frame
            t = frame_time(v.main if f_s is s else foreground_times(f_s.text, find_time_expressions(f_s.text, published=d.published)), f_s, f_at)
        if t is None:      # 'The day before, X agreed': a day counted from the narrative's last named day
            here = [x for x in times if x.precision == "day" and s.start + x.end <= e["clause"][0]]
            months = [x for x in times if x.precision == "month" and s.start + x.end <= e["clause"][0]]
            t = anaphoric_day(anaphor_window(text, e["clause"][0], e["trigger_start"], s.end),
                              here[-1] if here else count_anchor(d.last_day, months[-1] if months else d.last_time))
        if t is None:      # 'The same month, Zhao urged ...': a month or year counted from the narrative's last time
            known_before = [x for x in times if x.precision != "unknown" and s.start + x.end <= e["clause"][0]]
            t = period_anaphor(anaphor_window(text, e["clause"][0], e["trigger_start"], s.end),
                               hull(known_before) or d.last_time)
        if t is None and e["modality"] == "asserted" and not times and performed_by_text(text, e["clause"][0], e["trigger_start"]):
            # 'The MAC expresses its condemnation': the text's own act, on its publication day (a present tense
            # never goes on with a day an earlier sentence named); in a transcript, the briefing's day
            t = self._text_day(d)
        if t is None and not undated_perfect and e["subject_ids"] == [claimant] and e["modality"] == "asserted" \
                and d.segments.speaker_at(s.start) == claimant and not perfect_before(text, e["trigger_start"]):
            t = self._text_day(d)   # a briefing speaker's own act: on the transcript's day
        if t is None:      # 'Beijing protested at the time': the occasion's time, whoever acts
            t = at_the_time(anaphor_window(text, e["clause"][0], e["trigger_start"], s.end), 0, len(text),
                            [x for x in times if s.start + x.end <= e["trigger_start"]], d.last_time)
        return t

    def _narrative_event_time(self, d: DocumentPass, v: SentenceView, e: dict, t: TimeRef | None, sequel: bool,
                              undated_perfect: bool) -> TimeRef | None:
        """The time the narrative goes on with: the last sentence's occasion, a consequence's or a statement's time,
        the day named for the meeting, the actor's or the speaker's last day."""
        text, s, times, main, i = d.text, v.s, v.times, v.main, v.i
        asserted = e["modality"] == "asserted"
        if t is None and not undated_perfect and not sequel and v.carried is not None and asserted and set(e["subject_ids"]) & d.prev[2] \
                and not PRESENT_PERFECT.search(text, max(s.start, e["trigger_start"] - 40), e["trigger_start"]):
            t = v.carried      # 'On March 2, Tsai gave an interview. Tsai proposed ...': the same occasion
        # (a different actor's response in a later sentence, 'In response, the ASDF scrambled fighters', 'The
        # JMSDF shadowed the ships', stays unknown: GUIDELINES, Dates, ruling of 2026-12-07)
        if t is None and not undated_perfect and asserted:
            t = consequence_time(times, s, e["trigger_start"])   # '..., prompting Japan to scramble jets'
        if t is None and not undated_perfect and asserted:
            # 'a statement the G7 issued on Wednesday, which urged ...': the statement's content, on its day
            t = statement_relative_time(s.text, times, e["trigger_start"] - s.start)
        if t is None and not undated_perfect and asserted:
            t = v.occasion       # 'At the meeting, Lin asked ...': the day the narrative named for the meeting
        # (a time only after the trigger, which clause_time left to a later clause, is not the act's)
        # (nor an act in the perfect, 'have lodged protests': done before, on a day not named)
        if t is None and not undated_perfect and not sequel and asserted and not any(x.start <= e["trigger_start"] - s.start for x in main) \
                and not perfect_before(text, e["trigger_start"]):
            t = actor_day(d.days, e["subject_ids"], index=i) \
                or self._voice_day(d, v, e["subject_ids"], e["plover"], saying=SAYING.match(e["trigger"] or "") is not None)
        if t is None and not undated_perfect and not sequel and asserted and not main and not perfect_before(text, e["trigger_start"]):
            t = spoken_day(d.said_on, v.claimant, e["subject_ids"], index=i)   # the speaker's quoted words go on
        if t is None and not undated_perfect and not sequel and asserted and not main and not perfect_before(text, e["trigger_start"]):
            t = speaker_act_day(d.said_on, e["subject_ids"], d.last_day, index=i)   # the dated speaker acts on
        if t is None and not undated_perfect and not sequel and asserted and not main and not perfect_before(text, e["trigger_start"]):
            # 'The two ministers agreed ...' after their dated meeting: its parties go on with it
            t = participants_day(d.met, s.text, e["trigger_start"] - s.start, d.last_day, index=i,
                                 participants=self._participants_re)
        return t
