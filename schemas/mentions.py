import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import Float, Int, String, TableModel


class Mentions(TableModel):
    """One row per place an actor is named in a document body: the trace behind every actor."""

    mention_id: Series[String] = pa.Field(unique=True, description="Deterministic mention ID from document and offsets.")
    doc_id: Series[String] = pa.Field(description="Document (-> documents.doc_id).")
    actor_id: Series[String] = pa.Field(description="The actor named (-> actors.actor_id).")
    char_start: Series[Int] = pa.Field(ge=0, description="Start offset of the surface form in documents.text.")
    char_end: Series[Int] = pa.Field(ge=0, description="End offset (exclusive) of the surface form.")
    text: Series[String] = pa.Field(description="The surface form exactly as written.")
    method: Series[String] = pa.Field(isin=("alias", "metonym", "short_form", "description", "discovered", "pronoun", "curation"),
                                      description="How the mention was resolved: registry alias, metonym, short form of an earlier full name, discovery, pronoun, or an analyst's curation override (seeds/curation/).")
    confidence: Series[Float] = pa.Field(ge=0.0, le=1.0, description="Estimated probability that the mention names this actor.")

    @pa.dataframe_check(description="char_start < char_end")
    def offsets_ordered(cls, df):
        return df["char_start"] < df["char_end"]
