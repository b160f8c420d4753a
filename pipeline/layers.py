"""The pipeline's layers as pure functions over DataFrames: Load / Process / Save lives in the
assets; the work lives here, so the CLI, the assets and the tests share one code path."""
import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow
import pyarrow.compute as pc

from pipeline import curate
from pipeline.curation import Override, apply_overrides, narrow, report_frame
from pipeline.cache import BodyCache, ExtractionCache, document_key
from pipeline.extract.actors import DiscoveredActor
from pipeline.extract.body import find_body
from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.ingest import ingest
from pipeline.knowledge import Knowledge
from pipeline.memory import release_freed_memory
from pipeline.parallel import extract_documents
from pipeline.validation import validate_or_reject
from schemas import Actors, Claims, Documents, Events, Mentions, Rejects, Stances, Topics
from schemas.frames import arrow_schema, frame

# the claim columns curate_layer's records leave out (see there)
LEFT_OUT = ("curation", "extractor")
DISCOVERED_COLUMNS = ["actor_id", "name", "actor_type", "country", "role", "family_name", "aliases"]


@dataclass
class Ingested:
    documents: pd.DataFrame
    rejects: pd.DataFrame
    warnings: list[str]
    inputs: list[dict]


def ingest_layer(folder: Path, body_cache: BodyCache | None = None) -> Ingested:
    """Read the documents folder; find each document's body (from the cache when it knows it)."""
    result = ingest(Path(folder))
    for doc in result.documents:
        body = (body_cache.find(doc["text"], doc["title"], doc["author"]) if body_cache is not None
                else find_body(doc["text"], title=doc["title"], author=doc["author"]))
        doc.update(body_start=body.start, body_end=body.end, excluded_spans=[f"{s}:{e}" for s, e in body.excluded])
    if body_cache is not None:
        body_cache.save()
    documents, rejects = validate_or_reject(frame(Documents, result.documents), Documents, "documents")
    inputs = [{"source_file": name, "sha256": d["sha256"], "doc_id": d["doc_id"],
               "status": "ingested" if name == d["source_file"] else "duplicate"}
              for d in result.documents for name in d["source_files"]]
    inputs += [{"source_file": r["row_key"], "sha256": None, "doc_id": None, "status": "rejected", "reason": r["reason"]}
               for r in result.rejects if not r["row_key"].startswith("documents.csv")]
    all_rejects = pd.concat([frame(Rejects, result.rejects), rejects], ignore_index=True)
    return Ingested(documents, all_rejects, result.warnings, sorted(inputs, key=lambda i: i["source_file"]))


def _spans(values) -> tuple[tuple[int, int], ...]:
    return tuple(tuple(int(x) for x in v.split(":")) for v in values)


def document_inputs(documents: pd.DataFrame) -> list[DocumentInput]:
    return [DocumentInput(r.doc_id, r.text, r.title if pd.notna(r.title) else None,
                          r.author if pd.notna(r.author) else None,
                          r.published_date if pd.notna(r.published_date) else None,
                          int(r.body_start), int(r.body_end), _spans(r.excluded_spans))
            for r in documents.itertuples()]


@dataclass
class ExtractionRun:
    """What extract_layer did: how many documents came from the cache, and why not more."""

    extracted: int
    cached: int
    workers: int
    cache_note: str


def cache_note(cache: ExtractionCache, n_cached: int, n_docs: int) -> str:
    """What the cache did for a run, for the run log and the claims' metadata."""
    if n_cached or not cache.other_versions():
        return f"{n_cached} of {n_docs} documents from the cache"
    return (f"extractor or knowledge changed (cache holds {', '.join(cache.other_versions())}; now "
            f"{cache.version}): re-extracting all {n_docs} documents")


