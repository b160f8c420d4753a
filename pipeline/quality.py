"""Extraction quality for a release: the extractor alone, and the release after curation, and the
evaluation's metrics as plain text (`python -m pipeline eval`) and Markdown (release README).

A curated release scores what analysts signed, not what the rules find; consumers and the team
need both. The extractor's figures come from the same curation layer run with no overrides, on
the gold documents only (cheap at any corpus size)."""
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.evaluation import evaluate, load_gold
from pipeline.knowledge import Knowledge
from pipeline.layers import curate_layer


def extractor_tables(documents: pd.DataFrame, claims: pd.DataFrame, mentions: pd.DataFrame,
                     discovered: pd.DataFrame, knowledge: Knowledge, source_files: set[str]) -> dict[str, pd.DataFrame]:
    """The tables the extraction gives for these documents when no curation override applies."""
    docs = documents[documents["source_file"].isin(source_files)]
    keep = set(docs["doc_id"])
    tables = curate_layer(claims[claims["doc_id"].isin(keep)], mentions[mentions["doc_id"].isin(keep)],
                          discovered, knowledge, docs, overrides=())
    return {"documents": docs, **tables}


def summary(metrics: dict) -> dict:
    """The headline figures for the manifest: P/R/F1 per table and the event accuracies."""
    out = {t: {k: round(float(metrics[t][k]), 3) for k in ("precision", "recall", "f1")} for t in ("actors", "events", "stances")}
    ev = metrics["events"]
    out["events"].update({k: (None if ev[k] is None else round(float(ev[k]), 3)) for k in ("type_accuracy", "date_accuracy")})
    out["events"]["on_non_asserted"] = int(ev["events_on_non_asserted"])
    return out


def release_quality(tables: dict[str, pd.DataFrame], extraction: dict[str, pd.DataFrame], knowledge: Knowledge,
                    gold_dir: Path | None) -> tuple[str | None, dict | None, dict | None]:
    """(README markdown, extractor metrics, manifest summary) against a gold folder; Nones when there
    is no gold or the release lacks one of its documents. `extraction`: documents, claims, mentions
    and discovered actors as the extract layer gave them."""
    if gold_dir is None:
        return None, None, None
    gold = load_gold(Path(gold_dir))
    if not gold.docs or not gold.files <= set(tables["documents"]["source_file"]):
        return None, None, None
    raw = evaluate(extractor_tables(extraction["documents"], extraction["claims"], extraction["mentions"],
                                    extraction["discovered"], knowledge, gold.files), gold)
    curated = evaluate({n: t.load() if hasattr(t, "load") else t for n, t in tables.items()}, gold)
    markdown = (f"Scored against the hand annotation in `{Path(gold_dir).name}/` ({len(gold.docs)} documents; "
                "`python -m pipeline eval --gold DIR RELEASE_DIR` scores a release's tables).\n\n"
                "**The extractor alone** (no curation override applied): what the rules get right on their own, "
                "the figure to compare between extractor versions.\n\n" + format_markdown(raw)
                + "\n**This release** (after the overrides of `seeds/curation/`): what a consumer of these tables gets. "
                "Curators checked every row against its article, with the gold files as a checklist, so on these "
                "documents the curated figures are close to 1 by construction: they say the release was curated, "
                "not how good the rules are.\n\n" + format_markdown(curated))
    return markdown, raw, {"gold": Path(gold_dir).name, "extractor": summary(raw), "release": summary(curated)}


# ---------------------------------------------------------------- reports
def _fmt(v: float | None) -> str:
    """A score with three decimals, or n/a."""
    return "n/a" if v is None else f"{v:.3f}"


def _rows(metrics: Mapping[str, Any]) -> list[list[str]]:
    """Header and one P/R/F1 row per matched table."""
    table = [["metric", "tp", "fp", "fn", "precision", "recall", "f1"]]
    for name in ("actors", "events", "stances"):
        m = metrics[name]
        table.append([name, str(m["tp"]), str(m["fp"]), str(m["fn"]), _fmt(m["precision"]),
                      _fmt(m["recall"]), _fmt(m["f1"])])
    return table


def _details(metrics: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, value) lines of the event accuracies and body boundaries."""
    ev, body = metrics["events"], metrics["body"]
    n = ev["n_matched"]
    return [
        ("event type accuracy", f"{_fmt(ev['type_accuracy'])} (n={n})"),
        ("event date accuracy", f"{_fmt(ev['date_accuracy'])} (n={n})"),
        ("event source-actor accuracy (any / exact)",
         f"{_fmt(ev['source_accuracy'])} / {_fmt(ev['source_exact_accuracy'])} (n={n})"),
        ("events on non-asserted claims", str(ev["events_on_non_asserted"])),
        ("gold quotes not found", str(ev["gold_quotes_not_found"])),
        ("body boundaries exact", f"{body['exact']}/{body['n_documents']} (missing {body['missing']})"),
        ("body mean abs char error", _fmt(body["mean_abs_char_error"])),
    ]


def _calibration_rows(metrics: Mapping[str, Any]) -> list[list[str]]:
    """Header and one row per (table, confidence bin): is a row of that confidence right that often?"""
    table = [["rows of", "confidence", "n", "mean confidence", "share right"]]
    for name in ("events", "stances"):
        cal = metrics[name].get("calibration") or {}
        for b in cal.get("bins", []):
            table.append([name, b["range"], str(b["n"]), _fmt(b["mean_confidence"]), _fmt(b["precision"])])
        if cal.get("n"):
            table.append([name, "all (ECE / Brier)", str(cal["n"]), _fmt(cal["ece"]), _fmt(cal["brier"])])
    return table


def _plain(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    out.insert(1, "  ".join("-" * w for w in widths))
    return out


def format_report(metrics: dict) -> str:
    """A plain-text table of the metrics."""
    out = _plain(_rows(metrics))
    width = max(len(k) for k, _ in _details(metrics))
    out += [""] + [f"{k.ljust(width)}  {v}" for k, v in _details(metrics)]
    calibration_rows = _calibration_rows(metrics)
    if len(calibration_rows) > 1:
        out += ["", "confidence calibration (ECE: mean |share right - confidence|, weighted by rows)"]
        out += _plain(calibration_rows)
    return "\n".join(out) + "\n"


def format_markdown(metrics: dict) -> str:
    """The same metrics as Markdown tables, for a release README."""
    rows = _rows(metrics)
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    out += ["", "| measure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in _details(metrics)]
    calibration_rows = _calibration_rows(metrics)
    if len(calibration_rows) > 1:
        out += ["", "Confidence calibration (share of rows that are right, by confidence; ECE weights "
                    "|share right - confidence| by rows):", "",
                "| " + " | ".join(calibration_rows[0]) + " |", "|" + "---|" * len(calibration_rows[0])]
        out += ["| " + " | ".join(r) + " |" for r in calibration_rows[1:]]
    return "\n".join(out) + "\n"
