"""The review queue's resemblance memo (curation.resemblance_memo) gives exactly review._Resemblance's
results, run after run, while the registry's names and the discovered names change between runs, and a
later run computes only the new names. Registry: the seed registry's folded names and aliases; queries:
those names cut, misspelt, extended and shuffled (so that many pairs pass the bounds, contain each
other or reach RESEMBLANCE), plus short and odd strings."""
import random
from pathlib import Path

import pytest

from pipeline.curation.resemblance_memo import RatioMemo
from pipeline.curation.review import RESEMBLANCE_VERSION, _Resemblance
from pipeline.extract.actors import fold
from pipeline.knowledge import load_knowledge

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def registry_names() -> list[str]:
    knowledge = load_knowledge(SEEDS)
    return [fold(n) for a in knowledge.actors for n in [a.name, *a.aliases]]


def _variants(names: list[str], rng: random.Random, n: int) -> list[str]:
    out = ["", "a", "abc", "x\0y", "ministry", "the ministry of defense of japan"]
    for _ in range(n):
        name = rng.choice(names)
        how = rng.randrange(5)
        if how == 0 and len(name) > 3:
            i = rng.randrange(len(name))
            name = name[:i] + name[i + 1:]
        elif how == 1:
            name = name + rng.choice([" jr", "s", " party", " office"])
        elif how == 2 and " " in name:
            name = " ".join(reversed(name.split()))
        elif how == 3 and len(name) > 6:
            name = name[1:-1]
        out.append(name)
    return out


def _direct(keys: list[str], queries: list[str]) -> dict:
    search = _Resemblance(keys)
    return {q: list(search.ratios(q)) for q in set(queries)}


def test_memo_equals_search_across_changing_runs(registry_names, tmp_path):
    rng = random.Random(13)
    base = registry_names
    assert len(base) > 500
    queries = _variants(base, rng, 400)
    runs = [
        (base[:-200], queries[:300]),                      # first run: nothing stored
        (base[:-200], queries[:300]),                      # the same names: everything from the memo
        (base[:-150] + ["taiwan coast guard x"], queries[:320] + ["taiwan coast guard"]),   # names added on both sides
        (base[100:-150] + base[:5], queries[50:320]),       # names dropped, duplicates in the registry
        (sorted(set(base)), queries),                       # another order, every name
    ]
    computed = []
    for keys, qs in runs:
        memo = RatioMemo(tmp_path, RESEMBLANCE_VERSION, _Resemblance)
        got = memo.ratios(keys, qs)
        assert got == _direct(keys, qs)
        computed.append(memo.computed)
    assert computed[0] == len(set(runs[0][1]))
    assert computed[1] == 0                                 # a repeated run compares nothing against the whole registry
    assert computed[2] == len(set(runs[2][1]) - set(runs[1][1]))   # only the new queries
    assert computed[3] == 0
    # some pairs of every kind were exercised
    everything = _direct(runs[-1][0], runs[-1][1])
    values = [v for pairs in everything.values() for _, v in pairs]
    assert any(v >= 0.82 for v in values) and any(v < 0.82 for v in values) and any(v == 0.9 for v in values)


def test_memo_without_folder_and_with_another_version(registry_names, tmp_path):
    keys, qs = registry_names[:300], _variants(registry_names[:300], random.Random(1), 60)
    assert RatioMemo(None, RESEMBLANCE_VERSION, _Resemblance).ratios(keys, qs) == _direct(keys, qs)
    RatioMemo(tmp_path, RESEMBLANCE_VERSION, _Resemblance).ratios(keys, qs)
    other = RatioMemo(tmp_path, "another-version", _Resemblance)   # a changed search never reads the old pairs
    assert other.ratios(keys, qs) == _direct(keys, qs) and other.computed == len(set(qs))
    assert len(list(tmp_path.glob("resemblance-*.json"))) == 2
