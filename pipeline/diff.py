"""What changed between two releases: rows added, removed and changed per table (by primary key)
and schema changes; rendered as Markdown for release READMEs and releases/CHANGELOG.md."""
import io
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.release import parse_version
from pipeline.snapshot import compare_snapshots, load_snapshot

EXAMPLES = 5


def tables_from_bytes(files: dict[str, bytes]) -> dict[str, pd.DataFrame]:
    """Parquet bytes -> frames typed exactly as read_release reads them from disk."""
    return {name: pq.read_table(io.BytesIO(data)).to_pandas(types_mapper=pd.ArrowDtype) for name, data in files.items()}


class ReleaseTables(Mapping):
    """A release's tables as Arrow tables (no pandas conversion), each read from its Parquet file when
    asked for and not kept: a diff holds one parent table at a time. Only `names` when given."""

    def __init__(self, release_dir: Path, names=None):
        self.paths = {p.stem: p for p in sorted(Path(release_dir).glob("*.parquet")) if names is None or p.stem in names}

    def __getitem__(self, name: str) -> pyarrow.Table:
        return pq.read_table(self.paths[name])

    def __iter__(self):
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


def read_release_tables(release_dir: Path, names=None) -> ReleaseTables:
    return ReleaseTables(release_dir, names)


def _table(df) -> pyarrow.Table:
    return df if isinstance(df, pyarrow.Table) else pyarrow.Table.from_pandas(df, preserve_index=False)


def _column(t: pyarrow.Table, col: str) -> pyarrow.Array:
    return t[col].combine_chunks()


def _values(df, col: str) -> list:
    """Plain Python values (lists, dates, None) so that any two types compare."""
    if isinstance(df, pyarrow.Table):
        return df[col].to_pylist()
    return pyarrow.array(df[col]).to_pylist() if len(df) else []


def _row_texts(df) -> list[str]:
    cols = sorted(df.column_names if isinstance(df, pyarrow.Table) else df.columns)
    columns = [_values(df, c) for c in cols]
    return [json.dumps(dict(zip(cols, row)), sort_keys=True, default=str) for row in zip(*columns)]


# types whose Arrow equality implies Python equality of the values (so only other rows need a look)
_ARROW_EQUAL = (pyarrow.types.is_string, pyarrow.types.is_large_string, pyarrow.types.is_integer,
                pyarrow.types.is_floating, pyarrow.types.is_date, pyarrow.types.is_boolean)


def _changed_rows(a: pyarrow.Array, b: pyarrow.Array) -> np.ndarray:
    """Positions where the aligned values differ as Python values (x != y). Arrow says which are
    surely equal (same type and values for the whole column; or, for plain types, per value); only
    the others are compared in Python, as the row-by-row diff did."""
    if a.type == b.type and a.equals(b):
        return np.zeros(0, dtype=np.int64)
    rows = np.arange(len(a))
    if a.type == b.type and any(is_type(a.type) for is_type in _ARROW_EQUAL):
        same = pc.fill_null(pc.equal(a, b), False).to_numpy(zero_copy_only=False)
        rows = np.flatnonzero(~np.asarray(same, dtype=bool))
    if not len(rows):
        return rows
    take = pyarrow.array(rows, pyarrow.int64())
    x, y = a.take(take).to_pylist(), b.take(take).to_pylist()
    return rows[[i for i, (u, v) in enumerate(zip(x, y)) if u != v]]


def _has_nan(t: pyarrow.Table) -> bool:
    return any(pc.any(pc.is_nan(t[c])).as_py() for c in t.column_names if pyarrow.types.is_floating(t.schema.field(c).type))


def unchanged_table(after, key: str | None) -> dict:
    """diff_table(after, after, key) without comparing anything: a table byte-identical to its parent's
    (not for tables holding NaN, which a comparison never calls equal)."""
    t = _table(after)
    out = {"key": key, "rows_before": t.num_rows, "rows_after": t.num_rows, "added": 0, "removed": 0, "changed": 0,
           "changed_columns": {}, "examples": {}}
    if not key or key not in t.column_names or _duplicated(t, key):
        out["key"] = None
        return out
    out["examples"] = {"added": [], "removed": [], "changed": []}
    return out


