"""The extraction split into chunks that Dagster's executors can run anywhere (pure code; the ops in
`pipeline/assets/extract.py` only load, call and return).

1. `plan_extraction`: every document gets a position (its row in `documents`), its cache key and a
   chunk: a stable hash of its doc_id modulo the number of chunks, so a document always lands in the
   same chunk whatever else is in the corpus. Documents already in the extraction cache are marked
   `cached`; only chunks holding something to extract are run.
2. `extract_chunk`: the raw extraction of one chunk's documents (a chunk names them by position and
   doc_id; `chunk_documents` takes their rows from `documents`, so no copy of the text is passed on). With a cache (the usual case) the
   results are written to it as one segment by the chunk step itself and the step returns only
   (position, key) per document: the cache is the hand-over, so no chunk's results travel between
   steps or stay in the run's process. Without a cache it returns (position, key, the result as one
   JSON line in the cache's own format), a table any IO manager can store as Parquet.
3. `collect_tables`: every document's results put back in input order (so the tables are
   byte-identical for any chunk count, worker count or executor): read from the cache as Arrow tables
   (`pipeline/columnar.py`), or, without a cache, decoded from the chunks' JSON lines.
"""
import hashlib
from dataclasses import dataclass

import pandas as pd

from pipeline import columnar
from pipeline.cache import ExtractionCache, decode_result, document_key, encode_result
from pipeline.knowledge import Knowledge
from pipeline.layers import ExtractionRun, cache_note, document_inputs
from pipeline.parallel import extract_documents, extract_tables

PLAN_COLUMNS = ["position", "doc_id", "key", "chunk", "cached"]
RESULT_COLUMNS = ["position", "key", "result"]
HANDOFF_COLUMNS = ["position", "key"]   # a chunk whose results went to the cache


def chunk_of(doc_id: str, chunks: int) -> int:
    """The chunk of a document: the first 8 bytes of sha256(doc_id), modulo the chunk count."""
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:16], 16) % max(1, chunks)


def chunk_name(index: int) -> str:
    """A Dagster mapping key (letters, digits, underscores)."""
    return f"chunk_{index:03d}"


@dataclass
class ExtractionPlan:
    plan: pd.DataFrame                    # PLAN_COLUMNS, one row per document, in input order
    chunks: dict[str, pd.DataFrame]       # mapping key -> that chunk's documents to extract: CHUNK_COLUMNS


CHUNK_COLUMNS = ["position", "doc_id"]   # a chunk names its documents; their text stays in `documents`


def document_keys(documents: pd.DataFrame, batch: int = 1000) -> list[str]:
    """document_key of every row, building the DocumentInputs (a Python copy of each text) a batch at a time."""
    return [document_key(d) for i in range(0, len(documents), batch) for d in document_inputs(documents.iloc[i:i + batch])]


def plan_extraction(documents: pd.DataFrame, chunks: int, cache: ExtractionCache | None) -> ExtractionPlan:
    keys = document_keys(documents)
    doc_ids = documents["doc_id"].tolist()
    in_cache = cache.keys(set(keys)) if cache is not None else set()
    plan = pd.DataFrame({"position": range(len(keys)), "doc_id": doc_ids, "key": keys,
                         "chunk": [chunk_of(d, chunks) for d in doc_ids],
                         "cached": [k in in_cache for k in keys]}, columns=PLAN_COLUMNS)
    todo = plan[~plan["cached"]]
    out = {}
    for index, rows in todo.groupby("chunk", sort=True):
        out[chunk_name(int(index))] = pd.DataFrame({"position": rows["position"].astype("int64").tolist(),
                                                    "doc_id": rows["doc_id"].tolist()}, columns=CHUNK_COLUMNS)
    # nothing to extract: no chunk at all (Dagster then runs the collecting step with an empty list)
    return ExtractionPlan(plan.astype({"position": "int64", "chunk": "int64", "cached": "bool"}), out)


def chunk_documents(documents: pd.DataFrame, chunk: pd.DataFrame) -> pd.DataFrame:
    """The chunk's rows of `documents`, with their `position` (what extract_chunk reads)."""
    positions = chunk["position"].astype("int64").tolist()
    rows = documents.iloc[positions].reset_index(drop=True).assign(position=positions)
    if rows["doc_id"].tolist() != chunk["doc_id"].tolist():
        raise RuntimeError("the documents changed between planning and extracting this chunk")
    return rows


