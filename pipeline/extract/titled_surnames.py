"""People named by a title and one name only ('Senator Pemberton said', 'Foreign Minister Sugiono'): when nothing else
in the document names them, the title and name are a discovered person '<title> <name>' (GUIDELINES Actors: any named
agent is an actor). The titles are data (seeds/lexicons/titles.yaml surname_titles)."""
import re

from pipeline.extract.names import NOT_NAME_WORDS, DiscoveredActor, Mention, fold, slugify
from pipeline.extract.spans import SpanSet

# the name: one capitalised word (a hyphenated one too), not the first of a longer name nor of an organisation's
NAME = r"[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?"
NOT_LONGER_AFTER = r"(?![\w\-]|[ \t]+(?:[A-Z]|of[ \t]+[A-Z]|&))"
MONTHS_AND_DAYS = frozenset("January February March April May June July August September October November December "
                            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def titled_surname_pattern(titles) -> re.Pattern | None:
    """'<title> <Name>' for the listed titles, longest first, the title opening a word."""
    if not titles:
        return None
    alternation = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-.])(?P<title>{alternation})[ \t]+(?P<name>{NAME})(?=[’']s\b|{NOT_LONGER_AFTER})")


def titled_surname_people(text: str, start: int, end: int, pattern, *, taken: list[Mention],
                          discovered: dict, outside, not_names, person_ids=frozenset()) -> list[Mention]:
    """The title-and-name mentions no other mention covers: the person whose full name in the document holds the name
    ('President Lula' after 'Luiz Inácio Lula da Silva'), else a discovered person (one per '<title> <name>').
    person_ids: the registry's people."""
    if pattern is None:
        return taken
    spans = SpanSet((m.start, m.end) for m in taken)
    out = list(taken)
    people = {d.actor_id for d in discovered.values() if d.actor_type == "person"} | set(person_ids)
    named_by_word: dict[str, set[str]] = {}   # 'Lula' of 'Luiz Inácio Lula da Silva': a word of a full name it names
    for x in taken:
        if x.actor_id in people and len(x.text.split()) > 1:
            for w in x.text.split():
                named_by_word.setdefault(w, set()).add(x.actor_id)
    for m in pattern.finditer(text, start, end):
        name = m.group("name")
        if not outside(m.start(), m.end()) or spans.overlaps(m.start(), m.end()) or name in NOT_NAME_WORDS \
                or name in MONTHS_AND_DAYS or fold(name) in not_names:
            continue   # 'General Assembly', 'Secretary General', 'President Monday': no person's name
        surface = m.group(0)
        if name in named_by_word:   # the person the document names in full, when one; else no new person
            if len(named_by_word[name]) == 1:
                out.append(Mention(m.start(), m.end(), surface, next(iter(named_by_word[name])), "short_form", 0.65))
                spans.add(m.start(), m.end())
            continue
        known = discovered.setdefault(fold(surface), DiscoveredActor(slugify(surface), surface, "person", None, None, name, set()))
        known.aliases.add(surface)
        out.append(Mention(m.start(), m.end(), surface, known.actor_id, "discovered", 0.65))
        spans.add(m.start(), m.end())
    return sorted(out, key=lambda x: x.start)
