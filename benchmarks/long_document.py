"""Throughput of body detection and claim extraction on long documents (seconds, kB/s).
Run: /work/main/.venv/bin/python benchmarks/long_document.py  (timings are measured here,
never asserted in tests)."""
import time
from pathlib import Path

from pipeline.extract.body import find_body
from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    extractor = ClaimExtractor(load_knowledge(ROOT / "tests" / "fixtures" / "seeds"))
    lines = [ln for ln in (ROOT / "tests" / "fixtures" / "documents" / "a.txt").read_text().splitlines()[3:]
             if ln and "Photo:" not in ln]  # a line with a caption marker is a caption
    cases = {"paragraphs": " ".join(lines) + "\n",
             "one line, no punctuation": "the delegation met officials and Japan rejected Taiwan requests while markets stayed calm "}
    for label, unit in cases.items():
        for size in (100_000, 200_000, 400_000):
            text = unit * (size // len(unit))
            t0 = time.perf_counter()
            body = find_body(text)
            t1 = time.perf_counter()
            out = extractor.extract(DocumentInput("doc", text, body_start=body.start, body_end=body.end,
                                                  excluded=tuple(body.excluded)))
            t2 = time.perf_counter()
            print(f"{label:26} {len(text) / 1000:6.0f} kB  body {t1 - t0:5.2f} s  extract {t2 - t1:5.2f} s "
                  f"({len(text) / 1000 / (t2 - t1):5.0f} kB/s, {len(out.claims)} claims)")


if __name__ == "__main__":
    main()
