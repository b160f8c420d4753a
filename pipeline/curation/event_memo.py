"""The event clustering kept between runs, one connected part of it at a time (cache folder, JSON).

`cluster_event_claims` blocks claims by (type, actor) and merges only inside a block, so claims that share no
block, directly or through other claims, never meet: the clustering of all candidates is the clustering of each
such part on its own (the same blocks with the same members in the same order, and no state shared between
parts). One more article changes only the parts its event claims join (about a fifth of the event claims at
10,000 articles, the parts of the types and actors it names); the others are read back from
`<cache>/event-groups-<version>.json`, keyed by the sha256 of everything the clustering reads of their claims.
The clustering itself is called unchanged (pipeline/event_clustering.py); `version` hashes its source and this
module's, so a rule change recomputes everything. tests/test_event_memo.py compares with one whole call."""
import hashlib
import inspect
import json
import os
from operator import itemgetter
from pathlib import Path

from pipeline import event_clustering
from pipeline.curation.resemblance_memo import memo_version

# what _same_event, _tied, _overlap and the blocks read of a claim (dates by repr: the clustering tells a date
# from a datetime or a string)
CLUSTER_FIELDS = ("claim_id", "doc_id", "char_start", "char_end", "predicate", "subject_ids", "object_ids",
                  "date_start", "date_end")


def _block_keys(c: dict) -> set:
    """The blocks cluster_event_claims puts a claim in (its own loop's expression)."""
    return {(c["predicate"], a) for a in set(c["subject_ids"]) | (set(c["object_ids"])
                                                                 if c["predicate"] in event_clustering.SYMMETRIC else set())}


def parts(claims: list[dict]) -> list[list[dict]]:
    """The claims (sorted by claim_id, as the clustering takes them) split into the parts no block links, each in
    that order; parts ordered by their first claim."""
    ordered = sorted(claims, key=lambda c: c["claim_id"])
    parent: dict = {}

    def find(k):
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    keys = [list(_block_keys(c)) for c in ordered]
    for ks in keys:
        if len(ks) > 1:
            first = find(ks[0])
            for k in ks[1:]:
                other = find(k)
                if other != first:
                    parent[other] = first
    found: dict = {}
    for c, ks in zip(ordered, keys):
        # (a claim in no block merges with nothing: a part of its own)
        found.setdefault(find(ks[0]) if ks else ("alone", id(c)), []).append(c)
    return list(found.values())


_FIELDS = itemgetter(*CLUSTER_FIELDS)


def part_key(part: list[dict]) -> str:
    try:
        values = [_FIELDS(c) for c in part]
    except KeyError:   # (hand-made records without a place in the text: what the clustering reads, by .get)
        values = [tuple(c.get(f) for f in CLUSTER_FIELDS) for c in part]
    return hashlib.sha256(repr(values).encode("utf-8")).hexdigest()


MEMO_VERSION = memo_version(inspect.getsource(event_clustering), inspect.getsource(_block_keys),
                            inspect.getsource(parts), repr(CLUSTER_FIELDS))


class GroupMemo:
    """{part key: its groups as positions in the part} from the last run; folder None: nothing stored."""

    def __init__(self, folder: Path | None, version: str = MEMO_VERSION):
        self.path = Path(folder) / f"event-groups-{version}.json" if folder is not None else None
        self.computed = 0   # parts clustered in this run (for tests and logs)

    def _load(self) -> dict:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except ValueError:
            return {}
        return stored if isinstance(stored, dict) else {}

    def cluster(self, claims: list[dict]) -> list[list[dict]]:
        """cluster_event_claims(claims): the same groups in the same order."""
        stored = self._load()
        kept: dict[str, list[list[int]]] = {}
        out = []
        for part in parts(claims):
            key = part_key(part)
            groups = stored.get(key)
            if not _fits(groups, len(part)):
                where = {id(c): i for i, c in enumerate(part)}
                groups = [[where[id(c)] for c in g] for g in event_clustering.cluster_event_claims(part)]
                self.computed += 1
            kept[key] = groups
            out += [[part[i] for i in g] for g in groups]
        if self.path is not None and kept.keys() != stored.keys():
            self._save(kept)
        # the whole call's order: groups by their first claim (claim_id order, ties by input position)
        rank = {id(c): i for i, c in enumerate(sorted(claims, key=lambda c: c["claim_id"]))}
        return sorted(out, key=lambda g: rank[id(g[0])])

    def _save(self, kept: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(kept, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.path)


def _fits(groups, n: int) -> bool:
    """A stored grouping that can be one of this part: every position 0..n-1 once (else computed again)."""
    if not isinstance(groups, list) or not all(isinstance(g, list) and g for g in groups):
        return False
    flat = [i for g in groups for i in g]
    return len(flat) == n and sorted(flat) == list(range(n))
