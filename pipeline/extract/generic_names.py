"""Shared generic names ('Foreign Ministry', 'Coast Guard', 'Navy'): resolved to one country's actor by a
country cue in the mention, else the nearest state or actor of the sentence, else the document's
dominant country; 'the Japanese side' is the state. A mixin of ActorMatcher (it uses the matcher's
registry tables: generic, generic_re, state_names, demonyms, side_states, side_re, knowledge)."""
import re

from pipeline.extract.actor_contexts import names_facility
from pipeline.extract.places import occasion_venue
from pipeline.extract.reported_subjects import reported_subject_country
from pipeline.extract.names import (DEFINITE_BEFORE, OWNER_BEFORE, POSSESSIVE_PRONOUN, SENTENCE_END, UNIT_NAME_BEFORE, Mention, _in_compound,
                                    _leader, fold)


# the state a body abroad sits in, closing its registry name ('... Representative Office in the United States')
HOST_TAIL = re.compile(r"\bin[ \t]+(?:the[ \t]+)?([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*)$")
PERSON_OWNER_BEFORE = re.compile(r"\b(?:his|her)\s+$", re.IGNORECASE)
CAPITAL_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# an unnamed official of a shared-name body: 'A senior Foreign Ministry official', 'a Defense Ministry spokesman'
ANONYMOUS_OFFICIAL = re.compile(r"\b[Aa]n?[ \t]+(?:(?:senior|top|high-ranking|junior)[ \t]+)?$")
OFFICIAL_AFTER = re.compile(r"[ \t]+(?:officials?|spokes(?:man|woman|person)|sources?)\b")
# a capitalised word right before a name: 'Social' of 'Social Democratic Party'
NAME_WORD_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+) $")
# ... that opens a sentence or a phrase without belonging to the name ('Former Democratic Party leaders', 'Ruling ...')
NOT_NAME_OPENERS = frozenset("""The A An This That These Those Its His Her Their Our Both Two Some Many Several Other Former Then
    Ruling Opposition Senior Junior Top Leading Rival Main Fellow Ex But And Or When While As After Before If Since Under
    Within Inside Among""".split())
ROLE_NOUN_AFTER = re.compile(r"[ \t]+(?:members?|ministers?|officers?|posts?|portfolios?|reshuffle|ranks?|level|seats?|veterans?)\b")
# a dateline opening a line: 'TAIPEI (Reuters) -', 'Tokyo, Aug. 26 (Jiji Press)--', 'SEOUL, Dec. 16 (Yonhap) --'
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[A-Z]{3,}(?:[ \t][A-Z]{3,})?)"
                      r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2})?[ \t]*(?:\([^)\n]{2,30}\)[ \t]*)?(?:--|[-–—:])")
# a country cue right before a shared name ('Taiwan's', 'the Japanese') or right after it ('of Japan', '(MND) in Taipei')
OWNER_NAME_BEFORE = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w\-]*){0,2})(?:[’']s)?\s+(?:[A-Z][\w\-]*\s+)?$")
OF_NAME_AFTER = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})")
# 'the island's (so-called) foreign ministry', 'the mainland's defense ministry'
OWNER_DESCRIPTION = re.compile(r"\bthe\s+(\w+)[’']s\s+(?:so-called\s+)?$", re.IGNORECASE)
# 'Foreign Ministry spokesman Lu Kang': the body named in a person's title, the person named right after it
# '<chamber> Speaker <name>': the role of the chamber's presiding officer
SPEAKER_AFTER = re.compile(r"[ \t]+Speaker[ \t]")
ROLE_OF_BODY_AFTER = re.compile(r"[ \t]+(?:(?:deputy|chief|senior|acting|former)[ \t]+)?(?:spokes(?:man|woman|person)|minister|"
                                r"secretary|director|head|chief|official|officer|ambassador|envoy|adviser|advisor)[ \t]+$",
                                re.IGNORECASE)
