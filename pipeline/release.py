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

from schemas import CONTRACT_VERSION, TABLE_MODELS
from schemas.frames import arrow_schema, to_arrow

VERSION_RE = re.compile(r"v(\d+)\.(\d+)\.(\d+)")  # use fullmatch: `$` would let "v1.0.0\n" through
LATEST_POINTER = "LATEST"
CHECKSUMS = "SHA256SUMS"   # every file of a release, in `sha256sum -c` format, written last
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
    table = to_arrow(TABLE_MODELS[name], name, df)
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd", row_group_size=100_000, use_dictionary=True,
                   write_statistics=True)
    return buf.getvalue()


def table_columns(name: str) -> list[dict]:
    return [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in arrow_schema(TABLE_MODELS[name], name)]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Bump:
    version: str | None     # None: nothing changed, no release
    reason: str


def decide_version(files: dict[str, bytes], documents: pd.DataFrame, releases_dir: Path) -> Bump:
    """The next version by CONTRACT.md's rule, from what differs against the latest release."""
    latest = latest_release(releases_dir)
    if latest is None:
        return Bump("v1.0.0", "first release")
    manifest = json.loads((latest / "manifest.json").read_text())
    old_tables = manifest.get("tables", {})
    new_digests = {n: sha256(b) for n, b in files.items()}
    if {n: t.get("sha256") for n, t in old_tables.items()} == new_digests:
        return Bump(None, f"tables identical to {latest.name}")
    major, minor, patch = parse_version(latest.name)
    removed, retyped, added = [], [], []
    for name in sorted(set(old_tables) | set(files)):
        old_cols = {c["name"]: c["type"] for c in old_tables.get(name, {}).get("columns", [])}
        new_cols = {c["name"]: c["type"] for c in table_columns(name)} if name in files else {}
        if name not in files:
            removed.append(f"table {name}")
        removed += [f"{name}.{c}" for c in old_cols if name in files and c not in new_cols]
        retyped += [f"{name}.{c}" for c in old_cols if c in new_cols and old_cols[c] != new_cols[c]]
        added += [f"{name}.{c}" for c in new_cols if c not in old_cols]
    if removed or retyped:
        return Bump(f"v{major + 1}.0.0", f"major: removed {removed} retyped {retyped}")
    old_docs = {d["doc_id"] for d in manifest.get("inputs", []) if d.get("doc_id")}
    new_docs = set(documents["doc_id"]) - old_docs
    if added or new_docs:
        return Bump(f"v{major}.{minor + 1}.0", f"minor: added columns {added} documents {sorted(new_docs)}")
    return Bump(f"v{major}.{minor}.{patch + 1}", "patch: rows changed")


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


def write_release(releases_dir: Path, version: str, files: dict[str, bytes], manifest: dict, readme: str) -> Path:
    """Write atomically; refuse to touch an existing release. A failed write (disk full,
    read-only folder) raises ReleaseError naming the cause and leaves every release as it was."""
    target = _safe_child(releases_dir, version)
    if target.exists():
        raise ReleaseError(f"{target}: release {version} already exists; releases are never modified")
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
        payload["manifest.json"] = (json.dumps(manifest, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode()
        payload["README.md"] = readme.encode()
        payload[CHECKSUMS] = "".join(f"{sha256(data)}  {fname}\n" for fname, data in sorted(payload.items())).encode()
        for fname, data in payload.items():
            with open(tmp / fname, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        _fsync_dir(tmp)
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
    pointer = releases_dir / f".{LATEST_POINTER}.tmp"
    pointer.write_text(version + "\n")
    os.replace(pointer, releases_dir / LATEST_POINTER)


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


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_release(release_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table of a release, with exact types (pyarrow-backed dtypes)."""
    return {p.stem: pd.read_parquet(p, dtype_backend="pyarrow") for p in sorted(Path(release_dir).glob("*.parquet"))}