def extract_layer(documents: pd.DataFrame, knowledge: Knowledge,
                  extractor: ClaimExtractor | None = None, *, workers: int = 1,
                  cache: ExtractionCache | None = None,
                  run: ExtractionRun | None = None) -> tuple[list[dict], list[dict], list[DiscoveredActor]]:
    """Claims, mentions and discovered actors of every document (IDs not yet canonical).

    With a cache, only documents whose key is not cached are extracted (across `workers`
    processes) and their results added to the cache. `run`, when given, is filled in."""
    docs = document_inputs(documents)
    keys = [document_key(d) for d in docs] if cache is not None else []
    cached = cache.load(set(keys)) if cache is not None else {}
    todo = [d for i, d in enumerate(docs) if not keys or keys[i] not in cached]
    fresh = extract_documents(todo, knowledge, workers=workers, extractor=extractor)
    if cache is not None:
        by_key = dict(cached)
        new = {document_key(d): r for d, r in zip(todo, fresh)}
        cache.store(new)
        by_key.update(new)
        results = [by_key[k] for k in keys]
        note = cache_note(cache, len(cached), len(docs))
    else:
        results, note = fresh, "no cache"
    if run is not None:
        run.extracted, run.cached, run.workers, run.cache_note = len(todo), len(cached), max(1, min(workers, len(todo) or 1)), note
    return flatten_results(results)


def flatten_results(results) -> tuple[list[dict], list[dict], list[DiscoveredActor]]:
    """The documents' claims, mentions and discovered actors, one list each, in document order."""
    claims, mentions, discovered = [], [], []
    for out in results:
        claims += out.claims
        mentions += out.mentions
        discovered += out.discovered
    return claims, mentions, discovered


def discovered_frame(actors: list[DiscoveredActor]) -> pd.DataFrame:
    rows = [{"actor_id": a.actor_id, "name": a.name, "actor_type": a.actor_type, "country": a.country,
             "role": a.role, "family_name": a.family_name, "aliases": sorted(a.aliases)} for a in actors]
    return pd.DataFrame(rows, columns=DISCOVERED_COLUMNS)


def resolve_discovered(claims: list[dict], mentions: list[dict], discovered: list[DiscoveredActor],
                       knowledge: Knowledge) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Give discovered actors canonical IDs across documents; validate claims and mentions."""
    mapping = curate.canonical_discovered(discovered, {a.actor_id for a in knowledge.actors})
    id_map = {old: new.actor_id for old, new in mapping.items()}
    curate.remap_ids(claims, id_map)
    curate.remap_ids(mentions, id_map)
    claims_df, claim_rejects = validate_or_reject(frame(Claims, sorted(claims, key=lambda c: c["claim_id"])), Claims, "claims")
    mentions_df, mention_rejects = validate_or_reject(frame(Mentions, sorted(mentions, key=lambda m: m["mention_id"])), Mentions, "mentions")
    unique = {a.actor_id: a for a in mapping.values()}
    return claims_df, mentions_df, discovered_frame([unique[k] for k in sorted(unique)]), \
        pd.concat([claim_rejects, mention_rejects], ignore_index=True)


def _value(column: pd.Series, i: int):
    """Row i's value as _records gives it (None for a null)."""
    value = column.iat[i]
    return None if value is pd.NA or value is None else value


def _records(df: pd.DataFrame) -> list[dict]:
    """Rows as plain Python values (None, lists, dates), exactly as Arrow holds them."""
    return pyarrow.Table.from_pandas(df, preserve_index=False).to_pylist()


def _shared_records(df, drop: tuple = ()) -> list[dict]:
    """_records(df) less the `drop` columns, where a string column of few distinct values gives every
    row the same str object per value (kind, modality, predicate...: one object per value instead of
    one per row, ~150 MB less for 336k claims). Equal values, so the same records to any reader.
    (df: a frame or its Arrow table)"""
    table = df if isinstance(df, pyarrow.Table) else pyarrow.Table.from_pandas(df, preserve_index=False)
    names = [n for n in table.column_names if n not in drop]
    columns = []
    for name in names:
        col = table[name]
        if pyarrow.types.is_string(col.type) or pyarrow.types.is_large_string(col.type):
            encoded = col.combine_chunks().dictionary_encode()
            if len(encoded.dictionary) * 4 < len(encoded):
                values = encoded.dictionary.to_pylist()
                columns.append([None if i is None else values[i] for i in encoded.indices.to_pylist()])
                continue
        elif pyarrow.types.is_list(col.type) and pyarrow.types.is_string(col.type.value_type):
            columns.append(_shared_lists(col.combine_chunks()))
            continue
        columns.append(col.to_pylist())
    return [dict(zip(names, row)) for row in zip(*columns)]


