"""Documents as Dagster dynamic partitions (pure code: the `document_extraction` asset and the
documents sensor only call it).

A partition key is the document's file name as ingest names it (`source_file`): what an operator
dropped into the folder and sees in the release, stable while the file's content changes (a changed
document is the same partition materialized again). Materializing partitions extracts those
documents into the same ExtractionCache the whole-corpus extraction reads, with the same cache key,
so the next build_release run finds them there.
"""
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.cache import BodyCache, ExtractionCache, document_key
from pipeline.extract.body import find_body
from pipeline.ingest import DOCUMENT_SUFFIXES, METADATA_FILE, display_name, ingest
from pipeline.knowledge import Knowledge
from pipeline.layers import document_inputs
from pipeline.parallel import extract_documents
from pipeline.validation import validate_or_reject
from schemas import Documents
from schemas.frames import frame

PARTITIONS_NAME = "documents"
# Substrings Dagster refuses in a partition key (dagster's INVALID_PARTITION_SUBSTRINGS; a test
# compares the two): such a file is still in every release, it only gets no partition.
INVALID_KEY_SUBSTRINGS = ("...", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0")


def valid_key(name: str) -> bool:
    return bool(name) and not any(s in name for s in INVALID_KEY_SUBSTRINGS)


def partition_keys(listing: dict[str, str]) -> dict[str, str]:
    """{partition key: name in the listing} for every entry of a folder listing (sensors.folder_listing)
    that ingest reads as a document (a regular .txt file, not hidden, not a symlink) and Dagster accepts
    as a key; in key order."""
    keys = {}
    for name, digest in listing.items():
        key = display_name(name)
        if digest != "symlink" and name != METADATA_FILE and Path(name).suffix.casefold() in DOCUMENT_SUFFIXES \
                and valid_key(key):
            keys[key] = name
    return dict(sorted(keys.items()))


@dataclass
class PartitionChanges:
    add: list[str] = field(default_factory=list)      # files without a partition yet
    delete: list[str] = field(default_factory=list)   # partitions whose file is gone
    changed: list[str] = field(default_factory=list)  # partitions whose file's sha256 changed


def partition_changes(before: dict[str, str] | None, now: dict[str, str], registered: set[str]) -> PartitionChanges:
    """What to do with the partitions: `registered` (the instance's partitions) against the folder now.
    Changed files are known only when the previous listing is (`before`; the cursor drops it for very
    large folders): without it a changed document is re-extracted by the next build, not by its partition."""
    keys = partition_keys(now)
    old = partition_keys(before) if before is not None else {}
    return PartitionChanges(
        add=[k for k in keys if k not in registered],
        delete=sorted(registered - keys.keys()),
        changed=[k for k, name in keys.items() if k in registered and k in old and before[old[k]] != now[name]])


@dataclass
class DocumentOutcome:
    """What materializing one partition did, as an operator reads it."""

    partition: str
    status: str                 # extracted | cache hit | not ingested: <reason> | no such file
    doc_id: str | None = None
    figures: dict = field(default_factory=dict)
    registry_actors: set[str] = field(default_factory=set)   # to count distinct actors over a run


def registry_actor_ids(result) -> set[str]:
    return {m["actor_id"] for m in result.mentions if m.get("method") != "discovered"}


def result_figures(result) -> dict:
    """One document's raw extraction in figures: claims, mentions, modalities, events, stances, actors."""
    claims = result.claims
    n = max(len(claims), 1)
    by_modality = Counter(c["modality"] for c in claims)
    return {"claims": len(claims), "mentions": len(result.mentions),
            "share_by_modality": {k: round(v / n, 3) for k, v in sorted(by_modality.items())},
            "event_claims": sum(c["kind"] == "event" for c in claims),
            "stance_claims": sum(c["kind"] == "stance" for c in claims),
            "actors_from_registry": len(registry_actor_ids(result)),
            "actors_discovered": len(result.discovered)}


def named_documents(folder: Path, names: list[str], body_cache: BodyCache | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """The documents table (as ingest_layer builds it) restricted to the documents named, and the reason
    for each name that is not among them. The whole folder is ingested (reading it is cheap), so that
    documents.csv and identical files give each document exactly the row, hence the cache key, the
    release's extraction computes; only the named documents' bodies are found."""
    result = ingest(Path(folder))
    wanted = set(names)
    records = [d for d in result.documents if wanted & set(d["source_files"])]
    for doc in records:   # as ingest_layer does for every document
        body = (body_cache.find(doc["text"], doc["title"], doc["author"]) if body_cache is not None
                else find_body(doc["text"], title=doc["title"], author=doc["author"]))
        doc.update(body_start=body.start, body_end=body.end, excluded_spans=[f"{s}:{e}" for s, e in body.excluded])
    if body_cache is not None:
        body_cache.save()
    documents, rejects = validate_or_reject(frame(Documents, records), Documents, "documents")
    found = {name for names_ in documents["source_files"] for name in names_} if len(documents) else set()
    reasons = {r["row_key"]: r["reason"] for r in result.rejects}
    reasons.update({str(k): str(r) for k, r in zip(rejects["row_key"], rejects["reason"])} if len(rejects) else {})
    missing = {n: reasons.get(n, "no such file") for n in names if n not in found}
    return documents, missing


def extract_partitions(folder: Path, names: list[str], knowledge: Knowledge, cache: ExtractionCache | None,
                       workers: int = 1, body_cache: BodyCache | None = None) -> list[DocumentOutcome]:
    """Extract the named documents into the cache (those already cached are cache hits), one outcome
    per name, in the order given."""
    documents, missing = named_documents(folder, names, body_cache)
    docs = document_inputs(documents)
    keys = [document_key(d) for d in docs]
    cached = cache.load(set(keys)) if cache is not None else {}
    todo = [(k, d) for k, d in zip(keys, docs) if k not in cached]
    fresh = dict(zip((k for k, _ in todo), extract_documents([d for _, d in todo], knowledge, workers=workers)))
    if cache is not None:
        cache.store(fresh)
    by_name = {}
    for key, doc, source_files in zip(keys, docs, documents["source_files"]):
        result = cached.get(key) or fresh[key]
        status = "cache hit" if key in cached else "extracted"
        for name in source_files:
            by_name[name] = DocumentOutcome(name, status, doc.doc_id, result_figures(result), registry_actor_ids(result))
    return [by_name.get(n) or DocumentOutcome(n, f"not ingested: {missing.get(n, 'no such file')}") for n in names]


def outcomes_metadata(outcomes: list[DocumentOutcome], limit: int = 20) -> dict:
    """The run's figures for the partitions' materialization events: totals, and one row per document
    (the first `limit`: in a single-run backfill every partition's event carries the same metadata)."""
    done = [o for o in outcomes if o.doc_id is not None]
    totals = Counter()
    for o in done:
        totals.update({k: v for k, v in o.figures.items() if isinstance(v, int)})
    modality = Counter()
    for o in done:
        modality.update({k: v * o.figures["claims"] for k, v in o.figures["share_by_modality"].items()})
    n_claims = max(totals["claims"], 1)
    rows = [{"partition": o.partition, "status": o.status, "doc_id": o.doc_id or "",
             **{k: o.figures.get(k, 0) for k in ("claims", "mentions", "event_claims", "stance_claims",
                                                 "actors_from_registry", "actors_discovered")}}
            for o in outcomes[:limit]]
    return {"partitions": len(outcomes),
            "extracted": sum(o.status == "extracted" for o in outcomes),
            "cache_hits": sum(o.status == "cache hit" for o in outcomes),
            "not_ingested": [f"{o.partition}: {o.status}" for o in outcomes if o.doc_id is None][:limit],
            **{k: totals[k] for k in ("claims", "mentions", "event_claims", "stance_claims", "actors_discovered")},
            "actors_from_registry": len(set().union(*(o.registry_actors for o in done))),
            "share_by_modality": {k: round(v / n_claims, 3) for k, v in sorted(modality.items())},
            "documents": rows}
