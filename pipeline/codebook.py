"""The release README: a codebook generated from the Pandera models' descriptions."""
from schemas import PRIMARY_KEYS, TABLE_MODELS
from schemas.frames import arrow_schema


def codebook_markdown() -> str:
    lines = ["## Codebook", "",
             "Generated from the Pandera models in `schemas/`; types are the Parquet (Arrow) types.", ""]
    for name, model in TABLE_MODELS.items():
        schema = model.to_schema()
        lines += [f"### `{name}`", "", (model.__doc__ or "").strip(), ""]
        if name in PRIMARY_KEYS:
            lines += [f"Primary key: `{PRIMARY_KEYS[name]}`.", ""]
        lines += ["| column | type | nullable | description |", "|---|---|---|---|"]
        for f in arrow_schema(model, name):
            col = schema.columns[f.name]
            lines.append(f"| `{f.name}` | {f.type} | {'yes' if f.nullable else 'no'} | {col.description or ''} |")
        checks = [c.description for c in schema.checks if getattr(c, "description", None)]
        if checks:
            lines += ["", "Row rules: " + "; ".join(checks) + "."]
        lines.append("")
    return "\n".join(lines)


def curation_markdown(curation: dict) -> str:
    """How much of the release people corrected (seeds/curation/), by kind of row."""
    touched = ", ".join(f"{n} {t}" for t, n in curation.get("rows_curated", {}).items())
    removed = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in curation.get("rows_removed", {}).items())
    lines = [f"{curation.get('applied', 0)} of {curation.get('overrides', 0)} curation overrides applied. "
             f"Rows carrying a curation ID (column `curation`): {touched or 'none'}. Removed by curators: {removed or 'none'}. "
             f"Mentions added by curators: {curation.get('mentions_added', 0)}."]
    if curation.get("by_action"):
        lines += ["", "| overrides of | action | overrides applied | rows they touched |", "|---|---|---:|---:|"]
        lines += [f"| {r['kind']} | {r['action']} | {r['overrides']} | {r['rows']} |" for r in curation["by_action"]]
        lines.append("")
    for s in curation.get("stale", []):
        lines.append(f"- stale override `{s['id']}` ({s['file']}:{s['line']}): {s['reason']}")
    return "\n".join(lines)


def release_readme(manifest: dict, quality_markdown: str | None = None, *, changes_markdown: str | None = None) -> str:
    t = manifest["tables"]
    lines = [
        f"# Taiwan–Japan security dataset, release {manifest['version']}", "",
        f"Parent: {manifest.get('parent_version') or 'none'} · contract v{manifest['contract_version']} · "
        f"code {manifest.get('code_revision', 'unknown')} · knowledge {manifest.get('knowledge_version', '?')} · "
        f"bump: {manifest.get('bump_reason', '')}", "",
        "| table | rows | sha256 |", "|---|---|---|",
        *[f"| {n} | {v['rows']} | `{v['sha256'][:16]}…` |" for n, v in t.items()], "",
        "## Inputs", "",
        f"{len(manifest['inputs'])} input files: "
        + ", ".join(f"{s}: {sum(1 for i in manifest['inputs'] if i['status'] == s)}"
                    for s in sorted({i['status'] for i in manifest['inputs']})) + ".",
        f"Rejected rows by table: {manifest.get('rejects_by_table') or 'none'}.", "",
        "## Loading", "",
        "```python",
        "import pandas as pd; events = pd.read_parquet('events.parquet', dtype_backend='pyarrow')",
        "import polars as pl; events = pl.read_parquet('events.parquet')",
        "import duckdb; duckdb.sql(\"SELECT event_type, count(*) FROM 'events.parquet' GROUP BY 1\").show()",
        "```", "",
        "`schema/` holds the schemas this release was published with (`tables.json`, plus Pandera's and a "
        "Frictionless Table Schema per table); `datapackage.json` describes it as a Frictionless Data Package.", "",
    ]
    if changes_markdown:
        lines += [changes_markdown.replace("### ", "## ", 1), ""]
    if manifest.get("curation"):
        lines += ["## Curation", "", curation_markdown(manifest["curation"]), ""]
    if quality_markdown:
        lines += ["## Extraction quality", "", quality_markdown, ""]
    return "\n".join(lines) + "\n" + codebook_markdown()
