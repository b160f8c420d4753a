import dagster as dg
import pandas as pd

from pipeline import regex_cache
from pipeline.assets.metadata import preview, table_metadata
from pipeline.cache import ExtractionCache
from pipeline.extract.claims import extractor_id
from pipeline.columnar import release_arrow_memory, resolve_tables
from pipeline.fanout import chunk_documents, collect_tables, plan_extraction
from pipeline.fanout import extract_chunk as extract_chunk_records
from pipeline.layers import ExtractionRun
from pipeline.parallel import shutdown_pool
from pipeline.resources import PipelineConfig
from schemas import Claims, Mentions, Rejects


def extraction_figures(documents: pd.DataFrame, claims: pd.DataFrame, mentions: pd.DataFrame,
                       discovered: pd.DataFrame, registry_size: int | None = None) -> dict:
    """What an operator checks after an extraction: how much per document, of which kind, by whom."""
    n_docs = max(len(documents), 1)
    per_doc = (claims.groupby("doc_id").size() if len(claims) else pd.Series(dtype="int64")) \
        .reindex(documents["doc_id"] if len(documents) else [], fill_value=0)
    figures = {
        "claims_per_document": round(len(claims) / n_docs, 2),
        "claims_per_document_spread": {"min": int(per_doc.min()), "median": float(per_doc.median()),
                                       "max": int(per_doc.max()), "documents_without_claims": int((per_doc == 0).sum())}
        if len(per_doc) else {},
        "claims_by_kind": claims["kind"].value_counts().sort_index().to_dict() if len(claims) else {},
        "share_by_modality": (claims["modality"].value_counts(normalize=True).round(3).sort_index().to_dict()
                              if len(claims) else {}),
        "event_claims_by_type": claims.loc[claims["kind"] == "event", "predicate"].value_counts().sort_index().to_dict()
        if len(claims) else {},
        "mentions_by_method": mentions["method"].value_counts().sort_index().to_dict() if len(mentions) else {},
        "actors_discovered": len(discovered),
        "actors_from_registry": int(mentions.loc[mentions["method"] != "discovered", "actor_id"].nunique()) if len(mentions) else 0,
    }
    if registry_size is not None:
        figures["registry_size"] = registry_size
    return figures


CHUNK_DESCRIPTION = ("One chunk of the documents still to extract (a stable hash of doc_id modulo "
                     "pipeline_config.extract_chunks): each document's position in the corpus and doc_id.")


# document_extraction is a lineage-only input: the partitions' results reach this op through the cache
@dg.op(ins={"documents": dg.In(), "document_extraction": dg.In(dg.Nothing)},
       out={"plan": dg.Out(description="Every document's position, doc_id, cache key, chunk and whether it is cached."),
            "chunk": dg.DynamicOut(description=CHUNK_DESCRIPTION)})
def plan_chunks(context: dg.OpExecutionContext, pipeline_config: PipelineConfig, documents: pd.DataFrame):
    """Split the documents not yet in the extraction cache into chunks, one mapped step each."""
    knowledge = pipeline_config.knowledge()
    cache = ExtractionCache(pipeline_config.cache_path, extractor_id(knowledge)) if pipeline_config.use_cache else None
    planned = plan_extraction(documents, pipeline_config.extract_chunks, cache)
    context.log.info(f"{len(documents)} documents, {int(planned.plan['cached'].sum())} cached; "
                     f"{len(planned.chunks)} chunk(s) to extract: "
                     + ", ".join(f"{k} ({len(v)})" for k, v in planned.chunks.items()))
    yield dg.Output(planned.plan, "plan")
    for key, chunk in planned.chunks.items():
        yield dg.DynamicOutput(chunk, output_name="chunk", mapping_key=key)


@dg.op(out=dg.Out(description="The chunk's documents: position and cache key (their results are in the extraction "
                               "cache); without a cache, also the result as a JSON line."))
def extract_chunk(context: dg.OpExecutionContext, pipeline_config: PipelineConfig, documents: pd.DataFrame,
                  chunk: pd.DataFrame) -> pd.DataFrame:
    """Claims, mentions and discovered actors of one chunk's documents (IDs not yet canonical), added to
    the extraction cache: the cache, not this step's output, hands them to resolve_chunks."""
    knowledge = pipeline_config.knowledge()
    cache = ExtractionCache(pipeline_config.cache_path, extractor_id(knowledge)) if pipeline_config.use_cache else None
    rows = chunk_documents(documents, chunk)
    del documents   # (only this chunk's rows are needed)
    with regex_cache.using(pipeline_config.regex_cache_path):   # the extractor's kept regex code, this step only
        out = extract_chunk_records(rows, knowledge, workers=pipeline_config.worker_count, cache=cache)
    del rows
    release_arrow_memory()
    context.log.info(f"extracted {len(out)} documents" + (f" into {cache.folder}" if cache is not None else ""))
    return out


