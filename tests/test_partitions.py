"""Documents as dynamic partitions: which files are partitions, a partition extracts its document into
the cache the release's extraction reads (the next build reports it as a cache hit and publishes the same
tables), and a backfill of many partitions is one run."""
import json
import shutil

import dagster as dg
import pytest

from pipeline.assets.partitions import document_extraction
from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
from pipeline.io_manager import ParquetIOManager
from pipeline.partitions import INVALID_KEY_SUBSTRINGS, PARTITIONS_NAME, named_documents, partition_keys
from pipeline.resources import PipelineConfig
from tests.conftest import FIXTURES


def test_partition_keys_are_the_files_ingest_reads_as_documents():
    listing = {"a.txt": "1", "B.TXT": "2", "documents.csv": "3", "notes.md": "4", "link.txt": "symlink",
               "odd...name.txt": "5", "tab\tname.txt": "6"}
    assert list(partition_keys(listing)) == ["B.TXT", "a.txt"]


def test_invalid_key_substrings_are_dagsters():
    from dagster._core.definitions.partitions.utils.base import INVALID_PARTITION_SUBSTRINGS

    assert set(INVALID_KEY_SUBSTRINGS) == set(INVALID_PARTITION_SUBSTRINGS)


def test_identical_files_are_one_document_and_a_missing_file_is_named(tmp_path):
    shutil.copytree(FIXTURES / "documents", tmp_path / "docs")
    shutil.copy(tmp_path / "docs" / "a.txt", tmp_path / "docs" / "a2.txt")
    documents, missing = named_documents(tmp_path / "docs", ["a2.txt", "gone.txt"])
    assert documents["source_file"].tolist() == ["a.txt"] and list(documents["source_files"].iloc[0]) == ["a.txt", "a2.txt"]
    assert missing == {"gone.txt": "no such file"}


def _config(tmp_path, folder) -> PipelineConfig:
    return PipelineConfig(documents_dir=str(folder), seeds_dir=str(FIXTURES / "seeds"), releases_dir=str(tmp_path / "releases"),
                          cache_dir=str(tmp_path / "cache"), workers=1)


def _partitions(instance, config, **kwargs) -> dg.ExecuteInProcessResult:
    return dg.materialize([document_extraction], instance=instance, resources={"pipeline_config": config}, **kwargs)


def _build(tmp_path, config, instance) -> dg.ExecuteInProcessResult:
    return dg.materialize([*ALL_ASSETS, *ALL_CHECKS], instance=instance, raise_on_error=False,
                          resources={"pipeline_config": config,
                                     "io_manager": ParquetIOManager(base_dir=str(tmp_path / "storage"))})


def _meta(result, asset: str) -> dict:
    events = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey(asset)]
    return {k: v.value for k, v in events[-1].materialization.metadata.items()}


def _table_hashes(release) -> dict:
    return {t: m["sha256"] for t, m in json.loads((release / "manifest.json").read_text())["tables"].items()}


@pytest.fixture()
def folder(tmp_path):
    shutil.copytree(FIXTURES / "documents", tmp_path / "documents")
    return tmp_path / "documents"


def test_a_partition_fills_the_cache_and_the_next_build_takes_it_from_there(tmp_path, folder):
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(PARTITIONS_NAME, ["a.txt", "b.txt"])
    config = _config(tmp_path / "partitioned", folder)

    first = _partitions(instance, config, partition_key="a.txt")
    meta = _meta(first, "document_extraction")
    assert (meta["extracted"], meta["cache_hits"], meta["cache_hit"]) == (1, 0, False)
    assert meta["claims"] > 0 and meta["mentions"] > 0 and meta["actors_from_registry"] > 0
    assert abs(sum(meta["share_by_modality"].values()) - 1) < 0.01
    assert set(meta) >= {"event_claims", "stance_claims", "actors_discovered", "registry_size", "per_document"}
    again = _meta(_partitions(instance, config, partition_key="a.txt"), "document_extraction")
    assert (again["extracted"], again["cache_hits"], again["cache_hit"]) == (0, 1, True)
    assert again["claims"] == meta["claims"]

    build = _build(tmp_path / "partitioned", config, instance)
    assert build.success
    claims = _meta(build, "extracted_claims")
    assert (claims["documents_from_cache"], claims["documents_extracted"]) == (1, 1)  # a.txt cached, b.txt extracted

    # the same tables as a build that never saw a partition
    plain_config = _config(tmp_path / "plain", folder)
    assert _build(tmp_path / "plain", plain_config, dg.DagsterInstance.ephemeral()).success
    assert _table_hashes(tmp_path / "partitioned" / "releases" / "v1.0.0") == \
        _table_hashes(tmp_path / "plain" / "releases" / "v1.0.0")


def test_a_backfill_of_partitions_is_one_run_and_a_vanished_file_does_not_fail_it(tmp_path, folder):
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(PARTITIONS_NAME, ["a.txt", "b.txt", "gone.txt"])
    result = _partitions(instance, _config(tmp_path, folder),
                         tags={"dagster/asset_partition_range_start": "a.txt", "dagster/asset_partition_range_end": "gone.txt"})
    assert result.success
    assert sorted(m.partition for m in result.get_asset_materialization_events()) == ["a.txt", "b.txt", "gone.txt"]
    meta = _meta(result, "document_extraction")
    assert (meta["partitions"], meta["extracted"], meta["cache_hits"]) == (3, 2, 0)
    assert meta["not_ingested"] == ["gone.txt: not ingested: no such file"]
    assert "| a.txt | extracted |" in meta["per_document"]
    assert document_extraction.backfill_policy == dg.BackfillPolicy.single_run()
