"""The contract's cross-table rules as pure functions: each returns the failures it finds."""
import pandas as pd


def _ids(df: pd.DataFrame, col: str) -> set:
    return set(df[col].dropna().tolist()) if len(df) else set()


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
        known = _ids(tables[target], key)
        values = tables[table][col].dropna().tolist()
        flat = [v for lst in values for v in lst] if many else values
        missing = sorted(set(flat) - known)
        if missing:
            out.append(f"{table}.{col}: {len(missing)} IDs not in {target}.{key}, e.g. {missing[:3]}")
    return out


def claim_slices(documents: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
    """Every claim's text equals its document slice, and lies inside the document body."""
    docs = {r.doc_id: (r.text, r.body_start, r.body_end) for r in documents.itertuples()}
    out = []
    for r in claims.itertuples():
        text, b0, b1 = docs.get(r.doc_id, ("", 0, 0))
        if text[r.char_start:r.char_end] != r.text:
            out.append(f"claim {r.claim_id}: text differs from documents.text[{r.char_start}:{r.char_end}]")
        elif not (b0 <= r.char_start and r.char_end <= b1):
            out.append(f"claim {r.claim_id}: offsets {r.char_start}..{r.char_end} outside the body {b0}..{b1}")
    return out


def mention_slices(documents: pd.DataFrame, mentions: pd.DataFrame) -> list[str]:
    docs = dict(zip(documents["doc_id"], documents["text"]))
    return [f"mention {r.mention_id}: text differs from its document slice" for r in mentions.itertuples()
            if docs.get(r.doc_id, "")[r.char_start:r.char_end] != r.text]


def events_rest_on_asserted_claims(events: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
    """Every event has a claim, and all its claims are asserted event claims."""
    modality = dict(zip(claims["claim_id"], claims["modality"]))
    kind = dict(zip(claims["claim_id"], claims["kind"]))
    out = []
    for r in events.itertuples():
        ids = list(r.claim_ids)
        if not ids:
            out.append(f"event {r.event_id}: no claims")
        bad = [c for c in ids if modality.get(c) != "asserted" or kind.get(c) != "event"]
        if bad:
            out.append(f"event {r.event_id}: rests on non-asserted or non-event claims {bad[:3]}")
    return out


def stances_have_claims(stances: pd.DataFrame) -> list[str]:
    return [f"stance {r.stance_id}: no claims" for r in stances.itertuples() if len(r.claim_ids) == 0]


def document_counts(tables: dict[str, pd.DataFrame]) -> list[str]:
    out = []
    for name in ("events", "stances"):
        df = tables.get(name)
        if df is None:
            continue
        for r in df.itertuples():
            if r.n_documents != len(set(r.doc_ids)):
                out.append(f"{name} {r[1]}: n_documents {r.n_documents} != {len(set(r.doc_ids))} distinct doc_ids")
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
