from collections.abc import Mapping

import dagster as dg
import pandas as pd

from pipeline.assets.checks import INTEGRITY_CHECKS, SCHEMA_CHECKS
from pipeline.assets.metadata import figure_metadata
from pipeline.curation import curation_summary
from pipeline.io_manager import LazyTable
from pipeline.publish import StoredTable, publish
from pipeline.quality import release_quality
from pipeline.release import latest_release
from pipeline.resources import PipelineConfig


# Every rule publish's check_tables applies (each table's schema, the cross-table rules), as asset checks.
CONTRACT_CHECK_KEYS = [key for c in (*SCHEMA_CHECKS, *INTEGRITY_CHECKS) for key in c.check_keys]


def contract_checked_in_run(context: dg.AssetExecutionContext) -> bool:
    """Every contract check ran in this run and passed (the blocking checks of the release's inputs,
    as Dagster recorded them): publish then need not run the same rules again."""
    records = context.instance.event_log_storage.get_latest_asset_check_execution_by_key(CONTRACT_CHECK_KEYS)
    return all(key in records and records[key].run_id == context.run.run_id and records[key].evaluation is not None
               and records[key].evaluation.passed for key in CONTRACT_CHECK_KEYS)


# The release's largest inputs, left in their stored Parquet files (LazyTable -> publish.StoredTable): publish
# streams them into the release a row group at a time, the rest of the step reads only the columns it uses.
STREAMED = ("documents", "claims", "mentions")


class ReleaseConfig(dg.Config):
    """Run config of the release: leave version empty to let the data decide the bump."""

    version: str = ""


class LazyExtraction(Mapping):
    """The extraction's tables for release_quality, the large ones read from storage only when it asks for them
    (it does when the gold documents are in the release: not for other corpora, where they would be held for nothing)."""

    def __init__(self, tables: dict):
        self._tables = dict(tables)

    def __getitem__(self, name):
        value = self._tables[name]
        if isinstance(value, (LazyTable, StoredTable)):
            value = self._tables[name] = value.load()
        return value

    def __iter__(self):
        return iter(self._tables)

    def __len__(self):
        return len(self._tables)


@dg.asset(group_name="publish", kinds={"parquet"},
          deps=[], ins={"extracted_claims": dg.AssetIn("extracted_claims", metadata={"lazy": True}),
                        "extracted_mentions": dg.AssetIn("extracted_mentions", metadata={"lazy": True}),
                        **{name: dg.AssetIn(name, metadata={"lazy": True}) for name in STREAMED}})
def release(context: dg.AssetExecutionContext, config: ReleaseConfig, pipeline_config: PipelineConfig,
            documents, claims, mentions, actors: pd.DataFrame,
            events: pd.DataFrame, stances: pd.DataFrame, topics: pd.DataFrame, rejects: pd.DataFrame,
            input_files: pd.DataFrame, curation_report: pd.DataFrame, extracted_claims,
            extracted_mentions, discovered_actors: pd.DataFrame) -> dg.MaterializeResult:
    """A versioned, immutable Parquet release under releases/, written only when the tables changed."""
    knowledge = pipeline_config.knowledge()
    documents, claims, mentions = (StoredTable(t) if isinstance(t, LazyTable) else t for t in (documents, claims, mentions))
    tables = {"documents": documents, "claims": claims, "mentions": mentions, "actors": actors, "events": events,
              "stances": stances, "topics": topics, "rejects": rejects}
    inputs = [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in input_files.to_dict("records")]
    extractor = next((e for e in claims["extractor"] if not e.startswith("curation:")), None)
    curation = curation_summary(curation_report, tables)
    extraction = LazyExtraction({"documents": documents, "claims": extracted_claims, "mentions": extracted_mentions,
                                 "discovered": discovered_actors})
    quality, extractor_metrics, quality_summary = release_quality(tables, extraction, knowledge, pipeline_config.gold_path)
    if quality is None and pipeline_config.gold_path is not None:
        context.log.info(f"gold {pipeline_config.gold_path} does not cover these documents: no quality section")
    checked = contract_checked_in_run(context)
    context.log.info("the contract's checks passed in this run: not repeated before publishing" if checked
                     else "the contract's checks did not all run in this run: publish checks the tables")
    result = publish(tables, inputs, pipeline_config.releases_path, version=config.version or None,
                     contract_checked=checked,
                     extra_manifest={"knowledge_version": knowledge.version, "extractor": extractor,
                                     "curation": curation,
                                     **({"quality": quality_summary} if quality_summary else {})},
                     quality_markdown=quality, quality_metrics=extractor_metrics,
                     report_cache=pipeline_config.cache_path if pipeline_config.use_cache else None)
    if result.path is None:
        context.log.info(f"no new release: {result.reason}")
    else:
        context.log.info(f"wrote {result.path} ({result.reason})")
    shown = result.path or latest_release(pipeline_config.releases_path)
    return dg.MaterializeResult(metadata={
        "version": result.version or "unchanged",
        "path": dg.MetadataValue.path(str(result.path)) if result.path else "none",
        "bump_reason": result.reason,
        "rows": dg.MetadataValue.json({n: len(t) for n, t in tables.items()}),
        "curation": dg.MetadataValue.json(curation),
        **(figure_metadata(shown) if shown else {}),
    })
