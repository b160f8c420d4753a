"""Asset tests: the whole graph materialised in-process on small fixtures."""
import shutil

import dagster as dg
import pandas as pd
import pytest

from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
from pipeline.io_manager import ParquetIOManager
from pipeline.release import read_release
from pipeline.resources import PipelineConfig
from pipeline.validate import validate_release
from tests.conftest import FIXTURES


def materialize(tmp_path, documents, releases, version=""):
    instance = dg.DagsterInstance.ephemeral()
    return dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS], instance=instance, raise_on_error=False,
        run_config={"ops": {"release": {"config": {"version": version}}}},
        resources={"pipeline_config": PipelineConfig(documents_dir=str(documents), seeds_dir=str(FIXTURES / "seeds"),
                                                     releases_dir=str(releases)),
                   "io_manager": ParquetIOManager(base_dir=str(tmp_path / "storage"))})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("built")
    result = materialize(tmp, FIXTURES / "documents", tmp / "releases")
    return tmp, result


def test_graph_materialises_and_every_check_passes(built):
    _, result = built
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert len(evaluations) == len(ALL_CHECKS)
    assert all(e.passed for e in evaluations), [e.check_name for e in evaluations if not e.passed]


def test_release_is_written_and_valid(built):
    tmp, _ = built
    release = tmp / "releases" / "v1.0.0"
    assert validate_release(release) == []
    tables = read_release(release)
    assert set(tables) == {"documents", "claims", "mentions", "actors", "events", "stances", "topics", "rejects"}
    assert len(tables["documents"]) == 2 and len(tables["events"]) >= 1
    assert (tmp / "releases" / "LATEST").read_text().strip() == "v1.0.0"


def test_events_rest_only_on_asserted_claims(built):
    tmp, _ = built
    tables = read_release(tmp / "releases" / "v1.0.0")
    modality = dict(zip(tables["claims"]["claim_id"], tables["claims"]["modality"]))
    assert all(modality[c] == "asserted" for ids in tables["events"]["claim_ids"] for c in ids)
    # the fixture's hypothetical, prescriptive and negated sentences produced claims but no events
    assert {"hypothetical", "prescriptive", "negated"} <= set(tables["claims"]["modality"])


def test_same_event_in_two_documents_is_one_row(built):
    tmp, _ = built
    events = read_release(tmp / "releases" / "v1.0.0")["events"]
    rejects = events[events["event_type"] == "REJECT"]
    assert len(rejects) == 1 and rejects.iloc[0]["n_documents"] == 2


def test_second_run_on_unchanged_inputs_writes_nothing(built):
    tmp, _ = built
    again = materialize(tmp, FIXTURES / "documents", tmp / "releases")
    assert again.success
    meta = again.asset_materializations_for_node("release")[-1].metadata
    assert meta["version"].value == "unchanged"
    assert sorted(p.name for p in (tmp / "releases").iterdir() if not p.name.startswith(".")) == \
        ["CHANGELOG.md", "LATEST", "v1.0.0"]


def test_order_of_files_does_not_change_ids(built, tmp_path):
    tmp, _ = built
    docs = tmp_path / "docs"
    docs.mkdir()
    # the same documents under other names, so they are listed and processed in another order
    shutil.copy(FIXTURES / "documents" / "a.txt", docs / "z_last.txt")
    shutil.copy(FIXTURES / "documents" / "b.txt", docs / "a_first.txt")
    (docs / "documents.csv").write_text((FIXTURES / "documents" / "documents.csv").read_text().replace("a.txt", "z_last.txt"))
    result = materialize(tmp_path, docs, tmp_path / "releases")
    assert result.success
    first = read_release(tmp / "releases" / "v1.0.0")
    second = read_release(tmp_path / "releases" / "v1.0.0")
    for table in ("claims", "events", "stances", "actors", "mentions"):
        pd.testing.assert_frame_equal(first[table], second[table])


def test_a_version_that_contradicts_the_rule_is_refused(tmp_path):
    result = materialize(tmp_path, FIXTURES / "documents", tmp_path / "releases", version="v3.0.0")
    assert not result.success
    assert not (tmp_path / "releases" / "v3.0.0").exists()
