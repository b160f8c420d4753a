"""The extraction split into chunks that Dagster's executors can run anywhere (pure code; the ops in
`pipeline/assets/extract.py` only load, call and return).

1. `plan_extraction`: every document gets a position (its row in `documents`), its cache key and a
   chunk: a stable hash of its doc_id modulo the number of chunks, so a document always lands in the
   same chunk whatever else is in the corpus. Documents already in the extraction cache are marked
   `cached`; only chunks holding something to extract are run.
2. `extract_chunk`: the raw extraction of one chunk's documents, as a table (position, key, the result
   as one JSON line in the cache's own format) that any IO manager can store as Parquet.
3. `collect_tables`: the chunks' tables and the cached results put back in input order (so the
   tables are byte-identical for any chunk count, worker count or executor), the new results added to
   the cache in one segment; the cached documents come as Arrow tables (`pipeline/columnar.py`).
"""
import hashlib
from dataclasses import dataclass

import pandas as pd

from pipeline import columnar
from pipeline.cache import ExtractionCache, decode_result, document_key, encode_result
from pipeline.knowledge import Knowledge
from pipeline.layers import ExtractionRun, cache_note, document_inputs
from pipeline.parallel import extract_documents

PLAN_COLUMNS = ["position", "doc_id", "key", "chunk", "cached"]
RESULT_COLUMNS = ["position", "key", "result"]


def chunk_of(doc_id: str, chunks: int) -> int:
    """The chunk of a document: the first 8 bytes of sha256(doc_id), modulo the chunk count."""
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:16], 16) % max(1, chunks)


def chunk_name(index: int) -> str:
    """A Dagster mapping key (letters, digits, underscores)."""
    return f"chunk_{index:03d}"


@dataclass
class ExtractionPlan:
    plan: pd.DataFrame                    # PLAN_COLUMNS, one row per document, in input order
    chunks: dict[str, pd.DataFrame]       # mapping key -> that chunk's documents to extract, with `position`


def plan_extraction(documents: pd.DataFrame, chunks: int, cache: ExtractionCache | None) -> ExtractionPlan:
    docs = document_inputs(documents)
    keys = [document_key(d) for d in docs]
    in_cache = cache.keys(set(keys)) if cache is not None else set()
    plan = pd.DataFrame({"position": range(len(docs)), "doc_id": [d.doc_id for d in docs], "key": keys,
                         "chunk": [chunk_of(d.doc_id, chunks) for d in docs],
                         "cached": [k in in_cache for k in keys]}, columns=PLAN_COLUMNS)
    todo = plan[~plan["cached"]]
    out = {}
    for index, rows in todo.groupby("chunk", sort=True):
        positions = rows["position"].tolist()
        out[chunk_name(int(index))] = documents.iloc[positions].reset_index(drop=True).assign(position=positions)
    # nothing to extract: no chunk at all (Dagster then runs the collecting step with an empty list)
    return ExtractionPlan(plan.astype({"position": "int64", "chunk": "int64", "cached": "bool"}), out)


def extract_chunk(chunk: pd.DataFrame, knowledge: Knowledge, workers: int = 1) -> pd.DataFrame:
    """The raw extraction of one chunk's documents, in the chunk's order. With workers > 1 the
    documents go to one process pool kept for the whole process (not one pool per chunk)."""
    docs = document_inputs(chunk)
    results = extract_documents(docs, knowledge, workers=workers, keep_pool=True)
    keys = [document_key(d) for d in docs]
    return pd.DataFrame({"position": chunk["position"].astype("int64").tolist(), "key": keys,
                         "result": [encode_result(k, r) for k, r in zip(keys, results)]}, columns=RESULT_COLUMNS)


def collect_tables(plan: pd.DataFrame, chunk_results: list[pd.DataFrame], cache: ExtractionCache | None,
                   workers: int = 1, run: ExtractionRun | None = None) -> columnar.ResultTables:
    """The raw extraction of every document in input order, as tables (the cached documents read as
    Arrow tables, never as Python rows); the chunks' new results are added to the cache."""
    # chunk by chunk into tables, so that only one chunk's results live as Python rows at a time
    parts, positions, seen = [], set(), set()
    for table in chunk_results:
        results = []
        for position, line in zip(table["position"].tolist(), table["result"].tolist()):
            key, result = decode_result(line)
            positions.add(int(position))
            if key not in seen:   # one document twice in the corpus: its result once
                seen.add(key)
                results.append((key, result))
        parts.append(columnar.tables_from_results(results))
        del results
    cached_keys = set(plan.loc[plan["cached"], "key"].tolist())
    cached = cache.load_tables(cached_keys) if cache is not None and cached_keys else columnar.empty_tables()
    missing = cached_keys - set(cached.keys.column("key").to_pylist())
    if missing:
        raise RuntimeError(f"{len(missing)} cached extraction result(s) vanished from {cache.folder} during the run")
    for position, key, is_cached in zip(plan["position"].tolist(), plan["key"].tolist(), plan["cached"].tolist()):
        if not is_cached and position not in positions:
            raise RuntimeError(f"document at position {position} ({key[:12]}) was planned but no chunk returned it")
    new = columnar.concat(parts)
    del parts
    if cache is not None:
        cache.store_tables(new)
    if run is not None:
        n_docs = len(plan)
        run.extracted, run.cached = len(positions), cached.n_documents
        run.workers = max(1, min(workers, len(positions) or 1))
        run.cache_note = cache_note(cache, cached.n_documents, n_docs) if cache is not None else "no cache"
    return columnar.in_key_order(columnar.concat([cached, new]), plan["key"].tolist())


def collect_results(plan: pd.DataFrame, chunk_results: list[pd.DataFrame], cache: ExtractionCache | None,
                    workers: int = 1, run: ExtractionRun | None = None):
    """collect_tables as Python rows: claims, mentions and discovered actors of every document in input
    order (IDs not yet canonical), as extract_layer returns them."""
    return columnar.flatten_tables(collect_tables(plan, chunk_results, cache, workers=workers, run=run))
