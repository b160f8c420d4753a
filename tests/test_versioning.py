"""Versioning by the data, immutability, refusals, tamper detection and the CI schema gate."""
import copy
import hashlib
import json
import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.publish import publish
from pipeline.release import Bump, ReleaseError, decide_bump, decide_version, parquet_bytes, write_release
from pipeline.schema_gate import schema_gate
from pipeline.snapshot import SchemaChanges, compare_snapshots, current_snapshot
from pipeline.validate import validate_release
from schemas import TABLE_MODELS
from tests.conftest import ROOT
from tests.release_tables import make_tables


def files_of(tables):
    return {name: parquet_bytes(name, tables[name]) for name in TABLE_MODELS}


@pytest.fixture
def first(tmp_path):
    """A releases folder holding v1.0.0 of the one-document tables."""
    tables, inputs = make_tables()
    result = publish(tables, inputs, tmp_path / "releases")
    assert result.version == "v1.0.0"
    return tmp_path / "releases"


def edited_snapshot(edit):
    snap = copy.deepcopy(current_snapshot())
    edit(snap["tables"])
    return snap


def column(tables, table, name):
    return next(c for c in tables[table]["columns"] if c["name"] == name)


# ---------------------------------------------------------------- the rule, as a pure function


def test_rule_first_release_is_v1():
    assert decide_bump(None, SchemaChanges(), tables_identical=False, added_documents=[]) == Bump("v1.0.0", "first release")


@pytest.mark.parametrize("changes, docs, expected", [
    (SchemaChanges(removed=["events.mode"]), [], "v2.0.0"),
    (SchemaChanges(retyped=["claims.confidence: double -> string"]), ["doc-x"], "v2.0.0"),
    (SchemaChanges(loosened=["claims.text"]), [], "v2.0.0"),
    (SchemaChanges(added=["events.region"]), [], "v1.5.0"),
    (SchemaChanges(added=["table sources"]), [], "v1.5.0"),
    (SchemaChanges(), ["doc-new"], "v1.5.0"),
    (SchemaChanges(other=["claims.kind: enum [...] -> [...]"]), [], "v1.4.3"),
    (SchemaChanges(), [], "v1.4.3"),
])
def test_rule_picks_the_bump(changes, docs, expected):
    assert decide_bump("v1.4.2", changes, tables_identical=False, added_documents=docs).version == expected


def test_rule_identical_tables_make_no_release():
    assert decide_bump("v1.4.2", SchemaChanges(), tables_identical=True, added_documents=[]).version is None


def test_compare_snapshots_names_removed_retyped_and_added_columns():
    old = current_snapshot()
    new = edited_snapshot(lambda t: (t["events"]["columns"].remove(column(t, "events", "confidence")), column(t, "claims", "confidence").update(type="string"),
                                     t["actors"]["columns"].append({**column(t, "actors", "role"), "name": "party"})))
    changes = compare_snapshots(old, new)
    assert changes.removed == ["events.confidence"]
    assert changes.retyped == ["claims.confidence: double -> string"]
    assert changes.added == ["actors.party"]
    assert compare_snapshots(old, old).empty


# ---------------------------------------------------------------- decisions against a release on disk


def test_major_on_a_removed_column(first):
    tables, _ = make_tables(summary_suffix=" (corrected)")
    # the code no longer describes events.mode: the latest release's column was removed
    snap = edited_snapshot(lambda t: t["events"].update(columns=[c for c in t["events"]["columns"] if c["name"] != "mode"]))
    bump = decide_version(files_of(tables), tables["documents"], first, snap)
    assert bump.version == "v2.0.0" and "removed events.mode" in bump.reason


def test_major_on_a_retyped_column(first):
    tables, _ = make_tables(summary_suffix=" (corrected)")
    snap = edited_snapshot(lambda t: column(t, "claims", "char_start").update(type="int32"))
    bump = decide_version(files_of(tables), tables["documents"], first, snap)
    assert bump.version == "v2.0.0" and "retyped claims.char_start: int64 -> int32" in bump.reason


