"""An act told with its result in a trailing participle: 'coast guard vessels fired water cannon at a supply boat,
injuring several crew members', 'rammed the boat, damaging its hull'. The injury is what the act did, not a second
act: one row, typed by the act (GUIDELINES: one row per real event; water cannon fired at vessels is COERCE, whatever
it caused). The sentence gave two claims of different types; a document pass (pure function) gives the result's
claim the act's type, so the clustering joins the two (same sentence, same source, same date).

When: the result claim's trigger is a participle of syntax.yaml consequence_participles right after a comma, and an
asserted event claim of the same sentence with a source in common has its trigger before that comma (the nearest
one). A participle opening a sentence or after 'and' is its own narration and stays."""
from __future__ import annotations

import re


def _trigger_at(text: str, trigger: str, before: int) -> int:
    """Offset of the last occurrence of the trigger's words in text before `before` (-1 if none)."""
    words = trigger.split()
    if not words:
        return -1
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    found = -1
    for m in pattern.finditer(text, 0, before):
        found = m.start()
    return found


def consequence_acts(claims: list[dict], *, participles: frozenset[str]) -> None:
    """Retypes, in place, an asserted event claim told as the result of the act before it in its sentence
    (', injuring ...') to that act's type."""
    if not participles:
        return
    acts = [c for c in claims if c.get("kind") == "event" and c.get("modality") == "asserted"
            and c.get("char_start") is not None and c.get("subject_ids") and c.get("trigger")]
    retyped: list[tuple[dict, str]] = []
    for b in acts:
        word = b["trigger"].casefold()
        if word not in participles:
            continue
        text = b.get("text") or ""
        result = re.search(r",\s+" + re.escape(word) + r"\b", text, re.IGNORECASE)
        if result is None:
            continue
        mains = []
        for a in acts:
            if a is b or a["char_start"] != b["char_start"] or a["predicate"] == b["predicate"] \
                    or not set(a["subject_ids"]) & set(b["subject_ids"]):
                continue
            at = _trigger_at(text, a["trigger"], result.start())
            if at >= 0:
                mains.append((at, a["predicate"]))
        if mains:
            retyped.append((b, max(mains)[1]))
    for b, predicate in retyped:
        b["predicate"] = predicate
