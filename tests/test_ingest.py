"""Ingest: every file is a document, a duplicate, or a reject naming it."""
import pytest

from pipeline.ingest import decode, ingest, parse_date


@pytest.mark.parametrize("data, text, encoding", [
    ("Tsai’s “talks”".encode("utf-8"), "Tsai’s “talks”", "utf-8"),
    (b"\xef\xbb\xbfJapan", "Japan", "utf-8-sig"),
    ("Japan – Taiwan".encode("utf-16"), "Japan – Taiwan", "utf-16"),
])
def test_decode(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_decode_windows_1252_smart_quotes():
    text, encoding = decode("Japan’s “security” talks — in 2021, with Taiwan’s delegation present".encode("cp1252"))
    assert "’" in text and "“" in text and "—" in text


def test_binary_is_refused():
    with pytest.raises(ValueError, match="binary"):
        decode(b"abc\x00def")


@pytest.mark.parametrize("value, expected", [("2021-08-27", "2021-08-27"), ("", None), ("2021/08/27", "2021-08-27")])
def test_parse_date(value, expected):
    d = parse_date(value)
    assert (d.isoformat() if d else None) == expected


@pytest.mark.parametrize("value", ["2021-02-30", "27/08/2021", "August 27"])
def test_parse_date_refuses_impossible_or_other_formats(value):
    with pytest.raises(ValueError, match="published_date"):
        parse_date(value)


def test_folder_with_problems_accounts_for_every_file(tmp_path):
    (tmp_path / "a.txt").write_text("Japan rejected it.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Japan rejected it.", encoding="utf-8")  # same bytes as a.txt
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "documents.csv").write_text(
        "source_file,title,published_date\na.txt,=cmd|' /C calc'!A0,2021-02-30\nmissing.txt,x,\na.txt,dup,\n")
    result = ingest(tmp_path)
    assert [d["source_files"] for d in result.documents] == [["a.txt", "b.txt"]]
    assert result.documents[0]["title"] == "=cmd|' /C calc'!A0" and result.documents[0]["published_date"] is None
    reasons = " | ".join(r["reason"] for r in result.rejects)
    for expected in ("empty.txt", "bin.txt", "missing.txt", "impossible", "duplicate row"):
        assert expected in reasons
