"""Event claims of one sentence: one per finite event predicate with a named subject (see
pipeline/extract/predicates.py for what counts as a predicate), meetings written as nouns
(pipeline/extract/meetings.py), joint, cancelled and characterised readings. A mixin of ClaimExtractor:
the rules read its lexicon, knowledge and modality."""
import re
from dataclasses import replace
from functools import cached_property

from pipeline.extract.actors import Mention
from pipeline.extract.asset_anaphora import (VERB_GAP_RE, compile_asset_anaphora, definite_asset_subject, owner_after_asset, owner_before,
                                             owner_of_named_asset, passive_asset_owner)
from pipeline.extract.asset_subjects import demonym_subject, demonym_subject_pattern
from pipeline.extract.subordinate_subjects import is_first_person, subordinate_pronoun
from pipeline.extract.characterisations import described_reading, states_intention
from pipeline.extract.resumed import REPORTED_SELF, resumed_subject
from pipeline.extract.descriptions import described_subject_before
from pipeline.extract.clauses import (FIRST_PERSON_SUBJECT, INFINITIVE_OK, PRONOUN_SUBJECT, SAYING_LEMMAS, _clause_bounds, _group,
                                      _unique_ids, reported_clause_start, saying_pattern)
from pipeline.extract.lexicon import inflect
from pipeline.extract.meetings import noun_meeting, occurred_after
from pipeline.extract.nominal_events import nominal_act
from pipeline.extract.predicates import (BE_AUX_BEFORE, MANNER_GERUND, PREPOSITION_OBJECT, STATEMENT_GERUND, _any_of, ambiguity_allows, asset_passive_subject, drop_possessors,
                                         is_verb_coordination, iterative_after, predicate_shape, relative_antecedent, subject_group)
from pipeline.extract.sentences import Sentence
from pipeline.extract.statements import characterise
from pipeline.extract.timing import attribution_frame_start
from pipeline.extract.text_acts import addressed_to_party, in_indirect_question, press_release_act
from pipeline.extract.wishes import wish_to_party

# 'said (that) it had summoned': a pronoun subject of the reported clause right after the reporting verb
# ('told reporters on Monday that he had ...': a short adjunct may stand before 'that')
REPORTED_PRONOUN = re.compile(r"\s+(?:[^,;:“”\"]{1,50}?\s+that\s+|that\s+)?(it|he|she|they)\s+(?:(?:\w+ly|also|had|has|have|then|later)\s+)*", re.IGNORECASE)
# 'said that the islands were Chinese and that he had urged ...': a later that-clause of the same report
REPORTED_THAT_PRONOUN = re.compile(r".*?\band\s+that\s+(it|he|she|they)\s+(?:(?:\w+ly|also|had|has|have|then|later)\s+)*",
                                   re.IGNORECASE | re.DOTALL)
# 'said its patrol vessels ...': the reporter's own assets open the reported clause
OWN_ASSETS = re.compile(r"(?:its|their|our)\s+", re.IGNORECASE)
# 'held a summit at the White House', 'met in Tokyo': a place, not a participant
LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|off)\s+(?:the\s+)?$")
OBJECT_GAP = re.compile(r"\s+(?:(?:the|his|her|its|their)\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}")   # titles before a name
# a sentence opening with a meeting adjunct: 'At the leaders' summit in ...,', 'During their talks on Monday,'
FRONTED_MEETING = re.compile(r"[\s“‘\"]*(?:At|During|In|On the sidelines of|On the margins of)\s+(?:(?:the|a|an|their|his|her|its|this|"
                             r"last|first|[\w’'\-]+[’'](?:s\b)?)\s+)?(?:[\w’'\-]+\s+){0,3}$")
