import dagster as dg
import pandas as pd

from pipeline.assets.metadata import table_metadata
from pipeline.curation import load_overrides, stale_overrides
from pipeline.curation.review import queue_markdown, review_queue
from pipeline.layers import curate_layer
from pipeline.resources import PipelineConfig
from schemas import Actors, Claims, Events, Mentions, Rejects, Stances, Topics

CURATED = {"claims": Claims, "mentions": Mentions, "actors": Actors, "events": Events, "stances": Stances,
           "topics": Topics}


@dg.multi_asset(
    group_name="curate",
    outs={
        "claims": dg.AssetOut(description="Every assertion found in the document bodies (events, stances, statements "
                                          "with claimant, modality, actors, topic and date), as curated.",
                              kinds={"pandas", "parquet"}),
        "mentions": dg.AssetOut(description="Every place an actor is named in a body, and how it was resolved, as "
                                            "curated (actor merges and splits).", kinds={"pandas", "parquet"}),
        "actors": dg.AssetOut(description="One row per distinct actor named in the documents (registry or discovered).",
                              kinds={"pandas", "parquet"}),
        "events": dg.AssetOut(description="One row per real-world event from asserted event claims, merged across "
                                          "sentences and documents.", kinds={"pandas", "parquet"}),
        "stances": dg.AssetOut(description="One row per (actor, topic, polarity) position with its evidence.",
                               kinds={"pandas", "parquet"}),
        "topics": dg.AssetOut(description="The controlled vocabulary of positions.", kinds={"pandas", "parquet"}),
        "curate_rejects": dg.AssetOut(description="Curated rows that failed their schema, and claims curators rejected.",
                                      kinds={"pandas", "parquet"}),
        "curation_report": dg.AssetOut(description="One row per curation override (seeds/curation/): applied or stale, "
                                                   "rows touched; its metadata holds the review queue.",
                                       kinds={"pandas", "parquet"}),
    },
)
def curate(context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, documents: pd.DataFrame,
           extracted_claims: pd.DataFrame, extracted_mentions: pd.DataFrame, discovered_actors: pd.DataFrame):
    """Apply the curators' overrides to the extraction, then resolve actors, merge event claims into events and
    aggregate stance claims into stances."""
    overrides = load_overrides(pipeline_config.curation_path)
    memo_dir = pipeline_config.cache_path if pipeline_config.use_cache else None
    tables = curate_layer(extracted_claims, extracted_mentions, discovered_actors, pipeline_config.knowledge(),
                          documents, overrides, memo_dir=memo_dir)
    for name, model in CURATED.items():
        df = tables[name]
        extra = {}
        if name == "events" and len(df):
            extra["events_by_type"] = dg.MetadataValue.json(df["event_type"].value_counts().sort_index().to_dict())
        if name == "actors" and len(df):
            extra["by_origin"] = dg.MetadataValue.json(df["origin"].value_counts().sort_index().to_dict())
        if "curation" in df:
            extra["rows_curated"] = int(df["curation"].notna().sum())
        yield dg.Output(df, name, metadata=table_metadata(df, model, name, **extra))
    yield dg.Output(tables["rejects"], "curate_rejects", metadata=table_metadata(tables["rejects"], Rejects, "rejects"))
    report = tables["curation_report"]
    stale = stale_overrides(report)
    if stale:   # one log event for all of them: each Dagster log call is a stored event (a database write)
        context.log.warning(f"{len(stale)} stale curation override(s):\n" + "\n".join(
            f"stale curation override {s['id']} ({s['file']}:{s['line']}): {s['reason']}" for s in stale))
    queue = review_queue({"documents": documents, **tables}, limit=25,
                         memo_dir=memo_dir)
    yield dg.Output(report, "curation_report", metadata={
        "dagster/row_count": len(report), "folder": str(pipeline_config.curation_path),
        "applied": int((report["status"] == "applied").sum()) if len(report) else 0, "stale": len(stale),
        "review_queue": dg.MetadataValue.md(queue_markdown(queue))})


@dg.asset(group_name="curate", kinds={"pandas", "parquet"})
def rejects(ingest_rejects: pd.DataFrame, extract_rejects: pd.DataFrame, curate_rejects: pd.DataFrame) -> dg.Output:
    """Everything that did not make it into a table, with the reason: nothing is dropped silently."""
    df = pd.concat([ingest_rejects, extract_rejects, curate_rejects], ignore_index=True)
    df = df.sort_values(["table", "row_key", "reason"], kind="stable").reset_index(drop=True)
    return dg.Output(df, metadata=table_metadata(df, Rejects, "rejects"))
