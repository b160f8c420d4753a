"""Ingest: a documents folder (and its documents.csv) -> document records and rejects.

Every file is accounted for: it becomes a document, joins an identical document, or is
rejected with a reason naming it. Nothing here raises on bad input.
"""
import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import charset_normalizer

METADATA_FILE = "documents.csv"
METADATA_COLUMNS = ("source_file", "title", "outlet", "author", "published_date", "url", "language")
DOCUMENT_SUFFIXES = (".txt",)


@dataclass
class RawFile:
    name: str
    data: bytes


@dataclass
class IngestResult:
    documents: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def reject(table: str, key: str, reason: str, row: dict) -> dict:
    return {"table": table, "row_key": key, "reason": reason,
            "row_json": json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)}


def list_document_files(folder: Path) -> tuple[list[RawFile], list[dict]]:
    """The folder's document files (sorted by name) and rejects for those that cannot be read.
    Symlinks are never followed: a link could point anywhere."""
    files, rejects = [], []
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: documents folder not found")
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name == METADATA_FILE or path.name.startswith("."):
            continue
        if path.is_symlink():
            rejects.append(reject("documents", path.name, f"{path.name}: symbolic link, not followed", {"source_file": path.name}))
            continue
        if not path.is_file():
            continue
        if path.suffix.casefold() not in DOCUMENT_SUFFIXES:
            rejects.append(reject("documents", path.name, f"{path.name}: not a .txt document, skipped", {"source_file": path.name}))
            continue
        try:
            files.append(RawFile(path.name, path.read_bytes()))
        except OSError as exc:
            rejects.append(reject("documents", path.name, f"{path.name}: unreadable: {exc.strerror}", {"source_file": path.name}))
    return files, rejects


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding). BOMs first, then strict UTF-8, then detection; raises ValueError for
    binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        raise ValueError("binary content (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        enc = "cp1252" if best.encoding in ("latin_1", "iso8859_1") and _has_cp1252_quotes(data) else best.encoding
        return data.decode(enc), enc
    return data.decode("cp1252", errors="replace"), "cp1252"


def _has_cp1252_quotes(data: bytes) -> bool:
    return any(b in data for b in (b"\x91", b"\x92", b"\x93", b"\x94", b"\x96", b"\x97"))


def parse_date(value: str) -> date | None:
    """ISO dates (YYYY-MM-DD, also YYYY/MM/DD); anything else is not a date. Raises ValueError
    with the reason for impossible or ambiguous values."""
    value = value.strip()
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", value)
    if not m:
        raise ValueError(f"published_date {value!r} is not an ISO date (YYYY-MM-DD); left empty")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise ValueError(f"published_date {value!r} is impossible ({exc}); left empty") from exc


def read_metadata(folder: Path, present: set[str]) -> tuple[dict[str, dict], list[dict], list[str]]:
    """Rows of documents.csv keyed by source_file, with rejects for rows that cannot apply."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}, [], []
    rejects, warnings, rows = [], [], {}
    text, _ = decode(path.read_bytes())
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip() for c in reader.fieldnames or []]
    if "source_file" not in columns:
        rejects.append(reject("documents", METADATA_FILE, f"{METADATA_FILE}: no source_file column; metadata ignored", {"columns": columns}))
        return {}, rejects, warnings
    unknown = sorted(set(columns) - set(METADATA_COLUMNS))
    if unknown:
        warnings.append(f"{METADATA_FILE}: unknown columns ignored: {', '.join(unknown)}")
    for line_no, raw in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
        key = f"{METADATA_FILE}:{line_no}"
        name = row.get("source_file", "")
        if not name:
            rejects.append(reject("documents", key, f"{key}: empty source_file", row))
            continue
        if name not in present:
            rejects.append(reject("documents", key, f"{key}: no file named {name!r} in the documents folder", row))
            continue
        if name in rows:
            rejects.append(reject("documents", key, f"{key}: duplicate row for {name!r}; the first row is used", row))
            continue
        try:
            row["published_date"] = parse_date(row.get("published_date", ""))
        except ValueError as exc:
            rejects.append(reject("documents", key, f"{key}: {exc}", row))
            row["published_date"] = None
        rows[name] = row
    return rows, rejects, warnings


def ingest(folder: Path) -> IngestResult:
    """Read every document of folder; identical bytes under several names are one document."""
    folder = Path(folder)
    result = IngestResult()
    files, result.rejects = list_document_files(folder)
    meta, meta_rejects, result.warnings = read_metadata(folder, {f.name for f in files})
    result.rejects += meta_rejects
    by_hash: dict[str, dict] = {}
    for f in files:
        digest = hashlib.sha256(f.data).hexdigest()
        if digest in by_hash:
            by_hash[digest]["source_files"].append(f.name)
            continue
        try:
            text, encoding = decode(f.data)
        except (ValueError, UnicodeDecodeError) as exc:
            result.rejects.append(reject("documents", f.name, f"{f.name}: {exc}", {"source_file": f.name, "bytes": len(f.data), "sha256": digest}))
            continue
        if not text.strip():
            result.rejects.append(reject("documents", f.name, f"{f.name}: empty document (no text)", {"source_file": f.name, "bytes": len(f.data), "sha256": digest}))
            continue
        row = meta.get(f.name, {})
        by_hash[digest] = {
            "doc_id": f"doc-{digest[:16]}", "source_file": f.name, "source_files": [f.name],
            "title": row.get("title") or None, "outlet": row.get("outlet") or None, "author": row.get("author") or None,
            "published_date": row.get("published_date"), "url": row.get("url") or None,
            "language": row.get("language") or "und", "encoding": encoding, "sha256": digest,
            "n_chars": len(text), "text": text,
        }
    for doc in by_hash.values():
        doc["source_files"] = sorted(doc["source_files"])
        if len(doc["source_files"]) > 1:
            result.warnings.append(f"{', '.join(doc['source_files'])}: identical content, ingested once as {doc['doc_id']}")
    result.documents = sorted(by_hash.values(), key=lambda d: d["source_file"])
    return result


def iso(d: date | datetime | None) -> str | None:
    return d.isoformat() if d else None
