"""curate_layer's smaller claim records (perf13: the extractor left out of each record, one shared empty
set of curation marks until an override marks a claim) give the same tables as records holding every
column with a set of marks each (the layout before): random claim and stance overrides (reject, set,
confirm, remove) by claim ID on the fixtures' extraction, every output table's Parquet bytes compared,
the rejected claims' row_json (which must carry the extractor) among them."""
import random
from datetime import date

import pytest

import pipeline.curation.apply as apply
import pipeline.curation.places as places
import pipeline.layers as layers
from pipeline.curation.load import Override
from pipeline.release import parquet_bytes


def _overrides(rng: random.Random, claims) -> list[Override]:
    ids = list(claims["claim_id"])
    stance_ids = list(claims.loc[claims["kind"] == "stance", "claim_id"])
    out = []
    for i in range(14):
        kind, action = rng.choice([("claims", "reject"), ("claims", "set"), ("claims", "confirm"),
                                   ("claims", "reject"), ("claims", "confirm")])
        spec = {"address": {"claim_id": rng.choice(ids)}}
        if action == "set":
            spec["set"] = rng.choice([{"modality": "negated"}, {"claimant_id": None}, {"modality": "asserted"}])
        out.append(Override(f"o{i:02d}", kind, action, "tester", date(2026, 12, 6), "test", f"{kind}.yaml", i, spec))
    return out


def _bytes(tables: dict) -> dict:
    return {n: (parquet_bytes(n, df) if n != "curation_report" else df.to_json(orient="records").encode())
            for n, df in tables.items()}


def _old_layout(monkeypatch):
    """Every column in the records and an empty set of marks per claim, as before perf13."""
    monkeypatch.setattr(layers, "LEFT_OUT", ("curation",))
    fresh = type("Marks", (), {})()
    monkeypatch.setattr(places, "NO_MARKS", fresh)    # mark() never sees its sentinel: always .add on a real set
    original = apply._Run.__init__

    def init(self, claims, *args, **kwargs):
        original(self, claims, *args, **kwargs)
        for c in self.claims:
            c["curation"] = set()
    monkeypatch.setattr(apply._Run, "__init__", init)


@pytest.mark.parametrize("seed", range(6))
def test_small_records_give_the_same_tables(extracted, fixture_knowledge, monkeypatch, seed):
    documents, claims, mentions, discovered = extracted
    overrides = _overrides(random.Random(seed), claims)
    new = layers.curate_layer(claims, mentions, discovered, fixture_knowledge, documents, overrides)
    with monkeypatch.context() as mp:
        _old_layout(mp)
        old = layers.curate_layer(claims, mentions, discovered, fixture_knowledge, documents, overrides)
    assert _bytes(new) == _bytes(old)
    report = new["curation_report"]
    assert (report["status"] == "applied").sum() >= 6
    rejected = new["rejects"][new["rejects"]["table"] == "claims"]
    assert len(rejected) and all('"extractor": "' in j for j in rejected["row_json"])
    assert new["claims"]["curation"].notna().any()


def _list_arrays():
    import pyarrow as pa

    plain = pa.array([["x", "y"], None, [], ["x", None], ["z"]], pa.list_(pa.string()))
    # a null slot over a non-empty range of the child array (legal Arrow; flatten() would skip it)
    masked = pa.ListArray.from_arrays(pa.array([0, 2, 3, 3, 5], pa.int32()), pa.array(["a", "b", "c", "d", "e"]),
                                      mask=pa.array([False, True, False, False]))
    return [plain, plain.slice(1), plain.slice(2, 2), masked, masked.slice(1), masked.slice(1, 2)]


@pytest.mark.parametrize("i", range(6))
def test_shared_lists_equal_to_pylist(i):
    array = _list_arrays()[i]
    assert layers._shared_lists(array) == array.to_pylist()


def test_shared_records_equal_records(extracted):
    _, claims, _, _ = extracted
    shared = layers._shared_records(claims, drop=layers.LEFT_OUT)
    plain = layers._records(claims.drop(columns=list(layers.LEFT_OUT)))
    assert shared == plain and [list(r) for r in shared] == [list(r) for r in plain]
    ids = [a for r in shared for a in r["subject_ids"]]
    assert len(ids) > len(set(ids)) and len({id(a) for a in ids}) == len(set(ids))   # one str object per ID
