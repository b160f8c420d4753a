"""Actor mentions: registry aliases, metonyms, short forms resolved inside a document, and
discovery of actors missing from the registry (people introduced with a title or role,
organisations named with a type word)."""
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field

from pipeline.extract.phrases import PhraseMatcher, literal_alternation
from pipeline.extract.spans import SpanSet
from pipeline.knowledge import Knowledge, RegistryActor

# Latin letters with diacritics too ('Eduardo Año', 'Yōko Kamikawa')
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿĀ-ž"
NAME_TOKEN = rf"[{_UPPER}][{_LOWER}’'\-]+(?:-[{_LOWER}]+)?"
# 'Luiz Inácio Lula da Silva', 'Ursula von der Leyen': lowercase particles before the last name
_PARTICLE_TAIL = rf"(?:[ \t]+(?:da|de|do|dos|das|di|du|van|von|der|den|bin|al)){{1,2}}[ \t]+{NAME_TOKEN}"
PERSON_NAME = rf"{NAME_TOKEN}(?:(?:[ \t]+{NAME_TOKEN}){{0,2}}{_PARTICLE_TAIL}|(?:[ \t]+{NAME_TOKEN}){{1,2}})"  # never across a line break
# Before a metonym these make it a place, not an actor ("a summit in Beijing", "the Tokyo office").
FAMILY_BEFORE, FAMILY_AFTER = r"(?<![\w\-])", r"(?=[’']s\b|(?![\w\-]))"  # a bare family name, possibly possessive
PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|around|outside|inside|within|via|across|into|over|the|a|an|of)\s+)$", re.IGNORECASE)
NOT_NAME_WORDS = frozenset(
    "The A An And But If In On At For Of To From By With As This That These Those It He She They We "
    "His Her Their Its Our Then Still Yet Even So While When Where Why What Who How Since Despite "
    "Although Though Moreover However Nevertheless Consequently Thus Also Meanwhile Today Friday "
    "Monday Tuesday Wednesday Thursday Saturday Sunday Japanese Chinese Taiwanese American Korean "
    "Former Late Prime Minister President Deputy Vice Defense Defence Foreign Minister Ministry".split()
)
CHINESE_SURNAMES = frozenset(
    "Chen Lin Huang Chang Zhang Li Lee Wang Wu Liu Tsai Cai Yang Hsu Xu Cheng Zheng Hsieh Xie Kuo Guo "
    "Hung Hong Chiu Qiu Tseng Zeng Liao Lai Hsiao Xiao Chou Zhou Yeh Ye Su Chuang Zhuang Lu Lo Luo Kao "
    "Gao Chiang Jiang Chu Zhu Fang Ho He Ko Ke Ma Hu Sun Song Sung Tang Teng Deng Tsao Cao Yu Yuan Pan "
    "Tu Du Wei Fan Fu Shih Shi Tai Dai Hou Ou Lii Mao Qin Xi Hua Zhao Chao Dong Tung Yen Yan Pai Bai "
    "Kim Park Moon Yoon Choi".split()
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor_id: str
    method: str          # alias | metonym | short_form | discovered | pronoun
    confidence: float


@dataclass
class DiscoveredActor:
    actor_id: str
    name: str
    actor_type: str
    country: str | None
    role: str | None
    family_name: str | None
    aliases: set[str] = field(default_factory=set)


# British and American spellings of the words that recur in the names of institutions: outlets
# differ ("Ministry of Defence" / "Ministry of Defense"), the actor does not.
SPELLINGS = (("defence", "defense"), ("organisation", "organization"), ("centre", "center"), ("programme", "program"),
             ("labour", "labor"))
_SPELLING_RE = re.compile("|".join(b for b, _ in SPELLINGS))
_AMERICAN = dict(SPELLINGS)


def fold(name: str) -> str:
    """Key under which romanisation and spelling variants meet: no case, accents, hyphens or spaces;
    British spellings as American ones."""
    name = unicodedata.normalize("NFKD", name)
    key = re.sub(r"[\W_]+", "", "".join(c for c in name if not unicodedata.combining(c))).casefold()
    return _SPELLING_RE.sub(lambda m: _AMERICAN[m.group(0)], key)


def _spelling_pattern(escaped: str) -> str:
    """Either spelling of a word with a British/American variant ('D(?:efence|efense)')."""
    for british, american in SPELLINGS:
        first = f"[{british[0]}{british[0].upper()}]"
        escaped = re.sub(f"({first})(?:{british[1:]}|{american[1:]})",
                         lambda m, b=british, a=american: f"{m.group(1)}(?:{b[1:]}|{a[1:]})", escaped)
    return escaped


OWNER_BEFORE = re.compile(r"(?:\b(?:its|their)|\w[’']s)\s+(?:so-called\s+|own\s+)?$", re.IGNORECASE)
UNIT_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An|Its|Their|His|Her|And|Or|Of|Its)\b)[A-Z][a-z]+[ \t]+$")
# a capitalised word inside a sentence right before a family name: 'in Hong Kong', 'the Ma Ying-jeou era'
NAME_WORD_BEFORE = re.compile(r"(?:[a-z,;:][ \t]+)([A-Z][\w\-]*)[ \t]+$")
LOCATIVE_BEFORE = re.compile(r"\b(?:at|outside|inside|near|in\s+front\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?:][”’\"']?[ \t]+|\n[ \t]*|[“\"‘][ \t]*)$")
WHEN_AFTER_NAME = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                             r"May|June|July|August|September|October|November|December)\b.*$")
OWNER_NAME_BEFORE = re.compile(r"\b([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,3})[’']s[ \t]+$")
STATE_AS_TOPIC_AFTER = re.compile(r"[ \t]+(?:question|issue|problem|contingency|emergency|crisis|conflict|scenario)s?\b")
POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# 'TOKYO (Reuters) -', 'TAIPEI, May 24 (AFP) –': the outlet of a dateline wrote the story, it does not act in it
# also 'Taipei, Sept. 26 (CNA) A Japan ...' and 'TOKYO, June 5 Kyodo - Japan ...' (line start to the outlet)
DATELINE_BEFORE = re.compile(r"^[ \t]*(?:[A-Z][A-Z .'\-]{1,30}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2})?[ \t]*\(?$")
DATELINE_AFTER = re.compile(r"\)[ \t]*(?:[-–—:]|(?=[A-Z]))|[ \t]+[-–—:]")
SENTENCE_END = re.compile(r"[.!?][”’\"]?\s+(?=[A-Z“‘\"])")


