"""The release diff on Arrow tables (pipeline/diff.py) against the row-by-row diff it replaced
(tests/reference_downstream.py) on generated tables: keys added, removed and shuffled, values
changed in every column type (strings, integers, floats with NaN, dates, ID lists, nulls),
repeated and missing keys; and the byte-identical shortcut against a full comparison."""
import random
from datetime import date, timedelta

import pandas as pd
import pyarrow as pa
import pytest

from pipeline.diff import diff_table, diff_tables, unchanged_table
from tests import reference_downstream as reference


def generated(rng: random.Random, n: int, nan: bool = True) -> pd.DataFrame:
    def maybe(v):
        return None if rng.random() < 0.05 else v
    rows = [{"row_id": f"r{i:05d}", "name": maybe(rng.choice(["a", "b", "ç", "日本"])), "n": maybe(rng.randrange(5)),
             "score": maybe(rng.choice([0.5, 1.0, float("nan") if nan else 0.75, 0.25])),
             "day": maybe(date(2020, 1, 1) + timedelta(days=rng.randrange(30))),
             "ids": maybe([rng.choice("xyz") for _ in range(rng.randrange(3))])} for i in range(n)]
    types = {"row_id": pa.string(), "name": pa.string(), "n": pa.int64(), "score": pa.float64(), "day": pa.date32(),
             "ids": pa.list_(pa.string())}
    table = pa.Table.from_pylist(rows, schema=pa.schema(list(types.items())))
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def changed(rng: random.Random, df: pd.DataFrame) -> pd.DataFrame:
    other = generated(rng, len(df))
    out = df.copy()
    for col in ("name", "n", "score", "day", "ids"):
        mask = [rng.random() < 0.1 for _ in range(len(df))]
        out.loc[mask, col] = other.loc[mask, col]
    out = out.iloc[rng.randrange(3):].sample(frac=1.0, random_state=rng.randrange(100))   # rows removed, order differs
    extra = generated(rng, 4)
    extra["row_id"] = [f"new{i}" for i in range(4)]
    return pd.concat([out, extra], ignore_index=True)


@pytest.mark.parametrize("seed", range(6))
def test_arrow_diff_matches_the_row_by_row_diff(seed):
    rng = random.Random(seed)
    before = generated(rng, 300)
    after = changed(rng, before)
    for a, b in ((before, after), (after, before), (before, before)):
        expected = reference.diff_table(a, b, "row_id")
        assert diff_table(a, b, "row_id") == expected
        assert diff_table(pa.Table.from_pandas(a, preserve_index=False), pa.Table.from_pandas(b, preserve_index=False),
                          "row_id") == expected
    assert diff_table(before, after, "row_id")["changed"] > 0
    repeated = pd.concat([before, before.iloc[:2]], ignore_index=True)   # a repeated key: whole rows compared
    assert diff_table(repeated, after, "row_id") == reference.diff_table(repeated, after, "row_id")
    assert diff_table(before, after, None) == reference.diff_table(before, after, None)


@pytest.mark.parametrize("key", ["row_id", None, "missing"])
def test_byte_identical_tables_skip_the_comparison_with_the_same_result(key):
    table = generated(random.Random(1), 200)
    clean = generated(random.Random(1), 200, nan=False)
    assert unchanged_table(clean, key) == diff_table(clean, clean, key)
    snapshot = {"tables": {"t": {"primary_key": key, "columns": []}}}
    full = diff_tables({"t": clean}, {"t": clean}, snapshot, snapshot, before_version="v1.0.0", after_version="v1.0.1")
    short = diff_tables({}, {"t": clean}, snapshot, snapshot, before_version="v1.0.0", after_version="v1.0.1",
                        unchanged=frozenset({"t"}))
    assert short == full
    # NaN is never equal to itself in a comparison: such a table is compared, not taken as unchanged
    with_nan = diff_tables({}, {"t": table}, snapshot, snapshot, before_version="v1.0.0", after_version="v1.0.1",
                           unchanged=frozenset({"t"}))
    assert with_nan == diff_tables({"t": table}, {"t": table}, snapshot, snapshot, before_version="v1.0.0",
                                   after_version="v1.0.1")


@pytest.mark.parametrize("seed", range(4))
def test_sorted_tables_with_rows_inserted_and_removed_match_the_row_by_row_diff(seed):
    """Tables sorted by key, as releases are written: a side whose rows are all kept in order is used as
    it is, one whose kept rows ascend is filtered, otherwise taken (diff._aligner); the same diff each way."""
    rng = random.Random(seed)
    before = generated(rng, 300)
    edited = changed(rng, before).sort_values("row_id", ignore_index=True)   # rows removed, added, values changed
    inserted = pd.concat([before, generated(rng, 5).assign(row_id=[f"r{i:05d}x" for i in (3, 50, 51, 200, 299)])]) \
        .sort_values("row_id", ignore_index=True)                           # only added, in the middle
    for a, b in ((before, edited), (edited, before), (before, inserted), (inserted, before), (before, before)):
        expected = reference.diff_table(a, b, "row_id")
        assert diff_table(a, b, "row_id") == expected
        assert diff_table(pa.Table.from_pandas(a, preserve_index=False), pa.Table.from_pandas(b, preserve_index=False),
                          "row_id") == expected


def test_aligner_gives_the_take_whichever_way():
    import numpy as np

    from pipeline.diff import _aligner
    array = pa.array([f"v{i}" if i % 7 else None for i in range(20)])
    for rows in (np.arange(20), np.array([0, 3, 4, 19]), np.array([5, 2, 9]), np.array([], dtype=np.int64),
                 np.arange(1, 20), np.arange(19)):
        assert _aligner(rows, 20)(array).equals(array.take(pa.array(rows, pa.int64()))), rows
