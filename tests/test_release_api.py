"""What a consumer gets from a release: the Data Package, the schema snapshot, diffs and the change
log, the load API and the README's one-liners."""
import json
import re
import subprocess
import sys
from collections import Counter

import frictionless
import pandas as pd
import pytest

import pipeline.releases as releases_api
from pipeline.diff import diff_markdown, diff_releases
from pipeline.publish import publish
from pipeline.release import ReleaseError
from pipeline.releases import ReleaseLoadError, load
from pipeline.snapshot import load_snapshot, pandera_schema
from schemas import TABLE_MODELS
from tests.conftest import ROOT
from tests.release_tables import doc_id, make_tables


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """v1.0.0 (document a), v1.0.1 (a row corrected), v1.1.0 (document b added)."""
    root = tmp_path_factory.mktemp("history") / "releases"
    for files, suffix in [(("a.txt",), ""), (("a.txt",), " (corrected)"), (("a.txt", "b.txt"), " (corrected)")]:
        tables, inputs = make_tables(files, summary_suffix=suffix)
        assert publish(tables, inputs, root).path is not None
    return root


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.S)


# ---------------------------------------------------------------- Frictionless Data Package


def test_datapackage_descriptor_is_valid_and_complete(history):
    release = history / "v1.1.0"
    descriptor = json.loads((release / "datapackage.json").read_text())
    assert [e.message for e in frictionless.Package.metadata_validate(descriptor)] == []
    manifest = json.loads((release / "manifest.json").read_text())
    assert descriptor["version"] == "1.1.0"
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == set(TABLE_MODELS)
    for name, r in resources.items():
        assert r["path"] == f"{name}.parquet" and r["format"] == "parquet"
        assert r["hash"] == "sha256:" + manifest["tables"][name]["sha256"]
        assert [f["name"] for f in r["schema"]["fields"]] == [c["name"] for c in manifest["tables"][name]["columns"]]
    assert resources["claims"]["schema"]["primaryKey"] == ["claim_id"]
    assert {"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}} in \
        resources["claims"]["schema"]["foreignKeys"]


def array_fields(descriptor: dict) -> set:
    return {(r["name"], f["name"]) for r in descriptor["resources"] for f in r["schema"]["fields"] if f["type"] == "array"}


def test_frictionless_validates_the_data_of_the_package(history):
    """frictionless-py 5.21 reads Parquet through pyarrow + pandas and hands list<string> cells over
    as numpy arrays, which its `array` type rejects: those cells, and only those, are its known
    limitation. Every other check (types, required, unique, enum, ranges, patterns, primary and
    foreign keys) runs on the data and must pass."""
    release = history / "v1.1.0"
    descriptor = json.loads((release / "datapackage.json").read_text())
    report = frictionless.Package(descriptor, basepath=str(release)).validate()
    errors = Counter((t.name, e.type, getattr(e, "field_name", None)) for t in report.tasks for e in t.errors)
    assert {(table, field) for table, kind, field in errors if kind == "type-error"} <= array_fields(descriptor)
    assert {kind for _, kind, _ in errors} <= {"type-error"}, errors
    manifest = json.loads((release / "manifest.json").read_text())
    assert {t.name: t.stats.get("rows", 0) for t in report.tasks} == {n: t["rows"] for n, t in manifest["tables"].items()}


def test_frictionless_catches_a_broken_foreign_key_and_vocabulary(history):
    """The check above is real: the same package with a wrong reference and a narrower vocabulary fails."""
    release = history / "v1.1.0"
    descriptor = json.loads((release / "datapackage.json").read_text())
    for r in descriptor["resources"]:
        if r["name"] == "claims":
            r["schema"]["foreignKeys"][0]["reference"]["fields"] = ["sha256"]
        if r["name"] == "events":
            next(f for f in r["schema"]["fields"] if f["name"] == "event_type")["constraints"]["enum"] = ["AGREE"]
    report = frictionless.Package(descriptor, basepath=str(release)).validate()
    kinds = Counter((t.name, e.type) for t in report.tasks for e in t.errors if e.type != "type-error")
    assert kinds[("claims", "foreign-key")] == 2 and kinds[("events", "constraint-error")] == 2


# ---------------------------------------------------------------- schema snapshot


def test_snapshot_round_trips_into_pandera_schemas_that_validate_the_release(history):
    release = history / "v1.1.0"
    snapshot = load_snapshot(release)
    tables = load(release)
    for name, table in snapshot["tables"].items():
        pandera_schema(name, table).validate(tables[name])
        assert (release / "schema" / f"{name}.tableschema.json").exists()
        pandera_json = json.loads((release / "schema" / f"{name}.pandera.json").read_text())
        assert list(pandera_json["columns"]) == [c["name"] for c in table["columns"]]
    assert "date_precision unknown exactly when both dates are null" in snapshot["tables"]["claims"]["row_rules"]


# ---------------------------------------------------------------- diff and change log


def test_diff_counts_rows_added_removed_and_changed_by_id(history):
    diff = diff_releases(history / "v1.0.0", history / "v1.1.0")
    assert diff["from"] == "v1.0.0" and diff["to"] == "v1.1.0"
    assert not any(diff["schema"].values())
    docs, events, actors = diff["tables"]["documents"], diff["tables"]["events"], diff["tables"]["actors"]
    assert (docs["added"], docs["removed"], docs["changed"]) == (1, 0, 0)
    assert docs["examples"]["added"] == [doc_id("b.txt")]
    assert (events["added"], events["removed"], events["changed"]) == (1, 0, 1)
    assert events["changed_columns"] == {"summary": 1}
    assert actors["changed"] == 2 and set(actors["changed_columns"]) == {"n_documents", "n_claims"}
    back = diff_releases(history / "v1.1.0", history / "v1.0.0")
    assert (back["tables"]["documents"]["added"], back["tables"]["documents"]["removed"]) == (0, 1)


def test_diff_reports_schema_changes(history, tmp_path):
    import shutil

    old = tmp_path / "v0.9.0"
    shutil.copytree(history / "v1.0.0", old)
    snap = json.loads((old / "schema/tables.json").read_text())
    snap["tables"]["events"]["columns"] = [c for c in snap["tables"]["events"]["columns"] if c["name"] != "mode"]
    (old / "schema/tables.json").write_text(json.dumps(snap))
    diff = diff_releases(old, history / "v1.0.1")
    assert diff["schema"]["added"] == ["events.mode"]
    assert "- Added: `events.mode`" in diff_markdown(diff)


def test_diff_cli_prints_markdown_and_json(history):
    out = subprocess.run([sys.executable, "-m", "pipeline", "diff", "v1.0.0", "v1.0.1", "--releases", str(history)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("# Changes from v1.0.0 to v1.0.1")
    assert "| events | 1 | 1 | 0 | 0 | 1 | summary (1) |" in out.stdout
    js = subprocess.run([sys.executable, "-m", "pipeline", "diff", "v1.0.0", "latest", "--releases", str(history), "--json"],
                        capture_output=True, text=True, cwd=ROOT)
    assert json.loads(js.stdout)["tables"]["documents"]["added"] == 1
    bad = subprocess.run([sys.executable, "-m", "pipeline", "diff", "v1.0.0", "../v1.0.1", "--releases", str(history)],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "neither 'latest', a version" in bad.stderr


def test_every_release_readme_summarises_changes_against_its_parent(history):
    assert "First release: no parent to compare with." in (history / "v1.0.0" / "README.md").read_text()
    readme = (history / "v1.0.1" / "README.md").read_text()
    assert "## Changes from v1.0.0 to v1.0.1" in readme and "| events | 1 | 1 | 0 | 0 | 1 | summary (1) |" in readme


def test_changelog_lists_every_release_newest_first(history):
    changelog = (history / "CHANGELOG.md").read_text()
    headings = re.findall(r"^## (v\S+)", changelog, flags=re.M)
    assert headings == ["v1.1.0", "v1.0.1", "v1.0.0"]
    assert "minor: 1 document(s) added" in changelog and "### Changes from v1.0.1 to v1.1.0" in changelog


# ---------------------------------------------------------------- load API


def test_load_latest_version_and_path_return_validated_frames(history):
    latest = load("latest", releases_dir=history)
    assert set(latest) == set(TABLE_MODELS)
    assert len(latest["documents"]) == 2
    assert latest["events"]["date_start"].dtype == pd.ArrowDtype(__import__("pyarrow").date32())
    first = load("v1.0.0", releases_dir=history)
    assert len(first["documents"]) == 1
    pd.testing.assert_frame_equal(load(history / "v1.0.1")["events"], load("v1.0.1", releases_dir=history)["events"])


def test_load_latest_follows_the_pointer_and_falls_back_to_the_highest_version(history, tmp_path):
    import shutil

    root = tmp_path / "releases"
    shutil.copytree(history, root)
    (root / "LATEST").write_text("v1.0.1\n")
    assert len(load("latest", releases_dir=root)["events"]) == 1
    (root / "LATEST").unlink()
    assert len(load("latest", releases_dir=root)["events"]) == 2
    (root / "LATEST").write_text("../../etc\n")
    with pytest.raises(ReleaseError, match="does not name a release"):
        load("latest", releases_dir=root)


@pytest.mark.parametrize("ref", ["../v1.0.0", "v1.0.0/..", "v9.9.9", "nonsense"])
def test_load_refuses_refs_outside_the_releases_folder_or_missing(history, ref, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # so that a relative path resolves nowhere
    with pytest.raises(ReleaseError):
        load(ref, releases_dir=history)


def test_load_refuses_a_tampered_release_naming_the_file(history, tmp_path):
    import shutil

    release = tmp_path / "v1.0.0"
    shutil.copytree(history / "v1.0.0", release)
    data = (release / "claims.parquet").read_bytes()
    (release / "claims.parquet").write_bytes(data.replace(b"CONSULT", b"CONSULX"))
    with pytest.raises(ReleaseLoadError, match="claims.parquet: sha256"):
        load(release)
    assert len(load(release, validate=False)["documents"]) == 1


def test_project_readme_one_liners_run(history, monkeypatch, tmp_path, capsys):
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Releases"):readme.index("## Layout")]
    code = python_blocks(section)
    assert code and all(s in code[0] for s in ("pipeline.releases import load", "pd.read_parquet", "pl.read_parquet",
                                               "duckdb.sql"))
    import shutil

    shutil.copytree(history, tmp_path / "releases")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(releases_api, "DEFAULT_RELEASES_DIR", tmp_path / "releases")
    scope: dict = {}
    exec(code[0], scope)  # noqa: S102 - the README's own example
    assert len(scope["tables"]["documents"]) == 2  # load("latest") is v1.1.0
    assert scope["events"].height == 1  # polars read of v1.0.0, the last assignment
    assert "CONSULT" in capsys.readouterr().out  # duckdb's printed table


def test_release_readme_one_liners_run_inside_the_release(history, monkeypatch, capsys):
    release = history / "v1.1.0"
    code = python_blocks((release / "README.md").read_text())
    monkeypatch.chdir(release)
    scope: dict = {}
    exec(code[0], scope)  # noqa: S102 - the release README's own example
    assert scope["events"].height == 2
    assert "CONSULT" in capsys.readouterr().out
