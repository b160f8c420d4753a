"""Hostile input folders: every file ends as a document (decoded exactly, offsets exact) or as a
reject whose reason names it; never a traceback, never a silent skip."""
import json
import os
import unicodedata

import pandas as pd
import pytest

from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.extract.sentences import MAX_SENTENCE_CHARS, split_sentences
from pipeline.layers import extract_layer, ingest_layer
from pipeline.release import read_release
from pipeline.validate import validate_release
from tests.conftest import FIXTURES
from tests.test_assets import materialize

ARTICLE = ("On March 8, Chief Cabinet Secretary Yoshihide Suga rejected the proposal for a security dialogue "
           "made by President Tsai Ing-wen.\nJapan’s ministers met Taiwanese officials in Taipei on Friday.\n")
ACCENTED = ("Café diplomacy: On March 8, Yoshihide Suga rejected the proposal made by Tsai Ing-wen in Taipei. "
            "The naïve señor from Zürich protested.\n")


def folder_with(tmp_path, files: dict[str, bytes], csv: str | None = None):
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for name, data in files.items():
        (docs / name).write_bytes(data)
    if csv is not None:
        (docs / "documents.csv").write_text(csv, encoding="utf-8")
    return docs


def accounted(result, folder) -> dict[str, dict]:
    """Each entry of the folder (but documents.csv) has exactly one fate in the manifest's inputs;
    a rejected one has a reason that names it."""
    inputs = {i["source_file"]: i for i in result.inputs}
    entries = {os.fsencode(p.name).decode("utf-8", "backslashreplace") for p in folder.iterdir()} - {"documents.csv"}
    assert set(inputs) == entries, "a file was passed over in silence"
    for name, i in inputs.items():
        assert i["status"] in {"ingested", "duplicate", "rejected"}
        if i["status"] == "rejected":
            assert i["reason"].startswith(name + ":"), i
    return inputs


def assert_claims_are_exact_slices(documents, knowledge):
    claims, mentions, _ = extract_layer(documents, knowledge)
    texts = dict(zip(documents["doc_id"], documents["text"]))
    for c in claims:
        assert texts[c["doc_id"]][c["char_start"]:c["char_end"]] == c["text"]
    for m in mentions:
        assert texts[m["doc_id"]][m["char_start"]:m["char_end"]] == m["text"]
    return claims


# -- encodings -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, codec, expected_encoding", [
    (ARTICLE, "utf-8-sig", "utf-8-sig"),
    (ARTICLE, "utf-16", "utf-16"),                      # BOM, native (little-endian) order
    (ARTICLE, "utf-16-be-bom", "utf-16"),               # BOM, big-endian
    (ARTICLE, "cp1252", "cp1252"),                      # Windows smart quotes ’ “ ”
    (ACCENTED, "latin-1", "cp1252"),                    # Latin-1 is read as its superset cp1252
], ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom", "windows-1252", "latin-1"])
def test_encodings_decode_exactly_and_offsets_hold(tmp_path, fixture_knowledge, text, codec, expected_encoding):
    data = b"\xfe\xff" + text.encode("utf-16-be") if codec == "utf-16-be-bom" else text.encode(codec)
    docs = folder_with(tmp_path, {"doc.txt": data})
    result = ingest_layer(docs)
    assert accounted(result, docs)["doc.txt"]["status"] == "ingested"
    doc = result.documents.iloc[0]
    assert doc["text"] == text and doc["encoding"] == expected_encoding and doc["n_chars"] == len(text)
    claims = assert_claims_are_exact_slices(result.documents, fixture_knowledge)
    assert any(c["predicate"] == "REJECT" for c in claims)  # the article was understood, not just stored


def test_mixed_line_endings_keep_exact_offsets(tmp_path, fixture_knowledge):
    first = "On March 8, Yoshihide Suga rejected the proposal made by Tsai Ing-wen."
    second = "China protested against Japan."
    third = "Tsai Ing-wen thanked Japan."
    text = f"Headline here\r\n\r\n{first}\r\n{second}\r{third}\n"
    docs = folder_with(tmp_path, {"mixed.txt": text.encode("utf-8")})
    result = ingest_layer(docs)
    doc = result.documents.iloc[0]
    assert doc["text"] == text  # line endings as received: no normalisation that would shift offsets
    sentences = split_sentences(text, start=int(doc["body_start"]), end=int(doc["body_end"]))
    assert [(s.start, s.text) for s in sentences] == [
        (text.index(first), first), (text.index(second), second), (text.index(third), third)]
    claims = assert_claims_are_exact_slices(result.documents, fixture_knowledge)
    assert {c["char_start"] for c in claims} >= {text.index(first), text.index(second)}


