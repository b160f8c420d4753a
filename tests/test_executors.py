"""The extraction graph distributed by Dagster's multiprocess executor gives the same release tables as
the in-process executor, and its chunks really ran as separate step processes."""
import json

import dagster as dg
import pytest

from pipeline.definitions import build_definitions, build_release
from pipeline.fanout import chunk_of, plan_extraction
from tests.conftest import FIXTURES, ROOT

RUN_CONFIG = {"ops": {"release": {"config": {"version": ""}}}}


def _env(monkeypatch, tmp, executor, chunks, workers):
    home = tmp / "home"
    home.mkdir(parents=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    for name, value in {"DAGSTER_HOME": home, "TWJP_EXECUTOR": executor, "TWJP_EXTRACT_CHUNKS": chunks,
                        "TWJP_WORKERS": workers, "TWJP_DOCUMENTS_DIR": FIXTURES / "documents",
                        "TWJP_SEEDS_DIR": FIXTURES / "seeds", "TWJP_RELEASES_DIR": tmp / "releases",
                        "TWJP_CACHE_DIR": tmp / "cache", "TWJP_GOLD_DIR": ROOT / "tests" / "gold"}.items():
        monkeypatch.setenv(name, str(value))
    return home


def _run(monkeypatch, tmp, executor, chunks, workers, run_config):
    home = _env(monkeypatch, tmp, executor, chunks, workers)
    with dg.DagsterInstance.from_config(str(home)) as instance:
        if executor == "in_process":
            job = build_definitions(executor=dg.in_process_executor).resolve_job_def("build_release")
            result = job.execute_in_process(instance=instance, run_config=run_config)
        else:   # the step processes rebuild the job from this pointer, in the environment set above
            result = dg.execute_job(dg.reconstructable(build_release), instance=instance, run_config=run_config)
        assert result.success, [e.message for e in result.all_events if e.is_failure]
        starts = {e.step_key: e.pid for e in result.all_events if e.event_type_value == "STEP_START"}
        run_pid = next(e.pid for e in result.all_events if e.event_type_value == "PIPELINE_START")
    [release] = sorted((tmp / "releases").glob("v*"))
    manifest = json.loads((release / "manifest.json").read_text())
    return {t: (m["sha256"], m["rows"]) for t, m in manifest["tables"].items()}, starts, run_pid


def test_chunks_are_stable_and_cover_every_document():
    ids = [f"doc-{i:016x}" for i in range(200)]
    assert [chunk_of(d, 8) for d in ids] == [chunk_of(d, 8) for d in ids]
    assert set(chunk_of(d, 8) for d in ids) == set(range(8))


def test_plan_puts_every_uncached_document_in_one_chunk(fixture_knowledge):
    from pipeline.layers import ingest_layer

    documents = ingest_layer(FIXTURES / "documents").documents
    planned = plan_extraction(documents, 4, cache=None)
    positions = sorted(p for c in planned.chunks.values() for p in c["position"].tolist())
    assert positions == list(range(len(documents)))
    for key, chunk in planned.chunks.items():
        assert {chunk_of(d, 4) for d in chunk["doc_id"]} == {int(key.split("_")[1])}


@pytest.mark.slow
def test_multiprocess_executor_gives_the_in_process_tables(tmp_path, monkeypatch):
    inproc, _, _ = _run(monkeypatch, tmp_path / "inproc", "in_process", 1, 2, RUN_CONFIG)
    multi, starts, run_pid = _run(monkeypatch, tmp_path / "multi", "multiprocess", 4, 1,
                                  {**RUN_CONFIG, "execution": {"config": {"max_concurrent": 2}}})
    assert multi == inproc
    assert set(inproc) >= {"claims", "mentions", "actors", "events", "stances"}
    assert inproc["claims"][1] > 0
    chunk_steps = [k for k in starts if k.startswith("extract.extract_chunk[")]
    assert len(chunk_steps) >= 2, starts   # the 3 fixture documents fall in more than one of 4 chunks
    # every step ran in its own process, none in the run's
    assert run_pid not in {starts[k] for k in chunk_steps}
    assert len({starts[k] for k in chunk_steps}) == len(chunk_steps)


def _materialize(tmp, chunks, cache):
    from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
    from pipeline.io_manager import ParquetIOManager
    from pipeline.resources import PipelineConfig

    return dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS], instance=dg.DagsterInstance.ephemeral(), run_config=RUN_CONFIG,
        resources={"pipeline_config": PipelineConfig(documents_dir=str(FIXTURES / "documents"),
                                                     seeds_dir=str(FIXTURES / "seeds"), releases_dir=str(tmp / "releases"),
                                                     cache_dir=str(cache), extract_chunks=chunks, workers=1),
                   "io_manager": ParquetIOManager(base_dir=str(tmp / "storage"))})


def _extract_steps(result):
    steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"}
    meta = next(e.event_specific_data.materialization.metadata for e in result.all_events
                if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key == dg.AssetKey("extracted_claims"))
    return sorted(s for s in steps if s.startswith("extract.extract_chunk[")), meta


def test_chunk_count_does_not_change_tables_and_cached_documents_run_no_chunk(tmp_path):
    one = _materialize(tmp_path / "one", 1, tmp_path / "cache-one")
    many = _materialize(tmp_path / "many", 16, tmp_path / "cache-many")
    assert one.success and many.success
    read = lambda d: {t: m["sha256"] for t, m in json.loads(  # noqa: E731
        next((d / "releases").glob("v*/manifest.json")).read_text())["tables"].items()}
    assert read(tmp_path / "one") == read(tmp_path / "many")
    chunks_one, meta_one = _extract_steps(one)
    chunks_many, meta_many = _extract_steps(many)
    assert len(chunks_one) == 1 and len(chunks_many) >= 2
    assert meta_many["documents_extracted"].value == meta_one["documents_extracted"].value > 0
    # everything cached: no chunk step at all, the collecting step still yields the four tables
    again = _materialize(tmp_path / "again", 16, tmp_path / "cache-many")
    assert again.success
    chunks_again, meta_again = _extract_steps(again)
    assert chunks_again == [] and meta_again["documents_extracted"].value == 0
    assert meta_again["documents_from_cache"].value == meta_one["documents_extracted"].value
    assert read(tmp_path / "again") == read(tmp_path / "one")
