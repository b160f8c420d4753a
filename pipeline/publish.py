"""Publish step: validate a set of tables as a whole and write them as the next release."""
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import PROJECT_ROOT, integrity
from pipeline.codebook import release_readme
from pipeline.locking import releases_lock
from pipeline.release import (ReleaseError, build_manifest, code_revision, decide_version, latest_release,
                              parquet_bytes, parse_version, recover, write_release)
from pipeline.validation import failure_report
from schemas import TABLE_MODELS


@dataclass
class PublishResult:
    path: Path | None
    version: str | None
    reason: str
    manifest: dict | None = None


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
            quality_markdown: str | None = None, lock_timeout: float = 60.0) -> PublishResult:
    """Write a new release when the tables differ from the latest one; else write nothing.
    One run at a time per releases folder: another one waits up to lock_timeout seconds."""
    problems = check_tables(tables)
    if problems:
        raise IntegrityError("the tables break the contract; no release written:\n  " + "\n  ".join(problems[:50]))
    files = {name: parquet_bytes(name, tables[name]) for name in TABLE_MODELS}
    with releases_lock(releases_dir, timeout=lock_timeout):
        recover(releases_dir)  # a killed run's leftovers; under the lock, nobody else is writing
        return _publish_locked(tables, files, inputs, releases_dir, extra_manifest, version, quality_markdown)


def _publish_locked(tables, files, inputs, releases_dir, extra_manifest, version, quality_markdown) -> PublishResult:
    bump = decide_version(files, tables["documents"], releases_dir)
    if bump.version is None:
        return PublishResult(None, None, bump.reason)
    if version is not None and version != bump.version:
        parse_version(version)
        raise ReleaseError(f"--version {version} contradicts the versioning rule: the data calls for "
                           f"{bump.version} ({bump.reason})")
    parent = latest_release(releases_dir)
    manifest = build_manifest(bump.version, parent.name if parent else None, files, tables, inputs, {
        "code_revision": code_revision(PROJECT_ROOT), "bump_reason": bump.reason, **(extra_manifest or {})})
    path = write_release(releases_dir, bump.version, files, manifest, release_readme(manifest, quality_markdown))
    return PublishResult(path, bump.version, bump.reason, manifest)
