"""Who did it: the participants of a found event predicate, a mixin of EventRules (pipeline/extract/events.py).
One method per voice of the predicate (pipeline/extract/predicates.py predicate_shape): a passive's agent or its
owned-asset subject, a free participle's borrowed subject, an active verb's subject with its fallbacks (a relative
antecedent, a coordinated verb's subject, a reported or clause-initial pronoun, a demonym or an asset's owner).
Each returns (sources, targets) as mentions, or None when the predicate has no named source and so makes no
claim. Also the speaker as performer of a present or first-person act done by saying it (_performed_shape:
'X said China "firmly opposes" ...'). Kept apart from the per-trigger loop, which decides whether a trigger is an
event predicate at all."""
import re
from functools import cached_property

from pipeline.extract.actors import Mention
from pipeline.extract.led_groups import led_group_subject
from pipeline.extract.asset_anaphora import (VERB_GAP_RE, definite_asset_subject, demonym_owner, owner_after_asset, owner_before, owner_of_named_asset,
                                             passive_asset_owner)
from pipeline.extract.asset_subjects import demonym_subject, named_owners
from pipeline.extract.clauses import FIRST_PERSON_SUBJECT, PRONOUN_SUBJECT, _group, _unique_ids, reported_clause_start
from pipeline.extract.predicates import (BE_AUX_BEFORE, MANNER_GERUND, PREPOSITION_OBJECT, STATEMENT_GERUND,
                                         drop_possessors, is_list_verb, is_verb_coordination, relative_antecedent, subject_group)
from pipeline.extract.owner_groups import owners_of_agents
from pipeline.extract.pronoun_bodies import it_subject
from pipeline.extract.resumed import REPORTED_SELF, resumed_subject
from pipeline.extract.sentences import Sentence
from pipeline.extract.subordinate_subjects import is_first_person, subordinate_pronoun, verb_subject_before
from pipeline.extract.text_acts import addressed_to_party, press_release_act

# 'said (that) it had summoned': a pronoun subject of the reported clause right after the reporting verb
# ('told reporters on Monday that he had ...': a short adjunct may stand before 'that')
# ('said on Friday it was imposing': a day adjunct without 'that'; 'was' before a past progressive)
REPORTED_PRONOUN = re.compile(r"\s+(?:[^,;:“”\"]{1,50}?\s+that\s+|that\s+|on\s+\w+day\s+)?(it|he|she|they)\s+"
                              r"(?:(?:\w+ly|also|had|has|have|then|later|was|were)\s+)*", re.IGNORECASE)
# 'said that the islands were Chinese and that he had urged ...': a later that-clause of the same report
REPORTED_THAT_PRONOUN = re.compile(r".*?\band\s+that\s+(it|he|she|they)\s+(?:(?:\w+ly|also|had|has|have|then|later)\s+)*",
                                   re.IGNORECASE | re.DOTALL)
# 'said its patrol vessels ...': the reporter's own assets open the reported clause
OWN_ASSETS = re.compile(r"(?:its|their|our)\s+", re.IGNORECASE)
CLAUSE_HEAD_GAP = re.compile(r"[\s“‘\"]*(?:[^,;:“”]{0,40},\s*)?(?:(?:the|a|an)\s+)?", re.IGNORECASE)
OBJECT_GAP = re.compile(r"\s+(?:(?:the|his|her|its|their)\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}")   # titles before a name

# the adjuncts between a passive verb and its by-agent ('was signed in Manila on July 8 last year by ...'): up to eight
# words, none a participle of another verb ('talks hosted by X': X hosted, it did not sign) nor a clause break
BY_AGENT_GAP = re.compile(r"\s+(?:(?![a-z]+(?:ed|en)\b)[\w\-]+\s+){0,8}?by\s+")
# the agent's titles before its name ('by Defense Secretary Gilberto Teodoro', 'by Japanese Foreign Minister X'), a
# title held at the time among them ('by then Prime Minister X', 'by the then-Foreign Minister X'; 'former' is left
# out: 'attended by former Prime Minister X' is mostly a private figure's presence)
AGENT_TITLES = re.compile(r"(?:[Tt]he\s+)?(?:then[\s\-]+)?(?:[A-Z][\w’'.\-]*\s+){0,4}")
# a by-agent that is a counted asset phrase with its owner after 'of' ('by nine patrol ships of the Coast Guard')
ASSETS_OF = re.compile(r"(?:(?:the|its|their|\d+|[a-z]+)\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+\s+of\s+(?:the\s+)?")
Participants = tuple[list[Mention], list[Mention]] | None    # (sources, targets); None: no named source, no claim


