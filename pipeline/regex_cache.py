"""Compiled regular expressions kept between processes: Python's regex parser and compiler are pure
Python, and the extractor's ~1,400 patterns (the registry's alias tries, the lexicons' alternations)
cost a process several CPU-seconds to compile every run, most of a one-article run's extraction.

What is stored is plain data, never a pattern object: for each (pattern, flags), the arguments that
`re._compiler.compile` hands to `_sre.compile` (final flags, the sre code as zlib'd bytes, the group
count, the group names). A pattern rebuilt from them compares equal (`==`: same pattern, flags and
code) to `re.compile`'s. The file is keyed by the interpreter's version and `_sre.MAGIC`, so another
Python starts afresh; it is marshal (plain values only), written atomically. `install()` routes every
compilation that misses `re`'s own in-memory cache through here, after a self-test that the rebuilt
pattern equals the stdlib's (else it installs nothing); patterns of MIN_LENGTH characters or more are kept.
TWJP_REGEX_CACHE names the file (default under ~/.cache/twjp/); "off" disables it.
"""
import atexit
import hashlib
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

try:   # the stdlib's internals this mirrors (3.11+: re._compiler, re._parser)
    import _sre
    from re import _compiler, _parser
except ImportError:   # pragma: no cover - another interpreter: nothing is installed
    _sre = _compiler = _parser = None

# the array type of one sre code word (_sre.CODESIZE bytes)
CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), None)
# shorter patterns compile in microseconds and include per-document ones (names found in one article): not kept
MIN_LENGTH = 100
# past either bound, a save keeps only the patterns this process used (old code versions', tests' go): every
# process loads the whole file (the extractor's patterns: ~1,000 entries, ~1.5 MB)
MAX_ENTRIES = 5_000
MAX_BYTES = 8 << 20

_original = None
_entries: dict = {}    # (pattern, flags) -> (final flags, code bytes, groups - 1, groupindex, indexgroup)
_used: set = set()
_added = 0
_path: Path | None = None


def default_path() -> Path | None:
    """$TWJP_REGEX_CACHE, else <XDG cache or ~/.cache>/twjp/regex-<interpreter tag>.marshal; None when "off"."""
    setting = os.environ.get("TWJP_REGEX_CACHE", "")
    if setting.lower() in ("off", "0", "none"):
        return None
    if setting:
        return Path(setting)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    interpreter = f"{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{getattr(_sre, 'CODESIZE', '')}"
    tag = hashlib.sha256(interpreter.encode()).hexdigest()[:12]
    return base / "twjp" / f"regex-{tag}.z.marshal"


def _parts(pattern, flags: int) -> tuple:
    """What re._compiler.compile computes before _sre.compile, as plain values."""
    parsed = _parser.parse(pattern, flags)
    # zlib'd bytes, not a list of ints: ~1/100 of the memory a process holds until its patterns are built
    # (sre code is repetitive: 11x smaller), and marshal refuses the opcodes' int subclass
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


def compile_cached(pattern, flags: int = 0):
    """re._compiler.compile, served from the kept code when this (pattern, flags) was compiled before."""
    global _added
    if flags & re.DEBUG or type(pattern) not in (str, bytes) or len(pattern) < MIN_LENGTH:   # (marshal: exact types)
        return _original(pattern, flags)
    key = (pattern, int(flags))
    parts = _entries.get(key)
    if parts is None:
        parts = _parts(pattern, flags)
        _entries[key] = parts
        _added += 1
    _used.add(key)
    try:
        return _build(pattern, parts)
    except (RuntimeError, zlib.error, TypeError, ValueError):   # a damaged entry (the engine refuses it): afresh
        _entries[key] = parts = _parts(pattern, flags)
        _added += 1
        return _build(pattern, parts)


def _load(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _self_test() -> bool:
    samples = [(r"(?P<a>\b[A-Z][a-z]+)(?:\s+(?P=a))?|x{2,5}?", 0), (r"(?i)caf[eé]\s+(?:au|du)\b", re.UNICODE),
               (b"[^\\x00-\\x1f]+", 0), (r"^\s*(?=\d)(\d+)(?!\.)", re.M | re.X)]
    try:
        return all(_build(p, _parts(p, f)) == _compiler.compile(p, f) for p, f in samples)
    except Exception:   # noqa: BLE001 - internals of another Python version: keep the stdlib path
        return False


def install(path: Path | None = ...) -> bool:
    """Route re's compilation through the kept code (once per process); True when installed."""
    global _original, _path, _entries
    if _original is not None:
        return True
    path = default_path() if path is ... else path
    if path is None or _compiler is None or CODE_TYPE is None or not _self_test():
        return False
    _path = Path(path)
    _entries = _load(_path)
    _original = _compiler.compile
    _compiler.compile = compile_cached
    atexit.register(save)
    return True


def uninstall() -> None:
    """Back to the stdlib's compile (tests)."""
    global _original, _added
    if _original is not None:
        _compiler.compile = _original
        _original = None
    _entries.clear()
    _used.clear()
    _added = 0


def save(*, drop: bool = False) -> None:
    """Write the kept code when this process compiled something new: merged with what other processes wrote
    meanwhile, to a temporary name, then renamed (a reader sees the old file or the new one). drop: then free
    the loaded code (a process past its extraction compiles little more; what it does is compiled as usual)."""
    global _added
    try:
        _save()
    finally:
        if drop:
            _entries.clear()
            _used.clear()
            _added = 0


def _save() -> None:
    global _added
    if not _added or _path is None:
        return
    merged = {**_load(_path), **_entries}
    if len(merged) > MAX_ENTRIES or sum(len(parts[1]) for parts in merged.values()) > MAX_BYTES:
        merged = {k: v for k, v in merged.items() if k in _used}
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _path.with_name(f".{_path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(merged))
        os.replace(tmp, _path)
    except (OSError, ValueError):
        return   # a read-only home: the next process compiles again, nothing else changes
    _added = 0
