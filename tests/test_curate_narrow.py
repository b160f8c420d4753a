"""curate_layer reads as records only the claims an override or the events and stances need
(pipeline/curation/narrow.py) and gives the same tables, byte for byte, as with every claim a record: random
overrides of every kind (actors merge/split/remove/add_mention, claims reject/set/confirm by quote and by ID,
events add/set/merge/split/remove/confirm by quote and by event ID, stances add/set/remove/confirm) on the
fixtures' extraction, and the seeds with their own curation files."""
import random
from datetime import date

import pandas as pd
import pyarrow as pa
import pytest

from pipeline.curation import narrow
from pipeline.curation.load import Override
from pipeline.layers import curate_layer
from tests.test_curation_frames import _hashes, random_overrides


def _o(i: int, kind: str, action: str, spec: dict) -> Override:
    return Override(f"n{i}", kind, action, "tester", date(2026, 12, 7), "test", f"{kind}.yaml", i, spec)


def _address(rng, claim, docs, **narrowing) -> dict:
    doc = docs.loc[claim["doc_id"]]
    words = claim["text"].split()
    return {"document": doc["source_file"], "quote": " ".join(words[:rng.randrange(2, max(3, len(words)))]), **narrowing}


def claim_overrides(rng: random.Random, documents: pd.DataFrame, claims: pd.DataFrame, actors: list[str]) -> list[Override]:
    docs = documents.set_index("doc_id")
    rows = claims.to_dict("records")
    events = [c for c in rows if c["kind"] == "event"]
    stances = [c for c in rows if c["kind"] == "stance" and len(c["subject_ids"])]
    out = []
    for i in range(14):
        c = rng.choice(rows)
        e = rng.choice(events) if events else c
        s = rng.choice(stances) if stances else c
        choice = rng.choice(["claims reject", "claims set", "claims confirm", "claims id", "events set", "events remove",
                             "events merge", "events split", "events confirm", "events id", "events add",
                             "stances set", "stances remove", "stances add", "stances confirm"])
        kind, action = choice.split()
        if choice == "claims id":
            out.append(_o(i, "claims", "set", {"address": {"claim_id": c["claim_id"]}, "set": {"modality": "hypothetical"}}))
        elif kind == "claims":
            spec = {"address": _address(rng, c, docs)}
            if action == "set":
                spec["set"] = rng.choice([{"modality": "asserted"}, {"claimant_id": rng.choice(actors)},
                                          {"date_start": date(2020, 1, 1), "date_end": date(2020, 1, 31), "date_precision": "month"}])
            out.append(_o(i, "claims", action, spec))
        elif choice == "events id":
            out.append(_o(i, "events", "remove", {"address": {"event_id": f"evt-{e['claim_id']}"}}))
        elif action == "add" and kind == "events":
            out.append(_o(i, "events", "add", {"address": _address(rng, c, docs), "event_type": "CONSULT",
                                               "source_actor_ids": [rng.choice(actors)], "target_actor_ids": []}))
        elif kind == "events":
            spec = {"address": _address(rng, e, docs)}
            if action == "set":
                spec["set"] = rng.choice([{"event_type": "PROTEST"}, {"source_actor_ids": [rng.choice(actors)]}])
            if action == "merge":
                spec = {"events": [_address(rng, e, docs), _address(rng, rng.choice(events), docs)]}
            out.append(_o(i, "events", action, spec))
        elif action == "add":
            out.append(_o(i, "stances", "add", {"address": _address(rng, c, docs), "actor_id": rng.choice(actors),
                                                "topic_id": s["topic_id"] or "taiwan-status", "polarity": "support"}))
        else:
            spec = {"address": _address(rng, s, docs)}
            if action == "set":
                spec["set"] = {"polarity": rng.choice(["support", "oppose"])}
            out.append(_o(i, "stances", action, spec))
    return out


