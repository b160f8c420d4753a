"""Curate alone, without Dagster, on the curate inputs of the first N articles of a built corpus
(benchmarks README, round 10c).

    # once: inputs from a finished run's extraction cache and release documents table
    PYTHONPATH=. python benchmarks/curate_speed.py prepare --cache RUN/cache --documents RUN/releases/v1.0.0/documents.parquet \
        --out /tmp/curate-in 2000 10000 50000
    # each measurement in a fresh process: what the curate asset does (curate_layer with the seeds'
    # overrides, each table's metadata, the review queue); CPU-s, RSS before and peak; --dump: sha256 of the outputs
    PYTHONPATH=. python benchmarks/curate_speed.py run /tmp/curate-in/in-10000.pkl [--dump FILE] [--profile FILE]
"""
import argparse
import gc
import hashlib
import io
import os
import pickle
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def prepare(cache: Path, documents: Path, out: Path, sizes: list[int], seeds: str) -> None:
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from pipeline import columnar
    from pipeline.cache import document_key
    from pipeline.layers import document_inputs
    from pipeline.resources import PipelineConfig

    knowledge = PipelineConfig(seeds_dir=seeds).knowledge()
    segments = sorted(cache.glob("*/segment-*"))
    tables = columnar.concat([columnar.ResultTables(*(pq.read_table(s / f"{n}.parquet", schema=columnar.SCHEMAS[n])
                                                      for n in columnar.TABLES)) for s in segments])
    docs = pq.read_table(documents)
    index = pc.cast(pc.utf8_slice_codeunits(docs["source_file"], 4, 10), pa.int64())   # art_NNNNNN.txt
    out.mkdir(parents=True, exist_ok=True)
    for n in sizes:
        frame = docs.filter(pc.less(index, n)).to_pandas(types_mapper=pd.ArrowDtype, ignore_metadata=True)
        keys = [document_key(d) for d in document_inputs(frame)]
        claims, mentions, discovered, _ = columnar.resolve_tables(
            columnar.in_key_order(columnar.select(tables, set(keys)), keys), knowledge)
        with open(out / f"in-{n}.pkl", "wb") as f:
            pickle.dump((claims, mentions, discovered, frame), f, protocol=5)
        print(n, "documents", len(frame), "claims", len(claims), "mentions", len(mentions), flush=True)


def run(path: Path, seeds: str, dump: str | None, profile: str | None) -> None:
    from pipeline.assets.curate import CURATED
    from pipeline.assets.metadata import table_metadata
    from pipeline.curation import load_overrides
    from pipeline.curation.review import queue_markdown, review_queue
    from pipeline.layers import curate_layer
    from pipeline.resources import PipelineConfig

    config = PipelineConfig(seeds_dir=seeds)
    knowledge = config.knowledge()
    with open(path, "rb") as f:
        claims, mentions, discovered, documents = pickle.load(f)
    gc.collect()
    before = _rss_mb()

    def body():
        tables = curate_layer(claims, mentions, discovered, knowledge, documents, load_overrides(config.curation_path))
        for name, model in CURATED.items():
            table_metadata(tables[name], model, name)
        return tables, queue_markdown(review_queue({"documents": documents, **tables}, limit=25))

    c0, w0 = time.process_time(), time.perf_counter()
    if profile:
        import cProfile
        prof = cProfile.Profile()
        tables, queue = prof.runcall(body)
        prof.dump_stats(profile)
    else:
        tables, queue = body()
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{path.name} cpu={cpu:.2f} wall={wall:.2f} rss_before={before:.0f} peak={peak:.0f} incr={peak - before:.0f} "
          f"events={len(tables['events'])} load={os.getloadavg()[0]:.2f}", flush=True)
    if dump:
        lines = []
        for name in sorted(tables):
            buf = io.BytesIO()
            tables[name].to_parquet(buf)
            lines.append(f"{name} {hashlib.sha256(buf.getvalue()).hexdigest()}")
        lines.append(f"queue {hashlib.sha256(queue.encode()).hexdigest()}")
        Path(dump).write_text("\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--documents", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--seeds", default="seeds")
    p.add_argument("sizes", type=int, nargs="+")
    r = sub.add_parser("run")
    r.add_argument("inputs", type=Path)
    r.add_argument("--seeds", default="seeds")
    r.add_argument("--dump")
    r.add_argument("--profile")
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.cache, args.documents, args.out, args.sizes, args.seeds)
    else:
        run(args.inputs, args.seeds, args.dump, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
