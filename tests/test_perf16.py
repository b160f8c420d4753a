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


def test_cross_table_rules_in_arrow_equal_the_row_by_row_rules(tables):  # noqa: F811
    """foreign_keys and events_rest_on_asserted_claims (Arrow first, Python only for flagged rows) against the
    row-by-row reference, on the generated tables and on variants: broken rows, duplicate claim IDs, an empty
    and an unknown claim list, plain pandas frames, no events."""
    import random

    import pandas as pd

    from pipeline import integrity
    from tests import reference_downstream as reference
    from tests.test_downstream_equivalence import _set

    rng = random.Random(16)
    variants = [tables, _broken(tables)]
    for _ in range(4):
        t = {k: v.copy() for k, v in tables.items()}
        claims, events = t["claims"], t["events"]
        for _ in range(3):
            row = rng.randrange(len(events))
            choice = rng.randrange(4)
            if choice == 0:
                _set(events, "claim_ids", row, [])
            elif choice == 1:
                _set(events, "claim_ids", row, [*events.at[row, "claim_ids"], f"clm-{rng.randrange(10**6)}"])
            elif choice == 2:
                statement = claims.loc[claims["kind"] != "event", "claim_id"]
                _set(events, "claim_ids", row, [statement.iloc[rng.randrange(len(statement))]])
            else:
                claims.loc[rng.randrange(len(claims)), "modality"] = "hedged"
        variants.append(t)
    dup = {k: v.copy() for k, v in tables.items()}
    used = dup["events"]["claim_ids"].iloc[0][0]
    first = dup["claims"][dup["claims"]["claim_id"] == used].assign(modality="negated")
    dup["claims"] = pd.concat([dup["claims"], first], ignore_index=True)   # the same claim ID twice: the last one counts
    variants.append(dup)
    plain = {k: pd.DataFrame({c: v[c].tolist() for c in v.columns}) for k, v in tables.items()}
    variants.append(plain)
    variants.append({**tables, "events": tables["events"].iloc[0:0]})
    for t in variants:
        assert integrity.foreign_keys(t) == reference.foreign_keys(t)
        assert integrity.events_rest_on_asserted_claims(t["events"], t["claims"]) == \
            reference.events_rest_on_asserted_claims(t["events"], t["claims"])
    assert integrity.events_rest_on_asserted_claims(dup["events"], dup["claims"])   # the duplicate made one fail


def test_slice_checks_by_position_equal_the_row_by_row_rules(tables):  # noqa: F811
    """claim_slices / mention_slices (documents by position, IDs only for failures) against the row-by-row
    reference: good and broken tables, a document twice (its last row counts), an unknown document, plain frames."""
    import pandas as pd

    from pipeline import integrity
    from tests import reference_downstream as reference

    broken = _broken(tables)
    twice = {k: v.copy() for k, v in tables.items()}
    doc = twice["documents"].iloc[[0]].copy()
    doc["text"] = doc["text"].str.upper()            # the same doc_id again, another text: every slice of it differs
    twice["documents"] = pd.concat([twice["documents"], doc], ignore_index=True)
    unknown = {k: v.copy() for k, v in tables.items()}
    unknown["mentions"].loc[3, "doc_id"] = "doc-0000000000000000"
    unknown["claims"].loc[5, "char_end"] = unknown["claims"].loc[5, "char_end"] + 10 ** 6   # a slice Python clamps
    plain = {k: pd.DataFrame({c: v[c].tolist() for c in v.columns}) for k, v in tables.items()}
    for t in (tables, broken, twice, unknown, plain):
        assert integrity.claim_slices(t["documents"], t["claims"]) == reference.claim_slices(t["documents"], t["claims"])
        assert integrity.mention_slices(t["documents"], t["mentions"]) == \
            reference.mention_slices(t["documents"], t["mentions"])
    assert integrity.mention_slices(twice["documents"], twice["mentions"])
    assert integrity.mention_slices(unknown["documents"], unknown["mentions"])
