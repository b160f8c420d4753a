"""One verbal act told twice, by the state and by the one who spoke for it: 'Taipei welcomed the statement. Its
foreign ministry thanked the G7 on Tuesday for ...', 'China on Thursday voiced strong dissatisfaction ... "We firmly
oppose ...," spokesman Lu Kang said', 'Tokyo protested ..., the ministry said'. The clustering merges claims that share
a source; a state and its official share none, so the article's one act became two rows (GUIDELINES: two sentences of
one article that report the same event are one row). A document pass (pure function) names the official in the
state's claim as well, so the two meet by the clustering's own rules.

When: the same type of verbal act, in two sentences in a row, the official a person or a government body of the
state's country, and either the official is the one reporting the state's act (the claimant) or the two are dated to
the same day (the lead takes the detail's day: dates.date_summary_leads). Kept apart: one sentence's two acts, a
formal act (representations, a protest) beside a voiced reaction (GUIDELINES: two rows), and a detail sentence that
opens on its own time ('On Monday the spokesman said ...'): a new development after a background sentence."""
from __future__ import annotations

import re
from typing import Callable

# Acts of words: a state and its official report them both; deeds (drills, patrols, visits) keep their own doers.
VERBAL = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})
# who speaks for a state: its officials and its government bodies (not its media, parties, think tanks or forces)
OFFICIAL_TYPES = frozenset({"person", "government_body"})
WORD = re.compile(r"[^\W\d_]+")
# claims span their sentence: two sentences in a row are apart by a few characters of whitespace
NEXT_SENTENCE_GAP = 5


def _official_of(actor: str, state: str, *, country_of: Callable[[str], str | None],
                 type_of: Callable[[str], str | None]) -> bool:
    """A person or government body of the state's own country."""
    country = country_of(state)
    return country is not None and type_of(actor) in OFFICIAL_TYPES and country_of(actor) == country


def _next_to(a: dict, b: dict) -> bool:
    """Two claims in two sentences in a row (one sentence's two acts are never folded)."""
    first, second = (a, b) if a["char_start"] <= b["char_start"] else (b, a)
    return first["char_start"] != second["char_start"] and 0 <= second["char_start"] - first["char_end"] <= NEXT_SENTENCE_GAP


def _formal(c: dict, protests: frozenset[str], channels: tuple[str, ...] = ()) -> bool:
    """A formal diplomatic act by its trigger's words (syntax.yaml formal_protests) or a channel its sentence names
    (formal_channels: 'conveyed its concern through diplomatic channels')."""
    text = " ".join((c.get("text") or "").casefold().split())
    return any(w in protests for w in WORD.findall((c.get("trigger") or "").casefold())) or any(ch in text for ch in channels)


def _same_day(a: dict, b: dict) -> bool:
    return a.get("date_precision") == b.get("date_precision") == "day" and a["date_start"] is not None \
        and a["date_start"] == b["date_start"]


def _opens_on_time(c: dict) -> bool:
    """'On Monday the spokesman said ...': the sentence opens on its own time."""
    when = (c.get("time_text") or "").casefold()
    return bool(when) and (c.get("text") or "").lstrip(" \"'“‘").casefold().startswith(when)


def _one_act(a: dict, b: dict, official: str, protests: frozenset[str], channels: tuple[str, ...] = ()) -> bool:
    """State claim a and official claim b report one act."""
    if b["predicate"] != a["predicate"] or official not in b["subject_ids"] or not _next_to(a, b) \
            or _formal(a, protests, channels) != _formal(b, protests, channels):
        return False
    if a.get("claimant_id") == official:
        return True          # 'Tokyo protested ..., the ministry said': the official reports the state's act
    return _same_day(a, b) and not _opens_on_time(b)


def speaking_states(claims: list[dict], *, country_of: Callable[[str], str | None],
                    type_of: Callable[[str], str | None], protests: frozenset[str] = frozenset(),
                    channels: tuple[str, ...] = ()) -> None:
    """Adds, in place, to an asserted verbal event claim whose only source is a state the official of that state
    whose same act the sentence before or after reports (_one_act); only when one official qualifies."""
    acts = [c for c in claims if c.get("kind") == "event" and c.get("modality") == "asserted"
            and c.get("predicate") in VERBAL and c.get("char_start") is not None and c.get("subject_ids")]
    added: list[tuple[dict, str]] = []
    for a in acts:
        if len(a["subject_ids"]) != 1 or type_of(a["subject_ids"][0]) != "state":
            continue
        state = a["subject_ids"][0]
        officials = {o for b in acts if b is not a for o in b["subject_ids"]
                     if _official_of(o, state, country_of=country_of, type_of=type_of) and _one_act(a, b, o, protests, channels)}
        if len(officials) == 1:
            added.append((a, officials.pop()))
    for a, official in added:
        a["subject_ids"] = [*a["subject_ids"], official]
