"""Publish step: validate a set of tables as a whole and write them as the next release."""
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline import PROJECT_ROOT, integrity
from pipeline.codebook import release_readme
from pipeline.datapackage import build_datapackage
from pipeline.locking import releases_lock
from pipeline.memory import release_freed_memory
from pipeline.diff import changelog_markdown, compact, diff_markdown, diff_tables, read_release_tables
from pipeline.release import (ROW_GROUP_ROWS, ReleaseError, build_manifest, code_revision, decide_version,
                              latest_release, list_releases, arrow_parquet_bytes, parse_version, recover, sha256,
                              streamed_parquet_bytes, write_release, write_text_atomic)
from pipeline.report import release_report_files
from pipeline.snapshot import SNAPSHOT_FILE, current_snapshot, load_snapshot, snapshot_files
from pipeline.validation import failure_report
from schemas import TABLE_MODELS
from schemas.frames import to_arrow


@dataclass
class PublishResult:
    path: Path | None
    version: str | None
    reason: str
    manifest: dict | None = None


class StoredTable:
    """A release table left in its stored Parquet file (io_manager.LazyTable), for what the release step does
    with a table besides writing it: len(), `col in t`, t["col"] (a Series), t[["a", "b"]] (a frame) read only
    those columns; `load()` the whole frame. publish() streams it into the release's Parquet a row group at a
    time (streamed_parquet_bytes), so the step never holds the whole table as a frame (claims, mentions and the
    documents' texts: most of the step's inputs)."""

    def __init__(self, lazy):
        self.lazy = lazy
        self._rows = None
        self._columns = None

    def __len__(self) -> int:
        if self._rows is None:
            self._rows = self.lazy.num_rows()
        return self._rows

    @property
    def columns(self) -> list[str]:
        if self._columns is None:
            self._columns = self.lazy.column_names()
        return self._columns

    def __contains__(self, column) -> bool:
        return column in self.columns

    def __getitem__(self, key):
        if isinstance(key, str):
            return self.lazy.read([key])[key]
        return self.lazy.read(list(key))

    def load(self) -> pd.DataFrame:
        return self.lazy.load()

    def chunks(self, rows: int):
        return self.lazy.chunks(rows)


def frames(tables: dict) -> dict[str, pd.DataFrame]:
    """The tables as frames (a StoredTable read whole)."""
    return {n: t.load() if isinstance(t, StoredTable) else t for n, t in tables.items()}


class _ReleaseArrow(Mapping):
    """The release's tables in the release schema for diff_tables: to_arrow's table where publish made one,
    else (a streamed StoredTable) the table as written, read back from its Parquet bytes when asked for and
    not kept (diff_tables looks at one table at a time)."""

    def __init__(self, arrow: dict, files: dict[str, bytes], rows_only=frozenset()):
        self.arrow, self.files, self.rows_only = arrow, files, rows_only

    def __getitem__(self, name):
        if name in self.arrow:
            return self.arrow[name]
        if name in self.rows_only:   # a table the parent lacks (every table of a first release): diff_table counts rows
            return _Rows(pq.ParquetFile(io.BytesIO(self.files[name])).metadata.num_rows)
        if name in self.files:
            return pq.read_table(io.BytesIO(self.files[name]))
        raise KeyError(name)

    def __contains__(self, name) -> bool:
        return name in self.files

    def __iter__(self):
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)


class _Rows:
    """A table diff_table only counts (diff_table(None, after, key) reads len(after) and nothing else)."""

    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n


class IntegrityError(RuntimeError):
    """The tables break the contract; nothing was written."""


