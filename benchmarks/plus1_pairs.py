"""Pairs of "+1 article" runs: two source trees (a base and a branch) each run benchmarks/stages.py on its own
copy of one built state (DAGSTER_HOME, cache, releases), both started together, on the same documents.

    PYTHONPATH=. .venv/bin/python -m benchmarks.plus1_pairs --snapshot S --documents D --seeds SEEDS \
        --tree base=/work/wt-base --tree branch=. --work /tmp/pairs [--pairs 3]

The snapshot folder holds home/, cache/ and releases/ as a cold build (benchmarks/stages.py) left them.
Prints one Markdown row per run (CPU-s per stage, end to end) and whether the new releases' files are equal
(byte for byte, but for the run's time and code revision in the manifest, datapackage, README and report).
Wall times depend on the machine's load: compare CPU seconds."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.run import STAGES

# files that name the run's time and code revision (manifest "created_at", datapackage "created", the README and
# the report's header): compared with those values replaced; their hashes (SHA256SUMS, manifest "files") skipped
STAMPED = ("manifest.json", "datapackage.json", "README.md", "report.html")


def _stamps(release: Path) -> list[str]:
    m = json.loads((release / "manifest.json").read_text())
    return [v for v in (m.get("created_at"), m.get("code_revision")) if v]


def _normalised(path: Path, stamps: list[str]) -> bytes:
    text = path.read_text(encoding="utf-8")
    for i, value in enumerate(sorted(stamps, key=len, reverse=True)):
        text = text.replace(value, f"<stamp {i}>")
    if path.name == "manifest.json":
        m = json.loads(text)
        m["files"] = {k: v for k, v in m.get("files", {}).items() if k not in STAMPED}
        text = json.dumps(m, sort_keys=True)
    return text.encode()


def release_differences(a: Path, b: Path) -> list[str]:
    """Files of two releases that differ once the run's time and code revision are taken out (the tables,
    figures and schema files compared byte for byte)."""
    names = sorted({p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
                   | {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()})
    sa, sb = _stamps(a), _stamps(b)
    out = []
    for name in names:
        pa, pb = a / name, b / name
        if not (pa.is_file() and pb.is_file()):
            out.append(f"{name}: only in one")
        elif name in STAMPED:
            if _normalised(pa, sa) != _normalised(pb, sb):
                out.append(name)
        elif name == "SHA256SUMS":
            keep = lambda p: sorted(l for l in p.read_text().splitlines() if l.split()[-1] not in STAMPED)  # noqa: E731
            if keep(pa) != keep(pb):
                out.append(name)
        elif pa.read_bytes() != pb.read_bytes():
            out.append(name)
    return out


def start(tree: Path, state: Path, documents: Path, seeds: Path, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, str(tree / "benchmarks" / "stages.py"), "--documents", str(documents), "--seeds", str(seeds),
           "--releases", str(state / "releases"), "--home", str(state / "home"), "--cache", str(state / "cache"),
           "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=str(tree))


def row(label: str, r: dict) -> str:
    st = r["stages"]
    cells = [label] + [f"{st.get(s, {}).get('cpu', 0):.2f}" for s in STAGES] + [f"{r['cpu']:.2f}",
                                                                                f"{st.get('publish', {}).get('wall', 0):.1f}",
                                                                                f"{r['wall']:.1f}"]
    return "| " + " | ".join(cells) + " |"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--snapshot", type=Path, required=True)
    p.add_argument("--documents", type=Path, required=True)
    p.add_argument("--seeds", type=Path, required=True)
    p.add_argument("--tree", action="append", required=True, help="label=path (two or more)")
    p.add_argument("--work", type=Path, required=True)
    p.add_argument("--pairs", type=int, default=1)
    p.add_argument("--workers", type=int, default=1)
    args = p.parse_args(argv)
    trees = [(t.split("=", 1)[0], Path(t.split("=", 1)[1]).resolve()) for t in args.tree]
    print("| run (CPU-s) | " + " | ".join(STAGES) + " | end to end CPU-s | publish wall s | end to end wall s |")
    print("|---" * (len(STAGES) + 4) + "|")
    for i in range(args.pairs):
        states = {}
        for label, _ in trees:
            state = args.work / f"pair{i}-{label}"
            shutil.rmtree(state, ignore_errors=True)
            shutil.copytree(args.snapshot, state, symlinks=True)
            states[label] = state
        procs = {label: start(tree, states[label], args.documents, args.seeds, args.workers) for label, tree in trees}
        results = {}
        for label, proc in procs.items():
            out, err = proc.communicate()
            if proc.returncode != 0:
                raise RuntimeError(f"{label} failed:\n{err[-4000:]}")
            results[label] = json.loads(out.strip().splitlines()[-1])
        for label, _ in trees:
            print(row(f"pair {i + 1} {label}", results[label]), flush=True)
        releases = [Path(results[label]["release"]) for label, _ in trees]
        diffs = release_differences(releases[0], releases[1]) if all(r.is_dir() for r in releases) else ["no release"]
        print(f"<!-- pair {i + 1}: releases {'IDENTICAL' if not diffs else 'DIFFER: ' + ', '.join(diffs)} -->", flush=True)
        time.sleep(1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
