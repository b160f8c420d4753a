"""The one entry point: every asset, check, job and resource of the pipeline, grouped by layer
(ingest -> extract -> curate -> publish)."""
import os
from pathlib import Path

import dagster as dg

from pipeline import PROJECT_ROOT
from pipeline.assets.checks import CURATION_CHECKS, INTEGRITY_CHECKS, SCHEMA_CHECKS
from pipeline.assets.curate import curate, rejects
from pipeline.assets.extract import extract
from pipeline.assets.ingest import ingest
from pipeline.assets.publish import release
from pipeline.io_manager import ParquetIOManager
from pipeline.resources import PipelineConfig, default_config
from pipeline.sensors import documents_sensor

ALL_ASSETS = [ingest, extract, curate, rejects, release]
ALL_CHECKS = [*SCHEMA_CHECKS, *INTEGRITY_CHECKS, *CURATION_CHECKS]

build_release_job = dg.define_asset_job(
    "build_release", selection=dg.AssetSelection.all(),
    description="Ingest every document, extract, curate, validate and publish a release when the data changed.")
publish_job = dg.define_asset_job(
    "publish", selection=dg.AssetSelection.assets("release"),
    description="Publish the current tables as a release; set ops.release.config.version to ask for a version.")


def storage_dir() -> Path:
    """Where intermediate tables live: under DAGSTER_HOME when set, else the project's .dagster/."""
    home = os.environ.get("DAGSTER_HOME")
    return Path(home) / "storage" if home else PROJECT_ROOT / ".dagster" / "storage"


def build_definitions(io_dir: Path | None = None, **config_overrides) -> dg.Definitions:
    config = default_config()
    if config_overrides:
        config = PipelineConfig(**{**config.model_dump(), **config_overrides})
    return dg.Definitions(
        assets=ALL_ASSETS,
        asset_checks=ALL_CHECKS,
        jobs=[build_release_job, publish_job],
        sensors=[documents_sensor],
        # One process per run, not per step: a step process costs ~3 s of imports on two cores, which made
        # "Materialize all" in the UI take ~110 s instead of ~10 s. A job that needs distributed steps sets its own executor.
        executor=dg.in_process_executor,
        resources={"pipeline_config": config,
                   "io_manager": ParquetIOManager(base_dir=str(io_dir or storage_dir()))},
    )


defs = build_definitions()
