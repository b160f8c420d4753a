"""One pipeline run, measured: the same assets, checks and resources as `python -m pipeline run`,
plus a logger that records wall and CPU time (this process and its worker processes) at each
step's start and end. Prints one JSON line; run.py starts it in a fresh process per measurement."""
import argparse
import json
import logging
import os
import resource
import sys
import time
from pathlib import Path

import dagster as dg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def stage_of(step_key: str) -> str:
    if step_key.startswith("extract."):   # the extraction graph's steps: plan_chunks, extract_chunk[...], resolve_chunks
        return "extract"
    for stage in ("ingest", "extract", "curate", "rejects", "release"):
        if step_key == stage:
            return {"rejects": "curate", "release": "publish"}.get(stage, stage)
    return "checks"


class StepClock(logging.Handler):
    """Wall and CPU seconds of every Dagster step, from its STEP_START/STEP_SUCCESS events."""

    def __init__(self):
        super().__init__()
        self.started: dict[str, tuple[float, float]] = {}
        self.stages: dict[str, dict[str, float]] = {}
        self.maxrss_after: dict[str, float] = {}   # the process's peak RSS (MB) when each step ended: where it rose

    def emit(self, record):
        event = getattr(record, "dagster_meta", {}).get("dagster_event")
        if event is None or not event.step_key:
            return
        kind = event.event_type_value
        if kind == "STEP_START":
            self.started[event.step_key] = (time.perf_counter(), cpu_seconds())
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in self.started:
            w0, c0 = self.started.pop(event.step_key)
            s = self.stages.setdefault(stage_of(event.step_key), {"wall": 0.0, "cpu": 0.0})
            s["wall"] += time.perf_counter() - w0
            s["cpu"] += cpu_seconds() - c0
            self.maxrss_after[event.step_key] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The step clock's handler is attached to this process's "step_clock" logger in main(): a job rebuilt from
# its reconstructable pointer (execute_job) gets the same logging.Logger, whatever module object built it.
CLOCK_LOGGER = "step_clock"


@dg.logger
def step_clock(_):
    log = logging.getLogger(CLOCK_LOGGER)
    log.setLevel(logging.DEBUG)
    return log


def bench_job():
    """The job `python -m pipeline run` executes (build_release: every asset and check but the partitions;
    resources and executor from the environment, as pipeline.definitions.build_release), plus the step clock."""
    import dagster as dg

    from pipeline.definitions import ALL_ASSETS, ALL_CHECKS, executor_from_env, storage_dir
    from pipeline.io_manager import ParquetIOManager
    from pipeline.resources import default_config

    defs = dg.Definitions(assets=ALL_ASSETS, asset_checks=ALL_CHECKS, loggers={"step_clock": step_clock},
                          executor=executor_from_env(),
                          resources={"pipeline_config": default_config(),
                                     "io_manager": ParquetIOManager(base_dir=str(storage_dir()))},
                          jobs=[dg.define_asset_job("bench", selection=dg.AssetSelection.all())])
    return defs.resolve_job_def("bench")


def main() -> int:
    t0, c0 = time.perf_counter(), cpu_seconds()
    parser = argparse.ArgumentParser()
    for name in ("documents", "seeds", "releases", "home", "cache"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--launch", choices=("execute_job", "execute_in_process"), default="execute_job",
                        help="execute_job (as `python -m pipeline run` since round 10m; executor: TWJP_EXECUTOR) or "
                             "execute_in_process (before: every step's output kept in this process to the end)")
    args = parser.parse_args()
    os.environ["DAGSTER_HOME"] = args.home
    from pipeline.cli import local_instance_home, run_environment
    local_instance_home()

    import dagster as dg

    from pipeline.resources import PipelineConfig

    clock = StepClock()
    logging.getLogger(CLOCK_LOGGER).handlers = [clock]
    fields = PipelineConfig.model_fields
    extra = {k: v for k, v in (("cache_dir", args.cache), ("workers", args.workers)) if k in fields}
    config = PipelineConfig(documents_dir=args.documents, seeds_dir=args.seeds, releases_dir=args.releases, **extra)
    run_config = {"loggers": {"step_clock": {}}}
    with run_environment(config), dg.DagsterInstance.get() as instance:
        if args.launch == "execute_job":
            result = dg.execute_job(dg.reconstructable(bench_job), instance=instance, run_config=run_config,
                                    raise_on_error=True)
        else:
            result = bench_job().execute_in_process(instance=instance, run_config=run_config, raise_on_error=True)
    meta = result.asset_materializations_for_node("release")[-1].metadata
    extract_meta = [e.event_specific_data.materialization for e in result.all_events
                    if e.event_type_value == "ASSET_MATERIALIZATION" and e.step_key == "extract.resolve_chunks"]
    extract_md = {k: v.value for m in extract_meta for k, v in m.metadata.items()
                  if k in ("documents_extracted", "documents_from_cache", "workers", "chunks", "cache")}
    print(json.dumps({
        "stages": clock.stages, "wall": time.perf_counter() - t0, "cpu": cpu_seconds() - c0,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "maxrss_after_step_mb": {k: round(v) for k, v in clock.maxrss_after.items()},
        "version": meta["version"].value, "release": str(meta["path"].value), "extract": extract_md,
        "launch": args.launch, "executor": os.environ.get("TWJP_EXECUTOR") or "in_process",
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
