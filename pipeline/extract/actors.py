"""Actor mentions: registry aliases, metonyms, short forms resolved inside a document, and
discovery of actors missing from the registry (people introduced with a title or role,
organisations named with a type word: actor_discovery.py)."""
import re

from pipeline.extract.actor_contexts import (ALLIANCE_COMPOUND_AFTER, names_meeting,
                                             after_motion_verb, committee_in_role, coordinated_adjective, subunit_in_title,
                                             demonym_and_pattern, is_credit,
                                             SPEAKER_LABEL_BEFORE, mission_pattern, names_facility, one_state_formula,
                                             opens_document_name, hyphen_fragment, state_as_place,
                                             state_as_topic_before)
from pipeline.extract.actor_discovery import ActorDiscovery
from pipeline.extract.actor_gates import bracket_acronyms
from pipeline.extract.actor_passes import DocumentPasses
from pipeline.extract.derived_aliases import (TITLED_NAME_ENDS, country_body_aliases, metonym_possessive_aliases, owned_body_aliases,
                                              body_core_keys, shared_core_generics, state_forces_aliases,
                                              leader_body_aliases, lower_tail_forms, state_government_aliases, titled_surname_aliases)
from pipeline.extract.actor_labels import roundup_label_lines
from pipeline.extract.actor_owned_bodies import OwnedBodies, owned_body_bases
from pipeline.extract.actor_readings import closing_credit, kind_of_body, state_reads_as_place_or_topic
from pipeline.extract.caps_labels import LabelledPeople
from pipeline.extract.short_forms import ShortForms, kin_core_pattern, kin_patterns
from pipeline.extract.titled_surnames import titled_surname_pattern, titled_surname_people
from pipeline.extract.generic_names import GenericNames
from pipeline.extract.actor_vocabulary import ContextVocabulary
from pipeline.extract.line_wraps import unwrapped, with_page_text
from pipeline.extract.places import between_places, building_of
from pipeline.extract.names import (DATELINE_AFTER, DATELINE_BEFORE, FAMILY_AFTER, FAMILY_BEFORE, LOCATIVE_BEFORE,
                                    PERSON_NAME, PLACE_BEFORE,
                                    STATE_AS_TOPIC_AFTER, DiscoveredActor, Mention,
                                    _alias_pattern, _followed_by_noun, fold, guess_family_name,
                                    slugify)   # (fold, slugify, DiscoveredActor: other modules import them from here)
from pipeline.extract.phrases import PhraseMatcher, literal_alternation, longest_first
from pipeline.extract.name_starts import blank_runs, title_end_pattern
from pipeline.extract.spans import SpanSet
from pipeline.knowledge import Knowledge, RegistryActor

# an abbreviation inside a role ('U.S. deputy undersecretary', 'Lt. Gen.'): capitals with periods or a rank's short
# form, followed by more of the role; its period is no sentence's end
ABBREVIATION_DOT = r"(?:(?<![\w.])[A-Z]\.(?:[A-Z]\.)*|\b(?:Gen|Lt|Col|Maj|Adm|Capt|Cmdr|Sgt|Brig|Rep|Sen|Gov|Dr|St|No)\.)(?=[ \t]*[\w(])"
# an acronym in brackets right after a name: the document defines it for that name
DEFINED_ACRONYM = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")

# a quantifier before a body's lower-case name makes it a kind ('no Japanese cabinet', 'successive Chinese governments')
QUANTIFIER_BEFORE = re.compile(r"\b(?:[Nn]o|[Aa]ny|[Ee]very|[Ee]ach|[Ss]uccessive|[Pp]revious|[Ff]uture|[Pp]ast)[ \t]+$")
INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[ \t]+$")
# ... when the name ends the noun phrase ('a Royal Canadian Navy frigate' is the navy's ship; 'a Marine Littoral
# Regiment designed to ...' ends it)
KIND_END_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|$|[ \t]+(?:by|in|on|at|to|for|with|and|or|that|which|able|capable|[a-z]+ed)\b)")
# a footnote's marker right before a name: a superscript number or '[3]' opening the note (a line's start or after spaces)
FOOTNOTE_BEFORE = re.compile(r"(?:^|(?<=[ \t\n]))(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\d{1,3}\])[ \t]*$")