FRONTED_END = re.compile(r"\s*[,–—]\s*\S")   # the adjunct ends; the main clause follows
TITLE_GAP = re.compile(r"\s+(?:[A-Z][\w.\-]*\s+)+")
FRONTED_SUBJECT_GAP = re.compile(r"\s+(?:(?:both|the|and)\s+)*(?:[A-Z][\w’'.\-]*\s+){0,5}")
FINITE_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|both|jointly|again|then)\s+)*(?!to\b|and\b|or\b|of\b|in\b|on\b|at\b|for\b|with\b)[a-z]+(?:ed|[^s\W]s|ew|ave|ent|oke|old|ook|id|et|ade|aid)\b")
NEXT_WORD = re.compile(r"\s+([\w\-]+)")
CLAUSE_HEAD_GAP = re.compile(r"[\s“‘\"]*(?:[^,;:“”]{0,40},\s*)?(?:(?:the|a|an)\s+)?", re.IGNORECASE)
SEQUENCE_START = re.compile(r"\s*(?:the\s+(?:following|next)\s+day|a\s+day\s+later|later|then|afterwards)\b", re.IGNORECASE)
# 'held joint drills with the Philippines': a partner after the noun ('joint drills' of one army's services are no cooperation)
JOINT_PARTNER = re.compile(r"[^.;]{0,60}?\b(?:with|alongside)\s+(?:the\s+)?[A-Z]")