def _shared_lists(array: pyarrow.ListArray) -> list:
    """array.to_pylist() for a list<string> column (subject_ids, object_ids) where equal strings are one
    str object (a claim's actor IDs: a few thousand distinct among ~2 per claim). A new list per row, as
    to_pylist gives it (the lists may be replaced, never shared)."""
    # (array.values: the whole child array, which array.offsets index, whatever the slice and the null slots)
    encoded = array.values.dictionary_encode()
    values = encoded.dictionary.to_pylist()
    items = [None if i is None else values[i] for i in encoded.indices.to_pylist()]
    offsets = array.offsets.to_pylist()
    return [items[start:end] if valid else None
            for valid, start, end in zip(array.is_valid().to_pylist(), offsets, offsets[1:])]


class _DocumentRecord(dict):
    """A document's record (as _records gives it) whose text is taken from the documents' Arrow column the
    first time it is asked for (record["text"]): curation reads the text of the few documents its overrides
    quote, and needs no Python copy of every document's text (~60 MB of str for 10,000 articles)."""

    __slots__ = ("_texts", "_i")

    def __missing__(self, key):
        if key != "text":
            raise KeyError(key)
        value = self["text"] = self._texts[self._i].as_py()
        return value


def _document_records(documents: pd.DataFrame) -> list[dict]:
    """_records(documents) less excluded_spans, the text read on demand (_DocumentRecord)."""
    table = pyarrow.Table.from_pandas(documents.drop(columns=["excluded_spans"], errors="ignore"), preserve_index=False)
    if "text" not in table.column_names:
        return table.to_pylist()
    texts = table["text"]
    out = []
    for i, row in enumerate(table.drop_columns(["text"]).to_pylist()):
        record = _DocumentRecord(row)
        record._texts, record._i = texts, i
        out.append(record)
    return out


