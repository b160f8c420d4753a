"""Stance claims of one sentence (a mixin of ClaimExtractor): topic readings from the cue lexicons,
their holder (the speaker, a relative clause's antecedent, a passive's agents, the clause subject) and
polarity after negation and accusation (rules in pipeline/extract/stances.py and stance_frames.py)."""

from __future__ import annotations

import re

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import PRONOUN_SUBJECT, _clause_bounds, _group, _unique_ids
from pipeline.extract.predicates import drop_possessors
from pipeline.extract.sentences import Sentence
from pipeline.extract.stance_frames import asked_matter, credited_by_act, negative_subject, passive_agents, stance_modality
from pipeline.extract.stance_levels import leveled_rows
from pipeline.extract.stance_speakers import later_speaker
from pipeline.extract.stance_parties import speaker_party
from pipeline.extract.stance_officials import fronted_subject, institutional_we, reported_subject, said_state, titled_by_body
from pipeline.extract.stance_holders import (causal_clause, declared_by, group_leader, own_government_position, partner_after_keyword,
                                             relative_antecedent, third_party_act)
from pipeline.extract.stance_cues import gated_by_pair
from pipeline.extract.stances import Reading, _cue_matches, about_other_partner, clause_subject, speaker_group, topic_readings
from pipeline.extract.stance_anaphora import (HEAD_BEFORE_CHARS, anaphor_hint, anaphoric_cue, antecedent_topics, head_sentences,
                                              previous_sentence)
from pipeline.extract.statements import OPENS_QUOTE, frame_modality

QUOTES_TO_SPACE = str.maketrans({"“": " ", "”": " ", '"': " "})   # same offsets; cue phrases match across quotes
# single quotation marks (British and Australian usage: "could amount to a 'survival-threatening situation'"), never
# an apostrophe inside a word ("China's", "Taiwan’s"): the same offsets, so a phrase matches across them too
SINGLE_QUOTES = re.compile(r"(?<![\w.])['‘’]|['‘’](?![\w])(?<![sS]['’])")
# a broadcast transcript's spoken quotation marks ('could be a, quote, "survival-threatening situation"'): the same
# offsets, so a phrase matches across them as across written quotation marks
SPOKEN_QUOTE = re.compile(r",?\s*\b(?:quote|unquote|end\s+quote)\b,?(?=\s)", re.IGNORECASE)
# the agent of a passive push into an act ('drawn by the Americans into a conflict over Taiwan'): blanked (same offsets),
# so the undergone cue ('drawn into') reads as without it
PASSIVE_AGENT_INTO = re.compile(r"\b(?:drawn|dragged|pulled|sucked|lured|pushed)(\s+by\s+(?:the\s+)?[\w.’'\-]+(?:\s+[\w.’'\-]+)?)(?=\s+into\b)",
                                re.IGNORECASE)
INDIRECT_QUESTION = re.compile(r"\bwhether\b", re.IGNORECASE)
WORD_RE = re.compile(r"[\w\-]+")
# a clause opened by 'it' after a coordinator: the same subject as the clause before (a state, a body)
STATE_PRONOUN = re.compile(r"\s*it\s+(?!is\b|was\b|would\s+be\b|'s\b)", re.IGNORECASE)
# a self-sufficient phrase that is a predicate ('is a sovereign state'): in the document's own voice it describes its
# subject rather than reporting the subject's position
COPULA_PHRASE = re.compile(r"(?:is|are|was|were|remains?|remained|has\s+(?:always\s+|never\s+)?been)\b", re.IGNORECASE)
# How far back the matter under discussion is read for the parties' joint act (about two sentences, in characters):
# 'The two militaries track the same ships. "Japan and Taiwan ought to be sharing that data," he said.'
CONTEXT_BEFORE = 300
# an unnamed first person's opinion frame before the clause's subject ('I do not think the United States should ...', 'we
# believe Japan must ...'): the named subject is only what the opinion is about (GUIDELINES: a holder speaks or acts), and the
# first person is no named actor
FIRST_PERSON_OPINION = re.compile(r"(?<![\w’'])(?:I|[Ww]e)\s+(?:(?:do|did)\s+not\s+|don[’']t\s+|(?:also|still|really|personally|"
                                  r"firmly|strongly)\s+)?(?:think|believe|feel|doubt|suspect|expect|hope|would\s+argue|argue|"
                                  r"(?:am|are)\s+(?:convinced|sure|certain))\b")
