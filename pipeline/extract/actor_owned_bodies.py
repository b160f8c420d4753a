"""A state's ministry the registry lacks: "Singapore's Ministry of Foreign Affairs", 'the Ministry of
Defence of Singapore'. The shared name ('Foreign Ministry') has registry actors of other countries
only; the owner the mention names says whose it is, so the body is discovered as that state's (its canonical name
built from the lexicon's base and the state's name, its country the state's), never merged into another country's.
A mixin of ActorMatcher (it reads the matcher's generic_re, generic and state tables)."""
import re

from pipeline.extract.names import DiscoveredActor, Mention, fold, slugify

# the state owning the name: "Singapore's" right before it, or 'of (the) Singapore' right after it (a demonym before it,
# 'the Malaysian Foreign Ministry', is left to discovery, which takes the whole name as the body's)
STATE_POSSESSIVE_BEFORE = re.compile(r"(?<![\w.\-])((?:[A-Z][\w.\-]*[ \t]+){0,2}[A-Z][\w.\-]*)[’']s[ \t]+$")
STATE_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w.\-]*[ \t]+){0,2}[A-Z][\w.\-]*)")


def owned_body_bases(titles: dict) -> dict[str, str]:
    """fold(shared name) -> the canonical base of a state's body of that name (titles.yaml owned_body_bases)."""
    return {fold(k): v for k, v in (titles.get("owned_body_bases") or {}).items()}


class OwnedBodies:
    """Mixin of ActorMatcher: discovers the ministries of registered states that the registry does not hold."""

    def _owned_bodies(self, text: str, start: int, end: int, taken: list[Mention], discovered: dict, outside) -> list[Mention]:
        bases = self._owned_body_bases
        if not bases or self.generic_re is None:
            return taken
        added = []
        for m in self.generic_re.finditer(text, start, end):
            base = bases.get(fold(m.group(0)))
            if base is None or not outside(m.start(), m.end()) \
                    or any(m.start() < x.end and x.start < m.end() for x in taken):
                continue
            country = owner_country(text, start, m.start(), m.end(), self.state_names)
            state = self._state_by_country.get(country) if country else None
            if state is None or any(a.country == country for a in self.generic.get(fold(m.group(0)), [])):
                continue   # no owner named, or one whose body the registry holds (generic_mentions resolved or dropped it)
            if "efence" in m.group(0):
                base = base.replace("Defense", "Defence")   # the writer's spelling ('Russia's Ministry of Defence')
            name = f"{base} of {state.name}"
            known = discovered.setdefault(fold(name), DiscoveredActor(slugify(name), name, "government_body", country, None, None, set()))
            known.aliases.add(m.group(0))
            added.append(Mention(m.start(), m.end(), m.group(0), known.actor_id, "discovered", 0.7))
        return sorted([*taken, *added], key=lambda x: x.start) if added else taken


def owner_country(text: str, start: int, at: int, end: int, state_names: dict) -> str | None:
    """The country of the state named as the owner of the name at text[at:end]: by its possessive right before
    ("Singapore's") or by 'of <state>' right after; None otherwise."""
    before = STATE_POSSESSIVE_BEFORE.search(text, max(start, at - 40), at)
    if before is not None:
        words = before.group(1).split()
        for i in range(len(words)):   # the longest tail that is a state's name ('the Republic of Singapore's')
            if " ".join(words[i:]) in state_names:
                return state_names[" ".join(words[i:])]
    after = STATE_OF_AFTER.match(text, end)
    return state_names.get(after.group(1)) if after is not None else None
