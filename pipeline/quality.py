"""Extraction quality for a release: the extractor alone, and the release after curation.

A curated release scores what analysts signed, not what the rules find; consumers and the team
need both. The extractor's figures come from the same curation layer run with no overrides, on
the gold documents only (cheap at any corpus size)."""
from pathlib import Path

import pandas as pd

from pipeline.evaluation import evaluate, format_markdown, load_gold
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
    curated = evaluate(dict(tables), gold)
    markdown = (f"Scored against the hand annotation in `{Path(gold_dir).name}/` ({len(gold.docs)} documents; "
                "`python -m pipeline eval --gold DIR RELEASE_DIR` scores a release's tables).\n\n"
                "**The extractor alone** (no curation override applied): what the rules get right on their own, "
                "the figure to compare between extractor versions.\n\n" + format_markdown(raw)
                + "\n**This release** (after the overrides of `seeds/curation/`): what a consumer of these tables gets. "
                "Curators checked every row against its article, with the gold files as a checklist, so on these "
                "documents the curated figures are close to 1 by construction: they say the release was curated, "
                "not how good the rules are.\n\n" + format_markdown(curated))
    return markdown, raw, {"gold": Path(gold_dir).name, "extractor": summary(raw), "release": summary(curated)}