def _duplicated(t: pyarrow.Table, key: str) -> bool:
    """Some key value (null included) is there twice. Release tables are sorted by their key: keys in
    strictly increasing order are all distinct, which is cheaper to see than counting distinct values."""
    col = t[key]
    if t.num_rows < 2:
        return False
    if not col.null_count:
        try:
            if pc.all(pc.less(col[:-1], col[1:])).as_py():
                return False
        except (pyarrow.ArrowNotImplementedError, pyarrow.ArrowInvalid, pyarrow.ArrowTypeError):
            pass
    return pc.count_distinct(col, mode="all").as_py() != t.num_rows


def _aligner(rows: np.ndarray, n: int):
    """array -> array.take(rows), the same values whichever way: the array itself when rows are
    0..n-1 (nothing removed or added on this side), a filter when rows ascend (keys sorted on both
    sides, as releases are written), else a take."""
    if len(rows) == n and (n == 0 or (rows[0] == 0 and rows[-1] == n - 1 and np.all(np.diff(rows) == 1))):
        return lambda array: array
    if np.all(np.diff(rows) > 0):
        mask = np.zeros(n, dtype=bool)
        mask[rows] = True
        keep = pyarrow.array(mask)
        return lambda array: array.filter(keep)
    take = pyarrow.array(rows, pyarrow.int64())
    return lambda array: array.take(take)


