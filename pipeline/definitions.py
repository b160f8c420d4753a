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
from pipeline.assets.partitions import document_extraction
from pipeline.assets.publish import release
from pipeline.io_manager import ParquetIOManager
from pipeline.jobs import build_release_job, extract_documents_job, publish_job
from pipeline.resources import PipelineConfig, default_config
from pipeline.sensors import documents_sensor

# The unpartitioned graph (what build_release and `python -m pipeline run` execute); the per-document
# partitions come on top, in the Definitions only.
ALL_ASSETS = [ingest, extract, curate, rejects, release]
PARTITIONED_ASSETS = [document_extraction]
ALL_CHECKS = [*SCHEMA_CHECKS, *INTEGRITY_CHECKS, *CURATION_CHECKS]


def storage_dir() -> Path:
    """Where intermediate tables live: under DAGSTER_HOME when set, else the project's .dagster/."""
    home = os.environ.get("DAGSTER_HOME")
    return Path(home) / "storage" if home else PROJECT_ROOT / ".dagster" / "storage"


EXECUTORS = ("in_process", "multiprocess", "celery", "k8s")


def executor_from_env(name: str | None = None) -> dg.ExecutorDefinition:
    """The executor of every job: TWJP_EXECUTOR = in_process (default), multiprocess, celery
    (package dagster-celery; broker and backend in the run config's `execution: {config: ...}`)
    or k8s (package dagster-k8s' k8s_job_executor, one pod per step; not exercised here)."""
    name = name or os.environ.get("TWJP_EXECUTOR") or "in_process"
    if name == "in_process":
        return dg.in_process_executor
    if name == "multiprocess":
        return dg.multiprocess_executor
    if name == "celery":
        from dagster_celery import celery_executor

        return celery_executor
    if name == "k8s":
        from dagster_k8s import k8s_job_executor

        return k8s_job_executor
    raise ValueError(f"TWJP_EXECUTOR={name!r}: expected one of {', '.join(EXECUTORS)}")


def build_definitions(io_dir: Path | None = None, executor: dg.ExecutorDefinition | None = None,
                      **config_overrides) -> dg.Definitions:
    config = default_config()
    if config_overrides:
        config = PipelineConfig(**{**config.model_dump(), **config_overrides})
    return dg.Definitions(
        assets=[*ALL_ASSETS, *PARTITIONED_ASSETS],
        asset_checks=ALL_CHECKS,
        jobs=[build_release_job, publish_job, extract_documents_job],
        sensors=[documents_sensor],
        # In-process by default: a step process costs ~3 s of imports on two cores, which made "Materialize
        # all" in the UI take ~110 s instead of ~10 s. TWJP_EXECUTOR picks Dagster's executor that distributes steps.
        executor=executor or executor_from_env(),
        resources={"pipeline_config": config,
                   "io_manager": ParquetIOManager(base_dir=str(io_dir or storage_dir()))},
    )


defs = build_definitions()


def build_release() -> dg.JobDefinition:
    """The build_release job of the definitions as the environment configures them: the target of
    `dg.reconstructable(build_release)`, which executors that run steps in other processes (multiprocess,
    Celery workers) import to rebuild the job."""
    return build_definitions().resolve_job_def("build_release")
