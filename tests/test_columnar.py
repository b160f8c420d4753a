"""The columnar extraction cache and read path (pipeline/columnar.py, pipeline/cache.py) against the
row-by-row code they replace: layers.resolve_discovered over flattened Python results, and the
JSON-lines cache format (kept here as the reader of old cache folders)."""
import random
from datetime import date, timedelta

import pytest

from pipeline import columnar
from pipeline.cache import DocumentResult, ExtractionCache, encode_result
from pipeline.extract.actors import DiscoveredActor
from pipeline.extract.claims import extractor_id
from pipeline.layers import flatten_results, resolve_discovered
from pipeline.release import parquet_bytes

REGISTRY = ["japan", "china", "taiwan", "united-states"]


def _key(i: int) -> str:
    return f"{i:064x}"


def _result(rng: random.Random, d: int) -> DocumentResult:
    """A raw extraction with what resolution must get right: discovered actors named alike across
    documents (they merge), IDs repeated in a list, null claimants and dates, empty documents."""
    doc_id = f"doc-{d:04d}"
    discovered = []
    for j in range(rng.choice([0, 0, 1, 2, 3])):
        name = rng.choice(["Lin Chia-lung", "Lin Chialung", "Koizumi Shinjiro", "Ocean Affairs Council", "Wang Ting-yu"])
        discovered.append(DiscoveredActor(f"{doc_id}-d{j}", name, rng.choice(["person", "organisation"]),
                                          rng.choice([None, "TW", "JP"]), rng.choice([None, "minister"]),
                                          name.split()[-1] if rng.random() < 0.5 else None,
                                          {name, name.upper()} if rng.random() < 0.5 else {name}))
    ids = REGISTRY + [a.actor_id for a in discovered]
    claims, mentions = [], []
    for c in range(rng.choice([0, 1, 3, 8])):
        start = date(2020, 1, 1) + timedelta(days=rng.randrange(1500)) if rng.random() < 0.6 else None
        kind = rng.choice(["event", "stance", "statement"])
        claims.append({"claim_id": f"clm-{rng.randrange(16 ** 6):06x}", "doc_id": doc_id, "char_start": c * 10,
                       "char_end": c * 10 + 9, "text": f"sentence {c} of {doc_id} “quoted”",
                       "claimant_id": rng.choice([None, *ids]), "kind": kind,
                       "modality": rng.choice(["asserted", "negated", "hypothetical"]),
                       "predicate": "CONSULT" if kind == "event" else "STANCE" if kind == "stance" else None,
                       "mode": None, "trigger": rng.choice([None, "held talks"]),
                       "subject_ids": [rng.choice(ids) for _ in range(rng.randrange(4))],
                       "object_ids": [rng.choice(ids) for _ in range(rng.randrange(3))],
                       "topic_id": "status-quo" if kind == "stance" else None,
                       "polarity": "support" if kind == "stance" else None, "time_text": None,
                       "date_start": start, "date_end": start + timedelta(days=rng.randrange(30)) if start else None,
                       "date_precision": "day" if start else "unknown", "confidence": rng.choice([0.5, 0.9, 1]),
                       "extractor": "twjp-rules/test"})
    for m in range(rng.choice([0, 2, 5])):
        mentions.append({"mention_id": f"men-{rng.randrange(16 ** 6):06x}", "doc_id": doc_id, "actor_id": rng.choice(ids),
                         "char_start": m, "char_end": m + 3, "text": "Lin", "method": rng.choice(["alias", "discovered"]),
                         "confidence": 0.8})
    return DocumentResult(claims, mentions, discovered)


@pytest.fixture(scope="module")
def generated():
    rng = random.Random(8)
    return [(_key(i), _result(rng, i)) for i in range(300)]


class _Knowledge:
    actors = [type("A", (), {"actor_id": a})() for a in REGISTRY]


def test_resolve_tables_equals_resolve_discovered(generated):
    keys = [k for k, _ in generated]
    order = keys[::-1] + keys[:7]   # another order, and documents listed twice
    by_key = dict(generated)
    old = resolve_discovered(*flatten_results([by_key[k] for k in order]), _Knowledge())
    tables = columnar.in_key_order(columnar.tables_from_results(generated), order)
    new = columnar.resolve_tables(tables, _Knowledge())
    assert len(old[0]) > 500 and len(old[2]) > 1 and len(old[3]) > 0   # merged actors, rejects (repeated IDs)
    for name, a, b in zip(("claims", "mentions"), old, new):
        assert list(a.dtypes) == list(b.dtypes)
        assert a.equals(b)
        assert parquet_bytes(name, a) == parquet_bytes(name, b)
    assert old[2].equals(new[2]) and old[3].equals(new[3])


