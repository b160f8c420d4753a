"""Consumer API: the tables of a release as validated pandas DataFrames.

    from pipeline.releases import load
    tables = load("latest")          # or load("v1.2.0"), or load("path/to/releases/v1.2.0")
    events = tables["events"]

`latest` is read from the `releases/LATEST` pointer file (a plain text file, so it works on every
OS); without it, the highest version wins. Every file is checked against the manifest's sha256
and every table against the schema snapshot the release was published with.
"""
from pathlib import Path

import pandas as pd
from pandera.errors import SchemaErrors

from pipeline import PROJECT_ROOT
from pipeline.release import VERSION_RE, ReleaseError, _safe_child, read_release, resolve_latest
from pipeline.snapshot import load_snapshot, pandera_schema

DEFAULT_RELEASES_DIR = PROJECT_ROOT / "releases"


class ReleaseLoadError(ReleaseError):
    """The release cannot be found, or its files do not match its manifest and schemas."""


def resolve(ref: str | Path = "latest", *, releases_dir: str | Path | None = None) -> Path:
    """The folder of a release: 'latest', a version 'vX.Y.Z' under releases_dir, or a release folder."""
    root = Path(releases_dir) if releases_dir is not None else DEFAULT_RELEASES_DIR
    if str(ref) == "latest":
        found = resolve_latest(root)
        if found is None:
            raise ReleaseLoadError(f"no release under {root}")
        return found
    if isinstance(ref, str) and VERSION_RE.match(ref):
        target = _safe_child(root, ref)
        if not (target / "manifest.json").exists():
            raise ReleaseLoadError(f"release {ref} not found under {root}")
        return target
    path = Path(ref)
    if not (path / "manifest.json").is_file():
        raise ReleaseLoadError(f"{ref!r} is neither 'latest', a version vX.Y.Z, nor a release folder (no manifest.json)")
    return path


def load(ref: str | Path = "latest", *, releases_dir: str | Path | None = None,
         validate: bool = True) -> dict[str, pd.DataFrame]:
    """Every table of a release keyed by name, with exact (pyarrow-backed) dtypes; with `validate`,
    a file that differs from the manifest or a table that breaks its published schema raises."""
    from pipeline.validate import manifest_problems

    folder = resolve(ref, releases_dir=releases_dir)
    if validate:
        problems = manifest_problems(folder)
        if problems:
            raise ReleaseLoadError(f"{folder}: " + "; ".join(problems))
    tables = read_release(folder)
    if not validate:
        return tables
    failures = []
    for name, table in load_snapshot(folder)["tables"].items():
        try:
            tables[name] = pandera_schema(name, table).validate(tables[name], lazy=True)
        except SchemaErrors as err:
            failures.append(f"{name}: {len(err.failure_cases)} schema failures, e.g. "
                            f"{err.failure_cases.head(3)[['column', 'check']].to_dict('records')}")
        except KeyError:
            failures.append(f"{name}: in the schema snapshot but its Parquet file is missing")
    if failures:
        raise ReleaseLoadError(f"{folder}: " + "; ".join(failures))
    return tables
