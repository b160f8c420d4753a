"""The documents sensor: one build request per change of the folder, none while it stays the same;
the documents' partitions added and deleted with their files, runs only for new and changed ones;
and a deleted document disappears from the next release."""
import json
import shutil

import dagster as dg
import pytest

from pipeline import sensors
from pipeline.partitions import PARTITIONS_NAME
from pipeline.release import read_release
from pipeline.resources import PipelineConfig
from pipeline.sensors import documents_sensor
from tests.conftest import FIXTURES
from tests.test_assets import materialize


@pytest.fixture()
def instance():
    with dg.DagsterInstance.ephemeral() as instance:
        yield instance


def tick(folder, cursor=None, instance=None) -> dg.SensorResult:
    """One evaluation; its partition requests are applied to the instance, as the sensor daemon does."""
    instance = instance or dg.DagsterInstance.ephemeral()
    context = dg.build_sensor_context(instance=instance, cursor=cursor,
                                      resources={"pipeline_config": PipelineConfig(documents_dir=str(folder))})
    result = documents_sensor(context)
    for request in result.dynamic_partitions_requests or []:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        else:
            for key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, key)
    return result


def builds(result) -> list[dg.RunRequest]:
    return [r for r in result.run_requests if r.job_name == "build_release"]


def partition_runs(result) -> list[tuple]:
    """(partition key or range, ...) of every extract_documents request."""
    return [r.partition_key or (r.tags["dagster/asset_partition_range_start"], r.tags["dagster/asset_partition_range_end"])
            for r in result.run_requests if r.job_name == "extract_documents"]


@pytest.fixture()
def folder(tmp_path):
    docs = tmp_path / "documents"
    shutil.copytree(FIXTURES / "documents", docs)
    return docs


def test_first_look_requests_a_build_and_an_unchanged_folder_does_not(folder, instance):
    first = tick(folder, instance=instance)
    assert len(builds(first)) == 1
    assert builds(first)[0].tags["twjp/documents_change"] == "first look: 3 files"
    # a partition per document file (documents.csv is none), all new: one run for their range
    assert instance.get_dynamic_partitions(PARTITIONS_NAME) == ["a.txt", "b.txt"]
    assert partition_runs(first) == [("a.txt", "b.txt")]
    again = tick(folder, first.cursor, instance)
    assert again.run_requests == [] and "unchanged" in again.skip_reason.skip_message
    assert not again.dynamic_partitions_requests
    assert again.cursor is None  # the cursor stays where it was


def test_added_changed_and_deleted_documents_each_request_one_build(folder, instance):
    cursor = tick(folder, instance=instance).cursor
    (folder / "c.txt").write_text("Tokyo, 1 March 2020. A new article.\n")
    added = tick(folder, cursor, instance)
    assert builds(added)[0].tags["twjp/documents_change"] == "added 1: c.txt"
    assert partition_runs(added) == ["c.txt"]
    assert instance.get_dynamic_partitions(PARTITIONS_NAME) == ["a.txt", "b.txt", "c.txt"]
    (folder / "a.txt").write_text((folder / "a.txt").read_text() + "\nOne more line.\n")
    (folder / "b.txt").unlink()
    changed = tick(folder, added.cursor, instance)
    assert builds(changed)[0].tags["twjp/documents_change"] == "changed 1: a.txt; deleted 1: b.txt"
    # only the changed document is extracted again as a partition; the deleted one loses its partition
    assert partition_runs(changed) == ["a.txt"]
    assert instance.get_dynamic_partitions(PARTITIONS_NAME) == ["a.txt", "c.txt"]
    # distinct run keys, so Dagster never drops a request as a duplicate of an earlier state
    keys = {r.run_key for result in (added, changed) for r in result.run_requests}
    assert len(keys) == 4
    assert json.loads(changed.cursor)["generation"] == 3


def test_metadata_change_requests_a_build_but_no_partition_run(folder, instance):
    cursor = tick(folder, instance=instance).cursor
    (folder / "documents.csv").write_text((folder / "documents.csv").read_text() + "\n")
    result = tick(folder, cursor, instance)
    assert len(builds(result)) == 1 and partition_runs(result) == [] and not result.dynamic_partitions_requests


def test_a_big_drop_is_left_to_the_build(folder, instance, monkeypatch):
    monkeypatch.setattr(sensors, "MAX_PARTITION_RUNS", 1)
    first = tick(folder, instance=instance)
    assert len(builds(first)) == 1 and partition_runs(first) == []
    assert instance.get_dynamic_partitions(PARTITIONS_NAME) == ["a.txt", "b.txt"]  # added all the same


def test_partitions_deleted_by_hand_come_back_without_a_build(folder, instance):
    cursor = tick(folder, instance=instance).cursor
    instance.delete_dynamic_partition(PARTITIONS_NAME, "b.txt")
    result = tick(folder, cursor, instance)
    assert builds(result) == [] and partition_runs(result) == ["b.txt"]
    assert instance.get_dynamic_partitions(PARTITIONS_NAME) == ["a.txt", "b.txt"]


def test_hidden_files_do_not_trigger_a_build(folder, instance):
    cursor = tick(folder, instance=instance).cursor
    (folder / ".DS_Store").write_bytes(b"\0")
    assert tick(folder, cursor, instance).run_requests == []


def test_missing_folder_is_skipped_with_the_reason(tmp_path):
    result = tick(tmp_path / "nowhere")
    assert result.run_requests == [] and "not found" in result.skip_reason.skip_message


def test_deleted_document_leaves_the_next_release(tmp_path, folder):
    releases = tmp_path / "releases"
    assert materialize(tmp_path, folder, releases).success
    before = read_release(releases / "v1.0.0")
    gone = before["documents"].loc[before["documents"]["source_file"] == "b.txt", "doc_id"].item()
    assert (before["claims"]["doc_id"] == gone).any()

    (folder / "b.txt").unlink()
    assert materialize(tmp_path, folder, releases).success
    latest = (releases / "LATEST").read_text().strip()
    assert latest != "v1.0.0"
    after = read_release(releases / latest)
    assert gone not in set(after["documents"]["doc_id"])
    assert gone not in set(after["claims"]["doc_id"]) and gone not in set(after["mentions"]["doc_id"])
    assert all(gone not in ids for ids in after["events"]["doc_ids"])
    assert all(gone not in ids for ids in after["stances"]["doc_ids"])
    # the event both documents reported now rests on one
    rejects = after["events"][after["events"]["event_type"] == "REJECT"]
    assert len(rejects) == 1 and rejects.iloc[0]["n_documents"] == 1
