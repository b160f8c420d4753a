"""Schema snapshots: the table schemas a release was published with, as JSON inside the release.

Three forms per table are written under `schema/`:
- `tables.json`: this project's own description (Arrow type, nullability, uniqueness, vocabulary,
  ranges, patterns, row rules). It is the authoritative form: old releases are validated against
  it, diffs and the CI schema gate compare it. It exists because Pandera's own serialisation
  cannot express the pyarrow-backed dtypes: `to_json` writes `list<item: string>[pyarrow]`, which
  `from_json` cannot read back, and it drops every custom dataframe check.
- `<table>.pandera.json`: Pandera's `DataFrameSchema.to_json()` as it stands, for Pandera users.
- `<table>.tableschema.json`: a Frictionless Table Schema (also embedded in datapackage.json).
"""
import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow

from schemas import CONTRACT_VERSION, PRIMARY_KEYS, TABLE_MODELS
from schemas.frames import arrow_schema

SNAPSHOT_FORMAT = "twjp-schema-snapshot/1"
SNAPSHOT_FILE = "schema/tables.json"

# Pandera built-in column checks, by name, and the keyword the statistics carry.
_CHECK_KEYS = {"isin": "allowed_values", "greater_than_or_equal_to": "min_value",
               "less_than_or_equal_to": "max_value", "str_matches": "pattern"}
_CONSTRAINT_OF = {"isin": "enum", "greater_than_or_equal_to": "minimum", "less_than_or_equal_to": "maximum",
                  "str_matches": "pattern"}
_CHECK_OF = {v: k for k, v in _CONSTRAINT_OF.items()}

# Foreign keys of scalar columns (Frictionless cannot express keys inside list columns; those are
# described in the snapshot's `list_references` and checked by pipeline.integrity).
FOREIGN_KEYS = {
    "claims": [("doc_id", "documents", "doc_id"), ("claimant_id", "actors", "actor_id"),
               ("topic_id", "topics", "topic_id")],
    "mentions": [("doc_id", "documents", "doc_id"), ("actor_id", "actors", "actor_id")],
    "stances": [("actor_id", "actors", "actor_id"), ("topic_id", "topics", "topic_id")],
}
LIST_REFERENCES = {
    "claims": [("subject_ids", "actors", "actor_id"), ("object_ids", "actors", "actor_id")],
    "events": [("source_actor_ids", "actors", "actor_id"), ("target_actor_ids", "actors", "actor_id"),
               ("claim_ids", "claims", "claim_id"), ("doc_ids", "documents", "doc_id")],
    "stances": [("claim_ids", "claims", "claim_id"), ("doc_ids", "documents", "doc_id")],
}


class SnapshotError(ValueError):
    """A schema cannot be described, or a snapshot cannot be read back."""


# ---------------------------------------------------------------- describing the current code


def describe_table(name: str, model: type[pa.DataFrameModel]) -> dict:
    """The own JSON description of one table model."""
    schema = model.to_schema()
    columns = []
    for f in arrow_schema(model, name):
        col = schema.columns[f.name]
        entry = {"name": f.name, "type": str(f.type), "nullable": bool(f.nullable), "unique": bool(col.unique),
                 "description": col.description or ""}
        for check in col.checks:
            if check.name not in _CHECK_KEYS:
                raise SnapshotError(f"{name}.{f.name}: check {check.name!r} has no snapshot form; "
                                    f"add it to pipeline/snapshot.py")
            value = check.statistics[_CHECK_KEYS[check.name]]
            entry[_CONSTRAINT_OF[check.name]] = list(value) if isinstance(value, (tuple, list, set)) else value
        columns.append(entry)
    return {
        "description": (model.__doc__ or "").strip(),
        "primary_key": PRIMARY_KEYS.get(name),
        "columns": columns,
        "foreign_keys": [{"column": c, "table": t, "key": k} for c, t, k in FOREIGN_KEYS.get(name, [])],
        "list_references": [{"column": c, "table": t, "key": k} for c, t, k in LIST_REFERENCES.get(name, [])],
        "row_rules": [c.description or c.name for c in schema.checks],
    }


