"""The claims curation needs as Python records, and what the others add to the actors table, counted in Arrow.

apply_overrides reads a claim as a record when an override may address or change it, or when the events or the
stances are built from it:
- event claims that can form events (curate.event_candidates) and every stance claim (build_stances, and the
  stance overrides, which select stance claims only);
- every claim of a document an override names (addresses by document + quote, actor split/remove places,
  events and stances add, add_mention), every claim an override names by ID, and every claim that names an
  actor an `actors merge` folds into another (the merge remaps it wherever it stands).
No other override reads or changes a claim (overrides never change a claim's kind, and a claim a curator sets
asserted is addressed by its document). The others, three in four at 10,000 articles (statements, and event
claims that cannot form events), come out of curation as they went in, unmarked: they stay Arrow rows, and only
their share of the actors table (claims and documents per actor, mention_table.build_actors) is counted, here, in
Arrow. tests/test_curate_narrow.py compares with curation on every claim as a record."""
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


@dataclass
class Unread:
    """The claims left out of the records: their positions in the extracted table, and their share of the
    actors table (per actor: claims naming it; distinct (actor_id, doc_id) pairs)."""

    positions: np.ndarray
    n_claims: dict
    pairs: pa.Table


def _values(spec, key: str, out: set) -> None:
    """Every value under `key` at any depth of an override's spec (addresses nest in lists and mappings)."""
    if isinstance(spec, dict):
        for k, v in spec.items():
            if k == key and isinstance(v, str):
                out.add(v)
            else:
                _values(v, key, out)
    elif isinstance(spec, list):
        for v in spec:
            _values(v, key, out)


def override_reach(overrides, documents: list[dict]) -> tuple[set, set, set]:
    """(doc_ids of the documents overrides name, claim IDs they name, actors an `actors merge` folds away).
    A name stands for every document it may resolve to (doc_id, source_file, any of its source_files)."""
    names, claim_ids, merged = set(), set(), set()
    for o in overrides:
        _values(o.spec, "document", names)
        _values(o.spec, "claim_id", claim_ids)
        if (o.kind, o.action) == ("actors", "merge"):
            merged.update(o.spec["merge"])
    doc_ids = {d["doc_id"] for d in documents
               if names & {d["doc_id"], d["source_file"], *(d.get("source_files") or [])}}
    return doc_ids, claim_ids, merged


def _named(table: pa.Table, actors: set) -> pa.Array:
    """Rows whose subjects, objects or claimant hold one of the actors."""
    hit = np.zeros(table.num_rows, dtype=bool)
    if not actors:
        return hit
    value_set = pa.array(sorted(actors), pa.string())
    for col in ("subject_ids", "object_ids"):
        lists = table[col].combine_chunks()
        found = pc.fill_null(pc.is_in(pc.list_flatten(lists), value_set=value_set), False)
        rows = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)[np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)]
        hit[rows] = True
    claimant = pc.fill_null(pc.is_in(table["claimant_id"], value_set=value_set), False)
    return hit | np.asarray(claimant.to_numpy(zero_copy_only=False), dtype=bool)


def read_positions(table: pa.Table, overrides, documents: list[dict]) -> np.ndarray:
    """Positions (ascending) of the claims curation must read as records."""
    doc_ids, claim_ids, merged = override_reach(overrides, documents)

    def mask(expr) -> np.ndarray:
        return np.asarray(pc.fill_null(expr, False).to_numpy(zero_copy_only=False), dtype=bool)

    kind = table["kind"]
    need = mask(pc.and_(pc.and_(pc.equal(kind, "event"), pc.equal(table["modality"], "asserted")),
                        pc.greater(pc.list_value_length(table["subject_ids"]), 0)))
    need |= mask(pc.equal(kind, "stance"))
    if doc_ids:
        need |= mask(pc.is_in(table["doc_id"], value_set=pa.array(sorted(doc_ids), pa.string())))
    if claim_ids:
        need |= mask(pc.is_in(table["claim_id"], value_set=pa.array(sorted(claim_ids), pa.string())))
    need |= _named(table, merged)
    return np.flatnonzero(need)


def unread(table: pa.Table, read: np.ndarray, pair_schema: pa.Schema | None = None) -> Unread:
    """The claims not in `read`, and their share of the actors table: per claim the set of its subjects,
    objects and claimant (if any), as mention_table.build_actors counts a record's."""
    keep = np.ones(table.num_rows, dtype=bool)
    keep[read] = False
    positions = np.flatnonzero(keep)
    rest = table.select(["doc_id", "subject_ids", "object_ids", "claimant_id"]).take(pa.array(positions, pa.int64()))
    rows, actors = [], []
    for col in ("subject_ids", "object_ids"):
        lists = rest[col].combine_chunks()
        rows.append(pc.list_parent_indices(lists))
        actors.append(pc.list_flatten(lists).cast(pa.string()))
    claimant = rest["claimant_id"].combine_chunks().cast(pa.string())
    named = pc.and_(pc.is_valid(claimant), pc.not_equal(pc.fill_null(claimant, ""), ""))   # (a claimant '' is falsy)
    rows.append(pc.indices_nonzero(named).cast(pa.int64()))
    actors.append(claimant.filter(named))
    links = pa.table({"row": pa.concat_arrays([r.cast(pa.int64()) for r in rows]), "actor_id": pa.concat_arrays(actors)})
    links = links.filter(pc.is_valid(links["actor_id"]))
    distinct = links.group_by(["row", "actor_id"]).aggregate([])   # (an actor twice in a claim counts once)
    counts = distinct.group_by("actor_id").aggregate([("row", "count")])
    n_claims = defaultdict(int, zip(counts["actor_id"].to_pylist(), counts["row_count"].to_pylist()))
    docs = rest["doc_id"].combine_chunks().take(distinct["row"])
    pairs = pa.table({"actor_id": distinct["actor_id"], "doc_id": docs.cast(pa.string())})
    if pair_schema is not None:
        pairs = pairs.cast(pair_schema)
    return Unread(positions, n_claims, pairs.group_by(["actor_id", "doc_id"]).aggregate([]))
