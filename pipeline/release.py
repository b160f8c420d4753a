"""Publish: tables -> an immutable, versioned release folder (Parquet, manifest, codebook).

A release is written to a temporary folder, synced, then renamed into place, so it appears
complete or not at all; an existing release is never touched.
"""
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.snapshot import SchemaChanges, compare_snapshots, current_snapshot, load_snapshot
from schemas import CONTRACT_VERSION, TABLE_MODELS
from schemas.frames import arrow_schema, to_arrow

VERSION_RE = re.compile(r"v(\d+)\.(\d+)\.(\d+)")  # use fullmatch: `$` would let "v1.0.0\n" through
LATEST_POINTER = "LATEST"
CHECKSUMS = "SHA256SUMS"   # every file of a release, in `sha256sum -c` format
TMP_PREFIX = ".tmp-"


class ReleaseError(RuntimeError):
    """A release cannot be written as asked (exists, bad version, unsafe path)."""


def parse_version(name: str) -> tuple[int, int, int]:
    m = VERSION_RE.fullmatch(name)
    if not m:
        raise ReleaseError(f"{name!r} is not a release version (vMAJOR.MINOR.PATCH)")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def list_releases(releases_dir: Path) -> list[Path]:
    """Complete releases (folders named vX.Y.Z with a manifest), oldest first."""
    if not releases_dir.is_dir():
        return []
    found = [p for p in releases_dir.iterdir() if p.is_dir() and VERSION_RE.fullmatch(p.name) and (p / "manifest.json").exists()]
    return sorted(found, key=lambda p: parse_version(p.name))


def latest_release(releases_dir: Path) -> Path | None:
    releases = list_releases(releases_dir)
    return releases[-1] if releases else None


def parquet_bytes(name: str, df: pd.DataFrame) -> bytes:
    """Deterministic Parquet bytes of a table: explicit schema, zstd, no pandas metadata."""
    return arrow_parquet_bytes(to_arrow(TABLE_MODELS[name], name, df))


ROW_GROUP_ROWS = 100_000
PARQUET_OPTIONS = {"compression": "zstd", "use_dictionary": True, "write_statistics": True}


def arrow_parquet_bytes(table) -> bytes:
    """parquet_bytes of a table already in its release schema (schemas.frames.to_arrow)."""
    buf = io.BytesIO()
    pq.write_table(table, buf, row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)
    return buf.getvalue()


def streamed_parquet_bytes(name: str, chunks) -> bytes | None:
    """parquet_bytes of the table whose rows come as frames of exactly ROW_GROUP_ROWS rows each (the last one
    fewer), one row group at a time: only one chunk's frame and Arrow copy are held, not the whole table.
    The same bytes as parquet_bytes of the whole table (the writer pq.write_table uses, the same options;
    a row group per ROW_GROUP_ROWS rows either way). None for a table without rows (nothing to stream)."""
    model, buf, writer = TABLE_MODELS[name], io.BytesIO(), None
    try:
        for frame in chunks:
            if len(frame) > ROW_GROUP_ROWS:
                raise ValueError(f"{name}: a chunk of {len(frame)} rows; at most {ROW_GROUP_ROWS} per row group")
            table = to_arrow(model, name, frame)
            if writer is None:
                writer = pq.ParquetWriter(buf, table.schema, **PARQUET_OPTIONS)
            writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
            del table, frame
    finally:
        if writer is not None:
            writer.close()
    return buf.getvalue() if writer is not None else None


def table_columns(name: str) -> list[dict]:
    return [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in arrow_schema(TABLE_MODELS[name], name)]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Bump:
    version: str | None     # None: nothing changed, no release
    reason: str


def decide_bump(latest_version: str | None, changes: SchemaChanges, *, tables_identical: bool,
                added_documents: list[str]) -> Bump:
    """CONTRACT.md's rule as a pure function: MAJOR when a column or table is removed, renamed or
    retyped (or may newly be null); MINOR when columns, tables or documents are added; PATCH when
    only rows change; nothing when the tables are byte-identical."""
    if latest_version is None:
        return Bump("v1.0.0", "first release")
    if tables_identical:
        return Bump(None, f"tables identical to {latest_version}")
    major, minor, patch = parse_version(latest_version)
    if changes.breaking:
        return Bump(f"v{major + 1}.0.0", "major: " + "; ".join(changes.breaking_items()))
    if changes.added or added_documents:
        parts = ([f"added {', '.join(changes.added)}"] if changes.added else []) + (
            [f"{len(added_documents)} document(s) added"] if added_documents else [])
        return Bump(f"v{major}.{minor + 1}.0", "minor: " + "; ".join(parts))
    return Bump(f"v{major}.{minor}.{patch + 1}", "patch: rows changed")


def decide_version(files: dict[str, bytes], documents: pd.DataFrame, releases_dir: Path,
                   snapshot: dict | None = None) -> Bump:
    """The next version by CONTRACT.md's rule, from what differs against the latest release."""
    latest = latest_release(releases_dir)
    if latest is None:
        return Bump("v1.0.0", "first release")
    manifest = json.loads((latest / "manifest.json").read_text())
    old_digests = {n: t.get("sha256") for n, t in manifest.get("tables", {}).items()}
    changes = compare_snapshots(load_snapshot(latest), snapshot or current_snapshot())
    old_docs = {d["doc_id"] for d in manifest.get("inputs", []) if d.get("doc_id")}
    return decide_bump(latest.name, changes, tables_identical=old_digests == {n: sha256(b) for n, b in files.items()},
                       added_documents=sorted(set(documents["doc_id"]) - old_docs))


