"""The lexicon-backed readings of an event trigger, a mixin of EventRules (pipeline/extract/events.py): what a
found predicate's type becomes in its context (joint, solo, cancelled, characterised, official protest), whether it
is habitual or modifies a noun, and the compiled patterns and word sets behind those tests (syntax.yaml, the
lexicon), built once per extractor. Kept apart from the per-trigger loop because these are per-type and
per-word questions with no clause structure in them."""
import re
from functools import cached_property

from pipeline.extract.actors import Mention
from pipeline.extract.asset_anaphora import compile_asset_anaphora
from pipeline.extract.asset_subjects import demonym_subject_pattern
from pipeline.extract.owner_groups import compile_agent_opening
from pipeline.extract.clauses import SAYING_LEMMAS, saying_pattern
from pipeline.extract.gapped import GappedMatch
from pipeline.extract.group_meetings import GroupMeetings, compile_group_meetings
from pipeline.extract.lexicon import inflect
from pipeline.extract.phrases import longest_first
from pipeline.extract.predicates import _any_of
from pipeline.extract.statements import characterise

NEXT_WORD = re.compile(r"\s+([\w\-]+)")


class EventReadings:
    """Readings of ClaimExtractor's event rules that depend only on the trigger, its words and the seeds
    (lexicon, knowledge.syntax, the actor registry), not on who the subject is."""

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
            # a hull prefix names its navy's state ('USS Barry'): syntax.yaml hull_prefixes, for the states of the registry
            hulls = {h: states[c] for h, c in ((self.knowledge.syntax or {}).get("hull_prefixes") or {}).items() if c in states}
            self._demonym_cache = {"demonyms": dem, "hulls": hulls, "pattern": demonym_subject_pattern(
                dem, list((self.knowledge.syntax or {}).get("asset_nouns") or ()), hulls, self._asset_people,
                (self.knowledge.vocabulary or {}).get("civilian_modifiers"))}
        return self._demonym_cache

    def _official_protest(self, sources: list[str], plover: str, mode: str | None) -> tuple[str, str | None]:
        """A protest by a state or a government body is verbal disapproval (syntax.yaml official_protest)."""
        rule = (self.knowledge.syntax or {}).get("official_protest") or {}
        kinds = set(rule.get("actor_types") or ())
        if rule and any(a is not None and a.actor_type in kinds for a in map(self.knowledge.actors_by_id.get, sources)):
            return rule.get("type", plover), rule.get("mode")
        return plover, mode

    def _speaks_for(self, speaker: str, actor_id: str, affiliations: tuple[str, ...] = ()) -> bool:
        """Whether a speaker voices the positions of actor_id: itself, or the state of its country. affiliations: the
        bodies the sentence names the speaker by before the reporting verb ('Foreign Ministry spokesperson X', 'a
        Pentagon spokesman, X,'), which stand for the speaker's own (a speaker the registry does not know has no country)."""
        if actor_id == speaker or actor_id in affiliations:
            return True
        actor = self.knowledge.actors_by_id.get(actor_id)
        if actor is None or actor.actor_type != "state" or actor.country is None:
            return False
        return any(who is not None and actor.country == who.country
                   for who in map(self.knowledge.actors_by_id.get, (speaker, *affiliations)))

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

    @cached_property     # vocabulary.yaml asset_people: the people and offices among the asset nouns, no asset of a state
    def _asset_people(self) -> tuple[str, ...]:
        return tuple(str(w) for w in (self.knowledge.vocabulary or {}).get("asset_people") or ())

    @cached_property     # built once per extractor: the asset anaphora patterns (asset_anaphora.py)
    def _asset_anaphora(self) -> dict | None:
        return compile_asset_anaphora(self._demonym_assets()["demonyms"], list((self.knowledge.syntax or {}).get("asset_nouns") or ()),
                                      self._asset_people)

    @cached_property     # built once per extractor: the agent nouns an owner after 'of' acts through (owner_groups.py)
    def _agent_opening(self):
        syntax = self.knowledge.syntax or {}
        return compile_agent_opening(list(syntax.get("asset_nouns") or ()) + list(syntax.get("agent_nouns") or ()))

    @cached_property     # built once per extractor: the verbs of saying that open a reported clause (clauses.SAYING_LEMMAS)
    def _saying_re(self):
        return saying_pattern({f for lemma in SAYING_LEMMAS for f in inflect(lemma, self.knowledge.irregular_verbs or {})})

    @cached_property     # syntax.yaml group_meetings: a visiting group named by its kind meets a party (group_meetings.py)
    def _group_meetings(self) -> GroupMeetings:
        return compile_group_meetings((self.knowledge.syntax or {}).get("group_meetings"))

    @cached_property     # read for every trigger match: built once per extractor, not per access
    def _nominal_nouns(self) -> frozenset[str]:
        return frozenset(n.casefold() for n in (self.knowledge.syntax or {}).get("nominal_events") or ())

    def _modifies_occasion(self, text: str, end: int) -> bool:
        """'in boarding procedures', 'a welcoming ceremony': a gerund right before an occasion noun (syntax.yaml
        occasion_nouns) is its modifier, no act (asset nouns are left out: 'began escorting vessels' is one)."""
        nxt = NEXT_WORD.match(text, end)
        return bool(nxt) and nxt.group(1).casefold() in (self.knowledge.syntax or {}).get("occasion_nouns", ())

    def _modifies_asset(self, text: str, end: int) -> bool:
        """'patrol vessels', 'a welcome ceremony': the noun modifies an asset or an occasion (syntax.yaml asset_nouns,
        occasion_nouns), which is what the clause is about."""
        nxt = NEXT_WORD.match(text, end)
        if not nxt:
            return False
        word = nxt.group(1).casefold()
        return word in self.lexicon.asset_words or word in (self.knowledge.syntax or {}).get("occasion_nouns", ())

    def _head_event_noun(self, text: str, m):
        """(the compound's span, the head noun's trigger) when an event noun modifies another event noun ('a law
        enforcement cooperation agreement', 'the Maritime Cooperation Dialogue'): the head names the act, the modifier
        only its field; None otherwise."""
        nxt = NEXT_WORD.match(text, m.end())
        if not nxt or nxt.group(1).casefold() not in self.lexicon.nouns:
            return None
        head = self.lexicon.trigger(nxt.group(1))
        if head is None:
            return None
        return GappedMatch(text, m.start(), nxt.end(1), f"{m.group(0)} {nxt.group(1)}".casefold()), head

    def _cancelled_reading(self, text: str, anchor: int, plover: str, mode: str | None) -> tuple[str, str | None]:
        """'cancelled a planned meeting', 'postponed the drills': an event noun governed by a cancellation
        verb is the cancelling act (syntax.yaml cancellation: types maps the noun's type to the act's)."""
        rx = self.lexicon.cancel_re
        if rx is None or not rx.match(text, anchor) or plover not in self.lexicon.cancel_types:
            return plover, mode
        new = self.lexicon.cancel_types[plover]
        return new, self.lexicon.cancel_modes.get(new)

    @cached_property     # built once per extractor: (signing-verb pattern, noun type -> act type), syntax.yaml signing
    def _signing(self) -> tuple[re.Pattern | None, dict]:
        rule = (self.knowledge.syntax or {}).get("signing") or {}
        forms = {f for lemma in rule.get("verbs") or () for f in inflect(lemma, self.knowledge.irregular_verbs or {})}
        # (longer first, ties by text: the forms are a set, so the pattern text must not follow the hash seed; test_perf15)
        rx = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, forms), key=longest_first))})(?![\w])", re.IGNORECASE) if forms else None
        return rx, dict(rule.get("types") or {})

    def _signed_reading(self, text: str, anchor: int, plover: str, mode: str | None, *, noun: str = "") -> tuple[str, str | None]:
        """'signed a technology partnership', 'concluded a cooperation framework': an event noun governed by a
        signing verb is the signing, an agreement (GUIDELINES: signed texts are AGREE), whatever the noun's type;
        an activity is ended, not signed ('concluded a four-day trilateral exercise': syntax.yaml signing activities)."""
        rx, types = self._signing
        if rx is None or plover not in types or not rx.match(text, anchor):
            return plover, mode
        if noun and noun.split()[-1].casefold() in self._signing_activities:
            return plover, mode
        return types[plover], None

    @cached_property     # syntax.yaml signing activities, casefolded
    def _signing_activities(self) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in ((self.knowledge.syntax or {}).get("signing") or {}).get("activities") or ())

    @cached_property     # syntax.yaml visit_calls: (phrasal verbs, conveying verbs, the visit's type)
    def _visit_calls(self) -> tuple[frozenset[str], frozenset[str], str]:
        rule = (self.knowledge.syntax or {}).get("visit_calls") or {}
        return (frozenset(v.casefold() for v in rule.get("verbs") or ()), frozenset(v.casefold() for v in rule.get("conveying") or ()),
                rule.get("type", "CONSULT"))

    def _noun_type(self, word: str) -> str | None:
        """The PLOVER type of an event noun of the lexicon ('gratitude' -> SUPPORT), None for any other word."""
        trig = self.lexicon.trigger(word) if word in self.lexicon.nouns else None
        return trig.plover if trig is not None else None

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