def test_minor_on_an_added_column(first):
    tables, _ = make_tables(summary_suffix=" (corrected)")
    snap = edited_snapshot(lambda t: t["events"]["columns"].append({**column(t, "events", "mode"), "name": "region"}))
    bump = decide_version(files_of(tables), tables["documents"], first, snap)
    assert bump.version == "v1.1.0" and "events.region" in bump.reason


def test_minor_on_an_added_document_patch_on_a_row_change_none_when_identical(first):
    tables, inputs = make_tables(summary_suffix=" (corrected)")
    assert publish(tables, inputs, first).version == "v1.0.1"
    assert publish(tables, inputs, first).version is None
    tables, inputs = make_tables(("a.txt", "b.txt"), summary_suffix=" (corrected)")
    result = publish(tables, inputs, first)
    assert result.version == "v1.1.0" and "1 document(s) added" in result.reason
    assert (first / "LATEST").read_text().strip() == "v1.1.0"
    assert json.loads((first / "v1.1.0" / "manifest.json").read_text())["parent_version"] == "v1.0.1"


# ---------------------------------------------------------------- refusals


def test_a_version_that_contradicts_the_rule_is_refused_with_the_reason(first):
    tables, inputs = make_tables(summary_suffix=" (corrected)")
    with pytest.raises(ReleaseError) as err:
        publish(tables, inputs, first, version="v2.0.0")
    assert str(err.value) == ("--version v2.0.0 contradicts the versioning rule: the data calls for v1.0.1 "
                              "(patch: rows changed)")
    assert sorted(p.name for p in first.iterdir() if p.name.startswith("v")) == ["v1.0.0"]
    assert publish(tables, inputs, first, version="v1.0.1").version == "v1.0.1"


def test_an_existing_release_is_never_overwritten(first):
    before = {p.name: p.read_bytes() for p in (first / "v1.0.0").iterdir() if p.is_file()}
    tables, inputs = make_tables(summary_suffix=" (other)")
    with pytest.raises(ReleaseError, match="already exists; releases are never modified"):
        write_release(first, "v1.0.0", files_of(tables), {"version": "v1.0.0"}, "readme")
    assert {p.name: p.read_bytes() for p in (first / "v1.0.0").iterdir() if p.is_file()} == before
    assert not list(first.glob(".tmp-*"))


@pytest.mark.parametrize("version", ["../v9.0.0", "v1.0.0/../../v9.0.0", "/tmp/v9.0.0", "v9.0", "latest"])
def test_a_version_escaping_the_releases_folder_is_refused(tmp_path, version):
    tables, inputs = make_tables()
    with pytest.raises(ReleaseError, match="not a release version"):
        write_release(tmp_path / "releases", version, files_of(tables), {}, "")
    with pytest.raises(ReleaseError, match="not a release version"):
        publish(tables, inputs, tmp_path / "releases", version=version)
    assert not (tmp_path / "v9.0.0").exists() and not (tmp_path / "releases" / "v1.0.0").exists()


def test_an_extra_file_escaping_the_release_folder_is_refused(tmp_path):
    tables, _ = make_tables()
    with pytest.raises(ReleaseError, match="would leave the release folder"):
        write_release(tmp_path / "releases", "v1.0.0", files_of(tables), {}, "", extra_files={"../evil.json": b"{}"})
    assert not (tmp_path / "releases" / "evil.json").exists() and not (tmp_path / "releases" / "v1.0.0").exists()


# ---------------------------------------------------------------- tampering and old releases


@pytest.mark.parametrize("name", ["events.parquet", "schema/tables.json", "datapackage.json", "README.md"])
def test_a_tampered_file_fails_validate_naming_the_file(first, name):
    release = first / "v1.0.0"
    assert validate_release(release) == []
    path = release / name
    data = path.read_bytes()
    path.write_bytes(data[:-8] + b"\0" * 8 if name.endswith(".parquet") else data + b" ")
    problems = validate_release(release)
    assert problems and all(p.startswith(name) for p in problems), problems
    assert "modified after publication" in problems[0]


def rehash(release):
    """Re-record every file's sha256 in the manifest, as if the release had been published like this."""
    manifest = json.loads((release / "manifest.json").read_text())
    for name, entry in manifest["tables"].items():
        entry["sha256"] = hashlib.sha256((release / entry["file"]).read_bytes()).hexdigest()
    for rel, entry in manifest["files"].items():
        entry["sha256"] = hashlib.sha256((release / rel).read_bytes()).hexdigest()
    (release / "manifest.json").write_text(json.dumps(manifest))


