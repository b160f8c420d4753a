"""What the documents' dynamic partitions cost, on synthetic corpora (a persistent SQLite instance, as
`dagster dev` uses). Prints one JSON line per measurement.

    for m in sensor unpartitioned backfill; do
        PYTHONPATH=. .venv/bin/python -m benchmarks.partitions --measure $m --work /tmp/twjp-partitions \
            [--sensor 1000,10000] [--backfill 200] [--single-runs 10] [--workers 2]
    done

- sensor: the first tick over N new files (adds N partitions), and the next, unchanged tick;
- backfill: N partitions materialized as one single-run backfill (cold cache), then the unpartitioned
  build that finds them all in the cache; against the unpartitioned build alone, cold, on the same corpus;
- the same backfill again: every partition a cache hit (what is left is Dagster's and ingest's share);
- one-in-large: one new document's partition in a 10,000-file folder (cold);
- single runs: one run per partition (what the sensor asks for a changed document), cache warm.
"""
import argparse
import json
import resource
import shutil
import time
from pathlib import Path

import dagster as dg

from benchmarks.corpus import SEED, write_corpus
from pipeline.assets.partitions import document_extraction
from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
from pipeline.io_manager import ParquetIOManager
from pipeline.partitions import PARTITIONS_NAME
from pipeline.resources import PipelineConfig

ROOT = Path(__file__).resolve().parents[1]
QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


def corpus(work: Path, n: int) -> Path:
    folder = work / f"corpus-{n}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, n, seeds_documents=ROOT / "seeds" / "documents", seed=SEED)
        (folder / ".complete").write_text(str(n))
    return folder


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def instance_at(home: Path) -> dg.DagsterInstance:
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return dg.DagsterInstance.from_config(str(home))


def config(folder: Path, run: Path, workers: int) -> PipelineConfig:
    return PipelineConfig(documents_dir=str(folder), seeds_dir=str(ROOT / "seeds"), releases_dir=str(run / "releases"),
                          cache_dir=str(run / "cache"), workers=workers, gold_dir="")


