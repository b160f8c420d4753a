"""The contract's rules run once per run: publish skips check_tables only when every schema and
integrity asset check of the release's inputs ran and passed in the same Dagster run."""
import dagster as dg

import pipeline.publish as publish_module
from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
from pipeline.io_manager import ParquetIOManager
from pipeline.resources import PipelineConfig
from tests.conftest import FIXTURES


def run(tmp_path, checks: list, monkeypatch) -> list[int]:
    calls = []
    real = publish_module.check_tables
    monkeypatch.setattr(publish_module, "check_tables", lambda tables: calls.append(1) or real(tables))
    result = dg.materialize(
        [*ALL_ASSETS, *checks], instance=dg.DagsterInstance.ephemeral(),
        resources={"pipeline_config": PipelineConfig(documents_dir=str(FIXTURES / "documents"),
                                                     seeds_dir=str(FIXTURES / "seeds"), releases_dir=str(tmp_path / "releases")),
                   "io_manager": ParquetIOManager(base_dir=str(tmp_path / "storage"))})
    assert result.success
    assert (tmp_path / "releases" / "v1.0.0" / "manifest.json").exists()
    return calls


def test_publish_relies_on_the_checks_of_the_same_run(tmp_path, monkeypatch):
    assert run(tmp_path, ALL_CHECKS, monkeypatch) == []


def test_publish_checks_the_tables_itself_when_the_checks_did_not_run(tmp_path, monkeypatch):
    assert run(tmp_path, [], monkeypatch) == [1]
    # one contract check left out of the run is enough for publish to check everything again
    partial = [c for c in ALL_CHECKS if "foreign_keys_resolve" not in {k.name for k in c.check_keys}]
    assert run(tmp_path / "partial", partial, monkeypatch) == [1]
