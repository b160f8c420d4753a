"""Intermediate tables as Parquet files (never pickles), so any of them opens in DuckDB."""
import os
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline.memory import release_freed_memory


# the record batch size of pq.read_table / pd.read_parquet (pyarrow.dataset's default): the chunks of load()'s columns
READ_BATCH_ROWS = 131_072


class LazyTable:
    """An input read only when asked for (AssetIn(metadata={"lazy": True})): a step that needs a table in some
    cases only (the release: the extraction's tables when gold documents are scored) does not hold it otherwise."""

    def __init__(self, path: Path):
        self.path = path

    def load(self) -> pd.DataFrame:
        return pd.read_parquet(self.path, dtype_backend="pyarrow")

    def num_rows(self) -> int:
        return pq.ParquetFile(self.path).metadata.num_rows

    def column_names(self) -> list[str]:
        return list(pq.ParquetFile(self.path).schema_arrow.names)

    def read(self, columns) -> pd.DataFrame:
        """Only these columns (Arrow's types, as load_input's `columns`)."""
        return _arrow_frame(pq.read_table(self.path, columns=list(columns)))

    def chunks(self, rows: int):
        """The table as frames of exactly `rows` rows (the last one fewer), read a record batch at a time. The
        batches are those of load() (READ_BATCH_ROWS, split at the file's row groups), so each frame's Arrow
        arrays are split where a slice of load()'s would be: the Parquet writer's output depends on that
        layout (pages, the fall-back from dictionary encoding), not only on the values."""
        pending, n = [], 0
        for batch in pq.ParquetFile(self.path).iter_batches(batch_size=READ_BATCH_ROWS):
            pending.append(batch)
            n += batch.num_rows
            while n >= rows:
                table = pyarrow.Table.from_batches(pending)
                yield _arrow_frame(table.slice(0, rows))
                rest = table.slice(rows)
                pending, n = rest.to_batches(), rest.num_rows
                del table, rest
        if n:
            yield _arrow_frame(pyarrow.Table.from_batches(pending))


def _arrow_frame(table: pyarrow.Table) -> pd.DataFrame:
    # (pandas cannot rebuild a subset's list dtypes from its own metadata: Arrow's types, no metadata)
    return table.to_pandas(types_mapper=pd.ArrowDtype, ignore_metadata=True)


class ParquetIOManager(dg.ConfigurableIOManager):
    """Stores each DataFrame asset as <base_dir>/<asset key>.parquet, and each op output that is not an
    asset (the extraction graph's chunks) as <base_dir>/runs/<run id>/<step key>/<output>[/<mapping
    key>].parquet: one file per run, step and dynamic output, so concurrent runs and mapped steps on
    other processes or machines (multiprocess, Celery, Kubernetes executors) never share a file."""

    base_dir: str

    def _path(self, context) -> Path:
        key = context.asset_key.path if context.has_asset_key else ["runs", *context.get_identifier()]
        return Path(self.base_dir).joinpath(*key).with_suffix(".parquet")

    def handle_output(self, context: dg.OutputContext, obj: pd.DataFrame) -> None:
        if obj is None:
            return
        if not isinstance(obj, pd.DataFrame):
            raise TypeError(f"{context.asset_key}: ParquetIOManager stores DataFrames, got {type(obj).__name__}")
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        pq.write_table(pyarrow.Table.from_pandas(obj, preserve_index=False), tmp, compression="zstd")
        tmp.replace(path)
        context.add_output_metadata({"path": dg.MetadataValue.path(str(path))})

    def load_input(self, context: dg.InputContext) -> pd.DataFrame:
        path = self._path(context.upstream_output)
        if not path.exists():
            raise FileNotFoundError(f"{path}: upstream table {context.upstream_output.asset_key} not materialised yet")
        # what the previous steps freed (Arrow buffers its allocator keeps, heap pages malloc keeps): hand it
        # back first, so that this step's objects (curation's records) can use that memory
        release_freed_memory()
        if (context.definition_metadata or {}).get("lazy"):
            return LazyTable(path)
        # an input may name the columns it reads (AssetIn(metadata={"columns": [...]})): only those are read
        columns = (context.definition_metadata or {}).get("columns")
        if columns:
            return _arrow_frame(pq.read_table(path, columns=list(columns)))
        return pd.read_parquet(path, dtype_backend="pyarrow")
