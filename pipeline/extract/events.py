"""Event claims of one sentence: one per finite event predicate with a named subject (see
pipeline/extract/predicates.py for what counts as a predicate). A mixin of ClaimExtractor: the rules read its
lexicon, knowledge and modality. This module is the per-trigger loop (is this trigger an event predicate, of
which type and modality, one claim per type and source); its parts are mixins of EventRules in their own
modules: the participants of a predicate by its voice (event_subjects.py), meetings and acts written as
nouns (noun_events.py, over meetings.py and nominal_events.py) and the joint, solo, cancelled, characterised
and protest readings with the lexicon-backed patterns (event_readings.py)."""
import re
from dataclasses import replace
from functools import cached_property

from pipeline.extract.actors import Mention
from pipeline.extract.background_relatives import background_relative, dated_relative, occasion_host
from pipeline.extract.characterisations import described_reading, states_intention
from pipeline.extract.conditional_frames import compile_openers, conditional_participle
from pipeline.extract.clauses import INFINITIVE_OK, _clause_bounds, _group, _unique_ids
from pipeline.extract.descriptions import described_subject_before
from pipeline.extract.drawn_reactions import compile_drawn, drawn_reactions
from pipeline.extract.event_readings import EventReadings
from pipeline.extract.event_subjects import OBJECT_GAP, EventSubjects
from pipeline.extract.gapped import GappedMatch
from pipeline.extract.group_meetings import meeting_partners
from pipeline.extract.meeting_agreements import fold_meetings
from pipeline.extract.money_acts import compile_money, money_commitments
from pipeline.extract.noun_events import NounEvents
from pipeline.extract.resolution_acts import ADOPTED_NOUNS, compile_issued, compile_participles, content_type, issued_acts, resolution_acts
from pipeline.extract.partitive_subjects import partitive_subject
from pipeline.extract.refusals import compile_refusals, refused_object
from pipeline.extract.predicates import ambiguity_allows, is_verb_coordination, iterative_after, predicate_shape
from pipeline.extract.sentence_gates import literals
from pipeline.extract.sentences import Sentence
from pipeline.extract.text_acts import in_indirect_question
from pipeline.extract.timing import attribution_frame_start
from pipeline.extract.visit_calls import visit_call_reading
from pipeline.extract.wishes import wish_to_party

# 'held a summit at the White House', 'met in Tokyo': a place, not a participant
LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|off)\s+(?:the\s+)?$")
# (or by a time of its own: 'This week I held talks with X, and yesterday I met Y', 'and on Monday she visited ...')
SEQUENCE_START = re.compile(r"\s*(?:(?:and\s+)?(?:the\s+(?:following|next)\s+day|a\s+day\s+later|later|then|afterwards|yesterday|"
                            r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|month|year)|earlier\s+(?:this|that|in\s+the)\s+\w+))\b",
                            re.IGNORECASE)
# 'held joint drills with the Philippines': a partner after the noun ('joint drills' of one army's services are no cooperation)
JOINT_PARTNER = re.compile(r"[^.;]{0,60}?\b(?:with|alongside)\s+(?:the\s+)?[A-Z]")
# a phrasal verb's 'on' that opens a date, not the complement: 'insisted on Monday that ...' (a reporting verb),
# 'agreed on Wednesday to ...' (agree): the verb alone is the trigger
PHRASAL_ON = re.compile(r"\s(?:on|upon)$", re.IGNORECASE)
# parties coordinated after a drawn reaction's 'from' ('from Beijing and Moscow', 'from China, Russia and North Korea')
REACTION_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.IGNORECASE)
# the gates' cheap halves, tested before their long alternations (sentence_gates.py: the same patterns)
DIGIT = re.compile(r"\d")
FROM = re.compile("from", re.IGNORECASE)
DATE_AFTER = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\d)")


LOWER_WORDS = re.compile(r"[a-z]+")


