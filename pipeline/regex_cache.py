"""Compiled regular expressions kept between processes: Python's regex parser and compiler are pure
Python, and the extractor's ~700 long patterns (the registry's alias tries, the lexicons' alternations,
most built lazily on first use) cost an extracting process several CPU-seconds to compile every run.

What is stored is plain data, never a pattern object: for each (pattern, flags), the arguments that
`re._compiler.compile` hands to `_sre.compile` (final flags, the sre code as zlib'd bytes, the group
count, the group names). A pattern rebuilt from them compares equal (`==`: same pattern, flags and
code) to `re.compile`'s. The file is JSON (plain values only; the code base64'd: nothing in it is
executed or unpickled, and `_sre.compile` validates the code it is given), written atomically, and named
by the interpreter's version and `_sre.MAGIC` (file_name()), so another Python starts afresh.

Scoped: only `with using(path):` routes compilations through the kept code, and only those that miss
`re`'s own in-memory cache and are MIN_LENGTH characters or longer. Entering checks that rebuilt
patterns equal the stdlib's (else nothing is routed); leaving restores `re._compiler.compile` as it was
(also on an exception) and writes what was compiled anew. Importing this module changes nothing. While
a context is open the route is process-wide (every thread's compilations go through it): it returns
what the stdlib returns, only sooner. The pipeline enters it where documents are extracted
(pipeline/assets, pipeline/parallel's workers) with PipelineConfig.regex_cache_path.
"""
import base64
import binascii
import hashlib
import json
import os
import re
import sys
import threading
import zlib
from array import array
from contextlib import contextmanager
from pathlib import Path

try:   # the stdlib's internals this mirrors (3.11+: re._compiler, re._parser)
    import _sre
    from re import _compiler, _parser
except ImportError:   # pragma: no cover - another interpreter: nothing is routed
    _sre = _compiler = _parser = None

# the array type of one sre code word (_sre.CODESIZE bytes)
CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), None)
# shorter patterns compile in microseconds and include per-document ones (names found in one article): not kept
MIN_LENGTH = 100
# past either bound, a save keeps only the patterns this context used (old code versions', tests' go): a
# context loads the whole file at its first long pattern (the extractor's: ~680 entries, a ~3 MB JSON file)
MAX_ENTRIES = 5_000
MAX_BYTES = 8 << 20


def file_name() -> str:
    """regex-<interpreter tag>.json: the tag changes with the Python version and sre's code format."""
    interpreter = f"{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{getattr(_sre, 'CODESIZE', '')}"
    return f"regex-{hashlib.sha256(interpreter.encode()).hexdigest()[:12]}.json"


