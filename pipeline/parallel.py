"""Extraction of many documents across processes: one ClaimExtractor per worker process (built by
the pool's initializer), documents sent in chunks, results returned in input order, so the output
is the same whatever the number of workers.

The extraction graph (pipeline/assets/extract.py) calls this once per chunk; under the in-process
executor all chunks run in one process, one after the other, so `keep_pool=True` keeps one pool (and
one extractor per worker) for the whole process instead of spawning a pool per chunk, and a
single-process extraction reuses one ClaimExtractor (building one compiles its regexes: ~2 s).
`shutdown_pool()` ends the kept pool (the collecting op calls it once every chunk is done).

Called inside `regex_cache.using(path)`, the workers use the same kept regex code, each inside its own
`using(path)` while it builds its extractor and extracts a batch (pipeline/regex_cache.py)."""
import atexit
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from pipeline import columnar, regex_cache
from pipeline.cache import DocumentResult, document_key
from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.knowledge import Knowledge

_worker_extractor: ClaimExtractor | None = None
_worker_regex_path = None     # the parent's regex_cache file when it spawned this worker, else None
_kept_pool: tuple[tuple, ProcessPoolExecutor] | None = None
_local_extractor: tuple[str, ClaimExtractor] | None = None


def default_workers() -> int:
    return os.cpu_count() or 1


def _init_worker(knowledge: Knowledge, regex_path=None) -> None:
    global _worker_extractor, _worker_regex_path
    _worker_regex_path = regex_path
    with regex_cache.using(regex_path):
        _worker_extractor = ClaimExtractor(knowledge)


def _extract_one(extractor: ClaimExtractor, doc: DocumentInput) -> DocumentResult:
    out = extractor.extract(doc)
    return DocumentResult(out.claims, out.mentions, list(out.discovered.values()))


def _extract_chunk(docs: list[DocumentInput]) -> list[DocumentResult]:
    with regex_cache.using(_worker_regex_path):   # (most patterns are compiled at their first use)
        return [_extract_one(_worker_extractor, d) for d in docs]


def _extract_chunk_tables(docs: list[DocumentInput]) -> columnar.ResultTables:
    """A batch's results as Arrow tables, converted where they were extracted (the worker): what goes
    back to the parent is a few columnar buffers, not a Python dict per claim and mention."""
    with regex_cache.using(_worker_regex_path):
        results = [(document_key(d), _extract_one(_worker_extractor, d)) for d in docs]
    return columnar.tables_from_results(results)


def _chunks(docs: list[DocumentInput], workers: int, max_chunk: int = 64) -> list[list[DocumentInput]]:
    """Chunks small enough to balance the workers (about 4 per worker), large enough to keep the
    per-task overhead low; longest documents are not special-cased (articles are similar in size)."""
    size = max(1, min(max_chunk, -(-len(docs) // (workers * 4))))
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def _spawn_pool(knowledge: Knowledge, workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may be a multithreaded Dagster process
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(knowledge, regex_cache.active_path()))


def _pool_for(knowledge: Knowledge, workers: int) -> ProcessPoolExecutor:
    """The process-wide pool for this knowledge version and worker count (replacing another one)."""
    global _kept_pool
    from pipeline.extract.claims import extractor_id

    key = (extractor_id(knowledge), workers, regex_cache.active_path())   # (its workers use that regex file)
    if _kept_pool is not None and _kept_pool[0] != key:
        shutdown_pool()
    if _kept_pool is None:
        _kept_pool = (key, _spawn_pool(knowledge, workers))
    return _kept_pool[1]


def shutdown_pool() -> None:
    """End the pool kept by extract_documents(keep_pool=True), if any."""
    global _kept_pool
    if _kept_pool is not None:
        _kept_pool[1].shutdown(wait=True, cancel_futures=True)
        _kept_pool = None


atexit.register(shutdown_pool)


def _extractor_for(knowledge: Knowledge) -> ClaimExtractor:
    """One ClaimExtractor per process and knowledge version."""
    global _local_extractor
    from pipeline.extract.claims import extractor_id

    key = extractor_id(knowledge)
    if _local_extractor is None or _local_extractor[0] != key:
        _local_extractor = (key, ClaimExtractor(knowledge))
    return _local_extractor[1]


def extract_documents(docs: list[DocumentInput], knowledge: Knowledge, *, workers: int = 1,
                      extractor: ClaimExtractor | None = None, keep_pool: bool = False) -> list[DocumentResult]:
    """The raw extraction of every document, in input order. keep_pool: reuse one pool (and one
    single-process extractor) across calls in this process instead of building them per call."""
    if not docs:
        return []   # everything came from the cache: building an extractor costs seconds
    workers = max(1, min(workers, len(docs))) if not keep_pool else max(1, workers)
    if workers == 1 or (len(docs) == 1 and _kept_pool is None):   # one document: not worth spawning a pool
        extractor = extractor or (_extractor_for(knowledge) if keep_pool else ClaimExtractor(knowledge))
        return [_extract_one(extractor, d) for d in docs]
    if keep_pool:
        pool = _pool_for(knowledge, workers)
        return [r for chunk in pool.map(_extract_chunk, _chunks(docs, workers)) for r in chunk]
    with _spawn_pool(knowledge, workers) as pool:
        return [r for chunk in pool.map(_extract_chunk, _chunks(docs, workers)) for r in chunk]


def extract_tables(docs: list[DocumentInput], knowledge: Knowledge, *, workers: int = 1,
                   keep_pool: bool = False, batch: int = 64) -> columnar.ResultTables:
    """extract_documents as result tables (each document's `key` is document_key), in input order. The
    documents' results become Arrow tables batch by batch (in the worker processes when there are
    several), so only one batch's Python rows exist at a time; the same values as
    columnar.tables_from_results over extract_documents' list."""
    if not docs:
        return columnar.empty_tables()
    workers = max(1, min(workers, len(docs))) if not keep_pool else max(1, workers)
    if workers == 1 or (len(docs) == 1 and _kept_pool is None):
        extractor = _extractor_for(knowledge) if keep_pool else ClaimExtractor(knowledge)
        return columnar.concat([columnar.tables_from_results([(document_key(d), _extract_one(extractor, d))
                                                              for d in docs[i:i + batch]])
                                for i in range(0, len(docs), batch)])
    if keep_pool:
        return columnar.concat(list(_pool_for(knowledge, workers).map(_extract_chunk_tables, _chunks(docs, workers, batch))))
    with _spawn_pool(knowledge, workers) as pool:
        return columnar.concat(list(pool.map(_extract_chunk_tables, _chunks(docs, workers, batch))))
