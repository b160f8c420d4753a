"""Validate a release on disk: the manifest against the files (a tampered or truncated file is
named), every table against the schema snapshot it was published with, the contract's
cross-table rules, and, for the latest release, the schemas in the current code too."""
import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import integrity
from pipeline.release import ReleaseError, read_release, resolve_latest
from pipeline.snapshot import SnapshotError, arrow_type, load_snapshot, pandera_schema
from pipeline.validation import failure_report
from schemas import TABLE_MODELS


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_problems(release_dir: Path) -> list[str]:
    path = release_dir / "manifest.json"
    if not path.exists():
        return ["manifest.json is missing"]
    try:
        manifest = json.loads(path.read_text())
    except ValueError as exc:
        return [f"manifest.json is not JSON: {exc}"]
    out = []
    if manifest.get("version") != release_dir.name:
        out.append(f"manifest.json: version {manifest.get('version')!r} differs from the folder name {release_dir.name!r}")
    for name, entry in manifest.get("tables", {}).items():
        f = release_dir / entry.get("file", f"{name}.parquet")
        if not f.exists():
            out.append(f"{f.name}: listed in the manifest but missing")
            continue
        digest = _digest(f)
        if digest != entry.get("sha256"):
            out.append(f"{f.name}: sha256 {digest[:12]}… differs from the manifest's {str(entry.get('sha256'))[:12]}… (modified after publication)")
            continue
        rows = pq.ParquetFile(f).metadata.num_rows
        if rows != entry.get("rows"):
            out.append(f"{f.name}: {rows} rows, the manifest says {entry.get('rows')}")
    # schema snapshot, datapackage.json, README.md (releases written before snapshots have no entry)
    for rel, entry in manifest.get("files", {}).items():
        f = release_dir / rel
        if not f.exists():
            out.append(f"{rel}: listed in the manifest but missing")
        elif _digest(f) != entry.get("sha256"):
            out.append(f"{rel}: sha256 differs from the manifest's (modified after publication)")
    listed = set(manifest.get("tables", {}))
    for name in load_snapshot_tables(release_dir, manifest):
        if name not in listed:
            out.append(f"manifest.json does not list table {name}")
    return out


def load_snapshot_tables(release_dir: Path, manifest: dict) -> list[str]:
    """Tables the release must hold: its own snapshot's, or the current code's without a snapshot."""
    if manifest.get("schema_snapshot"):
        try:
            return list(load_snapshot(release_dir)["tables"])
        except SnapshotError:
            return []
    return list(TABLE_MODELS)


def snapshot_problems(release_dir: Path, tables: dict, snapshot: dict) -> list[str]:
    """Every table against the schema it was published with: columns, Parquet types, nullability,
    uniqueness, vocabularies, ranges and patterns."""
    out = []
    for name, table in snapshot["tables"].items():
        if name not in tables:
            out.append(f"{name}.parquet: in the schema snapshot but missing")
            continue
        physical = pq.read_schema(release_dir / f"{name}.parquet")
        for col in table["columns"]:
            if col["name"] not in physical.names:
                continue  # reported by the Pandera check below
            f = physical.field(col["name"])
            if f.type != arrow_type(col["type"]) or f.nullable != col["nullable"]:  # list item names may differ
                out.append(f"{name}.{col['name']}: Parquet field {f.type} nullable={f.nullable}, published as "
                           f"{col['type']} nullable={col['nullable']}")
        out += [f"{name} (published schema): {p}" for p in failure_report(tables[name], pandera_schema(name, table))]
    return out


def is_latest(release_dir: Path) -> bool:
    try:
        latest = resolve_latest(release_dir.parent)
    except ReleaseError:
        return False
    return latest is not None and latest.resolve() == release_dir.resolve()


def validate_release(release_dir: Path, *, against_current: bool | None = None) -> list[str]:
    """Every failure found; empty when the release conforms. `against_current` (default: only for
    the latest release) also checks the tables against the schemas in the current code."""
    release_dir = Path(release_dir)
    if not release_dir.is_dir():
        return [f"{release_dir}: not a directory"]
    problems = manifest_problems(release_dir)
    if any("modified after publication" in p or "missing" in p for p in problems):
        return problems  # do not parse files that are known to be damaged
    try:
        tables = read_release(release_dir)
        snapshot = load_snapshot(release_dir)
    except Exception as exc:  # noqa: BLE001 - a damaged file is a finding, not a crash
        return problems + [f"the release does not load: {exc}"]
    problems += snapshot_problems(release_dir, tables, snapshot)
    if against_current if against_current is not None else is_latest(release_dir):
        # Tables and columns added to the code since publication are minor changes the release
        # predates; everything it does hold must still conform to the current schemas.
        for name, model in TABLE_MODELS.items():
            if name not in tables:
                continue
            schema = model.to_schema()
            added = [c for c in schema.columns if c not in tables[name].columns]
            problems += [f"{name} (current schemas): {p}"
                         for p in failure_report(tables[name], schema.remove_columns(added) if added else schema)]
    return problems + integrity.check_all(tables)
