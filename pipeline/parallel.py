"""Extraction of many documents across processes: one ClaimExtractor per worker process (built by
the pool's initializer), documents sent in chunks, results returned in input order, so the output
is the same whatever the number of workers."""
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from pipeline.cache import DocumentResult
from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.knowledge import Knowledge

_worker_extractor: ClaimExtractor | None = None


def default_workers() -> int:
    return os.cpu_count() or 1


def _init_worker(knowledge: Knowledge) -> None:
    global _worker_extractor
    _worker_extractor = ClaimExtractor(knowledge)


def _extract_one(extractor: ClaimExtractor, doc: DocumentInput) -> DocumentResult:
    out = extractor.extract(doc)
    return DocumentResult(out.claims, out.mentions, list(out.discovered.values()))


def _extract_chunk(docs: list[DocumentInput]) -> list[DocumentResult]:
    return [_extract_one(_worker_extractor, d) for d in docs]


def _chunks(docs: list[DocumentInput], workers: int, max_chunk: int = 64) -> list[list[DocumentInput]]:
    """Chunks small enough to balance the workers (about 4 per worker), large enough to keep the
    per-task overhead low; longest documents are not special-cased (articles are similar in size)."""
    size = max(1, min(max_chunk, -(-len(docs) // (workers * 4))))
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def extract_documents(docs: list[DocumentInput], knowledge: Knowledge, *, workers: int = 1,
                      extractor: ClaimExtractor | None = None) -> list[DocumentResult]:
    """The raw extraction of every document, in input order."""
    if not docs:
        return []   # everything came from the cache: building an extractor costs seconds
    workers = max(1, min(workers, len(docs)))
    if workers == 1:
        extractor = extractor or ClaimExtractor(knowledge)
        return [_extract_one(extractor, d) for d in docs]
    # spawn, not fork: the parent may be a multithreaded Dagster process
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(knowledge,)) as pool:
        return [r for chunk in pool.map(_extract_chunk, _chunks(docs, workers)) for r in chunk]
