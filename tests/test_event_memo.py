"""The event clustering kept between runs part by part (pipeline/curation/event_memo.py) gives what one whole
cluster_event_claims call gives: the same groups of the same claim objects in the same order, with an empty memo,
a full one, and after documents are added (one that joins an existing cross-document event), removed or changed;
and curate_layer with a memo folder gives the same tables as without."""
import random
from datetime import date, timedelta

import pandas as pd
import pytest

from pipeline import curate
from pipeline.curation.event_memo import GroupMemo, parts
from tests.test_event_clustering_groups import _claims


def _ids(groups):
    return [[c["claim_id"] for c in g] for g in groups]


def _same_objects(got, expected) -> bool:
    return len(got) == len(expected) and all(len(g) == len(h) and all(a is b for a, b in zip(g, h))
                                             for g, h in zip(got, expected))


def _with_places(claims: list[dict]) -> list[dict]:
    """Claims with a place in their document (what _tied reads): consecutive sentences now and then."""
    by_doc: dict[str, int] = {}
    for c in claims:
        at = by_doc.get(c["doc_id"], 0)
        c["char_start"], c["char_end"] = at, at + 40
        by_doc[c["doc_id"]] = at + 40 + random.Random(c["claim_id"]).choice([1, 2, 9])
    return claims


@pytest.mark.parametrize("seed", range(12))
def test_memo_equals_one_call(seed, tmp_path):
    rng = random.Random(seed)
    claims = _with_places(_claims(rng, rng.choice([60, 300, 900]), n_actors=rng.choice([3, 6, 12]),
                                  n_docs=rng.choice([5, 30]), days=rng.choice([60, 900])))
    expected = curate.cluster_event_claims(claims)
    for _ in ("empty memo", "full memo"):
        memo = GroupMemo(tmp_path)
        assert _same_objects(memo.cluster(claims), expected)
    assert memo.computed == 0
    assert _same_objects(GroupMemo(None).cluster(claims), expected)


@pytest.mark.parametrize("seed", range(12))
def test_documents_added_removed_changed(seed, tmp_path):
    rng = random.Random(50 + seed)
    claims = _with_places(_claims(rng, 500, n_actors=rng.choice([4, 10]), n_docs=40, days=300))
    GroupMemo(tmp_path).cluster(claims)
    docs = sorted({c["doc_id"] for c in claims})
    gone, changed = docs[0], docs[1]
    variants = {
        "removed": [c for c in claims if c["doc_id"] != gone],
        "changed": [dict(c, date_start=None, date_end=None) if c["doc_id"] == changed else c for c in claims],
        "added": claims + _with_places([dict(c, claim_id=f"new-{i}", doc_id="doc-new")
                                        for i, c in enumerate(_claims(rng, 15, n_actors=4))]),
        "actor renamed": [dict(c, subject_ids=["z" if a == "a" else a for a in c["subject_ids"]]) for c in claims],
    }
    for name, variant in variants.items():
        memo = GroupMemo(tmp_path)
        assert _same_objects(memo.cluster(variant), curate.cluster_event_claims(variant)), name
        assert _same_objects(GroupMemo(tmp_path).cluster(variant), curate.cluster_event_claims(variant)), name


def test_a_new_article_joins_an_event_of_two_documents(tmp_path):
    def c(cid, doc, day, subjects, predicate="ACCUSE", objects=()):
        return {"claim_id": cid, "doc_id": doc, "char_start": 0, "char_end": 30, "predicate": predicate,
                "subject_ids": list(subjects), "object_ids": list(objects), "date_start": date(2021, 3, day),
                "date_end": date(2021, 3, day)}
    before = [c("c1", "d1", 5, ["china"], objects=["japan"]), c("c2", "d2", 5, ["china"]),
              c("c3", "d3", 9, ["japan"], "CONSULT", ["taiwan"]), c("c4", "d4", 7, ["us"])]
    GroupMemo(tmp_path).cluster(before)
    # the new article's claim names china and us: it joins china's event and links us's part to it
    after = before + [c("c0", "d9", 5, ["china", "us"])]
    memo = GroupMemo(tmp_path)
    got = memo.cluster(after)
    assert _ids(got) == _ids(curate.cluster_event_claims(after)) == [["c0", "c1", "c2"], ["c3"], ["c4"]]
    assert memo.computed == 1   # the part of china and us; japan's CONSULT part comes from the memo
    assert len(parts(after)) == 2


def test_a_changed_rule_or_a_damaged_file_recomputes(tmp_path):
    claims = _with_places(_claims(random.Random(3), 200))
    memo = GroupMemo(tmp_path, version="v1")
    memo.cluster(claims)
    assert GroupMemo(tmp_path, version="v2").cluster(claims) and GroupMemo(tmp_path, version="v2").computed == 0
    path = tmp_path / "event-groups-v1.json"
    stored = path.read_text()
    path.write_text(stored.replace("[0,", "[1,", 1))   # a grouping that no longer covers its part
    memo = GroupMemo(tmp_path, version="v1")
    assert _same_objects(memo.cluster(claims), curate.cluster_event_claims(claims)) and memo.computed >= 1
    path.write_text("not json")
    assert _same_objects(GroupMemo(tmp_path, version="v1").cluster(claims), curate.cluster_event_claims(claims))


def test_curate_layer_with_a_memo_gives_the_same_tables(tmp_path, seed_curate_inputs):
    from pipeline.layers import curate_layer

    plain = curate_layer(*seed_curate_inputs)
    for _ in ("empty memo", "full memo"):
        memoized = curate_layer(*seed_curate_inputs, memo_dir=tmp_path)
        assert plain.keys() == memoized.keys()
        for name in plain:
            pd.testing.assert_frame_equal(plain[name], memoized[name])
    assert list(tmp_path.glob("event-groups-*.json"))
