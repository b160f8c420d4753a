import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import DATE_PRECISIONS, POLARITIES, Date, Float, Int, String, StringList, TableModel


class Stances(TableModel):
    """One row per (actor, topic, polarity) position, with the evidence behind it."""

    stance_id: Series[String] = pa.Field(unique=True, description="Deterministic stance ID from actor, topic and polarity.")
    actor_id: Series[String] = pa.Field(description="Who holds the position (-> actors).")
    topic_id: Series[String] = pa.Field(description="What the position is about (-> topics).")
    polarity: Series[String] = pa.Field(isin=POLARITIES, description="support | oppose | neutral.")
    date_start: Series[Date] = pa.Field(nullable=True, description="Earliest known date of the evidence; null when unknown.")
    date_end: Series[Date] = pa.Field(nullable=True, description="Latest known date of the evidence; null when unknown.")
    date_precision: Series[String] = pa.Field(isin=DATE_PRECISIONS, description="day | month | year | range | unknown.")
    claim_ids: Series[StringList] = pa.Field(description="Stance claims behind the row (-> claims); at least one.")
    doc_ids: Series[StringList] = pa.Field(description="Documents the evidence comes from (-> documents).")
    n_documents: Series[Int] = pa.Field(ge=1, description="Number of distinct doc_ids.")
    evidence: Series[String] = pa.Field(description="The quote or sentence of the most confident claim.")
    confidence: Series[Float] = pa.Field(ge=0.0, le=1.0, description="Estimated probability that the stance row is right.")
    curation: Series[StringList] = pa.Field(nullable=True, description="IDs of the curation overrides (seeds/curation/) that shaped this stance or its claims, sorted; null when curation did not touch it.")

    @pa.dataframe_check(description="at least one claim")
    def has_claim(cls, df):
        return df["claim_ids"].list.len() > 0
