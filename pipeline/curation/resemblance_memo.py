"""The review queue's resemblance search, kept between runs (review._Resemblance's results, exactly).

`_Resemblance(keys).ratios(q)` yields, in registry order, every index i whose name may reach
RESEMBLANCE, with a similarity. Both the choice and the value depend on the pair (q, keys[i]) only:
the length and shared-character bounds, containment (both 4+ characters, one inside the other) and
difflib's ratio. So a pair computed once stays right for as long as the search's code does, whatever
other names the registry holds; a run after one more article asks only for the pairs of new names
(a discovered name not seen before: against every registry name; a registry name not seen before:
against every discovered name), instead of every discovered name against every registry name.

One JSON file under the cache folder, `resemblance-<version>.json`, `version` hashing the search's
source and its threshold and the Python version (difflib's): {"checked": the registry names every
stored query was compared with, "pairs": {query: {registry name: similarity}}} (only the pairs
ratios() yielded). Floats are written as repr() and read back equal. Rewritten (atomically) when a
run's names differ from the stored ones; a query or registry name no longer asked for is dropped.
"""
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path


def memo_version(*parts: str) -> str:
    digest = hashlib.sha256()
    for p in (*parts, f"python {sys.version_info[0]}.{sys.version_info[1]}"):
        digest.update(p.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


class RatioMemo:
    """ratios(q) for many queries against one registry list, from the stored pairs where they are known.

    `search(keys)` builds the search over a list of registry names (review._Resemblance); `folder` None:
    nothing stored, every pair computed (the same results)."""

    def __init__(self, folder: Path | None, version: str, search: Callable):
        self.path = Path(folder) / f"resemblance-{version}.json" if folder is not None else None
        self.search = search
        self.computed = 0   # queries compared with the whole registry in this run (for tests and logs)

    def _load(self) -> tuple[set[str], dict[str, dict[str, float]]]:
        if self.path is None or not self.path.is_file():
            return set(), {}
        stored = json.loads(self.path.read_text(encoding="utf-8"))
        return set(stored["checked"]), stored["pairs"]

    def ratios(self, keys: list[str], queries: Iterable[str]) -> dict[str, list[tuple[int, float]]]:
        """{query: list(search(keys).ratios(query))} for every query."""
        queries = sorted(set(queries))
        checked, stored = self._load()
        current = set(keys)
        # a stored query was compared with `checked`: what it still needs is the registry names added since
        added = sorted(current - checked)
        pairs: dict[str, dict[str, float]] = {}
        old = [q for q in queries if q in stored]
        if old:
            extra = self.search(added) if added else None
            for q in old:
                found = {rk: v for rk, v in stored[q].items() if rk in current}
                if extra is not None:
                    found.update((added[i], v) for i, v in extra.ratios(q))
                pairs[q] = found
        new = [q for q in queries if q not in stored]
        if new:
            unique = sorted(current)
            whole = self.search(unique)
            for q in new:
                pairs[q] = {unique[i]: v for i, v in whole.ratios(q)}
            self.computed += len(new)
        if self.path is not None and (added or new or checked != current or set(stored) != set(queries)):
            self._save(sorted(current), pairs)
        # back to positions in `keys` (a name may stand at several), in registry order as ratios() yields them
        where: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            where.setdefault(k, []).append(i)
        return {q: sorted((i, v) for rk, v in found.items() for i in where[rk]) for q, found in pairs.items()}

    def _save(self, checked: list[str], pairs: dict[str, dict[str, float]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"checked": checked, "pairs": {q: dict(sorted(p.items())) for q, p in sorted(pairs.items())}},
                                  ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
