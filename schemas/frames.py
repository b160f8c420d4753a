"""Turn plain records into frames typed exactly as their table model says."""
import pandas as pd
import pandera.pandas as pa
import pyarrow


def column_dtypes(model: type[pa.DataFrameModel]) -> dict[str, pd.ArrowDtype]:
    """Column name -> pyarrow-backed dtype, in the model's order."""
    return {name: col.dtype.type for name, col in model.to_schema().columns.items()}


def arrow_schema(model: type[pa.DataFrameModel], table_name: str) -> pyarrow.Schema:
    """The Parquet schema of a table: written explicitly so types never drift between releases."""
    schema = model.to_schema()
    fields = [
        pyarrow.field(name, col.dtype.type.pyarrow_dtype, nullable=col.nullable,
                      metadata={"description": col.description or ""})
        for name, col in schema.columns.items()
    ]
    return pyarrow.schema(fields, metadata={"table": table_name, "description": (model.__doc__ or "").strip()})


def frame(model: type[pa.DataFrameModel], records: list[dict]) -> pd.DataFrame:
    """A frame with exactly the model's columns and dtypes (empty when there are no records)."""
    dtypes = column_dtypes(model)
    data = {name: [r.get(name) for r in records] for name in dtypes}
    return pd.DataFrame({name: pd.Series(values, dtype=dtypes[name]) for name, values in data.items()})


def to_arrow(model: type[pa.DataFrameModel], table_name: str, df: pd.DataFrame) -> pyarrow.Table:
    """The frame as a pyarrow table with the model's explicit schema (no pandas metadata)."""
    schema = arrow_schema(model, table_name)
    table = pyarrow.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)
    return table.replace_schema_metadata(schema.metadata)
