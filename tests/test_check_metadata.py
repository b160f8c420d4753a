"""A failing schema check shows the offending rows (key, column, check, value) as metadata."""
import dagster as dg
import pandas as pd

from pipeline.assets.checks import SCHEMA_CHECKS, schema_failures
from pipeline.release import read_release
from schemas import Events
from tests.test_assets import materialize
from tests.conftest import FIXTURES


def test_failing_rows_name_the_row_the_column_and_the_value(tmp_path):
    assert materialize(tmp_path, FIXTURES / "documents", tmp_path / "releases").success
    events = read_release(tmp_path / "releases" / "v1.0.0")["events"]
    assert schema_failures(events, Events, "event_id") == (0, [])

    broken = events.copy()
    bad_id = broken.loc[0, "event_id"]
    broken["event_type"] = broken["event_type"].astype(object)
    broken.loc[0, "event_type"] = "NOT_A_TYPE"
    n, rows = schema_failures(broken, Events, "event_id")
    assert n >= 1
    assert {"row_key": bad_id, "column": "event_type", "value": "NOT_A_TYPE"}.items() <= rows[0].items()

    check = next(c for c in SCHEMA_CHECKS if c.check_key.name == "events_schema")
    result = check(broken)
    assert not result.passed
    assert result.metadata["n_failures"].value == n
    table = result.metadata["failing_rows"]
    assert isinstance(table, dg.TableMetadataValue)
    assert table.records[0].data["row_key"] == bad_id
    assert "NOT_A_TYPE" in result.metadata["failures"].value
