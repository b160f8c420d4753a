"""Finding quoted text in documents, and the actor overrides that act on places in the text:
removing an actor named where it should not be, adding a mention the extractor missed."""
import json
import re

from pipeline.extract.claims import stable_id


# Every claim starts with this one shared empty set of override IDs, and gets a set of its own when an override
# marks it (mark): an empty set per claim was 216 bytes each, 73 MB for 338k claims, nearly all never marked.
NO_MARKS = frozenset()


def mark(row: dict, override_id: str) -> None:
    """Add an override's ID to a claim's curation marks."""
    if row["curation"] is NO_MARKS:
        row["curation"] = {override_id}
    else:
        row["curation"].add(override_id)


def short_address(address: dict) -> str:
    """An address for a message, its long strings cut to 50 characters."""
    return json.dumps({k: (v[:50] + "…" if isinstance(v, str) and len(v) > 50 else v) for k, v in address.items()},
                      ensure_ascii=False, default=str)


def merged_marks(*sets) -> list[str] | None:
    """The sorted union of override IDs, None when there are none (the column's empty value)."""
    ids = sorted(set().union(*sets))
    return ids or None


class Stale(Exception):
    """The override matches nothing (or can no longer be applied); the message says why."""


def find_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place the quote stands in the text: exactly, else with any run of whitespace (line
    breaks of the source) between its words."""
    spans = [(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), text)]
    if spans:
        return spans
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def overlaps(row: dict, doc_id: str, span: tuple[int, int]) -> bool:
    return row["doc_id"] == doc_id and row["char_start"] < span[1] and span[0] < row["char_end"]


def places(run, o) -> list[tuple[str, list[tuple[int, int]]]]:
    """(doc_id, spans) for each place of an actors override's `where` (no quote: the whole text)."""
    out = []
    for place in o.spec["where"]:
        doc_id = run.doc_id(place["document"])
        out.append((doc_id, run.spans(place)[1] if place.get("quote") else [(0, len(run.docs[doc_id]["text"]))]))
    return out


def actors_remove(run, o) -> int:
    """The actor is not named at these places (a place word, a title, a platform taken for an
    actor): its mentions there go to rejects, and claims there no longer name it."""
    gone = o.spec["actor_id"]
    n = 0
    for doc_id, spans in places(run, o):
        inside = lambda r: any(overlaps(r, doc_id, s) for s in spans)  # noqa: E731
        for m in run.mentions.remove(gone, run.mentions.inside(doc_id, spans)):
            run.rejects.append({"table": "mentions", "row_key": m["mention_id"],
                                "reason": f"removed by curation override {o.id}: {o.why}",
                                "row_json": json.dumps(m, sort_keys=True, ensure_ascii=False, default=str)})
            n += 1
        for c in run.claims:
            if not inside(c):
                continue
            changed = c.get("claimant_id") == gone
            if changed:
                c["claimant_id"] = None
            for col in ("subject_ids", "object_ids"):
                if gone in c[col]:
                    c[col], changed = [a for a in c[col] if a != gone], True
            if changed:
                mark(c, o.id)
                n += 1
    if not n:
        raise Stale(f"{gone!r} is not named at the given places (the extractor no longer finds it there?)")
    run.actor_marks[gone].add(o.id)
    return n


def actors_add_mention(run, o) -> int:
    """The quoted words name the actor (a description like 'the ruling party in Japan', a form the
    registry lacks): every occurrence inside the article body becomes a mention (method curation)."""
    actor = o.spec["actor_id"]
    if not run.known_actor(actor):
        raise Stale(f"actor {actor!r} is neither in the registry nor discovered")
    doc_id, found = run.spans({"document": o.spec["document"], "quote": o.spec["quote"]})
    doc = run.docs[doc_id]
    inside = [s for s in found if doc["body_start"] <= s[0] and s[1] <= doc["body_end"]]
    if not inside:
        raise Stale(f"quote found in {o.spec['document']} only outside the article body")
    added = 0
    for start, end in inside:
        if run.mentions.names_at(actor, doc_id, (start, end)):
            continue
        run.mentions.append({"mention_id": stable_id("mnt", doc_id, start, end, actor, "curation", o.id), "doc_id": doc_id,
                             "actor_id": actor, "char_start": start, "char_end": end, "text": doc["text"][start:end],
                             "method": "curation", "confidence": 1.0})
        added += 1
    if not added:
        raise Stale("the extractor now names this actor here itself: remove the override")
    run.actor_marks[actor].add(o.id)
    return added