def test_an_old_release_validates_against_its_own_snapshot_not_the_current_code(first):
    # an old release published by code whose event vocabulary had a type the current code dropped
    old = first / "v1.0.0"
    events = pq.read_table(old / "events.parquet")
    types = events.column("event_type").to_pylist()
    types[0] = "LEGACY"
    pq.write_table(events.set_column(events.schema.get_field_index("event_type"),
                                     events.schema.field("event_type"), pa.array(types, pa.string())),
                   old / "events.parquet")
    snap = json.loads((old / "schema/tables.json").read_text())
    column(snap["tables"], "events", "event_type")["enum"] = sorted(set(types) | {"LEGACY"})
    (old / "schema/tables.json").write_text(json.dumps(snap))
    rehash(old)
    assert validate_release(old, against_current=False) == []
    against_code = validate_release(old, against_current=True)
    assert against_code and all(p.startswith("events (current schemas)") for p in against_code), against_code
    # and its own snapshot is enforced: a vocabulary the data breaks fails
    column(snap["tables"], "events", "event_type")["enum"] = ["AGREE"]
    (old / "schema/tables.json").write_text(json.dumps(snap))
    rehash(old)
    problems = validate_release(old, against_current=False)
    assert any(p.startswith("events (published schema): event_type: isin") for p in problems), problems


def test_validate_cli_lists_failures_and_exits_non_zero(first):
    release = first / "v1.0.0"
    ok = subprocess.run([sys.executable, "-m", "pipeline", "validate", str(release)], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "valid:" in ok.stdout
    (release / "topics.parquet").write_bytes(b"not parquet")
    bad = subprocess.run([sys.executable, "-m", "pipeline", "validate", "v1.0.0", "--releases", str(first)],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "FAIL topics.parquet: sha256" in bad.stdout


# ---------------------------------------------------------------- CI schema gate


def test_schema_gate_passes_on_matching_schemas_and_added_columns(first):
    assert schema_gate(first).passed
    snap = edited_snapshot(lambda t: t["events"]["columns"].append({**column(t, "events", "mode"), "name": "region"}))
    result = schema_gate(first, current=snap)
    assert result.passed and any("events.region" in n for n in result.notes)


def test_schema_gate_fails_on_a_breaking_change_without_a_major_bump(first, tmp_path):
    # simulate code that dropped a column the release has: a copy of the release whose snapshot
    # carries an extra column the current code lacks
    copy_dir = tmp_path / "copy"
    shutil.copytree(first, copy_dir)
    path = copy_dir / "v1.0.0" / "schema" / "tables.json"
    snap = json.loads(path.read_text())
    snap["tables"]["events"]["columns"].append({**column(snap["tables"], "events", "mode"), "name": "region"})
    column(snap["tables"], "claims", "confidence")["type"] = "float"
    path.write_text(json.dumps(snap))
    result = schema_gate(copy_dir)
    assert not result.passed
    message = result.failures[0]
    assert "schemas/ breaks release v1.0.0" in message
    assert "removed events.region" in message and "retyped claims.confidence: float -> double" in message
    assert "v2.0.0" in message
    cli = subprocess.run([sys.executable, "-m", "pipeline", "schema-gate", "--releases", str(copy_dir)],
                         capture_output=True, text=True, cwd=ROOT)
    assert cli.returncode == 1 and "FAIL schemas/ breaks release v1.0.0" in cli.stdout


def test_schema_gate_fails_on_a_history_that_broke_without_a_major_bump(first):
    tables, inputs = make_tables(summary_suffix=" (corrected)")
    publish(tables, inputs, first)
    snap_path = first / "v1.0.0" / "schema" / "tables.json"
    snap = json.loads(snap_path.read_text())
    snap["tables"]["events"]["columns"].append({**column(snap["tables"], "events", "mode"), "name": "region"})
    snap_path.write_text(json.dumps(snap))
    failures = schema_gate(first).failures
    assert any(f.startswith("release v1.0.1 breaks v1.0.0 without a major bump: removed events.region") for f in failures)
