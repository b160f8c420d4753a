"""Aliases derived from the registry when the matcher is built, beyond those actors.yaml lists: a state body's
country-word name with its nouns in lower case, '<demonym> government' for every state, "<capital>'s <body>" for
"<state>'s <body>", and which person aliases are a title plus a family name. Apart from actor_contexts.py because
they read the knowledge once (registry in, alias set out) instead of judging a mention's context in a text."""
import re


def _words(knowledge, key: str) -> frozenset[str]:
    """A word list of seeds/lexicons/vocabulary.yaml as a set (empty when the knowledge has none)."""
    return frozenset(str(w) for w in (getattr(knowledge, "vocabulary", None) or {}).get(key) or ())


def body_words(knowledge) -> frozenset[str]:
    """The last words of a state body's descriptive name, written in lower case as often ('China's commerce
    ministry'): vocabulary.yaml body_words."""
    return _words(knowledge, "body_words")


def country_body_aliases(knowledge) -> set[str]:
    """Aliases of state bodies made of a country word and common nouns ('Chinese Commerce Ministry',
    "Japan's Defense Ministry", 'Japan Coast Guard'): they match with the nouns in lower case too."""
    country_words = {w for a in knowledge.actors if a.actor_type == "state" for w in (*a.aliases, *a.demonyms)}
    country_words |= {f"{w}'s" for w in country_words}
    bodies = body_words(knowledge)
    out = set()
    for a in knowledge.actors:
        if a.actor_type not in ("government_body", "military", "legislature"):
            continue
        for alias in a.aliases:
            words = alias.split()
            if len(words) >= 2 and words[0] in country_words and words[-1].casefold() in bodies \
                    and all(w[:1].isupper() for w in words[1:]):
                out.add(alias)
    return out


def leader_body_aliases(knowledge) -> set[str]:
    """Aliases of a body named after the leader heading it ('Koizumi Cabinet', 'Kishida Cabinet'): the body's noun is
    written in lower case as often ('the Koizumi cabinet')."""
    families = {a.family_name or a.name.split()[-1] for a in knowledge.actors if a.actor_type == "person"}
    bodies = body_words(knowledge)
    return {alias for a in knowledge.actors if a.actor_type in OWNED_TYPES for alias in a.aliases
            if len(alias.split()) == 2 and alias.split()[0] in families and alias.split()[1].casefold() in bodies}


def state_government_aliases(knowledge) -> dict[str, object]:
    """'the Philippine government', 'the South Korean Government': a state and its government are one actor, so a
    demonym before 'government' names the state, for every registered state (aliases list only a few)."""
    taken = {a for actor in knowledge.actors for a in actor.aliases}
    return {f"{d} {noun}": actor for actor in knowledge.actors if actor.actor_type == "state"
            for d in actor.demonyms if d[:1].isupper() for noun in ("government", "Government")
            if f"{d} {noun}" not in taken}



def state_forces_aliases(knowledge) -> dict[str, object]:
    """'Japanese forces', 'Chinese forces': "<demonym> forces" used as a noun names the state's armed forces (GUIDELINES,
    Actors), the registry's one military body that "<demonym> military" or "<demonym> armed forces" names."""
    demonyms = {a.country: [d for d in a.demonyms if d[:1].isupper()] for a in knowledge.actors
                if a.actor_type == "state" and a.country}
    taken = {a.casefold() for actor in knowledge.actors for a in actor.aliases}
    owners: dict[str, list] = {}
    for actor in knowledge.actors:
        dems = demonyms.get(actor.country, [])
        if actor.actor_type == "military" and any(
                f"{d} {noun}" in actor.aliases for d in dems for noun in ("military", "armed forces", "Armed Forces")):
            owners.setdefault(actor.country, []).append(actor)
    return {f"{d} forces": actors[0] for country, actors in owners.items() if len(actors) == 1
            for d in demonyms[country] if f"{d} forces".casefold() not in taken}


# 'President Tsai' is an alias, but in 'President Tsai Ing-wen' the full name follows: the title and surname are then
# no mention of their own (the full-name alias, starting at the surname, is)
TITLED_NAME_ENDS = r"(?![ \t]+[A-Z][a-z]|-[a-z])"


