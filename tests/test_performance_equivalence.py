"""The performance work changes no output: fast phrase matching equals the plain regexes, cached
extraction equals fresh extraction, and 1 or 2 worker processes give identical tables."""
import json
import re
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from pipeline.cache import ExtractionCache, document_key
from pipeline.extract.claims import ClaimExtractor, extractor_id
from pipeline.extract.phrases import PhraseMatcher, literal_alternation
from pipeline.knowledge import load_knowledge
from pipeline.layers import ExtractionRun, document_inputs, extract_layer, ingest_layer, resolve_discovered
from tests.conftest import FIXTURES, ROOT


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 40, seeds_documents=ROOT / "seeds" / "documents")
    return folder


@pytest.fixture(scope="module")
def corpus_documents(corpus):
    return ingest_layer(corpus).documents


def _matchers(extractor: ClaimExtractor) -> list[PhraseMatcher]:
    """Every PhraseMatcher an extractor holds, however deeply."""
    found, seen = [], set()

    def walk(obj):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, PhraseMatcher):
            found.append(obj)
        elif isinstance(obj, dict):
            for v in obj.values():
                walk(v)
        elif isinstance(obj, (list, tuple)):
            for v in obj:
                walk(v)
        elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("pipeline.extract"):
            for v in vars(obj).values():
                walk(v)

    walk(extractor)
    return found


def _plain(extractor: ClaimExtractor) -> ClaimExtractor:
    """The same extractor with every PhraseMatcher falling back to its plain regex."""
    for matcher in _matchers(extractor):
        matcher.fast = False
    return extractor


def _dump(claims, mentions, discovered) -> str:
    return json.dumps([claims, mentions, [{**vars(d), "aliases": sorted(d.aliases)} for d in discovered]],
                      default=str, sort_keys=True)


@pytest.mark.parametrize("alternatives,before,after,flags,text", [
    (["turn\\s+down", "turn", "rejects", "reject"], r"(?<![\w\-])", r"(?![\w\-])", re.IGNORECASE,
     "They Turn  down and reject; rejects-not turned rejectS turn"),
    (["Tsai[\\s\\-‐]?Ing[\\s\\-‐]?wen", "Tsai", "Taipei", "Tai"], r"(?<![\w\-])", r"(?![\w])", 0,
     "Tsai Ing-wen met TsaiIngwen in Taipei; Tsai-Ing wen, Taiwan, Tai."),
    (["security[\\s\\-]+dialogue", "security"], r"(?<!\w)", "", re.IGNORECASE, "a Security-dialogue, securityX security"),
    # spelling variants as flat groups, also as an alternative's first token
    (["Ministry of D(?:efence|efense)", "(?:Defence|Defense) Ministry", "(?:US|U\\.S\\.)", "Defense"], r"(?<![\w\-])",
     r"(?![\w])", 0, "the Defense Ministry and the Ministry of Defence; U.S. Defense, USA, Defenses"),
])
def test_phrase_matcher_equals_plain_regex(alternatives, before, after, flags, text):
    fast = PhraseMatcher(alternatives, before=before, after=after, flags=flags)
    assert fast.fast
    plain = re.compile(f"{before}(?:{'|'.join(alternatives)}){after}", flags)
    assert [(m.start(), m.end()) for m in fast.finditer(text)] == [(m.start(), m.end()) for m in plain.finditer(text)]
    assert [(m.start(), m.end()) for m in fast.finditer(text, 5, 40)] == \
        [(m.start(), m.end()) for m in plain.finditer(text, 5, 40)]
    assert fast.search(text).span() == plain.search(text).span()
    for pos in range(0, len(text), 3):       # search and contains from every third offset, to every end
        for end in (pos + 4, pos + 11, len(text)):
            found = plain.search(text, pos, end)
            assert fast.contains(text, pos, end) is (found is not None)
            got = fast.search(text, pos, end)
            assert (got.span() if got else None) == (found.span() if found else None)


