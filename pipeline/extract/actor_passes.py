"""The document-level passes of actor matching that add or rewrite mentions after the registry and discovery
(actors.py): embassies named by owner and city, a publisher's masthead word, a hearing record's speakers, front-matter
people, a leader's government, states named only as destinations."""
import re

from pipeline.extract.actor_contexts import after_motion_verb, destination_before, missions
from pipeline.extract.actor_mastheads import masthead_outlet_mentions, masthead_segments
from pipeline.extract.actor_records import record_turn_people
from pipeline.extract.names import NOT_NAME_WORDS, DiscoveredActor, Mention, fold, guess_family_name, slugify
from pipeline.extract.spans import SpanSet

# 'the Kishida government', 'the Abe administration'
LEADER_GOVERNMENT_AFTER = re.compile(r"[ \t]+(?:government|administration|Government|Administration)\b")
THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


class DocumentPasses:
    """Mixin of ActorMatcher: the passes of `find` after discovery."""

    def _front_people(self, text: str, start: int, taken: list[Mention], discovered: dict) -> list[DiscoveredActor]:
        """People a page's front matter names with a title ('Speaker: Prof. Haruka Nakamura', 'By Dr. Jane Smith')
        whom neither the registry nor the body names in full: the body may name them by family name alone."""
        if self.title_re is None or start <= 0:
            return []
        named = {m.actor_id for m in taken} | {d.actor_id for d in discovered.values()}
        out = []
        for m in self.title_re.finditer(text, max(0, start - 2000), start):
            name = m.group("name")
            if self._accept_name(name) and not self.not_person_re.search(name) and not self._has_known_token(name):
                person = self._person(name, m.group("title"))
                if person.actor_id not in named and person.family_name:
                    out.append(person)
        return out

    def _leader_government(self, text: str, m: Mention) -> Mention | None:
        """'the Kishida government', 'the Abe administration': a leader's government named after them is their state
        (GUIDELINES: a state and its government are one actor); a governor's ('Governor Tamaki') is left to its person."""
        if " " in m.text or not (after := LEADER_GOVERNMENT_AFTER.match(text, m.end)) \
                or not THE_BEFORE.search(text, max(0, m.start - 5), m.start):
            return None   # 'the Donald Trump administration' names the man in full: him
        person = self.knowledge.actors_by_id.get(m.actor_id)
        if person is None or person.actor_type != "person" or any(a.startswith("Governor") for a in person.aliases):
            return None
        state = next((a for a in self.knowledge.actors if a.actor_type == "state" and a.country == person.country), None) \
            if person.country else None
        return Mention(m.start, after.end(), text[m.start:after.end()], state.actor_id, "metonym", 0.8) if state else None

    def _without_destination_states(self, text: str, taken: list[Mention]) -> list[Mention]:
        """A state the document names only as where someone goes ('Kihara is set to visit Australia', 'send a destroyer
        to Manila') is a place there, not an actor; named otherwise too, it keeps them (a visit's host may be a target)."""
        by_state: dict[str, list[Mention]] = {}
        for m in taken:
            if self._is_state(m.actor_id):
                by_state.setdefault(m.actor_id, []).append(m)
        places = {a for a, ms in by_state.items() if all(m.method in ("alias", "metonym") and destination_before(text, m.start) for m in ms)}
        return [m for m in taken if m.actor_id not in places] if places else taken

    def _state_opens_name(self, actor, s: int, e: int, m: Mention) -> bool:
        """A state's name as the first word of an organisation's name ('Japan Institute for Peace Studies'), or after
        one opening word in a military's ('Royal New Zealand Navy'), with the name's head after it."""
        first = len(actor.name.split()[0])
        return self._is_state(m.actor_id) and (m.end <= s + first or (
            actor.actor_type == "military" and m.start == s + first + 1 and m.end < e))

    def _named_body_before(self, actor, at: int, taken: list[Mention]) -> str | None:
        """The registered body a discovered organisation's name is the core of ('Finance Ministry' of "Japan's Finance
        Ministry"), when the latest registry mention before it with that core is one body; else None."""
        if actor.actor_type == "person":
            return None
        key = fold(actor.name)
        before = [m for m in taken if m.end <= at and key in self._body_core_keys.get(m.actor_id, ())]
        return max(before, key=lambda m: m.start).actor_id if before else None

    def _record_speakers(self, text, start, end, taken, discovered, outside) -> list[Mention]:
        """The members and witnesses of a hearing record named by title and family name ('Mr. HUNTER.'): the person of
        that family name the document names in full, else a discovered person named by title and family name."""
        found = record_turn_people(text, start, end)
        if not found:
            return taken
        spans = SpanSet((m.start, m.end) for m in taken)
        by_family = {}
        for m in taken:
            d = next((x for x in discovered.values() if x.actor_id == m.actor_id), None)
            actor = self.knowledge.actors_by_id.get(m.actor_id)
            family = d.family_name if d is not None and d.actor_type == "person" else \
                (actor.family_name or guess_family_name(actor.name) if actor is not None and actor.actor_type == "person" else None)
            if family:
                by_family.setdefault(family, m.actor_id)
        for s, e, name, family in found:
            if not outside(s, e) or spans.overlaps(s, e):
                continue
            pid = by_family.get(family)
            if pid is None:
                known = discovered.setdefault(fold(name), DiscoveredActor(slugify(name), name, "person", None, None, family, set()))
                known.aliases.add(text[s:e])
                pid = known.actor_id
            taken.append(Mention(s, e, text[s:e], pid, "discovered", 0.7))
            spans.add(s, e)
        return sorted(taken, key=lambda m: m.start)

    def _masthead_outlets(self, text, start, end, taken, discovered, outside) -> list[Mention]:
        """The publisher named in its own story by a word of its masthead ('told the Herald'): a discovered outlet."""
        if not hasattr(self, "_state_words"):   # 'Korea' of 'Korea JoongAng Daily' is a word of a state's name: no outlet alone
            self._state_words = {w for name in self.state_names for w in name.split()}

        def known(word):
            return fold(word) in self.by_key or word in self.demonyms or word in NOT_NAME_WORDS or fold(word) in self.generic \
                or word in self._state_words

        spans = SpanSet((m.start, m.end) for m in taken)
        # 'PTS News Network | Public Television Service': a segment of the masthead that is a registered outlet
        registered = next((a for seg in masthead_segments(text, start) if getattr(a := self.by_key.get(fold(seg)), "actor_type", "") == "media"), None)
        for s, e, name in masthead_outlet_mentions(text, start, end, is_known=known):
            if not outside(s, e) or spans.overlaps(s, e):
                continue
            actor = self.by_key.get(fold(name)) or registered
            if actor is None:
                actor = discovered.setdefault(fold(name), DiscoveredActor(slugify(name), name, "media", None, None, None, set()))
                actor.aliases.add(text[s:e])
            taken.append(Mention(s, e, text[s:e], actor.actor_id, "discovered" if actor is discovered.get(fold(name)) else "alias", 0.7))
            spans.add(s, e)
        return sorted(taken, key=lambda m: m.start)

    def _unsaid_host(self, owner: str, taken: list[Mention]) -> str | None:
        """The state a mission named without its host sits in ('a senior official of the Chinese embassy'): the
        state the document names most, by itself and its registered bodies and people, other than the owner and
        Taiwan (missions there are de facto offices with names of their own); None unless it is named twice."""
        counts: dict[str, int] = {}
        for m in taken:
            actor = self.knowledge.actors_by_id.get(m.actor_id)
            country = getattr(actor, "country", None)
            if country and country != owner and country != "TWN" and country in self._state_by_country:
                counts[country] = counts.get(country, 0) + 1
        best = max(counts, key=counts.get, default=None)   # first reached wins a tie: dict order is mention order
        return self._state_by_country[best].name if best is not None and counts[best] >= 2 else None

    def _missions(self, text, start, end, taken, discovered, outside) -> list[Mention]:
        """Embassies and consulates named by owner and city ('the Japanese Embassy in Seoul'): discovered bodies
        whose names carry both states; the names inside the phrase are its words, not mentions of their own."""
        def owner(word):
            state = self._mission_owners.get(word)
            return (state.country, state.name) if state else (None, None)

        def host(city):
            actor = self.by_key.get(fold(city))
            return actor.name if actor is not None and actor.actor_type == "state" else None

        for s, e, name, country in missions(text, start, end, self.mission_re, country_of=owner, place_name=host,
                                            unsaid_host=lambda c: self._unsaid_host(c, taken)):
            if not outside(s, e) or after_motion_verb(text, s, article=True):
                continue   # 'marched to the Japanese consulate-general': where they went, a place
            known = discovered.setdefault(fold(name), DiscoveredActor(slugify(name), name, "government_body", country, None, None, set()))
            known.aliases.add(text[s:e])
            taken = [m for m in taken if not (m.start < e and s < m.end)]
            taken.append(Mention(s, e, text[s:e], known.actor_id, "discovered", 0.7))
        return sorted(taken, key=lambda m: m.start)
