"""Per-document extraction results as Arrow tables (the extraction cache's format and the warm read
path), so a run over a built corpus concatenates tables instead of rebuilding Python dicts of every
claim and mention.

`ResultTables` holds the raw extraction of some documents: `keys` (one row per document, so a
document without any claim is still known), `claims`, `mentions` and `discovered`, each with the
document's cache `key` as its first column and the rows of one document in extraction order.
`resolve_tables` is `layers.resolve_discovered` on these tables: the same frames, rejects and
discovered actors (tests/test_columnar.py compares the two on generated results).
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.extract.actors import DiscoveredActor
from schemas import Claims, Mentions
from schemas.frames import arrow_schema, frame

KEY = pa.field("key", pa.string(), nullable=False)
# the raw extraction's columns: the tables' own types (dates as date32, ID lists as list<string>);
# `curation` is added by curate, never by the extractor
# (all nullable: the cache holds what the extractor gave; validation judges it after resolution)
CLAIM_SCHEMA = pa.schema([KEY, *(f.remove_metadata().with_nullable(True) for f in arrow_schema(Claims, "claims")
                                 if f.name != "curation")])
MENTION_SCHEMA = pa.schema([KEY, *(f.remove_metadata().with_nullable(True) for f in arrow_schema(Mentions, "mentions"))])
DISCOVERED_SCHEMA = pa.schema([KEY, pa.field("actor_id", pa.string()), pa.field("name", pa.string()),
                               pa.field("actor_type", pa.string()), pa.field("country", pa.string()),
                               pa.field("role", pa.string()), pa.field("family_name", pa.string()),
                               pa.field("aliases", pa.list_(pa.string()))])
KEYS_SCHEMA = pa.schema([KEY])
TABLES = ("keys", "claims", "mentions", "discovered")
SCHEMAS = {"keys": KEYS_SCHEMA, "claims": CLAIM_SCHEMA, "mentions": MENTION_SCHEMA, "discovered": DISCOVERED_SCHEMA}


@dataclass
class ResultTables:
    keys: pa.Table
    claims: pa.Table
    mentions: pa.Table
    discovered: pa.Table

    def __iter__(self):
        return iter((self.keys, self.claims, self.mentions, self.discovered))

    @property
    def n_documents(self) -> int:
        return self.keys.num_rows


def release_arrow_memory() -> None:
    """Hand the memory of freed Arrow buffers back to the system: Arrow's allocator keeps it for its own
    reuse, where the Python objects of the steps that follow (curation's records) cannot use it."""
    pa.default_memory_pool().release_unused()


def empty_tables() -> ResultTables:
    return ResultTables(*(SCHEMAS[name].empty_table() for name in TABLES))


def _table(schema: pa.Schema, keys: list[str], rows: list[dict]) -> pa.Table:
    """Rows typed as the table's model types them (the same conversion as schemas.frames.frame)."""
    columns = {"key": pa.array(keys, pa.string())}
    for f in schema:
        if f.name == "key":
            continue
        values = pd.Series([r.get(f.name) for r in rows], dtype=pd.ArrowDtype(f.type))
        columns[f.name] = values.array.__arrow_array__()
    return pa.table(columns, schema=schema)


def tables_from_results(results) -> ResultTables:
    """(key, DocumentResult) pairs, in order, as tables."""
    keys, claim_keys, claims, mention_keys, mentions, disc_keys, discovered = [], [], [], [], [], [], []
    for key, out in results:
        keys.append(key)
        claims += out.claims
        claim_keys += [key] * len(out.claims)
        mentions += out.mentions
        mention_keys += [key] * len(out.mentions)
        discovered += [{"actor_id": a.actor_id, "name": a.name, "actor_type": a.actor_type, "country": a.country,
                        "role": a.role, "family_name": a.family_name, "aliases": sorted(a.aliases)}
                       for a in out.discovered]
        disc_keys += [key] * len(out.discovered)
    return ResultTables(pa.table({"key": pa.array(keys, pa.string())}, schema=KEYS_SCHEMA),
                        _table(CLAIM_SCHEMA, claim_keys, claims), _table(MENTION_SCHEMA, mention_keys, mentions),
                        _table(DISCOVERED_SCHEMA, disc_keys, discovered))


def results_from_tables(tables: ResultTables) -> dict:
    """{key: DocumentResult} of tables (the cache's dict API; Python rows, so for a few documents)."""
    from pipeline.cache import DocumentResult

    out = {k: DocumentResult([], [], []) for k in tables.keys.column("key").to_pylist()}
    for name in ("claims", "mentions"):
        table = getattr(tables, name)
        for key, row in zip(table.column("key").to_pylist(), table.drop_columns(["key"]).to_pylist()):
            getattr(out[key], name).append(row)
    for key, actor in zip(tables.discovered.column("key").to_pylist(), discovered_actors(tables.discovered)):
        out[key].discovered.append(actor)
    return out


def flatten_tables(tables: ResultTables) -> tuple[list[dict], list[dict], list[DiscoveredActor]]:
    """The tables' claims, mentions and discovered actors as layers.flatten_results gives them."""
    return (tables.claims.drop_columns(["key"]).to_pylist(), tables.mentions.drop_columns(["key"]).to_pylist(),
            discovered_actors(tables.discovered))


def discovered_actors(table: pa.Table) -> list[DiscoveredActor]:
    return [DiscoveredActor(d["actor_id"], d["name"], d["actor_type"], d["country"], d["role"], d["family_name"],
                            set(d["aliases"])) for d in table.drop_columns(["key"]).to_pylist()]


def concat(parts: list[ResultTables]) -> ResultTables:
    if not parts:
        return empty_tables()
    return ResultTables(*(pa.concat_tables([getattr(p, name) for p in parts]) for name in TABLES))


def select(tables: ResultTables, keys) -> ResultTables:
    """Only the rows of these keys."""
    wanted = pa.array(sorted(keys), pa.string())
    return ResultTables(*(t.filter(pc.is_in(t.column("key"), value_set=wanted)) for t in tables))


def in_key_order(tables: ResultTables, keys: list[str]) -> ResultTables:
    """The rows of `keys`, document after document in that order (a key listed twice comes twice,
    as flattening a list of results would give it), each document's rows in their stored order.
    Every key must occur once in tables.keys."""
    stored = tables.keys.column("key").to_pylist()
    if len(set(stored)) != len(stored):
        raise ValueError("a document is stored twice in these tables")
    rank = {k: i for i, k in enumerate(stored)}
    missing = [k for k in keys if k not in rank]
    if missing:
        raise KeyError(f"{len(missing)} document(s) not in these tables, e.g. {missing[0][:12]}")
    order = np.array([rank[k] for k in keys], dtype=np.int64)
    stored_keys = pa.array(stored, pa.string())
    out = [tables.keys.take(pa.array(order))]
    for t in (tables.claims, tables.mentions, tables.discovered):
        doc = pc.index_in(t.column("key"), value_set=stored_keys).to_numpy()
        by_doc = np.argsort(doc, kind="stable")                   # rows grouped by document, stored order kept
        counts = np.bincount(doc, minlength=len(stored))
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        n = counts[order]
        # for each requested document its rows: starts[d] .. starts[d] + counts[d]
        within = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
        out.append(t.take(pa.array(by_doc[np.repeat(starts[order], n) + within])))
    return ResultTables(*out)


# ---------------------------------------------------------------- resolve (layers.resolve_discovered on tables)
def _remap_scalar(column: pa.ChunkedArray, old: pa.Array, new: pa.Array) -> pa.Array:
    idx = pc.index_in(column, value_set=old)
    return pc.if_else(pc.is_null(idx), column, pc.take(new, idx))


def _remap_list(column: pa.ChunkedArray, old: pa.Array, new: pa.Array) -> pa.Array:
    """Every ID through the mapping, then each list without repeats (first occurrence kept), as
    `curate.remap_ids` does row by row."""
    arr = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    flat = pc.list_flatten(arr)
    parents = pc.list_parent_indices(arr).to_numpy().astype(np.int64)
    mapped = _remap_scalar(flat, old, new) if len(old) else flat
    codes = pc.fill_null(pc.dictionary_encode(mapped).indices, -1).to_numpy().astype(np.int64)
    keep = ~pd.DataFrame({"p": parents, "v": codes}).duplicated().to_numpy()
    counts = np.bincount(parents[keep], minlength=len(arr))
    offsets = pa.array(np.concatenate([[0], np.cumsum(counts)]).astype(np.int32))
    return pa.ListArray.from_arrays(offsets, mapped.filter(pa.array(keep)), type=arr.type,
                                    mask=arr.is_null() if arr.null_count else None)


def _sorted_frame(table: pa.Table, by: str, model) -> pd.DataFrame:
    """The rows sorted by `by` (stable, like Python's sorted) as a frame typed as the model says."""
    table = table.take(pc.sort_indices(table, sort_keys=[(by, "ascending")]))
    dtypes = {name: col.dtype.type for name, col in model.to_schema().columns.items()}
    data = {}
    for name, dtype in dtypes.items():
        column = table.column(name) if name in table.column_names else pa.nulls(table.num_rows, dtype.pyarrow_dtype)
        column = column.cast(dtype.pyarrow_dtype)
        if isinstance(column, pa.ChunkedArray):
            column = column.combine_chunks()
        data[name] = pd.Series(pd.arrays.ArrowExtensionArray(pa.chunked_array([column])), copy=False)
    return pd.DataFrame(data) if data else frame(model, [])


def resolve_tables(tables: ResultTables, knowledge):
    """layers.resolve_discovered on result tables (document order): discovered actors get canonical IDs
    across documents; claims and mentions validated. Returns (claims, mentions, discovered, rejects)."""
    from pipeline import curate
    from pipeline.layers import discovered_frame
    from pipeline.validation import validate_or_reject

    mapping = curate.canonical_discovered(discovered_actors(tables.discovered), {a.actor_id for a in knowledge.actors})
    old = pa.array(list(mapping), pa.string())
    new = pa.array([a.actor_id for a in mapping.values()], pa.string())
    claims, mentions = tables.claims, tables.mentions
    if len(old):
        claims = claims.set_column(claims.schema.get_field_index("claimant_id"), "claimant_id",
                                   _remap_scalar(claims.column("claimant_id"), old, new))
        mentions = mentions.set_column(mentions.schema.get_field_index("actor_id"), "actor_id",
                                       _remap_scalar(mentions.column("actor_id"), old, new))
    for name in ("subject_ids", "object_ids"):   # every list loses its repeats, mapped or not
        claims = claims.set_column(claims.schema.get_field_index(name), name, _remap_list(claims.column(name), old, new))
    claims_df, claim_rejects = validate_or_reject(_sorted_frame(claims, "claim_id", Claims), Claims, "claims")
    mentions_df, mention_rejects = validate_or_reject(_sorted_frame(mentions, "mention_id", Mentions), Mentions, "mentions")
    unique = {a.actor_id: a for a in mapping.values()}
    return claims_df, mentions_df, discovered_frame([unique[k] for k in sorted(unique)]), \
        pd.concat([claim_rejects, mention_rejects], ignore_index=True)
