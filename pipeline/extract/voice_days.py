"""A spokesperson continuing the act of the state or body they speak for (dates18; GUIDELINES, Dates, 'Acts around a
dated occasion': the actor of a dated act continuing the same occasion takes its date, 'a spokesperson for the body
that acted' included): 'China on Wednesday announced countermeasures ... Foreign Ministry spokesperson Guo said at a
regular press briefing that ...' dates Guo's words with China's Wednesday. Pure functions over the document text."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# the title right before the name ('Foreign Ministry spokesperson Guo Jiakun', 'spokesman Jeff Liu (劉永健)') or the
# apposition right after it ('Mao Ning, a spokeswoman for the ministry,', 'Lin, a Chinese foreign ministry spokesman,')
VOICE_BEFORE = re.compile(r"\bspokes(?:person|man|woman)\s+(?:[A-Z][\w\-’']*\s+){0,2}$", re.IGNORECASE)
VOICE_AFTER = re.compile(r",\s+(?:a|the|its|their|(?:[A-Z][\w\-’']*\s+){1,3})\s*(?:\w+\s+){0,3}spokes(?:person|man|woman)\b")


def speaks_for_another(text: str, mention_starts: Iterable[tuple[int, int]]) -> bool:
    """True when one of the (start, end) mentions of the actor is titled a spokesperson."""
    return any(VOICE_BEFORE.search(text, max(0, a - 80), a) or VOICE_AFTER.match(text, b) for a, b in mention_starts)


def voice_day_actors(subject: str, days: dict, *, country_of: Callable[[str], str | None],
                     type_of: Callable[[str], str | None]) -> list[str]:
    """The dated actors a spokesperson subject may speak for: the states and government bodies of the subject's
    country the narrative dated (most recent first); [] when the subject's country is unknown."""
    country = country_of(subject)
    if country is None:
        return []
    voiced = [a for a in days if a != subject and country_of(a) == country and type_of(a) in ("state", "government_body")]
    return sorted(voiced, key=lambda a: -days[a][1])


# A sitting officeholder's title right before the name ('Foreign Minister Nobutaka Machimura', 'Secretary of State
# Rice', 'President Lai'): the official acts for the state ('Officials and their states'); not a former one, an
# opposition figure or a lawmaker (their acts are their own, GUIDELINES, Stances)
OFFICE_BEFORE = re.compile(r"\b(?:Minister|Secretary|Ambassador|Premier|President|Chancellor|spokes(?:person|man|woman))"
                           r"\s+(?:(?:of|for)\s+(?:[A-Z][\w\-’']*\s+){1,3})?(?:[A-Z][\w\-’'.]*\s+){0,2}$")
# a reporting verb as the act's trigger: the official's own saying, a new occasion unless the state's act was a saying
SAYING = re.compile(r"(?:said|says|told|stated|added|noted|explained)\b", re.IGNORECASE)
SAYING_IN = re.compile(r"\b(?:said|says|stated|announced)\b")    # a sentence that reports the state's saying
NOT_SITTING = re.compile(r"\b(?:former|Former|ex-|then-|opposition|Opposition|late)\b")


def holds_office(text: str, mention_starts: Iterable[tuple[int, int]]) -> bool:
    """True when one of the (start, end) mentions of a person is titled a sitting officeholder of a government."""
    for a, _ in mention_starts:
        m = OFFICE_BEFORE.search(text, max(0, a - 60), a)
        if m is not None and NOT_SITTING.search(text, max(0, m.start() - 30), m.start()) is None:
            return True
    return False


def state_voice_actors(subject: str, days: dict, *, country_of: Callable[[str], str | None],
                       type_of: Callable[[str], str | None]) -> list[str]:
    """The dated states a ministry or a sitting official may go on for ('Japan lodged a protest on Friday. Foreign
    Minister Machimura summoned the ambassador ...'): the state of the subject's own country, when the narrative
    dated it; [] otherwise (a body does not take another body's day by this rule)."""
    country = country_of(subject)
    if country is None:
        return []
    return [a for a in days if a != subject and country_of(a) == country and type_of(a) == "state"]
