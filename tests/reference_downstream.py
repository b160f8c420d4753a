"""The implementations the performance work replaced, kept verbatim to prove the new ones give
the same results (tests/test_downstream_equivalence.py). Not used by the pipeline."""
import difflib
import functools
from collections import Counter, defaultdict

import pandas as pd

from pipeline import curate
from pipeline import diff as release_diff
from pipeline.curation import review
from pipeline.extract.actors import fold


# ---------------------------------------------------------------- event clustering: every pair of a block (extractor 1.2.0's loop)
def cluster_event_claims(claims: list[dict]) -> list[list[dict]]:
    """Groups of claims that report the same event (union-find over compatible pairs, blocked by
    type and actor so cost stays near-linear). Claims are taken in claim_id order, so the groups do
    not depend on the order they come in."""
    claims = sorted(claims, key=lambda c: c["claim_id"])
    parent = list(range(len(claims)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the dates every group is known to lie in: an undated claim never chains two events of different dates
    span: list[tuple | None] = [(c["date_start"], c["date_end"]) if c["date_start"] is not None else None for c in claims]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for a in set(c["subject_ids"]) | (set(c["object_ids"]) if c["predicate"] in curate.SYMMETRIC else set()):
            blocks[(c["predicate"], a)].append(i)
    for members in blocks.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                ri, rj = find(i), find(j)
                if ri != rj and curate._ranges_meet(span[ri], span[rj]) and curate._same_event(claims[i], claims[j]):
                    parent[ri] = rj
                    if span[ri] is not None:
                        span[rj] = span[ri] if span[rj] is None else (max(span[ri][0], span[rj][0]), min(span[ri][1], span[rj][1]))
    groups: dict[int, list[dict]] = defaultdict(list)
    for i, c in enumerate(claims):
        groups[find(i)].append(c)
    return [sorted(g, key=lambda c: c["claim_id"]) for g in groups.values()]


# ---------------------------------------------------------------- integrity: row by row over pandas
def _ids(df: pd.DataFrame, col: str) -> set:
    return set(df[col].dropna().tolist()) if len(df) else set()


def foreign_keys(tables: dict[str, pd.DataFrame]) -> list[str]:
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


# ---------------------------------------------------------------- review queue: every pair through difflib
class Queue(review._Queue):
    def __init__(self, tables, today):
        self.t, self.today = tables, today
        self.source = dict(zip(tables["documents"]["doc_id"], tables["documents"]["source_file"]))
        self.claims = {r["claim_id"]: r for r in tables["claims"].to_dict("records")}

    # the record loops review._Queue had before it looked claims up in Arrow
    def low_confidence_claims(self):
        used = {c for t in ("events", "stances") for ids in self.t[t]["claim_ids"] for c in ids}
        for c in sorted(self.claims.values(), key=lambda c: c["claim_id"]):
            if c["claim_id"] not in used or c["confidence"] >= review.LOW_CONFIDENCE:
                continue
            yield review._Later(0.4 + (review.LOW_CONFIDENCE - c["confidence"]), "claims", c["claim_id"],
                                functools.partial(self._low_confidence_item, c))

    def single_source_events(self):
        for e in self.t["events"][["event_id", "event_type", "claim_ids", "confidence"]].to_dict("records"):
            if len(e["claim_ids"]) != 1 or e["claim_ids"][0] not in self.claims:
                continue
            c = self.claims[e["claim_ids"][0]]
            yield review.ReviewItem(0.3 * (1 - e["confidence"]) + 0.05, "events", e["event_id"],
                                    f"event {e['event_id']} ({e['event_type']}, confidence {e['confidence']:.2f}) rests "
                                    f"on one claim in one document", self.evidence(c),
                                    review.fix_line("events", e["event_id"], "remove", self.today, "no such event happened",
                                                    document=self.source[c["doc_id"]], quote=review._quote(c["text"]),
                                                    event_type=e["event_type"]))

    def resembling_actors(self):
        actors = self.t["actors"].to_dict("records")
        registry = [(a, fold(name)) for a in actors if a["origin"] == "registry" for name in [a["name"], *a["aliases"]]]
        for d in (a for a in actors if a["origin"] == "discovered"):
            best, best_ratio = None, 0.0
            for name in [d["name"], *d["aliases"]]:
                key = fold(name)
                for r, rkey in registry:
                    ratio = difflib.SequenceMatcher(None, key, rkey).ratio()
                    if min(len(key), len(rkey)) >= 4 and (key in rkey or rkey in key):
                        ratio = max(ratio, 0.9)
                    if ratio > best_ratio or (ratio == best_ratio and best and r["actor_id"] < best["actor_id"]):
                        best, best_ratio = r, ratio
            if best is not None and best_ratio >= review.RESEMBLANCE:
                yield review.ReviewItem(
                    0.5 + best_ratio / 2, "actors", d["actor_id"],
                    f"discovered actor {d['name']!r} ({d['actor_id']}) resembles registry actor "
                    f"{best['name']!r} ({best['actor_id']}), similarity {best_ratio:.2f}",
                    f"{d['actor_id']} seen as {', '.join(d['aliases']) or d['name']} in {d['n_documents']} document(s)",
                    review.fix_line("actors", d["actor_id"], "merge", self.today, f"{d['name']} is {best['name']}",
                                    actor_id=best["actor_id"], merge=[d["actor_id"]]))


def review_queue(tables, *, limit, today) -> list:
    q = Queue(tables, today)
    items = [*q.conflicting_stances(), *q.resembling_actors(), *q.low_confidence_claims(), *q.single_source_events()]
    done = review.reviewed_rows(tables)   # the same filter: this reference is about the all-pairs resemblance
    items = [i.build() if hasattr(i, "build") else i for i in items if i.row_id not in done]   # every item written, then sorted
    items.sort(key=lambda i: (-round(i.score, 6), i.kind, i.row_id))
    return items[:limit] if limit else items


# ---------------------------------------------------------------- release diff: column values looked up row by row
def diff_table(before: pd.DataFrame | None, after: pd.DataFrame | None, key: str | None) -> dict:
    out = {"key": key, "rows_before": 0 if before is None else len(before), "rows_after": 0 if after is None else len(after),
           "added": 0, "removed": 0, "changed": 0, "changed_columns": {}, "examples": {}}
    if before is None or after is None:
        out["status"] = "table added" if before is None else "table removed"
        out["added"], out["removed"] = out["rows_after"], out["rows_before"]
        return out
    if not key or key not in before or key not in after or before[key].duplicated().any() or after[key].duplicated().any():
        old, new = Counter(release_diff._row_texts(before)), Counter(release_diff._row_texts(after))
        out["added"], out["removed"] = sum((new - old).values()), sum((old - new).values())
        out["key"] = None
        return out
    old_ids, new_ids = release_diff._values(before, key), release_diff._values(after, key)
    added = sorted(set(new_ids) - set(old_ids))
    removed = sorted(set(old_ids) - set(new_ids))
    common = sorted(set(old_ids) & set(new_ids))
    old_pos = {k: i for i, k in enumerate(old_ids)}
    new_pos = {k: i for i, k in enumerate(new_ids)}
    changed: set = set()
    per_column: dict[str, int] = {}
    for col in [c for c in before.columns if c in after.columns and c != key]:
        a, b = release_diff._values(before, col), release_diff._values(after, col)
        diff = [k for k in common if a[old_pos[k]] != b[new_pos[k]]]
        if diff:
            per_column[col] = len(diff)
            changed.update(diff)
    out.update(added=len(added), removed=len(removed), changed=len(changed), changed_columns=per_column,
               examples={"added": added[:release_diff.EXAMPLES], "removed": removed[:release_diff.EXAMPLES], "changed": sorted(changed)[:release_diff.EXAMPLES]})
    return out