class EventRules:
    """The event rules of ClaimExtractor (which provides lexicon, knowledge, modality and the naming verbs)."""

    def events(self, text: str, s: Sentence, mentions: list[Mention], *, persons: frozenset[str] = frozenset(),
               speaker: str | None = None, speaker_verb_end: int | None = None, last_person: str | None = None,
               asset_cues: list[tuple] = ()) -> list[dict]:
        """Event claims of one sentence: one per finite event predicate with a named subject
        (see pipeline/extract/predicates.py for what counts as a predicate). asset_cues: (offset, owner) of the assets the
        text introduced with their owner ('Chinese Navy vessels'), for a definite asset subject ('The two vessels passed')."""
        out = []
        # a commentator's quote ('..., said X, a research fellow at ...') lends no acts to its speaker
        last_subject: list[str] = [speaker] if speaker and not self._commentator(text, s, mentions, speaker) else []
        frame = attribution_frame_start(text, s, self.lexicon)   # ', the ministry said': its speaker is no participant
        for m in self.lexicon.trigger_re.finditer(text, s.start, s.end):
            trig = self.lexicon.trigger(m.group(0))
            if trig is None or any(x.start <= m.start() < x.end for x in mentions):
                continue
            c_start, c_end = _clause_bounds(text, s, m.start())
            fallback = None
            if not ambiguity_allows(trig, text, m.end(), text[c_start:c_end]):
                if not (trig.fallback and ambiguity_allows(replace(trig, requires_any=()), text, m.end(), text[c_start:c_end])):
                    continue
                fallback = trig.fallback     # the context word is missing: the weaker reading ('warned X to stop' = ACCUSE)
            shape = None
            surface = m.group(0).casefold()
            if surface in self.lexicon.nouns or (trig.form in ("ing", "pres3", "base") and surface.split()[0] in self.lexicon.nouns):
                # 'talks', 'protest', 'a meeting with', 'the talks with': try the noun reading first; a phrasal verb
                # spelt like its noun ('conveyed its protest to Beijing': 'protest to') is the noun after a light verb
                shape = predicate_shape(text, c_start, m.start(), m.end(), "noun", self.lexicon.light_verb_re)
            noun_reading = shape is not None
            if noun_reading and self._modifies_asset(text, m.end()):
                continue     # 'patrol vessels', 'exercise areas': the noun modifies another noun, no act
            if trig.lemma.casefold() in self._wishes[0] and not wish_to_party(text, m.end(), mentions, self._wishes[1]):
                continue     # 'hoped the new channel would lead to ...': a wish that asks nothing of a party
            if shape is None and trig.form != "noun":
                shape = predicate_shape(text, c_start, m.start(), m.end(), trig.form, self.lexicon.light_verb_re)
                if shape is None and trig.form == "past" and described_subject_before(text, c_start, m.start(), mentions):
                    shape = ("active", m.start())     # 'the ministry summoned': a description, not 'the proposed plan'
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
            if shape is None and trig.form == "base" and speaker and trig.plover in self._performative \
                    and FIRST_PERSON_SUBJECT.fullmatch(text, c_start, m.start()):
                shape = ("active", m.start())     # '“We urge the Japanese side to ...”': said, hence done
            performer = None
            if shape is None and trig.form == "pres3" and speaker and trig.plover in self._performative \
                    and (speaker_verb_end is None or not m.start() < speaker_verb_end <= m.end()) \
                    and not self._is_habitual(text, c_start, m.start(), m.end()):   # (a reported verb, not the reporting one)
                # 'X said China "firmly opposes" ...': the speaker's own state's present position, voiced by saying it
                subject = subject_group(text, c_start, m.start(), mentions, _group, self.lexicon.asset_re)
                if subject and all(self._speaks_for(speaker, x.actor_id) for x in subject):
                    shape, performer = ("active", m.start()), Mention(subject[0].start, subject[0].end, subject[0].text,
                                                                        speaker, "pronoun", 0.7)
                elif not subject and speaker_verb_end is not None and speaker_verb_end <= m.start() \
                        and (pron := REPORTED_SELF.fullmatch(text, speaker_verb_end, m.start())):
                    # 'Beijing said it "firmly opposes" ...': the pronoun right after the reporting verb is the speaker
                    shape, performer = ("active", m.start()), Mention(pron.start(1), pron.end(1), pron.group(1), speaker, "pronoun", 0.7)
            if shape is None and trig.form == "pres3" and performer is None \
                    and press_release_act(text, c_start, m.start(), trig.plover, performative=self._performative) \
                    and not self._is_habitual(text, c_start, m.start(), m.end()):
                # 'The MAC urges Beijing to ...': the text's own act, by a named subject (not another's reported present)
                subject = subject_group(text, c_start, m.start(), mentions, _group, self.lexicon.asset_re)
                # ... addressed to a named party ('urges the Beijing authorities', not 'Japan urges restraint': a position)
                if subject and addressed_to_party(text, m.end(), [x.start for x in mentions], OBJECT_GAP) and (speaker_verb_end is None or speaker_verb_end > subject[0].start or speaker in _unique_ids(subject)):
                    shape = ("active", m.start())
            if shape is None:
                continue
            voice, anchor = shape
            if (trig.lemma.endswith(" that") or trig.fallback) and is_verb_coordination(text, c_start, anchor) \
                    and any(w.casefold() in self.lexicon.reporting_forms for w in re.findall(r"[a-z]+", text[c_start:anchor])):
                # 'said X "must stop" and warned that/against ...': the warning is part of that statement, whose
                # event it is: the verb's weaker reading ('warned' = ACCUSE), else the type of a spoken opposition
                # (syntax.yaml statement_events), so the statement's act does not hang on a topic cue
                fallback = trig.fallback or ((self.knowledge.syntax or {}).get("statement_events") or {}).get("oppose", {}).get("type")
                if not fallback:
                    continue
            if self._is_habitual(text, c_start, anchor, m.end()) or \
                    iterative_after(text, anchor, m.end(), c_end, words=self._iterative_words):
                continue
            after = [x for x in mentions if m.end() <= x.start and x.end <= c_end
                     and (frame is None or m.start() >= frame or x.start < frame)
                     and not LOCATIVE_BEFORE.search(text, max(c_start, x.start - 12), x.start)]
            if voice in ("passive", "reduced"):
                by = re.match(r"\s+(?:\w+\s+){0,3}?by\s+", text[m.end():m.end() + 30])
                agents = [x for x in after if by and re.fullmatch(r"(?:the\s+)?", text[m.end() + by.end():x.start], re.IGNORECASE)]
                owner = None
                if not agents and voice == "passive" and trig.plover in self._asset_passive_types \
                        and trig.lemma.split()[0] not in self._asset_passive_watching:
                    # an agentless passive names no source, except a deployment of owned assets: an owned-asset subject
                    # (vocab8), a demonym ('Japanese jets were scrambled'), or a named actor's own assets ('JASDF fighter
                    # jets were scrambled', 'aircraft of the Air Self-Defense Force were scrambled': events8)
                    owner = asset_passive_subject(text, c_start, anchor, mentions, _group, self.lexicon.asset_re)
                    if not owner and (aux := BE_AUX_BEFORE.search(text, c_start, anchor)) \
                            and (demo := demonym_subject(text, c_start, aux.start(), **self._demonym_assets())):
                        owner = [Mention(a, b, w, state, "demonym", 0.7) for a, b, w, state in demo]
                    if not owner:
                        named = passive_asset_owner(text, c_start, anchor, mentions, asset_re=self.lexicon.asset_re,
                                                    compiled=self._asset_anaphora,
                                                    subject=subject_group(text, c_start, anchor, mentions, _group, self.lexicon.asset_re))
                        owner = [named] if named is not None else None
                if not agents and not owner:
                    continue
                if owner:
                    sources, targets = owner, _group([x for x in after if x not in owner], text, nearest_last=False)
                else:
                    sources = _group([x for x in after if x.start >= agents[0].start], text, nearest_last=False)
                    # a reduced relative modifies a noun of the main clause, whose subject is no participant
                    targets = [] if voice == "reduced" else \
                        _group([x for x in mentions if c_start <= x.start and x.end <= anchor], text, nearest_last=True)
            elif voice == "participle":
                # the free adjunct's subject is the main clause's: the last event's source, else the speaker
                sources = [x for x in mentions if x.actor_id in last_subject and x.start < m.start()][:len(last_subject)] \
                    if last_subject else []
                if not sources and last_subject:
                    sources = [Mention(m.start(), m.start(), "", last_subject[0], "pronoun", 0.7)]
                statement = STATEMENT_GERUND.search(text, max(c_start, m.start() - 80), m.start())
                if not sources and statement:
                    # 'X issued a statement praising Y': the subject of the issuing verb
                    sources = subject_group(text, c_start, statement.start(), mentions, _group, self.lexicon.asset_re) or []
                if not sources and MANNER_GERUND.search(text, max(c_start, m.start() - 40), m.start()):
                    # 'On June 27, Suga cited it in giving a blunt nay': the clause's head name
                    head = next((x for x in drop_possessors(text, [x for x in mentions if c_start <= x.start and x.end <= m.start()])
                                 if not PREPOSITION_OBJECT.search(text, max(s.start, x.start - 30), x.start)), None)
                    sources = [head] if head is not None else []
                if not sources:
                    continue
                targets = _group([x for x in after if x not in sources], text, nearest_last=False)
            else:
                resumed = None if performer is not None else resumed_subject(text, s, c_start, anchor, mentions, self.lexicon.asset_re)
                sources = [performer] if performer is not None else resumed if resumed else \
                    subject_group(text, c_start, anchor, mentions, _group, self.lexicon.asset_re)
                reported = reported_clause_start(text, c_start, anchor, saying=self._saying_re)
                if sources and performer is None and not resumed and reported is not None and reported > sources[-1].end \
                        and "," not in text[sources[-1].end:reported] and not OWN_ASSETS.match(text, reported, anchor):
                    # 'the ministry said Chinese warships sailed': the reporter is no subject of the report (unless the
                    # report is of its own assets: 'the coast guard said its cutters expelled ...'; a saying verb inside an
                    # aside, 'X, which had said ..., met', is not the subject's verb)
                    sources = None
                if sources is None:
                    ante = relative_antecedent(text, s.start, c_start, mentions, set(persons))
                    if ante is not None and not [x for x in mentions if c_start <= x.start and x.end <= anchor]:
                        sources = [ante]
                    elif last_subject and is_verb_coordination(text, c_start, anchor):
                        sources = [x for x in mentions if x.actor_id in last_subject][:len(last_subject)] or None
                    elif is_verb_coordination(text, c_start, anchor) and (head := self._clause_head(text, c_start, anchor, mentions)):
                        sources = [head]     # 'X established a centre and dispatched aircraft': the first verb made no event
                    elif speaker and speaker_verb_end is not None and speaker_verb_end <= anchor \
                            and (pron := REPORTED_PRONOUN.fullmatch(text, speaker_verb_end, anchor)
                                 or REPORTED_THAT_PRONOUN.fullmatch(text, max(speaker_verb_end, c_start), anchor)):
                        # 'the ministry said it had summoned ...': the speaker is the subject
                        sources = [Mention(pron.start(1), pron.end(1), pron.group(1), speaker, "pronoun", 0.7)]
                    elif (owner := self._pronoun_owner(s, c_start, last_subject, persons, last_person, mentions)) \
                            and PRONOUN_SUBJECT.fullmatch(text, c_start, anchor):
                        sources = [Mention(c_start, c_start, "", owner, "pronoun", 0.7)]
                    elif speaker and FIRST_PERSON_SUBJECT.fullmatch(text, c_start, anchor):
                        sources = [Mention(c_start, c_start, "", speaker, "pronoun", 0.7)]   # '“We urge ...,” X said'
                if not sources and (demo := demonym_subject(text, c_start, anchor, also=(reported,) if reported else (),
                                                            **self._demonym_assets())):
                    sources = [Mention(a, b, w, state, "demonym", 0.7) for a, b, w, state in demo]   # 'Chinese warships shadowed'
                if not sources and (owner := owner_after_asset(text, c_start, anchor, mentions, compiled=self._asset_anaphora,
                                                                verb_gap=VERB_GAP_RE)):
                    sources = [owner]     # 'A Y-9 aircraft of the People's Liberation Army violated ...'
                if not sources and (owner := owner_of_named_asset(text, c_start, anchor, mentions, compiled=self._asset_anaphora)):
                    sources = [owner]     # 'the Japan Coast Guard patrol ship Koshiki struck ...'
                if not sources and asset_cues \
                        and (np := next((d for st in (c_start, reported) if st is not None and st < anchor
                                         and not [x for x in mentions if st <= x.start < anchor]
                                         and (d := definite_asset_subject(text, st, anchor, compiled=self._asset_anaphora))), None)) \
                        and (asset_owner := owner_before(asset_cues, np[0], np[2])):
                    sources = [Mention(np[0], np[1], np[2], asset_owner, "description", 0.6)]   # 'The two vessels passed'
                if not sources and (pron := subordinate_pronoun(text, c_start, anchor)):
                    # 'X raised it when he met Y': the head of the clause (a person), or the speaker for 'when I met'
                    owner = speaker if is_first_person(pron[2]) else getattr(self._clause_head(text, c_start, pron[0], mentions), "actor_id", None)
                    sources = [Mention(pron[0], pron[1], pron[2], owner, "pronoun", 0.7)] if owner and (owner in persons or owner == speaker) else None
                if not sources:
                    continue
                targets = _group([x for x in after if x not in sources], text, nearest_last=False)
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
            if modality == "asserted" and trig.plover == "AGREE" and trig.lemma.casefold() in self._intention_verbs \
                    and states_intention(text, m.end(), m.group(0)):
                modality = "planned"     # 'has pledged to strengthen its defences': an intention, not an agreement
            if modality == "asserted" and voice == "active" and m.group(0).casefold() == trig.lemma.casefold() \
                    and self.lexicon.mandative_re is not None and self.lexicon.mandative_re.search(text, s.start, c_start if c_start > s.start else anchor):
                modality = "prescriptive"    # 'proposed that Taipei and Tokyo set up a dialogue': wanted, not done
            if voice == "irrealis" and modality == "asserted" and not INFINITIVE_OK.search(text[max(s.start, anchor - 40):anchor]):
                continue     # 'can meet', 'to visit' under a non-modal verb: no realised event, no modal cue either
            last_subject = _unique_ids(sources)
            if len(_unique_ids(sources)) > 1 or JOINT_PARTNER.match(text, m.end(), c_end):
                plover, mode = self._joint_reading(text, anchor, m.start(), trig)
            else:
                plover, mode = self._solo_reading(m.group(0), trig)
            if fallback:
                plover, mode = fallback, None
            if noun_reading:
                plover, mode = self._cancelled_reading(text, anchor, plover, mode)
            if plover == "PROTEST":
                plover, mode = self._official_protest(_unique_ids(sources), plover, mode)
            if named_as == "none":
                continue         # 'called X a Y' without an evaluation: a description, no event
            if named_as is not None:
                plover, mode = named_as, None
            out.append({"trigger": m.group(0), "trigger_start": m.start(), "plover": plover, "mode": mode,
                        "subject_ids": _unique_ids(sources), "object_ids": [a for a in _unique_ids(targets) if a not in _unique_ids(sources)],
                        "modality": modality, "clause": (c_start, c_end),
                        "registry_share": sum(x.method in ("alias", "short_form") for x in sources) / len(sources)})
        # a fronted meeting whose participants' act the main clause reports is that act ('During talks, X and Y agreed')
        acts = {tuple(e["subject_ids"]) for e in out if not e.get("fronted")}
        out = [e for e in out if not (e.get("fronted") and tuple(e["subject_ids"]) in acts)]
        # one claim per type and source set in a sentence (a clause opened by a sequence marker, 'and the following
        # day he ...', is another occasion)
        seen, unique = set(), []
        for e in out:
            key = (e["plover"], tuple(e["subject_ids"]), e["clause"][0] if SEQUENCE_START.match(text, e["clause"][0]) else None)
            if key not in seen:
                seen.add(key)
                unique.append(e)
        return unique

    def _characterisation(self, text: str, end: int, clause_end: int, mentions: list[Mention], trig) -> str | None:
        """'called Taiwan an important friend': the PLOVER type of a naming verb with an object and a
        complement (syntax.yaml characterisation), 'none' when the complement carries no evaluation,
        None when the verb is not used to name its object."""
        if self._naming is None or trig.lemma.casefold() not in self._naming[0]:
            return None
        obj = next((x for x in mentions if end <= x.start <= end + 2), None)
        if obj is None:
            return None
        return characterise(text, obj.end, clause_end, self._naming[1], self._naming[2])

    def _joint_reading(self, text: str, anchor: int, start: int, trig) -> tuple[str, str | None]:
        """'held joint drills', 'a combined exercise': an act done together is cooperation
        (syntax.yaml: joint_markers -> joint_type), whatever type the bare noun has."""
        syntax = self.knowledge.syntax or {}
        markers = tuple(syntax.get("joint_markers") or ())
        if anchor < start and markers and _any_of(markers).search(text, anchor, start):
            return syntax.get("joint_type", "COOPERATE"), trig.mode
        return trig.plover, trig.mode

    def _demonym_assets(self) -> dict:
        """The demonym -> state map and compiled demonym-asset subject pattern (built once, on first use)."""
        if not hasattr(self, "_demonym_cache"):
            states = {a.country: a.actor_id for a in self.knowledge.actors if a.actor_type == "state" and a.country}
            dem = {d: states[a.country] for a in self.knowledge.actors for d in a.demonyms if a.country in states}
            self._demonym_cache = {"demonyms": dem, "pattern": demonym_subject_pattern(
                dem, list((self.knowledge.syntax or {}).get("asset_nouns") or ()))}
        return self._demonym_cache

    @staticmethod
    def _clause_head(text: str, c_start: int, anchor: int, mentions: list[Mention]) -> Mention | None:
        """The name opening a clause as its subject ('On Monday, the ROC Armed Forces established ...'), if any."""
        first = next((x for x in mentions if c_start <= x.start < anchor), None)
        return first if first is not None and CLAUSE_HEAD_GAP.fullmatch(text, c_start, first.start) else None

    @staticmethod
    def _pronoun_owner(s: Sentence, c_start: int, last_subject: list[str], persons, last_person: str | None,
                       mentions: list[Mention] = ()) -> str | None:
        """Whom a clause-initial he/she names: in a later clause, the person the sentence's earlier clause is about
        ('X met Y, and the following day he ...'; 'X called the drill a milestone, and she urged ...', where the
        first clause made no event: its only person), else the person named last before the sentence."""
        if c_start > s.start and len(last_subject) == 1 and last_subject[0] in persons:
            return last_subject[0]
        if c_start > s.start and not last_subject:
            earlier = {x.actor_id for x in mentions if s.start <= x.start and x.end <= c_start and x.actor_id in persons}
            if len(earlier) == 1:
                return earlier.pop()
        return last_person

    def _official_protest(self, sources: list[str], plover: str, mode: str | None) -> tuple[str, str | None]:
        """A protest by a state or a government body is verbal disapproval (syntax.yaml official_protest)."""
        rule = (self.knowledge.syntax or {}).get("official_protest") or {}
        kinds = set(rule.get("actor_types") or ())
        if rule and any(a is not None and a.actor_type in kinds for a in map(self.knowledge.actors_by_id.get, sources)):
            return rule.get("type", plover), rule.get("mode")
        return plover, mode

    def _speaks_for(self, speaker: str, actor_id: str) -> bool:
        """Whether a speaker voices the positions of actor_id: itself, or the state of its country."""
        if actor_id == speaker:
            return True
        actor, who = self.knowledge.actors_by_id.get(actor_id), self.knowledge.actors_by_id.get(speaker)
        return actor is not None and who is not None and actor.actor_type == "state" and actor.country is not None \
            and actor.country == who.country

    def _solo_reading(self, surface: str, trig) -> tuple[str, str | None]:
        """'The PLA launched joint drills': a joint noun with one actor and no partner is the bare noun's act
        (its services act together, no cooperation between actors)."""
        syntax = self.knowledge.syntax or {}
        first, _, rest = surface.partition(" ")
        if rest and trig.plover == syntax.get("joint_type", "COOPERATE") and first.casefold() in {
                w.casefold() for w in syntax.get("joint_markers") or ()}:
            bare = self.lexicon.trigger(rest)
            if bare is not None:
                return bare.plover, bare.mode
        return trig.plover, trig.mode

    def _fronted_meeting(self, text: str, s: Sentence, m, mentions: list[Mention]) -> dict | None:
        """'At the leaders' summit in May 2022 in Tokyo, both Kishida and Biden reaffirmed ...': a meeting
        noun in a fronted adjunct is a meeting of the main clause's named subjects."""
        if not FRONTED_MEETING.match(text, s.start, m.start()):
            return None
        comma = text.find(",", m.end(), s.end)
        if comma < 0:
            return None
        after = [x for x in mentions if x.start > comma]
        # 'U.S. President Joe Biden': a country before a title is the person's modifier, not a participant
        after = [x for i, x in enumerate(after)
                 if not (i + 1 < len(after) and TITLE_GAP.fullmatch(text, x.end, after[i + 1].start))]
        if not after or not FRONTED_SUBJECT_GAP.fullmatch(text, comma + 1, after[0].start):
            return None
        group = _group(after, text, nearest_last=False)
        if len(_unique_ids(group)) < 2:
            return None      # a meeting is joint: 'At a press conference, Lin Jian said' names one speaker
        verb_at = group[-1].end
        if not FINITE_AFTER_SUBJECT.match(text, verb_at):
            return None
        trig = self.lexicon.trigger(m.group(0))
        return {"trigger": m.group(0), "trigger_start": m.start(), "plover": trig.plover, "mode": trig.mode,
                "subject_ids": _unique_ids(group), "object_ids": [], "modality": self.modality(text, s, verb_at + 1),
                "clause": (s.start, comma), "registry_share": sum(x.method in ("alias", "short_form") for x in group) / len(group),
                "fronted": True}

    def _named_meeting(self, text: str, s: Sentence, m, noun_end: int, trig, mentions: list[Mention], clause: tuple[int, int],
                       last_person: str | None) -> dict | None:
        """A meeting noun whose phrase names its participants ('a Japan-India summit was held', 'In his
        summit with Suga, ...'; see pipeline/extract/meetings.py), asserted by a predicate of occurrence
        after it or by its place as a fronted adjunct."""
        meeting = noun_meeting(text, m.start(), noun_end, mentions)
        if meeting is None:
            return None
        occurred = occurred_after(text, meeting.end, s.end)
        fronted = occurred is None and FRONTED_MEETING.match(text, s.start, m.start()) is not None \
            and FRONTED_END.match(text, meeting.end, s.end) is not None
        if occurred is None and not fronted:
            return None
        ids = _unique_ids(meeting.participants)
        if meeting.possessive_pronoun:      # 'his summit with Suga': the person the sentence is about
            main = [x for x in mentions if x.start >= meeting.end]
            head = main[0] if fronted and main and FRONTED_SUBJECT_GAP.fullmatch(text, meeting.end + 1, main[0].start) else None
            owner = head.actor_id if head is not None else last_person
            ids = [owner, *ids] if owner else []
        ids = list(dict.fromkeys(ids))
        if len(ids) < 2:
            return None
        return {"trigger": m.group(0), "trigger_start": m.start(), "plover": trig.plover, "mode": trig.mode,
                "subject_ids": ids, "object_ids": [], "modality": self.modality(text, s, occurred if occurred else s.end),
                "clause": clause, "registry_share": sum(x.method in ("alias", "short_form") for x in meeting.participants)
                / len(meeting.participants), "fronted": fronted}

    @cached_property     # built once per extractor: the asset anaphora patterns (asset_anaphora.py)
    def _asset_anaphora(self) -> dict | None:
        return compile_asset_anaphora(self._demonym_assets()["demonyms"], list((self.knowledge.syntax or {}).get("asset_nouns") or ()))

    @cached_property     # built once per extractor: the verbs of saying that open a reported clause (clauses.SAYING_LEMMAS)
    def _saying_re(self):
        return saying_pattern({f for lemma in SAYING_LEMMAS for f in inflect(lemma, self.knowledge.irregular_verbs or {})})

    @cached_property     # read for every trigger match: built once per extractor, not per access
    def _nominal_nouns(self) -> frozenset[str]:
        return frozenset(n.casefold() for n in (self.knowledge.syntax or {}).get("nominal_events") or ())

    def _nominal_event(self, text: str, s: Sentence, m, trig, mentions: list[Mention], clause: tuple[int, int],
                       earlier: list[dict]) -> dict | None:
        """An act written only as a noun whose phrase names its agent ("Tokyo's protest", 'a visit to Taipei by Lai';
        see pipeline/extract/nominal_events.py), asserted by the sentence too; not the object of a reaction found
        earlier in its clause ('slammed Pelosi's trip': the reaction is the act reported)."""
        if self._modifies_asset(text, m.end()):
            return None      # 'transit route', 'protest vessels': the noun modifies another noun
        reactions = set((self.knowledge.syntax or {}).get("nominal_reaction_types") or ())
        if any(e["plover"] in reactions and clause[0] <= e["trigger_start"] < m.start() for e in earlier):
            return None
        act = nominal_act(text, m.start(), m.end(), mentions, asset_re=self.lexicon.asset_re,
                          plural=m.group(0).casefold().endswith("s") and not m.group(0).casefold().endswith("ss"))
        if act is None or self.modality(text, s, m.start()) != "asserted" or in_indirect_question(text, s.start, m.start()):
            return None
        if self._is_habitual(text, clause[0], m.start(), m.end()) or \
                iterative_after(text, m.start(), m.end(), clause[1], words=self._iterative_words):
            return None      # "Japan's exercises with X have been held regularly": a series, not one act
        sources = _unique_ids(act.sources)
        plover, mode = trig.plover, trig.mode
        if plover == "PROTEST":
            plover, mode = self._official_protest(sources, plover, mode)
        return {"trigger": m.group(0), "trigger_start": m.start(), "plover": plover, "mode": mode,
                "subject_ids": sources, "object_ids": [a for a in _unique_ids(act.targets) if a not in sources],
                "modality": "asserted", "clause": clause,
                "registry_share": sum(x.method in ("alias", "short_form") for x in act.sources) / len(act.sources), "nominal": True}

    def _modifies_asset(self, text: str, end: int) -> bool:
        """'patrol vessels', 'a welcome ceremony': the noun modifies an asset or an occasion (syntax.yaml asset_nouns,
        occasion_nouns), which is what the clause is about."""
        nxt = NEXT_WORD.match(text, end)
        if not nxt:
            return False
        word = nxt.group(1).casefold()
        return word in self.lexicon.asset_words or word in (self.knowledge.syntax or {}).get("occasion_nouns", ())

    def _cancelled_reading(self, text: str, anchor: int, plover: str, mode: str | None) -> tuple[str, str | None]:
        """'cancelled a planned meeting', 'postponed the drills': an event noun governed by a cancellation
        verb is the cancelling act (syntax.yaml cancellation: types maps the noun's type to the act's)."""
        rx = self.lexicon.cancel_re
        if rx is None or not rx.match(text, anchor) or plover not in self.lexicon.cancel_types:
            return plover, mode
        new = self.lexicon.cancel_types[plover]
        return new, self.lexicon.cancel_modes.get(new)

    @property
    def _asset_passive_types(self) -> frozenset[str]:
        """Types whose agentless passive takes the owner of its asset subject as source (syntax.yaml)."""
        return frozenset((self.knowledge.syntax or {}).get("asset_passive_types") or ())

    @cached_property
    def _asset_passive_watching(self) -> frozenset[str]:
        """Lemmas whose passive subject is the watched party ('were tracked'), not an owner's deployment (syntax.yaml)."""
        return frozenset((self.knowledge.syntax or {}).get("asset_passive_watching") or ())

    @property
    def _iterative_words(self) -> tuple[str, ...]:
        return tuple((self.knowledge.syntax or {}).get("iterative_after") or ())

    def _is_habitual(self, text: str, clause_start: int, anchor: int, end: int) -> bool:
        """A habitual/iterative adverb in the verb group ('has repeatedly rejected', 'frequently probes')."""
        rx = self.lexicon.habitual_re
        if rx is None:
            return False
        window = " ".join(text[clause_start:anchor].split()[-3:]) + " " + " ".join(text[end:end + 40].split()[:2])
        return bool(rx.search(window))

    # -- stances -----------------------------------------------------------------------------
