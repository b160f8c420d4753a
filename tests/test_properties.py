"""Property-based tests of the extraction: for arbitrary text it never raises, every claim's text
is its slice, offsets lie in the body, and the output is deterministic. Derandomized with a
modest example count, so the suite stays fast and every run tries the same inputs."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.body import find_body
from pipeline.extract.claims import DocumentInput
from pipeline.extract.dates import find_time_expressions
from pipeline.extract.sentences import MAX_SENTENCE_CHARS, split_sentences

PROPERTY = settings(max_examples=60, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces that make the extractor do work (actors, triggers, speech, dates, captions, line
# breaks of every kind), mixed with arbitrary Unicode text.
PIECES = st.sampled_from([
    "Japan", "Taiwan", "China", "Tokyo", "Taipei", "Beijing", "Tsai Ing-wen", "Yoshihide Suga", "Suga", "Tsai",
    "蔡英文", "Minister Kenji Tanaka", "the Japan-Taiwan Exchange Association", " rejected ", " met ", " said ",
    " proposed ", " protested against ", " should ", " would not ", "If ", " according to Reuters", " and ",
    " security dialogue", " on March 8", " last year", " on Friday", " in 2021", " 2021-02-30", ". ", "? ", "! ",
    ", ", "; ", " — ", "“", "”", "‘", "’", "\"", "(", ")", "\n", "\r\n", "\r", "\n\n", "Photo: AFP\n", "By Jane Roe\n",
    "U.S. ", "Dr. ", "\u2028", "\x0c", "\t", " ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)
DATE = st.one_of(st.none(), st.dates())


@PROPERTY
@given(text=TEXT, published=DATE)
def test_claim_extraction_never_raises_and_claims_are_exact_slices_in_the_body(fixture_extractor, text, published):
    doc = DocumentInput("doc-0000000000000000", text, published_date=published)
    out = fixture_extractor.extract(doc)
    assert 0 <= out.body_start <= out.body_end <= len(text)
    for c in out.claims:
        assert text[c["char_start"]:c["char_end"]] == c["text"]
        assert out.body_start <= c["char_start"] < c["char_end"] <= out.body_end
        assert c["kind"] in {"event", "stance", "statement"}
    for m in out.mentions:
        assert text[m["char_start"]:m["char_end"]] == m["text"]
        assert out.body_start <= m["char_start"] < m["char_end"] <= out.body_end
    again = fixture_extractor.extract(doc)
    assert again.claims == out.claims and again.mentions == out.mentions  # deterministic


@PROPERTY
@given(text=TEXT, title=st.one_of(st.none(), st.text(max_size=20)), author=st.one_of(st.none(), st.text(max_size=20)))
def test_find_body_returns_spans_inside_the_text(text, title, author):
    body = find_body(text, title=title, author=author)
    assert 0 <= body.start <= body.end <= len(text)
    assert all(body.start <= s <= e <= body.end for s, e in body.excluded)
    assert find_body(text, title=title, author=author) == body


@PROPERTY
@given(text=TEXT, bounds=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_split_sentences_gives_exact_ordered_slices(text, bounds):
    start, end = sorted(min(b, len(text)) for b in bounds)
    sentences = split_sentences(text, start=start, end=end)
    for s in sentences:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip() and s.text
        assert start <= s.start < s.end <= end and s.end - s.start <= MAX_SENTENCE_CHARS
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
    # nothing but whitespace is left out between the sentences
    covered = set().union(*(range(s.start, s.end) for s in sentences)) if sentences else set()
    assert all(text[i].isspace() for i in range(start, end) if i not in covered)


@PROPERTY
@given(text=TEXT, published=DATE)
def test_find_time_expressions_gives_exact_slices_and_ordered_ranges(text, published):
    for t in find_time_expressions(text, published=published):
        assert text[t.start:t.end] == t.text
        assert t.precision in {"day", "month", "year", "range", "unknown"}
        if t.date_start is not None and t.date_end is not None:
            assert t.date_start <= t.date_end
        if t.precision == "unknown":
            assert t.date_start is None and t.date_end is None  # never guessed


@settings(max_examples=25, derandomize=True, deadline=None, database=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=3000))
def test_claim_extraction_on_arbitrary_unicode(fixture_extractor, text):
    out = fixture_extractor.extract(DocumentInput("doc-0000000000000000", text))
    assert all(text[c["char_start"]:c["char_end"]] == c["text"] for c in out.claims)
