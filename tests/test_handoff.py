"""The extraction chunks hand their results over through the extraction cache (pipeline/fanout.py):
a chunk step stores its documents' results and returns only (position, key); the collecting step
reads them back. The same tables as the JSON-lines hand-over (no cache), and the same results as
extracting row by row."""
import pytest

from pipeline import columnar
from pipeline.cache import ExtractionCache, document_key
from pipeline.extract.claims import extractor_id
from pipeline.fanout import (CHUNK_COLUMNS, HANDOFF_COLUMNS, RESULT_COLUMNS, chunk_documents, collect_tables,
                             extract_chunk, plan_extraction)
from pipeline.layers import ExtractionRun, document_inputs, ingest_layer
from pipeline.parallel import extract_documents, extract_tables, shutdown_pool
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def documents():
    docs = ingest_layer(FIXTURES / "documents").documents
    # a document listed twice (same key): extracted once, returned at both positions
    import pandas as pd
    return pd.concat([docs, docs.iloc[[0]]], ignore_index=True)


def _same(a: columnar.ResultTables, b: columnar.ResultTables):
    for name in columnar.TABLES:
        assert getattr(a, name).equals(getattr(b, name)), name


def test_extract_tables_equals_extract_documents(documents, fixture_knowledge):
    docs = document_inputs(documents.iloc[:3])
    rows = columnar.tables_from_results([(document_key(d), r) for d, r in
                                         zip(docs, extract_documents(docs, fixture_knowledge))])
    _same(extract_tables(docs, fixture_knowledge, batch=2), rows)
    _same(extract_tables(docs, fixture_knowledge, workers=2, batch=1), rows)
    assert rows.claims.num_rows > 0


def test_chunks_hand_over_through_the_cache(documents, fixture_knowledge, tmp_path):
    cache = ExtractionCache(tmp_path / "cache", extractor_id(fixture_knowledge))
    planned = plan_extraction(documents, 2, cache)
    assert all(list(c.columns) == CHUNK_COLUMNS for c in planned.chunks.values())   # no text in a chunk
    rows = [chunk_documents(documents, c) for c in planned.chunks.values()]
    try:
        handed = [extract_chunk(r, fixture_knowledge, cache=cache) for r in rows]
        lines = [extract_chunk(r, fixture_knowledge) for r in rows]
    finally:
        shutdown_pool()
    assert all(list(t.columns) == HANDOFF_COLUMNS for t in handed)
    assert all(list(t.columns) == RESULT_COLUMNS for t in lines)
    assert sorted(p for t in handed for p in t["position"]) == list(range(len(documents)))
    run = ExtractionRun(0, 0, 1, "")
    via_cache = collect_tables(planned.plan, handed, cache, run=run)
    _same(via_cache, collect_tables(planned.plan, lines, None))
    assert run.extracted == len(documents) and run.cached == 0
    # the next run finds everything cached: no chunk, the same tables from the cache alone
    again = plan_extraction(documents, 2, cache)
    assert again.chunks == {} and bool(again.plan["cached"].all())
    _same(collect_tables(again.plan, [], cache), via_cache)
    # a chunk's keys whose results are not in the cache: an error, not a silent gap
    with pytest.raises(RuntimeError, match="vanished"):
        collect_tables(planned.plan, handed, ExtractionCache(tmp_path / "empty", extractor_id(fixture_knowledge)))
