import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import String, TableModel


class Topics(TableModel):
    """The controlled vocabulary of positions (seeds/topics.yaml)."""

    topic_id: Series[String] = pa.Field(unique=True, description="Topic identifier.")
    label: Series[String] = pa.Field(description="Short human label.")
    description: Series[String] = pa.Field(description="What support means on this topic.")
