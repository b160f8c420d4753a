"""Round 16: the contract's checks run as five Dagster steps (multi_asset_check groups) instead of thirteen. The
groups give exactly the single checks' results (keys, passed, metadata) on good and on broken tables, a run with
them writes the same release as a run with the single checks, and a failing grouped check still blocks the release."""
import dagster as dg
import pytest

from pipeline.assets import checks
from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
from pipeline.io_manager import ParquetIOManager
from pipeline.release import read_release
from pipeline.resources import PipelineConfig
from tests.conftest import FIXTURES
from tests.test_downstream_equivalence import _broken, tables  # noqa: F401  (the module fixture)

SINGLE_CHECKS = [*checks.SCHEMA_CHECKS, *checks.INTEGRITY_CHECKS, *checks.CURATION_CHECKS]


def _as_dict(result: dg.AssetCheckResult) -> dict:
    return {"passed": result.passed, "metadata": {k: v.value if hasattr(v, "value") else v
                                                  for k, v in result.metadata.items()}}


def test_groups_hold_the_single_checks_keys():
    single = {key for c in (*checks.SCHEMA_CHECKS, *checks.INTEGRITY_CHECKS) for key in c.check_keys}
    grouped = [key for c in checks.CONTRACT_CHECKS for key in c.check_keys]
    assert len(grouped) == len(set(grouped)) == len(single) == 13
    assert set(grouped) == single
    by_key = {s.key: s for c in (*checks.SCHEMA_CHECKS, *checks.INTEGRITY_CHECKS) for s in c.check_specs}
    for c in checks.CONTRACT_CHECKS:
        for spec in c.check_specs:
            assert (spec.description, spec.blocking) == (by_key[spec.key].description, by_key[spec.key].blocking)


@pytest.mark.parametrize("broken", [False, True])
def test_grouped_results_equal_the_single_checks(tables, broken):  # noqa: F811
    t = _broken(tables) if broken else tables
    grouped = {}
    for result in [*checks.text_tables_checks(documents=t["documents"], claims=t["claims"], mentions=t["mentions"]),
                   *checks.curated_tables_checks(actors=t["actors"], events=t["events"], stances=t["stances"],
                                                 topics=t["topics"], rejects=t["rejects"])]:
        grouped[(result.asset_key.to_user_string(), result.check_name)] = _as_dict(result)
    single = {}
    for group in (checks.TEXT_CHECKS, checks.TABLE_CHECKS):
        for check in group:
            (spec,) = check.check_specs
            args = [t[spec.asset_key.to_user_string()]]
            if spec.name.endswith("_match_document_text"):
                args.append(t["documents"])
            single[(spec.asset_key.to_user_string(), spec.name)] = _as_dict(check(*args))
    assert grouped == single
    assert all(r["passed"] for r in grouped.values()) != broken


def _run(tmp_path, documents, checks_list):
    return dg.materialize(
        [*ALL_ASSETS, *checks_list], instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
        resources={"pipeline_config": PipelineConfig(documents_dir=str(documents), seeds_dir=str(FIXTURES / "seeds"),
                                                     releases_dir=str(tmp_path / "releases")),
                   "io_manager": ParquetIOManager(base_dir=str(tmp_path / "storage"))})


def test_a_run_with_the_groups_writes_the_release_of_a_run_with_the_single_checks(tmp_path):
    grouped, single = _run(tmp_path / "g", FIXTURES / "documents", ALL_CHECKS), \
        _run(tmp_path / "s", FIXTURES / "documents", SINGLE_CHECKS)
    assert grouped.success and single.success
    names = lambda r: sorted((e.asset_key.to_user_string(), e.check_name, e.passed)  # noqa: E731
                             for e in r.get_asset_check_evaluations())
    assert names(grouped) == names(single) and len(names(grouped)) == 14
    a, b = (read_release(tmp_path / x / "releases" / "v1.0.0") for x in ("g", "s"))
    assert a.keys() == b.keys()
    for name in a:
        assert a[name].equals(b[name]), name
    for name in ("claims", "mentions", "events", "stances", "actors", "documents"):
        assert (tmp_path / "g" / "releases" / "v1.0.0" / f"{name}.parquet").read_bytes() == \
            (tmp_path / "s" / "releases" / "v1.0.0" / f"{name}.parquet").read_bytes()


def test_a_failing_grouped_check_blocks_the_release(tmp_path, monkeypatch):
    monkeypatch.setattr(checks.integrity, "mention_slices", lambda documents, mentions: ["mention m: broken"])
    result = _run(tmp_path, FIXTURES / "documents", ALL_CHECKS)
    failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
    assert failed == ["mentions_match_document_text"]
    assert not (tmp_path / "releases" / "v1.0.0").exists()
