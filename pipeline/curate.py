"""Curate: claims and mentions -> actors, events and stances (pure functions)."""
import bisect
from collections import defaultdict
from datetime import date

from pipeline.extract.actors import DiscoveredActor, fold, slugify
from pipeline.extract.claims import stable_id
from pipeline.knowledge import Knowledge

# Types that report one shared act of several parties: a source of one report may be a target in another.
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
FAMILY = {
    "AGREE": "cooperation", "CONSULT": "cooperation", "SUPPORT": "cooperation", "CONCEDE": "cooperation",
    "COOPERATE": "cooperation", "AID": "cooperation", "RETREAT": "cooperation", "REQUEST": "request",
    "ACCUSE": "conflict_verbal", "REJECT": "conflict_verbal", "THREATEN": "conflict_verbal", "PROTEST": "conflict_verbal",
    "SANCTION": "conflict_material", "MOBILIZE": "conflict_material", "COERCE": "conflict_material", "ASSAULT": "conflict_material",
}


def canonical_discovered(discovered: list[DiscoveredActor], registry_ids: set[str]) -> dict[str, DiscoveredActor]:
    """Merge discovered actors across documents by folded name (romanisation variants meet) and
    give each a readable slug that does not collide with the registry. Returns old id -> actor."""
    groups: dict[str, list[DiscoveredActor]] = defaultdict(list)
    for d in discovered:
        groups[fold(d.name)].append(d)
    mapping: dict[str, DiscoveredActor] = {}
    taken = set(registry_ids)
    for key in sorted(groups):
        variants = groups[key]
        # the most informative spelling (hyphenated romanisation), then alphabetical
        best = sorted(variants, key=lambda d: (-d.name.count("-"), d.name))[0]
        slug = slugify(best.name)
        if slug in taken:
            slug = f"{slug}-{(best.country or 'x').lower()}"
        n = 2
        while slug in taken:
            slug, n = f"{slugify(best.name)}-{n}", n + 1
        taken.add(slug)
        merged = DiscoveredActor(slug, best.name, best.actor_type, next((v.country for v in variants if v.country), None),
                                 next((v.role for v in variants if v.role), None), best.family_name,
                                 set().union(*(v.aliases for v in variants)))
        for v in variants:
            mapping[v.actor_id] = merged
    return mapping


def remap_ids(rows: list[dict], mapping: dict[str, str], columns=("claimant_id", "actor_id")) -> None:
    for r in rows:
        for c in columns:
            if r.get(c) in mapping:
                r[c] = mapping[r[c]]
        for c in ("subject_ids", "object_ids"):
            if c in r:
                r[c] = list(dict.fromkeys(mapping.get(a, a) for a in r[c]))


def build_actors(knowledge: Knowledge, discovered: dict[str, DiscoveredActor], mentions: list[dict], claims: list[dict]) -> list[dict]:
    """One row per actor named in the documents."""
    docs, n_claims, seen_forms = defaultdict(set), defaultdict(int), defaultdict(set)
    for m in mentions:
        docs[m["actor_id"]].add(m["doc_id"])
        if m["method"] != "pronoun":
            seen_forms[m["actor_id"]].add(m["text"])
    for c in claims:
        ids = set(c["subject_ids"]) | set(c["object_ids"]) | ({c["claimant_id"]} if c["claimant_id"] else set())
        for a in ids:
            n_claims[a] += 1
            docs[a].add(c["doc_id"])
    rows = []
    for actor in knowledge.actors:
        if actor.actor_id in docs:
            rows.append({"actor_id": actor.actor_id, "name": actor.name, "actor_type": actor.actor_type,
                         "country": actor.country, "aliases": sorted(set(actor.aliases) | set(actor.metonyms) | seen_forms[actor.actor_id]),
                         "origin": "registry", "role": None, "n_documents": len(docs[actor.actor_id]),
                         "n_claims": n_claims[actor.actor_id]})
    for d in {d.actor_id: d for d in discovered.values()}.values():
        if d.actor_id in docs:
            rows.append({"actor_id": d.actor_id, "name": d.name, "actor_type": d.actor_type, "country": d.country,
                         "aliases": sorted(d.aliases | seen_forms[d.actor_id]), "origin": "discovered", "role": d.role,
                         "n_documents": len(docs[d.actor_id]), "n_claims": n_claims[d.actor_id]})
    return sorted(rows, key=lambda r: r["actor_id"])