def test_every_lexicon_matcher_takes_the_fast_path():
    """A lexicon entry the fast matcher cannot split (a spelling-variant group once did) silently
    sends its whole alternation back to the slow plain regex."""
    matchers = _matchers(ClaimExtractor(load_knowledge(ROOT / "seeds")))
    assert len(matchers) > 10
    assert [m.alternatives[:2] for m in matchers if not m.fast] == []


@pytest.mark.parametrize("phrases,text", [
    (["Minister", "Prime Minister", "Deputy Prime Minister", "Min", "Vice-President", "President"],
     "Deputy Prime Minister Aso, Prime Ministers, Minister Kishi, the Vice-President Lai, Minis, President"),
    (["a.b", "a", "ab", "a b c", "a b"], "a.b ab a b c a bc a+b"),
])
def test_literal_alternation_equals_the_plain_alternation(phrases, text):
    ordered = sorted(phrases, key=len, reverse=True)
    for tail in ("", r"[ \t]+(?P<name>[A-Z]\w+)", r"\b"):   # backtracking into the alternation too
        factored = re.compile(r"(?<!\w)" + literal_alternation(phrases) + tail)
        plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in ordered) + ")" + tail)
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("seeds", ["fixtures", "seeds"])
def test_fast_matching_changes_no_extraction(seeds, corpus_documents):
    seeds_dir = FIXTURES / "seeds" if seeds == "fixtures" else ROOT / "seeds"
    if not (seeds_dir / "actors.yaml").exists():
        pytest.skip(f"{seeds_dir} has no registry yet")  # seeds/ gets its lexicons from main
    knowledge = load_knowledge(seeds_dir)
    fixture_docs = ingest_layer(FIXTURES / "documents").documents
    # the plain regexes over the full registry are slow (that is the point): fewer documents there
    for documents in (fixture_docs, corpus_documents if seeds == "fixtures" else corpus_documents.head(6)):
        fast = extract_layer(documents, knowledge, ClaimExtractor(knowledge))
        plain = extract_layer(documents, knowledge, _plain(ClaimExtractor(knowledge)))
        assert fast[0], "the corpus should yield claims"
        assert _dump(*fast) == _dump(*plain)


def test_cached_extraction_equals_fresh_and_follows_the_knowledge(tmp_path, corpus_documents, fixture_knowledge):
    fresh = extract_layer(corpus_documents, fixture_knowledge)
    cache = ExtractionCache(tmp_path / "cache", extractor_id(fixture_knowledge))
    first, second = ExtractionRun(0, 0, 0, ""), ExtractionRun(0, 0, 0, "")
    cold = extract_layer(corpus_documents, fixture_knowledge, cache=cache, run=first)
    warm = extract_layer(corpus_documents, fixture_knowledge, cache=cache, run=second)
    assert (first.extracted, first.cached) == (len(corpus_documents), 0)
    assert (second.extracted, second.cached) == (0, len(corpus_documents))
    assert _dump(*cold) == _dump(*fresh) == _dump(*warm)
    # canonical IDs across documents come out the same from cached raw results
    assert all(a.equals(b) for a, b in zip(resolve_discovered(*fresh, fixture_knowledge),
                                           resolve_discovered(*warm, fixture_knowledge)))
    # one changed document is extracted again, the others come from the cache
    changed = corpus_documents.copy()
    changed.loc[0, "title"] = "Another title"
    third = ExtractionRun(0, 0, 0, "")
    extract_layer(changed, fixture_knowledge, cache=cache, run=third)
    assert (third.extracted, third.cached) == (1, len(corpus_documents) - 1)
    # another knowledge version finds nothing cached, and says why
    other = ExtractionCache(tmp_path / "cache", extractor_id(fixture_knowledge) + "x")
    fourth = ExtractionRun(0, 0, 0, "")
    extract_layer(corpus_documents, fixture_knowledge, cache=other, run=fourth)
    assert fourth.extracted == len(corpus_documents) and "re-extracting all" in fourth.cache_note
    assert document_key(document_inputs(corpus_documents)[0]) != document_key(document_inputs(changed)[0])