@pytest.mark.parametrize("seed", range(10))
def test_narrow_equals_every_claim_a_record(extracted, fixture_knowledge, seed):
    documents, claims, mentions, discovered = extracted
    rng = random.Random(seed)
    actors = sorted(set(mentions["actor_id"]))
    overrides = random_overrides(rng, documents, mentions, actors) + claim_overrides(rng, documents, claims, actors)
    rng.shuffle(overrides)
    narrowed = curate_layer(claims, mentions, discovered, fixture_knowledge, documents, overrides)
    full = curate_layer(claims, mentions, discovered, fixture_knowledge, documents, overrides, narrow_claims=False)
    assert _hashes(narrowed) == _hashes(full)
    assert (narrowed["curation_report"]["status"] == "applied").any()


def test_without_overrides_most_claims_stay_rows(extracted, fixture_knowledge):
    documents, claims, mentions, discovered = extracted
    table = pa.Table.from_pandas(claims, preserve_index=False)
    read = narrow.read_positions(table, [], [])
    kinds = claims["kind"].iloc[read]
    assert set(kinds) <= {"event", "stance"} and len(read) < len(claims)
    assert _hashes(curate_layer(claims, mentions, discovered, fixture_knowledge, documents, [])) == \
        _hashes(curate_layer(claims, mentions, discovered, fixture_knowledge, documents, [], narrow_claims=False))


def test_an_actor_merge_reads_every_claim_naming_the_actor(extracted, fixture_knowledge):
    documents, claims, mentions, discovered = extracted
    named = claims[claims["kind"] == "statement"]
    gone = next(a for ids in named["subject_ids"] for a in ids)
    table = pa.Table.from_pandas(claims, preserve_index=False)
    merge = _o(0, "actors", "merge", {"actor_id": "japan", "merge": [gone]})
    read = set(narrow.read_positions(table, [merge], []).tolist())
    kinds = claims["kind"].tolist()
    assert any(kinds[i] == "statement" for i in read), (kinds, sorted(read))
    for i, (s, o, c) in enumerate(zip(claims["subject_ids"], claims["object_ids"], claims["claimant_id"])):
        if gone in list(s) or gone in list(o) or (pd.notna(c) and c == gone):
            assert i in read


def test_seeds_with_their_curation_files(seed_curate_inputs):
    narrowed = curate_layer(*seed_curate_inputs)
    full = curate_layer(*seed_curate_inputs, narrow_claims=False)
    assert _hashes(narrowed) == _hashes(full)
    assert (narrowed["curation_report"]["status"] == "applied").sum() > 20


@pytest.mark.parametrize("seed", range(6))
def test_unread_counts_equal_the_record_loop(seed):
    """narrow.unread's Arrow counts against mention_table.build_actors' loop over records: an actor twice in a
    list, as subject and object, as claimant, an empty or missing claimant, empty lists."""
    from collections import defaultdict

    import numpy as np

    rng = random.Random(seed)
    actors = ["a", "b", "c", "d"]
    rows = [{"doc_id": f"d{rng.randrange(5)}", "subject_ids": [rng.choice(actors) for _ in range(rng.randrange(3))],
             "object_ids": [rng.choice(actors) for _ in range(rng.randrange(3))],
             "claimant_id": rng.choice([None, "", "a", "c", "e"])} for _ in range(300)]
    table = pa.Table.from_pylist(rows, schema=pa.schema([("doc_id", pa.string()), ("subject_ids", pa.list_(pa.string())),
                                                         ("object_ids", pa.list_(pa.string())), ("claimant_id", pa.string())]))
    read = np.array(sorted(rng.sample(range(300), 40)))
    got = narrow.unread(table, read)
    n_claims, pairs = defaultdict(int), set()
    for i, c in enumerate(rows):
        if i in set(read.tolist()):
            continue
        for a in set(c["subject_ids"]) | set(c["object_ids"]) | ({c["claimant_id"]} if c["claimant_id"] else set()):
            n_claims[a] += 1
            pairs.add((a, c["doc_id"]))
    assert dict(got.n_claims) == dict(n_claims)
    assert set(zip(got.pairs["actor_id"].to_pylist(), got.pairs["doc_id"].to_pylist())) == pairs
    assert got.positions.tolist() == [i for i in range(300) if i not in set(read.tolist())]
