"""The Arrow mention table of curation (pipeline/curation/mention_table.py) against the record code
it replaced (tests/reference_curation.py): random actor overrides (merge, split, remove,
add_mention) on the fixtures' extraction with shuffled mention actors, every output compared."""
import random
from datetime import date

import pandas as pd
import pytest

import pipeline.curation.apply as apply
from pipeline.curation.load import Override
from pipeline.layers import curate_layer
from pipeline.release import parquet_bytes
from tests import reference_curation


def _override(i: int, action: str, spec: dict) -> Override:
    return Override(f"o{i}", "actors", action, "tester", date(2026, 12, 6), "test", "actors.yaml", i, spec)


def random_overrides(rng: random.Random, documents: pd.DataFrame, mentions: pd.DataFrame, actors: list[str]) -> list[Override]:
    out = []
    docs = documents.set_index("doc_id")
    for i in range(12):
        action = rng.choice(["merge", "split", "remove", "add_mention"])
        m = mentions.iloc[rng.randrange(len(mentions))]
        doc = docs.loc[m["doc_id"]]
        text = doc["text"]
        lo = max(0, m["char_start"] - rng.randrange(0, 40))
        quote = text[lo:m["char_end"] + rng.randrange(0, 40)].strip() or m["text"]
        place = {"document": doc["source_file"], **({"quote": quote} if rng.random() < 0.7 else {})}
        if action == "merge":
            spec = {"actor_id": rng.choice(actors), "merge": rng.sample(actors, 2)}
        elif action == "split":
            new = rng.choice(actors + ["split-new"])
            spec = {"actor_id": m["actor_id"] if rng.random() < 0.8 else rng.choice(actors), "into": new,
                    "name": "Split New", "actor_type": "person", "where": [place]}
        elif action == "remove":
            spec = {"actor_id": m["actor_id"] if rng.random() < 0.8 else rng.choice(actors), "where": [place]}
        else:
            spec = {"actor_id": rng.choice(actors), "document": doc["source_file"], "quote": m["text"] if rng.random() < 0.6 else quote}
        out.append(_override(i, action, spec))
    return out


def _hashes(tables: dict) -> dict:
    return {n: (parquet_bytes(n, df) if n != "curation_report" else df.to_json(orient="records").encode())
            for n, df in tables.items()}


@pytest.mark.parametrize("seed", range(8))
def test_arrow_mentions_match_the_record_code(extracted, fixture_knowledge, monkeypatch, seed):
    documents, claims, mentions, discovered = extracted
    rng = random.Random(seed)
    actors = sorted(set(mentions["actor_id"]))
    shuffled = mentions.copy()
    shuffled["actor_id"] = pd.array([rng.choice(actors) if rng.random() < 0.2 else a for a in mentions["actor_id"]],
                                    dtype=mentions["actor_id"].dtype)
    overrides = random_overrides(rng, documents, shuffled, actors)
    new = curate_layer(claims, shuffled, discovered, fixture_knowledge, documents, overrides)
    with monkeypatch.context() as mp:
        mp.setattr(apply, "MentionTable", reference_curation.MentionRecords)
        mp.setattr(apply, "build_actors", reference_curation.build_actors)
        # (the record code counts every claim: each one a record, curation/narrow.py's Arrow share left out)
        old = curate_layer(claims, shuffled, discovered, fixture_knowledge, documents, overrides, narrow_claims=False)
    assert list(new["curation_report"]["status"]) == list(old["curation_report"]["status"])
    assert _hashes(new) == _hashes(old)
    if seed == 0:   # the comparison sees something: overrides applied, mentions removed and added
        assert (new["curation_report"]["status"] == "applied").any()


@pytest.mark.parametrize("seed", range(4))
def test_claims_frame_from_untouched_arrow_rows_matches_frame_of_records(extracted, seed):
    """curated_claims_frame takes unmarked records from the extracted columns: the same frame as
    frame(Claims, records) when records are changed (and marked), removed, added and reordered."""
    from pipeline.layers import _records, curated_claims_frame
    from schemas import Claims
    from schemas.frames import frame

    _, claims, _, _ = extracted
    rng = random.Random(seed)
    rows = _records(claims)
    position = {id(r): i for i, r in enumerate(rows)}
    for r in rows:
        r["curation"] = None
        if rng.random() < 0.2:   # an override changed and marked it
            r.update(modality=rng.choice(["asserted", "hedged"]), subject_ids=list(reversed(r["subject_ids"])),
                     date_start=None, date_end=None, curation=[f"o{rng.randrange(3)}"])
        elif rng.random() < 0.1:  # confirmed: marked, values unchanged
            r["curation"] = ["ok"]
    kept = [r for r in rows if rng.random() > 0.1]
    added = [dict(kept[0], claim_id=f"clm-added-{i}", curation=["add"]) for i in range(3)]
    out = sorted(kept + added, key=lambda c: c["claim_id"])
    rng.shuffle(out) if seed % 2 else None
    pd.testing.assert_frame_equal(curated_claims_frame(claims, out, position), frame(Claims, out))
    assert frame(Claims, out)["curation"].notna().any()
