"""Extraction results cached per document, so a run extracts only new or changed documents.

Key: sha256 of everything the extractor reads from a document (text, title, author, publication
date, body offsets, excluded spans). Entries live under
`<cache_dir>/<extractor version>+kb.<knowledge version>+code.<hash>/`: a new extractor, a change to the
lexicons or the registry, or to the extraction's code starts an empty folder, so everything is
extracted again. Each run that extracts something adds one columnar segment (Parquet files with
the document key as a column, written to a temporary name, then renamed, so a segment is complete
or absent); many segments are compacted into one. No pickles: any entry can be read with DuckDB
(`SELECT * FROM '<segment>/claims.parquet' WHERE key = ...`). A warm run reads the claims and
mentions of every cached document as Arrow tables (`load_tables`), without a Python row each.
JSON lines (`encode_result`) remain the format of one chunk's results between Dagster steps.

What is cached is the per-document raw output, before discovered actors are given canonical IDs
across documents (that depends on the whole corpus and runs every time).
"""
import fcntl
import functools
import hashlib
import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import columnar
from pipeline.extract.actors import DiscoveredActor
from pipeline.extract.claims import DocumentInput

DATE_FIELDS = ("date_start", "date_end")
MAX_SEGMENTS = 16
OTHER_FOLDERS = {"png"}   # the report's PNG cache (pipeline/report.py) shares the cache folder


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
    """Per-document extraction results for one extractor and knowledge version.

    Each store adds one segment: a folder `segment-NNNNNN-<hash>/` holding four Parquet files
    (`keys`, `claims`, `mentions`, `discovered`; the document's key is a column of each), written
    under a temporary name and renamed into place, so a segment is complete or absent. When a key
    is in several segments the first one wins. Segments of the JSON-lines format (before the
    columnar one) found in the folder are converted once into one segment."""

    def __init__(self, root: Path, extractor: str):
        self.root = Path(root)
        # the code too, not only its version number: a rule changed without a version bump must not
        # be served results of the old rule
        self.version = f"{extractor.replace('/', '_')}+code.{extraction_code_version()}"
        self.folder = self.root / self.version
        self.migrated = 0   # JSON-lines documents converted by this instance

    def other_versions(self) -> list[str]:
        """Versions cached before (a different extractor or knowledge): their entries do not apply."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir()
                      if p.is_dir() and p.name != self.version and p.name not in OTHER_FOLDERS)

    @contextmanager
    def _locked(self, *, exclusive: bool):
        """Readers share the version folder, a writer (a new segment, compaction, migration) has it
        alone: runs in parallel (a partition run beside a build) never read a segment being removed.
        An advisory flock on <folder>/.lock, released by the kernel when its holder dies."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            if exclusive or not any(self.folder.glob("segment-*.jsonl")):
                yield
                return
        finally:
            os.close(fd)
        with self._locked(exclusive=True):      # old JSON lines to convert first: a write
            self._migrate()
            yield

    def _segments(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob("segment-*") if p.is_dir())

    def _read(self, segment: Path, name: str, keys=None) -> pa.Table:
        table = pq.read_table(segment / f"{name}.parquet", schema=columnar.SCHEMAS[name])
        return table if keys is None else table.filter(pc.is_in(table.column("key"), value_set=keys))

    def load_tables(self, keys) -> columnar.ResultTables:
        """The cached results among keys as tables (each document once: the first segment that
        holds it), without building a Python row."""
        with self._locked(exclusive=False):
            return self._load_tables(keys)

    def _load_tables(self, keys) -> columnar.ResultTables:
        parts, taken, keys = [], set(), set(keys)
        for seg in self._segments():
            seg_keys = set(self._read(seg, "keys").column("key").to_pylist())
            wanted = sorted((seg_keys & keys) - taken)
            if not wanted:
                continue
            taken.update(wanted)
            # every document of the segment wanted (a cold run's own segments): read, not filtered (a copy)
            value_set = None if len(wanted) == len(seg_keys) else pa.array(wanted, pa.string())
            parts.append(columnar.ResultTables(*(self._read(seg, name, value_set) for name in columnar.TABLES)))
        return columnar.concat(parts)

    def load(self, keys: set[str]) -> dict[str, DocumentResult]:
        """The cached results among keys, as {key: DocumentResult} (Python rows: for a few documents;
        a whole corpus reads faster through load_tables)."""
        return columnar.results_from_tables(self.load_tables(keys))

    def keys(self, keys: set[str]) -> set[str]:
        """Which of keys are cached (only the segments' key lists are read)."""
        found: set[str] = set()
        with self._locked(exclusive=False):
            for seg in self._segments():
                found.update(k for k in self._read(seg, "keys").column("key").to_pylist() if k in keys)
        return found

    def store(self, results: dict[str, DocumentResult]) -> Path | None:
        """Add one segment with these results; compact when segments pile up."""
        if not results:
            return None
        return self.store_tables(columnar.tables_from_results((k, results[k]) for k in sorted(results)))

    def store_tables(self, tables: columnar.ResultTables) -> Path | None:
        """Add one segment with these result tables; compact when segments pile up."""
        keys = tables.keys.column("key").to_pylist()
        if not keys:
            return None
        name = hashlib.sha256("".join(sorted(keys)).encode()).hexdigest()[:16]
        with self._locked(exclusive=True):
            segments = self._segments()
            path = self._write(f"segment-{len(segments):06d}-{name}", tables)
            segments = self._segments()
            if len(segments) > MAX_SEGMENTS:
                self._compact(segments)
        return path

    def _write(self, name: str, tables: columnar.ResultTables) -> Path:
        target = self.folder / name
        tmp = self.folder / f".{name}.{os.getpid()}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for table_name, table in zip(columnar.TABLES, tables):
            pq.write_table(table.cast(columnar.SCHEMAS[table_name]), tmp / f"{table_name}.parquet",
                           compression="zstd")
        if target.exists():   # the same documents stored again (another run): keep the first
            shutil.rmtree(tmp, ignore_errors=True)
            return target
        os.replace(tmp, target)
        return target

    def _compact(self, segments: list[Path]) -> None:
        tables = self._load_tables(set().union(*(self._read(s, "keys").column("key").to_pylist() for s in segments)))
        digest = hashlib.sha256("".join(sorted(tables.keys.column("key").to_pylist())).encode()).hexdigest()[:16]
        compacted = self._write(f"segment-000000-compacted-{digest}", tables)
        for seg in segments:
            if seg != compacted:
                shutil.rmtree(seg, ignore_errors=True)

    def _migrate(self) -> None:
        """JSON-lines segments (the format before this one) become one columnar segment; the lines'
        files are removed once it is written. First line wins per key, as the old reader had it."""
        old = sorted(self.folder.glob("segment-*.jsonl"))
        found: dict[str, DocumentResult] = {}
        for seg in old:
            with open(seg, encoding="utf-8") as fh:
                for line in fh:
                    key = line[9:73]
                    if key not in found:
                        found[key] = _decode(line)[1]
        if found:
            tables = columnar.tables_from_results((k, found[k]) for k in sorted(found))
            digest = hashlib.sha256("".join(sorted(found)).encode()).hexdigest()[:16]
            self._write(f"segment-000000-migrated-{digest}", tables)
        for seg in old:
            seg.unlink(missing_ok=True)
        self.migrated += len(found)


class BodyCache:
    """Where each document's body lies (find_body's result), by text, title and author, for one
    version of the body finder: the sha256 of the sources of pipeline/extract/body.py and the modules it draws its
    patterns and helpers from, so any change to them starts afresh. One JSON file under the cache folder, rewritten
    (atomically) when it grew."""

    def __init__(self, root: Path):
        import inspect

        from pipeline.extract import body, body_blocks, body_patterns, prose

        source = "".join(inspect.getsource(m) for m in (body, body_blocks, body_patterns, prose))
        self.version = hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
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