class EventSubjects:
    """The participant rules of ClaimExtractor's event predicates (its lexicon, knowledge and readings)."""

    def _passive_participants(self, text: str, m, trig, voice: str, c_start: int, anchor: int, mentions: list[Mention],
                              after: list[Mention]) -> Participants:
        """A passive or reduced relative ('were summoned by X', 'drills held by X'): its by-agent is the source,
        else (a deployment of owned assets) the assets' owner; the passive's subject is the target."""
        by = BY_AGENT_GAP.match(text[m.end():m.end() + 90])
        agents = [x for x in after if by and AGENT_TITLES.fullmatch(text[m.end() + by.end():x.start])]
        if by and not agents and self.lexicon.asset_re is not None:
            # 'escorted by nine patrol ships of Taiwan's Coast Guard Administration': the assets' owner is the agent
            agents = [x for x in after[:1] if (gap := text[m.end() + by.end():x.start]) and ASSETS_OF.fullmatch(gap)
                      and self.lexicon.asset_re.search(gap)]
        owner = None
        if not agents and voice == "passive" and trig.plover in self._asset_passive_types \
                and trig.lemma.split()[0] not in self._asset_passive_watching:
            # an agentless passive names no source, except a deployment of owned assets: a demonym ('Japanese jets
            # were scrambled') or a named actor's own assets ('JASDF fighter jets were scrambled', 'aircraft of the Air
            # Self-Defense Force were scrambled')
            if (aux := BE_AUX_BEFORE.search(text, c_start, anchor)) \
                    and (demo := demonym_subject(text, c_start, aux.start(), **self._demonym_assets())):
                owner = [Mention(a, b, w, state, "demonym", 0.7) for a, b, w, state in named_owners(text, demo, anchor, mentions)]
            if not owner:
                named = passive_asset_owner(text, c_start, anchor, mentions, asset_re=self.lexicon.asset_re,
                                            compiled=self._asset_anaphora,
                                            subject=subject_group(text, c_start, anchor, mentions, _group, self.lexicon.asset_re))
                owner = [named] if named is not None else None
        if not agents and not owner:
            return None
        if owner:
            sources, targets = owner, _group([x for x in after if x not in owner], text, nearest_last=False)
        else:
            sources = _group([x for x in after if x.start >= agents[0].start], text, nearest_last=False)
            # a reduced relative modifies a noun of the main clause, whose subject is no participant
            targets = [] if voice == "reduced" else \
                _group([x for x in mentions if c_start <= x.start and x.end <= anchor], text, nearest_last=True)
        return sources, targets

    def _participle_participants(self, text: str, s: Sentence, m, c_start: int, mentions: list[Mention], after: list[Mention], *,
                                 last_subject: list[str]) -> Participants:
        """A free participle ('..., urging Japan to ...'): the main clause's subject, else the subject of a statement
        verb or the clause's head name before it."""
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
            return None
        targets = _group([x for x in after if x not in sources], text, nearest_last=False)
        return sources, targets

    def _active_participants(self, text: str, s: Sentence, c_start: int, anchor: int, mentions: list[Mention], after: list[Mention], *,
                             performer: Mention | tuple[Mention, ...] | None, persons: frozenset[str], last_subject: list[str], speaker: str | None,
                             speaker_verb_end: int | None, last_person: str | None, asset_cues,
                             last_body: str | None = None) -> Participants:
        """An active finite verb or noun predicate: its subject group (or the speaker who voices it: performer), else
        the fallbacks for a subject that is not a name before the verb."""
        resumed = None if performer is not None else resumed_subject(text, s, c_start, anchor, mentions, self.lexicon.asset_re)
        sources = list(performer) if isinstance(performer, tuple) else [performer] if performer is not None else resumed if resumed else \
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
            elif last_subject and (is_verb_coordination(text, c_start, anchor) or is_list_verb(text, c_start, anchor, s.end)):
                sources = [x for x in mentions if x.actor_id in last_subject][:len(last_subject)] or None
            elif is_verb_coordination(text, c_start, anchor) and (
                    head := reported is not None and self._clause_head(text, reported, anchor, mentions)
                    or self._clause_head(text, c_start, anchor, mentions)):
                # 'X established a centre and dispatched aircraft': the first verb made no event; in reported words
                # ('the spokesman said China was dissatisfied and had lodged ...') the reported clause's head
                sources = [head]
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
            elif last_body and it_subject(text, c_start, anchor):
                sources = [Mention(c_start, c_start, "", last_body, "pronoun", 0.7)]   # 'Beijing was furious. It summoned ...'
        if not sources and (owners := owners_of_agents(text, c_start, anchor, mentions, opening=self._agent_opening,
                                                        verb_gap=VERB_GAP_RE, coordination=_group)):
            sources = owners     # 'The foreign ministers of Japan and Australia held talks': the owners act
        if not sources and (leader := led_group_subject(text, c_start, anchor, mentions)):
            sources = [leader]   # 'The delegation, led by X of the ruling party, met Y': the leader acts for the group
        if not sources and (demo := demonym_subject(text, c_start, anchor, also=(reported,) if reported else (),
                                                    **self._demonym_assets())):
            # ('a Chinese navy destroyer': the name the demonym opens; '..., presumed to belong to the PLA,': the owner given)
            sources = [Mention(a, b, w, state, "demonym", 0.7) for a, b, w, state in named_owners(text, demo, anchor, mentions)]
            if all(w in self._demonym_assets()["hulls"] for _, _, w, _ in demo) \
                    and (named := owner_of_named_asset(text, c_start, anchor, mentions, compiled=self._asset_anaphora)) \
                    and named.start < demo[0][0]:
                sources = [named]     # 'The JMSDF destroyer JS Takanami sailed': the service named before the prefix
        if not sources and (owner := owner_after_asset(text, c_start, anchor, mentions, compiled=self._asset_anaphora,
                                                        verb_gap=VERB_GAP_RE)):
            sources = [owner]     # 'A Y-9 aircraft of the People's Liberation Army violated ...'
        if not sources and (owner := owner_of_named_asset(text, c_start, anchor, mentions, compiled=self._asset_anaphora)):
            sources = [owner]     # 'the Japan Coast Guard patrol ship Koshiki struck ...'
        if not sources and asset_cues \
                and (np := next((d for st in (c_start, reported) if st is not None and st < anchor
                                 and not [x for x in mentions if st <= x.start < anchor]
                                 and (d := definite_asset_subject(text, st, anchor, compiled=self._asset_anaphora))), None)) \
                and (asset_owner := self._definite_asset_owner(asset_cues, np)):
            sources = [Mention(np[0], np[1], np[2], asset_owner, "description", 0.6)]   # 'The two vessels passed'
        if not sources and (pron := subordinate_pronoun(text, c_start, anchor)):
            # 'X raised it when he met Y': the head of the clause (a person), or the speaker for 'when I met'
            owner = speaker if is_first_person(pron[2]) else getattr(self._clause_head(text, c_start, pron[0], mentions), "actor_id", None)
            if pron[2].casefold() == "it":      # 'the commitments Japan made when it normalized relations': a body
                owner = verb_subject_before(text, s.start, pron[0], mentions, persons)
                sources = [Mention(pron[0], pron[1], pron[2], owner, "pronoun", 0.7)] if owner else None
            else:
                sources = [Mention(pron[0], pron[1], pron[2], owner, "pronoun", 0.7)] if owner and (owner in persons or owner == speaker) else None
        if not sources:
            return None
        targets = _group([x for x in after if x not in sources], text, nearest_last=False)
        return sources, targets

    def _definite_asset_owner(self, cues, np: tuple[int, int, str]) -> str | None:
        """The owner of a definite asset subject ('The two vessels'): the latest cue of its kind; with a demonym ('the
        Chinese vessel') the latest of that state's own bodies (asset_anaphora.demonym_owner), else the state."""
        demonyms = self._demonym_assets()["demonyms"]
        state = next((demonyms[w] for w in np[2].split() if w[:1].isupper() and w in demonyms), None)
        ships, aircraft = self._asset_kinds
        if state is None:
            return owner_before(cues, np[0], np[2], aircraft=aircraft)
        by_id = self.knowledge.actors_by_id
        return demonym_owner(cues, np[0], np[2], state=state, country_of=lambda a: getattr(by_id.get(a), "country", None),
                             ships=ships, aircraft=aircraft)

    @cached_property     # vocabulary.yaml asset_kinds: the nouns of a ship and of an aircraft (asset_anaphora.py)
    def _asset_kinds(self) -> tuple[frozenset[str], frozenset[str]]:
        kinds = (self.knowledge.vocabulary or {}).get("asset_kinds") or {}
        return frozenset(str(w) for w in kinds.get("ships") or ()), frozenset(str(w) for w in kinds.get("aircraft") or ())

    @cached_property     # syntax.yaml praise_performatives, casefolded
    def _praise_performatives(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in (self.knowledge.syntax or {}).get("praise_performatives") or ())

    def _performed_shape(self, text: str, m, trig, c_start: int, mentions: list[Mention], *, speaker: str | None,
                         speaker_verb_end: int | None) -> tuple[tuple[str, int] | None, Mention | None]:
        """A present or first-person act done by saying it ('“We urge ...”', 'X said China "firmly opposes" ...', a press
        release's 'The MAC urges Beijing to ...'), which predicate_shape does not read as an event. Returns
        (('active', anchor), the mention standing for the speaker as performer, or None for the clause's own subject),
        else (None, None)."""
        shape, performer = None, None
        if trig.form == "base" and speaker and trig.plover in self._performative \
                and trig.lemma.casefold() not in self._praise_performatives \
                and FIRST_PERSON_SUBJECT.fullmatch(text, c_start, m.start()):
            shape = ("active", m.start())     # '“We urge the Japanese side to ...”': said, hence done
        if shape is None and trig.form == "pres3" and speaker and trig.plover in self._performative \
                and (speaker_verb_end is None or not m.start() < speaker_verb_end <= m.end()) \
                and not self._is_habitual(text, c_start, m.start(), m.end()):   # (a reported verb, not the reporting one)
            # 'X said China "firmly opposes" ...': the speaker's own state's present position, voiced by saying it
            subject = subject_group(text, c_start, m.start(), mentions, _group, self.lexicon.asset_re)
            # (the bodies named before the reporting verb: the title or apposition of a speaker whose country the
            # registry does not give; a known speaker speaks for its own country only)
            known = self.knowledge.actors_by_id.get(speaker)
            affiliations = () if known is not None and known.country else \
                tuple(x.actor_id for x in mentions if speaker_verb_end is not None and x.end < speaker_verb_end
                      and x.actor_id != speaker and (not subject or x.end <= subject[0].start))
            if subject and all(self._speaks_for(speaker, x.actor_id, affiliations) for x in subject):
                shape, performer = ("active", m.start()), Mention(subject[0].start, subject[0].end, subject[0].text,
                                                                    speaker, "pronoun", 0.7)
                if not all(self._speaks_for(speaker, x.actor_id) for x in subject):
                    # voiced through the body of the speaker's title only: the body or state named acts too (one
                    # act with its other reports, 'China accused ...', whose source it is)
                    performer = (performer, *[x for x in subject if x.actor_id != speaker])
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
        return shape, performer

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