# 'In Tokyo, the Foreign Ministry said': a sentence opened by the place it speaks from; 'At a regular briefing in
# Beijing on Monday, foreign ministry spokesman ...': by the occasion held there
SENTENCE_FRAME = re.compile(r"[ \t\n]*(?:In|At\s+(?:a|an|the|his|her|its|their)\s+[^,.;\n]{0,50}?\bin)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
                            r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?,\s")   # at a sentence's start
# 'foreign ministry spokesman Wang Wenbin': a lower-case body name in a person's title is the body, as capitalised
ROLE_NOUN_RIGHT_AFTER = re.compile(r"[ \t]+(?:(?:deputy|chief|senior|acting|former)[ \t]+)?(?:spokes(?:man|woman|person)|minister|"
                                   r"secretary|director|head|chief|ambassador|envoy|adviser|advisor)[ \t]+[A-Z]")
FRAMING_PLACE = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?),\s+(?:the\s+)?$")


# ', the Foreign Ministry said.' / ', the Defense Ministry said on Monday': a trailing attribution of the sentence's report
ATTRIBUTION_BEFORE = re.compile(r",[ \t]+the[ \t]+$")
ATTRIBUTION_AFTER = re.compile(r"[ \t]+(?:said|says|announced|reported|stated)\b(?:[ \t]+(?:on|in|late|early)[ \t]+[\w ]{3,30}?)?[ \t]*[.,]")


# 'the Interchange Association in Taipei': the city a body sits in, not its owner
SEAT_AFTER = re.compile(r"(?:[ \t]*\([A-Z]{2,6}\))?[ \t]+in[ \t]")


# 'Ministry of the Armed Forces', 'Department of the Navy': an organisation head word, 'of'/'for', then the shared name
HEAD_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")


# 'Takaichi told parliament', 'bills pushed through parliament': a legislature named bare (no article, no owner) as the
# object of a verb or preposition is the legislature of the sentence's country, as 'the foreign ministry' is; 'members of
# parliament' (after 'of') and 'a parliament' are common nouns
BARE_LEGISLATURE_BEFORE = re.compile(r"\b(?:told|tell|tells|telling|addressed|address|addresses|addressing|informed|briefed|"
                                     r"through|before|in|to|by|from|passed|entered|dissolved|dissolve|dissolves|convened|convenes)[ \t]+$")


# "Abe's cabinet": a person's possessive before a lower-case body name (a capitalised one is matched as a shared name)
_SIDE_WORD = re.compile(r"\sside\b")
PERSON_OWNED = re.compile(r"[’']s[ \t]+(?P<body>cabinet)\b(?![ \t]+(?:members?|ministers?|posts?|reshuffle|secretary))")


