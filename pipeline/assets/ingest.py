import dagster as dg
import pandas as pd

from pipeline.assets.metadata import preview, table_metadata
from pipeline.cache import BodyCache
from pipeline.layers import ingest_layer
from pipeline.resources import PipelineConfig
from schemas import Documents, Rejects


@dg.multi_asset(
    group_name="ingest",
    outs={
        "documents": dg.AssetOut(description="One row per distinct input document: decoded text, metadata from "
                                             "documents.csv, body offsets.", kinds={"pandas", "parquet"}),
        "input_files": dg.AssetOut(description="Every file of the documents folder and what became of it "
                                               "(ingested, duplicate, rejected).", kinds={"pandas", "parquet"}),
        "ingest_rejects": dg.AssetOut(description="Input files and documents.csv rows that could not be used, with "
                                                  "the reason.", kinds={"pandas", "parquet"}),
    },
)
def ingest(context: dg.AssetExecutionContext, pipeline_config: PipelineConfig):
    """Read the documents folder: decode every file, attach its metadata, find its body."""
    bodies = BodyCache(pipeline_config.cache_path) if pipeline_config.use_cache else None
    result = ingest_layer(pipeline_config.documents_path, body_cache=bodies)
    for warning in result.warnings:
        context.log.warning(warning)
    inputs = pd.DataFrame(result.inputs, columns=["source_file", "sha256", "doc_id", "status", "reason"])
    yield dg.Output(result.documents, "documents", metadata=table_metadata(
        result.documents, Documents, "documents", folder=str(pipeline_config.documents_path), warnings="\n".join(result.warnings) or "none"))
    yield dg.Output(inputs, "input_files", metadata={"dagster/row_count": len(inputs),
                                                      "by_status": inputs["status"].value_counts().to_dict() if len(inputs) else {},
                                                      "preview": dg.MetadataValue.md(preview(inputs))})
    yield dg.Output(result.rejects, "ingest_rejects", metadata=table_metadata(result.rejects, Rejects, "rejects"))