@dg.op(out={"extracted_claims": dg.Out(), "extracted_mentions": dg.Out(), "discovered_actors": dg.Out(),
            "extract_rejects": dg.Out()})
def resolve_chunks(context: dg.OpExecutionContext, pipeline_config: PipelineConfig, plan: pd.DataFrame,
                   chunks: list[pd.DataFrame]):
    """Every chunk and the cached documents back in input order; discovered actors get canonical IDs."""
    shutdown_pool()   # every chunk is done: the in-process executor's kept extraction pool can go
    knowledge = pipeline_config.knowledge()
    extractor_name = extractor_id(knowledge)
    cache = ExtractionCache(pipeline_config.cache_path, extractor_name) if pipeline_config.use_cache else None
    run = ExtractionRun(0, 0, 1, "no cache")
    results = collect_tables(plan, chunks, cache, workers=pipeline_config.worker_count, run=run)
    n_chunks = sum(1 for c in chunks if len(c))
    context.log.info(f"extraction: {run.extracted} documents extracted in {n_chunks} chunk(s) "
                     f"on {run.workers} process(es) each; {run.cache_note}")
    claims_df, mentions_df, discovered_df, rejects = resolve_tables(results, knowledge)
    del results
    release_arrow_memory()   # the result tables' buffers, freed: back to the system for the steps after this one
    figures = extraction_figures(plan[["doc_id"]], claims_df, mentions_df, discovered_df, len(knowledge.actors))
    context.log.info(f"extracted with {extractor_name}: {figures}")
    yield dg.Output(claims_df, "extracted_claims", metadata=table_metadata(
        claims_df, Claims, "claims", extractor=extractor_name, documents_extracted=run.extracted,
        documents_from_cache=run.cached, workers=run.workers, chunks=n_chunks, cache=run.cache_note,
        **{k: dg.MetadataValue.json(v) if isinstance(v, dict) else v for k, v in figures.items()}))
    yield dg.Output(mentions_df, "extracted_mentions", metadata=table_metadata(mentions_df, Mentions, "mentions"))
    yield dg.Output(discovered_df, "discovered_actors", metadata={"dagster/row_count": len(discovered_df),
                                                                  "preview": dg.MetadataValue.md(preview(discovered_df))})
    yield dg.Output(rejects, "extract_rejects", metadata=table_metadata(rejects, Rejects, "rejects"))


@dg.graph_multi_asset(
    group_name="extract",
    outs={
        "extracted_claims": dg.AssetOut(description="Every assertion found in the document bodies: events, stances "
                                                    "and statements, with claimant, modality, actors, topic and date "
                                                    "(before curation).",
                              kinds={"pandas", "parquet"}),
        "extracted_mentions": dg.AssetOut(description="Every place an actor is named in a body, and how it was "
                                                      "resolved (before curation).",
                                kinds={"pandas", "parquet"}),
        "discovered_actors": dg.AssetOut(description="Actors found in the texts but missing from the registry.",
                                         kinds={"pandas", "parquet"}),
        "extract_rejects": dg.AssetOut(description="Claims and mentions that failed their schema.", kinds={"pandas", "parquet"}),
    },
    ins={"documents": dg.AssetIn("documents"), "document_extraction": dg.AssetIn("document_extraction", dagster_type=dg.Nothing)},
)
def extract(documents, document_extraction):
    """Sentences, actor mentions, and claims with modality and dates, from every document body: the documents
    not yet in the extraction cache (document_extraction's partitions put theirs there) are split into chunks,
    each chunk is one step (which any executor can run on another process or machine), and the results are
    collected in input order."""
    plan, chunk = plan_chunks(documents, document_extraction)
    results = chunk.map(lambda c: extract_chunk(documents, c))
    claims, mentions, discovered, rejects = resolve_chunks(plan, results.collect())
    return {"extracted_claims": claims, "extracted_mentions": mentions, "discovered_actors": discovered,
            "extract_rejects": rejects}
