"""Benchmark the whole pipeline on synthetic corpora: cold (empty cache, no release) and
incremental (one article added to the built corpus), plus a consumer's DuckDB query over a
claims table of a million rows. Prints a markdown table.

    PYTHONPATH=. .venv/bin/python -m benchmarks.run --sizes 1000,10000 [--seeds seeds] [--workers 2]

Each measurement runs in a fresh process (benchmarks/stages.py); corpora are cached under --work.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import SEED, write_corpus

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("ingest", "extract", "curate", "checks", "publish")


def corpus(work: Path, n: int) -> tuple[Path, int]:
    folder = work / f"corpus-{n}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, n, seeds_documents=ROOT / "seeds" / "documents", seed=SEED)
        marker.write_text(str(n))
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    return folder, size


def measure(documents: Path, seeds: Path, run_dir: Path, workers: int) -> dict:
    cmd = [sys.executable, str(ROOT / "benchmarks" / "stages.py"), "--documents", str(documents), "--seeds", str(seeds),
           "--releases", str(run_dir / "releases"), "--home", str(run_dir / "home"), "--cache", str(run_dir / "cache"),
           "--workers", str(workers)]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if out.returncode != 0:
        raise RuntimeError(f"benchmark run failed:\n{out.stderr[-4000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_wall"] = time.perf_counter() - t0
    release = Path(result["release"])
    result["release_mb"] = sum(p.stat().st_size for p in release.glob("*")) / 1e6 if release.is_dir() else 0.0
    return result


def duckdb_query(claims_parquet: Path, work: Path, rows: int = 1_000_000) -> dict:
    """A consumer's query over at least `rows` claims: the release's claims repeated (IDs made
    unique), written with the release's own Parquet writer."""
    import duckdb
    import pandas as pd

    from pipeline.release import parquet_bytes

    claims = pd.read_parquet(claims_parquet, dtype_backend="pyarrow")
    copies = max(1, -(-rows // max(len(claims), 1)))
    big = pd.concat([claims.assign(claim_id=claims["claim_id"] + f"-{i}") for i in range(copies)], ignore_index=True)
    path = work / "claims-1m.parquet"
    path.write_bytes(parquet_bytes("claims", big))
    query = (f"SELECT predicate, date_trunc('year', date_start) AS year, count(*) AS n, avg(confidence) AS conf "
             f"FROM '{path}' WHERE kind = 'event' AND modality = 'asserted' AND date_start >= DATE '2015-01-01' "
             f"GROUP BY ALL ORDER BY n DESC LIMIT 20")
    con = duckdb.connect()
    con.execute(query).fetchall()   # warm the OS cache once
    t0 = time.perf_counter()
    result = con.execute(query).fetchall()
    return {"rows": len(big), "mb": path.stat().st_size / 1e6, "seconds": time.perf_counter() - t0,
            "groups": len(result), "query": query.replace(str(path), "claims.parquet")}


def row(n: int, mb: float, mode: str, r: dict) -> str:
    st = r["stages"]
    ext = st.get("extract", {"wall": 0.0})
    docs = r["extract"].get("documents_extracted", n)
    cells = [f"{n:,}", f"{mb:.1f}", mode] + [f"{st.get(s, {}).get('wall', 0):.1f} / {st.get(s, {}).get('cpu', 0):.1f}" for s in STAGES]
    cells += [f"{r['process_wall']:.1f} / {r['cpu']:.1f}",
              f"{docs:,} docs, {docs / ext['wall']:.0f} docs/s, {mb * docs / max(n, 1) / ext['wall']:.2f} MB/s" if ext["wall"] else "-",
              f"{max(r['maxrss_mb'], r['children_maxrss_mb']):.0f}", f"{r['release_mb']:.1f}"]
    return "| " + " | ".join(cells) + " |"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--workers", type=int, default=0, help="extraction processes (0: one per core)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/twjp-bench"))
    parser.add_argument("--no-incremental", action="store_true")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    header = ("| articles | MB text | run | ingest s wall / cpu | extract | curate | checks | publish "
              "| end-to-end wall / cpu | extraction throughput | peak RSS MB | release MB |")
    lines = [header, "|" + "---|" * 12]
    print(header, flush=True)
    last_claims = None
    for n in [int(x) for x in args.sizes.split(",")]:
        folder, size = corpus(args.work, n)
        run_dir = args.work / f"run-{n}"
        shutil.rmtree(run_dir, ignore_errors=True)
        cold = measure(folder, args.seeds.resolve(), run_dir, args.workers)
        lines.append(row(n, size / 1e6, "cold", cold))
        print(lines[-1], flush=True)
        last_claims = Path(cold["release"]) / "claims.parquet"
        if not args.no_incremental:
            extra_folder = args.work / f"corpus-{n}-plus1"
            shutil.rmtree(extra_folder, ignore_errors=True)
            shutil.copytree(folder, extra_folder)   # keep the n-article corpus as it is
            write_corpus(extra_folder, n + 1, seeds_documents=ROOT / "seeds" / "documents", seed=SEED, start=n)
            inc = measure(extra_folder, args.seeds.resolve(), run_dir, args.workers)
            lines.append(row(n + 1, size / 1e6, "+1 article", inc))
            print(lines[-1], flush=True)
            shutil.rmtree(extra_folder, ignore_errors=True)
    if last_claims is not None and last_claims.exists():
        q = duckdb_query(last_claims, args.work)
        lines.append(f"\nDuckDB over {q['rows']:,} claims ({q['mb']:.1f} MB Parquet): {q['seconds'] * 1000:.0f} ms "
                     f"({q['groups']} groups)\n\n    {q['query']}")
        print(lines[-1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
