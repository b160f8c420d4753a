"""Discovery of actors the registry lacks: people introduced with a title, a post, a role in apposition or a
reporting verb, and organisations named with a type word ('... Institute', 'Ministry of ...'), local governments
acting and names listed as examples of a kind. Apart from actors.py because it proposes new actors from the
wording around capitalised names, where actors.py matches names the registry already knows; ActorMatcher mixes
it in (the patterns it uses are compiled there, in ActorMatcher.__init__)."""
import re

from pipeline.extract.actor_contexts import (ALLIANCE_COMPOUND_AFTER, CLAUSE_AFTER_COMMA, WHO_PERSON, listed_names, meeting_as_venue,
                                             name_continues, quoted_speakers, registry_acronym_after, registry_owner_stripped)
from pipeline.extract.actor_gates import LIST_WORDS, PLURAL_TITLES, holds_any, may_name_outlets, starts_not_after
from pipeline.extract.actor_labels import plural_title_people, questioner_people, roundup_people
from pipeline.extract.kind_names import appositive_kinds, kind_named
from pipeline.extract.local_governments import (acting_local_governments, bare_local_legislatures, described_local_governments,
                                               may_name_local_governments)
from pipeline.extract.media_names import named_outlets, with_own_article
from pipeline.extract.military_units import numbered_units
from pipeline.extract.name_starts import finditer_at, finditer_titled, name_starts, search_at
from pipeline.extract.names import (CHAMBER_SEAT_AFTER, NOT_NAME_WORDS, OWNER_NAME_BEFORE, PERSON_NAME, SENTENCE_START, WHEN_AFTER_NAME,
                                    DiscoveredActor, fold, guess_family_name, slugify, without_middle_initials)

# 'the Association for the Promotion of International Trade (JAPIT), led by its chairman': capitalised words right
# after '<Name word> of|for' end an organisation's name; they are not a person introduced by an appositive
ORG_TAIL_BEFORE = re.compile(r"\b[A-Z][\w\-]*[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
PERSON_NAME_RE = re.compile(PERSON_NAME)
# 'X, a senior member of the party's foreign affairs panel,': membership of a named body is a role as much as a title
# ... as is a post held, said with a verb ('X, the German Green who chairs the parliament's delegation,')
# ... a named body's member ('a Diet member', 'a House of Representatives member') or a party's ('a member for the JCP')
MEMBER_ROLE = re.compile(r"\bmembers?[ \t]+(?:of|for)\b|\b[A-Z][\w\-]*[ \t]+members?\b|\bwho[ \t]+(?:chairs|co-chairs|heads|leads|directs|runs|teaches|advises|commands)\b")
OWNER_TOKEN = re.compile(r"[^\s]+[’']s[ \t]+")
DOCUMENT_WORD_END = re.compile(r"\b(?:Act|Law|Treaty|Accords?|Agreement|Declaration|Communiqu[eé]|Strategy|Initiative|Plan|Guidelines)$")
# a capitalised word right after an organisation's name (a further head word extends the name)
# ... up to two more capitalised words before it ('Powerchip Semiconductor Manufacturing Corp': 'Semiconductor', a head
# itself, opened a name that 'Manufacturing Corp' closes)
WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+\b){1,3}")
# a company's abbreviated head keeps its full stop ('Corp.', 'Co.'), as the company writes it
ABBREVIATED_HEAD_END = re.compile(r"\b(?:Corp|Co|Inc|Ltd|Bhd)$")
# a reporting verb right before a name: 'said Paik Jin-hyun of Seoul National University' names a person first
REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|added|noted|wrote|warned|argued|according[ \t]+to)[ \t]+$")
# a line shorter than this before a break is a heading or a menu, not prose wrapped mid-name
HEADING_LINE = 50
# ' of (the) <name>' closing an organisation's name found head last
REGISTERED_OWNER_TAIL = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w’'\-]*[ \t]*)+)$")
# a locative preposition right before a capitalised pair: 'analysts in Hong Kong said'
# "the Japanese House of Representatives' Committee on ...": a head-first name right after a possessive owner
OWNER_POSSESSIVE_BEFORE = re.compile(r"((?:[A-Z][\w.\-]*[ \t]+(?:(?:of|the)[ \t]+)*){0,5}[A-Z][\w.\-]*?)(?:['’]s|(?<=s)['’])[ \t]+$")
# ... or right before it as a modifier: 'in the House of Councillors Committee on Foreign Affairs and Defense'
OWNER_NAME_RIGHT_BEFORE = re.compile(r"((?:[A-Z][\w.\-]*[ \t]+(?:(?:of|the)[ \t]+)*){0,5}[A-Z][\w.\-]*)[ \t]+$")
LOCATIVE_RIGHT_BEFORE = re.compile(r"\b(?:in|at|from|near|across|throughout|outside|inside)[ \t]+$")
# a generational suffix closing a name ('Romeo Brawner Jr'): the name proper ends before it
NAME_SUFFIX_END = re.compile(r"[ \t](?:Jr|Sr|II|III|IV)\.?$")
# (compiled here, not inline: an inline pattern is compiled again whenever re's cache has dropped it)
ARTICLE_OPENING = re.compile(r"^(?:The|A|An)\s+")
CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")
BLANKS = re.compile(r"\s+")
ROLE_BREAK = re.compile(r"[,;]")
NAME_PARTICLES = frozenset({"De", "Del", "Dela", "Della", "Da", "Dos", "Van", "Von", "Der"})


