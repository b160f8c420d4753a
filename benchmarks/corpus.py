"""A deterministic synthetic corpus for benchmarks: N articles assembled from the paragraphs of
the seed documents, with person names, dates and numbers varied, at realistic lengths.

Article i depends only on (seed, i), so the first 1,000 articles of a 10,000-article corpus are the
1,000-article corpus, and adding article N+1 to a built corpus is a one-file change.
"""
import argparse
import calendar
import csv
import random
import re
from pathlib import Path

SEED = 20261122
MONTHS = [m for m in calendar.month_name if m]
YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")
MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})*(?![\w])")
# Two or three capitalised words: the shape of a person's name in the seed texts.
NAME = re.compile(r"\b[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}\b")
GIVEN = "Akira Haruto Kenji Yuki Mei Wen Yi Hsin Chih Ming Sarah David Anna Paul Keiko Ryo Hiroshi Li Jun Hao".split()
FAMILY = "Tanaka Suzuki Watanabe Kato Yamamoto Chen Lin Huang Wang Lee Smith Brown Kobayashi Nakamura Ito Hsu Chang Kuo".split()
OUTLETS = ["Taipei Times", "The Japan Times", "Asia Times", "The Diplomat", "Nikkei Asia", "Focus Taiwan"]


def seed_paragraphs(documents_dir: Path) -> list[str]:
    """Body-like paragraphs of the seed documents: lines long enough to be prose."""
    out = []
    for path in sorted(documents_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 80 and re.search(r"[.!?”\"]$", line):
                out.append(line)
    if not out:
        raise ValueError(f"{documents_dir}: no paragraphs to build a corpus from")
    return out


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def vary(paragraph: str, rng: random.Random, year_shift: int, names: dict[str, str]) -> str:
    """The paragraph with years shifted, months and numbers redrawn, and some names replaced
    (consistently within one article)."""
    text = YEAR.sub(lambda m: str(min(2026, max(1980, int(m.group(0)) + year_shift))), paragraph)
    text = MONTH.sub(lambda m: rng.choice(MONTHS) if rng.random() < 0.5 else m.group(0), text)
    text = NUMBER.sub(lambda m: str(rng.randint(1, 28) if len(m.group(0)) <= 2 else rng.randint(100, 9999)), text)

    def name(m: re.Match) -> str:
        key = m.group(0)
        if key not in names:
            names[key] = _person(rng) if rng.random() < 0.3 else key
        return names[key]

    return NAME.sub(name, text)


def article(i: int, paragraphs: list[str], seed: int = SEED) -> tuple[str, dict]:
    """The text and documents.csv row of article i."""
    rng = random.Random(f"{seed}:{i}")
    target = min(max(int(rng.lognormvariate(8.55, 0.45)), 1500), 30000)   # median ~5.2 KB, mean ~5.7 KB
    year_shift = rng.randint(-6, 3)
    names: dict[str, str] = {}
    author = _person(rng)
    body, size = [], 0
    while size < target:
        p = vary(rng.choice(paragraphs), rng, year_shift, names)
        body.append(p)
        size += len(p) + 2
    title = re.sub(r"[.!?”\"]+$", "", body[0].split(". ")[0])[:90]
    published = f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = f"{title}\n\nBy {author}\n\n" + "\n\n".join(body) + \
        f"\n\n{author} is a research fellow at an institute for security studies.\n"
    name = f"art_{i:06d}.txt"
    row = {"source_file": name, "title": title, "outlet": rng.choice(OUTLETS), "author": author,
           "published_date": published if rng.random() < 0.9 else "", "url": f"https://example.org/{i}",
           "language": "en"}
    return text, row


def write_corpus(folder: Path, n: int, *, seeds_documents: Path, seed: int = SEED, start: int = 0) -> int:
    """Write articles start..n-1 into folder (documents.csv rewritten for 0..n-1); returns bytes of text."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = seed_paragraphs(seeds_documents)
    rows, total = [], 0
    for i in range(n):
        text, row = article(i, paragraphs, seed)
        rows.append(row)
        data = text.encode("utf-8")
        total += len(data)
        if i >= start:
            (folder / row["source_file"]).write_bytes(data)
    with open(folder / "documents.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--seeds-documents", type=Path, default=Path(__file__).resolve().parents[1] / "seeds" / "documents")
    args = parser.parse_args(argv)
    total = write_corpus(args.folder, args.n, seeds_documents=args.seeds_documents, seed=args.seed)
    print(f"{args.n} articles, {total / 1e6:.1f} MB in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
