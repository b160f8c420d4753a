"""One verbal act told twice, by the state and by the one who spoke for it: 'Japan's Foreign Ministry lodged a
protest on Tuesday. Tokyo protested through diplomatic channels, the ministry said', 'Beijing said it firmly
opposes the bid. "We firmly oppose ...," spokesman Zhao Lijian said'. The clustering merges claims that share a
source; a state and its official share none, so the article's one act became two rows (GUIDELINES: two sentences
of one article that report the same event are one row). A document pass (pure function) names the official in the
state's claim as well, so the two meet by the clustering's own rules (dates that meet, or an undated claim next to
the other)."""
from __future__ import annotations

import re
from typing import Callable

WORD = re.compile(r"[^\W\d_]+")

# Acts of words: a state and its official report them both; deeds (drills, patrols, visits) keep their own doers.
VERBAL = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})


def _official_of(actor: str, state: str, *, country_of: Callable[[str], str | None],
                 type_of: Callable[[str], str | None]) -> bool:
    """A person or body of the state's own country (its spokesperson, minister, ministry), not a state itself."""
    country = country_of(state)
    return country is not None and type_of(actor) not in (None, "state") and country_of(actor) == country


def _next_to(a: dict, b: dict, gap: int) -> bool:
    """Two claims in two sentences in a row (claims span their sentence; one sentence's two acts are kept apart:
    'said China was strongly dissatisfied and had lodged representations' is two rows, GUIDELINES)."""
    first, second = (a, b) if a["char_start"] <= b["char_start"] else (b, a)
    return first["char_start"] != second["char_start"] and 0 <= second["char_start"] - first["char_end"] <= gap


def _formal(c: dict, protests: frozenset[str]) -> bool:
    return any(w in protests for w in WORD.findall((c.get("trigger") or "").casefold()))


def _dates_meet(a: dict, b: dict) -> bool:
    if a["date_start"] is None or b["date_start"] is None:
        return True
    return a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]


def speaking_states(claims: list[dict], *, country_of: Callable[[str], str | None],
                    type_of: Callable[[str], str | None], protests: frozenset[str] = frozenset(), gap: int = 5) -> None:
    """Adds, in place, to an asserted verbal event claim whose source is a state the official of that state who is
    the source of the same type of act in the sentence before or after (dates that meet). Only when it is the one
    such official: two officials next to a state's act leave it as it is. A formal act (representations, a protest:
    `protests`, words of the trigger) and a voiced reaction stay apart (GUIDELINES: two rows, two actors)."""
    acts = [c for c in claims if c.get("kind") == "event" and c.get("modality") == "asserted"
            and c.get("predicate") in VERBAL and c.get("char_start") is not None and c.get("subject_ids")]
    added: list[tuple[dict, str]] = []
    for a in acts:
        states = [s for s in a["subject_ids"] if type_of(s) == "state"]
        if len(states) != 1 or len(a["subject_ids"]) != 1:
            continue
        officials = {o for b in acts if b is not a and b["predicate"] == a["predicate"] and _next_to(a, b, gap)
                     and _dates_meet(a, b) and _formal(a, protests) == _formal(b, protests) for o in b["subject_ids"]
                     if _official_of(o, states[0], country_of=country_of, type_of=type_of)}
        if len(officials) == 1:
            added.append((a, officials.pop()))
    for a, official in added:
        a["subject_ids"] = [*a["subject_ids"], official]
