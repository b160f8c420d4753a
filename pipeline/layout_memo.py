"""The actor network's spring layout kept between runs, in the cache folder (JSON, never pickle).

At 10,000 articles the layout is ~2.3 CPU-s of the release step (networkx's sparse Fruchterman-Reingold for graphs
of 500+ nodes loops over the nodes in Python), and an added article often leaves the graph it is computed on (the
actors that have a counterpart, the edges and their weights) as it was: it adds events without a counterpart, or
changes only node sizes, which are not part of the layout. Exact: the layout is a function of that graph in its
order, `k`, the seed and the library versions, all of them in the key; floats go through JSON as repr, which reads
back the same float."""
from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

LAYOUT_CACHE_FILES = 8


def layout_key(nodes: list, edges: list, k: float, seed: int) -> str:
    """sha256 of everything the spring layout depends on: nodes and weighted edges in graph order, k, the seed
    and the versions of Python, networkx, numpy and scipy (which compute it)."""
    import networkx
    import numpy
    import scipy

    text = json.dumps({"nodes": nodes, "edges": edges, "k": repr(k), "seed": seed,
                       "versions": [sys.version, networkx.__version__, numpy.__version__, scipy.__version__]},
                      sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def memo_layout(compute: Callable[[], dict], nodes: list, edges: list, k: float, seed: int,
                cache_dir: Path | None) -> dict[str, tuple[float, float]]:
    """compute() (node -> (x, y)), or the layout stored for the same key in <cache_dir>/layout/. The folder keeps
    the LAYOUT_CACHE_FILES most recently used layouts."""
    if cache_dir is None:
        return compute()
    folder = Path(cache_dir) / "layout"
    path = folder / f"{layout_key(nodes, edges, k, seed)}.json"
    if path.is_file():
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            pos = {str(n): (float(x), float(y)) for n, x, y in stored}
        except (ValueError, TypeError):     # unreadable: computed again (and rewritten)
            pos = None
        if pos is not None and set(pos) == set(nodes):
            os.utime(path)
            return pos
    pos = compute()
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps([[n, x, y] for n, (x, y) in pos.items()], ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    for old in sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)[LAYOUT_CACHE_FILES:]:
        old.unlink(missing_ok=True)
    return pos