def _key_positions(old_ids: pyarrow.Array, new_ids: pyarrow.Array) -> tuple[np.ndarray, np.ndarray]:
    """(kept: which old keys are in new_ids, new_rows: the row of each kept one in new_ids), what
    pc.index_in(old_ids, value_set=new_ids) says. Release keys are IDs of one fixed width in ascending
    order: then a binary search over their bytes (numpy, no hash table of ~700k strings) finds the same rows."""
    old, new = _fixed_width(old_ids), _fixed_width(new_ids)
    if old is not None and new is not None and old.dtype == new.dtype:
        at = np.minimum(np.searchsorted(new, old), max(len(new) - 1, 0))
        kept = new[at] == old if len(new) else np.zeros(len(old), dtype=bool)
        return kept, at[kept].astype(np.int64)
    positions = pc.index_in(old_ids, value_set=new_ids)
    kept = np.asarray(positions.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    return kept, positions.filter(pyarrow.array(kept)).to_numpy(zero_copy_only=False).astype(np.int64)


def _fixed_width(ids: pyarrow.Array) -> np.ndarray | None:
    """The keys as a numpy bytes array (a view of the Arrow buffer) when they are strings of one byte width,
    no nulls, no NUL byte (numpy's bytes compare ignores trailing NULs), in strictly ascending order; else None."""
    if ids.type != pyarrow.string() or ids.null_count or len(ids) < 2:
        return None
    offsets = np.frombuffer(ids.buffers()[1], dtype=np.int32)[ids.offset:ids.offset + len(ids) + 1]
    width = int(offsets[1] - offsets[0])
    if width < 1 or not np.all(np.diff(offsets) == width):
        return None
    data = np.frombuffer(ids.buffers()[2], dtype=np.uint8)[offsets[0]:offsets[-1]]
    if not np.all(data):
        return None
    keys = data.view(f"S{width}")
    return keys if np.all(keys[:-1] < keys[1:]) else None


# at most this many runs of aligned rows are compared slice by slice (a few rows added or removed: a handful)
MAX_RUNS = 1_000


def _runs(old_rows: np.ndarray, new_rows: np.ndarray) -> list[tuple[int, int, int]] | None:
    """The aligned rows as (old start, new start, length) runs of consecutive rows on both sides, or None when
    there are too many (or the rows do not ascend): a release adding a few documents to a table sorted by its
    key leaves long runs of the parent's rows, in order, between the added ones."""
    if not len(old_rows):
        return []
    step_old, step_new = np.diff(old_rows), np.diff(new_rows)
    if np.any(step_old <= 0) or np.any(step_new <= 0):
        return None
    breaks = np.flatnonzero((step_old != 1) | (step_new != 1)) + 1
    if len(breaks) >= MAX_RUNS:
        return None
    starts = np.concatenate([[0], breaks])
    ends = np.concatenate([breaks, [len(old_rows)]])
    return [(int(old_rows[s]), int(new_rows[s]), int(e - s)) for s, e in zip(starts, ends)]


def _runs_equal(a: pyarrow.ChunkedArray, b: pyarrow.ChunkedArray, runs) -> bool:
    """The aligned columns are equal as Arrow arrays (the same type, every run's slices equal): compared
    in place, with no copy of either column (combine_chunks, filter: ~0.7 CPU-s for the claims of 10k articles)."""
    return a.type == b.type and all(a.slice(o, n).equals(b.slice(p, n)) for o, p, n in runs)


def diff_table(before, after, key: str | None) -> dict:
    """Rows added, removed and changed of one table (frames or Arrow tables); without a usable key,
    rows are compared whole. Keys are matched and columns compared in Arrow; only values Arrow
    cannot call equal are looked at in Python."""
    out = {"key": key, "rows_before": 0 if before is None else len(before), "rows_after": 0 if after is None else len(after),
           "added": 0, "removed": 0, "changed": 0, "changed_columns": {}, "examples": {}}
    if before is None or after is None:
        out["status"] = "table added" if before is None else "table removed"
        out["added"], out["removed"] = out["rows_after"], out["rows_before"]
        return out
    before, after = _table(before), _table(after)
    if not key or key not in before.column_names or key not in after.column_names or _duplicated(before, key) \
            or _duplicated(after, key):
        old, new = Counter(_row_texts(before)), Counter(_row_texts(after))
        out["added"], out["removed"] = sum((new - old).values()), sum((old - new).values())
        out["key"] = None
        return out
    old_ids, new_ids = _column(before, key), _column(after, key)
    if old_ids.type != new_ids.type:
        new_ids = new_ids.cast(old_ids.type)
    # one hash look-up aligns the keys (each key is in each table once): every old key's row in `after`, null where
    # it was removed; the new rows no old key reaches were added (is_in both ways and index_in of the common keys
    # gave the same sets and rows with three look-ups: ~0.5 CPU-s of a 10k release's diff)
    kept, new_rows = _key_positions(old_ids, new_ids)
    removed = sorted(old_ids.filter(pyarrow.array(~kept)).to_pylist())
    # the common rows, aligned once for every column
    old_rows = np.flatnonzero(kept)
    common = old_ids.take(pyarrow.array(old_rows, pyarrow.int64()))
    reached = np.zeros(len(new_ids), dtype=bool)
    reached[new_rows] = True
    added = sorted(new_ids.filter(pyarrow.array(~reached)).to_pylist())
    align_old, align_new = _aligner(old_rows, len(old_ids)), _aligner(new_rows, len(new_ids))
    runs = _runs(old_rows, new_rows)
    changed: set = set()
    per_column: dict[str, int] = {}
    for col in [c for c in before.column_names if c in after.column_names and c != key]:
        if runs is not None and _runs_equal(before[col], after[col], runs):
            continue   # (what _changed_rows finds for aligned columns Arrow calls equal: nothing)
        rows = _changed_rows(align_old(_column(before, col)), align_new(_column(after, col)))
        if len(rows):
            per_column[col] = len(rows)
            changed.update(common.take(pyarrow.array(rows, pyarrow.int64())).to_pylist())
    out.update(added=len(added), removed=len(removed), changed=len(changed), changed_columns=per_column,
               examples={"added": added[:EXAMPLES], "removed": removed[:EXAMPLES], "changed": sorted(changed)[:EXAMPLES]})
    return out


def diff_tables(before: dict, after: dict, before_snapshot: dict, after_snapshot: dict, *,
                before_version: str | None, after_version: str, unchanged: frozenset = frozenset()) -> dict:
    """The diff of two sets of tables (frames or Arrow tables) with their schema snapshots (pure).
    `unchanged`: names of tables known byte-identical on both sides (`before` need not hold them)."""
    described = {**before_snapshot.get("tables", {}), **after_snapshot.get("tables", {})}
    keys = {name: t.get("primary_key") for name, t in described.items()}
    order = list(after_snapshot.get("tables", {})) + list(before_snapshot.get("tables", {}))
    names = sorted(set(before) | set(after) | (set(unchanged) & set(after)),
                   key=lambda n: (order.index(n) if n in order else len(order), n))
    same = {n for n in unchanged if n in after and not _has_nan(_table(after[n]))}
    return {
        "from": before_version,
        "to": after_version,
        "schema": compare_snapshots(before_snapshot, after_snapshot).as_dict(),
        "tables": {name: unchanged_table(after[name], keys.get(name)) if name in same
                   else diff_table(before[name] if name in before else after[name] if name in unchanged else None,
                                   after.get(name), keys.get(name))
                   for name in names},
    }


def diff_releases(a_dir: Path, b_dir: Path) -> dict:
    """Per table: rows added, removed and changed by primary key; and the schema changes."""
    a_dir, b_dir = Path(a_dir), Path(b_dir)
    return diff_tables(read_release_tables(a_dir), read_release_tables(b_dir), load_snapshot(a_dir), load_snapshot(b_dir),
                       before_version=a_dir.name, after_version=b_dir.name)


def _schema_lines(schema: dict) -> list[str]:
    labels = {"removed": "Removed", "retyped": "Retyped", "loosened": "Now nullable", "added": "Added",
              "other": "Other schema changes"}
    lines = [f"- {labels[k]}: " + ", ".join(f"`{x}`" for x in schema.get(k, [])) for k in labels if schema.get(k)]
    return lines or ["- Schema: unchanged."]


def diff_markdown(diff: dict, *, heading: str = "###") -> str:
    """The diff as Markdown: schema changes, then one row per table."""
    if diff.get("from") is None:
        return f"{heading} Changes\n\nFirst release: no parent to compare with.\n"
    lines = [f"{heading} Changes from {diff['from']} to {diff['to']}", "", *_schema_lines(diff["schema"]), "",
             "| table | rows before | rows after | added | removed | changed | columns changed |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for name, t in diff["tables"].items():
        cols = ", ".join(f"{c} ({n})" for c, n in sorted(t["changed_columns"].items(), key=lambda kv: (-kv[1], kv[0])))
        note = f" ({t['status']})" if t.get("status") else ("" if t["key"] else " (no key: whole rows)")
        lines.append(f"| {name}{note} | {t['rows_before']} | {t['rows_after']} | {t['added']} | {t['removed']} | "
                     f"{t['changed']} | {cols} |")
    return "\n".join(lines) + "\n"


def compact(diff: dict) -> dict:
    """The diff without per-row examples, for the manifest and the change log."""
    return {**diff, "tables": {n: {k: v for k, v in t.items() if k != "examples"} for n, t in diff["tables"].items()}}


def changelog_markdown(manifests: list[dict]) -> str:
    """releases/CHANGELOG.md: every release, newest first, with its bump reason and changes."""
    lines = ["# Change log", "",
             "Generated on every publish from the releases' manifests; each release's README.md holds the same summary.", ""]
    for m in sorted(manifests, key=lambda m: parse_version(m["version"]), reverse=True):
        rows = ", ".join(f"{n} {t['rows']}" for n, t in m.get("tables", {}).items())
        lines += [f"## {m['version']} — {m.get('created_at', '?')[:10]}", "",
                  f"Parent: {m.get('parent_version') or 'none'} · {m.get('bump_reason', '')}", "", f"Rows: {rows}.", ""]
        if m.get("changes"):
            lines.append(diff_markdown(m["changes"], heading="###"))
    return "\n".join(lines).rstrip() + "\n"
