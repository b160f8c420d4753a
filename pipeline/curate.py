"""Curate: claims and mentions -> actors, events and stances (pure functions)."""
from collections import defaultdict
from datetime import date

# the clustering lives in pipeline/event_clustering.py; its names stay importable from here (pipeline/curation,
# tests/test_event_clustering_groups.py and tests/reference_downstream.py use curate.SYMMETRIC, curate._same_event, ...)
from pipeline.event_clustering import (SYMMETRIC, _ClusterBlock, _fast_block, _ranges_meet, _same_event, _well_dated,  # noqa: F401
                                       cluster_event_claims)
from pipeline.extract.actors import DiscoveredActor, fold, slugify
from pipeline.extract.claims import stable_id
from pipeline.knowledge import Knowledge

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
