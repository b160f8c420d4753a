"""One shared act (talks, a signed agreement) told twice, by the states and by those who acted for them: 'Japan and
the Philippines signed the pact on Monday. It was signed by Foreign Minister Kamikawa and Defence Secretary
Teodoro.', 'Japan and Australia held talks in Tokyo. Defense Minister Nakatani and Deputy Prime Minister Marles
discussed ...'. The clustering merges reports of a shared act when the participants of one are among the other's
(event_clustering._participants_apart); states and their officials are different actors, so the article's one
act became two rows (GUIDELINES: two sentences of one article that report the same event are one row).
state_voices.py does the same for one-sided verbal acts; this is its counterpart for the symmetric types.

When: the same symmetric type, in one sentence or two sentences in a row, one claim's parties all states, the
other's all officials (persons, government bodies) of those states' countries, every country of the officials
among the states'. A document pass (pure function) then names the states among the officials' parties, so the two
meet by the clustering's own rules (their dates must still meet). Kept apart: other countries' officials (another
pair's talks or treaty next to it), and a claim two state claims could take."""
from __future__ import annotations

from typing import Callable

from pipeline.extract.state_voices import NEXT_SENTENCE_GAP, OFFICIAL_TYPES   # who speaks for a state; sentence gap

# Acts shared by their parties that a text tells by the states and by their envoys (COOPERATE is left out: a
# platform or a stationing is not told by its signatories in the development sets)
SHARED = frozenset({"AGREE", "CONSULT"})


def _tied(a: dict, b: dict) -> bool:
    """One sentence or two sentences in a row."""
    first, second = (a, b) if a["char_start"] <= b["char_start"] else (b, a)
    return second["char_start"] - first["char_end"] <= NEXT_SENTENCE_GAP


def _parties(c: dict) -> set[str]:
    return set(c.get("subject_ids") or []) | set(c.get("object_ids") or [])


def _countries(parties: set[str], kinds: frozenset[str], *, country_of: Callable[[str], str | None],
               type_of: Callable[[str], str | None]) -> set[str] | None:
    """The parties' countries when every party is of one of `kinds` with a known country, else None."""
    found = set()
    for p in parties:
        country = country_of(p)
        if type_of(p) not in kinds or not country:
            return None
        found.add(country)
    return found or None


def shared_act_voices(claims: list[dict], *, country_of: Callable[[str], str | None],
                      type_of: Callable[[str], str | None]) -> None:
    """Adds, in place, to an asserted shared-act claim whose parties are all officials the states of the claim of
    the same type next to it (same sentence or the one before or after) whose parties are those officials'
    states (_countries); only when one such state claim qualifies."""
    acts = [c for c in claims if c.get("kind") == "event" and c.get("modality") == "asserted"
            and c.get("predicate") in SHARED and c.get("char_start") is not None and _parties(c)]
    cty = dict(country_of=country_of, type_of=type_of)
    added: list[tuple[dict, list[str]]] = []
    for b in acts:
        envoys = _countries(_parties(b), OFFICIAL_TYPES, **cty)
        if envoys is None:
            continue
        states = [a for a in acts if a is not b and a["predicate"] == b["predicate"] and _tied(a, b)
                  and (_countries(_parties(a), frozenset({"state"}), **cty) or set()) >= envoys]
        if len(states) == 1:
            added.append((b, sorted(_parties(states[0]) - _parties(b))))
    for b, parties in added:
        b["subject_ids"] = [*b["subject_ids"], *parties]
