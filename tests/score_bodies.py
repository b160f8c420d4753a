"""Score the body finder alone on a body-only corpus: `python -m tests.score_bodies [CORPUS ...]`.

A corpus (default `tests/body_pages`) is a `pages.csv` (file, outlet, body_first, body_last, notes; optional
title, author) and the raw pages under `pages/`; the gold body runs from `body_first` to the end of
`body_last`. Pages without a title or author are read without them, as a page scraped without metadata.
A gold set folder (`tests/gold*`) is read the same way from its YAML files' body quotes and its
documents.csv metadata. Prints one Markdown row per corpus: pages, exact bodies, starts and ends exact,
mean absolute character error.
Per-page errors only with `--pages`: a corpus holding a `BLIND` file is for judging, not for developing on.
Not a test (no `test_` prefix).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterator
from pathlib import Path

import yaml

from pipeline.extract.body import find_body

ROOT = Path(__file__).resolve().parents[1]


def gold_span(text: str, first: str, last: str, *, where: str) -> tuple[int, int]:
    """[start, end) of the gold body; a quote that is absent or not unique is the corpus's error."""
    for quote in (first, last):
        if text.count(quote) != 1:
            raise ValueError(f"{where}: body quote found {text.count(quote)} times: {quote!r}")
    return text.find(first), text.find(last) + len(last)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def pages(corpus: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """(page path, row with file/body_first/body_last/title/author) of a body corpus or a gold set."""
    if (corpus / "pages.csv").exists():
        for row in _csv_rows(corpus / "pages.csv"):
            yield corpus / "pages" / row["file"], row
        return
    documents = corpus / "documents" if (corpus / "documents").is_dir() else ROOT / "seeds" / "documents"
    metadata = {r["source_file"]: r for r in _csv_rows(documents / "documents.csv")}
    for path in sorted(corpus.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        meta = metadata.get(doc["source_file"], {})
        yield documents / doc["source_file"], {"file": doc["source_file"], "body_first": doc["body_quote_first"],
                                                "body_last": doc["body_quote_last"], "title": meta.get("title", ""),
                                                "author": meta.get("author", "")}


def page_errors(corpus: Path) -> dict[str, tuple[int, int]]:
    """(found start - gold start, found end - gold end) per page of the corpus."""
    errors: dict[str, tuple[int, int]] = {}
    for path, row in pages(corpus):
        text = path.read_text(encoding="utf-8")
        start, end = gold_span(text, row["body_first"], row["body_last"], where=str(path))
        body = find_body(text, title=row.get("title") or None, author=row.get("author") or None)
        errors[row["file"]] = (body.start - start, body.end - end)
    return errors


def summary_row(name: str, errors: dict[str, tuple[int, int]]) -> str:
    flat = [abs(e) for pair in errors.values() for e in pair]
    exact = sum(1 for s, e in errors.values() if s == e == 0)
    starts = sum(1 for s, _ in errors.values() if s == 0)
    ends = sum(1 for _, e in errors.values() if e == 0)
    mean = sum(flat) / len(flat) if flat else 0.0
    return f"| {name} | {len(errors)} | {exact}/{len(errors)} | {starts} | {ends} | {mean:.0f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[ROOT / "tests" / "body_pages"])
    parser.add_argument("--pages", action="store_true", help="also print each page's errors (not on a blind corpus)")
    args = parser.parse_args()
    print("| corpus | pages | bodies exact | starts exact | ends exact | mean abs. char error |")
    print("|---|---|---|---|---|---|")
    for corpus in args.corpora:
        errors = page_errors(corpus)
        print(summary_row(corpus.name, errors))
        if args.pages:
            for name, (s, e) in sorted(errors.items()):
                print(f"  {name}: start {s:+d}, end {e:+d}")


if __name__ == "__main__":
    main()
