"""Extraction speed in one process, without Dagster: the extractor built as the extract asset builds
it (the seeds' Knowledge -> ClaimExtractor), then every document of a corpus extracted once.

    PYTHONPATH=. python -m benchmarks.extract_speed /tmp/corpus-1000 [--seeds seeds] [--repeat 2]

The documents are read and their bodies found first (`ingest_layer`, as the ingest asset does; not
timed with the extraction). Prints one Markdown row: documents, MB of text, extractor build CPU-s,
the first document's CPU-s (patterns are compiled on first use, so it carries the rest of the
build: build + first document is what a one-article run pays), extraction CPU-s of all documents,
MB per extraction CPU-second and the process's peak RSS. CPU seconds (time.process_time) are
steadier than wall time on a shared machine. With --repeat N the documents are extracted N times
by the same extractor and the best pass is reported (the first pass includes the compiles).
"""
import argparse
import resource
import sys
import time
from pathlib import Path

HEADER = ("| documents | MB | build CPU-s | first document CPU-s | extraction CPU-s | MB / CPU-s | peak RSS MB |\n"
          "|---|---|---|---|---|---|---|")


def measure(documents_dir: Path, seeds: Path, repeat: int = 1) -> dict:
    from pipeline.extract.claims import ClaimExtractor
    from pipeline.knowledge import load_knowledge
    from pipeline.layers import document_inputs, ingest_layer

    docs = document_inputs(ingest_layer(documents_dir).documents)
    knowledge = load_knowledge(seeds)
    t0 = time.process_time()
    extractor = ClaimExtractor(knowledge)
    build = time.process_time() - t0
    passes, first = [], None
    for _ in range(max(1, repeat)):
        t0 = time.process_time()
        for i, doc in enumerate(docs):
            extractor.extract(doc)
            if first is None and i == 0:
                first = time.process_time() - t0
        passes.append(time.process_time() - t0)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    best = min(passes)
    return {"documents": len(docs), "mb": mb, "build": build, "first": first or 0.0, "extract": best,
            "passes": passes, "mb_per_s": mb / best if best else float("inf"),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def row(m: dict) -> str:
    return (f"| {m['documents']:,} | {m['mb']:.2f} | {m['build']:.2f} | {m['first']:.2f} | {m['extract']:.2f} "
            f"| {m['mb_per_s']:.3f} | {m['rss_mb']:,.0f} |")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("documents", type=Path, help="a documents folder (documents.csv and the texts)")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--repeat", type=int, default=1, help="extraction passes; the best is reported")
    args = parser.parse_args(argv)
    m = measure(args.documents, args.seeds, args.repeat)
    print(HEADER)
    print(row(m))
    if len(m["passes"]) > 1:
        print("passes (CPU-s): " + ", ".join(f"{p:.2f}" for p in m["passes"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
