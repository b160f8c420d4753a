"""Publish step: validate a set of tables as a whole and write them as the next release."""
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import PROJECT_ROOT, integrity
from pipeline.codebook import release_readme
from pipeline.datapackage import build_datapackage
from pipeline.locking import releases_lock
from pipeline.diff import changelog_markdown, compact, diff_markdown, diff_tables, read_release_tables
from pipeline.release import (ReleaseError, build_manifest, code_revision, decide_version, latest_release,
                              list_releases, arrow_parquet_bytes, parse_version, recover, sha256, write_release,
                              write_text_atomic)
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
    problems = [] if contract_checked else check_tables(tables)
    if problems:
        raise IntegrityError("the tables break the contract; no release written:\n  " + "\n  ".join(problems[:50]))
    arrow = {name: to_arrow(TABLE_MODELS[name], name, tables[name]) for name in TABLE_MODELS}
    files = {name: arrow_parquet_bytes(table) for name, table in arrow.items()}
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
    changes = diff_tables(read_release_tables(parent, set(files) - unchanged) if parent else {}, arrow,
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
