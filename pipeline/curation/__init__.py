"""Curation: analysts' overrides (seeds/curation/*.yaml) applied after extraction, before validation.

`load_overrides` reads and checks the files; `apply_overrides` returns the curated records and
a report of applied and stale overrides; `curation_summary` condenses it for the manifest.
"""
import pandas as pd

from pipeline.curation.apply import REPORT_COLUMNS, Curated, apply_overrides, find_spans
from pipeline.curation.load import CurationError, Override, load_file, load_overrides

CURATED_TABLES = ("claims", "actors", "events", "stances")


def report_frame(report: list[dict]) -> pd.DataFrame:
    """The report as a table (one row per override), typed for Parquet."""
    df = pd.DataFrame(report, columns=REPORT_COLUMNS)
    return df.astype({"line": "int64", "rows": "int64"}) if len(df) else df


def stale_overrides(report: pd.DataFrame) -> list[dict]:
    stale = report[report["status"] == "stale"] if len(report) else report
    return [{"id": r.override_id, "file": r.file, "line": int(r.line), "reason": r.detail} for r in stale.itertuples()]


def curation_summary(report: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict:
    """For the manifest and the release README: overrides applied and stale, rows touched by kind."""
    applied = report[report["status"] == "applied"] if len(report) else report

    def removed(kind: str, action: str) -> int:
        return int(applied.loc[(applied["kind"] == kind) & (applied["action"] == action), "rows"].sum()) if len(applied) else 0

    return {
        "overrides": int(len(report)), "applied": int(len(applied)), "stale": stale_overrides(report),
        "rows_curated": {t: int(tables[t]["curation"].notna().sum()) for t in CURATED_TABLES
                         if t in tables and "curation" in tables[t]},
        "rows_removed": {"claims": removed("claims", "reject"), "events": removed("events", "remove"),
                         "stance_evidence": removed("stances", "remove"), "mentions": _mentions_removed(tables)},
        "mentions_added": int((tables["mentions"]["method"] == "curation").sum()) if "mentions" in tables else 0,
        "by_action": [{"kind": k, "action": a, "overrides": int(len(g)), "rows": int(g["rows"].sum())}
                      for (k, a), g in applied.groupby(["kind", "action"], sort=True)] if len(applied) else [],
    }


def _mentions_removed(tables: dict[str, pd.DataFrame]) -> int:
    """Mentions a curator's `actors remove` took out (they are kept in rejects, with the override)."""
    rejects = tables.get("rejects")
    if rejects is None or not len(rejects):
        return 0
    return int(((rejects["table"] == "mentions") & rejects["reason"].str.startswith("removed by curation override")).sum())


__all__ = ["Curated", "CurationError", "Override", "apply_overrides", "curation_summary", "find_spans", "load_file",
           "load_overrides", "report_frame", "stale_overrides"]
