"""The Frictionless Data Package descriptor (datapackage.json) of a release."""
from pipeline.snapshot import table_schema

PACKAGE_NAME = "twjp-security-dataset"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


def build_datapackage(manifest: dict, snapshot: dict) -> dict:
    """Resources with path, format, hash and Table Schema (primary and foreign keys) for each table.

    `bytes` is left out: frictionless-py reads Parquet through pyarrow and counts no bytes, so it
    would report every resource as a byte-count error. For the same reason it does not verify the
    sha256 `hash` of a Parquet resource; `python -m pipeline validate` does."""
    resources = []
    for name, entry in manifest["tables"].items():
        resources.append({
            "name": name,
            "type": "table",
            "path": entry["file"],
            "format": "parquet",
            "mediatype": PARQUET_MEDIATYPE,
            "hash": f"sha256:{entry['sha256']}",
            "description": snapshot["tables"][name].get("description", ""),
            "schema": table_schema(snapshot["tables"][name]),
        })
    return {
        "name": PACKAGE_NAME,
        "title": "Taiwan–Japan security dataset: events, actors and stances traced to their sentences",
        "version": manifest["version"].lstrip("v"),
        "created": manifest["created_at"],
        "keywords": ["taiwan", "japan", "security", "events", "stances", "plover"],
        "contributors": [{"title": "twjp-security-dataset pipeline", "role": "author"}],
        "resources": resources,
    }
