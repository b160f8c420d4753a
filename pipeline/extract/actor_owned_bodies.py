"""A state's ministry the registry lacks: "Singapore's Ministry of Foreign Affairs", 'the Singaporean Foreign Ministry',
'the Ministry of Defence of Singapore'. The shared name ('Foreign Ministry') has registry actors of other countries
only; the owner the mention names says whose it is, so the body is discovered as that state's (its canonical name
built from the lexicon's base and the state's name, its country the state's), never merged into another country's.
A mixin of ActorMatcher (it reads the matcher's generic_re, generic, country_cue and state tables)."""
from pipeline.extract.names import DiscoveredActor, Mention, fold, slugify


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
            country = self.country_cue(text[max(start, m.start() - 30):m.start()], text[m.end():m.end() + 25])
            state = self._state_by_country.get(country) if country else None
            if state is None or any(a.country == country for a in self.generic.get(fold(m.group(0)), [])):
                continue   # no owner named, or one whose body the registry holds (generic_mentions resolved or dropped it)
            name = f"{base} of {state.name}"
            known = discovered.setdefault(fold(name), DiscoveredActor(slugify(name), name, "government_body", country, None, None, set()))
            known.aliases.add(m.group(0))
            added.append(Mention(m.start(), m.end(), m.group(0), known.actor_id, "discovered", 0.7))
        return sorted([*taken, *added], key=lambda x: x.start) if added else taken
