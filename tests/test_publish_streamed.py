"""The release step's large tables stay in their stored Parquet files (publish.StoredTable) and are streamed
into the release a row group at a time: the same bytes as writing the whole frame."""
import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq
import pytest

from pipeline.io_manager import LazyTable
from pipeline.publish import StoredTable, publish
from pipeline.release import ROW_GROUP_ROWS, parquet_bytes, read_release, streamed_parquet_bytes

RELEASE = Path(__file__).resolve().parents[1] / "releases" / "v1.1.6"


def stored(df: pd.DataFrame, path: Path, row_group_size: int) -> LazyTable:
    """The frame as ParquetIOManager stores it (row groups of another size than the release's)."""
    pq.write_table(pyarrow.Table.from_pandas(df, preserve_index=False), path, compression="zstd",
                   row_group_size=row_group_size)
    return LazyTable(path)


@pytest.fixture(scope="module")
def tables():
    if not RELEASE.is_dir():
        pytest.skip("no v1.1.6 release in this checkout")
    return read_release(RELEASE)


@pytest.mark.parametrize("name,rows,storage_groups", [("mentions", 2 * ROW_GROUP_ROWS + 12_345, 30_000),
                                                      ("mentions", ROW_GROUP_ROWS, 64_000), ("mentions", 7, 3),
                                                      ("claims", 3 * ROW_GROUP_ROWS + 38_875, 1024 * 1024)])
def test_streamed_bytes_equal_the_whole_frames(tables, tmp_path, name, rows, storage_groups):
    """The bytes of load()'s whole frame. Claims with a distinct text per row: the writer's dictionary of that
    column overflows and falls back to plain encoding where the input's Arrow chunks end (LazyTable.chunks reads
    load()'s record batches, 131,072 rows, for that; chunks read at 100,000 rows gave other bytes at 10k articles)."""
    table = tables[name]
    big = table.iloc[[i % len(table) for i in range(rows)]].reset_index(drop=True)
    if name == "claims":
        big["text"] = pd.array([f"{t} ({i})" for i, t in enumerate(big["text"])], dtype=big["text"].dtype)
    lazy = stored(big, tmp_path / f"{name}.parquet", storage_groups)
    chunks = list(lazy.chunks(ROW_GROUP_ROWS))
    assert [len(c) for c in chunks][:-1] == [ROW_GROUP_ROWS] * (len(chunks) - 1) and sum(map(len, chunks)) == rows
    assert streamed_parquet_bytes(name, iter(chunks)) == parquet_bytes(name, lazy.load())


def test_a_table_without_rows_is_not_streamed(tables, tmp_path):
    lazy = stored(tables["rejects"].iloc[:0], tmp_path / "rejects.parquet", 10)
    assert streamed_parquet_bytes("rejects", lazy.chunks(ROW_GROUP_ROWS)) is None


def test_stored_table_reads_only_what_is_asked(tables, tmp_path):
    docs = tables["documents"]
    t = StoredTable(stored(docs, tmp_path / "documents.parquet", 1000))
    assert len(t) == len(docs) and "doc_id" in t and "nope" not in t and list(t.columns) == list(docs.columns)
    assert t["doc_id"].tolist() == docs["doc_id"].tolist()
    assert t[["doc_id", "title"]].columns.tolist() == ["doc_id", "title"]
    assert t.load().equals(docs)


def test_publish_of_stored_tables_equals_publish_of_frames(tables, tmp_path):
    """Every file of the release the same but for created_at / code revision (none here: same process)."""
    inputs = json.loads((RELEASE / "manifest.json").read_text())["inputs"]
    streamed = {n: (StoredTable(stored(t, tmp_path / f"{n}.parquet", 500)) if n in ("documents", "claims", "mentions")
                    else t) for n, t in tables.items()}
    a = publish(tables, inputs, tmp_path / "a", contract_checked=True)
    b = publish(streamed, inputs, tmp_path / "b", contract_checked=True)
    assert a.manifest["tables"] == b.manifest["tables"]
    for f in sorted(p.name for p in a.path.iterdir() if p.is_file()):
        if f not in ("manifest.json", "README.md", "report.html", "datapackage.json", "SHA256SUMS"):
            assert (a.path / f).read_bytes() == (b.path / f).read_bytes(), f
    # and with a parent: the diff reads the streamed tables back from their bytes
    publish({**tables, "claims": tables["claims"].iloc[:-5]}, inputs, tmp_path / "p", contract_checked=True)
    shutil.copytree(tmp_path / "p", tmp_path / "q")
    c = publish(tables, inputs, tmp_path / "p", contract_checked=True)
    d = publish(streamed, inputs, tmp_path / "q", contract_checked=True)
    assert c.manifest["changes"] is not None and c.manifest["changes"] == d.manifest["changes"]
    assert (c.path / "README.md").read_text() == (d.path / "README.md").read_text()
