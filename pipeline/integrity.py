"""The contract's cross-table rules as pure functions: each returns the failures it finds."""
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def _values(df: pd.DataFrame, col: str) -> list:
    """A column as plain Python values (None for nulls, lists for list cells), read through Arrow:
    iterating pyarrow-backed pandas columns row by row is ~50x slower."""
    if not len(df):
        return []
    try:
        return pa.array(df[col]).to_pylist()
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return [None if not isinstance(v, (list, tuple, np.ndarray)) and pd.isna(v) else v for v in df[col].tolist()]


def _arrow_ids(df: pd.DataFrame, col: str, many: bool) -> pa.Array:
    """The distinct non-null IDs of a column, its ID lists flattened (null elements kept)."""
    if not len(df):
        return pa.array([], pa.string())
    arr = pa.array(df[col])
    if many:
        if not pa.types.is_list(arr.type) and not pa.types.is_large_list(arr.type):
            arr = pa.array([list(v) for v in _values(df, col) if v is not None], pa.list_(pa.string()))
        arr = pc.list_flatten(arr)
    return pc.unique(pc.drop_null(arr) if not many else arr)


def foreign_keys(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Every ID and every element of every ID list resolves."""
    rules = [
        ("claims", "doc_id", "documents", "doc_id", False), ("claims", "claimant_id", "actors", "actor_id", False),
        ("claims", "subject_ids", "actors", "actor_id", True), ("claims", "object_ids", "actors", "actor_id", True),
        ("claims", "topic_id", "topics", "topic_id", False), ("mentions", "doc_id", "documents", "doc_id", False),
        ("mentions", "actor_id", "actors", "actor_id", False),
        ("events", "source_actor_ids", "actors", "actor_id", True), ("events", "target_actor_ids", "actors", "actor_id", True),
        ("events", "claim_ids", "claims", "claim_id", True), ("events", "doc_ids", "documents", "doc_id", True),
        ("stances", "actor_id", "actors", "actor_id", False), ("stances", "topic_id", "topics", "topic_id", False),
        ("stances", "claim_ids", "claims", "claim_id", True), ("stances", "doc_ids", "documents", "doc_id", True),
    ]
    out = []
    for table, col, target, key, many in rules:
        if table not in tables or target not in tables:
            continue
        known = set(_arrow_ids(tables[target], key, False).to_pylist())
        values = _arrow_ids(tables[table], col, many).to_pylist()
        missing = sorted(set(values) - known)
        if missing:
            out.append(f"{table}.{col}: {len(missing)} IDs not in {target}.{key}, e.g. {missing[:3]}")
    return out


def claim_slices(documents: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
    """Every claim's text equals its document slice, and lies inside the document body."""
    docs = dict(zip(_values(documents, "doc_id"),
                    zip(_values(documents, "text"), _values(documents, "body_start"), _values(documents, "body_end"))))
    out = []
    for claim_id, doc_id, start, end, claim_text in zip(*(_values(claims, c) for c in
                                                          ("claim_id", "doc_id", "char_start", "char_end", "text"))):
        text, b0, b1 = docs.get(doc_id, ("", 0, 0))
        if text[start:end] != claim_text:
            out.append(f"claim {claim_id}: text differs from documents.text[{start}:{end}]")
        elif not (b0 <= start and end <= b1):
            out.append(f"claim {claim_id}: offsets {start}..{end} outside the body {b0}..{b1}")
    return out


def mention_slices(documents: pd.DataFrame, mentions: pd.DataFrame) -> list[str]:
    docs = dict(zip(_values(documents, "doc_id"), _values(documents, "text")))
    return [f"mention {mention_id}: text differs from its document slice"
            for mention_id, doc_id, start, end, text in zip(*(_values(mentions, c) for c in
                                                              ("mention_id", "doc_id", "char_start", "char_end", "text")))
            if docs.get(doc_id, "")[start:end] != text]


def events_rest_on_asserted_claims(events: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
    """Every event has a claim, and all its claims are asserted event claims."""
    claim_ids = _values(claims, "claim_id")
    modality, kind = dict(zip(claim_ids, _values(claims, "modality"))), dict(zip(claim_ids, _values(claims, "kind")))
    out = []
    for event_id, ids in zip(_values(events, "event_id"), _values(events, "claim_ids")):
        ids = list(ids)
        if not ids:
            out.append(f"event {event_id}: no claims")
        bad = [c for c in ids if modality.get(c) != "asserted" or kind.get(c) != "event"]
        if bad:
            out.append(f"event {event_id}: rests on non-asserted or non-event claims {bad[:3]}")
    return out


def stances_have_claims(stances: pd.DataFrame) -> list[str]:
    return [f"stance {s}: no claims" for s, ids in zip(_values(stances, "stance_id"), _values(stances, "claim_ids"))
            if len(ids) == 0]


def document_counts(tables: dict[str, pd.DataFrame]) -> list[str]:
    out = []
    for name in ("events", "stances"):
        df = tables.get(name)
        if df is None:
            continue
        for key, n, ids in zip(_values(df, df.columns[0]), _values(df, "n_documents"), _values(df, "doc_ids")):
            if n != len(set(ids)):
                out.append(f"{name} {key}: n_documents {n} != {len(set(ids))} distinct doc_ids")
    return out


def check_all(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Every cross-table rule of the contract over one release's tables."""
    out = foreign_keys(tables)
    if "documents" in tables and "claims" in tables:
        out += claim_slices(tables["documents"], tables["claims"])
    if "documents" in tables and "mentions" in tables:
        out += mention_slices(tables["documents"], tables["mentions"])
    if "events" in tables and "claims" in tables:
        out += events_rest_on_asserted_claims(tables["events"], tables["claims"])
    if "stances" in tables:
        out += stances_have_claims(tables["stances"])
    return out + document_counts(tables)