class GenericNames:
    def generic_mentions(self, text: str, start: int, end: int, registry: list[Mention]) -> list[Mention]:
        """Shared names such as 'Foreign Ministry' or 'Defense Ministry', resolved to the actor of the
        country named right before them ("Taiwan's", "Japanese", "China's") or right after ("of Japan");
        without such a cue, to the country of the nearest actor before it in its sentence, else to the document's
        dominant country, else to the only candidate whose country the document names (multi-word names). A lowercase
        name needs an owner ('its coast guard'); one word after another capitalised word is part of a longer name."""
        if self.generic_re is None:
            return []
        out = []
        dominant = named = home = publisher = outlet = None
        resolved: dict[str, tuple[str, float]] = {}   # shared name -> (country, confidence) it last resolved to
        for m in self.generic_re.finditer(text, start, end):
            if any(m.start() < x.end and x.start < m.end() and not self._inside_shared_name(x, m.start(), m.end()) for x in registry):
                continue
            candidates = self.generic.get(fold(m.group(0)), [])
            if not candidates or occasion_venue(text, m.start()) \
                    or (candidates[0].actor_type == "military" and names_facility(text, m.end())):
                continue   # 'a gathering in a building of the House of Representatives', 'Marine Corps Air Station Futenma': places
            cue = self.country_cue(text[max(start, m.start() - 30):m.start()], text[m.end():m.end() + 25])
            method_conf = 0.85
            head = HEAD_OF_BEFORE.search(text, max(start, m.start() - 40), m.start())
            if head and head.group(1) in getattr(self, "org_heads", {}):
                continue   # 'the French Ministry of the Armed Forces': the tail of a body's name, whatever country it is
            if cue is None and " " not in m.group(0) and UNIT_NAME_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                continue   # "the GSDF's Western Army": one word of a longer name
            if cue is None and (speaker := SPEAKER_AFTER.match(text, m.end())) and m.group(0)[:1].isupper() \
                    and (country := next((getattr(self.knowledge.actors_by_id.get(x.actor_id), "country", None) for x in registry
                                          if x.start == speaker.end() and getattr(self.knowledge.actors_by_id.get(x.actor_id), "actor_type", None) == "person"), None)) \
                    and any(a.country == country for a in candidates):
                # 'House Speaker Nancy Pelosi': the chamber a registered person presides over, named inside the role
                # (GUIDELINES: organisations named only inside a person's role are actors), of the person's country
                chosen = [a for a in candidates if a.country == country]
                if len(chosen) == 1:
                    out.append(Mention(m.start(), m.end(), m.group(0), chosen[0].actor_id, "alias", 0.7))
                continue
            if cue is None and " " in m.group(0) and m.group(0)[:1].isupper() and text[m.start() - 1:m.start()] == " " \
                    and inside_longer_name(text, max(start, m.start() - 30), m.start(), self.by_key) \
                    and not any(x.end == m.start() - 1 for x in registry):
                continue   # 'Social Democratic Party': a shared name ('Democratic Party') ending a longer name (after a
                #            registered name, 'People's Liberation Army Air Force', it is that body's)
            if " " not in m.group(0) and m.group(0)[1:].islower() and (CAPITAL_WORD_AFTER.match(text, m.end())
                                                                      or ROLE_NOUN_AFTER.match(text, m.end())):
                continue   # "Cabinet Secretary", 'Army Ground Forces': a longer name; 'a Cabinet member', 'Navy officers': a role
            if m.group(0)[:1].islower() and self.modifier_after_re is not None and self.modifier_after_re.match(text, m.end()):
                continue   # 'Chinese coastguard incursions': a lower-case name describing what is the body's, as for registry names
            if cue is None and PERSON_OWNER_BEFORE.search(text, max(start, m.start() - 5), m.start()):
                continue   # 'His Cabinet would not include ...': a person's, of a country the name does not say
            if cue is None and m.group(0)[:1].isupper() and (own := self._named_stateless(text, end, candidates)) is not None:
                # 'Parliament' in a page whose masthead or text names the European Parliament: a body of no country
                # that the document names in full is what its bare capitalised name stands for (no country to resolve by)
                out.append(Mention(m.start(), m.end(), m.group(0), own.actor_id, "alias", 0.7))
                continue
            # 'the foreign ministry said': a lowercase two-word name made definite, resolved inside its sentence only
            definite = cue is None and m.group(0)[:1].islower() and " " in m.group(0) \
                and DEFINITE_BEFORE.search(text, max(start, m.start() - 5), m.start()) is not None \
                and not (self.modifier_after_re and self.modifier_after_re.match(text, m.end()))
            bare = cue is None and m.group(0)[:1].islower() and " " not in m.group(0) \
                and all(a.actor_type == "legislature" for a in candidates) \
                and BARE_LEGISLATURE_BEFORE.search(text, max(start, m.start() - 15), m.start()) is not None
            titled = cue is None and m.group(0)[:1].islower() and " " in m.group(0) and not definite \
                and ROLE_NOUN_RIGHT_AFTER.match(text, m.end()) is not None
            if cue is None and m.group(0)[:1].islower() and not definite and not bare and not titled \
                    and not OWNER_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                continue   # 'army, navy, air force', 'a coast guard patrol': a common noun, unless someone owns it ('its', "the island's")
            if cue is None:
                cue = self._titled_person_country(text, m.end(), end, registry)   # 'Foreign Ministry spokesman Lu Kang'
            if cue is None:
                cue = self._framing_country(text, start, m.start())   # 'In Beijing, Zhang Qiyue, the Foreign Ministry spokeswoman'
            if cue is None and titled:
                continue     # 'foreign ministry spokesman Kim said': whose, only the speaker or the sentence's frame would say
            # the mention itself, its speaker or its sentence's frame says whose it is; 'the Interchange Association in
            # Taipei' says only where it sits (a representative office sits in the other country)
            explicit = cue is not None and not SEAT_AFTER.match(text, m.end())
            # '..., the Foreign Ministry said.': a body closing its sentence as the source speaks for the country the
            # article reports from; the actors earlier in that sentence are what it reported on ('X summoned China's
            # ambassador, the Foreign Ministry said'), so the nearest of them is no cue: dateline, then dominant country
            reporting = cue is None and m.group(0)[:1].isupper() and ATTRIBUTION_BEFORE.search(text, max(start, m.start() - 25), m.start()) \
                and ATTRIBUTION_AFTER.match(text, m.end()) is not None
            if cue is None and not reporting and m.group(0)[:1].isupper() and not definite \
                    and not OWNER_BEFORE.search(text, max(start, m.start() - 30), m.start()):   # 'China ... its Foreign Ministry'
                # 'after the Foreign Ministry signaled ...' in a page whose masthead names a Japanese publisher: a
                # capitalised shared name nothing qualifies is the publisher's own country's (a writer names a foreign
                # ministry by its country: 'the Chinese Foreign Ministry')
                if publisher is None:
                    publisher = self._publisher_country(text, start) or ""
                if publisher and any(a.country == publisher for a in candidates):
                    cue, method_conf = publisher, 0.7
            if cue is None and m.group(0)[:1].isupper() and OFFICIAL_AFTER.match(text, m.end()) \
                    and ANONYMOUS_OFFICIAL.search(text, max(start, m.start() - 20), m.start()):
                # 'A senior Foreign Ministry official said ...': an unnamed source of the government the reporter writes
                # from (the dateline's capital, else the outlet's country), not of the country the story is about
                if home is None:
                    home = self._dateline_country(text, start) or ""
                if outlet is None:
                    outlet = self._publisher_country(text, start, media_only=True) or ""
                said = reported_subject_country(text, m.end(), end, registry, self.knowledge.actors_by_id)   # 'said that Tokyo hoped'
                cue = next((c for c in (said, home, outlet) if c and any(a.country == c for a in candidates)), None)
            if cue is None and not reporting:
                # 'China ... its Foreign Ministry': the country of the nearest actor before it in its sentence
                # 'Japan's foreign minister described Taiwan as a country in parliament': a bare legislature is where the
                # sentence's subject speaks or acts, so its country is the first actor's of the sentence, not the nearest
                cue, method_conf = self._nearest_country(text, start, m.start(), registry,
                                                         states_only=bool(POSSESSIVE_PRONOUN.search(text, max(start, m.start() - 8), m.start())),
                                                         first=bare), 0.7
            if cue is None and not reporting and m.group(0)[:1].isupper() \
                    and (said := reported_subject_country(text, m.end(), end, registry, self.knowledge.actors_by_id)) \
                    and any(a.country == said for a in candidates):
                # 'softened by the Foreign Ministry, which said Taiwan would seek ...': the government it speaks for
                cue, method_conf = said, 0.65
            if cue is None and not definite and not reporting:
                # 'MOFA also urges ...': a shared name the document has already resolved keeps that referent
                # (a writer switching to another country's MOFA says whose it is)
                cue, method_conf = resolved.get(fold(m.group(0)), (None, method_conf))
            if cue is None:
                # 'TAIPEI (Reuters) - ... the foreign ministry said': a dateline's capital is where the reporter writes from
                if home is None:
                    home = self._dateline_country(text, start) or ""
                if any(a.country == home for a in candidates):   # a body the dateline's country has ('the Cabinet' of
                    cue, method_conf = home, 0.65                  # Seoul's report on Japan is Japan's, by the dominant country)
            if cue is None and reporting:
                # '..., the Foreign Ministry said.' with no dateline: a home outlet's source is its own country's
                # ministry (a Korean daily writes 'the Chinese Foreign Ministry' for Beijing's), before the dominant
                # country; only an outlet's masthead says so (a headline's 'Chinese military' is no publisher)
                if outlet is None:
                    outlet = self._publisher_country(text, start, media_only=True) or ""
                if any(a.country == outlet for a in candidates):
                    cue, method_conf = outlet, 0.65
            if cue is None and definite:
                # 'According to the presidential office, ...' with no country in its sentence: a home outlet's own
                # country's body (a Korean daily's 'the presidential office' is Seoul's), else nobody's we can tell
                if outlet is None:
                    outlet = self._publisher_country(text, start, media_only=True) or ""
                if not any(a.country == outlet and a.actor_type in ("government_body", "legislature") for a in candidates):
                    continue   # (a ministry, office or legislature, not 'the coast guard' of a story abroad)
                cue, method_conf = outlet, 0.6
            if cue is None:
                if dominant is None:
                    dominant = self._dominant_country([x for x in registry if not _in_compound(text, x)]) or ""
                cue, method_conf = dominant or None, 0.6
            chosen = [a for a in candidates if a.country == cue]
            if not chosen and " " in m.group(0) and not explicit:
                # ('the Indonesian Foreign Ministry' with no Indonesian candidate is nobody's we know: no other country's)
                # no candidate of that country: the only candidate whose country the document names at all
                if named is None:
                    named = {c for x in registry if not _in_compound(text, x)
                             for c in [getattr(self.knowledge.actors_by_id.get(x.actor_id), "country", None)] if c}
                chosen, method_conf = [a for a in candidates if a.country in named], 0.5
            if len(chosen) > 1:
                chosen = self._by_host(chosen, registry)   # 'the Taipei Economic and Cultural Representative Office'
            if len(chosen) == 1:
                out.append(Mention(m.start(), m.end(), m.group(0), chosen[0].actor_id, "alias", method_conf))
                resolved[fold(m.group(0))] = (chosen[0].country, min(method_conf, 0.7))
        return out

    def _by_host(self, candidates: list, registry: list[Mention]) -> list:
        """One country's offices abroad sharing a name ('... Representative Office in Japan', '... in the United States'):
        the one whose host state ('in <state>') the document names most, when it names one strictly most."""
        hosts = {}
        for a in candidates:
            tail = HOST_TAIL.search(a.name)
            hosts[a.actor_id] = self.state_names.get(tail.group(1)) if tail else None
        counts: dict[str, int] = {}
        for x in registry:
            actor = self.knowledge.actors_by_id.get(x.actor_id)
            if actor is not None and actor.actor_type == "state" and actor.country in hosts.values():
                counts[actor.country] = counts.get(actor.country, 0) + 1
        best = _leader(counts)
        return [a for a in candidates if best is not None and hosts[a.actor_id] == best] or candidates

    def _named_stateless(self, text: str, end: int, candidates: list):
        """The one candidate of no country that the text up to end (masthead included) names by a full alias."""
        stateless = [a for a in candidates if a.country is None]
        if not stateless:
            return None
        named = {fold(x.group(0)) for x in self.alias_re.finditer(text, 0, end)}
        found = [a for a in stateless if any(fold(alias) in named for alias in a.aliases)]
        return found[0] if len(found) == 1 else None

    def _inside_shared_name(self, x: Mention, start: int, end: int) -> bool:
        """'National Security Council': a registry body's shorter name ('Security Council') strictly inside a shared
        name is a word of that longer name, which then wins (a state's name inside is its owner: left as it is)."""
        actor = self.knowledge.actors_by_id.get(x.actor_id)
        return start <= x.start and x.end <= end and (x.end - x.start) < (end - start) \
            and actor is not None and actor.actor_type not in ("state", "person")

    def owned_body_mentions(self, text: str, start: int, end: int, taken: list[Mention]) -> list[Mention]:
        """"Koizumi's cabinet", "Shinzo Abe's cabinet": a lower-case shared name ('cabinet', 'coast guard') owned by a
        registered person is that person's country's body (the registry's generic name of that country)."""
        out = []
        for x in taken:
            actor = self.knowledge.actors_by_id.get(x.actor_id)
            if actor is None or actor.actor_type != "person" or not actor.country or x.end >= end:
                continue
            m = PERSON_OWNED.match(text, x.end)
            if m is None:
                continue
            chosen = [a for a in self.generic.get(fold(m.group("body")), []) if a.country == actor.country]
            if len(chosen) == 1 and not any(m.start("body") < y.end and y.start < m.end("body") for y in taken):
                out.append(Mention(m.start("body"), m.end("body"), m.group("body"), chosen[0].actor_id, "alias", 0.75))
        return out

    def side_mentions(self, text: str, start: int, end: int, taken: list[Mention]) -> list[Mention]:
        """'the Japanese side' -> Japan (a demonym's state), where no other name is."""
        if self.side_re is None or _SIDE_WORD.search(text, start, end) is None:
            return []   # (every match holds a blank and 'side' as a word: a scan re starts at blanks, the full one everywhere)
        return [Mention(m.start(), m.end(), m.group(0), self.side_states[m.group(1)].actor_id, "alias", 0.85)
                for m in self.side_re.finditer(text, start, end)
                if not any(m.start() < x.end and x.start < m.end() for x in taken)]

    def country_cue(self, before: str, after: str) -> str | None:
        """The country a possessive/demonym right before ('Taiwan's', 'Japanese', 'its' excluded) or
        an 'of X' right after names."""
        # 'the island's so-called foreign ministry': a description the lexicon ties to one state (titles.yaml owner_descriptions)
        m = OWNER_DESCRIPTION.search(before)
        if m and m.group(1).casefold() in self.owner_descriptions:
            return self.owner_descriptions[m.group(1).casefold()]
        # 'In Taipei, the Ministry of Foreign Affairs said': the capital framing the sentence
        m = FRAMING_PLACE.search(before)
        if m and m.group(1) in self.state_names:
            return self.state_names[m.group(1)]
        m = OWNER_NAME_BEFORE.search(before)
        if m:
            for word in (m.group(1), m.group(1).split()[-1], m.group(1).split()[0]):
                country = self.state_names.get(word) or self.demonyms.get(word)
                if country:
                    return country
        # "of Japan", 'the Ministry of National Defense (MND) in Taipei'
        m = OF_NAME_AFTER.match(after)
        if m:
            return self.state_names.get(m.group(1))
        return None

    def _framing_country(self, text: str, start: int, pos: int) -> str | None:
        """The country whose capital opens pos's sentence as its frame ('In Beijing, ...'), however far before pos."""
        ends = [e.end() for e in SENTENCE_END.finditer(text, max(start, pos - 300), pos + 1)]
        lo = ends[-1] if ends else max(start, pos - 300)
        if lo == max(start, pos - 300) and lo > start and text[lo - 1] != "\n":
            return None   # no sentence start within reach
        m = SENTENCE_FRAME.match(text, lo, pos)
        return self.state_names.get(m.group(1)) if m else None

    def _titled_person_country(self, text: str, pos: int, end: int, registry: list[Mention]) -> str | None:
        """The country of a registry person named right after a role noun that follows pos ('... spokesman Lu Kang')."""
        for x in registry:
            if pos < x.start <= pos + 40 and x.start < end and ROLE_OF_BODY_AFTER.fullmatch(text, pos, x.start):
                actor = self.knowledge.actors_by_id.get(x.actor_id)
                return actor.country if actor and actor.actor_type == "person" else None
        return None

    def _publisher_country(self, text: str, start: int, *, media_only: bool = False) -> str | None:
        """The country of the publisher a page's masthead names: the first registered organisation (not a state or a
        person) in the first three lines of the page, when they lie before the body ('The Asahi Shimbun', 'CGTN',
        'Joint Staff Office, Ministry of Defense', 'Legislative Yuan, Republic of China (Taiwan)')."""
        stop, lines = 0, 0
        while stop < start and lines < 3:
            nxt = text.find("\n", stop, start)
            line_end = start if nxt < 0 else nxt
            lines += bool(text[stop:line_end].strip())
            stop = line_end + 1
        for m in self.alias_re.finditer(text, 0, min(stop, start)):
            actor = self.by_key.get(fold(m.group(0)))
            if actor is not None and actor.country and actor.actor_type not in ("state", "person") \
                    and (actor.actor_type == "media" or not media_only):
                return actor.country
        return None

    def _dateline_country(self, text: str, start: int) -> str | None:
        """The country whose capital opens the body as a dateline ('TOKYO, June 5 (Kyodo) --', 'Taipei, May 2 -')."""
        m = DATELINE.search(text, max(0, start - 200), min(len(text), start + 400))
        if m is None or fold(m.group(1)) not in self.metonym_keys:
            return None
        return self.state_names.get(m.group(1).title()) or self.state_names.get(m.group(1))

    def _nearest_country(self, text: str, start: int, pos: int, registry: list[Mention], states_only: bool,
                         first: bool = False) -> str | None:
        """The country of the nearest registry mention before pos in the same sentence (a state's only,
        after 'its'/'their'), or None."""
        bound = max(start, pos - 200)
        # endpos one past pos: the boundary right before the name needs its look-ahead at the name's first letter
        ends = [e.end() for e in SENTENCE_END.finditer(text, max(start, pos - 400), min(len(text), pos + 1))]
        stop = max(ends[-1] if ends else bound, bound)
        previous = None   # 'Taiwan welcomed the change. Its foreign ministry said': a sentence-initial 'its' is the last sentence's state
        if states_only and ends and text[stop:pos].lstrip(" \t\n“\"‘").lower().startswith(("its ", "their ")):
            previous = ends[-2] if len(ends) > 1 else max(start, pos - 400)
        for lo in (stop, previous):
            if lo is None:
                continue
            for x in (sorted(registry, key=lambda r: r.start) if first else reversed(registry)):
                if x.end > pos or x.start < lo:
                    continue
                actor = self.knowledge.actors_by_id.get(x.actor_id)
                if actor and actor.country and (actor.actor_type == "state" or not states_only):
                    return actor.country
        return None

    def _dominant_country(self, registry: list[Mention]) -> str | None:
        """The country whose state the document names most, if one leads; on a tie, the country most
        of its named people and bodies belong to (an article about Japan names Japanese ministers)."""
        states: dict[str, int] = {}
        everyone: dict[str, int] = {}
        for x in registry:
            actor = self.knowledge.actors_by_id.get(x.actor_id)
            if actor and actor.country:
                everyone[actor.country] = everyone.get(actor.country, 0) + 1
                if actor.actor_type == "state":
                    states[actor.country] = states.get(actor.country, 0) + 1
        return _leader(states) or _leader(everyone)

    # -- discovery --------------------------------------------------------------------------


def inside_longer_name(text: str, lo: int, at: int, by_key: dict) -> bool:
    """A capitalised word (no article, registry name or demonym, no sentence's first) right before `at`: the name at `at`
    ends a longer proper name ('Social Democratic Party', 'New Democratic Party')."""
    m = NAME_WORD_BEFORE.search(text, lo, at)
    return m is not None and m.group(1) not in NOT_NAME_OPENERS and fold(m.group(1)) not in by_key