class ActorDiscovery:
    """Mixin of ActorMatcher: candidate actors the registry lacks, found by the wording around a name."""

    def _accept_name(self, name: str) -> bool:
        tokens = name.split()
        return (len(tokens) >= 2 and not any(t in NOT_NAME_WORDS for t in tokens)
                and fold(name) not in self.by_key and fold(without_middle_initials(name)) not in self.by_key
                and not self.title_words.search(name))

    def discover(self, text: str, start: int, end: int) -> list[tuple[int, int, DiscoveredActor]]:
        """Candidates (span, actor) for people introduced with a title or a role, and organisations."""
        found = []
        # the offsets where a person's name starts: the patterns below that open with one are read there alone
        names = name_starts(text, start, end)
        for s, e, name in numbered_units(text, start, end, not_name_words=NOT_NAME_WORDS):
            while len(name.split()) > 2 and fold(name.split()[0]) in self.by_key:   # 'JMSDF Escort Flotilla 4': the owner opens it
                owner = name.split()[0]
                name, s = name[len(owner) + 1:], text.index(" ", s) + 1
            if text[s - 1:s] in "(（":
                continue     # 'the minesweeper X (46th Minesweeper Division, Sasebo)': a bracketed note on a ship's unit
            if fold(name) not in self.by_key:     # first: the unit's number is its name's ('Escort Flotilla' alone is a type)
                found.append((s, e, DiscoveredActor(slugify(name), name, "military", self.country_of(name), None, None, {name})))
        if self.title_re:
            for m in finditer_titled(self.title_re, text, names, start, end, title_end=self._title_end_blanks,
                                     longest_title=self._longest_title, runs=self._title_runs):
                name = m.group("name")
                core = self._title_end_re.search(m.group("title"))
                core = core.group(0) if core and core.group(0) in self._sentence_initial_titles else None
                if core and not SENTENCE_START.search(text, max(0, m.end("title") - len(core) - 4), m.end("title") - len(core)) \
                        and not lower_title_end(m.group("title"), self.title_words):
                    continue  # 'Official Security Assistance': a capitalised role noun inside a sentence is a name's word
                    #           ('Labour Party leader Ann Lee': the lower-case 'leader' is the title, 'Party' the name's)
                ns, title = m.start("name"), m.group("title")
                ne = m.end("name")
                while (t := self.title_words.match(name)) and name[t.end():t.end() + 1] == " ":
                    title, ns, name = title + " " + name[:t.end()], ns + t.end() + 1, name[t.end() + 1:]   # 'chief General Romeo Brawner'
                    # the name proper starts after the rank: when the rank left one word of it, it runs past the three
                    # words matched with it
                    # ('spokesman Major General Liu Chih-chien', 'Commandant Admiral Ronnie Gil Gavan')
                    if (full := PERSON_NAME_RE.match(text, ns)) is not None and ne < full.end() <= end \
                            and (len(name.split()) < 2 or not NAME_SUFFIX_END.search(full.group(0))):
                        name, ne = full.group(0), full.end()
                if self._accept_name(name):
                    found.append((ns, ne, self._person(name, title)))
        if self.title_post_re:
            for m in self.title_post_re.finditer(text, start, end):
                words = m.group("words").split()
                name = " ".join(words[-3:] if len(words) > 3 and words[-2] in NAME_PARTICLES else words[-2:])   # 'Carlos Del Toro'
                e = m.end("words")
                if PERSON_NAME_RE.fullmatch(name) and self._accept_name(name) and not self.not_person_re.search(name) \
                        and not self._has_known_token(name) and m.group("title").casefold() != "counterpart" \
                        and not DOCUMENT_WORD_END.search(name):   # 'counterpart to the Taiwan Relations Act': a law, no one
                    found.append((e - len(name), e, self._person(name, m.group(0)[:-len(name)])))
        reported_at = sorted({*names, *starts_not_after(self._reported_verb_words, text, start, end, "’'")})   # reported_verb_at's
        for m in [*finditer_at(self.reported_person_re, text, reported_at, start, end), *quoted_speakers(text, start, end),
                  *finditer_at(WHO_PERSON, text, names, start, end)]:
            group = "after" if m.groupdict().get("after") else "before"
            name, s = m.group(group), m.start(group)
            if (owner := OWNER_TOKEN.match(name)) and len(name.split()) > 2:
                name, s = name[owner.end():], s + owner.end()   # "Germany's Annalena Baerbock, who ...": the owner is no name word
            if LOCATIVE_RIGHT_BEFORE.search(text, max(start, s - 12), s):
                continue     # 'analysts in Hong Kong said': a place's name before the verb, no person
            if self._accept_name(name) and not self.not_person_re.search(name) and not self._has_known_token(name):
                found.append((s, m.end(group), self._person(name, "")))
        plural = plural_title_people(text, start, end) if holds_any(text, start, end, PLURAL_TITLES) else ()
        for s, e, name, role in [*plural, *questioner_people(text, start, end)]:
            if self._accept_name(name) and not self.not_person_re.search(name) and not self._has_known_token(name):
                found.append((s, e, self._person(name, role)))   # 'Reps. A, B and C'; 'Q: Name, Outlet.'
        for s, e, name, role in roundup_people(text, start, end):   # an expert round-up's entry: name line, role line, quote
            if self.title_words.search(ROLE_BREAK.split(role)[0]) and self._accept_name(name) and not self.not_person_re.search(name) \
                    and not self._has_known_token(name):
                found.append((s, e, self._person(name, role)))
        if self.role_before_re is not None:
            for m in finditer_at(self.comma_name_re, text, names, start, end):
                name = m.group("name")
                if self.role_before_re.search(text, max(start, m.start() - 100), m.start()) and self._accept_name(name) \
                        and not self.not_person_re.search(name) and not self._has_known_token(name):
                    found.append((m.start(), m.end(), self._person(name, "")))
        local = may_name_local_governments(text, start, end)
        pos = start
        while (m := search_at(self.appositive_re, text, names, pos, end)) is not None:
            name, role = m.group("name"), m.group("role")
            if self._accept_name(name) and (self.title_words.search(role) or MEMBER_ROLE.search(role)) and not ORG_TAIL_BEFORE.search(text, max(start, m.start() - 30), m.start()) \
                    and not self.not_person_re.search(name) and not CLAUSE_AFTER_COMMA.match(role):
                found.append((m.start("name"), m.end("name"), self._person(name, role)))
                pos = m.end()
            else:
                pos = m.start("role")  # no role: it may hold the next appositive ('..., lodged a protest with Wang Jianmin, a minister')
        for s, e, name in acting_local_governments(text, start, end) if local else ():   # 'Hualien County concluded ...': its government
            if fold(name) not in self.by_key and fold(name) not in self.generic:
                found.append((s, e, DiscoveredActor(slugify(name), name, "government_body", self.country_of(name), None, None, {name})))
        for s, e, name in bare_local_legislatures(text, start, end) if local else ():   # 'the prefectural assembly' of the prefecture named before
            if fold(name) not in self.generic:
                actor = self.by_key.get(fold(name))
                found.append((s, e, DiscoveredActor(actor.actor_id, actor.name, actor.actor_type, actor.country, None, None, {name})
                              if actor is not None else DiscoveredActor(slugify(name), name, "legislature", self.country_of(name), None, None, {name})))
        for s, e, name, kind in described_local_governments(text, start, end) if local else ():   # 'the Yonaguni town office'
            place = name.rsplit(" ", 2 if kind == "legislature" or name.endswith(" Government") else 1)[0]
            if place not in self.demonyms and place not in NOT_NAME_WORDS and fold(name) not in self.generic:
                actor = self.by_key.get(fold(name))
                if actor is None:
                    found.append((s, e, DiscoveredActor(slugify(name), name, kind, self.country_of(place), None, None, {name})))
        for s, e, name, kind, *role in [*(listed_names(text, start, end, self.list_re, self.list_kinds)
                                   if holds_any(text, start, end, LIST_WORDS) else ()),
                                 *(kind_named(text, start, end, self.kind_re, self.kind_nouns)
                                   if holds_any(text, start, end, self.kind_nouns) else ()),
                                 *(appositive_kinds(text, start, end, self.appositive_kind_re, self.appositive_kinds)
                                   if holds_any(text, start, end, self.appositive_kinds) else ())]:
            if fold(name) not in self.by_key and fold(name) not in self.generic and not self._has_known_token(name) \
                    and name.split()[0] not in NOT_NAME_WORDS:
                found.append((s, e, DiscoveredActor(slugify(name), name, kind, self.country_of(name) or (self.country_of(role[0]) if role else None), None, None, {name})))
        if self.org_re:
            heads_first = list(self.head_first_re.finditer(text, start, end)) if self.head_first_re else []
            extended: list[tuple[int, int]] = []   # names a head word after their first head made longer
            for m in [*self.org_re.finditer(text, start, end), *heads_first]:
                if m.group("org").startswith(("Copyright", "©")):
                    continue     # "[Copyright The Example Press, Ltd.]": a credit line
                if heads_first and m in heads_first and self._registered_body_owns(text, max(start, m.start() - 80), m.start()):
                    continue     # "the House of Representatives' Committee on Foreign Affairs": a unit of a registered body
                unarticled = ARTICLE_OPENING.sub("", m.group("org"))
                unarticled = registry_owner_stripped(unarticled, self.by_key)   # "Australia's Joint Standing Committee"
                if unarticled is None:
                    continue     # "the Kuomintang's International Affairs Department": a unit of a registered actor
                s = m.end("org") - len(unarticled)
                org = WHEN_AFTER_NAME.sub("", unarticled)   # 'Taipei Guest House on Sunday'
                if (brk := org.rfind("\n")) >= 0 and brk - (text.rfind("\n", 0, s + brk) + 1 - s) < HEADING_LINE:
                    # 'Background\nThe Subcommittee ...': a heading's line is no word of the name (wrapped prose runs on)
                    tail = org[brk + 1:]
                    s, org = s + brk + 1 + len(tail) - len(tail.lstrip()), tail.lstrip()
                    org = ARTICLE_OPENING.sub("", org)
                    s = s + (len(tail.lstrip()) - len(org))
                lead, of, rest = org.partition(" of ")
                if of and not any(p.search(lead) for _, p in self._head_words) and any(p.search(rest) for _, p in self._head_words) \
                        and ((PERSON_NAME_RE.fullmatch(lead) and REPORTED_BEFORE.search(text, max(start, s - 20), s))
                             or self._titled_person(lead)):   # 'Professor Aya Mori of Keio University'
                    s, org = s + len(lead) + len(of), rest   # 'Paik Jin-hyun of Seoul National University': a person and their organisation
                elif (owned := REGISTERED_OWNER_TAIL.search(org)) and not self._head_first_open.match(org) \
                        and getattr(self.by_key.get(fold(owned.group(1))), "actor_type", "state") not in ("state", "person") \
                        and self.org_heads.get(next((h for h, p in self._head_words if p.search(org[:owned.start()])), "")) \
                        not in (None, "government_body"):   # 'the Taipei Office of <a registered body>': its own unit
                    org = org[:owned.start()]   # 'the X Friendship League of the National Diet': the registered body it belongs to ends it
                if org == unarticled and (seat := CHAMBER_SEAT_AFTER.match(text, m.end("org"))) and ("Chamber" in org or (
                        org.endswith(" Office") and len(org.split()) >= 3 and fold(org) not in self.by_key and fold(org) not in self.generic)):
                    # 'the Japanese Chamber of Commerce and Industry in Taipei', 'the Taipei Economic and Cultural Office in
                    # Naha': chambers and representative offices are named by the city or country that hosts them
                    org += seat.group(0)
                while (longer := self._head_after(text, s + len(org))) is not None:
                    org = text[s:longer]     # 'Australian Industry Group': the shorter head ('Industry') opened a longer name
                if any(a < s < b for a, b in extended):
                    continue     # the tail of a name extended past its first head ('Manufacturing Corp' of the name above)
                if s + len(org) > m.end("org"):
                    extended.append((s, s + len(org)))
                if ABBREVIATED_HEAD_END.search(org) and text.startswith(".", s + len(org)):
                    org += "."
                key = fold(org)
                if name_continues(text, s + len(org), self.title_words) or registry_acronym_after(text, s + len(org), self.by_key):
                    continue     # 'Philippine Daily' of 'Philippine Daily Inquirer'; 'the Department of Foreign Affairs (DFA)': registered as DFA
                if self.subunit_at_re is not None and self.subunit_at_re.match(text, s + len(org)):
                    continue     # 'the Institute of Japanese Studies at Nankai University': a unit of the organisation named next
                if key in self.by_key or key in self.generic or key in self._head_keys \
                        or len(org.split()) < 2 or (self.place_re and self.place_re.search(org)):
                    continue     # a registry name, a shared name left unresolved, a bare type ('Working Group'), a single word, a place
                head = next((h for h, pattern in self._head_words if pattern.search(org)), None)
                if head is None or meeting_as_venue(text, s, org, self.title_words) or ALLIANCE_COMPOUND_AFTER.match(org, len(org.split("-")[0])):
                    continue     # 'Aso told the Ketagalan Forum', 'in Davos for the World Economic Forum': the meeting
                e = s + len(org)
                if any(t.start() < e and ((t.end() > e and not text[e:t.end()].islower()) or (t.start() < s and t.end() == e))
                       for t in self.title_words.finditer(text, max(start, s - 60), min(end, e + 40))):
                    continue     # 'Chief Cabinet' of 'Chief Cabinet Secretary', 'Trade and Industry' of 'Minister of Economy, Trade and Industry'
                    #              (a lower-case title's tail leaves the name whole: 'Green Party' of 'Green Party leader')
                owner = OWNER_NAME_BEFORE.search(text, max(start, s - 40), s)
                if owner and (fold(owner.group(1)) in self.generic or getattr(self.by_key.get(fold(owner.group(1))), "actor_type", "state")
                              not in ("state", "person") or owner.group(1).split()[-1] in self.org_heads):
                    continue     # "the Foreign Ministry's Asian and Oceanian Affairs Bureau", "a university's institute": a sub-unit
                e = s + len(org)
                if self.org_heads[head] == "media":
                    s = with_own_article(text, s)     # 'told The Korea Herald': the outlet's own 'The'
                    org = text[s:e]
                found.append((s, e, DiscoveredActor(
                    slugify(org), org, self.org_heads[head], self.country_of(org), None, None, {org})))
        for s, e, name in named_outlets(text, start, end) if may_name_outlets(text, start, end) else ():
            bare = registry_owner_stripped(name, self.by_key)     # "Japan's Kyodo news agency"
            if bare is None:
                continue
            s += len(name) - len(bare)
            if fold(bare) in self.by_key or fold(bare) in self.generic or bare in self.demonyms or bare in NOT_NAME_WORDS \
                    or self._has_known_token(bare) or self.title_words.search(bare):
                continue     # a registered outlet, 'the Japanese newspaper', 'the ruling party's newspaper'
            found.append((s, e, DiscoveredActor(slugify(bare), bare, "media", None, None, None, {bare})))
        return found

    def _titled_person(self, words: str) -> bool:
        """'Professor Aya Mori', 'Senior Fellow Ken Ito': a title and a person's name, nothing else."""
        t = self.title_words.match(words)
        return t is not None and PERSON_NAME_RE.fullmatch(words[t.end():].strip()) is not None

    def _head_after(self, text: str, pos: int) -> int | None:
        """The end of the nearest head word among the (up to three) capitalised words right after pos, if any."""
        words = WORDS_AFTER.match(text, pos)
        if words is None:
            return None
        for w in CAPITAL_WORD.finditer(words.group(0)):
            if w.group(0) in self.org_heads:
                return pos + w.end()
        return None

    def _registered_body_owns(self, text: str, lo: int, at: int) -> bool:
        """A registered body (not a state or person) owns the name starting at `at` by a possessive right before it (or by
        its name alone right before it: 'the House of Councillors Committee on ...'),
        the owner named by any tail of the capitalised words ('the Japanese House of Representatives' ...')."""
        m = OWNER_POSSESSIVE_BEFORE.search(text, lo, at) or OWNER_NAME_RIGHT_BEFORE.search(text, lo, at)
        if m is None:
            return False
        words = m.group(1).split()
        owners = (self.by_key.get(fold(" ".join(words[i:]))) for i in range(len(words)))
        return any(o is not None and o.actor_type not in ("state", "person") for o in owners)

    def _has_known_token(self, name: str) -> bool:
        """A token that is itself a registry name ('Japan', 'Beijing'): a phrase, not a person's name."""
        return any(fold(t) in self.by_key for t in name.split())

    def _person(self, name: str, role: str) -> DiscoveredActor:
        role = BLANKS.sub(" ", role).strip()
        given_first = self._given_first_re is not None and self._given_first_re.search(role) is not None and " " in name
        return DiscoveredActor(slugify(name), name, "person", self.country_of(role) if role else None, role or None,
                               name.split()[0] if given_first else guess_family_name(name), {name})


def lower_title_end(title: str, title_words: re.Pattern) -> bool:
    """The title phrase ends with a lower-case title word ('Labour Party leader'): a title, whatever capitals precede it."""
    last = title.rsplit(None, 1)[-1]
    return last[:1].islower() and title_words.fullmatch(last) is not None
