"""A release table as CSV for spreadsheets. Cells that a spreadsheet would run as a formula
(starting with = + - @, tab or carriage return: OWASP's CSV-injection list) get a leading single
quote, so a title like `=cmd|' /C calc'!A0` shows as text. Releases stay the exact data; only
this export is altered, and only for display."""
import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """The export cannot be made as asked (unknown table, unsafe output path)."""


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_cell(value) -> str | int | float:
    """Text for one cell: lists as JSON arrays, dates in ISO, null as empty; text is neutralised,
    numbers are written as numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, dict)):
        return neutralise(json.dumps(value, ensure_ascii=False, default=str))
    return neutralise(str(value))


def table_csv(release_dir: Path, table: str) -> str:
    tables = sorted(p.stem for p in Path(release_dir).glob("*.parquet"))
    if table not in tables:  # a name, never a path: nothing outside the release is read
        raise ExportError(f"{release_dir}: no table {table!r}; the release has {', '.join(tables) or 'none'}")
    data = pq.read_table(Path(release_dir) / f"{table}.parquet")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in data.column_names])
    for row in data.to_pylist():
        writer.writerow([csv_cell(row[c]) for c in data.column_names])
    return buf.getvalue()


def export_csv(release_dir: Path, table: str, out: Path) -> Path:
    """Write the table to out (UTF-8 with BOM, which spreadsheets need to read it as UTF-8).
    Refuses to write inside the release: a release is never modified."""
    release_dir, out = Path(release_dir).resolve(), Path(out).resolve()
    if out == release_dir or release_dir in out.parents:
        raise ExportError(f"{out}: inside the release {release_dir}; releases are never modified")
    text = table_csv(release_dir, table)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8-sig", newline="")
    os.replace(tmp, out)
    return out
