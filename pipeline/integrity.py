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
        # (the values not among the known IDs, found in Arrow: only those become Python objects)
        known = _arrow_ids(tables[target], key, False)
        values = _arrow_ids(tables[table], col, many)
        if values.type != known.type:
            known = known.cast(values.type)
        missing = sorted(set(values.filter(pc.invert(pc.is_in(values, value_set=known))).to_pylist()))
        if missing:
            out.append(f"{table}.{col}: {len(missing)} IDs not in {target}.{key}, e.g. {missing[:3]}")
    return out


def _doc_positions(documents: pd.DataFrame, rows: pd.DataFrame) -> list[int] | None:
    """Each row's document as its position in `documents` (the dicts below keep a doc_id's last row: so does
    this), len(documents) for an unknown doc_id; None when Arrow cannot say (other types, nulls)."""
    try:
        doc_ids = pa.array(documents["doc_id"]) if len(documents) else pa.array([], pa.string())
        ids = pa.array(rows["doc_id"])
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if doc_ids.null_count or ids.null_count or pc.count_distinct(doc_ids).as_py() != len(doc_ids):
        return None
    if ids.type != doc_ids.type:
        try:
            ids = ids.cast(doc_ids.type)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
    return pc.fill_null(pc.index_in(ids, value_set=doc_ids), len(documents)).to_pylist()


def claim_slices(documents: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
    """Every claim's text equals its document slice, and lies inside the document body. (Documents found by
    position, not by a dict of doc_id strings; a claim's ID is read only for a failing claim.)"""
    positions = _doc_positions(documents, claims) if len(claims) else []
    if positions is None:
        return _claim_slices_by_id(documents, claims)
    docs = [*zip(_values(documents, "text"), _values(documents, "body_start"), _values(documents, "body_end")),
            ("", 0, 0)]
    failing = []
    for i, (p, start, end, claim_text) in enumerate(zip(positions, *(_values(claims, c) for c in
                                                                    ("char_start", "char_end", "text")))):
        text, b0, b1 = docs[p]
        if text[start:end] != claim_text:
            failing.append((i, f"text differs from documents.text[{start}:{end}]"))
        elif not (b0 <= start and end <= b1):
            failing.append((i, f"offsets {start}..{end} outside the body {b0}..{b1}"))
    if not failing:
        return []
    ids = _values(claims.iloc[[i for i, _ in failing]], "claim_id")
    return [f"claim {claim_id}: {what}" for claim_id, (_, what) in zip(ids, failing)]


def _claim_slices_by_id(documents: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
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
    """Every mention's text equals its document slice (documents by position; IDs read for failures only)."""
    positions = _doc_positions(documents, mentions) if len(mentions) else []
    if positions is None:
        docs = dict(zip(_values(documents, "doc_id"), _values(documents, "text")))
        return [f"mention {mention_id}: text differs from its document slice"
                for mention_id, doc_id, start, end, text in zip(*(_values(mentions, c) for c in
                                                                  ("mention_id", "doc_id", "char_start", "char_end", "text")))
                if docs.get(doc_id, "")[start:end] != text]
    texts = [*_values(documents, "text"), ""]
    failing = [i for i, (p, start, end, text) in enumerate(zip(positions, *(_values(mentions, c) for c in
                                                                            ("char_start", "char_end", "text"))))
               if texts[p][start:end] != text]
    if not failing:
        return []
    return [f"mention {mention_id}: text differs from its document slice"
            for mention_id in _values(mentions.iloc[failing], "mention_id")]


def events_rest_on_asserted_claims(events: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
    """Every event has a claim, and all its claims are asserted event claims. The events whose claims all are
    (the usual case) are recognised in Arrow; the others get the row-by-row messages (_events_rest_rows)."""
    flagged = _events_to_look_at(events, claims)
    if flagged is None:
        return _events_rest_rows(events, claims)
    if not len(flagged):
        return []
    rows = events.iloc[flagged]
    wanted = {c for ids in _values(rows, "claim_ids") for c in ids}
    keep = np.asarray(pc.is_in(pa.array(claims["claim_id"]), value_set=pa.array(sorted(wanted), pa.string()))
                      .to_numpy(zero_copy_only=False), dtype=bool) if wanted else np.zeros(len(claims), bool)
    return _events_rest_rows(rows, claims[keep])


def _events_to_look_at(events: pd.DataFrame, claims: pd.DataFrame):
    """Positions of the events with no claim or with a claim that is not a known asserted event claim (None when
    Arrow cannot tell: other column types, duplicate claim IDs, whose last row the dicts below would keep)."""
    if not len(events):
        return np.zeros(0, np.int64)
    try:
        ids = pa.array(events["claim_ids"])
        claim_ids = pa.array(claims["claim_id"]) if len(claims) else pa.array([], pa.string())
        modality = pa.array(claims["modality"]) if len(claims) else pa.array([], pa.string())
        kind = pa.array(claims["kind"]) if len(claims) else pa.array([], pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if not (pa.types.is_list(ids.type) or pa.types.is_large_list(ids.type)) or ids.null_count \
            or pc.count_distinct(claim_ids, mode="all").as_py() != len(claim_ids):
        return None
    flat = pc.list_flatten(ids)
    if flat.type != claim_ids.type:
        claim_ids = claim_ids.cast(flat.type)
    at = pc.index_in(flat, value_set=claim_ids)
    good = pc.fill_null(pc.and_(pc.equal(pc.take(modality, at), "asserted"), pc.equal(pc.take(kind, at), "event")),
                        False)
    bad_event = np.zeros(len(ids), bool)
    parents = np.asarray(pc.list_parent_indices(ids).to_numpy(zero_copy_only=False), dtype=np.int64)
    bad_event[parents[~np.asarray(good.to_numpy(zero_copy_only=False), dtype=bool)]] = True
    empty = np.asarray(pc.equal(pc.list_value_length(ids), 0).to_numpy(zero_copy_only=False), dtype=bool)
    return np.flatnonzero(bad_event | empty)


def _events_rest_rows(events: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
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