def titled_surname_aliases(knowledge) -> set[str]:
    """Person aliases made of a title (titles.yaml person_titles) and the person's family name ('President Tsai',
    'Defense Minister Koizumi')."""
    titles = set(knowledge.titles.get("person_titles") or [])
    return {a for actor in knowledge.actors if actor.actor_type == "person" and actor.family_name
            for a in actor.aliases if a.endswith(" " + actor.family_name) and a[:-len(actor.family_name) - 1] in titles}


def metonym_possessive_aliases(knowledge) -> dict[str, object]:
    """"Taipei's military", "Beijing's foreign ministry": a registry alias opened by a state's possessive ("Taiwan's military")
    is as much the actor's name with the possessive of the state's capital (its metonym, standing for the government)."""
    states = {alias: actor for actor in knowledge.actors if actor.actor_type == "state" and actor.metonyms for alias in actor.aliases}
    taken = {a for actor in knowledge.actors for a in (*actor.aliases, *actor.metonyms)}
    out = {}
    for actor in knowledge.actors:
        if actor.actor_type == "state":
            continue
        for alias in actor.aliases:
            owner, sep, rest = alias.partition("'s ")
            if sep and owner in states:
                for metonym in states[owner].metonyms:
                    if metonym.isascii() and f"{metonym}'s {rest}" not in taken:
                        out.setdefault(f"{metonym}'s {rest}", actor)
    return out


def one_word_cores(knowledge) -> frozenset[str]:
    """One-word cores a country's body is named by after its owner ("Japan's Cabinet", 'the Chinese navy'): the body
    words and vocabulary.yaml one_word_cores."""
    return body_words(knowledge) | _words(knowledge, "one_word_cores")


OWNED_TYPES = ("government_body", "military", "legislature")
# a state's alias that is a description or a former name, not what a paper writes before a body ('Communist China')
NOT_COUNTRY_WORD = re.compile(r"overnment|[(.]|^(?:State|Communist|Government)\b")
# a core naming a post abroad ('Embassy in Tokyo') or a unit's place ('Forces, Japan') keeps its owner first
NOT_CORE = re.compile(r"[,'’]|\b(?:in|at|to)\b")


def _country_words(state) -> list[str]:
    """A state's names a newspaper puts before or after a body's name: its name and short aliases, no 'government'."""
    return [w for w in dict.fromkeys((state.name, *state.aliases)) if w.isascii() and not NOT_COUNTRY_WORD.search(w)
            and len(w.split()) <= 4 and w[:1].isupper() and all(t[:1].isupper() or t in ("of", "the") for t in w.split())]


def _body_cores(actor, words: list[str], one_word: frozenset[str]) -> set[str]:
    """The body's name without its owner: 'Presidential Office of Taiwan', "Japan's Coast Guard", 'Japan Coast Guard'
    all give the core ('Presidential Office', 'Coast Guard'); an alias naming no owner gives none. one_word: the
    one-word cores (one_word_cores)."""
    cores = set()
    owners = sorted(words, key=len, reverse=True)
    for alias in (actor.name, *actor.aliases):
        if not alias.isascii():
            continue
        alias = alias.split(" (")[0]
        for w in owners:
            for pre, post in ((f"{w}'s ", ""), (f"{w} ", ""), ("", f" of {w}"), ("", f" of the {w}")):
                if pre and alias.startswith(pre) or post and alias.endswith(post):
                    core = alias[len(pre):len(alias) - len(post)]
                    if core[:1].isupper() and (len(core.split()) >= 2 or core.casefold() in one_word) \
                            and not NOT_CORE.search(core):
                        cores.add(core)
                    break
            else:
                continue
            break
    return cores


def lower_tail_forms(owned: dict[str, object]) -> set[str]:
    """The owned forms whose nouns may be lower case ('the Japanese coast guard'); a one-word plural core keeps its
    capital ('American marines' are soldiers, 'the American Marines' the corps)."""
    return {f for f in owned if not (f.endswith("s") and " " not in _core_of(f))}