class _Store:
    """One open context's kept code: loaded at the first long pattern, written on leaving when it grew."""

    def __init__(self, path: Path, original):
        self.path, self.original = Path(path), original
        self.entries: dict | None = None   # (pattern, flags) -> (final flags, code, groups - 1, groupindex, indexgroup)
        self.used: set = set()
        self.added = 0

    def compile(self, pattern, flags: int = 0):
        """re._compiler.compile, served from the kept code when this (pattern, flags) was compiled before."""
        if flags & re.DEBUG or type(pattern) not in (str, bytes) or len(pattern) < MIN_LENGTH:   # (exact types only)
            return self.original(pattern, flags)
        if self.entries is None:
            self.entries = _load(self.path)
        key = (pattern, int(flags))
        parts = self.entries.get(key)
        if parts is None:
            parts = self.entries[key] = _parts(pattern, flags)
            self.added += 1
        self.used.add(key)
        try:
            return _build(pattern, parts)
        except (RuntimeError, zlib.error, TypeError, ValueError):   # a damaged entry (the engine refuses it): afresh
            self.entries[key] = parts = _parts(pattern, flags)
            self.added += 1
            return _build(pattern, parts)

    def save(self) -> None:
        """Merged with what other processes wrote meanwhile, to a temporary name, then renamed (a reader
        sees the old file or the new one); nothing when this context compiled nothing new."""
        if not self.added:
            return
        merged = {**_load(self.path), **self.entries}
        if len(merged) > MAX_ENTRIES or sum(len(parts[1]) for parts in merged.values()) > MAX_BYTES:
            merged = {k: v for k, v in merged.items() if k in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(_dump(merged))
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            return   # a read-only cache folder: the next process compiles again, nothing else changes
        self.added = 0


_lock = threading.Lock()
_active: _Store | None = None
_depth = 0
_self_test_result: bool | None = None


@contextmanager
def using(path: Path | None):
    """Route re's compilation of long patterns through the kept code at `path` while the block runs;
    None (switched off), an interpreter whose internals differ, or a failed self-test: the block runs
    with the stdlib's compile. Nested or concurrent blocks share the outermost one's file; the last to
    leave restores the compile found on entry and writes the file."""
    global _active, _depth
    with _lock:
        if _active is None and (path is None or not _supported()):
            entered = False
        else:
            entered = True
            if _active is None:
                _active = _Store(path, _compiler.compile)
                _compiler.compile = _active.compile
            _depth += 1
    try:
        yield
    finally:
        if entered:
            store = None
            with _lock:
                _depth -= 1
                if _depth == 0:
                    store, _active = _active, None
                    _compiler.compile = store.original
            if store is not None:
                store.save()


def active_path() -> Path | None:
    """The file of the open context, if any (tests, logs)."""
    store = _active
    return store.path if store is not None else None


def _supported() -> bool:
    global _self_test_result
    if _self_test_result is None:
        _self_test_result = _compiler is not None and CODE_TYPE is not None and _self_test()
    return _self_test_result


def _parts(pattern, flags: int) -> tuple:
    """What re._compiler.compile computes before _sre.compile, as plain values."""
    parsed = _parser.parse(pattern, flags)
    # zlib'd bytes, not a list of ints: ~1/100 of the memory a context holds (sre code is repetitive: 11x
    # smaller), and plain bytes, not the opcodes' int subclass
    code = zlib.compress(array(CODE_TYPE, _compiler._code(parsed, flags)).tobytes(), 1)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern, parts: tuple):
    final_flags, code, groups, groupindex, indexgroup = parts
    code = array(CODE_TYPE, zlib.decompress(code)).tolist()
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def _dump(entries: dict) -> bytes:
    """One JSON record per (pattern, flags): [kind, pattern, flags, final flags, code, groups, groupindex, indexgroup],
    a bytes pattern and the zlib'd code base64'd."""
    def text(value) -> str:
        return base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value
    return json.dumps([["b" if isinstance(pattern, bytes) else "s", text(pattern), flags, final_flags, text(code),
                        groups, groupindex, list(indexgroup)]
                       for (pattern, flags), (final_flags, code, groups, groupindex, indexgroup) in entries.items()],
                      separators=(",", ":")).encode("utf-8")


def _load(path: Path) -> dict:
    """The kept entries, {} for a missing or damaged file (a record of the wrong shape spoils the whole file)."""
    try:
        records = json.loads(Path(path).read_bytes())
        entries = {}
        for kind, pattern, flags, final_flags, code, groups, groupindex, indexgroup in records:
            if kind not in ("s", "b") or not isinstance(pattern, str):
                return {}
            key = (base64.b64decode(pattern, validate=True) if kind == "b" else pattern, int(flags))
            entries[key] = (int(final_flags), base64.b64decode(code, validate=True), int(groups),
                            {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup))
        return entries
    except (OSError, ValueError, TypeError, AttributeError, binascii.Error):
        return {}


def _self_test() -> bool:
    samples = [(r"(?P<a>\b[A-Z][a-z]+)(?:\s+(?P=a))?|x{2,5}?", 0), (r"(?i)caf[eé]\s+(?:au|du)\b", re.UNICODE),
               (b"[^\\x00-\\x1f]+", 0), (r"^\s*(?=\d)(\d+)(?!\.)", re.M | re.X)]
    try:
        return all(_build(p, _parts(p, f)) == _compiler.compile(p, f) for p, f in samples)
    except Exception:   # noqa: BLE001 - internals of another Python version: keep the stdlib path
        return False