def check_tables(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Schema failures of every table plus the contract's cross-table rules."""
    problems = []
    for name, model in TABLE_MODELS.items():
        if name not in tables:
            problems.append(f"{name}: table missing")
            continue
        problems += [f"{name}: {p}" for p in failure_report(tables[name], model)]
    return problems + integrity.check_all(tables)


def publish(tables: dict[str, pd.DataFrame], inputs: list[dict], releases_dir: Path, *,
            extra_manifest: dict | None = None, version: str | None = None,
            quality_markdown: str | None = None, quality_metrics: dict | None = None,
            lock_timeout: float = 60.0, report_cache: Path | None = None,
            contract_checked: bool = False) -> PublishResult:
    """Write a new release when the tables differ from the latest one; else write nothing.
    One run at a time per releases folder: another one waits up to lock_timeout seconds.
    `report_cache`: a folder where the report keeps what is slow to rebuild (the Vega bundle).
    `contract_checked`: these very tables passed check_tables' rules already (the blocking asset
    checks of the same run), so they are not run twice."""
    if not contract_checked:
        tables = frames(tables)
    problems = [] if contract_checked else check_tables(tables)
    if problems:
        raise IntegrityError("the tables break the contract; no release written:\n  " + "\n  ".join(problems[:50]))
    arrow, files = {}, {}
    for name in TABLE_MODELS:
        table = tables[name]
        data = streamed_parquet_bytes(name, table.chunks(ROW_GROUP_ROWS)) if isinstance(table, StoredTable) else None
        if data is None:   # a frame (or a stored table without rows): its Arrow table is kept for the diff
            arrow[name] = to_arrow(TABLE_MODELS[name], name, table.load() if isinstance(table, StoredTable) else table)
            data = arrow_parquet_bytes(arrow[name])
        files[name] = data
    release_freed_memory()   # the streamed chunks' Arrow buffers and frames
    with releases_lock(releases_dir, timeout=lock_timeout):
        recover(releases_dir)  # a killed run's leftovers; under the lock, nobody else is writing
        return _publish_locked(tables, files, arrow, inputs, releases_dir, extra_manifest=extra_manifest, version=version,
                               quality_markdown=quality_markdown, quality_metrics=quality_metrics,
                               report_cache=report_cache)


def _publish_locked(tables, files, arrow, inputs, releases_dir, *, extra_manifest, version, quality_markdown,
                    quality_metrics, report_cache) -> PublishResult:
    snapshot = current_snapshot()
    bump = decide_version(files, tables["documents"], releases_dir, snapshot)
    if version is not None:
        parse_version(version)
    if bump.version is None:
        reason = bump.reason + (f"; --version {version} not used" if version else "")
        return PublishResult(None, None, reason)
    if version is not None and version != bump.version:
        raise ReleaseError(f"--version {version} contradicts the versioning rule: the data calls for "
                           f"{bump.version} ({bump.reason})")
    parent = latest_release(releases_dir)
    manifest = build_manifest(bump.version, parent.name if parent else None, files, tables, inputs, {
        "code_revision": code_revision(PROJECT_ROOT), "bump_reason": bump.reason, **(extra_manifest or {})})
    # the diff compares the tables as written (Arrow, the release schema) with the parent's, read only
    # where the bytes differ: a table byte-identical to the parent's has no changes to look for
    unchanged = frozenset(identical_tables(parent, files)) if parent else frozenset()
    before = read_release_tables(parent, set(files) - unchanged) if parent else {}
    in_parent = set(before) | unchanged   # (the keys only: `in` on a ReleaseTables would read the table)
    after = _ReleaseArrow(arrow, files, rows_only=frozenset(n for n in files if n not in in_parent))
    changes = diff_tables(before, after,
                          load_snapshot(parent) if parent else {"tables": {}}, snapshot,
                          before_version=parent.name if parent else None, after_version=bump.version,
                          unchanged=unchanged)
    manifest["schema_snapshot"] = SNAPSHOT_FILE
    manifest["changes"] = compact(changes) if parent else None
    extra_files = snapshot_files(snapshot)
    extra_files["datapackage.json"] = (json.dumps(build_datapackage(manifest, snapshot), indent=2,
                                                  ensure_ascii=False) + "\n").encode()
    extra_files.update(release_report_files(tables, manifest, releases_dir, quality=quality_metrics,
                                            bundle_cache=report_cache))
    readme = release_readme(manifest, quality_markdown, changes_markdown=diff_markdown(changes))
    # checked by `validate` like the tables: the manifest itself is the only unhashed file
    manifest["files"] = {path: {"sha256": sha256(data), "bytes": len(data)}
                         for path, data in sorted({**extra_files, "README.md": readme.encode()}.items())}
    path = write_release(releases_dir, bump.version, files, manifest, readme, extra_files=extra_files)
    write_changelog(releases_dir)
    return PublishResult(path, bump.version, bump.reason, manifest)


def identical_tables(release: Path, files: dict[str, bytes]) -> list[str]:
    """The tables whose bytes equal the release's (its manifest's sha256)."""
    old = {n: t.get("sha256") for n, t in json.loads((release / "manifest.json").read_text()).get("tables", {}).items()}
    return [n for n, data in files.items() if old.get(n) == sha256(data)]


def write_changelog(releases_dir: Path) -> Path:
    """releases/CHANGELOG.md, regenerated from every release's manifest (it lives outside them)."""
    manifests = [json.loads((r / "manifest.json").read_text()) for r in list_releases(releases_dir)]
    path = releases_dir / "CHANGELOG.md"
    write_text_atomic(path, changelog_markdown(manifests))
    return path
