"""cluster_event_claims merges by group (curate._ClusterBlock) instead of pair by pair: the same
groups, in the same order, as the pair loop it replaced (copied below verbatim as the reference,
with its _pair_order), on generated claims: dense blocks of day, month, year, long and undated
claims over few actors and documents, symmetric and one-sided types, chains where A~B and B~C but
not A~C, dates at date.min, and blocks the fast path leaves to the loop (malformed or datetime dates)."""
import bisect
import random
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest

from pipeline import curate


# ---------------------------------------------------------------- reference: curate.py at 956578f
def _pair_order(members: list[int], claims: list[dict]):
    if not all(curate._well_dated(claims[m]) for m in members):
        yield from ((members[x], members[y]) for x in range(len(members)) for y in range(x + 1, len(members)))
        return
    rank = {m: k for k, m in enumerate(members)}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for m in members:
        by_doc[claims[m]["doc_id"]].append(m)
    dated = sorted((m for m in members if claims[m]["date_start"] is not None), key=lambda m: claims[m]["date_start"])
    starts = [claims[m]["date_start"] for m in dated]
    try:
        longest = max((claims[m]["date_end"] - claims[m]["date_start"] for m in dated), default=None)
    except TypeError:
        longest = None
    for i in members:
        c = claims[i]
        later = {m for m in by_doc[c["doc_id"]] if rank[m] > rank[i]}
        if c["date_start"] is not None:
            lo = 0
            if longest is not None:
                try:
                    lo = bisect.bisect_left(starts, c["date_start"] - longest)
                except (TypeError, OverflowError):
                    lo = 0
            later.update(m for m in dated[lo:bisect.bisect_right(starts, c["date_end"])]
                         if rank[m] > rank[i] and claims[m]["date_end"] >= c["date_start"])
        for j in sorted(later, key=rank.__getitem__):
            yield i, j


