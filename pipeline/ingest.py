"""Ingest: a documents folder (and its documents.csv) -> document records and rejects.

Every file is accounted for: it becomes a document, joins an identical document, or is
rejected with a reason naming it. Nothing here raises on bad input.
"""
import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import charset_normalizer
from charset_normalizer.md import mess_ratio

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


def display_name(name: str) -> str:
    """A file name as text that can be stored anywhere: bytes that are not UTF-8 (os.listdir
    hands them over as lone surrogates, which Parquet and JSON writers refuse) become \\xNN."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def name_key(name: str) -> str:
    """Names compare in Unicode NFC, so a name typed in documents.csv matches the file whatever
    normalisation the file system used (macOS writes NFD)."""
    return unicodedata.normalize("NFC", name)


def list_document_files(folder: Path) -> tuple[list[RawFile], list[dict]]:
    """The folder's document files (sorted by name) and rejects for every other entry, so that
    nothing in the folder is passed over in silence. Symlinks are never followed: a link could
    point anywhere."""
    files, rejects = [], []
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: documents folder not found")
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        name = display_name(path.name)

        def skip(why: str) -> None:
            rejects.append(reject("documents", name, f"{name}: {why}", {"source_file": name}))

        if path.name == METADATA_FILE:
            continue
        if path.is_symlink():
            skip("symbolic link, not followed")
        elif path.name.startswith("."):
            skip("hidden file, skipped")
        elif path.is_dir():
            skip("a folder, skipped (documents are not searched recursively)")
        elif not path.is_file():
            skip("not a regular file, skipped")
        elif path.suffix.casefold() not in DOCUMENT_SUFFIXES:
            skip("not a .txt document, skipped")
        else:
            try:
                files.append(RawFile(name, path.read_bytes()))
            except OSError as exc:
                skip(f"unreadable: {exc.strerror}")
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
        text = str(best)
        if len(text) == len(data):  # a single-byte code page: prefer Windows-1252 when it reads as well
            western = _cp1252_or_none(data)
            if western is not None and mess_ratio(western, 1.0) <= mess_ratio(text, 1.0):
                return western, "cp1252"
        return text, best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def _cp1252_or_none(data: bytes) -> str | None:
    """Windows-1252 (the superset of Latin-1 that Western documents use). Detection alone cannot
    tell it from its sister code pages on short text and picks e.g. cp1250, turning à into ŕ."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


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
    try:
        text, _ = decode(path.read_bytes())
        reader = csv.DictReader(io.StringIO(text))
        columns = [c.strip().casefold() for c in reader.fieldnames or []]
        raw_rows = list(reader)
    except (OSError, ValueError, UnicodeDecodeError, csv.Error) as exc:
        rejects.append(reject("documents", METADATA_FILE, f"{METADATA_FILE}: unreadable ({exc}); metadata ignored", {}))
        return {}, rejects, warnings
    if "source_file" not in columns:
        rejects.append(reject("documents", METADATA_FILE, f"{METADATA_FILE}: no source_file column; metadata ignored", {"columns": columns}))
        return {}, rejects, warnings
    unknown = sorted(set(columns) - set(METADATA_COLUMNS))
    if unknown:
        warnings.append(f"{METADATA_FILE}: unknown columns ignored: {', '.join(unknown)}")
    present = {name_key(n) for n in present}
    for line_no, raw in enumerate(raw_rows, start=2):
        row = {k.strip().casefold(): (v or "").strip() for k, v in raw.items() if k}
        key = f"{METADATA_FILE}:{line_no}"
        name = name_key(row.get("source_file", ""))
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


def _drained(files: list[RawFile]):
    """Each file in order, let go of by the list as it is handed out: a file's raw bytes are freed once its
    text is decoded (and the next file taken), instead of every file's bytes living until ingest() returns."""
    for i in range(len(files)):
        f, files[i] = files[i], None
        yield f


def ingest(folder: Path) -> IngestResult:
    """Read every document of folder; identical bytes under several names are one document."""
    folder = Path(folder)
    result = IngestResult()
    files, result.rejects = list_document_files(folder)
    meta, meta_rejects, result.warnings = read_metadata(folder, {f.name for f in files})
    result.rejects += meta_rejects
    by_hash: dict[str, dict] = {}
    for f in _drained(files):
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
        row = meta.get(name_key(f.name), {})
        if not row and (folder / METADATA_FILE).exists():
            result.warnings.append(f"{f.name}: no row in {METADATA_FILE}; ingested without metadata")
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
