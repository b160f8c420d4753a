"""The documents sensor: one build request per change of the folder, none while it stays the same;
and a deleted document disappears from the next release."""
import json
import shutil

import dagster as dg
import pytest

from pipeline.release import read_release
from pipeline.resources import PipelineConfig
from pipeline.sensors import documents_sensor
from tests.conftest import FIXTURES
from tests.test_assets import materialize


def tick(folder, cursor=None) -> dg.SensorResult:
    context = dg.build_sensor_context(cursor=cursor, resources={"pipeline_config": PipelineConfig(documents_dir=str(folder))})
    return documents_sensor(context)


@pytest.fixture()
def folder(tmp_path):
    docs = tmp_path / "documents"
    shutil.copytree(FIXTURES / "documents", docs)
    return docs


def test_first_look_requests_a_build_and_an_unchanged_folder_does_not(folder):
    first = tick(folder)
    assert len(first.run_requests) == 1
    assert first.run_requests[0].tags["twjp/documents_change"] == "first look: 3 files"
    again = tick(folder, first.cursor)
    assert again.run_requests == [] and "unchanged" in again.skip_reason.skip_message
    assert again.cursor is None  # the cursor stays where it was


def test_added_changed_and_deleted_documents_each_request_one_build(folder):
    cursor = tick(folder).cursor
    (folder / "c.txt").write_text("Tokyo, 1 March 2020. A new article.\n")
    added = tick(folder, cursor)
    assert added.run_requests[0].tags["twjp/documents_change"] == "added 1: c.txt"
    (folder / "a.txt").write_text((folder / "a.txt").read_text() + "\nOne more line.\n")
    (folder / "b.txt").unlink()
    changed = tick(folder, added.cursor)
    assert changed.run_requests[0].tags["twjp/documents_change"] == "changed 1: a.txt; deleted 1: b.txt"
    # distinct run keys, so Dagster never drops a request as a duplicate of an earlier state
    keys = {r.run_requests[0].run_key for r in (added, changed)}
    assert len(keys) == 2
    assert json.loads(changed.cursor)["generation"] == 3


def test_hidden_files_do_not_trigger_a_build(folder):
    cursor = tick(folder).cursor
    (folder / ".DS_Store").write_bytes(b"\0")
    assert tick(folder, cursor).run_requests == []


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