def reference_clusters(claims: list[dict]) -> list[list[dict]]:
    claims = sorted(claims, key=lambda c: c["claim_id"])
    parent = list(range(len(claims)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    span: list[tuple | None] = [(c["date_start"], c["date_end"]) if c["date_start"] is not None else None for c in claims]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for a in set(c["subject_ids"]) | (set(c["object_ids"]) if c["predicate"] in curate.SYMMETRIC else set()):
            blocks[(c["predicate"], a)].append(i)
    for members in blocks.values():
        for i, j in _pair_order(members, claims):
            ri, rj = find(i), find(j)
            if ri != rj and curate._ranges_meet(span[ri], span[rj]) and curate._same_event(claims[i], claims[j]):
                parent[ri] = rj
                if span[ri] is not None:
                    span[rj] = span[ri] if span[rj] is None else (max(span[ri][0], span[rj][0]), min(span[ri][1], span[rj][1]))
    groups: dict[int, list[dict]] = defaultdict(list)
    for i, c in enumerate(claims):
        groups[find(i)].append(c)
    return [sorted(g, key=lambda c: c["claim_id"]) for g in groups.values()]


# ---------------------------------------------------------------- generated claims
LENGTHS = {"day": 0, "month": 29, "month31": 30, "quarter": 90, "year": 364, "leap": 365, "range": 1200, "week": 6}


def _claims(rng: random.Random, n: int, *, n_actors: int = 5, n_docs: int = 8, days: int = 900,
            precisions=("day", "day", "day", "month", "year", "unknown"), predicates=None) -> list[dict]:
    actors = [chr(ord("a") + k) for k in range(n_actors)]
    predicates = predicates or ["CONSULT", "COOPERATE", "AGREE", "ACCUSE", "THREATEN", "REQUEST"]
    out = []
    for i in range(n):
        subjects = rng.sample(actors, rng.choice([1, 1, 1, 2]))
        others = [a for a in actors if a not in subjects]
        objects = rng.sample(others, min(len(others), rng.choice([0, 1, 1, 2])))
        precision = rng.choice(precisions)
        start = end = None
        if precision != "unknown":
            start = date(2020, 1, 1) + timedelta(days=rng.randrange(days))
            end = start + timedelta(days=LENGTHS[precision])
        out.append({"claim_id": f"clm-{rng.randrange(10 ** 9):09d}-{i}", "doc_id": f"doc-{rng.randrange(n_docs)}",
                    "predicate": rng.choice(predicates), "subject_ids": subjects, "object_ids": objects,
                    "date_start": start, "date_end": end, "date_precision": precision})
    return out


def _ids(groups: list[list[dict]]) -> list[list[str]]:
    return [[c["claim_id"] for c in g] for g in groups]


def _same(claims: list[dict]) -> list[list[str]]:
    expected = _ids(reference_clusters(claims))
    assert _ids(curate.cluster_event_claims(claims)) == expected
    assert _ids(curate.cluster_event_claims(list(reversed(claims)))) == expected
    return expected


@pytest.mark.parametrize("seed", range(40))
def test_dense_blocks_equal_the_pair_loop(seed):
    rng = random.Random(seed)
    n = rng.choice([20, 80, 300, 900])
    claims = _claims(rng, n, n_actors=rng.choice([2, 3, 5]), n_docs=rng.choice([1, 3, 10, 50]),
                     days=rng.choice([20, 120, 900]),
                     precisions=rng.choice([("day", "day", "month", "year", "unknown"),
                                            ("day", "week", "month31", "quarter", "leap", "range", "unknown"),
                                            ("year", "year", "day"), ("unknown", "unknown", "day")]))
    groups = _same(claims)
    assert len(groups) < n


@pytest.mark.parametrize("seed", range(10))
def test_symmetric_types_only(seed):
    """Shared acts: a block of a participant mixes claims whose source sets do not meet (A talks with B,
    C talks with B: same block, not the same event) with ones that do."""
    rng = random.Random(100 + seed)
    _same(_claims(rng, 600, n_actors=4, n_docs=20, days=60, predicates=["CONSULT", "AGREE"]))


def test_chains_a_b_c():
    """A~B and B~C but not A~C: a year report joins a day, then a second day of that year no longer
    meets the group; an undated re-mention joins only its own document's claims."""
    d = date
    def c(cid, doc, start=None, end=None, subjects=("x",), objects=(), predicate="ACCUSE"):
        return {"claim_id": cid, "doc_id": doc, "predicate": predicate, "subject_ids": list(subjects),
                "object_ids": list(objects), "date_start": start, "date_end": end}
    claims = [c("a", "d1", d(2020, 1, 1), d(2020, 12, 31)), c("b", "d2", d(2020, 3, 1), d(2020, 3, 1)),
              c("c", "d3", d(2020, 5, 1), d(2020, 5, 1)), c("d", "d3"), c("e", "d1"),
              c("f", "d4", d(2020, 3, 1), d(2020, 3, 31)), c("g", "d5", d(2019, 6, 1), d(2020, 5, 31)),
              c("h", "d6", d(2020, 5, 1), d(2020, 5, 1), subjects=("y",), objects=("x",), predicate="CONSULT"),
              c("i", "d6", d(2020, 5, 1), d(2020, 5, 1), subjects=("z",), objects=("x",), predicate="CONSULT"),
              c("j", "d7", d(2020, 5, 1), d(2020, 5, 1), subjects=("x",), objects=("z", "y"), predicate="CONSULT")]
    groups = _same(claims)
    assert ["a", "b", "e", "f", "g"] in groups and ["c", "d"] in groups
    rng = random.Random(7)
    for _ in range(30):
        _same(rng.sample(claims, rng.randrange(2, len(claims) + 1)))


def test_long_ranges_and_the_first_dates():
    claims = _claims(random.Random(5), 800)
    claims[10].update(date_start=date(2015, 1, 1), date_end=date(2024, 12, 31), date_precision="range")
    claims[11].update(date_start=date.min, date_end=date(2021, 1, 1), date_precision="range")
    claims[12].update(date_start=date.min, date_end=date.min, date_precision="day")
    claims[13].update(date_start=date.max, date_end=date.max, date_precision="day")
    claims[14].update(date_start=date(2020, 6, 1), date_end=date.max, date_precision="range")
    _same(claims)


def test_blocks_the_fast_path_leaves_to_the_loop():
    """Malformed dates (end before start), datetimes: those blocks go through the pair loop, which
    gives what it gave (or raises what it raised)."""
    claims = _claims(random.Random(4), 300)
    claims[3]["date_end"] = claims[3]["date_start"] - timedelta(days=3) if claims[3]["date_start"] else date(2020, 1, 1)
    claims[3]["date_start"] = claims[3]["date_start"] or date(2020, 2, 1)
    _same(claims)
    claims = _claims(random.Random(6), 300)
    for k in (5, 9):
        if claims[k]["date_start"] is not None:
            claims[k]["date_start"] = datetime.combine(claims[k]["date_start"], datetime.min.time())
            claims[k]["date_end"] = datetime.combine(claims[k]["date_end"], datetime.min.time())
    try:
        expected = _ids(reference_clusters(claims))
    except TypeError:
        with pytest.raises(TypeError):
            curate.cluster_event_claims(claims)
    else:
        assert _ids(curate.cluster_event_claims(claims)) == expected


def test_the_fast_path_takes_the_well_dated_blocks():
    claims = _claims(random.Random(8), 50)
    blocks = defaultdict(list)
    for i, c in enumerate(sorted(claims, key=lambda c: c["claim_id"])):
        blocks[c["predicate"]].append(i)
    ordered = sorted(claims, key=lambda c: c["claim_id"])
    assert all(curate._fast_block(m, ordered) for m in blocks.values())
    ordered[0] = dict(ordered[0], date_start=date(2020, 1, 2), date_end=date(2020, 1, 1))
    assert not curate._fast_block([0], ordered)
