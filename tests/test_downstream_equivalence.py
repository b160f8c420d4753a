"""The downstream performance work changes no output: each replaced function (event clustering,
the integrity rules, the chart rows, the review queue) gives exactly what the implementation it
replaced gives (kept in tests/reference_downstream.py), on generated tables and on broken ones."""
import random
from datetime import date, timedelta

import pandas as pd
import pytest

from benchmarks.corpus import write_corpus
from pipeline import charts, curate, integrity
from pipeline.curation import load_overrides, review
from pipeline.layers import curate_layer, extract_layer, ingest_layer, resolve_discovered
from tests import reference_downstream as reference
from tests.conftest import FIXTURES, ROOT

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def tables(tmp_path_factory, fixture_knowledge) -> dict:
    """The tables of a release built from 30 generated articles (fixture knowledge)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 30, seeds_documents=ROOT / "seeds" / "documents")
    ingested = ingest_layer(folder)
    claims, mentions, discovered, _ = resolve_discovered(*extract_layer(ingested.documents, fixture_knowledge),
                                                         fixture_knowledge)
    curated = curate_layer(claims, mentions, discovered, fixture_knowledge, ingested.documents,
                           load_overrides(FIXTURES / "curation"))
    out = {"documents": ingested.documents, **{k: v for k, v in curated.items() if k != "curation_report"}}
    assert len(out["events"]) and len(out["stances"]) and (out["actors"]["origin"] == "discovered").any()
    return out


def _claims(rng: random.Random, n: int, n_docs: int = 6) -> list[dict]:
    """Asserted event claims over few actors, types and dates, so that blocks are dense and mix
    day, month, year and undated claims (an undated claim meets only claims of its own document)."""
    actors = ["a", "b", "c", "d", "e"]
    out = []
    for i in range(n):
        subjects = rng.sample(actors, rng.choice([1, 1, 2]))
        objects = rng.sample([a for a in actors if a not in subjects], rng.choice([0, 1, 2]))
        precision = rng.choice(["day", "day", "month", "year", "unknown"])
        start = end = None
        if precision != "unknown":
            start = date(2020, 1, 1) + timedelta(days=rng.randrange(900))
            end = start + timedelta(days={"day": 0, "month": 29, "year": 364}[precision])
        out.append({"claim_id": f"clm-{i:05d}", "doc_id": f"doc-{rng.randrange(n_docs)}",
                    "predicate": rng.choice(["CONSULT", "COOPERATE", "ACCUSE", "THREATEN", "AGREE"]),
                    "subject_ids": subjects, "object_ids": objects, "date_start": start, "date_end": end,
                    "date_precision": precision})
    return out


def _ids(groups: list[list[dict]]) -> list[list[str]]:
    return [[c["claim_id"] for c in g] for g in groups]


@pytest.mark.parametrize("seed,n", [(1, 60), (2, 400), (3, 1500)])
def test_event_clustering_equals_all_pairs(seed, n):
    claims = _claims(random.Random(seed), n)
    groups = curate.cluster_event_claims(claims)
    assert _ids(groups) == _ids(reference.cluster_event_claims(claims))
    assert len(groups) < n, "the generated claims should merge somewhere"


def test_event_clustering_with_long_ranges_and_the_first_dates_equals_all_pairs():
    """The sweep starts at (start - the block's longest range): a decade-long range and dates at
    date.min (where that subtraction overflows) must not lose a pair."""
    claims = _claims(random.Random(5), 800)
    claims[10].update(date_start=date(2015, 1, 1), date_end=date(2024, 12, 31), date_precision="range")
    claims[11].update(date_start=date.min, date_end=date(2021, 1, 1), date_precision="range")
    claims[12].update(date_start=date.min, date_end=date.min, date_precision="day")
    assert _ids(curate.cluster_event_claims(claims)) == _ids(reference.cluster_event_claims(claims))


def test_event_clustering_with_malformed_dates_falls_back_to_all_pairs():
    claims = _claims(random.Random(4), 200)
    claims[3]["date_end"] = claims[3]["date_start"] - timedelta(days=3)   # end before start
    claims[7]["date_end"] = None                                           # half a range
    claims[7]["date_start"] = date(2020, 6, 1)
    try:
        expected = _ids(reference.cluster_event_claims(claims))
    except TypeError:       # the rule itself cannot compare a date with None: the same error
        with pytest.raises(TypeError):
            curate.cluster_event_claims(claims)
    else:
        assert _ids(curate.cluster_event_claims(claims)) == expected
    del claims[7]
    assert _ids(curate.cluster_event_claims(claims)) == _ids(reference.cluster_event_claims(claims))


def _set(df, col: str, row: int, value) -> None:
    """Set one cell (list cells of Arrow-backed columns cannot be set in place)."""
    values = df[col].tolist()
    values[row] = value
    df[col] = pd.Series(values, dtype=df[col].dtype, index=df.index)


def _broken(tables: dict) -> dict:
    """The same tables with one violation of every cross-table rule."""
    out = {k: v.copy() for k, v in tables.items()}
    claims, events, stances, mentions = out["claims"], out["events"], out["stances"], out["mentions"]
    claims.loc[0, "char_start"] = claims.loc[0, "char_start"] + 1            # text differs from slice
    claims.loc[1, "doc_id"] = "doc-missing"                                  # unknown document
    _set(claims, "subject_ids", 2, ["nobody", *claims.at[2, "subject_ids"]])   # unknown actor in a list
    mentions.loc[0, "char_end"] = mentions.loc[0, "char_end"] + 2
    events.loc[0, "n_documents"] = events.loc[0, "n_documents"] + 5
    statement = claims.loc[claims["kind"] != "event", "claim_id"].iloc[0]
    _set(events, "claim_ids", 1, [*events.at[1, "claim_ids"], statement, "clm-missing"])
    _set(events, "claim_ids", 2, [])
    _set(stances, "claim_ids", 0, [])
    return out


@pytest.mark.parametrize("broken", [False, True])
def test_integrity_rules_equal_row_by_row_versions(tables, broken):
    t = _broken(tables) if broken else tables
    docs, claims, mentions, events, stances = (t[k] for k in ("documents", "claims", "mentions", "events", "stances"))
    pairs = [
        (integrity.foreign_keys(t), reference.foreign_keys(t)),
        (integrity.document_counts(t), reference.document_counts(t)),
        (integrity.claim_slices(docs, claims), reference.claim_slices(docs, claims)),
        (integrity.mention_slices(docs, mentions), reference.mention_slices(docs, mentions)),
        (integrity.events_rest_on_asserted_claims(events, claims), reference.events_rest_on_asserted_claims(events, claims)),
        (integrity.stances_have_claims(stances), reference.stances_have_claims(stances)),
    ]
    for new, old in pairs:
        assert new == old
    failures = integrity.check_all(t)
    assert bool(failures) == broken
    if broken:   # every rule found its violation
        for part in ("differs from documents.text", "IDs not in documents", "IDs not in actors", "mention ",
                     "n_documents", "non-asserted", "no claims", "stance "):
            assert any(part in f for f in failures), part


@pytest.mark.parametrize("broken", [False, True])
def test_integrity_rules_take_plain_pandas_frames(tables, broken):
    """Frames without Arrow dtypes (as tests and consumers may build them) give the same failures."""
    t = {k: v.astype(object) for k, v in (_broken(tables) if broken else tables).items()}
    docs = t["documents"]
    assert integrity.foreign_keys(t) == reference.foreign_keys(t)
    assert integrity.document_counts(t) == reference.document_counts(t)
    assert integrity.claim_slices(docs, t["claims"]) == reference.claim_slices(docs, t["claims"])
    assert integrity.events_rest_on_asserted_claims(t["events"], t["claims"]) == \
        reference.events_rest_on_asserted_claims(t["events"], t["claims"])
    assert bool(integrity.check_all(t)) == broken


def test_chart_rows_equal_to_dict_versions(tables, monkeypatch):
    new = (charts.timeline_rows(tables), charts.network_data(tables), charts.stance_rows(tables))
    monkeypatch.setattr(charts, "_rows", lambda df, columns=None: df.to_dict("records"))
    old = (charts.timeline_rows(tables), charts.network_data(tables), charts.stance_rows(tables))
    assert new == old and new[0][0]


def test_review_queue_equals_all_pairs_version(tables):
    t = {k: v.copy() for k, v in tables.items()}
    # discovered actors that resemble registry names: by containment, by spelling, and not at all
    actors = t["actors"]
    registry = actors[actors["origin"] == "registry"].iloc[0]
    found = actors.index[actors["origin"] == "discovered"]
    actors.at[found[0], "name"] = registry["name"] + " Office"
    _set(actors, "aliases", found[1], [registry["name"][:-1] + "x"])
    for limit in (None, 5):
        queue = review.review_queue(t, limit=limit, today=TODAY)
        expected = reference.review_queue(t, limit=limit, today=TODAY)
        assert [vars(i) for i in queue] == [vars(i) for i in expected]
        assert all(isinstance(i, review.ReviewItem) for i in queue)
    assert {"actors", "events"} <= {i.kind for i in review.review_queue(t, limit=None, today=TODAY)}


def test_knowledge_reads_the_same_with_libyaml(monkeypatch):
    import yaml

    from pipeline import knowledge

    for seeds in (ROOT / "seeds", FIXTURES / "seeds"):
        fast = knowledge.load_knowledge(seeds)
        monkeypatch.setattr(knowledge, "SAFE_LOADER", yaml.SafeLoader)
        assert knowledge.load_knowledge(seeds) == fast
        monkeypatch.undo()


def test_resemblance_bound_never_drops_a_similar_pair():
    """Every pair difflib rates at RESEMBLANCE or more is among the candidates, with its ratio."""
    import difflib

    rng = random.Random(5)
    words = ["tsai", "ing", "wen", "lai", "ching", "te", "kishida", "fumio", "ministry", "defense", "office", "x"]
    names = sorted({" ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(300)})
    registry, probes = names[::2], names[1::2] + ["", "tsai ing-wen", "ministry of defense"]
    similar = review._Resemblance(registry)
    for key in probes:
        got = dict(similar.ratios(key))
        for i, rkey in enumerate(registry):
            ratio = difflib.SequenceMatcher(None, key, rkey).ratio()
            if min(len(key), len(rkey)) >= 4 and (key in rkey or rkey in key):
                ratio = max(ratio, 0.9)
            if ratio >= review.RESEMBLANCE:
                assert got.get(i) == ratio, (key, rkey)


def test_body_cache_gives_the_bodies_find_body_gives(tmp_path):
    from pipeline.cache import BodyCache

    folder = tmp_path / "docs"
    write_corpus(folder, 12, seeds_documents=ROOT / "seeds" / "documents")
    plain = ingest_layer(folder).documents
    cold_cache = BodyCache(tmp_path / "cache")
    cold = ingest_layer(folder, body_cache=cold_cache).documents
    warm_cache = BodyCache(tmp_path / "cache")
    assert len(warm_cache.entries) == len(plain)
    warm = ingest_layer(folder, body_cache=warm_cache).documents
    assert warm_cache.added == 0 and warm_cache.path == cold_cache.path
    assert plain.equals(cold) and plain.equals(warm)
    # a changed title is a new key: found again, not taken from the cache
    again = BodyCache(tmp_path / "cache")
    again.find(plain.loc[0, "text"], "Another title", None)
    assert again.added == 1


def test_release_diff_equals_row_by_row_version(tables):
    from pipeline.diff import diff_table

    before = _broken(tables)
    after = {k: v.iloc[1:].reset_index(drop=True) for k, v in tables.items()}   # a row removed, others changed
    after["claims"] = after["claims"].sample(frac=1.0, random_state=1).reset_index(drop=True)   # order differs
    keys = {"documents": "doc_id", "claims": "claim_id", "mentions": "mention_id", "events": "event_id",
            "stances": "stance_id", "actors": "actor_id", "topics": "topic_id", "rejects": None}
    for name, key in keys.items():
        for a, b in ((before[name], after[name]), (after[name], before[name]), (tables[name], tables[name])):
            assert diff_table(a, b, key) == reference.diff_table(a, b, key), name
    assert diff_table(before["claims"], after["claims"], "claim_id")["changed"] > 0


def test_actor_network_of_500_plus_actors_is_laid_out():
    """networkx lays out graphs of 500+ nodes through scipy: a ~10k-article corpus gets there."""
    n = 520
    actors = pd.DataFrame({"actor_id": [f"a{i}" for i in range(n)], "name": [f"Actor {i}" for i in range(n)],
                           "country": ["JPN"] * n})
    events = pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "event_type": ["CONSULT"] * n,
                           "source_actor_ids": [[f"a{i}"] for i in range(n)],
                           "target_actor_ids": [[f"a{(i + 1) % n}"] for i in range(n)]})
    tables = {"actors": actors, "events": events,
              "topics": pd.DataFrame({"topic_id": [], "label": []}),
              "documents": pd.DataFrame({"doc_id": [], "source_file": []})}
    nodes, edges = charts.network_data(tables)
    assert len(nodes) == n and len(edges) == n
    assert len({(node["x"], node["y"]) for node in nodes}) == n


@pytest.mark.parametrize("broken", [False, True])
def test_integrity_checks_read_only_the_columns_they_declare(tables, broken):
    """The foreign-key and asserted-claims checks load their extra inputs as the declared columns only
    (pipeline/assets/checks.py RULE_COLUMNS): the rules find the same failures as on whole tables."""
    from pipeline.assets.checks import RULE_COLUMNS

    t = _broken(tables) if broken else tables
    projected = {k: (v[RULE_COLUMNS[k]] if k in RULE_COLUMNS else v) for k, v in t.items()}
    assert integrity.foreign_keys(projected) == integrity.foreign_keys(t)
    assert integrity.document_counts(projected) == integrity.document_counts(t)
    claims = t["claims"][["claim_id", "modality", "kind"]]
    assert integrity.events_rest_on_asserted_claims(t["events"], claims) == \
        integrity.events_rest_on_asserted_claims(t["events"], t["claims"])
    if broken:
        assert integrity.foreign_keys(projected) and integrity.document_counts(projected)