# -- contents that are not documents ----------------------------------------------------------
@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty document"),
    ("blank.txt", b"  \n\t\r\n   ", "empty document"),
    ("bom-only.txt", b"\xef\xbb\xbf", "empty document"),
    ("nul.txt", b"Japan rejected it.\x00\x01\x02binary", "binary content"),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
    ("broken-utf16.txt", b"\xff\xfeJ\x00a", "utf-16"),          # odd byte count after a UTF-16 BOM
], ids=["empty", "whitespace", "bom-only", "nul-bytes", "png", "truncated-utf16"])
def test_non_documents_are_rejected_naming_the_file(tmp_path, name, data, reason):
    docs = folder_with(tmp_path, {name: data, "good.txt": ARTICLE.encode()})
    result = ingest_layer(docs)
    fates = accounted(result, docs)
    assert fates[name]["status"] == "rejected" and reason in fates[name]["reason"]
    assert fates["good.txt"]["status"] == "ingested"  # the rest of the run goes on
    assert result.rejects["reason"].str.startswith(name).any()


def test_fifty_megabyte_file_is_ingested_and_extracted(tmp_path, fixture_knowledge):
    """Ingest (decode, sha256, body detection, schema check) runs on the whole 50 MB (~5 s with
    paragraph-long lines; ~45 s if every line were a short one, as body detection classifies
    each line). Sentences and claims are extracted from a bounded 300 kB window of the body: at
    ~150 kB/s (benchmarks/long_document.py) all 50 MB would take minutes, too slow for the suite."""
    lines = [ln for ln in (FIXTURES / "documents" / "a.txt").read_text().splitlines()[3:] if "Photo:" not in ln]
    paragraph = " ".join(lines * 2) + "\n"
    text = "A long report\n\nBy Test Author\n\n" + paragraph * (50_000_000 // len(paragraph) + 1)
    docs = folder_with(tmp_path, {"big.txt": text.encode("utf-8")})
    assert (docs / "big.txt").stat().st_size >= 50_000_000
    result = ingest_layer(docs)
    doc = result.documents.iloc[0]
    assert accounted(result, docs)["big.txt"]["status"] == "ingested" and doc["n_chars"] == len(text)
    start, end = int(doc["body_start"]), int(doc["body_end"])
    assert text[start:].startswith(paragraph[:60]) and end == len(text) - 1
    window = DocumentInput(doc["doc_id"], text, body_start=start, body_end=start + 300_000)
    sentences = split_sentences(text, start=start, end=start + 300_000)
    assert len(sentences) > 2000 and all(text[s.start:s.end] == s.text for s in sentences)
    claims = ClaimExtractor(fixture_knowledge).extract(window).claims
    assert len(claims) > 1000
    assert all(text[c["char_start"]:c["char_end"]] == c["text"] and c["char_end"] <= start + 300_000 for c in claims)


def test_one_enormous_line_without_punctuation(tmp_path, fixture_knowledge):
    words = ("the delegation from Tokyo met officials and Japan rejected Taiwan requests while markets "
             "stayed calm in every province ")
    text = words * (300_000 // len(words))
    docs = folder_with(tmp_path, {"line.txt": text.encode()})
    result = ingest_layer(docs)
    doc = result.documents.iloc[0]
    assert text[int(doc["body_start"]):int(doc["body_end"])].strip() == text.strip()
    sentences = split_sentences(text)
    assert all(0 < len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(text[s.start:s.end + 1] for s in sentences).rstrip() == text.rstrip()  # nothing lost
    claims = assert_claims_are_exact_slices(result.documents, fixture_knowledge)
    assert claims and all(c["char_end"] - c["char_start"] <= MAX_SENTENCE_CHARS for c in claims)


def test_text_without_any_actor_is_a_document_without_claims(tmp_path, fixture_knowledge):
    docs = folder_with(tmp_path, {"calm.txt": b"The weather was mild. Markets were calm. Nothing else happened.\n"})
    result = ingest_layer(docs)
    assert accounted(result, docs)["calm.txt"]["status"] == "ingested"
    assert assert_claims_are_exact_slices(result.documents, fixture_knowledge) == []


def test_text_without_any_actor_runs_through_the_whole_pipeline(tmp_path):
    docs = folder_with(tmp_path, {"calm.txt": b"The weather was mild. Markets were calm. Nothing else happened.\n"})
    run = materialize(tmp_path, docs, tmp_path / "releases")
    assert run.success
    release = tmp_path / "releases" / "v1.0.0"
    assert validate_release(release) == []
    tables = read_release(release)
    assert len(tables["documents"]) == 1 and len(tables["claims"]) == 0 and len(tables["events"]) == 0


# -- names ---------------------------------------------------------------------------------------
def test_same_content_under_two_names_is_one_document_listing_both(tmp_path):
    docs = folder_with(tmp_path, {"copy b.txt": ARTICLE.encode(), "a.txt": ARTICLE.encode()})
    result = ingest_layer(docs)
    fates = accounted(result, docs)
    assert len(result.documents) == 1 and list(result.documents.iloc[0]["source_files"]) == ["a.txt", "copy b.txt"]
    assert (fates["a.txt"]["status"], fates["copy b.txt"]["status"]) == ("ingested", "duplicate")
    assert fates["a.txt"]["doc_id"] == fates["copy b.txt"]["doc_id"]
    assert any("identical content" in w for w in result.warnings)


def test_names_differing_only_in_case_are_two_documents_with_their_own_rows(tmp_path):
    csv = "source_file,title\nReport.txt,Upper\nreport.txt,Lower\n"
    docs = folder_with(tmp_path, {"Report.txt": b"Japan rejected it. Upper.", "report.txt": b"China protested. Lower."}, csv)
    result = ingest_layer(docs)
    accounted(result, docs)
    titles = dict(zip(result.documents["source_file"], result.documents["title"]))
    assert titles == {"Report.txt": "Upper", "report.txt": "Lower"}


def test_names_with_spaces_and_non_ascii_characters(tmp_path):
    nfd = unicodedata.normalize("NFD", "Café Zürich.txt")           # as macOS writes names
    csv = "source_file,title\nmy report 2021.txt,Spaces\n台湾 報告.txt,CJK\nCafé Zürich.txt,Accents\n"  # typed in NFC
    files = {"my report 2021.txt": b"Japan rejected it.", "台湾 報告.txt": "日本 rejected it.".encode(), nfd: b"China protested."}
    docs = folder_with(tmp_path, files, csv)
    result = ingest_layer(docs)
    accounted(result, docs)
    titles = dict(zip(result.documents["source_file"], result.documents["title"]))
    assert titles == {"my report 2021.txt": "Spaces", "台湾 報告.txt": "CJK", nfd: "Accents"}
    assert result.rejects.empty


def test_file_name_that_is_not_utf8_is_stored_escaped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"Japan rejected it.")
    result = ingest_layer(docs)
    assert accounted(result, docs) and list(result.documents["source_file"]) == ["caf\\xe9.txt"]
    json.dumps(result.inputs).encode("utf-8")  # storable: no lone surrogates


def test_symlink_pointing_outside_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET Japan rejected it.")
    docs = folder_with(tmp_path, {"good.txt": ARTICLE.encode()})
    (docs / "link.txt").symlink_to(secret)
    (docs / "dirlink").symlink_to(tmp_path)
    result = ingest_layer(docs)
    fates = accounted(result, docs)
    assert fates["link.txt"]["status"] == "rejected" and "symbolic link" in fates["link.txt"]["reason"]
    assert fates["dirlink"]["status"] == "rejected"
    assert not result.documents["text"].str.contains("SECRET").any()


def test_folders_hidden_and_other_files_are_accounted_for(tmp_path):
    docs = folder_with(tmp_path, {"good.txt": ARTICLE.encode(), ".DS_Store": b"\x00\x01", "notes.md": b"# notes",
                                  "UPPER.TXT": b"Japan rejected it."})
    (docs / "sub").mkdir()
    (docs / "sub" / "inner.txt").write_text("Japan rejected it.")
    os.mkfifo(docs / "pipe.txt")
    fates = accounted(ingest_layer(docs), docs)
    assert {n: f["status"] for n, f in fates.items()} == {
        "good.txt": "ingested", "UPPER.TXT": "ingested", ".DS_Store": "rejected", "notes.md": "rejected",
        "sub": "rejected", "pipe.txt": "rejected"}


# -- documents.csv -----------------------------------------------------------------------------
def test_csv_with_missing_columns_applies_what_it_has(tmp_path):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it."}, "source_file,title\na.txt,Only a title\n")
    doc = ingest_layer(docs).documents.iloc[0]
    assert doc["title"] == "Only a title" and doc["language"] == "und" and pd.isna(doc["published_date"])


def test_csv_without_source_file_column_is_rejected_and_files_still_ingested(tmp_path):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it."}, "file,title\na.txt,x\n")
    result = ingest_layer(docs)
    assert len(result.documents) == 1 and pd.isna(result.documents.iloc[0]["title"])
    assert result.rejects["reason"].str.contains("documents.csv: no source_file column").any()


def test_csv_unknown_columns_are_named_in_a_warning(tmp_path):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it."}, "source_file,title,sentiment, Author \na.txt,T,positive,Ann Lee\n")
    result = ingest_layer(docs)
    doc = result.documents.iloc[0]
    assert doc["title"] == "T" and doc["author"] == "Ann Lee"  # header names are read case- and space-insensitively
    assert any(w.endswith("unknown columns ignored: sentiment") for w in result.warnings)


@pytest.mark.parametrize("csv, expected_reason", [
    ("source_file\nghost.txt\n", "documents.csv:2: no file named 'ghost.txt'"),
    ("source_file,title\na.txt,first\na.txt,second\n", "documents.csv:3: duplicate row for 'a.txt'"),
    ("source_file,published_date\na.txt,2021-02-30\n", "published_date '2021-02-30' is impossible"),
    ("source_file,published_date\na.txt,27/08/2021\n", "published_date '27/08/2021' is not an ISO date"),
    ("source_file,published_date\na.txt,\"August 27, 2021\"\n", "is not an ISO date"),
    ("source_file,published_date\na.txt,20210827\n", "is not an ISO date"),
    ("source_file,title\n,orphan\n", "documents.csv:2: empty source_file"),
], ids=["row-for-missing-file", "duplicate-row", "impossible-date", "dmy-date", "written-date", "compact-date", "empty-name"])
def test_csv_rows_that_cannot_apply_are_rejected_and_the_run_goes_on(tmp_path, csv, expected_reason):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it."}, csv)
    result = ingest_layer(docs)
    assert result.rejects["reason"].str.contains(expected_reason, regex=False).any(), list(result.rejects["reason"])
    doc = result.documents.iloc[0]
    assert pd.isna(doc["published_date"])  # a date is never guessed
    if "duplicate" in expected_reason:
        assert doc["title"] == "first"


def test_csv_accepted_date_forms(tmp_path):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it.", "b.txt": b"China protested."},
                       "source_file,published_date\na.txt,2021/08/27\nb.txt, 2021-8-7 \n")
    dates = dict(zip(*[ingest_layer(docs).documents[c] for c in ("source_file", "published_date")]))
    assert {k: v.isoformat() for k, v in dates.items()} == {"a.txt": "2021-08-27", "b.txt": "2021-08-07"}


def test_file_without_a_row_is_ingested_with_a_warning(tmp_path):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it.", "b.txt": b"China protested."}, "source_file,title\na.txt,A\n")
    result = ingest_layer(docs)
    assert list(result.documents["source_file"]) == ["a.txt", "b.txt"] and result.rejects.empty
    assert any(w.startswith("b.txt: no row in documents.csv") for w in result.warnings)


def test_formula_like_title_is_kept_verbatim_as_data(tmp_path):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it."}, "source_file,title\na.txt,\"=cmd|' /C calc'!A0\"\n")
    assert ingest_layer(docs).documents.iloc[0]["title"] == "=cmd|' /C calc'!A0"  # neutralised only on CSV export