def current_snapshot() -> dict:
    """The snapshot of the schemas in the current code."""
    return {"format": SNAPSHOT_FORMAT, "contract_version": CONTRACT_VERSION,
            "tables": {name: describe_table(name, model) for name, model in TABLE_MODELS.items()}}


def pandera_json(model: type[pa.DataFrameModel]) -> dict:
    """Pandera's own serialisation (lossy for this project's dtypes and custom checks: see module doc)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "custom check ... will be skipped": said in the docs
        return json.loads(model.to_schema().to_json())


_FRICTIONLESS_TYPES = {"string": "string", "large_string": "string", "int64": "integer", "int32": "integer",
                       "double": "number", "float": "number", "bool": "boolean", "date32[day]": "date"}


def frictionless_type(arrow_type: str) -> str:
    if arrow_type.startswith(("list<", "large_list<")):
        return "array"
    if arrow_type not in _FRICTIONLESS_TYPES:
        raise SnapshotError(f"Arrow type {arrow_type!r} has no Frictionless type mapping")
    return _FRICTIONLESS_TYPES[arrow_type]


def table_schema(table: dict) -> dict:
    """A Frictionless Table Schema from a snapshot table description."""
    fields = []
    for col in table["columns"]:
        constraints = {"required": not col["nullable"]}
        if col.get("unique"):
            constraints["unique"] = True
        for key in ("enum", "minimum", "maximum", "pattern"):
            if key in col:
                # Table Schema patterns are implicitly anchored; ours carry ^...$ already
                constraints[key] = col[key].strip("^$") if key == "pattern" else col[key]
        fields.append({"name": col["name"], "type": frictionless_type(col["type"]),
                       "description": col["description"], "constraints": constraints})
    out = {"fields": fields}
    if table.get("primary_key"):
        out["primaryKey"] = [table["primary_key"]]
    if table.get("foreign_keys"):
        out["foreignKeys"] = [{"fields": [fk["column"]], "reference": {"resource": fk["table"], "fields": [fk["key"]]}}
                              for fk in table["foreign_keys"]]
    return out


def snapshot_files(snapshot: dict) -> dict[str, bytes]:
    """Relative path -> bytes of the `schema/` folder of a release."""
    def dump(obj) -> bytes:
        return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode()

    files = {SNAPSHOT_FILE: dump(snapshot)}
    for name, table in snapshot["tables"].items():
        files[f"schema/{name}.tableschema.json"] = dump(table_schema(table))
        if name in TABLE_MODELS and describe_table(name, TABLE_MODELS[name]) == table:
            files[f"schema/{name}.pandera.json"] = dump(pandera_json(TABLE_MODELS[name]))
    return files


# ---------------------------------------------------------------- reading a release's snapshot


def load_snapshot(release_dir: Path) -> dict:
    """A release's snapshot; for a release written before snapshots existed, the manifest's columns."""
    path = Path(release_dir) / SNAPSHOT_FILE
    if path.exists():
        try:
            snap = json.loads(path.read_text())
        except ValueError as exc:
            raise SnapshotError(f"{path}: not JSON: {exc}") from exc
        if snap.get("format") != SNAPSHOT_FORMAT:
            raise SnapshotError(f"{path}: unknown snapshot format {snap.get('format')!r}")
        return snap
    manifest_path = Path(release_dir) / "manifest.json"
    if not manifest_path.exists():
        raise SnapshotError(f"{release_dir}: neither {SNAPSHOT_FILE} nor manifest.json")
    manifest = json.loads(manifest_path.read_text())
    return {"format": SNAPSHOT_FORMAT, "contract_version": manifest.get("contract_version"), "from_manifest": True,
            "tables": {n: {"columns": [{**c, "unique": False} for c in t.get("columns", [])]}
                       for n, t in manifest.get("tables", {}).items()}}


_LIST_RE = re.compile(r"^(large_)?list<(?:item|element): (.+)>$")


def arrow_type(text: str) -> pyarrow.DataType:
    """Parse the string form of an Arrow type as written in snapshots (str(pyarrow type))."""
    m = _LIST_RE.match(text)
    if m:
        inner = arrow_type(m.group(2))
        return pyarrow.large_list(inner) if m.group(1) else pyarrow.list_(inner)
    try:
        return pyarrow.type_for_alias(text)
    except ValueError as exc:
        raise SnapshotError(f"unknown Arrow type {text!r} in a schema snapshot") from exc


def pandera_schema(name: str, table: dict) -> pa.DataFrameSchema:
    """A Pandera schema from a snapshot table: exact dtypes (no coercion), strict, ordered."""
    columns = {}
    for col in table["columns"]:
        checks = [getattr(pa.Check, _CHECK_OF[k])(col[k]) for k in ("enum", "minimum", "maximum", "pattern") if k in col]
        columns[col["name"]] = pa.Column(pd.ArrowDtype(arrow_type(col["type"])), checks=checks,
                                         nullable=col["nullable"], unique=col.get("unique", False),
                                         description=col.get("description"))
    return pa.DataFrameSchema(columns, name=name, strict=True, ordered=True, coerce=False)


# ---------------------------------------------------------------- comparing two snapshots


@dataclass
class SchemaChanges:
    """What differs from an old snapshot to a new one. Breaking: removed, retyped, loosened."""

    removed: list[str] = field(default_factory=list)      # tables or columns gone (a rename is gone + added)
    retyped: list[str] = field(default_factory=list)      # "table.col: old -> new"
    loosened: list[str] = field(default_factory=list)     # a column that may now be null
    added: list[str] = field(default_factory=list)        # tables or columns new
    other: list[str] = field(default_factory=list)        # vocabulary, ranges, uniqueness, descriptions

    @property
    def breaking(self) -> bool:
        return bool(self.removed or self.retyped or self.loosened)

    @property
    def empty(self) -> bool:
        return not (self.breaking or self.added or self.other)

    def breaking_items(self) -> list[str]:
        return ([f"removed {x}" for x in self.removed] + [f"retyped {x}" for x in self.retyped]
                + [f"now nullable {x}" for x in self.loosened])

    def as_dict(self) -> dict:
        return {"removed": self.removed, "retyped": self.retyped, "loosened": self.loosened,
                "added": self.added, "other": self.other}


def compare_snapshots(old: dict, new: dict) -> SchemaChanges:
    out = SchemaChanges()
    old_t, new_t = old.get("tables", {}), new.get("tables", {})
    for name in sorted(set(old_t) | set(new_t)):
        if name not in new_t:
            out.removed.append(f"table {name}")
            continue
        if name not in old_t:
            out.added.append(f"table {name}")
            continue
        before = {c["name"]: c for c in old_t[name]["columns"]}
        after = {c["name"]: c for c in new_t[name]["columns"]}
        for col, a in before.items():
            label = f"{name}.{col}"
            b = after.get(col)
            if b is None:
                out.removed.append(label)
                continue
            if a["type"] != b["type"]:
                out.retyped.append(f"{label}: {a['type']} -> {b['type']}")
            if not a["nullable"] and b["nullable"]:
                out.loosened.append(label)
            elif a["nullable"] and not b["nullable"]:
                out.other.append(f"{label}: no longer nullable")
            if old.get("from_manifest"):
                continue  # a manifest-only snapshot knows nothing more
            for key in ("unique", "enum", "minimum", "maximum", "pattern"):
                if a.get(key) != b.get(key):
                    out.other.append(f"{label}: {key} {a.get(key)!r} -> {b.get(key)!r}")
        out.added += [f"{name}.{col}" for col in after if col not in before]
    return out
