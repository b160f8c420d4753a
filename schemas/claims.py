import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import (CLAIM_KINDS, DATE_PRECISIONS, MODALITIES, PLOVER_TYPES, POLARITIES, Date,
                          Float, Int, String, StringList, TableModel)


class Claims(TableModel):
    """One row per assertion found in a document; several claims may share one sentence."""

    claim_id: Series[String] = pa.Field(unique=True, description="Deterministic claim ID from document, offsets, kind, predicate and topic.")
    doc_id: Series[String] = pa.Field(description="Document the claim comes from (-> documents.doc_id).")
    char_start: Series[Int] = pa.Field(ge=0, description="Start offset of the claim's sentence in documents.text.")
    char_end: Series[Int] = pa.Field(ge=0, description="End offset (exclusive); text == documents.text[char_start:char_end].")
    text: Series[String] = pa.Field(description="The sentence, exactly as it stands in the document.")
    claimant_id: Series[String] = pa.Field(nullable=True, description="Who asserts it when quoted or reported speech (-> actors); null = the document's own voice.")
    kind: Series[String] = pa.Field(isin=CLAIM_KINDS, description="event | stance | statement.")
    modality: Series[String] = pa.Field(isin=MODALITIES, description="asserted | negated | hypothetical | prescriptive | planned; only asserted claims become events.")
    predicate: Series[String] = pa.Field(nullable=True, description="For events the PLOVER type; for stances 'STANCE'; for statements the main reporting or event verb, or null.")
    mode: Series[String] = pa.Field(nullable=True, description="PLOVER mode of an event, where the lexicon gives one.")
    trigger: Series[String] = pa.Field(nullable=True, description="The words that triggered the event type or stance (verb, noun or cue phrase).")
    subject_ids: Series[StringList] = pa.Field(description="Actors doing or holding (-> actors), in order of mention.")
    object_ids: Series[StringList] = pa.Field(description="Actors acted upon (-> actors), in order of mention.")
    topic_id: Series[String] = pa.Field(nullable=True, description="Topic of a stance claim (-> topics).")
    polarity: Series[String] = pa.Field(nullable=True, isin=POLARITIES, description="Polarity of a stance claim: support | oppose | neutral.")
    time_text: Series[String] = pa.Field(nullable=True, description="The time expression the date was read from, as written.")
    date_start: Series[Date] = pa.Field(nullable=True, description="First day of the claim's date range; null when unknown.")
    date_end: Series[Date] = pa.Field(nullable=True, description="Last day of the claim's date range; null when unknown.")
    date_precision: Series[String] = pa.Field(isin=DATE_PRECISIONS, description="day | month | year | range | unknown.")
    confidence: Series[Float] = pa.Field(ge=0.0, le=1.0, description="Estimated probability that the claim is right (see the codebook's calibration note).")
    extractor: Series[String] = pa.Field(description="Extractor name and version, with the hash of the domain knowledge it used.")
    curation: Series[StringList] = pa.Field(nullable=True, description="IDs of the curation overrides (seeds/curation/) that corrected or added this claim, sorted; null when curation did not touch it.")

    @pa.dataframe_check(description="char_start < char_end")
    def offsets_ordered(cls, df):
        return df["char_start"] < df["char_end"]

    @pa.dataframe_check(description="event claims carry a PLOVER predicate")
    def event_predicates_are_plover(cls, df):
        return (df["kind"] != "event") | df["predicate"].isin(PLOVER_TYPES)

    @pa.dataframe_check(description="stance claims carry a topic and a polarity")
    def stances_have_topic(cls, df):
        return (df["kind"] != "stance") | (df["topic_id"].notna() & df["polarity"].notna())

    @pa.dataframe_check(description="date_precision unknown exactly when both dates are null")
    def dates_match_precision(cls, df):
        unknown = df["date_precision"] == "unknown"
        both_null = df["date_start"].isna() & df["date_end"].isna()
        both_set = df["date_start"].notna() & df["date_end"].notna()
        return (unknown & both_null) | (~unknown & both_set & (df["date_start"] <= df["date_end"]).fillna(False))