class EventRules(EventSubjects, NounEvents, EventReadings):
    """The event rules of ClaimExtractor (which provides lexicon, knowledge, modality and the naming verbs): the
    per-trigger loop here, who the participants are in event_subjects.py, events written as nouns in
    noun_events.py, the lexicon-backed readings of a trigger in event_readings.py."""

    def events(self, text: str, s: Sentence, mentions: list[Mention], *, persons: frozenset[str] = frozenset(),
               speaker: str | None = None, speaker_verb_end: int | None = None, last_person: str | None = None,
               asset_cues: list[tuple] = (), last_body: str | None = None) -> list[dict]:
        """Event claims of one sentence: one per finite event predicate with a named subject
        (see pipeline/extract/predicates.py for what counts as a predicate). asset_cues: (offset, owner) of the assets the
        text introduced with their owner ('Chinese Navy vessels'), for a definite asset subject ('The two vessels passed');
        last_body: the body a clause-initial 'it' stands for (pronoun_bodies.py)."""
        out = []
        # both read only once a trigger has participants to find (most sentences have none): None = not read yet
        last_subject: list[str] | None = None
        frame: int | None | bool = False
        for m in self.lexicon.trigger_re.finditer(text, s.start, s.end):
            trig = self.lexicon.trigger(m.group(0))
            if trig is not None and trig.form != "noun" and PHRASAL_ON.search(m.group(0)) and DATE_AFTER.match(text, m.end()):
                head = m.group(0).split()[0]
                m = GappedMatch(text, m.start(), m.start() + len(head), head.casefold())
                trig = self.lexicon.trigger(head)
            if trig is None or any(x.start <= m.start() < x.end for x in mentions):
                continue
            c_start, c_end = _clause_bounds(text, s, m.start())
            fallback = None
            if not ambiguity_allows(trig, text, m.end(), text[c_start:c_end]):
                if trig.mode == "host" and ambiguity_allows(replace(trig, requires_any=()), text, m.end(), text[c_start:c_end]) \
                        and any(x.actor_id in persons and OBJECT_GAP.fullmatch(text, m.end(), x.start) for x in mentions):
                    pass     # 'received Ishiba at party headquarters': a host meets a named person, no context word needed
                elif not (trig.fallback and ambiguity_allows(replace(trig, requires_any=()), text, m.end(), text[c_start:c_end])):
                    continue
                fallback = trig.fallback     # the context word is missing: the weaker reading ('warned X to stop' = ACCUSE)
            shape = None
            surface = m.group(0).casefold()
            if surface in self.lexicon.nouns or (trig.form in ("ing", "pres3", "base") and surface.split()[0] in self.lexicon.nouns):
                # 'talks', 'protest', 'a meeting with', 'the talks with': try the noun reading first; a phrasal verb
                # spelt like its noun ('conveyed its protest to Beijing': 'protest to') is the noun after a light verb
                shape = predicate_shape(text, c_start, m.start(), m.end(), "noun", self.lexicon.light_verb_re)
            noun_reading = shape is not None
            if noun_reading and (head := self._head_event_noun(text, m)) is not None:
                m, trig = head     # 'signed a cooperation agreement': the compound's head noun is the act
            if noun_reading and self._modifies_asset(text, m.end()):
                continue     # 'patrol vessels', 'exercise areas': the noun modifies another noun, no act
            if trig.form == "ing" and not noun_reading and self._modifies_occasion(text, m.end()):
                continue     # 'trained officers in boarding procedures': the gerund names a skill, no act
            if trig.lemma.casefold() in self._wishes[0] and not wish_to_party(text, m.end(), mentions, self._wishes[1]):
                continue     # 'hoped the new channel would lead to ...': a wish that asks nothing of a party
            if shape is None and trig.form != "noun":
                shape = predicate_shape(text, c_start, m.start(), m.end(), trig.form, self.lexicon.light_verb_re)
                if shape is None and trig.form == "past" and described_subject_before(text, c_start, m.start(), mentions):
                    shape = ("active", m.start())     # 'the ministry summoned': a description, not 'the proposed plan'
                elif shape is None and trig.form == "past" and trig.plover == "CONSULT" and self._group_meetings.is_meeting_verb(trig.lemma) \
                        and self._group_meetings.group_subject(text, c_start, m.start()):
                    shape = ("active", m.start())     # 'the delegation met': a visiting group (group_meetings.py)
            if shape is None and trig.plover == "CONSULT" and surface.split()[0] in self.lexicon.nouns:
                # 'meeting with' (the verb's -ing form) read as the noun 'meeting'
                noun_end = m.end() if surface in self.lexicon.nouns else m.start() + len(surface.split()[0])
                named = self._named_meeting(text, s, m, noun_end, trig, mentions, (c_start, c_end), last_person)
                if named is not None:
                    out.append(named)
                    continue
            if shape is None and surface in self._nominal_nouns:
                nominal = self._nominal_event(text, s, m, trig, mentions, (c_start, c_end), out)
                if nominal is not None:
                    out.append(nominal)
                    continue
            if shape is None and noun_reading is False and surface in self.lexicon.nouns and trig.plover == "CONSULT":
                fronted = self._fronted_meeting(text, s, m, mentions)
                if fronted is not None:
                    out.append(fronted)
                continue
            performer = None
            if shape is None:
                shape, performer = self._performed_shape(text, m, trig, c_start, mentions, speaker=speaker,
                                                         speaker_verb_end=speaker_verb_end)
            if shape is None:
                continue
            voice, anchor = shape
            if (trig.lemma.endswith(" that") or trig.fallback) and is_verb_coordination(text, c_start, anchor) \
                    and any(w.casefold() in self.lexicon.reporting_forms for w in LOWER_WORDS.findall(text[c_start:anchor])):
                # 'said X "must stop" and warned that/against ...': the warning is part of that statement, whose
                # event it is: the verb's weaker reading ('warned' = ACCUSE), else the type of a spoken opposition
                # (syntax.yaml statement_events), so the statement's act does not hang on a topic cue
                fallback = trig.fallback or ((self.knowledge.syntax or {}).get("statement_events") or {}).get("oppose", {}).get("type")
                if not fallback:
                    continue
            if voice == "reduced" and occasion_host(text, s.start, m.start(), m.group(0), self._occasion_hosts):
                continue     # 'a forum hosted by X': the occasion's description, no act the sentence reports
            if voice == "active" and background_relative(text, s.start, s.end, min(anchor, m.start())):
                continue     # 'Minister X, who hosted the meeting, said ...': who the subject is, no act of its own
            if self._is_habitual(text, c_start, anchor, m.end()) or \
                    iterative_after(text, anchor, m.end(), c_end, words=self._iterative_words):
                continue
            if frame is False:
                frame = attribution_frame_start(text, s, self.lexicon)   # ', the ministry said': its speaker is no participant
            if last_subject is None:
                # a commentator's quote ('..., said X, a research fellow at ...') lends no acts to its speaker
                last_subject = [speaker] if speaker and not self._commentator(text, s, mentions, speaker) else []
            after = [x for x in mentions if m.end() <= x.start and x.end <= c_end
                     and (frame is None or m.start() >= frame or x.start < frame)
                     and not LOCATIVE_BEFORE.search(text, max(c_start, x.start - 12), x.start)]
            if voice in ("passive", "reduced"):
                found = self._passive_participants(text, m, trig, voice, c_start, anchor, mentions, after)
            elif voice == "participle":
                found = self._participle_participants(text, s, m, c_start, mentions, after, last_subject=last_subject)
            else:
                found = self._active_participants(text, s, c_start, anchor, mentions, after, performer=performer, persons=persons,
                                                  last_subject=last_subject, speaker=speaker, speaker_verb_end=speaker_verb_end,
                                                  last_person=last_person, asset_cues=asset_cues, last_body=last_body)
            if found is None and voice == "active" and trig.plover == "CONSULT" and self._group_meetings.is_meeting_verb(trig.lemma) \
                    and self._group_meetings.group_subject(text, c_start, anchor):
                # 'the delegation met Prime Minister X': an unnamed visiting group meets a named party
                found = (partners, []) if (partners := meeting_partners(after, text, m.end(), coordination=_group)) else None
            if found is None:
                continue
            sources, targets = found
            if sources and voice == "active" and partitive_subject(text, c_start, min(x.start for x in sources)):
                continue     # 'Some in the ruling party called for ...': an unnamed part of the body acts
            named_as = self._characterisation(text, m.end(), c_end, mentions, trig)
            if named_as is None and not noun_reading and self._naming is not None and trig.lemma.casefold() in self._naming[0]:
                # 'called the drills "reckless"': a described noun phrase; a naming-only verb without an evaluation is no act
                named_as, targets = described_reading(text, m.end(), c_end, targets, self._naming)
                if named_as is None and trig.lemma.casefold() in self._naming_only:
                    continue
            if named_as is None and trig.requires_object and not noun_reading \
                    and not [x for x in targets if OBJECT_GAP.fullmatch(text, m.end(), x.start)]:
                continue     # 'called the visit a show of support': a verb that needs a named object has none
            modality = self.modality(text, s, anchor)
            if modality == "asserted" and in_indirect_question(text, s.start, m.start()):
                modality = "hypothetical"
            if modality == "asserted" and voice == "reduced" and \
                    conditional_participle(text, c_start, m.start(), s.end, openers=self._conditional_openers):
                modality = "hypothetical"     # 'Once ratified by the Diet, the pact will ...' (conditional_frames.py)
            if modality == "asserted" and trig.plover == "AGREE" and trig.lemma.casefold() in self._intention_verbs \
                    and states_intention(text, m.end(), m.group(0)):
                modality = "planned"     # 'has pledged to strengthen its defences': an intention, not an agreement
            if modality == "asserted" and voice == "active" and m.group(0).casefold() == trig.lemma.casefold() \
                    and self.lexicon.mandative_re is not None and self.lexicon.mandative_re.search(text, s.start, c_start if c_start > s.start else anchor):
                modality = "prescriptive"    # 'proposed that Taipei and Tokyo set up a dialogue': wanted, not done
            if voice == "irrealis" and modality == "asserted" and not INFINITIVE_OK.search(text[max(s.start, anchor - 40):anchor]):
                continue     # 'can meet', 'to visit' under a non-modal verb: no realised event, no modal cue either
            refusal = None
            if modality == "negated" and not noun_reading and trig.lemma.casefold() in self._refusals[0] \
                    and refused_object(text, m.end(), c_end, objects=self._refusals[1]):
                refusal, modality = self._refusals[2], "asserted"    # 'cannot accept China's protest': a refusal (refusals.py)
                if any(e["plover"] == refusal for e in out):
                    continue     # 'rejected the protest, telling Hua that Japan "cannot accept" it': the same refusal
            last_subject = _unique_ids(sources)
            if len(_unique_ids(sources)) > 1 or JOINT_PARTNER.match(text, m.end(), c_end) or \
                    (trig.plover in self._party_markers[1] and anchor < m.start() and self._party_markers[0].search(text, anchor, m.start())):
                # ('a trilateral exercise' names several parties even when only one of them is read as the subject)
                plover, mode = self._joint_reading(text, anchor, m.start(), trig)
            else:
                plover, mode = self._solo_reading(m.group(0), trig)
            if fallback:
                plover, mode = fallback, None
                if self._leave_order_re is not None and self._leave_order_re.match(text, m.end(), c_end):
                    plover = "REQUEST"     # 'warned the vessel to leave': an order to leave is a demand (GUIDELINES)
            if noun_reading:
                plover, mode = self._cancelled_reading(text, anchor, plover, mode)
                plover, mode = self._signed_reading(text, anchor, plover, mode, noun=m.group(0))
            if plover == "PROTEST":
                plover, mode = self._official_protest(_unique_ids(sources), plover, mode)
            if named_as == "none":
                continue         # 'called X a Y' without an evaluation: a description, no event
            if named_as is not None:
                plover, mode = named_as, None
            if trig.lemma.casefold() in self._content_typed and (content := content_type(
                    text, m.end(), c_end, participles=self._resolution_participles[1], acts=self._resolution_acts_folded)):
                plover, mode = content, None     # 'issued a joint statement calling on China to ...': the statement's act
            if trig.lemma.casefold() in self._visit_calls[0] and \
                    (visit := visit_call_reading(text, m.end(), c_end, s.end, conveying=self._visit_calls[1], noun_type=self._noun_type)):
                # 'called on the Prime Minister at his office (to convey gratitude)': a visit, typed by its message
                plover, mode = (self._visit_calls[2] if visit == "visit" else visit), None
            if refusal is not None:
                plover, mode = refusal, None
            out.append({"trigger": m.group(0), "trigger_start": m.start(), "plover": plover, "mode": mode,
                        "subject_ids": _unique_ids(sources), "object_ids": [a for a in _unique_ids(targets) if a not in _unique_ids(sources)],
                        "modality": modality, "clause": (c_start, c_end),
                        "registry_share": sum(x.method in ("alias", "short_form") for x in sources) / len(sources)})
        out += self._resolution_events(text, s, mentions, out, persons=persons, speaker=speaker, speaker_verb_end=speaker_verb_end,
                                       last_person=last_person, asset_cues=asset_cues, last_body=last_body)
        out += self._drawn_reaction_events(text, s, mentions)
        out = self._money_events(text, s, mentions, out, persons=persons, speaker=speaker, speaker_verb_end=speaker_verb_end,
                                 last_person=last_person, asset_cues=asset_cues, last_body=last_body)
        if not out:
            return []     # (most sentences: nothing to fold or deduplicate)
        # a fronted meeting whose participants' act the main clause reports is that act ('During talks, X and Y agreed')
        acts = {tuple(e["subject_ids"]) for e in out if not e.get("fronted")}
        out = [e for e in out if not (e.get("fronted") and tuple(e["subject_ids"]) in acts)]
        out = fold_meetings(out)     # 'held talks and signed an agreement': one AGREE event (GUIDELINES)
        # one claim per type and source set in a sentence (a clause opened by a sequence marker, 'and the following
        # day he ...', and a dated relative clause, ', who arrived on Monday for a visit, met ...', are other occasions)
        seen, unique = set(), []
        for e in out:
            occasion = e["clause"][0] if SEQUENCE_START.match(text, e["clause"][0]) else \
                dated_relative(text, s.start, s.end, e["trigger_start"])
            key = (e["plover"], tuple(e["subject_ids"]), occasion)
            if key not in seen:
                seen.add(key)
                unique.append(e)
        return unique

    @cached_property     # syntax.yaml party_markers: 'bilateral', 'trilateral' (more than one party by their meaning)
    def _party_markers(self) -> tuple[re.Pattern | None, frozenset[str]]:
        rule = (self.knowledge.syntax or {}).get("party_markers") or {}
        words = rule.get("words") or ()
        return (re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE) if words else None,
                frozenset(rule.get("types") or ()) if words else frozenset())

    @cached_property     # syntax.yaml drawn_reactions: (pattern, noun -> type, welcoming words)
    def _drawn(self) -> tuple:
        return compile_drawn((self.knowledge.syntax or {}).get("drawn_reactions"), self.knowledge.irregular_verbs or {})

    @cached_property     # syntax.yaml money_commitments: (pattern, type, mode)
    def _money(self) -> tuple:
        return compile_money((self.knowledge.syntax or {}).get("money_commitments"), self.knowledge.irregular_verbs or {})

    def _money_events(self, text: str, s: Sentence, mentions: list[Mention], found: list[dict], **subject_cues) -> list[dict]:
        """'pledged up to ¥732 billion in subsidies': the verb's event, or a new one read like an active verb's, is AID
        (money_acts.py)."""
        if DIGIT.search(text, s.start, s.end) is None or not self._money_gate.holds(text, s.start, s.end):
            return found     # (sentence_gates.py: no verb form of the table with a digit; the one-character test first)
        pattern, plover, mode = self._money
        for start, end in money_commitments(text, s.start, s.end, pattern=pattern):
            same = [e for e in found if e["trigger_start"] == start]
            for e in same:
                e.update(plover=plover, mode=mode)
            if same:
                continue
            c_start, c_end = _clause_bounds(text, s, start)
            shape = predicate_shape(text, c_start, start, start + len(text[start:end].split()[0]), "past", self.lexicon.light_verb_re)
            governing = INFINITIVE_OK.search(text, max(s.start, start - 40), start) if shape and shape[0] == "irrealis" else None
            if shape is None or shape[0] not in ("active", "irrealis") or shape[0] == "irrealis" and governing is None:
                continue     # 'the $2 billion approved last year', 'plans to pledge': no commitment made
            after = [x for x in mentions if end <= x.start and x.end <= c_end]
            anchor = governing.start() if governing is not None else start   # 'used the occasion to pledge': who used it
            who = self._active_participants(text, s, c_start, anchor, mentions, after, performer=None, last_subject=[], **subject_cues)
            if who is None or not who[0]:
                continue
            found.append(self._participants_event(text, s, start, end, plover, mode, (c_start, c_end), who))
        return found

    def _drawn_reaction_events(self, text: str, s: Sentence, mentions: list[Mention]) -> list[dict]:
        """'a decision that drew strong protests from Beijing': the party after 'from' reacts, an act of its own with
        its own subject (drawn_reactions.py); no named party right after 'from', no act."""
        if FROM.search(text, s.start, s.end) is None or not self._drawn_gate.holds(text, s.start, s.end):
            return []     # (sentence_gates.py: no reaction noun with 'from'; the one-word test first)
        pattern, types, welcome = self._drawn
        out = []
        for start, end, plover in drawn_reactions(text, s.start, s.end, pattern=pattern, types=types, welcome=welcome):
            first = [x for x in mentions if end - 4 <= x.start <= end + 1]
            if not first:
                continue
            sources = [first[0]]     # and the parties coordinated with it ('from Beijing and Moscow'), not 'and thanks from Taipei'
            for x in sorted((x for x in mentions if x.start > first[0].start), key=lambda x: x.start):
                if not REACTION_COORDINATION.fullmatch(text, sources[-1].end, x.start):
                    break
                sources.append(x)
            c_start, c_end = _clause_bounds(text, s, start)
            out.append({"trigger": text[start:end].rstrip(), "trigger_start": start, "plover": plover, "mode": None,
                        "subject_ids": _unique_ids(sources), "object_ids": [], "modality": self.modality(text, s, start),
                        "clause": (c_start, max(c_end, sources[-1].end)),
                        "registry_share": sum(x.method in ("alias", "short_form") for x in sources) / len(sources)})
        return out

    @cached_property     # syntax.yaml refused_objects: (verbs, object pattern, type)
    def _refusals(self) -> tuple[frozenset[str], re.Pattern | None, str | None]:
        return compile_refusals((self.knowledge.syntax or {}).get("refused_objects"))

    @cached_property     # syntax.yaml conditional_participle_openers (conditional_frames.py)
    def _conditional_openers(self) -> re.Pattern | None:
        return compile_openers((self.knowledge.syntax or {}).get("conditional_participle_openers"))

    @cached_property     # syntax.yaml occasion_hosts, casefolded
    def _occasion_hosts(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in (self.knowledge.syntax or {}).get("occasion_hosts") or ())

    @cached_property     # built once per extractor, as the other lazy patterns (event_readings.py)
    def _resolution_participles(self) -> tuple[dict, re.Pattern | None]:
        """syntax.yaml resolution_acts (participle -> PLOVER type) and their compiled pattern."""
        acts = (self.knowledge.syntax or {}).get("resolution_acts") or {}
        return acts, compile_participles(acts)

    @cached_property     # syntax.yaml leave_infinitives: 'warned the vessel to leave' (an object of up to six words first)
    def _leave_order_re(self) -> re.Pattern | None:
        words = (self.knowledge.syntax or {}).get("leave_infinitives") or ()
        return re.compile(r"(?:\s+[\w’'\-]+){1,6}?\s+to\s+(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE) if words else None

    @cached_property     # syntax.yaml content_texts: 'issued radio challenges ordering ...' (resolution_acts.py)
    def _issued_texts(self) -> re.Pattern | None:
        return compile_issued((self.knowledge.syntax or {}).get("content_texts"), self.knowledge.irregular_verbs or {})

    @cached_property     # the nouns every match of resolution_acts (ADOPTED) and issued_acts (content_texts) holds, as plain text
    def _text_nouns(self) -> re.Pattern:
        nouns = (((self.knowledge.syntax or {}).get("content_texts") or {}).get("nouns") or [])
        return literals([*ADOPTED_NOUNS, *nouns])

    @cached_property     # resolution_acts casefolded, for content_type
    def _resolution_acts_folded(self) -> dict[str, str]:
        return {k.casefold(): v for k, v in self._resolution_participles[0].items()}

    @cached_property     # syntax.yaml content_typed: the joint texts typed by their content participle, casefolded
    def _content_typed(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in (self.knowledge.syntax or {}).get("content_typed") or ())

    def _resolution_events(self, text: str, s: Sentence, mentions: list[Mention], found: list[dict], **subject_cues) -> list[dict]:
        """'The assembly adopted a resolution opposing the plan': the adopting body's act, typed by the resolution's
        content participle (resolution_acts.py); its subject is read like any active verb's."""
        if self._text_nouns.search(text, s.start, s.end) is None or not self._resolution_gate.holds(text, s.start, s.end):
            return []     # (no adopted or issued text's noun, the short test first; sentence_gates.py: no content participle)
        acts, participles = self._resolution_participles
        out = []
        found_acts = resolution_acts(text, s.start, s.end, participles=participles, acts=acts) + \
            issued_acts(text, s.start, s.end, issued=self._issued_texts, participles=participles, acts=acts)
        for start, end, plover in found_acts:
            if any(e["plover"] == plover and e["trigger_start"] <= end and start <= e["trigger_start"] for e in found):
                continue     # the issued text already typed by its trigger ('issued a joint statement calling on ...')
            c_start, c_end = _clause_bounds(text, s, start)
            after = [x for x in mentions if end <= x.start and x.end <= c_end]
            who = self._active_participants(text, s, c_start, start, mentions, after, performer=None,
                                            last_subject=[], **subject_cues)
            if who is None or not who[0]:
                continue
            out.append(self._participants_event(text, s, start, end, plover, None, (c_start, c_end), who))
        return out

    def _participants_event(self, text: str, s: Sentence, start: int, end: int, plover: str, mode: str | None,
                            clause: tuple[int, int], who: tuple) -> dict:
        """An event claim read like an active verb's: its sources and targets from _active_participants."""
        sources = _unique_ids(who[0])
        return {"trigger": text[start:end], "trigger_start": start, "plover": plover, "mode": mode,
                "subject_ids": sources, "object_ids": [a for a in _unique_ids(who[1]) if a not in sources],
                "modality": self.modality(text, s, start), "clause": clause,
                "registry_share": sum(x.method in ("alias", "short_form") for x in who[0]) / len(who[0])}