@contextmanager
def paused_gc():
    """No cyclic garbage collection while a step builds and drops a million small records (dicts,
    sets, lists; none in cycles): each collection would walk all of them. Reference counting still
    frees everything; the collector's previous state is restored."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def curated_claims_frame(extracted: pd.DataFrame, rows: list[dict], position: dict[int, int], *,
                         consume: bool = False, unread: np.ndarray | None = None) -> pd.DataFrame:
    """frame(Claims, rows) for the curated claim records, where a record no override touched (no
    curation mark, and the very dict made from extracted row i: `position` maps id(record) -> i)
    is taken from the extracted Arrow columns rather than converted back from Python values. Every
    change an override makes to a claim marks it, so an unmarked record still holds row i's values.
    consume: the caller hands `rows` and `position` over; they are emptied once read, so that the records
    (hundreds of MB for 300k claims) are freed before the Arrow copies below are made. unread: positions of
    extracted rows curation left out of `rows` (curation/narrow.py: unmarked by construction), taken as they are,
    in the order sorted(records, key=claim_id) would give them (by claim_id, ties by position: extracted row i
    before curation's added claims)."""
    schema = pyarrow.schema([pyarrow.field(f.name, f.type) for f in arrow_schema(Claims, "claims")])
    n_extracted = len(extracted)
    take, touched, ids, seq = [], [], [], []
    extractors = extracted["extractor"] if "extractor" in extracted else None
    for k, r in enumerate(rows):
        i = position.get(id(r))
        if unread is not None:
            ids.append(r["claim_id"])
            seq.append(i if i is not None else n_extracted + k)
        if i is not None and r["curation"] is None:
            take.append(i)
        else:
            if i is not None and "extractor" not in r and extractors is not None:   # (left out of the record: LEFT_OUT)
                r["extractor"] = _value(extractors, i)
            take.append(n_extracted + len(touched))
            touched.append(r)
    if consume:
        rows.clear()
        position.clear()
        release_freed_memory()
    base = pyarrow.Table.from_pandas(extracted, preserve_index=False)
    base = pyarrow.table({f.name: pyarrow.nulls(base.num_rows, f.type) if f.name == "curation" else base[f.name].cast(f.type)
                          for f in schema}, schema=schema).combine_chunks()
    if unread is not None and len(unread):
        take = _sorted_take(base["claim_id"], take, ids, seq, unread)
    if not touched and take == list(range(base.num_rows)):   # nothing curated: the extracted rows as they are
        return base.to_pandas(types_mapper=pd.ArrowDtype)
    extra = pyarrow.Table.from_pandas(frame(Claims, touched), preserve_index=False).cast(schema)
    table = pyarrow.concat_tables([base, extra]).combine_chunks().take(pyarrow.array(take, pyarrow.int64()))
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _sorted_take(claim_ids: pyarrow.ChunkedArray, take: list[int], ids: list[str], seq: list[int],
                 unread: np.ndarray) -> list[int]:
    """The records' take positions (in `take`, their claim_ids `ids`, tie keys `seq`) and the unread rows'
    positions, in claim_id order, ties by position (what the stable sort of all records gives)."""
    unread_ids = claim_ids.take(pyarrow.array(unread, pyarrow.int64()))
    keys = pyarrow.table({"claim_id": pyarrow.concat_arrays([pyarrow.array(ids, claim_ids.type),
                                                             unread_ids.combine_chunks()]),
                          "seq": pyarrow.array(np.concatenate([np.asarray(seq, dtype=np.int64), unread.astype(np.int64)])),
                          "take": pyarrow.array(np.concatenate([np.asarray(take, dtype=np.int64), unread.astype(np.int64)]))})
    order = pc.sort_indices(keys, sort_keys=[("claim_id", "ascending"), ("seq", "ascending")])
    return keys["take"].take(order).to_pylist()


def curate_layer(claims: pd.DataFrame, mentions: pd.DataFrame, discovered: pd.DataFrame,
                 knowledge: Knowledge, documents: pd.DataFrame | None = None,
                 overrides: list[Override] = (), memo_dir: Path | None = None,
                 narrow_claims: bool = True) -> dict[str, pd.DataFrame]:
    """The curators' overrides applied to the extraction, then every curated table validated:
    claims, mentions, actors, events, stances, topics, their rejects and the curation report.
    memo_dir: where the event clustering is kept between runs (curation/event_memo.py; the same tables).
    narrow_claims False: every claim a record (the same tables; tests/test_curate_narrow.py compares)."""
    with paused_gc():
        # (the extracted curation column is replaced by the overrides' marks anyway; the extractor is read by no
        # override: 20 keys + the curation marks fit a dict's 32-slot table, a 22nd key doubles it: +368 bytes a
        # claim, 124 MB at 338k claims. A record an override touched gets its extractor back below.)
        # only the claims an override or the events and stances read become records (curation/narrow.py); the
        # others stay Arrow rows, counted for the actors table in Arrow and taken back as they are
        doc_rows = _document_records(documents) if documents is not None else []
        table = pyarrow.Table.from_pandas(claims, preserve_index=False)
        if narrow_claims:
            read = narrow.read_positions(table, overrides, doc_rows)
            unread = narrow.unread(table, read)
        else:
            read, unread = np.arange(table.num_rows), None
        claim_rows = _shared_records(table.take(pyarrow.array(read, pyarrow.int64())), drop=LEFT_OUT)
        del table   # the mentions stay an Arrow table (mention_table.py)
        position = {id(r): int(i) for r, i in zip(claim_rows, read)}
        extractors = claims["extractor"]

        def left_out(record: dict) -> dict:
            i = position.get(id(record))
            return {} if i is None or "extractor" in record else {"extractor": _value(extractors, i)}
        found = {r["actor_id"]: DiscoveredActor(r["actor_id"], r["name"], r["actor_type"], r["country"], r["role"],
                                                r["family_name"], set(r["aliases"])) for r in _records(discovered)}
        curated = apply_overrides(claim_rows, mentions, found, doc_rows, knowledge, list(overrides), owned=True,
                                  left_out=left_out, memo_dir=memo_dir, unread=unread)
        del claim_rows
        claims_df = curated_claims_frame(claims, curated.claims, position, consume=True,   # (curated.claims is emptied)
                                         unread=unread.positions if unread is not None else None)
    out, rejects = {}, [frame(Rejects, curated.rejects)]
    for name, model, rows in (("claims", Claims, claims_df), ("mentions", Mentions, curated.mentions),
                              ("actors", Actors, curated.actors), ("events", Events, curated.events),
                              ("stances", Stances, curated.stances), ("topics", Topics, curate.build_topics(knowledge))):
        out[name], rej = validate_or_reject(rows if isinstance(rows, pd.DataFrame) else frame(model, rows), model, name)
        rejects.append(rej)
    out["rejects"] = pd.concat(rejects, ignore_index=True)
    out["curation_report"] = report_frame(curated.report)
    return out