def cpu() -> float:
    """CPU seconds of this process and its finished children (the extraction pools): the figure that a
    loaded, shared machine distorts least."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


CPU = {"last": 0.0}


def lap() -> float:
    """CPU seconds since the previous lap."""
    now = cpu()
    spent, CPU["last"] = now - CPU["last"], now
    return round(spent, 1)


def build(cfg: PipelineConfig, run: Path, instance) -> float:
    t0 = time.perf_counter()
    result = dg.materialize([*ALL_ASSETS, *ALL_CHECKS], instance=instance, raise_on_error=True, run_config=QUIET,
                            resources={"pipeline_config": cfg, "io_manager": ParquetIOManager(base_dir=str(run / "storage"))})
    assert result.success
    return time.perf_counter() - t0


def partitions_run(cfg: PipelineConfig, instance, keys: list[str]) -> float:
    tags = ({"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
            if len(keys) > 1 else {})
    t0 = time.perf_counter()
    result = dg.materialize([document_extraction], instance=instance, resources={"pipeline_config": cfg}, run_config=QUIET,
                            partition_key=keys[0] if len(keys) == 1 else None, tags=tags)
    assert result.success
    return time.perf_counter() - t0


def sensor_ticks(work: Path, n: int) -> dict:
    from pipeline.sensors import documents_sensor

    folder = corpus(work, n)
    run = fresh(work / f"sensor-{n}")
    with instance_at(run) as instance:
        def tick(cursor):
            t0 = time.perf_counter()
            ctx = dg.build_sensor_context(instance=instance, cursor=cursor,
                                          resources={"pipeline_config": PipelineConfig(documents_dir=str(folder))})
            result = documents_sensor(ctx)
            t1 = time.perf_counter()
            for request in result.dynamic_partitions_requests or []:   # what the sensor daemon does next
                instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
            return result, t1 - t0, time.perf_counter() - t1

        first, evaluate, register = tick(None)
        second, again, _ = tick(first.cursor)
        return {"measure": "sensor", "files": n, "partitions": len(instance.get_dynamic_partitions(PARTITIONS_NAME)),
                "first_tick_s": round(evaluate, 2), "register_partitions_s": round(register, 2),
                "unchanged_tick_s": round(again, 2), "cursor_bytes": len(first.cursor),
                "runs_requested": [r.job_name for r in first.run_requests]}


def unpartitioned(work: Path, n: int, workers: int) -> dict:
    folder = corpus(work, n)
    plain = fresh(work / f"plain-{n}")
    with instance_at(plain) as instance:
        lap()
        wall = build(config(folder, plain, workers), plain, instance)
        return {"measure": "unpartitioned build, cold", "documents": n, "wall_s": round(wall, 1), "cpu_s": lap()}


def backfill(work: Path, n: int, workers: int, single_runs: int) -> list[dict]:
    folder = corpus(work, n)
    keys = sorted(p.name for p in folder.glob("*.txt"))
    out = []
    part = fresh(work / f"partitioned-{n}")
    with instance_at(part) as instance:
        instance.add_dynamic_partitions(PARTITIONS_NAME, keys)
        cfg = config(folder, part, workers)
        lap()
        backfill_s = partitions_run(cfg, instance, keys)
        backfill_cpu = lap()
        build_s = build(cfg, part, instance)
        build_cpu = lap()
        events = instance.get_latest_materialization_event(dg.AssetKey("document_extraction"))
        out.append({"measure": "single-run backfill of every partition, cold", "partitions": n, "wall_s": round(backfill_s, 1),
                    "cpu_s": backfill_cpu, "then_build_all_cached_s": round(build_s, 1), "then_build_cpu_s": build_cpu,
                    "total_s": round(backfill_s + build_s, 1), "total_cpu_s": round(backfill_cpu + build_cpu, 1),
                    "materialized_partitions": len(instance.get_materialized_partitions(dg.AssetKey("document_extraction"))),
                    "last_event_metadata_keys": len(events.asset_materialization.metadata) if events else 0})
        warm_s = partitions_run(cfg, instance, keys)
        out.append({"measure": "single-run backfill of every partition again, all cache hits", "partitions": n,
                    "wall_s": round(warm_s, 1), "cpu_s": lap()})
        times = [partitions_run(cfg, instance, [k]) for k in keys[:single_runs]]
        out.append({"measure": "one run per partition, cache warm", "runs": len(times),
                    "mean_s": round(sum(times) / len(times), 2), "max_s": round(max(times), 2)})
    return out


def one_in_large(work: Path, n: int) -> dict:
    """One new document's partition in an n-file folder, cold: the whole folder is ingested for it."""
    folder = corpus(work, n)
    run = fresh(work / f"one-in-{n}")
    with instance_at(run) as instance:
        key = sorted(p.name for p in folder.glob("*.txt"))[n // 2]
        instance.add_dynamic_partitions(PARTITIONS_NAME, [key])
        lap()
        wall = partitions_run(config(folder, run, 1), instance, [key])
        return {"measure": "one partition, cold, in a large folder", "files": n, "wall_s": round(wall, 2), "cpu_s": lap()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/twjp-partitions"))
    parser.add_argument("--sensor", default="1000,10000", help="corpus sizes for the sensor ticks ('' for none)")
    parser.add_argument("--backfill", type=int, default=200, help="partitions of the single-run backfill (0: none)")
    parser.add_argument("--single-runs", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--measure", choices=("sensor", "unpartitioned", "backfill", "one-in-large"), action="append",
                        help="what to measure (repeatable; default all). One per process compares fairly: the first "
                             "build of a process also pays the imports and the extractor's start-up")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    measures = args.measure or ["sensor", "unpartitioned", "backfill"]
    if "sensor" in measures:
        for n in [int(x) for x in args.sensor.split(",") if x]:
            print(json.dumps(sensor_ticks(args.work, n)), flush=True)
    if args.backfill and "unpartitioned" in measures:
        print(json.dumps(unpartitioned(args.work, args.backfill, args.workers)), flush=True)
    if "one-in-large" in measures:
        print(json.dumps(one_in_large(args.work, 10_000)), flush=True)
    if args.backfill and "backfill" in measures:
        for row in backfill(args.work, args.backfill, args.workers, args.single_runs):
            print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
