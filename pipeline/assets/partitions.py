import warnings

import dagster as dg
import pandas as pd

from pipeline import regex_cache
from pipeline.assets.metadata import preview
from pipeline.cache import BodyCache, ExtractionCache
from pipeline.extract.claims import extractor_id
from pipeline.partitions import PARTITIONS_NAME, extract_partitions, outcomes_metadata
from pipeline.resources import PipelineConfig

document_partitions = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)


with warnings.catch_warnings():   # backfill_policy is beta in Dagster 1.13: no warning on every CLI call
    warnings.simplefilter("ignore", dg.BetaWarning)
    single_run = dg.asset(group_name="extract", partitions_def=document_partitions, kinds={"python", "json"},
                          # a backfill of many documents is one run, one ingest of the folder, one extraction pool
                          backfill_policy=dg.BackfillPolicy.single_run())


@single_run
def document_extraction(context: dg.AssetExecutionContext, pipeline_config: PipelineConfig) -> dg.MaterializeResult:
    """One document of the documents folder (partition key: its file name) extracted into the extraction
    cache that extracted_claims reads; a document already cached is a cache hit. The documents sensor adds
    a partition per new file, deletes it with the file, and runs the new and changed ones."""
    knowledge = pipeline_config.knowledge()
    use_cache = pipeline_config.use_cache
    cache = ExtractionCache(pipeline_config.cache_path, extractor_id(knowledge)) if use_cache else None
    with regex_cache.using(pipeline_config.regex_cache_path):   # the extractor's kept regex code, this step only
        outcomes = extract_partitions(pipeline_config.documents_path, list(context.partition_keys), knowledge, cache,
                                      workers=pipeline_config.worker_count,
                                      body_cache=BodyCache(pipeline_config.cache_path) if use_cache else None)
    meta = outcomes_metadata(outcomes)
    context.log.info(f"{meta['partitions']} document(s): {meta['extracted']} extracted, {meta['cache_hits']} cache hit(s)"
                     + (f"; not ingested: {'; '.join(meta['not_ingested'])}" if meta["not_ingested"] else ""))
    rows = meta.pop("documents")
    return dg.MaterializeResult(metadata={
        **{k: dg.MetadataValue.json(v) if isinstance(v, (dict, list)) else v for k, v in meta.items()},
        "cache_hit": meta["cache_hits"] == meta["partitions"],
        "registry_size": len(knowledge.actors),
        "per_document": dg.MetadataValue.md(preview(pd.DataFrame(rows), rows=len(rows))),
    })
