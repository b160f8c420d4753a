"""Score the extractor alone on every hand-annotated set: `python -m tests.score_sets [SET ...]`.

Each set (`tests/gold*` folders holding `documents/` and gold YAML files; the seed set `tests/gold` reads
`seeds/documents`) is built with `python -m pipeline run` and an empty curation folder into a temporary
Dagster home and releases folder, then scored with `pipeline.evaluation`. Prints one Markdown row per set:
the figures the README's quality table carries. Not a test (no `test_` prefix): it takes ~15 s a set.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.evaluation import evaluate, load_gold
from pipeline.release import read_release

ROOT = Path(__file__).resolve().parents[1]


def gold_sets(*, include_blind: bool = False) -> list[Path]:
    """Every `tests/gold*` folder with gold YAML files, in name order.

    A set holding a `BLIND` file is being kept unseen to judge a later round: it is left out unless
    `include_blind` (or named on the command line), so a routine scoring run never peeks at it.
    """
    return sorted(p for p in (ROOT / "tests").glob("gold*")
                  if p.is_dir() and any(p.glob("*.yaml")) and (include_blind or not (p / "BLIND").exists()))


def documents_of(gold_dir: Path) -> Path:
    """The documents a gold set annotates: its own `documents/`, else the seeds'."""
    own = gold_dir / "documents"
    return own if own.is_dir() else ROOT / "seeds" / "documents"


def score(gold_dir: Path) -> dict:
    """Build the set without curation and return `evaluate`'s metrics."""
    with tempfile.TemporaryDirectory(prefix="twjp-score-") as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "curation").mkdir()
        env = {"DAGSTER_HOME": str(tmp_path / "home"), "TWJP_CACHE_DIR": str(tmp_path / "cache"),
               "PATH": "/usr/bin:/bin"}
        (tmp_path / "home").mkdir()
        cmd = [sys.executable, "-m", "pipeline", "run", "--documents", str(documents_of(gold_dir)),
               "--releases", str(tmp_path / "releases"), "--curation", str(tmp_path / "curation")]
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{gold_dir.name}: pipeline run failed\n{done.stderr[-3000:]}")
        release = tmp_path / "releases" / (tmp_path / "releases" / "LATEST").read_text().strip()
        return evaluate(read_release(release), load_gold(gold_dir))


def row(name: str, m: dict) -> str:
    """One Markdown row: F1 per table, event accuracies, body boundaries, events on non-asserted claims."""
    ev, body = m["events"], m.get("body", {})
    fmt = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
    return (f"| {name} | {fmt(m['actors']['f1'])} | {fmt(ev['f1'])} (P {fmt(ev['precision'])} R {fmt(ev['recall'])}) "
            f"| {fmt(ev['type_accuracy'])} | {fmt(ev['date_accuracy'])} | {fmt(m['stances']['f1'])} "
            f"(P {fmt(m['stances']['precision'])} R {fmt(m['stances']['recall'])}) "
            f"| {body.get('exact', '–')}/{body.get('n_documents', '–')} | {ev['events_on_non_asserted']} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="gold folders (default: every tests/gold* without a BLIND file)")
    args = parser.parse_args(argv)
    sets = [Path(s).resolve() for s in args.sets] or gold_sets()
    for gold_dir in sets:
        if not any(gold_dir.glob("*.yaml")):   # a mistyped name would otherwise score a perfect 1.000 on nothing
            parser.error(f"{gold_dir}: no gold YAML files (name a folder such as tests/gold_heldout3)")
    print("| set | actors F1 | events F1 | type acc. | date acc. | stances F1 | body exact | events on non-asserted |")
    print("|---|---|---|---|---|---|---|---|")
    for gold_dir in sets:
        print(row(gold_dir.name, score(gold_dir)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