@pytest.mark.parametrize("csv_bytes, reason", [
    (b"source_file,title\x00\na.txt,x\n", "documents.csv: unreadable (binary content"),
    (b"source_file,title\na.txt,\"" + b"x" * 200_000 + b"\"\n", "documents.csv: unreadable (field larger"),
], ids=["nul-bytes", "oversized-field"])
def test_unreadable_csv_is_rejected_and_documents_still_ingested(tmp_path, csv_bytes, reason):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it."})
    (docs / "documents.csv").write_bytes(csv_bytes)
    result = ingest_layer(docs)
    assert len(result.documents) == 1
    assert result.rejects["reason"].str.startswith(reason).any(), list(result.rejects["reason"])


def test_csv_in_windows_1252_is_decoded(tmp_path):
    docs = folder_with(tmp_path, {"a.txt": b"Japan rejected it."})
    (docs / "documents.csv").write_bytes("source_file,title\na.txt,Japan’s “quiet” diplomacy\n".encode("cp1252"))
    assert ingest_layer(docs).documents.iloc[0]["title"] == "Japan’s “quiet” diplomacy"


# -- the whole pipeline on a hostile folder --------------------------------------------------------
def test_hostile_folder_runs_through_the_whole_pipeline(tmp_path):
    """Every hostile input at once: the run succeeds, the release validates, the manifest names
    the fate of every file, and the intermediates are Parquet only."""
    files = {
        "a.txt": (FIXTURES / "documents" / "a.txt").read_bytes(),
        "b.txt": (FIXTURES / "documents" / "b.txt").read_bytes(),
        "a copy.txt": (FIXTURES / "documents" / "a.txt").read_bytes(),
        "utf16.txt": ARTICLE.replace("Friday", "Monday").encode("utf-16"),
        "cp1252.txt": ACCENTED.encode("cp1252"),
        "mixed.txt": b"Head\r\n\r\nChina protested against Japan.\rTsai Ing-wen thanked Japan.\n",
        "empty.txt": b"", "blank.txt": b" \n ", "nul.txt": b"\x00\x01",
        "Café Zürich.txt": b"The weather was mild. Nothing happened.",
        "notes.md": b"# not a document",
    }
    csv = ("source_file,title,author,published_date,url,language,extra\n"
           "a.txt,A test,Test Author,2019-03-22,,en,x\n"
           "a.txt,dup,,,,,\n"
           "ghost.txt,missing,,,,,\n"
           "utf16.txt,\"=cmd|' /C calc'!A0\",,2021-02-30,,en,\n"
           "cp1252.txt,Café,,27/08/2021,,en,\n")
    docs = folder_with(tmp_path, files, csv)
    os.symlink(tmp_path, docs / "escape.txt")
    run = materialize(tmp_path, docs, tmp_path / "releases")
    assert run.success
    release = tmp_path / "releases" / "v1.0.0"
    assert validate_release(release) == []
    manifest = json.loads((release / "manifest.json").read_text())
    fates = {i["source_file"]: i["status"] for i in manifest["inputs"]}
    # the first name in sorted order (space sorts before dot) holds the document
    assert fates == {"a copy.txt": "ingested", "a.txt": "duplicate", "b.txt": "ingested", "utf16.txt": "ingested",
                     "cp1252.txt": "ingested", "mixed.txt": "ingested", "Café Zürich.txt": "ingested",
                     "empty.txt": "rejected", "blank.txt": "rejected", "nul.txt": "rejected",
                     "notes.md": "rejected", "escape.txt": "rejected"}
    reasons = list(read_release(release)["rejects"]["reason"])
    for expected in ("documents.csv:3: duplicate row", "documents.csv:4: no file named 'ghost.txt'",
                     "documents.csv:5: published_date '2021-02-30' is impossible", "documents.csv:6: published_date '27/08/2021'"):
        assert any(r.startswith(expected) for r in reasons), expected
    storage = [p for p in (tmp_path / "storage").rglob("*") if p.is_file()]
    assert storage and all(p.suffix == ".parquet" for p in storage)  # intermediates are never pickled
