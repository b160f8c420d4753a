"""What changed between two releases: rows added, removed and changed per table (by primary key)
and schema changes; rendered as Markdown for release READMEs and releases/CHANGELOG.md."""
import io
import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline.release import parse_version, read_release
from pipeline.snapshot import compare_snapshots, load_snapshot

EXAMPLES = 5


def tables_from_bytes(files: dict[str, bytes]) -> dict[str, pd.DataFrame]:
    """Parquet bytes -> frames typed exactly as read_release reads them from disk."""
    return {name: pq.read_table(io.BytesIO(data)).to_pandas(types_mapper=pd.ArrowDtype) for name, data in files.items()}


def _values(df: pd.DataFrame, col: str) -> list:
    """Plain Python values (lists, dates, None) so that any two types compare."""
    return pyarrow.array(df[col]).to_pylist() if len(df) else []


def _taken(df: pd.DataFrame, col: str, rows: list[int]) -> list:
    """_values(df, col) at these row positions."""
    return pyarrow.array(df[col]).take(pyarrow.array(rows, pyarrow.int64())).to_pylist() if rows else []


def _same_column(before: pd.DataFrame, after: pd.DataFrame, col: str, old_rows, new_rows) -> bool:
    """The column's aligned values are equal, compared in Arrow without a Python value each. Only a
    sure "equal" counts (same type, same values; Arrow never calls NaN equal to NaN, and neither do
    fresh Python floats): anything else goes on to the row-by-row comparison."""
    a, b = pyarrow.array(before[col]).take(old_rows), pyarrow.array(after[col]).take(new_rows)
    if isinstance(a, pyarrow.ChunkedArray):
        a = a.combine_chunks()
    if isinstance(b, pyarrow.ChunkedArray):
        b = b.combine_chunks()
    return a.type == b.type and a.equals(b)


def _row_texts(df: pd.DataFrame) -> list[str]:
    cols = sorted(df.columns)
    columns = [_values(df, c) for c in cols]
    return [json.dumps(dict(zip(cols, row)), sort_keys=True, default=str) for row in zip(*columns)]


def diff_table(before: pd.DataFrame | None, after: pd.DataFrame | None, key: str | None) -> dict:
    """Rows added, removed and changed of one table; without a usable key, rows are compared whole."""
    out = {"key": key, "rows_before": 0 if before is None else len(before), "rows_after": 0 if after is None else len(after),
           "added": 0, "removed": 0, "changed": 0, "changed_columns": {}, "examples": {}}
    if before is None or after is None:
        out["status"] = "table added" if before is None else "table removed"
        out["added"], out["removed"] = out["rows_after"], out["rows_before"]
        return out
    if not key or key not in before or key not in after or before[key].duplicated().any() or after[key].duplicated().any():
        old, new = Counter(_row_texts(before)), Counter(_row_texts(after))
        out["added"], out["removed"] = sum((new - old).values()), sum((old - new).values())
        out["key"] = None
        return out
    old_ids, new_ids = _values(before, key), _values(after, key)
    added = sorted(set(new_ids) - set(old_ids))
    removed = sorted(set(old_ids) - set(new_ids))
    common = sorted(set(old_ids) & set(new_ids))
    old_pos = {k: i for i, k in enumerate(old_ids)}
    new_pos = {k: i for i, k in enumerate(new_ids)}
    # the common rows, aligned once for every column (Arrow takes them)
    old_rows, new_rows = [old_pos[k] for k in common], [new_pos[k] for k in common]
    changed: set = set()
    per_column: dict[str, int] = {}
    old_take, new_take = pyarrow.array(old_rows, pyarrow.int64()), pyarrow.array(new_rows, pyarrow.int64())
    for col in [c for c in before.columns if c in after.columns and c != key]:
        if _same_column(before, after, col, old_take, new_take):   # the usual case: nothing changed in this column
            continue
        a, b = _taken(before, col, old_rows), _taken(after, col, new_rows)
        if a == b:
            continue
        diff = [k for k, x, y in zip(common, a, b) if x != y]
        if diff:
            per_column[col] = len(diff)
            changed.update(diff)
    out.update(added=len(added), removed=len(removed), changed=len(changed), changed_columns=per_column,
               examples={"added": added[:EXAMPLES], "removed": removed[:EXAMPLES], "changed": sorted(changed)[:EXAMPLES]})
    return out


def diff_tables(before: dict[str, pd.DataFrame], after: dict[str, pd.DataFrame], before_snapshot: dict,
                after_snapshot: dict, *, before_version: str | None, after_version: str) -> dict:
    """The diff of two sets of tables with their schema snapshots (pure)."""
    described = {**before_snapshot.get("tables", {}), **after_snapshot.get("tables", {})}
    keys = {name: t.get("primary_key") for name, t in described.items()}
    order = list(after_snapshot.get("tables", {})) + list(before_snapshot.get("tables", {}))
    names = sorted(set(before) | set(after), key=lambda n: (order.index(n) if n in order else len(order), n))
    return {
        "from": before_version,
        "to": after_version,
        "schema": compare_snapshots(before_snapshot, after_snapshot).as_dict(),
        "tables": {name: diff_table(before.get(name), after.get(name), keys.get(name))
                   for name in names},
    }


def diff_releases(a_dir: Path, b_dir: Path) -> dict:
    """Per table: rows added, removed and changed by primary key; and the schema changes."""
    a_dir, b_dir = Path(a_dir), Path(b_dir)
    return diff_tables(read_release(a_dir), read_release(b_dir), load_snapshot(a_dir), load_snapshot(b_dir),
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