# between a name and a holding cue after it: the name (and the names coordinated with it) is the holding's own subject
# ('the exercises the U.S. and Japan hold')
DOER_GAP = re.compile(r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)?\s*")
# a clause after a comma that still reports the speaker's words: its subject is only mentioned in them
LATER_CLAUSE_REPORTED = re.compile(r"(?:that|adding|saying|and\s+that|noting)\b", re.IGNORECASE)
# a sentence that opens with the view of a person named before ('In his view, ...', 'In her opinion, ...'): theirs
VIEW_FRAME = re.compile(r"\s*(?:In|To|For)\s+(?:his|her)\s+(?:view|opinion|assessment|judgment|judgement|mind),\s")
COORDINATOR_BEFORE = re.compile(r",\s*(?:but|and|yet|while|although|though)\s*$", re.IGNORECASE)


def _without_quotes(text: str) -> str:
    """text with its quotation marks as spaces (QUOTES_TO_SPACE, then SINGLE_QUOTES); each step runs only when the text
    holds one of the characters it replaces (else it returns text unchanged: the test only spares the work)."""
    if "“" in text or "”" in text or '"' in text:
        text = text.translate(QUOTES_TO_SPACE)
    if "'" in text or "‘" in text or "’" in text:
        text = SINGLE_QUOTES.sub(" ", text)
    return text


