"""Extraction results cached per document, so a run extracts only new or changed documents.

Key: sha256 of everything the extractor reads from a document (text, title, author, publication
date, body offsets, excluded spans). Entries live under
`<cache_dir>/<extractor version>+kb.<knowledge version>/`: a new extractor or a change to the
lexicons or the registry starts an empty folder, so everything is extracted again. Each run that
extracts something adds one JSON-lines segment (written to a temporary name, then renamed, so a
segment is complete or absent); many segments are compacted into one. No pickles: any entry can
be read with `jq`.

What is cached is the per-document raw output, before discovered actors are given canonical IDs
across documents (that depends on the whole corpus and runs every time).
"""
import functools
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.extract.actors import DiscoveredActor
from pipeline.extract.claims import DocumentInput

DATE_FIELDS = ("date_start", "date_end")
MAX_SEGMENTS = 16


@dataclass
class DocumentResult:
    """The raw extraction of one document."""

    claims: list[dict]
    mentions: list[dict]
    discovered: list[DiscoveredActor]


def document_key(doc: DocumentInput) -> str:
    payload = json.dumps([doc.doc_id, doc.text, doc.title, doc.author,
                          doc.published_date.isoformat() if doc.published_date else None,
                          doc.body_start, doc.body_end, [list(x) for x in doc.excluded]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _encode(key: str, result: DocumentResult) -> str:
    claims = [{k: (v.isoformat() if k in DATE_FIELDS and v is not None else v) for k, v in c.items()} for c in result.claims]
    discovered = [{"actor_id": a.actor_id, "name": a.name, "actor_type": a.actor_type, "country": a.country,
                   "role": a.role, "family_name": a.family_name, "aliases": sorted(a.aliases)} for a in result.discovered]
    payload = json.dumps({"claims": claims, "mentions": result.mentions, "discovered": discovered},
                         ensure_ascii=False, sort_keys=True)
    return f'{{"key": "{key}", "result": {payload}}}'   # the key at a fixed offset: lines are skipped unparsed


def encode_result(key: str, result: DocumentResult) -> str:
    """One document's raw extraction as one JSON line (the cache's format)."""
    return _encode(key, result)


def decode_result(line: str) -> tuple[str, DocumentResult]:
    """The key and raw extraction of one JSON line written by encode_result."""
    return _decode(line)


def _decode(line: str) -> tuple[str, DocumentResult]:
    outer = json.loads(line)
    row = outer["result"]
    claims = [{k: (date.fromisoformat(v) if k in DATE_FIELDS and v is not None else v) for k, v in c.items()}
              for c in row["claims"]]
    discovered = [DiscoveredActor(d["actor_id"], d["name"], d["actor_type"], d["country"], d["role"],
                                  d["family_name"], set(d["aliases"])) for d in row["discovered"]]
    return outer["key"], DocumentResult(claims, row["mentions"], discovered)


@functools.cache
def extraction_code_version() -> str:
    """The sha256 of the extraction's source files (pipeline/extract/*.py), in name order."""
    folder = Path(__file__).parent / "extract"
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


class ExtractionCache:
    """Per-document extraction results for one extractor and knowledge version."""

    def __init__(self, root: Path, extractor: str):
        self.root = Path(root)
        # the code too, not only its version number: a rule changed without a version bump must not
        # be served results of the old rule
        self.version = f"{extractor.replace('/', '_')}+code.{extraction_code_version()}"
        self.folder = self.root / self.version

    def other_versions(self) -> list[str]:
        """Versions cached before (a different extractor or knowledge): their entries do not apply."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and p.name != self.version)

    def _segments(self) -> list[Path]:
        return sorted(self.folder.glob("segment-*.jsonl")) if self.folder.is_dir() else []

    def load(self, keys: set[str]) -> dict[str, DocumentResult]:
        """The cached results among keys (lines for other keys are skipped without decoding)."""
        found: dict[str, DocumentResult] = {}
        for seg in self._segments():
            with open(seg, encoding="utf-8") as fh:
                for line in fh:
                    key = line[9:73]
                    if key in keys and key not in found:
                        found[key] = _decode(line)[1]
        return found

    def keys(self, keys: set[str]) -> set[str]:
        """Which of keys are cached (nothing is decoded)."""
        found: set[str] = set()
        for seg in self._segments():
            with open(seg, encoding="utf-8") as fh:
                for line in fh:
                    key = line[9:73]
                    if key in keys:
                        found.add(key)
        return found

    def store(self, results: dict[str, DocumentResult]) -> Path | None:
        """Add one segment with these results; compact when segments pile up."""
        if not results:
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        lines = [_encode(k, results[k]) for k in sorted(results)]
        name = hashlib.sha256("".join(sorted(results)).encode()).hexdigest()[:16]
        path = self._write(f"segment-{len(self._segments()):06d}-{name}.jsonl", lines)
        segments = self._segments()
        if len(segments) > MAX_SEGMENTS:
            self._compact(segments)
        return path

    def _write(self, name: str, lines: list[str]) -> Path:
        target = self.folder / name
        tmp = self.folder / f".{name}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.writelines(line + "\n" for line in lines)
        os.replace(tmp, target)
        return target

    def _compact(self, segments: list[Path]) -> None:
        seen, lines = set(), []
        for seg in segments:
            for line in seg.read_text(encoding="utf-8").splitlines():
                key = line[9:73]
                if key not in seen:
                    seen.add(key)
                    lines.append(line)
        digest = hashlib.sha256("".join(sorted(seen)).encode()).hexdigest()[:16]
        compacted = self._write(f"segment-000000-compacted-{digest}.jsonl", lines)
        for seg in segments:
            if seg != compacted:
                seg.unlink(missing_ok=True)


class BodyCache:
    """Where each document's body lies (find_body's result), by text, title and author, for one
    version of the body finder: the sha256 of pipeline/extract/body.py's source, so any change to
    it starts afresh. One JSON file under the cache folder, rewritten (atomically) when it grew."""

    def __init__(self, root: Path):
        import inspect

        from pipeline.extract import body

        self.version = hashlib.sha256(inspect.getsource(body).encode("utf-8")).hexdigest()[:16]
        self.path = Path(root) / f"bodies-{self.version}.json"
        self.entries: dict[str, list] = json.loads(self.path.read_text(encoding="utf-8")) if self.path.is_file() else {}
        self.added = 0

    def find(self, text: str, title: str | None, author: str | None):
        from pipeline.extract.body import Body, find_body

        key = hashlib.sha256(json.dumps([text, title, author], ensure_ascii=False).encode("utf-8")).hexdigest()
        hit = self.entries.get(key)
        if hit is not None:
            return Body(hit[0], hit[1], [tuple(x) for x in hit[2]])
        found = find_body(text, title=title, author=author)
        self.entries[key] = [found.start, found.end, [list(x) for x in found.excluded]]
        self.added += 1
        return found

    def save(self) -> None:
        if not self.added:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self.entries, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
        self.added = 0