def _core_of(form: str) -> str:
    return form.split(" of ")[0] if " of " in form and not form.split(" of ")[0].endswith(("'s", "'")) \
        else form.split(" ", 1)[1] if "'" not in form else form.split("' ", 1)[-1].split("'s ", 1)[-1]


def owned_body_aliases(knowledge) -> dict[str, object]:
    """The forms a newspaper names a state's registered body by, from the body's name without its owner (its core)
    and each name and demonym of its state: "<country>'s <core>", '<demonym> <core>', '<core> of <country>' ("Japan's
    Cabinet Office", 'the Taiwanese Coast Guard Administration', 'the Ministry of Foreign Affairs of Japan').
    A form two bodies would share, or that an actor already has, is left out."""
    states = {a.country: a for a in knowledge.actors if a.actor_type == "state" and a.country}
    one_word = one_word_cores(knowledge)
    taken = {a for actor in knowledge.actors for a in (*actor.aliases, *actor.metonyms)}
    out: dict[str, object] = {}
    clashes: set[str] = set()
    for actor in knowledge.actors:
        state = states.get(actor.country)
        if actor.actor_type not in OWNED_TYPES or state is None:
            continue
        words = _country_words(state)
        demonyms = [d for d in state.demonyms if d.isascii() and d[:1].isupper() and d not in words]
        for core in _body_cores(actor, [*words, *demonyms], one_word):
            forms = {f"{w}'s {core}" for w in words} | {f"{w}' {core}" for w in words if w.endswith("s")} \
                | {f"{core} of {w}" for w in words} | {f"{core} of the {w}" for w in words if " " in w or w.endswith("s")} \
                | {f"{d} {core}" for d in demonyms}
            for form in forms - taken:
                if out.setdefault(form, actor) is not actor:
                    clashes.add(form)
    return {f: a for f, a in out.items() if f not in clashes}


def shared_core_generics(knowledge) -> dict[str, list[str]]:
    """A registered body's name without its owner ('Ministry of Foreign Affairs' of Russia's, 'Ministry of Defence' of
    the UK's) is a shared name like the generic names other bodies of its type list: after 'Russia's Ministry of Foreign
    Affairs', 'the Ministry of Foreign Affairs' is Russia's by the same country cues. Only cores the registry already
    lists as some body's generic name are shared: a core naming one body alone stays the actor's own."""
    states = {a.country: a for a in knowledge.actors if a.actor_type == "state" and a.country}
    one_word = one_word_cores(knowledge)
    listed: dict[str, set[str]] = {}
    for actor in knowledge.actors:
        for g in actor.generic_names:
            listed.setdefault(actor.actor_type, set()).add(g.casefold())
    out: dict[str, list[str]] = {}
    for actor in knowledge.actors:
        state = states.get(actor.country)
        if actor.actor_type not in OWNED_TYPES or state is None or actor.generic_names:
            continue   # a body listing generic names has them chosen ('Ministry of National Defense', not '... of Defense')
        words = _country_words(state)
        demonyms = [d for d in state.demonyms if d.isascii() and d[:1].isupper() and d not in words]
        cores = sorted(c for c in _body_cores(actor, [*words, *demonyms], one_word)   # one word ('Navy') too loose to share
                       if " " in c and c.casefold() in listed.get(actor.actor_type, set()))
        if cores:
            out[actor.actor_id] = cores
    return out


def body_core_keys(knowledge) -> dict[str, set[str]]:
    """Each registered state body's names without their owner, folded ('finance ministry', 'ministry of finance' of the
    Ministry of Finance of Japan): after the full name, the bare core refers back to it."""
    states = {a.country: a for a in knowledge.actors if a.actor_type == "state" and a.country}
    one_word = one_word_cores(knowledge)
    out: dict[str, set[str]] = {}
    for actor in knowledge.actors:
        state = states.get(actor.country)
        if actor.actor_type in OWNED_TYPES and state is not None:
            words = _country_words(state)
            cores = _body_cores(actor, [*words, *(d for d in state.demonyms if d.isascii() and d[:1].isupper())], one_word)
            if cores:
                out[actor.actor_id] = {c.casefold() for c in cores if " " in c}
    return out
