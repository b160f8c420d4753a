import dagster as dg
import pandas as pd

from pipeline.assets.metadata import table_metadata
from pipeline.layers import curate_layer
from pipeline.resources import PipelineConfig
from schemas import Actors, Events, Rejects, Stances, Topics

CURATED = {"actors": Actors, "events": Events, "stances": Stances, "topics": Topics}


@dg.multi_asset(
    group_name="curate",
    outs={
        "actors": dg.AssetOut(description="One row per distinct actor named in the documents (registry or discovered).",
                              kinds={"pandas", "parquet"}),
        "events": dg.AssetOut(description="One row per real-world event from asserted event claims, merged across "
                                          "sentences and documents.", kinds={"pandas", "parquet"}),
        "stances": dg.AssetOut(description="One row per (actor, topic, polarity) position with its evidence.",
                               kinds={"pandas", "parquet"}),
        "topics": dg.AssetOut(description="The controlled vocabulary of positions.", kinds={"pandas", "parquet"}),
        "curate_rejects": dg.AssetOut(description="Curated rows that failed their schema.", kinds={"pandas", "parquet"}),
    },
)
def curate(pipeline_config: PipelineConfig, claims: pd.DataFrame, mentions: pd.DataFrame, discovered_actors: pd.DataFrame):
    """Resolve actors, merge event claims into events, aggregate stance claims into stances."""
    tables = curate_layer(claims, mentions, discovered_actors, pipeline_config.knowledge())
    for name, model in CURATED.items():
        df = tables[name]
        extra = {}
        if name == "events" and len(df):
            extra["events_by_type"] = dg.MetadataValue.json(df["event_type"].value_counts().sort_index().to_dict())
        if name == "actors" and len(df):
            extra["by_origin"] = dg.MetadataValue.json(df["origin"].value_counts().sort_index().to_dict())
        yield dg.Output(df, name, metadata=table_metadata(df, model, name, **extra))
    yield dg.Output(tables["rejects"], "curate_rejects", metadata=table_metadata(tables["rejects"], Rejects, "rejects"))


@dg.asset(group_name="curate", kinds={"pandas", "parquet"})
def rejects(ingest_rejects: pd.DataFrame, extract_rejects: pd.DataFrame, curate_rejects: pd.DataFrame) -> dg.Output:
    """Everything that did not make it into a table, with the reason: nothing is dropped silently."""
    df = pd.concat([ingest_rejects, extract_rejects, curate_rejects], ignore_index=True)
    df = df.sort_values(["table", "row_key", "reason"], kind="stable").reset_index(drop=True)
    return dg.Output(df, metadata=table_metadata(df, Rejects, "rejects"))
