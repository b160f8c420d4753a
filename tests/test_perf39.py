"""perf39: diff_table compares the aligned rows run by run, in place (no combine_chunks/filter copies), where
the keys ascend on both sides; its result must equal the column-by-column path's on every kind of change."""
import random

import numpy as np
import pyarrow
import pytest

from pipeline import diff


def _table(ids, rng, chunks=3, nan_at=None):
    n = len(ids)
    values = [rng.choice(["a", "b", None, "ç日本"]) for _ in range(n)]
    lists = [None if rng.random() < 0.1 else [rng.choice("xyz") for _ in range(rng.randint(0, 3))] for _ in range(n)]
    floats = [rng.random() for _ in range(n)]
    if nan_at is not None and n:
        floats[nan_at % n] = float("nan")
    t = pyarrow.table({"id": pyarrow.array(ids, pyarrow.string()), "v": pyarrow.array(values, pyarrow.string()),
                       "l": pyarrow.array(lists, pyarrow.list_(pyarrow.string())),
                       "f": pyarrow.array(floats, pyarrow.float64()),
                       "i": pyarrow.array(range(n), pyarrow.int64())})
    if n and chunks > 1:   # several chunks, as a Parquet file of several row groups reads
        cuts = sorted({0, n, *(rng.randrange(n) for _ in range(chunks - 1))})
        t = pyarrow.Table.from_batches([b for s, e in zip(cuts, cuts[1:]) for b in t.slice(s, e - s).to_batches()],
                                       schema=t.schema)
    return t


def _reference(before, after, key, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(diff, "_runs", lambda old_rows, new_rows: None)
        return diff.diff_table(before, after, key)


def _mutate(t: pyarrow.Table, rng, *, add=0, remove=0, change=0, shuffle=False) -> pyarrow.Table:
    rows = t.to_pylist()
    for _ in range(min(remove, len(rows))):
        rows.pop(rng.randrange(len(rows)))
    for _ in range(change):
        if rows:
            r = rows[rng.randrange(len(rows))]
            col = rng.choice(["v", "l", "f", "i"])
            r[col] = {"v": "changed", "l": ["q"], "f": 2.5, "i": -1}[col]
    for k in range(add):
        rows.append({"id": f"new-{k:04d}-{rng.random():.6f}", "v": "n", "l": [], "f": 0.5, "i": 7})
    rows.sort(key=lambda r: r["id"])
    if shuffle:
        rng.shuffle(rows)
    return pyarrow.Table.from_pylist(rows, schema=t.schema)


@pytest.mark.parametrize("seed", range(40))
def test_runs_path_equals_column_path(seed, monkeypatch):
    rng = random.Random(seed)
    ids = sorted(f"id-{rng.random():.8f}" for _ in range(rng.choice([0, 1, 5, 200, 1500])))
    before = _table(ids, rng, chunks=rng.choice([1, 3]), nan_at=seed if seed % 5 == 0 else None)
    after = _mutate(before, rng, add=rng.choice([0, 1, 3, 50]), remove=rng.choice([0, 0, 1, 4]),
                    change=rng.choice([0, 0, 1, 6]), shuffle=seed % 7 == 3)
    if seed % 4 == 1:   # other chunk layouts on the new side
        after = pyarrow.Table.from_batches(after.to_batches(max_chunksize=97), schema=after.schema)
    assert diff.diff_table(before, after, "id") == _reference(before, after, "id", monkeypatch)
    assert diff.diff_table(after, before, "id") == _reference(after, before, "id", monkeypatch)


def test_retyped_column_is_compared_as_before(monkeypatch):
    rng = random.Random(1)
    before = _table([f"k{i:03d}" for i in range(50)], rng)
    after = before.set_column(4, "i", before["i"].cast(pyarrow.float64()))
    assert diff.diff_table(before, after, "id") == _reference(before, after, "id", monkeypatch)


def test_runs():
    assert diff._runs(np.array([0, 1, 2, 3]), np.array([0, 1, 3, 4])) == [(0, 0, 2), (2, 3, 2)]
    assert diff._runs(np.array([], dtype=np.int64), np.array([], dtype=np.int64)) == []
    assert diff._runs(np.array([0, 1]), np.array([1, 0])) is None   # not ascending: the column path
    many = np.arange(0, 2 * (diff.MAX_RUNS + 1), 2)
    assert diff._runs(np.arange(len(many)), many) is None


def _index_in(old, new):
    import pyarrow.compute as pc
    positions = pc.index_in(old, value_set=new)
    kept = np.asarray(positions.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    return kept, positions.filter(pyarrow.array(kept)).to_numpy(zero_copy_only=False).astype(np.int64)


@pytest.mark.parametrize("seed", range(30))
def test_key_positions_equal_index_in(seed):
    rng = random.Random(seed)
    alphabet = "0123456789abcdef" if seed % 3 else "aé日\x01z"   # multi-byte UTF-8 and a control byte
    width = rng.choice([1, 4, 20])
    universe = sorted({"".join(rng.choice(alphabet) for _ in range(width)) for _ in range(rng.choice([0, 2, 30, 800]))})
    old = [k for k in universe if rng.random() < 0.8]
    new = [k for k in universe if rng.random() < 0.8]
    if seed % 5 == 1 and new:
        new = new + [new[0] + "x"]        # one key of another width: the hash path
    if seed % 5 == 2 and len(new) > 2:
        new[0], new[1] = new[1], new[0]   # not ascending: the hash path
    if seed % 5 == 3 and old:
        old = old[1:] + [None]            # a null key: the hash path
    o, n = pyarrow.array(old, pyarrow.string()), pyarrow.array(new, pyarrow.string())
    if len(o) > 3:
        o = o.slice(1)                    # a sliced array (buffer offsets)
    kept, rows = diff._key_positions(o, n)
    ref_kept, ref_rows = _index_in(o, n)
    assert kept.tolist() == ref_kept.tolist() and rows.tolist() == ref_rows.tolist()


def test_nul_bytes_take_the_hash_path():
    ids = pyarrow.array(["a\x00", "b\x00", "c\x00"])
    assert diff._fixed_width(ids) is None
    kept, rows = diff._key_positions(ids, pyarrow.array(["a\x00", "c\x00", "d\x00"]))
    assert kept.tolist() == [True, False, True] and rows.tolist() == [0, 1]
