"""Aliases derived from the registry when the matcher is built, beyond those actors.yaml lists: a state body's
country-word name with its nouns in lower case, '<demonym> government' for every state, "<capital>'s <body>" for
"<state>'s <body>", and which person aliases are a title plus a family name. Apart from actor_contexts.py because
they read the knowledge once (registry in, alias set out) instead of judging a mention's context in a text."""

# the last word of a state body's descriptive name, written in lower case as often ('China's commerce ministry')
BODY_WORDS = frozenset("ministry agency office council administration bureau department embassy consulate commission "
                       "guard navy army force forces military command corps marines legislature parliament".split())


def country_body_aliases(knowledge) -> set[str]:
    """Aliases of state bodies made of a country word and common nouns ('Chinese Commerce Ministry',
    "Japan's Defense Ministry", 'Japan Coast Guard'): they match with the nouns in lower case too."""
    country_words = {w for a in knowledge.actors if a.actor_type == "state" for w in (*a.aliases, *a.demonyms)}
    country_words |= {f"{w}'s" for w in country_words}
    out = set()
    for a in knowledge.actors:
        if a.actor_type not in ("government_body", "military", "legislature"):
            continue
        for alias in a.aliases:
            words = alias.split()
            if len(words) >= 2 and words[0] in country_words and words[-1].casefold() in BODY_WORDS \
                    and all(w[:1].isupper() for w in words[1:]):
                out.add(alias)
    return out


def state_government_aliases(knowledge) -> dict[str, object]:
    """'the Philippine government', 'the South Korean Government': a state and its government are one actor, so a
    demonym before 'government' names the state, for every registered state (aliases list only a few)."""
    taken = {a for actor in knowledge.actors for a in actor.aliases}
    return {f"{d} {noun}": actor for actor in knowledge.actors if actor.actor_type == "state"
            for d in actor.demonyms if d[:1].isupper() for noun in ("government", "Government")
            if f"{d} {noun}" not in taken}


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