def _in_compound(text: str, m) -> bool:
    """A name inside a hyphenated compound ('Japan-Taiwan relations'): it names a pair, not the article's country."""
    return text[m.end:m.end + 1] == "-" or text[m.start - 1:m.start] == "-"


def slugify(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "actor"


def guess_family_name(name: str) -> str:
    """Family name of a romanised person name: first for Chinese/Korean names ('Lo Chih-cheng'),
    last otherwise ('Masahisa Sato')."""
    tokens = name.split()
    if len(tokens) >= 2 and (tokens[0] in CHINESE_SURNAMES or "-" in tokens[1]):
        return tokens[0]
    return tokens[-1]


def _alias_pattern(alias: str) -> str:
    """Regex for an alias where hyphens and spaces between syllables are optional."""
    parts = re.split(r"[\s\-‐–]+", alias)
    # typographic apostrophes match plain ones: registry aliases are plain ASCII
    return r"[\s\-‐–]?".join(_spelling_pattern(re.sub("['’]", "['’]", re.escape(p))) for p in parts)


class ActorMatcher:
    """Finds actor mentions in a document body; built once per knowledge version."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.by_key: dict[str, RegistryActor] = {}
        self.metonym_keys: set[str] = set()
        for actor in knowledge.actors:
            for alias in actor.aliases:
                self.by_key.setdefault(fold(alias), actor)
            for metonym in actor.metonyms:
                self.by_key.setdefault(fold(metonym), actor)
                self.metonym_keys.add(fold(metonym))
        surfaces = sorted({s for a in knowledge.actors for s in (*a.aliases, *a.metonyms)}, key=len, reverse=True)
        self.alias_re = PhraseMatcher([_alias_pattern(s) for s in surfaces], before=r"(?<![\w\-])", after=r"(?![\w])")
        # the second (third...) state of a hyphenated compound: 'a Japan-India summit', 'US-Japan-Taiwan talks'
        state_surfaces = sorted({s for a in knowledge.actors if a.actor_type == "state" for s in a.aliases if " " not in s},
                                key=len, reverse=True)
        self.compound_state_re = re.compile(r"-(" + "|".join(re.escape(s) for s in state_surfaces) + r")(?![\w])") \
            if state_surfaces else None
        self.family_names: dict[str, list[RegistryActor]] = {}
        for actor in knowledge.actors:
            if actor.actor_type == "person":
                fam = actor.family_name or guess_family_name(actor.name)
                self.family_names.setdefault(fam, []).append(actor)
        self._unique_families = {f for f, actors in self.family_names.items() if len(actors) == 1}
        self._unique_family_re = PhraseMatcher([re.escape(f) for f in sorted(self._unique_families, key=len, reverse=True)],
                                               before=FAMILY_BEFORE, after=FAMILY_AFTER)
        self.demonyms = {d: a.country for a in knowledge.actors for d in a.demonyms if a.country}
        self.generic: dict[str, list[RegistryActor]] = {}
        for actor in knowledge.actors:
            for key in dict.fromkeys(fold(g) for g in actor.generic_names):  # 'Defense'/'Defence' fold alike: once
                self.generic.setdefault(key, []).append(actor)
        generic_surfaces = sorted({g for a in knowledge.actors for g in a.generic_names}, key=len, reverse=True)
        # a name of two words or more is a name in any case ('Taiwan's defence ministry'); one word must
        # be capitalised ('Army', not 'a volunteer army')
        self.generic_re = re.compile(r"(?<![\w\-])(?:" + "|".join(
            f"(?i:{_alias_pattern(g)})" if len(g.split()) > 1 else _alias_pattern(g) for g in generic_surfaces)
            + r")(?![\w])") if generic_surfaces else None
        self.state_names = {s: a.country for a in knowledge.actors if a.actor_type == "state" and a.country
                            for s in (*a.aliases, *a.metonyms)}
        # 'the Japanese side', 'the Chinese side': diplomatic usage for the state itself
        state_of = {a.country: a for a in knowledge.actors if a.actor_type == "state" and a.country}
        self.side_states = {d: state_of[c] for d, c in self.demonyms.items() if c in state_of}
        self.side_re = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(d) for d in sorted(self.side_states, key=len, reverse=True))
                                  + r")\s+side\b") if self.side_states else None
        titles = knowledge.titles
        # a lowercase title opens a sentence capitalised ('Spokeswoman Lin Hsiu-ling said')
        listed = set(titles.get("person_titles", []))
        self._sentence_initial_titles = {t[0].upper() + t[1:] for t in listed if t} - listed
        person_titles = sorted(listed | self._sentence_initial_titles, key=len, reverse=True)
        # the longest title a matched title phrase ends with ('National Security Adviser', not 'Adviser')
        self._title_end_re = re.compile(r"(?<![\w\-])(?:" + literal_alternation(person_titles) + r")$") if person_titles else None
        modifiers = titles.get("title_modifiers", ["former", "late", "then", "acting", "incoming", "outgoing", "retired"])
        self.title_re = re.compile(
            r"(?P<title>(?:(?:" + "|".join(re.escape(m) for m in modifiers) + r")\s+)?"
            r"(?:(?:[A-Z][\w’'\-]*|of|for|and|the)[ \t]+){0,5}?" + literal_alternation(person_titles) + r")"
            rf"[ \t]+(?P<name>{PERSON_NAME})\b") if person_titles else None
        self.title_words = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in person_titles) + r")\b", re.IGNORECASE) \
            if person_titles else re.compile(r"(?!x)x")
        # "Hua Chunying, a spokesperson for the ministry." : the appositive may close the sentence
        self.appositive_re = re.compile(
            rf"(?P<name>{PERSON_NAME}),\s+(?:(?:a|an|the|now|then|who\s+is|who\s+was)\s+)?(?P<role>[^,.;“”]{{3,120}}?)(?:,|\.(?!\w))")
        # "said Grant Newsham" / "Grant Newsham said": a person introduced by a reporting verb alone
        said = "said|says|told|added|noted|wrote|warned|argued|explained|stressed|insisted|recalled|observed"
        self.reported_person_re = re.compile(
            rf"(?<![\w’'])(?:{said})[ \t]+(?P<after>{PERSON_NAME})(?![ \t]*[A-Z\w’'\-])|"
            rf"(?<![\w.’'\-])(?P<before>{PERSON_NAME})[ \t]+(?:{said})\b")
        # seats of government that are also buildings ('at the White House' is a place)
        self.seat_keys = {fold(b) for b in titles.get("seat_buildings") or []} | {fold("the " + b) for b in titles.get("seat_buildings") or []}
        place_words = titles.get("place_words") or []
        context = [w for ws in (titles.get("organization_context_words") or {}).values() for w in ws]
        self.place_after_re = re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in sorted(place_words, key=len, reverse=True))
                                         + r")\b") if place_words else None
        self.place_re = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in place_words) + r")$") if place_words else None
        self.not_person_re = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
            {*(titles.get("organization_heads") or {}), *place_words, *context}, key=len, reverse=True)) + r")\b")
        heads = titles.get("organization_heads", {}) or {}
        self.org_heads = {h: t for h, t in heads.items()}
        self._head_keys = {fold(h) for h in heads}
        self._head_words = [(h, re.compile(rf"\b{re.escape(h)}\b")) for h in sorted(self.org_heads, key=len, reverse=True)]
        if heads:
            head_alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
            self.org_re = re.compile(
                rf"(?P<org>(?:[A-Z][\w&’'\-]*\s+|\d{{3,4}}\s+)(?:(?:of|for|and|on|de)\s+|[A-Z][\w&’'\-]*\s+|\d{{3,4}}\s+){{0,5}}?"
                rf"(?:{head_alt})(?:\s+(?:of|for|on)\s+[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){{0,4}})?)\b")
        else:
            self.org_re = None

    # -- registry ---------------------------------------------------------------------------
    def registry_mentions(self, text: str, start: int, end: int) -> list[Mention]:
        out = []
        for m in self.alias_re.finditer(text, start, end):
            key = fold(m.group(0))
            actor = self.by_key.get(key)
            if actor is None:
                continue
            if actor.actor_type == "media" and DATELINE_AFTER.match(text, m.end()) \
                    and DATELINE_BEFORE.search(text[max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 60):m.start()]):
                continue
            if key in self.seat_keys and LOCATIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # 'met Lai at the Presidential Office', 'outside the White House': the building, a place
            if actor.actor_type == "state" and self.place_after_re is not None and self.place_after_re.match(text, m.end()):
                continue  # 'the Taiwan Strait', 'the Japan Sea': part of a place name
            if actor.actor_type == "state" and STATE_AS_TOPIC_AFTER.match(text, m.end()):
                continue  # 'the Taiwan question', 'a Taiwan contingency': the subject matter, not the state acting
            if key in self.metonym_keys:
                if PLACE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or _followed_by_noun(text, m.end()):
                    continue
                out.append(Mention(m.start(), m.end(), m.group(0), actor.actor_id, "metonym", 0.8))
            else:
                out.append(Mention(m.start(), m.end(), m.group(0), actor.actor_id, "alias", 0.95))
            while actor.actor_type == "state" and self.compound_state_re is not None:
                nxt = self.compound_state_re.match(text, out[-1].end, end)
                second = self.by_key.get(fold(nxt.group(1))) if nxt else None
                if second is None or second.actor_type != "state":
                    break
                out.append(Mention(nxt.start(1), nxt.end(1), nxt.group(1), second.actor_id, "alias", 0.9))
        return out

    def seat_places(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of seat-of-government buildings used as places ('at the White House')."""
        if not self.seat_keys:
            return []
        return [(m.start(), m.end()) for m in self.alias_re.finditer(text, start, end)
                if fold(m.group(0)) in self.seat_keys and LOCATIVE_BEFORE.search(text, max(0, m.start() - 20), m.start())]

    # -- generic names ('Foreign Ministry') ----------------------------------------------------
    def generic_mentions(self, text: str, start: int, end: int, registry: list[Mention]) -> list[Mention]:
        """Shared names such as 'Foreign Ministry' or 'Defense Ministry', resolved to the actor of the
        country named right before them ("Taiwan's", "Japanese", "China's") or right after ("of Japan");
        without such a cue, to the document's dominant country among its state mentions."""
        if self.generic_re is None:
            return []
        out = []
        dominant = named = None
        for m in self.generic_re.finditer(text, start, end):
            if any(m.start() < x.end and x.start < m.end() for x in registry):
                continue
            candidates = self.generic.get(fold(m.group(0)), [])
            if not candidates:
                continue
            cue = self.country_cue(text[max(start, m.start() - 30):m.start()], text[m.end():m.end() + 25])
            method_conf = 0.85
            if cue is None and " " not in m.group(0) and UNIT_NAME_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                continue   # "the GSDF's Western Army": one word of a longer name
            if cue is None and m.group(0)[:1].islower() and not OWNER_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                continue   # 'army, navy, air force', 'a coast guard patrol': a common noun, unless someone owns it ('its', "the island's")
            if cue is None:
                # 'China ... its Foreign Ministry': the country of the nearest actor before it in its sentence
                cue, method_conf = self._nearest_country(text, start, m.start(), registry,
                                                         states_only=bool(POSSESSIVE_PRONOUN.search(text, max(start, m.start() - 8), m.start()))), 0.7
            if cue is None:
                if dominant is None:
                    dominant = self._dominant_country([x for x in registry if not _in_compound(text, x)]) or ""
                cue, method_conf = dominant or None, 0.6
            chosen = [a for a in candidates if a.country == cue]
            if not chosen and " " in m.group(0):
                # no candidate of that country: the only candidate whose country the document names at all
                if named is None:
                    named = {c for x in registry if not _in_compound(text, x)
                             for c in [getattr(self.knowledge.actors_by_id.get(x.actor_id), "country", None)] if c}
                chosen, method_conf = [a for a in candidates if a.country in named], 0.5
            if len(chosen) == 1:
                out.append(Mention(m.start(), m.end(), m.group(0), chosen[0].actor_id, "alias", method_conf))
        return out

    def side_mentions(self, text: str, start: int, end: int, taken: list[Mention]) -> list[Mention]:
        """'the Japanese side' -> Japan (a demonym's state), where no other name is."""
        if self.side_re is None:
            return []
        return [Mention(m.start(), m.end(), m.group(0), self.side_states[m.group(1)].actor_id, "alias", 0.85)
                for m in self.side_re.finditer(text, start, end)
                if not any(m.start() < x.end and x.start < m.end() for x in taken)]

    def country_cue(self, before: str, after: str) -> str | None:
        """The country a possessive/demonym right before ('Taiwan's', 'Japanese', 'its' excluded) or
        an 'of X' right after names."""
        m = re.search(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w\-]*){0,2})(?:[’']s)?\s+(?:[A-Z][\w\-]*\s+)?$", before)
        if m:
            for word in (m.group(1), m.group(1).split()[-1], m.group(1).split()[0]):
                country = self.state_names.get(word) or self.demonyms.get(word)
                if country:
                    return country
        m = re.match(r"\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})", after)
        if m:
            return self.state_names.get(m.group(1))
        return None

    def _nearest_country(self, text: str, start: int, pos: int, registry: list[Mention], states_only: bool) -> str | None:
        """The country of the nearest registry mention before pos in the same sentence (a state's only,
        after 'its'/'their'), or None."""
        bound = max(start, pos - 200)
        stop = max((e.end() for e in SENTENCE_END.finditer(text, bound, pos)), default=bound)
        for x in reversed(registry):
            if x.end > pos or x.start < stop:
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
    def country_of(self, phrase: str) -> str | None:
        """The country of the first state name or demonym (in lexicon order) found in phrase."""
        if not hasattr(self, "_country_lookup"):
            self._country_lookup = {**self.state_names, **self.demonyms}
            self._country_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(self._country_lookup, key=len, reverse=True)) + r")(?!\w)") \
                if self._country_lookup else None
        if self._country_re is None:
            return None
        found = {m.group(0) for m in self._country_re.finditer(phrase)}
        for word, country in self._country_lookup.items():   # same precedence as before: lexicon order
            if word in found:
                return country
        return None

    def _accept_name(self, name: str) -> bool:
        tokens = name.split()
        return (len(tokens) >= 2 and not any(t in NOT_NAME_WORDS for t in tokens)
                and fold(name) not in self.by_key and not self.title_words.search(name))

    def discover(self, text: str, start: int, end: int) -> list[tuple[int, int, DiscoveredActor]]:
        """Candidates (span, actor) for people introduced with a title or a role, and organisations."""
        found = []
        if self.title_re:
            for m in self.title_re.finditer(text, start, end):
                name = m.group("name")
                core = self._title_end_re.search(m.group("title"))
                core = core.group(0) if core and core.group(0) in self._sentence_initial_titles else None
                if core and not SENTENCE_START.search(text, max(0, m.end("title") - len(core) - 4), m.end("title") - len(core)):
                    continue  # 'Official Security Assistance': a capitalised role noun inside a sentence is a name's word
                if self._accept_name(name):
                    found.append((m.start("name"), m.end("name"), self._person(name, m.group("title"))))
        for m in self.reported_person_re.finditer(text, start, end):
            group = "after" if m.group("after") else "before"
            name = m.group(group)
            if self._accept_name(name) and not self.not_person_re.search(name) and not self._has_known_token(name):
                found.append((m.start(group), m.end(group), self._person(name, "")))
        pos = start
        while (m := self.appositive_re.search(text, pos, end)) is not None:
            name, role = m.group("name"), m.group("role")
            if self._accept_name(name) and self.title_words.search(role):
                found.append((m.start("name"), m.end("name"), self._person(name, role)))
            pos = m.start("role")  # the role may hold the next appositive ('..., lodged a protest with Wang Jianmin, a minister')
        if self.org_re:
            for m in self.org_re.finditer(text, start, end):
                unarticled = re.sub(r"^(?:The|A|An)\s+", "", m.group("org"))
                s = m.end("org") - len(unarticled)
                org = WHEN_AFTER_NAME.sub("", unarticled)   # 'Taipei Guest House on Sunday'
                if fold(org) in self.by_key or fold(org) in self.generic or fold(org) in self._head_keys \
                        or len(org.split()) < 2 or (self.place_re and self.place_re.search(org)):
                    continue     # a registry name, a shared name left unresolved, a bare type ('Working Group'), a single word, a place
                head = next((h for h, pattern in self._head_words if pattern.search(org)), None)
                if head is None:
                    continue
                e = s + len(org)
                if any(t.start() < e and (t.end() > e or (t.start() < s and t.end() == e))
                       for t in self.title_words.finditer(text, max(start, s - 60), min(end, e + 40))):
                    continue     # 'Chief Cabinet' of 'Chief Cabinet Secretary', 'Trade and Industry' of 'Minister of Economy, Trade and Industry'
                owner = OWNER_NAME_BEFORE.search(text, max(start, s - 40), s)
                if owner and (fold(owner.group(1)) in self.generic or getattr(self.by_key.get(fold(owner.group(1))), "actor_type", "state")
                              not in ("state", "person")):
                    continue     # "the Foreign Ministry's Asian and Oceanian Affairs Bureau": a sub-unit of a known body
                found.append((s, s + len(org), DiscoveredActor(
                    slugify(org), org, self.org_heads[head], self.country_of(org), None, None, {org})))
        return found

    def _is_state(self, actor_id: str) -> bool:
        actor = self.knowledge.actors_by_id.get(actor_id)
        return actor is not None and actor.actor_type == "state"

    def _has_known_token(self, name: str) -> bool:
        """A token that is itself a registry name ('Japan', 'Beijing'): a phrase, not a person's name."""
        return any(fold(t) in self.by_key for t in name.split())

    def _person(self, name: str, role: str) -> DiscoveredActor:
        role = re.sub(r"\s+", " ", role).strip()
        return DiscoveredActor(slugify(name), name, "person", self.country_of(role) if role else None, role or None,
                               guess_family_name(name), {name})

    # -- a whole document -------------------------------------------------------------------
    def find(self, text: str, start: int, end: int,
             excluded: list[tuple[int, int]] = ()) -> tuple[list[Mention], dict[str, DiscoveredActor]]:
        """All mentions in text[start:end] (outside excluded spans), in order, without overlaps."""
        excluded_spans = SpanSet([*excluded, *self.seat_places(text, start, end)])

        def outside(s, e):
            return not excluded_spans.overlaps(s, e)

        taken: list[Mention] = [m for m in self.registry_mentions(text, start, end) if outside(m.start, m.end)]
        taken += [m for m in self.generic_mentions(text, start, end, taken) if outside(m.start, m.end)]
        taken += [m for m in self.side_mentions(text, start, end, taken) if outside(m.start, m.end)]
        taken_spans = SpanSet((m.start, m.end) for m in taken)  # registry and generic matches never overlap
        discovered: dict[str, DiscoveredActor] = {}
        for s, e, actor in self.discover(text, start, end):
            if not outside(s, e):
                continue
            if taken_spans.overlaps(s, e):
                inside = [m for m in taken if m.start < e and s < m.end]
                # 'the Japan Institute for Peace Studies': a state's name as the first word of an organisation's name
                if actor.actor_type == "person" or not inside or len(actor.name.split()) < 3 or not all(
                        s <= m.start and m.end <= e and m.start == s and self._is_state(m.actor_id) for m in inside):
                    continue
                taken = [m for m in taken if m not in inside]
                taken_spans = SpanSet((m.start, m.end) for m in taken)
            known = discovered.setdefault(fold(actor.name), actor)
            known.aliases.add(text[s:e])
            taken_spans.add(s, e)
            taken.append(Mention(s, e, text[s:e], known.actor_id, "discovered", 0.75 if actor.actor_type == "person" else 0.7))
        taken.sort(key=lambda m: m.start)
        taken = self._short_forms(text, start, end, taken, discovered, outside)
        return sorted(taken, key=lambda m: (m.start, m.end)), discovered

    def _family_matches(self, text: str, start: int, end: int, extra: set[str]):
        """The matches of one regex over the registry's unique family names plus this document's
        `extra` ones (longest name first), without compiling the big registry part per document:
        at each leftmost match position the longer of the two parts' matches is the union's."""
        if not extra:
            yield from self._unique_family_re.finditer(text, start, end)
            return
        extra_re = re.compile(FAMILY_BEFORE + "(?:" + "|".join(re.escape(f) for f in sorted(extra, key=len, reverse=True))
                              + ")" + FAMILY_AFTER)
        p = start
        while p <= end:
            found = [m for m in (self._unique_family_re.search(text, p, end), extra_re.search(text, p, end)) if m]
            if not found:
                return
            q = min(m.start() for m in found)
            m = max((m for m in found if m.start() == q), key=lambda m: m.end())
            yield m
            p = m.end() if m.end() > q else q + 1

    def _short_forms(self, text, start, end, mentions, discovered, outside) -> list[Mention]:
        """A bare family name refers to the latest person with that family name named before it;
        failing that, to the only registry person with it."""
        persons_by_family: dict[str, list[tuple[int, str]]] = {}
        discovered_by_id: dict[str, DiscoveredActor] = {}
        for d in discovered.values():
            discovered_by_id.setdefault(d.actor_id, d)
        for m in mentions:
            fam = None
            if m.method == "discovered":
                d = discovered_by_id.get(m.actor_id)
                fam = d.family_name if d and d.actor_type == "person" else None
            else:
                actor = self.knowledge.actors_by_id.get(m.actor_id)
                if actor and actor.actor_type == "person":
                    fam = actor.family_name or guess_family_name(actor.name)
            if fam:
                persons_by_family.setdefault(fam, []).append((m.start, m.actor_id))
        extra = set(persons_by_family) - self._unique_families
        if not extra and not self._unique_families:
            return mentions
        out = list(mentions)
        taken = SpanSet((x.start, x.end) for x in mentions)
        for m in self._family_matches(text, start, end, extra):
            if not outside(m.start(), m.end()) or taken.overlaps(m.start(), m.end()):
                continue
            if re.match(r"\s+[A-Z][a-z]+(?:-[a-z]+)?\b(?!\s+(?:said|told|added|noted|says))", text[m.end():m.end() + 25]) \
                    and not re.match(r"\s+(?:The|A|An|In|On|But|And|It)\b", text[m.end():m.end() + 6]):
                continue  # followed by a capitalised word: another full name, not a short form
            if m.group(0) in NOT_NAME_WORDS:
                continue  # 'He urged ...': the pronoun, not the family name He
            prev = NAME_WORD_BEFORE.search(text, max(start, m.start() - 40), m.start())
            if prev and prev.group(1) not in NOT_NAME_WORDS and not self.title_words.fullmatch(prev.group(1)):
                continue  # 'in Hong Kong': the second word of another name, not a short form
            named = persons_by_family.get(m.group(0), [])  # in text order
            earlier = bisect_left(named, m.start(), key=lambda p: p[0])  # how many were named before
            if earlier:
                out.append(Mention(m.start(), m.end(), m.group(0), named[earlier - 1][1], "short_form", 0.85))
            elif len(self.family_names.get(m.group(0), [])) == 1:
                out.append(Mention(m.start(), m.end(), m.group(0), self.family_names[m.group(0)][0].actor_id, "short_form", 0.6))
        return out


def _leader(counts: dict[str, int]) -> str | None:
    """The key with the strictly highest count, or None."""
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None


def _followed_by_noun(text: str, pos: int) -> bool:
    """'Tokyo Olympics', 'Beijing meeting': a metonym used as a modifier names no actor."""
    return bool(re.match(r"\s+(?:office|meeting|summit|talks|Olympics|University|airport|residents|area)\b",
                         text[pos:pos + 20]))