class ActorMatcher(DocumentPasses, ContextVocabulary, ActorDiscovery, GenericNames, OwnedBodies, LabelledPeople, ShortForms):
    """Finds actor mentions in a document body; built once per knowledge version."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self._compile_registry(knowledge)
        titles = knowledge.titles
        self._compile_people(titles)
        self._compile_context_words(titles)
        self._compile_organisations(titles)

    def _compile_registry(self, knowledge: Knowledge) -> None:
        """The registry's aliases, metonyms, family names, demonyms and shared names as lookups and patterns."""
        self.by_key: dict[str, RegistryActor] = {}
        self.metonym_keys: set[str] = set()
        for actor in knowledge.actors:
            for alias in actor.aliases:
                self.by_key.setdefault(fold(alias), actor)
            for metonym in actor.metonyms:
                self.by_key.setdefault(fold(metonym), actor)
                self.metonym_keys.add(fold(metonym))
        owned = owned_body_aliases(knowledge)
        governments = {**owned, **metonym_possessive_aliases(knowledge), **state_government_aliases(knowledge),
                       **state_forces_aliases(knowledge)}
        for alias, actor in governments.items():
            self.by_key.setdefault(fold(alias), actor)
        surfaces = sorted({s for a in knowledge.actors for s in (*a.aliases, *a.metonyms)} | set(governments), key=longest_first)
        lower_tail = country_body_aliases(knowledge) | lower_tail_forms(owned) | leader_body_aliases(knowledge)
        titled = titled_surname_aliases(knowledge)
        self.alias_re = PhraseMatcher([_alias_pattern(s, s in lower_tail) + (TITLED_NAME_ENDS if s in titled else "") for s in surfaces],
                                      before=r"(?<![\w\-])", after=r"(?![\w])")
        # the second (third...) state of a hyphenated compound: 'a Japan-India summit', 'US-Japan-Taiwan talks'
        state_surfaces = sorted({s for a in knowledge.actors if a.actor_type == "state" for s in a.aliases if " " not in s},
                                key=longest_first)
        self.compound_state_re = re.compile(r"-(" + "|".join(re.escape(s) for s in state_surfaces) + r")(?![\w])") \
            if state_surfaces else None
        self._body_core_keys = {a: {fold(c) for c in cs} for a, cs in body_core_keys(knowledge).items()}   # names sans owner
        self.family_names: dict[str, list[RegistryActor]] = {}
        for actor in knowledge.actors:
            if actor.actor_type == "person":
                fam = actor.family_name or guess_family_name(actor.name)
                self.family_names.setdefault(fam, []).append(actor)
        self._unique_families = {f for f, actors in self.family_names.items() if len(actors) == 1}
        self._unique_family_re = PhraseMatcher([re.escape(f) for f in sorted(self._unique_families, key=longest_first)],
                                               before=FAMILY_BEFORE, after=FAMILY_AFTER)
        self.demonyms = {d: a.country for a in knowledge.actors for d in a.demonyms if a.country}
        self.generic: dict[str, list[RegistryActor]] = {}
        shared = shared_core_generics(knowledge)   # "Russia's Ministry of Foreign Affairs" shares 'Ministry of Foreign Affairs'
        generic_of = {a.actor_id: [*a.generic_names, *shared.get(a.actor_id, ())] for a in knowledge.actors}
        for actor in knowledge.actors:
            for key in dict.fromkeys(fold(g) for g in generic_of[actor.actor_id]):  # 'Defense'/'Defence' fold alike: once
                self.generic.setdefault(key, []).append(actor)
        generic_surfaces = sorted({g for names in generic_of.values() for g in names}, key=longest_first)
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
        self.owner_descriptions = {k.casefold(): v for k, v in (knowledge.titles.get("owner_descriptions") or {}).items()}
        self.demonym_and_re = demonym_and_pattern(self.demonyms)
        # a state's name (possessive) or demonym owns an embassy: 'China's embassy in Washington'
        self._state_by_country = state_of
        self._mission_owners = {w: state_of[c] for w, c in {**self.state_names, **self.demonyms}.items() if c in state_of}
        self.mission_re = mission_pattern(list(self._mission_owners))
        self._owned_body_bases = owned_body_bases(knowledge.titles)
        self.side_re = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(d) for d in sorted(self.side_states, key=len, reverse=True))
                                  + r")\s+side\b") if self.side_states else None

    def _compile_people(self, titles: dict) -> None:
        """The patterns that introduce a person: titles, appositives, roles, reporting verbs."""
        # a lowercase title opens a sentence capitalised ('Spokeswoman Lin Hsiu-ling said')
        listed = set(titles.get("person_titles", []))
        self._sentence_initial_titles = {t[0].upper() + t[1:] for t in listed if t} - listed
        person_titles = sorted(listed | self._sentence_initial_titles, key=longest_first)
        # the longest title a matched title phrase ends with ('National Security Adviser', not 'Adviser')
        self._title_end_re = re.compile(r"(?<![\w\-])(?:" + literal_alternation(person_titles) + r")$") if person_titles else None
        modifiers = titles.get("title_modifiers", ["former", "late", "then", "acting", "incoming", "outgoing", "retired"])
        self.title_re = re.compile(
            r"(?P<title>(?:(?:" + "|".join(re.escape(m) for m in modifiers) + r")\s+)?"
            r"(?:(?:[A-Z][\w’'\-]*|of|for|and|the)[ \t]+){0,5}?" + literal_alternation(person_titles) + r")"
            rf"[ \t]+(?P<name>{PERSON_NAME})\b") if person_titles else None
        # read only at names right after a title (name_starts.finditer_titled): its title words hold at most this many
        # runs of blanks, the one before the name with them ('former' + five words + the title's own)
        self._title_end_blanks = title_end_pattern(person_titles) if person_titles else None
        self._title_runs, self._longest_title = 7 + blank_runs(modifiers) + blank_runs(person_titles), max(map(len, person_titles), default=0)
        # 'Ambassador to Japan Wu Dawei', 'Minister of Commerce Gao Hucheng': a title, the post's country or portfolio,
        # then the name; the capitalised run is split at its last two words (the name), the rest is the post
        self.title_post_re = re.compile(
            r"(?<![\w\-])(?P<title>" + literal_alternation(person_titles) + r")[ \t]+(?:to|of|for|in)[ \t]+(?:the[ \t]+)?"
            r"(?P<words>[A-Z][\w’'\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'\-]*){2,5})(?![\w’'\-]|[ \t]+[A-Z])") if person_titles else None
        # 'Senator Pemberton': a title and one name; the name is no title, organisation head or registry name
        self._surname_title_re = titled_surname_pattern(titles.get("surname_titles") or [])
        self._kin_before_re, self._kin_given_re = kin_patterns(titles.get("kin_nouns") or [])
        self._kin_core_re = kin_core_pattern(titles.get("kin_nouns") or [])
        self._person_ids = frozenset(a.actor_id for a in self.knowledge.actors if a.actor_type == "person")
        self._not_surnames = {fold(w) for w in (*listed, *(titles.get("organization_heads") or {}),
                                                *(titles.get("title_adjuncts") or ()),
                                                *(t for a in self.knowledge.actors if a.actor_type != "person"
                                                  for t in (*a.aliases, *a.demonyms, *a.metonyms) if " " not in t))}
        given_first = titles.get("given_name_titles") or []   # 'Datuk Seri Mohamad Hasan' is 'Mohamad' after
        self._given_first_re = re.compile(r"(?<![\w'’])(?:" + literal_alternation(given_first) + r")$") if given_first else None
        self._title_folds = {t.casefold() for t in listed}   # an upper-case transcript label's title ('DEPUTY MINISTER')
        # case-insensitive: one lowercase trie (the plain alternation of ~500 titles is slow at every position)
        self.title_words = re.compile(r"\b" + literal_alternation(sorted({t.casefold() for t in listed})) + r"\b", re.IGNORECASE) \
            if listed else re.compile(r"(?!x)x")
        # "Hua Chunying, a spokesperson for the ministry." : the appositive may close the sentence
        self.appositive_re = re.compile(
            rf"(?P<name>{PERSON_NAME})(?:[ \t]*[(（][^()（）\n]{{1,20}}[)）])?,\s+(?:(?:a|an|the|now|then|who\s+is|who\s+was)\s+)?(?P<role>(?:[^,.;“”]|{ABBREVIATION_DOT}){{3,120}}?)(?:,|\.(?!\w))")
        # "Taiwan's top trade negotiator, John Deng, said": a role, a comma, then the name between commas;
        # the role's body may be an owner's and lower case ('a spokesman for China's foreign ministry, Kong Quan,')
        self.role_before_re = re.compile(r"\b" + literal_alternation(sorted({t.casefold() for t in listed}))
                                         + r"(?:[ \t]+(?:to|of|for|at|in)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]*[’']s[ \t]+)?"
                                         r"[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){0,6})?,[ \t]+$",
                                         re.IGNORECASE) if listed else None
        # the name may carry its native script in brackets ('the captain, Lin Chin-fa (林進發), refused')
        self.comma_name_re = re.compile(rf"(?<=,[ \t])(?P<name>{PERSON_NAME})(?=[ \t]*(?:[(（][^()（）\n]{{1,20}}[)）][ \t]*)?,)")
        # "said Grant Newsham" / "Grant Newsham said": a person introduced by a reporting verb alone
        said = "said|says|told|added|noted|wrote|warned|argued|explained|stressed|insisted|recalled|observed"
        # ... or by the one who leads what the sentence names: 'a group headed by Takeo Hiranuma', 'led by Wang Ting'
        leads = r"(?:led|headed|chaired|co-chaired|founded|hosted)[ \t]+by"
        self.reported_person_re = re.compile(
            rf"(?<![\w’'])(?:{said}|{leads})[ \t]+(?P<after>{PERSON_NAME})(?=[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?[A-Z]|(?![ \t]*[A-Z\w’'\-]))|"
            rf"(?<![\w.’'\-])(?P<before>{PERSON_NAME})[ \t]+(?:{said})\b")
        # where its first branch can start (its second opens with a name: name_starts.py); read at these offsets and the
        # names' alone, as discover does, it gives the matches of a scan of every offset
        self.reported_verb_at = re.compile(rf"(?<![\w’'])(?:{said}|{leads})")
        # ... the same without its lookbehind, read by actor_gates.starts_not_after (re skips to the verbs' letters)
        self._reported_verb_words = re.compile(rf"(?:{said}|{leads})")

    # -- registry ---------------------------------------------------------------------------
    def registry_mentions(self, text: str, start: int, end: int, places: list | None = None) -> list[Mention]:
        """Registry aliases and metonyms; the spans of seat-of-government buildings named as places
        ('at the White House') are appended to places, when given."""
        out = []
        clashes = self._clash_folds
        clash_memo: dict[str, bool] = {}

        def clashing(key: str) -> bool:   # clashing_acronyms' test, read lazily for one key and memoised per document
            hit = clash_memo.get(key)
            if hit is None:
                hit = clash_memo[key] = any(p.search(text, start, end) is not None for p in clashes[key])
            return hit
        defined = self._defined_acronyms(text, start, end)
        for m in self.alias_re.finditer(text, start, end):
            # (the match's span, surface and its actor's type read once: ~20k matches per 300 articles, each read by ~15 checks)
            ms, me, surface = m.start(), m.end(), m.group(0)
            key = fold(surface)
            actor = defined.get(surface) or self.by_key.get(key)   # 'the Armed Forces of the Philippines (AFP)': its AFP here
            if actor is None or (key in clashes and surface.isupper() and clashing(key)):
                continue   # 'TPP' in a document about the Trans-Pacific Partnership is not the Taiwan People's Party
            kind = actor.actor_type
            if is_credit(text, ms, me, media="media" in (kind, getattr(self.by_key.get(key), "actor_type", None))) \
                    or kind == "media" and closing_credit(text, ms, me):
                continue   # '(Photo: Cabinet Public Affairs Office)', 'Sam Yeh/AFP', '... Office. (中央社)': a credit
            if self.naming_after_re is not None and self.naming_after_re.match(text, me):
                continue   # 'the Chatham House rule'
            if kind == "international_org" and (names_meeting(text, ms, me, self.event_after_re) or kind_of_body(text, ms, me)):
                continue   # 'the APEC summit', 'the 78th session of the United Nations General Assembly': its meeting, an event;
                #            "an 'Asian NATO'": a body of that kind
            if committee_in_role(text, ms, surface):
                continue   # 'who chairs the Foreign and National Defense Committee': part of a role
            if kind == "media" and FOOTNOTE_BEFORE.search(text, max(0, ms - 8), ms) \
                    and text.startswith(",", me):
                continue  # '¹ Xinhua, 1 September 2016.', '[2] Focus Taiwan, ...': a note citing its source, no actor
            if kind == "media" and DATELINE_AFTER.match(text, me) and not SPEAKER_LABEL_BEFORE.search(text, max(0, ms - 20), ms) \
                    and DATELINE_BEFORE.search(text[max(0, text.rfind("\n", 0, ms) + 1, ms - 60):ms]):
                continue
            if key in self.seat_keys and LOCATIVE_BEFORE.search(text, max(0, ms - 20), ms):
                if places is not None:
                    places.append((ms, me))
                continue  # 'met Lai at the Presidential Office', 'outside the White House': the building, a place
            if kind not in ("state", "person", "media") and building_of(text, ms):
                continue  # 'in a building of the House of Representatives': the building (a venue body itself is an actor)
            if kind == "state" and self.place_after_re is not None and self.place_after_re.match(text, me) \
                    or kind == "military" and names_facility(text, me):
                continue  # 'the Taiwan Strait', 'the Japan Sea', 'Marine Corps Air Station Futenma': part of a place name
            if self.modifier_after_re is not None and surface.split()[-1][:1].islower() and self.modifier_after_re.match(text, me):
                continue  # 'Chinese military activity', "Japan's military agenda": a descriptive name modifying a noun
            if surface.endswith(" military") and self.military_modifier_re is not None \
                    and self.military_modifier_re.match(text, me):
                continue  # 'Chinese military aircraft', 'US military personnel': an adjective, no mention of the body
            if surface.split()[-1][:1].islower() and QUANTIFIER_BEFORE.search(text, max(0, ms - 14), ms):
                continue  # 'no Japanese cabinet has claimed', 'any Chinese government': a kind of body, none named
            if kind == "state" and self.state_asset_re is not None and self.state_asset_re.match(text, me):
                continue  # 'U.S. bases', 'the New Zealand supply ship': the name describes what the state has
            if kind == "state" and ALLIANCE_COMPOUND_AFTER.match(text, me):
                continue  # 'the Japan-U.S. alliance', 'the US-Japan security alliance': the alliance (a platform), not the states
            if kind == "state" and (state_as_place(text, ms, me) or between_places(
                    text, ms, me, is_actor=lambda name: fold(name) in self.by_key)):
                continue  # 'east of Taiwan', 'from Japan to Indonesia', 'in Gyeongju, South Korea', 'the channel between
                #           Taiwan and the Philippines': a place
            if kind == "state" and (STATE_AS_TOPIC_AFTER.match(text, me) or state_as_topic_before(text, ms)
                                    or state_reads_as_place_or_topic(text, ms, me)):
                continue  # 'the Taiwan question', 'its position on Taiwan', 'the issue of North Korea': the subject matter,
                #           not the state acting; 'across Guam, Palau and ...': a list of places
            if kind == "state" and (opens_document_name(text, me, ms) or one_state_formula(text, ms, me)):
                continue  # 'the U.S. Taiwan Relations Act', 'its One China policy': a word of a law's or formula's name
            if kind == "state" and ((key in self.metonym_keys and after_motion_verb(text, ms))
                                                or coordinated_adjective(text, ms, me, self.demonym_and_re)):
                continue  # 'flew to Manila': a place (not a state's name: 'avoid travelling to Japan' may be a target);
                #           'Australian and New Zealand vessels': an adjective
            if key in self.metonym_keys:
                if PLACE_BEFORE.search(text[max(0, ms - 12):ms]) or _followed_by_noun(text, me):
                    continue
                out.append(Mention(ms, me, surface, actor.actor_id, "metonym", 0.8))
            else:
                out.append(Mention(ms, me, surface, actor.actor_id, "alias", 0.95))
            if kind == "state":
                out += self._compound_states(text, out[-1].end, end)
        return out

    def _compound_states(self, text: str, at: int, end: int) -> list[Mention]:
        """The second (third...) states of a hyphenated compound right after a state's name at `at` ('-India summit')."""
        out = []
        while self.compound_state_re is not None:
            nxt = self.compound_state_re.match(text, at, end)
            second = self.by_key.get(fold(nxt.group(1))) if nxt else None
            if second is None or second.actor_type != "state":
                break
            out.append(Mention(nxt.start(1), nxt.end(1), nxt.group(1), second.actor_id, "alias", 0.9))
            at = out[-1].end
        return out

    def _defined_acronyms(self, text: str, start: int, end: int) -> dict:
        """Acronyms the document defines for a registered actor: '<alias> (<ACRONYM>)' ('the Armed Forces of the
        Philippines (AFP)'); there the acronym is that actor's, whichever actor the registry files it under."""
        out = {}
        for b_start, acronym in bracket_acronyms(text, start, end):   # (DEFINED_ACRONYM's matches, read at each '(')
            m = self.alias_re.search(text, max(start, b_start - 80), b_start)
            while m is not None and m.end() < b_start:
                m = self.alias_re.search(text, m.end(), b_start)
            actor = self.by_key.get(fold(m.group(0))) if m is not None else None
            if actor is not None and actor.actor_type != "person" and acronym != m.group(0):
                out.setdefault(acronym, actor)
        return out

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

    def _is_owner_body(self, actor_id: str) -> bool:
        actor = self.knowledge.actors_by_id.get(actor_id)
        return actor is not None and actor.actor_type in ("state", "international_org")

    def _is_state(self, actor_id: str) -> bool:
        actor = self.knowledge.actors_by_id.get(actor_id)
        return actor is not None and actor.actor_type == "state"

    # -- a whole document -------------------------------------------------------------------
    def find(self, text: str, start: int, end: int,
             excluded: list[tuple[int, int]] = ()) -> tuple[list[Mention], dict[str, DiscoveredActor]]:
        """All mentions in text[start:end] (outside excluded spans), in order, without overlaps."""
        page, text = text, unwrapped(text, start, end)   # 'Prime Minister Ryutaro\nHashimoto' in a hard-wrapped body
        places: list[tuple[int, int]] = []
        if excluded:   # a round-up's name and role lines set as headings still introduce its speakers
            labels = roundup_label_lines(text, start, end, self.title_words)
            excluded = [x for x in excluded if not any(x[0] < e and s < x[1] for s, e in labels)] if labels else excluded
        registry = self.registry_mentions(text, start, end, places)
        excluded_spans = SpanSet([*excluded, *places])   # buildings named as places are closed to discovery too

        def outside(s, e):
            return not excluded_spans.overlaps(s, e)

        taken: list[Mention] = [m for m in registry if outside(m.start, m.end)]
        shared = [m for m in self.generic_mentions(text, start, end, taken) if outside(m.start, m.end)]
        # a shared name that won over a shorter registry name inside it ('National Security Council') replaces it
        taken = [m for m in taken if not any(g.start <= m.start and m.end <= g.end for g in shared)] + shared
        taken += [m for m in self.side_mentions(text, start, end, taken) if outside(m.start, m.end)]
        discovered: dict[str, DiscoveredActor] = {}
        taken = self._missions(text, start, end, taken, discovered, outside)
        taken = self._owned_bodies(text, start, end, taken, discovered, outside)   # "Singapore's Ministry of Foreign Affairs"
        taken_spans = SpanSet((m.start, m.end) for m in taken)  # registry and generic matches never overlap
        for s, e, actor in self.discover(text, start, end):
            if not outside(s, e) or hyphen_fragment(text, s) or is_credit(text, s, e, media=False) or committee_in_role(text, s, actor.name) \
                    or subunit_in_title(text, s, actor.name, self.subunit_title_res) \
                    or (actor.actor_type not in ("person", "media") and building_of(text, s)):
                continue
            if actor.actor_type == "military" and INDEFINITE_BEFORE.search(text, max(start, s - 4), s) and KIND_END_AFTER.match(text, e):
                continue   # 'convert the regiment into a Marine Littoral Regiment': a kind of unit, none named
            if taken_spans.overlaps(s, e):
                inside = [m for m in taken if m.start < e and s < m.end]
                # 'the Japan Institute for Peace Studies', 'the Japan-Canada Friendship League': states as the first word of an organisation's name
                # ... or, after a head word opening the name, the state or organisation it belongs to or is sent to
                # ('the Mission of the People's Republic of China to the European Union')
                opens = self._head_first_open.match(actor.name) is not None
                if actor.actor_type == "person" or not inside or len(actor.name.split()) < 3 or not all(
                        s <= m.start and m.end <= e and ((self._state_opens_name(actor, s, e, m))
                                                         or (opens and self._is_owner_body(m.actor_id))) for m in inside):
                    continue
                taken = [m for m in taken if m not in inside]
                taken_spans = SpanSet((m.start, m.end) for m in taken)
            body = self._named_body_before(actor, s, taken)
            if body is not None:   # 'Japan's Finance Ministry ... the Finance Ministry said': the body named before
                taken_spans.add(s, e)
                taken.append(Mention(s, e, text[s:e], body, "short_form", 0.7))
                continue
            known = discovered.setdefault(fold(actor.name), actor)
            known.aliases.add(text[s:e])
            taken_spans.add(s, e)
            taken.append(Mention(s, e, text[s:e], known.actor_id, "discovered", 0.75 if actor.actor_type == "person" else 0.7))
        taken = self._masthead_outlets(text, start, end, taken, discovered, outside)
        taken = self._record_speakers(text, start, end, taken, discovered, outside)
        front = self._front_people(text, start, taken, discovered)
        taken = self._caps_label_mentions(text, start, end, taken, discovered, outside, front=front)
        taken = self._family_first_mentions(text, start, end, taken, discovered, outside)
        taken.sort(key=lambda m: m.start)
        taken = self._short_forms(text, start, end, taken, discovered, outside, front=front)
        taken = titled_surname_people(text, start, end, self._surname_title_re, taken=taken, discovered=discovered,
                                      outside=outside, not_names=self._not_surnames, person_ids=self._person_ids)
        for d in front:   # a person of the front matter the body names by family name is the document's actor
            if any(m.actor_id == d.actor_id for m in taken):
                discovered.setdefault(fold(d.name), d).aliases.update(m.text for m in taken if m.actor_id == d.actor_id)
        taken = [self._leader_government(text, m) or m for m in taken]   # 'the Kishida government': Japan
        taken += [m for m in self.owned_body_mentions(text, start, end, taken) if outside(m.start, m.end)]   # "Abe's cabinet"
        taken = sorted(self._without_destination_states(text, taken), key=lambda m: (m.start, m.end))
        return (taken if page is text else with_page_text(taken, page)), discovered   # a mention's text is the page's slice

