"""Round 26's fixed-cost cuts give what the code they replace gave: patterns rebuilt from the kept regex code equal
re.compile's (pattern, flags and sre code), a damaged or foreign file is ignored, and an extraction with the kept code
is the extraction without it. (The context's scope: tests/test_perf30.py.)"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import regex_cache

ROOT = Path(__file__).resolve().parents[1]
SEED_DOCUMENTS = sorted((ROOT / "seeds" / "documents").glob("*.txt"))

PATTERNS = [
    (r"\b(?:Prime Minister|Foreign Minister)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)", 0),
    (r"(?i)\b(?:coast\s+guard|navy|air\s+force)s?\b", 0),
    (r"(?<![\w-])(?:said|says|told)\b(?=\s)", re.UNICODE),
    (r"^\s*(\d{1,2})\s+(January|February|March)\s+(\d{4})$", re.M),
    (r"(?P<q>[\"“])(?P<body>[^\"”]{3,400})(?P=q)?", re.S),
    (r"caf[eé]|na[iï]ve|\u2014|[\u3040-\u30ff]+", re.I),
    (rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", 0),
    (r" # a verbose pattern\n  (?:\d+) \s* (?:km|miles)  # distance\n", re.X),
]


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A context on a fresh file for one test (every length kept): its store; the stdlib's compile restored after."""
    monkeypatch.setattr(regex_cache, "MIN_LENGTH", 0)
    with regex_cache.using(tmp_path / "regex.json"):
        assert regex_cache._active is not None
        yield regex_cache._active


def _entries(store) -> dict:
    return store.entries or {}


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_rebuilt_pattern_equals_the_stdlib_compile(kept, pattern, flags):
    first = kept.compile(pattern, flags)          # compiled, its code kept
    again = kept.compile(pattern, flags)          # rebuilt from the kept code
    plain = kept.original(pattern, flags)
    assert first == plain and again == plain                    # Pattern == compares pattern, flags and code
    assert again.groupindex == plain.groupindex and again.groups == plain.groups


def test_kept_code_survives_a_new_process_file(kept):
    for pattern, flags in PATTERNS:
        kept.compile(pattern, flags)
    kept.save()
    loaded = regex_cache._load(kept.path)
    assert set(loaded) == {(p, f) for p, f in PATTERNS}
    for (pattern, flags), parts in loaded.items():
        assert regex_cache._build(pattern, parts) == kept.original(pattern, flags)


def test_short_patterns_are_not_kept(kept, monkeypatch):
    """Short patterns (among them per-document ones, built from one article's names) compile fast: not kept."""
    monkeypatch.setattr(regex_cache, "MIN_LENGTH", 100)
    short, long = r"(?:Tsai|Abe)\b", r"(?:" + "|".join(f"word{i}" for i in range(30)) + r")\b"
    assert kept.compile(short) == kept.original(short, 0)
    assert kept.compile(long) == kept.original(long, 0)
    assert (short, 0) not in _entries(kept) and (long, 0) in _entries(kept)


def test_re_compile_goes_through_the_kept_code(kept):
    pattern = r"\bunusual-test-pattern-(\d+)-perf28\b"
    re.purge()
    compiled = re.compile(pattern)
    assert (pattern, 0) in _entries(kept)
    assert compiled.search("an unusual-test-pattern-42-perf28 here").group(1) == "42"


@pytest.mark.parametrize("content", [b"", b"not json at all", b"\x00" * 64])
def test_damaged_file_is_ignored(tmp_path, content):
    path = tmp_path / "regex.json"
    path.write_bytes(content)
    assert regex_cache._load(path) == {}


def test_off_routes_nothing():
    before = re._compiler.compile
    with regex_cache.using(None):
        assert re._compiler.compile is before and regex_cache.active_path() is None


EXTRACT = """
import json, sys
from pathlib import Path
from pipeline import regex_cache
from pipeline.knowledge import load_knowledge
from pipeline.extract.claims import ClaimExtractor, DocumentInput
with regex_cache.using(None if sys.argv[1] == "off" else Path(sys.argv[1])):
    extractor = ClaimExtractor(load_knowledge(Path("seeds")))
    out = []
    for name in sys.argv[2:]:
        result = extractor.extract(DocumentInput(doc_id=Path(name).stem, text=Path(name).read_text(encoding="utf-8")))
        out.append([result.claims, result.mentions, sorted(repr(a) for a in result.discovered.values())])
print(json.dumps(out, default=str, sort_keys=True))
"""


def _extract(docs, cache_setting: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "1"}
    done = subprocess.run([sys.executable, "-c", EXTRACT, cache_setting, *map(str, docs)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout


def test_extraction_with_kept_code_is_the_extraction_without(tmp_path):
    docs = SEED_DOCUMENTS[:3]
    path = str(tmp_path / "regex.json")
    plain = _extract(docs, "off")
    filled = _extract(docs, path)      # compiles everything, keeps the code
    assert Path(path).stat().st_size > 0
    served = _extract(docs, path)      # every pattern rebuilt from the kept code
    assert json.loads(plain) and plain == filled == served


DEVELOPMENT_SETS = ["gold", "gold_heldout", *(f"gold_heldout{i}" for i in range(2, 20))]


@pytest.mark.parametrize("name", DEVELOPMENT_SETS)
def test_gold_read_with_libyaml_is_the_gold_read_with_safe_load(name, monkeypatch):
    """load_gold reads with libyaml's safe loader: the same Gold as yaml.safe_load's (every release reads the folder)."""
    from pipeline import evaluation

    folder = ROOT / "tests" / name
    fast = evaluation.load_gold(folder)
    monkeypatch.setattr(evaluation, "_safe_yaml", __import__("yaml").safe_load)
    assert fast == evaluation.load_gold(folder) and fast.docs


def test_leaving_writes_the_file_and_frees_the_code(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MIN_LENGTH", 0)
    path = tmp_path / "regex.json"
    with regex_cache.using(path):
        store = regex_cache._active
        for pattern, flags in PATTERNS:
            store.compile(pattern, flags)
    assert regex_cache._active is None and set(regex_cache._load(path)) == {(p, f) for p, f in PATTERNS}


def test_a_str_subclass_is_compiled_as_usual(kept):
    class Text(str):
        pass

    pattern = Text("(?:" + "|".join(f"alpha{i}" for i in range(30)) + ")")
    assert kept.compile(pattern) == kept.original(pattern, 0)
    assert not _entries(kept)


def test_a_file_past_its_bound_keeps_what_this_process_used(kept, monkeypatch):
    stale = {(f"(?:stale{i}|" + "x" * 120 + ")", 0): regex_cache._parts(f"(?:stale{i}|" + "x" * 120 + ")", 0)
             for i in range(5)}
    kept.path.write_bytes(regex_cache._dump(stale))
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 6)
    for pattern, flags in PATTERNS[:3]:
        kept.compile(pattern, flags)
    kept.save()
    assert set(regex_cache._load(kept.path)) == {(p, f) for p, f in PATTERNS[:3]}
