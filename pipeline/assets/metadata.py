"""Metadata an operator reads in the UI: row counts, column schema, a preview, the release figures."""
from pathlib import Path

import dagster as dg
import pandas as pd
import pandera.pandas as pa
import pyarrow

from schemas.frames import arrow_schema


def table_schema(model: type[pa.DataFrameModel], name: str) -> dg.TableSchema:
    return dg.TableSchema(columns=[
        dg.TableColumn(f.name, str(f.type), description=(f.metadata or {}).get(b"description", b"").decode(),
                       constraints=dg.TableColumnConstraints(nullable=f.nullable))
        for f in arrow_schema(model, name)])


def preview(df: pd.DataFrame, rows: int = 5, width: int = 60) -> str:
    """The first rows as a markdown table, long cells cut."""
    if df.empty:
        return "_empty_"
    records = pyarrow.Table.from_pandas(df.head(rows), preserve_index=False).to_pylist()

    def cell(v) -> str:
        return str(v)[:width].replace("|", "\\|").replace("\n", " ")

    header = "| " + " | ".join(df.columns) + " |"
    sep = "|" + "---|" * len(df.columns)
    body = ["| " + " | ".join(cell(r[c]) for c in df.columns) + " |" for r in records]
    return "\n".join([header, sep, *body])


def table_metadata(df: pd.DataFrame, model: type[pa.DataFrameModel], name: str, **extra) -> dict:
    return {"dagster/row_count": len(df), "dagster/column_schema": table_schema(model, name),
            "preview": dg.MetadataValue.md(preview(df)), **extra}


def figure_metadata(release_dir: Path) -> dict:
    """A written release's report on the asset: its path and the figures (inline base64 PNGs while small)."""
    from pipeline.report import FIGURE_FILES, REPORT_HTML, metadata_markdown

    release_dir = Path(release_dir)
    if not (release_dir / REPORT_HTML).is_file():
        return {}
    pngs = {f: (release_dir / f).read_bytes() for f in FIGURE_FILES.values() if (release_dir / f).is_file()}
    return {"report": dg.MetadataValue.path(str(release_dir / REPORT_HTML)),
            "figures": dg.MetadataValue.md(metadata_markdown(pngs, release_dir=release_dir))}