def extract_chunk(chunk: pd.DataFrame, knowledge: Knowledge, workers: int = 1,
                  cache: ExtractionCache | None = None) -> pd.DataFrame:
    """The raw extraction of one chunk's documents, in the chunk's order. With workers > 1 the
    documents go to one process pool kept for the whole process (not one pool per chunk). With a
    cache the results are added to it (one segment; converted to Arrow in the workers, batch by batch)
    and only HANDOFF_COLUMNS are returned; without one, RESULT_COLUMNS (JSON lines)."""
    docs = document_inputs(chunk)
    keys = [document_key(d) for d in docs]
    positions = chunk["position"].astype("int64").tolist()
    if cache is None:
        results = extract_documents(docs, knowledge, workers=workers, keep_pool=True)
        return pd.DataFrame({"position": positions, "key": keys,
                             "result": [encode_result(k, r) for k, r in zip(keys, results)]}, columns=RESULT_COLUMNS)
    first = {}
    for key, doc in zip(keys, docs):   # one document twice in the corpus: extracted and stored once
        first.setdefault(key, doc)
    del docs
    tables = extract_tables(list(first.values()), knowledge, workers=workers, keep_pool=True)
    cache.store_tables(tables)
    return pd.DataFrame({"position": positions, "key": keys}, columns=HANDOFF_COLUMNS)


def _decoded_tables(table: pd.DataFrame, positions: set, seen: set) -> columnar.ResultTables:
    """One chunk's JSON lines as tables (its documents not already seen)."""
    results = []
    for position, line in zip(table["position"].tolist(), table["result"].tolist()):
        key, result = decode_result(line)
        positions.add(int(position))
        if key not in seen:   # one document twice in the corpus: its result once
            seen.add(key)
            results.append((key, result))
    return columnar.tables_from_results(results)


def collect_tables(plan: pd.DataFrame, chunk_results: list[pd.DataFrame], cache: ExtractionCache | None,
                   workers: int = 1, run: ExtractionRun | None = None) -> columnar.ResultTables:
    """The raw extraction of every document in input order, as tables (read from the cache as Arrow
    tables, never as Python rows). Chunks that handed their results over through the cache return
    only keys; chunks that return JSON lines (no cache at their step) are decoded one at a time, so
    that only one chunk's results live as Python rows at a time, and added to the cache."""
    parts, positions, seen, handed_over = [], set(), set(), set()
    for table in chunk_results:
        if "result" in table.columns:
            parts.append(_decoded_tables(table, positions, seen))
        else:
            positions.update(int(p) for p in table["position"].tolist())
            handed_over.update(table["key"].tolist())
    if handed_over and cache is None:
        raise RuntimeError(f"{len(handed_over)} document(s) were handed over through an extraction cache, but this step has none")
    new = columnar.concat(parts)
    del parts
    if cache is not None:
        cache.store_tables(new)
        new = columnar.empty_tables()
    cached_keys = set(plan.loc[plan["cached"], "key"].tolist())
    from_cache = (cached_keys | handed_over | seen) if cache is not None else set()
    loaded = cache.load_tables(from_cache) if from_cache else columnar.empty_tables()
    missing = from_cache - set(loaded.keys.column("key").to_pylist())
    if missing:
        raise RuntimeError(f"{len(missing)} cached extraction result(s) vanished from {cache.folder} during the run")
    for position, key, is_cached in zip(plan["position"].tolist(), plan["key"].tolist(), plan["cached"].tolist()):
        if not is_cached and position not in positions:
            raise RuntimeError(f"document at position {position} ({key[:12]}) was planned but no chunk returned it")
    if run is not None:
        n_docs = len(plan)
        n_cached = len(cached_keys)
        run.extracted, run.cached = len(positions), n_cached
        run.workers = max(1, min(workers, len(positions) or 1))
        run.cache_note = cache_note(cache, n_cached, n_docs) if cache is not None else "no cache"
    return columnar.in_key_order(columnar.concat([loaded, new]), plan["key"].tolist())


def collect_results(plan: pd.DataFrame, chunk_results: list[pd.DataFrame], cache: ExtractionCache | None,
                    workers: int = 1, run: ExtractionRun | None = None):
    """collect_tables as Python rows: claims, mentions and discovered actors of every document in input
    order (IDs not yet canonical), as extract_layer returns them."""
    return columnar.flatten_tables(collect_tables(plan, chunk_results, cache, workers=workers, run=run))