def _overlap(a: dict, b: dict) -> bool:
    """Compatible dates: overlapping ranges (a year contains a day); an undated claim only meets
    another claim of its own document (a re-mention of an event the article dated before)."""
    if a["date_start"] is None or b["date_start"] is None:
        return a["doc_id"] == b["doc_id"]
    return a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]


def _ranges_meet(x: tuple | None, y: tuple | None) -> bool:
    return x is None or y is None or (x[0] <= y[1] and y[0] <= x[1])


def _same_event(a: dict, b: dict) -> bool:
    """Two asserted event claims report one real event: same type, compatible dates, shared source
    (or, for shared acts like talks, the same set of participants)."""
    if a["predicate"] != b["predicate"] or not _overlap(a, b):
        return False
    sa, sb = set(a["subject_ids"]), set(b["subject_ids"])
    if sa & sb:
        return True
    if a["predicate"] in SYMMETRIC:
        return bool((sa | set(a["object_ids"])) & (sb | set(b["object_ids"]))) and \
            (sa <= sb | set(b["object_ids"]) or sb <= sa | set(a["object_ids"]))
    return False


def _well_dated(c: dict) -> bool:
    return (c["date_start"] is None) == (c["date_end"] is None) and (c["date_start"] is None or c["date_start"] <= c["date_end"])


def _pair_order(members: list[int], claims: list[dict]):
    """The pairs (i, j) of one block, in the order of the all-pairs loop, less those _overlap must
    refuse (dated ranges that do not meet, or an undated claim and a claim of another document):
    skipping a pair _same_event refuses changes nothing, so the groups are the all-pairs groups
    (tests/test_downstream_equivalence.py). Cost: the pairs that can meet, not every pair."""
    if not all(_well_dated(claims[m]) for m in members):
        # malformed dates: every pair, so the rule raises as it would
        yield from ((members[x], members[y]) for x in range(len(members)) for y in range(x + 1, len(members)))
        return
    rank = {m: k for k, m in enumerate(members)}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for m in members:
        by_doc[claims[m]["doc_id"]].append(m)
    dated = sorted((m for m in members if claims[m]["date_start"] is not None), key=lambda m: claims[m]["date_start"])
    starts = [claims[m]["date_start"] for m in dated]
    # no dated claim is longer than `longest`: one that ends on or after c's start starts on or after
    # c's start - longest, so the scan can begin there (the same pairs, fewer looked at)
    try:
        longest = max((claims[m]["date_end"] - claims[m]["date_start"] for m in dated), default=None)
    except TypeError:
        longest = None
    for i in members:
        c = claims[i]
        later = {m for m in by_doc[c["doc_id"]] if rank[m] > rank[i]}
        if c["date_start"] is not None:
            lo = 0
            if longest is not None:
                try:
                    lo = bisect.bisect_left(starts, c["date_start"] - longest)
                except (TypeError, OverflowError):
                    lo = 0
            later.update(m for m in dated[lo:bisect.bisect_right(starts, c["date_end"])]
                         if rank[m] > rank[i] and claims[m]["date_end"] >= c["date_start"])
        for j in sorted(later, key=rank.__getitem__):
            yield i, j


