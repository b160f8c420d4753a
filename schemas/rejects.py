import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import String, TableModel


class Rejects(TableModel):
    """Every input or row that did not make it into a table, with the reason: nothing is dropped silently."""

    table: Series[String] = pa.Field(description="Table the row was on its way into ('documents' for input files).")
    row_key: Series[String] = pa.Field(description="The row's ID, or the input file name.")
    reason: Series[String] = pa.Field(description="Why it was rejected (the failed check, or the input problem).")
    row_json: Series[String] = pa.Field(description="The rejected row as JSON (for an input file: its name, size and sha256).")
