"""Validate a release on disk: every table against its schema, the cross-table rules, and the
manifest against the files (a tampered or truncated file is named)."""
import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.publish import check_tables
from pipeline.release import CHECKSUMS, read_release
from schemas import TABLE_MODELS


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
        digest = hashlib.sha256(f.read_bytes()).hexdigest()
        if digest != entry.get("sha256"):
            out.append(f"{f.name}: sha256 {digest[:12]}… differs from the manifest's {str(entry.get('sha256'))[:12]}… (modified after publication)")
            continue
        rows = pq.ParquetFile(f).metadata.num_rows
        if rows != entry.get("rows"):
            out.append(f"{f.name}: {rows} rows, the manifest says {entry.get('rows')}")
    for name in TABLE_MODELS:
        if name not in manifest.get("tables", {}):
            out.append(f"manifest.json does not list table {name}")
    return out


def checksum_problems(release_dir: Path) -> list[str]:
    """Every file against SHA256SUMS (written with the release): edited, truncated, removed or
    added files are named. Releases written before SHA256SUMS existed have only the manifest."""
    sums = release_dir / CHECKSUMS
    if not sums.exists():
        return []
    listed, out = {}, []
    for line in sums.read_text(errors="replace").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    for name, digest in listed.items():
        f = release_dir / name
        if f.parent != release_dir or not f.is_file():
            out.append(f"{name}: listed in {CHECKSUMS} but missing")
        elif hashlib.sha256(f.read_bytes()).hexdigest() != digest:
            out.append(f"{name}: content differs from {CHECKSUMS} (modified after publication)")
    out += [f"{p.name}: not part of the published release (added after publication)"
            for p in sorted(release_dir.iterdir()) if p.name != CHECKSUMS and p.name not in listed]
    return out


def validate_release(release_dir: Path) -> list[str]:
    if not release_dir.is_dir():
        return [f"{release_dir}: not a directory"]
    problems = checksum_problems(release_dir)
    named = {p.split(":")[0] for p in problems}  # each damaged file once
    problems += [p for p in manifest_problems(release_dir) if p.split(":")[0] not in named]
    if any("modified after publication" in p or "missing" in p for p in problems):
        return problems  # do not parse files that are known to be damaged
    try:
        tables = read_release(release_dir)
    except Exception as exc:  # noqa: BLE001 - a damaged file is a finding, not a crash
        return problems + [f"a table does not load: {exc}"]
    return problems + check_tables(tables)