def cluster_event_claims(claims: list[dict]) -> list[list[dict]]:
    """Groups of claims that report the same event (union-find over compatible pairs, blocked by
    type and actor so cost stays near-linear). Claims are taken in claim_id order, so the groups do
    not depend on the order they come in."""
    claims = sorted(claims, key=lambda c: c["claim_id"])
    parent = list(range(len(claims)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the dates every group is known to lie in: an undated claim never chains two events of different dates
    span: list[tuple | None] = [(c["date_start"], c["date_end"]) if c["date_start"] is not None else None for c in claims]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for a in set(c["subject_ids"]) | (set(c["object_ids"]) if c["predicate"] in SYMMETRIC else set()):
            blocks[(c["predicate"], a)].append(i)
    for members in blocks.values():
        for i, j in _pair_order(members, claims):
            ri, rj = find(i), find(j)
            if ri != rj and _ranges_meet(span[ri], span[rj]) and _same_event(claims[i], claims[j]):
                parent[ri] = rj
                if span[ri] is not None:
                    span[rj] = span[ri] if span[rj] is None else (max(span[ri][0], span[rj][0]), min(span[ri][1], span[rj][1]))
    groups: dict[int, list[dict]] = defaultdict(list)
    for i, c in enumerate(claims):
        groups[find(i)].append(c)
    return [sorted(g, key=lambda c: c["claim_id"]) for g in groups.values()]


def _narrowest(claims: list[dict]) -> tuple[date | None, date | None, str]:
    dated = [c for c in claims if c["date_start"] is not None]
    if not dated:
        return None, None, "unknown"
    best = min(dated, key=lambda c: ((c["date_end"] - c["date_start"]).days, c["claim_id"]))
    return best["date_start"], best["date_end"], best["date_precision"]


def event_candidates(claims: list[dict]) -> list[dict]:
    """The claims events are made of: asserted event claims that name a source."""
    return [c for c in claims if c["kind"] == "event" and c["modality"] == "asserted" and c["subject_ids"]]


def event_summary(event_type: str, sources: list[str], targets: list[str], lead_text: str,
                  actor_names: dict[str, str]) -> str:
    names = lambda ids: ", ".join(actor_names.get(a, a) for a in ids) or "—"  # noqa: E731
    return f"{names(sources)} {event_type} {names(targets)}: {' '.join(lead_text.split())[:300]}"


def lead_claim(group: list[dict]) -> dict:
    return max(group, key=lambda c: (c["confidence"], -len(c["text"])))


def event_row(group: list[dict], actor_names: dict[str, str]) -> dict:
    """One event from a group of claims (sorted by claim_id) that report it."""
    sources = list(dict.fromkeys(a for c in group for a in c["subject_ids"]))
    targets = [a for a in dict.fromkeys(a for c in group for a in c["object_ids"]) if a not in sources]
    start, end, precision = _narrowest(group)
    miss = 1.0
    for c in group:
        miss *= 1 - c["confidence"]
    doc_ids = sorted({c["doc_id"] for c in group})
    return {
        "event_id": stable_id("evt", group[0]["claim_id"]), "event_type": group[0]["predicate"],
        "mode": next((c["mode"] for c in group if c["mode"]), None),
        "date_start": start, "date_end": end, "date_precision": precision,
        "source_actor_ids": sources, "target_actor_ids": targets,
        "summary": event_summary(group[0]["predicate"], sources, targets, lead_claim(group)["text"], actor_names),
        "claim_ids": [c["claim_id"] for c in group], "doc_ids": doc_ids, "n_documents": len(doc_ids),
        "confidence": round(min(1 - miss, 0.99), 3),
    }


def build_events(claims: list[dict], actor_names: dict[str, str]) -> list[dict]:
    """One row per real-world event from asserted event claims that name a source."""
    rows = [event_row(group, actor_names) for group in cluster_event_claims(event_candidates(claims))]
    return sorted(rows, key=lambda r: r["event_id"])


def build_stances(claims: list[dict]) -> list[dict]:
    """One row per (actor, topic, polarity), with the evidence of its most confident claim."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims:
        if c["kind"] == "stance" and c["subject_ids"] and c["modality"] != "negated":
            groups[(c["subject_ids"][0], c["topic_id"], c["polarity"])].append(c)
    rows = []
    for (actor, topic, polarity), group in groups.items():
        group.sort(key=lambda c: c["claim_id"])
        lead = max(group, key=lambda c: c["confidence"])
        dated = [c for c in group if c["date_start"] is not None]
        if not dated:
            start = end = None
            precision = "unknown"
        else:
            start, end = min(c["date_start"] for c in dated), max(c["date_end"] for c in dated)
            precision = dated[0]["date_precision"] if len({(c["date_start"], c["date_end"]) for c in dated}) == 1 else "range"
        doc_ids = sorted({c["doc_id"] for c in group})
        miss = 1.0
        for c in group:
            miss *= 1 - c["confidence"]
        rows.append({"stance_id": stable_id("stn", actor, topic, polarity), "actor_id": actor, "topic_id": topic,
                     "polarity": polarity, "date_start": start, "date_end": end, "date_precision": precision,
                     "claim_ids": [c["claim_id"] for c in group], "doc_ids": doc_ids, "n_documents": len(doc_ids),
                     "evidence": lead["text"], "confidence": round(min(1 - miss, 0.99), 3)})
    return sorted(rows, key=lambda r: r["stance_id"])


def build_topics(knowledge: Knowledge) -> list[dict]:
    return [{"topic_id": t.topic_id, "label": t.label, "description": t.description} for t in knowledge.topics]
