import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import Date, Int, String, StringList, TableModel


class Documents(TableModel):
    """One row per distinct input document (files with identical bytes are one document)."""

    doc_id: Series[String] = pa.Field(unique=True, str_matches=r"^doc-[0-9a-f]{16}$",
                                      description="Deterministic document ID: 'doc-' + the first 16 hex of the sha256 of the raw bytes.")
    source_file: Series[String] = pa.Field(description="File name of the document inside the documents folder (the first, by name, when several files hold the same bytes).")
    source_files: Series[StringList] = pa.Field(description="Every file name that holds these exact bytes, sorted.")
    title: Series[String] = pa.Field(nullable=True, description="Title from documents.csv, or null.")
    outlet: Series[String] = pa.Field(nullable=True, description="Publishing outlet from documents.csv, or null.")
    author: Series[String] = pa.Field(nullable=True, description="Author from documents.csv, or null.")
    published_date: Series[Date] = pa.Field(nullable=True, description="Publication date from documents.csv (ISO date), or null when unknown; never guessed.")
    url: Series[String] = pa.Field(nullable=True, description="Source URL from documents.csv, or null.")
    language: Series[String] = pa.Field(description="Language code from documents.csv ('und' when not given).")
    encoding: Series[String] = pa.Field(description="Character encoding the raw bytes were decoded from.")
    sha256: Series[String] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 (64 lowercase hex) of the raw bytes.")
    n_chars: Series[Int] = pa.Field(ge=0, description="Number of characters of the decoded text.")
    text: Series[String] = pa.Field(description="The decoded full text, line endings as received.")
    body_start: Series[Int] = pa.Field(ge=0, description="Character offset where the article proper starts inside text.")
    body_end: Series[Int] = pa.Field(ge=0, description="Character offset where the article proper ends (exclusive): headers, footers, captions, bios and teasers lie outside.")
    excluded_spans: Series[StringList] = pa.Field(description="'start:end' spans inside the body that are not article text (photo captions, picture credits); they yield no claims.")

    @pa.dataframe_check(description="body_start <= body_end <= n_chars")
    def body_inside_text(cls, df):
        return (df["body_start"] <= df["body_end"]) & (df["body_end"] <= df["n_chars"])

    @pa.dataframe_check(description="n_chars equals the length of text")
    def n_chars_is_length(cls, df):
        return df["text"].str.len() == df["n_chars"]