class StanceClaims:
    """Needs the extractor's `knowledge`, `matcher`, `topic_cues`, `topic_gate`, `modality`, `_country`
    and `_actor_kind`."""

    def stances(self, text: str, s: Sentence, mentions: list[Mention], claimant: str | None,
                verb_at: int | None = None, last_person: str | None = None) -> list[dict]:
        """Stance claims of one sentence, one per (holder, topic) (see pipeline/extract/stances.py)."""
        out, seen = [], set()
        if claimant is not None and verb_at is not None and frame_modality(text, s, verb_at) == "negated":
            return out       # 'Biden did not say whether ...': the speaker expressed no position
        sentence = _without_quotes(s.text)    # 'punish “Taiwan independence” diehards'
        if " by " in sentence:
            sentence = PASSIVE_AGENT_INTO.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " " * len(m.group(1)), sentence)
        if "uote" in sentence or "UOTE" in sentence:     # the test spares the (case-blind) regex on most sentences
            sentence = SPOKEN_QUOTE.sub(lambda m: " " * len(m.group(0)), sentence)
        # where any topic's term starts: a topic whose terms match at none of these offsets matches nowhere
        # (the gate is the union of the topics' terms, same boundaries), so its full scan is skipped
        gate_starts = self.topic_gate.starts(sentence) if self.topic_gate is not None else None
        # a cue on a matter named before ('We firmly oppose it.', 'Tokyo turned it down'): read for the first topic
        # keyword before it, in the sentence or the one before (stance_anaphora.py); read after the topics' own readings
        extra = self._anaphoric_readings(text, s, sentence) if self.topic_gate is not None else []
        no_terms = self.topic_gate is None or (not gate_starts if gate_starts is not None else not self.topic_gate.contains(sentence))
        if no_terms and not extra:
            return out
        # the first two characters at each of them tell which of each topic's matchers may match at all (gated_by_pair)
        gated = None
        if no_terms:
            gate_starts = None
        if gate_starts is not None:
            if "_gated_by_pair" not in self.__dict__:     # (built on first use, from the extractor's topics)
                self._gated_by_pair = gated_by_pair(self.topic_cues)
            per_pair = [self._gated_by_pair[p] for p in {sentence[q:q + 2] for q in gate_starts}]
            gated = per_pair[0] if len(per_pair) == 1 else tuple(frozenset().union(*fs) for fs in zip(*per_pair))
        context_before = text[max(0, s.start - CONTEXT_BEFORE):s.start]
        clause_of = lambda local: tuple(x - s.start for x in _clause_bounds(text, s, s.start + local))  # noqa: E731
        named = None
        passes = [] if no_terms else [(t, cues, None) for t, cues in enumerate(self.topic_cues)]
        for t, cues, forced in [*passes, *extra]:
            # (terms matches only where the gate does: tried at the gate's offsets, if it may start at one)
            has_terms = None if forced is not None or gated is None or cues.terms is None or not cues.terms.fast else \
                "terms" in gated[t] and cues.terms.matches_at_any(sentence, gate_starts)
            if has_terms is False and not (cues.declaration is not None and cues.declaration.search(sentence)):
                continue     # no reading: topic_readings would find no term either (a declared act may start inside
                # another topic's longer term: 'say clearly that it [will defend Taiwan]')
            if cues.countries:
                named = self._countries_named(s, mentions) if named is None else named
                if about_other_partner(cues, named):
                    continue     # 'Japan and the Philippines agreed to expand joint exercises'
            gate = (gate_starts, gated[t]) if gated is not None else None
            for r in forced or topic_readings(sentence, cues, clause_of, context_before=context_before, gate=gate, has_terms=has_terms):
                pos = s.start + r.cue_start
                if r.cue_text[:1].isupper() and any(m.start <= pos and pos + len(r.cue_text) <= m.end for m in mentions):
                    continue     # a cue word inside a name ('Ban' of 'Foreign Minister Ban Ki-moon') is no cue
                if cues.countries and r.key_end >= 0 and \
                        (partner := partner_after_keyword(text, s.start + r.key_end, mentions, self._country)) \
                        and partner not in cues.countries:
                    break        # 'official interaction between the United States and ...': another relation
                modality = stance_modality(text[_clause_bounds(text, s, pos)[0]:pos], self.modality(text, s, pos))
                if modality == "concessive" or asked_matter(text[max(s.start, pos - 200):pos]):
                    continue
                if INDIRECT_QUESTION.search(text, _clause_bounds(text, s, pos)[0], pos):
                    modality = "hypothetical"    # 'the question is whether Tokyo will ...': asks, asserts nothing
                polarity, accused = r.polarity, False
                if modality == "negated" and (r.negatable or negative_subject(text[_clause_bounds(text, s, pos)[0]:pos])):
                    polarity = "oppose" if polarity == "support" else "support"
                speakers: set[str] = set()     # the holders who speak (a reported holder is weaker evidence)
                later = False                  # held by a second speaker of the sentence (stance_speakers.py)
                # (a charge's subject is the one charged: '..., which interferes in China's internal affairs')
                relative = relative_antecedent(text, pos, mentions) if not r.charge else None
                if relative is not None:
                    holders = [relative.actor_id]     # '..., who had described a Taiwan emergency as ...'
                elif forced and claimant is not None and verb_at is not None and (own := self._later_clause_subject(text, verb_at, pos, mentions)):
                    holders = own     # 'Taipei proposed a security dialogue, but Tokyo turned it down': the later clause's own subject
                elif claimant is not None:
                    if r.conditioned and verb_at == pos:
                        continue     # 'the US and Japan would respond if ...': the act read as their speech verb, no speaker
                    holders = speaker_group(text, mentions, claimant)
                    speakers = set(holders)
                    verb = WORD_RE.match(text, verb_at) if verb_at is not None and verb_at < pos else None
                    if r.accusation and third_party_act(text, _clause_bounds(text, s, pos)[0], verb.end() if verb else None, pos,
                                                        mentions, claimant, self._country, _group):
                        # 'Mao Ning said the visit violated the one-China principle': she upholds it; so does one who says the
                        # act must not damage it ('the dispute should not damage our cooperation'): the negation is no flip here
                        polarity, accused = ("oppose" if r.polarity == "support" else "support"), True
                    # (a speaker the registry does not know is a person the body names: 'spokesman Kong Quan said China ...')
                    if r.act and self._actor_kind(claimant) != "person" and claimant not in getattr(self, "_doc_persons", ()):
                        # 'Beijing lodged a protest over the visit, the Chinese embassy said': a body that reports another's act is
                        # its mouthpiece, the act's named doer holds it (a person who reports it, 'Zhao said Beijing had ...',
                        # states the position himself)
                        c_start = max(_clause_bounds(text, s, pos)[0], verb.end() if verb else 0)
                        holders = [x for x in _unique_ids(clause_subject(text, c_start, pos, mentions, _group)) if x != claimant] or holders
                    if (state := self._speaker_state(claimant, modality, r, verb_at, pos, text, s, mentions)) and state not in holders:
                        holders = [*holders, state]     # '"We firmly oppose ...," the spokesperson said': her state's too
                    if (body := self._speaker_body(claimant, modality, r, verb_at, pos, text, mentions)) and body not in holders:
                        holders = [*holders, body]      # 'the director said that the agency looked forward to ...'
                    if (self._actor_kind(claimant) == "person" or claimant in getattr(self, "_doc_persons", ())) and not (r.accusation or r.act or modality == "prescriptive") \
                            and (party := speaker_party(text, s.start, verb_at, pos, mentions, claimant, self._actor_kind,
                                                    getattr(self, "_doc_parties", {}))) \
                            and party not in holders:
                        holders = [*holders, party]     # 'JCP lawmaker X said the Japanese Communist Party opposes ...'
                    if verb_at is not None and verb_at < pos and (second := later_speaker(
                            text, verb_at, pos, mentions, lambda a: self._actor_kind(a) == "person"
                            or a in getattr(self, "_doc_persons", ()), self.lexicon.reporting_re)) and second != claimant:
                        holders, speakers = [second], {second}    # 'A told X that ..., and B argued that "...": B's words
                        later = True
                else:
                    # 'In his view, the two militaries ought to talk': the view of the person just named, a prescription included
                    view = last_person if last_person and not r.charge and VIEW_FRAME.match(s.text) else None
                    if view is None and (modality not in ("asserted", "negated") or r.conditioned or r.charge):
                        # the document's own forecast, plan or recommendation ('... knows that the US and Japan would respond if
                        # Taiwan were attacked': what its subject would do, no one's stated position)
                        continue
                    c_start, c_end = _clause_bounds(text, s, pos)    # 'held ..., co-hosted by A and B': A and B
                    if r.key_end < 0 and COPULA_PHRASE.match(r.cue_text):
                        c_start = pos      # 'The Republic of China is a sovereign state': its subject is described, holds nothing
                    if FIRST_PERSON_OPINION.search(text, c_start, pos):
                        continue     # 'I do not think the United States should give up ...': the unnamed speaker's view
                    if view is not None:
                        holders, speakers, found = [view], {view}, None
                    if not speakers:
                        found = passive_agents(text, pos, c_end, drop_possessors(text, mentions), _group) or clause_subject(text, c_start, pos, mentions, _group)
                    if not speakers and not found and causal_clause(text, c_start) and c_start > s.start:
                        p_start, _ = _clause_bounds(text, s, c_start - 1)
                        found = clause_subject(text, p_start, c_start, mentions, _group)
                    if not speakers:
                        holders = _unique_ids(found) or group_leader(text, c_start, pos, mentions)
                    if not holders and last_person and PRONOUN_SUBJECT.fullmatch(text, c_start, pos):
                        holders = [last_person]
                    if not holders and c_start > s.start and STATE_PRONOUN.match(text, c_start) \
                            and COORDINATOR_BEFORE.search(text, max(s.start, c_start - 12), c_start):
                        # ', but it has long left open whether ...': the state or body that is the first clause's subject
                        holders = [a for a in _unique_ids(clause_subject(text, s.start, c_start, mentions, _group))
                                   if self._actor_kind(a) not in (None, "person")]
                    if OPENS_QUOTE.match(s.text):
                        holders = []     # someone's words whose speaker is unknown: their subject is only mentioned
                # a state's or body's declared position is its own stance too ("Japan's position was ...")
                holders = list(dict.fromkeys([*holders, *(a for a in declared_by(text, _clause_bounds(text, s, pos)[0], pos, mentions)
                                                          if self._actor_kind(a) not in (None, "person"))]))
                if r.declared and cues.declaration_countries:
                    named = self._countries_named(s, mentions) if named is None else named
                    if not named & cues.declaration_countries:
                        # 'We need to make it clear that we will defend Taiwan,' a Japanese leader said: not Washington's
                        # clarity; a declaration by a holder of those countries, or one naming them, is
                        holders = [h for h in holders if self._holder_country(h) in cues.declaration_countries]
                # the names right before the cue: a holding cue's own subject ('the exercises the U.S. and Japan hold')
                doers = {m.actor_id for m in mentions if s.start <= m.start <= pos and DOER_GAP.fullmatch(text, m.end, pos)}
                for holder in holders:
                    # (a holder that is the holding's subject is credited by the holding alone, asked for or not)
                    if (holder, cues.topic_id) in seen or not credited_by_act(
                            r.cue_text, self._actor_kind(holder), "" if holder in doers else text[max(s.start, pos - 80):pos],
                            bool(doers - set(holders))):
                        continue
                    seen.add((holder, cues.topic_id))
                    out.append({"topic_id": cues.topic_id, "polarity": polarity, "holder": holder,
                                # (a governed phrase is its own trigger: the cue gave only its holder and mood)
                                "trigger": r.phrase_text or r.cue_text,
                                "trigger_start": pos if r.phrase_start < 0 else s.start + r.phrase_start, "modality": "asserted" if modality == "negated" else modality,
                                "attributed": claimant is not None, "from_cue": r.negatable,
                                # a holder the speaker reports or names rather than the speaker ('Japan's position
                                # is ...', 'Beijing lodged a protest, the embassy said'): right less often on the
                                # development sets (0.81 vs 0.91), so its claim is less confident
                                "speaker_held": claimant is None or holder in speakers, "later_speaker": later,
                                "negated": modality == "negated" and r.negatable,
                                # what the speaker does in words: the cue's own polarity, before an inverse keyword
                                # (a charge against the subject is an accusation)
                                "act": "oppose" if accused or r.charge else
                                       polarity if not r.inverse else ("oppose" if polarity == "support" else "support")})
                break        # one reading per topic and sentence: the first phrase or the governing cue
        if out:
            out.extend(leveled_rows(sentence, out, self.topic_cues))   # 'a security dialogue between the two governments'
        return out

    def _anaphoric_readings(self, text: str, s: Sentence, sentence: str) -> list[tuple]:
        """(topic index, cues, [Reading]) of a cue on an anaphoric object ('firmly oppose it', 'welcomed the change'), for
        the topics of the first keyword before it (stance_anaphora.py); [] without one."""
        if not self.topic_cues or not anaphor_hint(sentence):
            return []
        # (the act verbs of diplomatic reporting: 'welcomed', 'condemned', 'firmly opposes', 'turned down'; not every
        # position cue: 'haven't managed to stop it', 'need it' take no position on a matter named before)
        cue_list = list(dict.fromkeys(c for cues in self.topic_cues if cues.anaphora
                                      for c in _cue_matches(cues.act_support, cues.act_oppose, sentence)))
        found = anaphoric_cue(sentence, cue_list)
        if found is None:
            return []
        polarity, cue_start, cue_text, end, head = found
        segments = [sentence[:cue_start]] if cue_start > 0 else []
        segments.append(previous_sentence(text[max(0, s.start - 600):s.start]))
        # ('welcomed the drill' two paragraphs after the drill was reported: the sentence that names it)
        if head and head not in segments[-1].lower():
            # (farther back, only a sentence that names the relation's parties: 'the drills' of a report on the PLA's 'joint
            # drills around Taiwan' are no Japan-Taiwan drill)
            relation = frozenset().union(*(c.countries for c in self.topic_cues if c.anaphora))
            segments += [seg for seg in head_sentences(text[max(0, s.start - HEAD_BEFORE_CHARS):s.start], head)
                         if relation <= self._segment_countries(seg)]
        reading = Reading(polarity, cue_start, cue_text, True, key_end=end, act=True)
        topics = set(antecedent_topics(segments, [c for c in self.topic_cues if c.anaphora], self._names_other_partner, head=head))
        return [(t, cues, [reading]) for t, cues in enumerate(self.topic_cues) if cues.topic_id in topics]

    @staticmethod
    def _later_clause_subject(text: str, verb_at: int, pos: int, mentions: list[Mention]) -> list[str]:
        """The named subject of the clause that holds an anaphoric cue when a comma parts it from the speaker's verb
        ('When Taipei proposed a dialogue, the Kishida government turned it down'), never in reported words ('said,
        in a statement, that China opposes it')."""
        cut = text.rfind(", ", verb_at, pos)
        if cut < 0 or LATER_CLAUSE_REPORTED.match(text, cut + 2):
            return []
        return _unique_ids(clause_subject(text, cut + 2, pos, mentions, _group))

    def _segment_countries(self, segment: str) -> set[str]:
        """The countries a segment names by the registry's state names and metonyms and by the demonyms."""
        if "_state_names" not in self.__dict__:
            self._state_names = {n: a.country for a in self.knowledge.actors if a.actor_type == "state" and a.country
                                 for n in (a.name, *a.aliases, *getattr(a, "metonyms", ()))}
        words = WORD_RE.findall(segment)
        named = {self.matcher.demonyms[w] for w in words if w in self.matcher.demonyms}
        return named | {c for n, c in self._state_names.items() if n in segment}

    def _names_other_partner(self, segment: str, cues) -> bool:
        """Whether a segment names a country outside the topic's relation and misses one of its countries (by the
        registry's state names and the demonyms), as about_other_partner reads a sentence."""
        if not cues.countries:
            return False
        named = self._segment_countries(segment)
        # (stricter than a sentence's reading: a matter named with another partner, even beside Japan and Taiwan ('send
        # observers to the exercises the U.S. and Japan hold on a Taiwan contingency', said in Seoul), is another relation's)
        return bool(named - cues.countries - cues.third_parties)

    def _speaker_state(self, claimant: str, modality: str, r, verb_at: int | None, pos: int, text: str, s: Sentence,
                       mentions: list[Mention]) -> str | None:
        """The state that holds a speaker's stance as well (GUIDELINES: "Officials and their states"), else None: the
        speaker's own state when the words ascribe the position to it by name ('Hayashi said Japan opposes ...'), as its
        declared policy ("our government's position") or in a sitting official's institutional 'we'. Never for a
        lawmaker, a party official, a former official or an analyst (speaker_roles), nor for a prescription."""
        kind = self._actor_kind(claimant) or ("person" if claimant in getattr(self, "_doc_persons", ()) else None)
        if kind not in ("person", "government_body") or r.accusation:
            return None
        role = getattr(self, "_doc_roles", {}).get(claimant) if kind == "person" else "official"
        country = self._country(claimant) or getattr(self, "_doc_countries", {}).get(claimant)
        # a bare title's state from its paragraph ('Seoul moved quickly ... Foreign Minister Chung'): only for the
        # institutional voice below, the words not naming it (speaker_states.py)
        guessed = country is None and kind == "person"
        if guessed:
            country = getattr(self, "_doc_context_states", {}).get(claimant)
        state = self._states.get(country) if country else None
        if state is None or role == "unofficial":
            return None
        if guessed:       # ... or when the words name that same state ('Beijing's response came within hours.
            if role != "official":                                   # Spokesman X said China "resolutely opposes" ...')
                return None
            named = verb_at is not None and (verb_at < pos and self._said_state(text, verb_at, pos, mentions, state, role)
                                             or verb_at > pos and fronted_subject(text, s.start, pos, mentions) == state)
            if r.act and not (named or institutional_we(text, s.start, pos)):       # (the same order as below)
                return None
            if own_government_position(s.text):
                return state
            return state if modality != "prescriptive" and (named or institutional_we(text, s.start, pos)) else None
        if r.act and not (verb_at is not None and (verb_at < pos and self._said_state(text, verb_at, pos, mentions, state, role)
                                                   or verb_at > pos and fronted_subject(text, s.start, pos, mentions) == state)
                          or kind == "person" and role == "official" and institutional_we(text, s.start, pos)):
            # an act the speaker reports holds its doer's position: the state only when named as the doer, or when the doer is
            # a sitting official's institutional 'we' ('"We firmly oppose it," the spokesman said': the government's act)
            return None
        if own_government_position(s.text):
            return state      # '"Our government's position ... remains unchanged," Chung said'
        if modality == "prescriptive":
            return None       # 'Japan should be ready to act, X said': the state is what the words are about
        if verb_at is not None and verb_at < pos and self._said_state(text, verb_at, pos, mentions, state, role):
            return state      # 'Hayashi told the Diet that Japan "does not support ..."': named, the state's policy
        if (verb_at is not None and verb_at > pos or verb_at is None and role == "official") \
                and fronted_subject(text, s.start, pos, mentions) == state:
            # 'Japan would not stand idle if ..., Hamada said': the reported words open with the state; so does a
            # sentence of a speaker's turn or quotation without a verb of its own ('Hamada: Japan maintains ...'), only
            # for a speaker the document titles an official (a party chair's '"Taiwan is a sovereign country. ...," she
            # said' is her own)
            return state
        if kind == "person" and role == "official" and institutional_we(text, s.start, pos, s.end):
            return state      # '"We firmly oppose ...," the minister said': a sitting official's 'we' is the government's
        return None

    def _said_state(self, text: str, verb_at: int, pos: int, mentions: list[Mention], state: str, role: str | None) -> bool:
        """said_state from the speaker's verb or from a later verb of saying of theirs before the cue: the frame's first
        verb may be another act ('accused Japan of ... and said Beijing opposes ...', 'Rice, asked whether ..., repeated
        that Washington "does not support" ...')."""
        if said_state(text, verb_at, pos, mentions, state, role):
            return True
        return any(said_state(text, verb_at + 1 + m.start(), pos, mentions, state, role)
                   for m in self.lexicon.reporting_re.finditer(text[verb_at + 1:pos]))

    def _speaker_body(self, claimant: str, modality: str, r, verb_at: int | None, pos: int, text: str,
                      mentions: list[Mention]) -> str | None:
        """The government body the speaker's title names when the reported words name it as the subject of the position
        ('CGA Director-General X said the CGA "looks forward to ..."'), else None (GUIDELINES, "Officials and their states":
        the government body they speak for holds it too when the words ascribe the position to it by name). Only for a
        sitting official, never for a prescription or for someone else's act."""
        if verb_at is None or verb_at >= pos or r.accusation or r.act or modality == "prescriptive":
            return None
        kind = self._actor_kind(claimant) or ("person" if claimant in getattr(self, "_doc_persons", ()) else None)
        if kind != "person" or getattr(self, "_doc_roles", {}).get(claimant) != "official":
            return None
        body = reported_subject(text, verb_at, pos, mentions)
        if body is None or self._actor_kind(body) != "government_body":
            return None
        # (the body they speak for: the one their title names, 'CGA Director-General X')
        return body if titled_by_body(text, mentions, claimant, body) else None

    def _holder_country(self, actor_id: str) -> str | None:
        """A holder's country: the registry's, else the one the document gives a discovered name."""
        return self._country(actor_id) or getattr(self, "_doc_countries", {}).get(actor_id)

    def _countries_named(self, s: Sentence, mentions: list[Mention]) -> set[str]:
        """Countries the sentence names: its actors' and its demonyms' ('Philippine counterpart')."""
        named = {a.country for m in mentions if (a := self.knowledge.actors_by_id.get(m.actor_id)) is not None and a.country}
        named |= {self.matcher.demonyms[w] for w in WORD_RE.findall(s.text) if w in self.matcher.demonyms}
        return named
