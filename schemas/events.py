import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import DATE_PRECISIONS, PLOVER_TYPES, Date, Float, Int, String, StringList, TableModel


class Events(TableModel):
    """One row per real-world event, merged across the sentences and documents that report it."""

    event_id: Series[String] = pa.Field(unique=True, description="Deterministic event ID from the smallest claim ID it rests on.")
    event_type: Series[String] = pa.Field(isin=PLOVER_TYPES, description="PLOVER event type.")
    mode: Series[String] = pa.Field(nullable=True, description="PLOVER mode, where the lexicon gives one.")
    date_start: Series[Date] = pa.Field(nullable=True, description="First day of the event's date range; null when unknown.")
    date_end: Series[Date] = pa.Field(nullable=True, description="Last day of the event's date range; null when unknown.")
    date_precision: Series[String] = pa.Field(isin=DATE_PRECISIONS, description="day | month | year | range | unknown.")
    source_actor_ids: Series[StringList] = pa.Field(description="Actors who did it (-> actors); at least one.")
    target_actor_ids: Series[StringList] = pa.Field(description="Actors it was done to (-> actors); may be empty.")
    summary: Series[String] = pa.Field(description="One line: who did what to whom, and the evidence sentence.")
    claim_ids: Series[StringList] = pa.Field(description="Claims reporting the event (-> claims); at least one, all asserted.")
    doc_ids: Series[StringList] = pa.Field(description="Documents reporting the event (-> documents).")
    n_documents: Series[Int] = pa.Field(ge=1, description="Number of distinct doc_ids.")
    confidence: Series[Float] = pa.Field(ge=0.0, le=1.0, description="Estimated probability that the event row is right.")
    curation: Series[StringList] = pa.Field(nullable=True, description="IDs of the curation overrides (seeds/curation/) that shaped this event or its claims, sorted; null when curation did not touch it.")

    @pa.dataframe_check(description="at least one source actor and one claim")
    def has_source_and_claim(cls, df):
        return (df["source_actor_ids"].list.len() > 0) & (df["claim_ids"].list.len() > 0)

    @pa.dataframe_check(description="n_documents equals the number of distinct doc_ids")
    def n_documents_counts_docs(cls, df):
        return df["doc_ids"].map(lambda ids: len(set(ids))).astype("int64") == df["n_documents"].astype("int64")