def code_revision(repo: Path) -> str:
    """The git commit the code was at (with +dirty for uncommitted changes), or 'unknown'."""
    try:
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, timeout=10)
        if rev.returncode != 0:
            return "unknown"
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return rev.stdout.strip() + ("+dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def build_manifest(version: str, parent: str | None, files: dict[str, bytes], tables: dict[str, pd.DataFrame],
                   inputs: list[dict], extra: dict) -> dict:
    rejects = tables["rejects"]
    return {
        "version": version,
        "parent_version": parent,
        "created_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "contract_version": CONTRACT_VERSION,
        "tables": {name: {"file": f"{name}.parquet", "rows": int(len(tables[name])), "sha256": sha256(data),
                          "bytes": len(data), "columns": table_columns(name)} for name, data in files.items()},
        "inputs": inputs,
        "rejects_by_table": {str(k): int(v) for k, v in rejects["table"].value_counts().sort_index().items()} if len(rejects) else {},
        **extra,
    }


def _safe_child(releases_dir: Path, version: str) -> Path:
    parse_version(version)
    target = (releases_dir / version).resolve()
    if target.parent != releases_dir.resolve():
        raise ReleaseError(f"{version!r} would leave the releases folder")
    return target


def write_release(releases_dir: Path, version: str, files: dict[str, bytes], manifest: dict, readme: str,
                  extra_files: dict[str, bytes] | None = None) -> Path:
    """Write atomically (temporary folder, fsync, rename); refuse to touch an existing release.
    `extra_files` maps relative paths (e.g. schema/tables.json, datapackage.json) to their bytes."""
    target = _safe_child(releases_dir, version)
    if target.exists():
        raise ReleaseError(f"{target}: release {version} already exists; releases are never modified "
                           f"(publish a new version instead)")
    tmp = releases_dir / f"{TMP_PREFIX}{version}-{os.getpid()}"
    try:
        releases_dir.mkdir(parents=True, exist_ok=True)
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
    except OSError as exc:
        raise ReleaseError(f"{releases_dir}: cannot write release {version} ({exc.strerror}); nothing was written") from exc
    try:
        payload = {f"{n}.parquet": b for n, b in files.items()}
        payload.update(extra_files or {})
        payload["manifest.json"] = (json.dumps(manifest, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode()
        payload["README.md"] = readme.encode()
        payload[CHECKSUMS] = "".join(f"{sha256(data)}  {fname}\n" for fname, data in sorted(payload.items())).encode()
        for fname, data in payload.items():
            path = (tmp / fname).resolve()
            if not path.is_relative_to(tmp.resolve()):
                raise ReleaseError(f"{fname!r} would leave the release folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for folder in sorted({(tmp / f).parent for f in payload}, key=lambda p: -len(p.parts)):
            _fsync_dir(folder)
        os.rename(tmp, target)
        _fsync_dir(releases_dir)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ReleaseError(f"{releases_dir}: writing release {version} failed ({exc.strerror or exc}); "
                           "nothing was published and earlier releases are untouched") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        _point_latest(releases_dir, version)
    except OSError as exc:
        raise ReleaseError(f"{target} is complete, but {LATEST_POINTER} could not be updated ({exc.strerror}); "
                           "the next run repairs it") from exc
    return target


def _point_latest(releases_dir: Path, version: str) -> None:
    write_text_atomic(releases_dir / LATEST_POINTER, version + "\n")


def recover(releases_dir: Path) -> list[str]:
    """Finish what a killed run left behind; call it holding the releases lock. Removes
    half-written temporary folders (never visible as releases) and points LATEST at the newest
    complete release. Returns what it did."""
    done = []
    if not releases_dir.is_dir():
        return done
    for stale in sorted(releases_dir.glob(f"{TMP_PREFIX}*")):
        shutil.rmtree(stale, ignore_errors=True)
        done.append(f"removed the unfinished {stale.name}")
    latest = latest_release(releases_dir)
    pointer = releases_dir / LATEST_POINTER
    if latest is not None and (not pointer.exists() or pointer.read_text().strip() != latest.name):
        _point_latest(releases_dir, latest.name)
        done.append(f"{LATEST_POINTER} now names {latest.name}")
    return done


def write_text_atomic(path: Path, text: str) -> None:
    """Replace a small file (pointer, change log) so that readers see the old or the new one."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def resolve_latest(releases_dir: Path) -> Path | None:
    """The release named by the LATEST pointer file; the highest version when there is no pointer."""
    pointer = Path(releases_dir) / LATEST_POINTER
    if pointer.exists():
        name = pointer.read_text().strip()
        try:
            target = _safe_child(Path(releases_dir), name)
        except ReleaseError as exc:
            raise ReleaseError(f"{pointer}: does not name a release: {exc}") from exc
        if not (target / "manifest.json").exists():
            raise ReleaseError(f"{pointer}: names {name}, which is not a complete release under {releases_dir}")
        return target
    return latest_release(Path(releases_dir))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_release(release_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table of a release, with exact types (pyarrow-backed dtypes)."""
    return {p.stem: pd.read_parquet(p, dtype_backend="pyarrow") for p in sorted(Path(release_dir).glob("*.parquet"))}