def test_tables_round_trip_and_flatten(generated):
    tables = columnar.tables_from_results(generated)
    back = columnar.results_from_tables(tables)
    for key, result in generated:
        assert back[key].claims == [dict(c) for c in result.claims]
        assert back[key].mentions == result.mentions
        assert [vars(a) for a in back[key].discovered] == [vars(a) for a in result.discovered]
    assert columnar.flatten_tables(tables)[:2] == flatten_results([r for _, r in generated])[:2]


def test_cache_stores_loads_compacts_and_first_segment_wins(tmp_path, generated, monkeypatch):
    from pipeline import cache as cache_module

    monkeypatch.setattr(cache_module, "MAX_SEGMENTS", 3)
    cache = ExtractionCache(tmp_path, "twjp-rules/test")
    for i in range(0, 300, 60):
        cache.store(dict(generated[i:i + 60]))
    segments = cache._segments()
    assert len(segments) <= 3 and any("compacted" in s.name for s in segments)
    changed = DocumentResult([], [], [])
    cache.store({generated[0][0]: changed})   # a key stored again later: the first result stays
    wanted = {k for k, _ in generated[:50]} | {"f" * 64}
    assert cache.keys(wanted) == wanted - {"f" * 64}
    loaded = cache.load(wanted)
    assert set(loaded) == wanted - {"f" * 64}
    for key, result in generated[:50]:
        assert loaded[key].claims == result.claims and loaded[key].mentions == result.mentions
    tables = cache.load_tables({k for k, _ in generated})
    assert tables.n_documents == 300 and tables.claims.num_rows == sum(len(r.claims) for _, r in generated)
    assert not list(tmp_path.glob("**/.*tmp"))


def test_old_json_lines_cache_is_migrated(tmp_path, generated):
    """A cache folder written in the JSON-lines format (before the columnar one) is read once,
    converted to one segment and removed: same results, no re-extraction."""
    cache = ExtractionCache(tmp_path, "twjp-rules/test")
    cache.folder.mkdir(parents=True)
    for n, part in enumerate((generated[:100], generated[90:200])):   # overlapping: first line wins
        (cache.folder / f"segment-{n:06d}-old.jsonl").write_text(
            "".join(encode_result(k, r) + "\n" for k, r in part), encoding="utf-8")
    keys = {k for k, _ in generated[:200]}
    loaded = ExtractionCache(tmp_path, "twjp-rules/test").load(keys)
    assert set(loaded) == keys
    by_key = dict(generated)
    assert all(loaded[k].claims == by_key[k].claims and loaded[k].mentions == by_key[k].mentions for k in keys)
    assert not list(cache.folder.glob("*.jsonl")) and len(cache._segments()) == 1


def test_another_version_folder_is_ignored_and_reported(tmp_path, fixture_knowledge):
    from pipeline.layers import ExtractionRun, extract_layer, ingest_layer
    from tests.conftest import FIXTURES

    stale = tmp_path / "twjp-rules_0.9+kb.old+code.old"   # an old extractor's JSON lines
    stale.mkdir(parents=True)
    (stale / "segment-000000-x.jsonl").write_text("not even json\n")
    (tmp_path / "png").mkdir()   # the report's PNG cache: no extraction version
    cache = ExtractionCache(tmp_path, extractor_id(fixture_knowledge))
    run = ExtractionRun(0, 0, 0, "")
    docs = ingest_layer(FIXTURES / "documents").documents
    extract_layer(docs, fixture_knowledge, cache=cache, run=run)
    n = len(docs)
    assert run.extracted == n and f"re-extracting all {n}" in run.cache_note and stale.name in run.cache_note
    assert cache.other_versions() == [stale.name]
    again = ExtractionRun(0, 0, 0, "")
    extract_layer(docs, fixture_knowledge, cache=cache, run=again)
    assert (again.extracted, again.cached) == (0, n)


def test_readers_never_see_a_segment_vanish_while_another_run_compacts(tmp_path, generated, monkeypatch):
    """A partition run storing results (and compacting) beside a build reading the cache."""
    import threading

    from pipeline import cache as cache_module

    monkeypatch.setattr(cache_module, "MAX_SEGMENTS", 2)
    writer_cache, reader_cache = ExtractionCache(tmp_path, "twjp-rules/test"), ExtractionCache(tmp_path, "twjp-rules/test")
    keys = {k for k, _ in generated}
    errors, seen, done = [], [], threading.Event()

    def write():
        try:
            for i in range(0, 300, 10):
                writer_cache.store(dict(generated[i:i + 10]))
        except Exception as exc:   # noqa: BLE001 (reported below)
            errors.append(exc)
        finally:
            done.set()

    def read():
        try:
            while not done.is_set():
                seen.append(reader_cache.load_tables(keys).n_documents)
        except Exception as exc:   # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write), threading.Thread(target=read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert seen == sorted(seen)      # a reader sees the cache grow, never shrink
    assert reader_cache.load_tables(keys).n_documents == 300