def test_one_and_two_workers_give_identical_tables(corpus_documents, fixture_knowledge):
    one = resolve_discovered(*extract_layer(corpus_documents, fixture_knowledge, workers=1), fixture_knowledge)
    two = resolve_discovered(*extract_layer(corpus_documents, fixture_knowledge, workers=2), fixture_knowledge)
    from pipeline.release import parquet_bytes
    assert parquet_bytes("claims", one[0]) == parquet_bytes("claims", two[0])
    assert parquet_bytes("mentions", one[1]) == parquet_bytes("mentions", two[1])
    assert one[2].equals(two[2])


def test_cache_version_names_the_extraction_code(tmp_path, fixture_knowledge):
    import hashlib

    from pipeline import cache as cache_module

    digest = hashlib.sha256()
    for path in sorted((Path(cache_module.__file__).parent / "extract").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    cache = ExtractionCache(tmp_path / "cache", extractor_id(fixture_knowledge))
    assert cache.version == extractor_id(fixture_knowledge).replace("/", "_") + "+code." + digest.hexdigest()[:12]


def test_phrase_matcher_compiles_on_first_use():
    """Building an extractor compiles no big alternation: each pattern is compiled when first used,
    and the lazily built matcher finds what the plain regex finds."""
    alternatives = ["security[\\s\\-]+dialogue", "security", "Defen[cs]e"]
    fast = PhraseMatcher(alternatives, before=r"(?<!\w)", after=r"(?!\w)", flags=re.IGNORECASE)
    assert "prefilter" not in vars(fast) and "plain" not in vars(fast)
    text = "A security-dialogue on defense, securityX and Defence."
    plain = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
    assert fast.contains(text) and "plain" not in vars(fast)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.plain.pattern == plain.pattern


def _quote_closers_per_character(text, sentences):
    """The former quote_closers, reading every character of every sentence: the reference."""
    from pipeline.extract.statements import PARAGRAPH_BREAK
    out, run, inside = {}, [], False
    for i, s in enumerate(sentences):
        if i and PARAGRAPH_BREAK.search(text, sentences[i - 1].end, s.start):
            run, inside = [], False
        for ch in s.text:
            if ch == "“":
                inside = True
            elif ch == "”":
                inside = False
            elif ch == '"':
                inside = not inside
        if inside:
            run.append(i)
        elif run:
            out.update((k, i) for k in run)
            run = []
    return out


@pytest.mark.parametrize("text", [
    "“The ministry opposes the plan. It will respond firmly,” a spokesman said. Talks went on.",
    "He said \"we will act. The talks are over.\" Then he left.\n\n\"An open quote. Never closed.",
    "“Nested ‘single’ quotes stay open. Still quoted. Closed here,” she said. “Another” one.",
    "No quotation at all. Just two sentences.",
])
def test_quote_closers_reads_only_the_quote_marks(text):
    from pipeline.extract.sentences import split_sentences
    from pipeline.extract.statements import quote_closers
    sentences = split_sentences(text)
    assert quote_closers(text, sentences) == _quote_closers_per_character(text, sentences)


@pytest.mark.parametrize("text", [
    "Security dialogue and a security-dialogue; defence talks, Defense Ministry talks.",
    "Nothing relevant here at all.",
    "talks-talks talks",
])
def test_union_starts_decide_a_subset_matcher(text):
    """starts() lists every offset where the plain alternation matches (overlapping ones too); a matcher
    over some of the alternatives, same boundaries, matches somewhere iff it matches at one of them."""
    subsets = [["security[\\s\\-]+dialogue", "security"], ["Defen[cs]e(?:\\s+Ministry)?"], ["talks"]]
    union = PhraseMatcher(sorted({a for s in subsets for a in s}), before=r"(?<!\w)", after=r"(?!\w)", flags=re.IGNORECASE)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(union.alternatives) + r")(?!\w)", re.IGNORECASE)
    assert union.starts(text) == [q for q in range(len(text) + 1) if plain.match(text, q)]
    for alternatives in subsets:
        part = PhraseMatcher(alternatives, before=r"(?<!\w)", after=r"(?!\w)", flags=re.IGNORECASE)
        assert part.contains(text) is any(part.matches_at(text, q) for q in union.starts(text))
