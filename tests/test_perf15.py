"""Round 15 (perf15): the extractor's compiled patterns have the same text in every process.

Alternations put longer phrases first; ties used to keep the order of their input, and many inputs are sets, whose
order follows the process's hash seed (PYTHONHASHSEED): ~200 pattern texts changed from one process to the next.
The matches did not (a release built under different seeds is the same), but a pattern's text is what any cache of
compiled patterns, or a reader comparing two builds, keys on. `phrases.longest_first` orders ties by text."""
import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.extract.phrases import PhraseMatcher, literal_alternation, longest_first

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter: records the text and flags of every pattern that code under pipeline/ compiles while
# the extractor is built and extracts the seed documents (patterns are compiled on first use), plus every compiled
# pattern and PhraseMatcher reachable from the extractor; prints them as one sorted JSON list.
SCRIPT = r"""
import json, os, re, sys
from pathlib import Path

ROOT = Path.cwd()
PIPELINE = str(ROOT / "pipeline")
RE_DIR = os.path.dirname(re.__file__)
seen = set()
_compile = re._compile


def recording(pattern, flags):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(RE_DIR):   # re's own frames (re.search, ...)
        frame = frame.f_back
    if isinstance(pattern, str) and frame is not None and frame.f_code.co_filename.startswith(PIPELINE):
        seen.add(("compiled", int(flags), pattern))
    return _compile(pattern, flags)


re._compile = recording

from pipeline.extract.claims import ClaimExtractor
from pipeline.extract.phrases import PhraseMatcher
from pipeline.knowledge import load_knowledge
from pipeline.layers import document_inputs, ingest_layer

extractor = ClaimExtractor(load_knowledge(ROOT / "seeds"))
for document in document_inputs(ingest_layer(ROOT / "seeds" / "documents").documents):
    extractor.extract(document)

stack, visited = [extractor], set()
while stack:
    obj = stack.pop()
    if id(obj) in visited or isinstance(obj, (str, bytes, int, float, bool, type(None))):
        continue
    visited.add(id(obj))
    if isinstance(obj, re.Pattern):
        seen.add(("reachable", int(obj.flags), obj.pattern))
    elif isinstance(obj, PhraseMatcher):
        seen.add(("matcher", obj.flags, obj.before + "|" + obj.after, "\n".join(obj.alternatives)))
    if isinstance(obj, dict):
        stack.extend(obj.keys())
        stack.extend(obj.values())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        stack.extend(obj)
    elif type(obj).__module__.startswith("pipeline"):
        stack.extend(getattr(obj, "__dict__", {}).values())
        stack.extend(getattr(obj, name) for cls in type(obj).__mro__ for name in getattr(cls, "__slots__", ())
                     if isinstance(name, str) and hasattr(obj, name))
json.dump(sorted(seen), sys.stdout)
"""


def _pattern_texts(seeds: list[str]) -> list[list]:
    procs = [subprocess.Popen([sys.executable, "-c", SCRIPT], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)})
             for seed in seeds]
    outs = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-3000:]
        outs.append(json.loads(out))
    return outs


def test_pattern_texts_do_not_depend_on_the_hash_seed():
    first, second = _pattern_texts(["1", "4242"])
    assert len(first) > 500                  # the extractor's patterns were seen (~1,600 with the seeds)
    assert sum(1 for p in first if p[0] == "matcher") >= 5
    only_first = [p for p in first if p not in second]
    only_second = [p for p in second if p not in first]
    assert not only_first and not only_second, (
        f"{len(only_first)} pattern texts differ between PYTHONHASHSEED=1 and 4242; e.g. "
        f"{str(only_first[:1])[:400]} / {str(only_second[:1])[:400]}")


def test_longest_first_orders_ties_by_text():
    words = {"Kato", "Abe", "Kono", "Lai", "Koizumi", "Ko"}
    assert sorted(words, key=longest_first) == ["Koizumi", "Kato", "Kono", "Abe", "Lai", "Ko"]
    # the same order whatever order the input comes in
    assert sorted(list(reversed(sorted(words))), key=longest_first) == sorted(sorted(words), key=longest_first)
    assert literal_alternation(["Kono", "Kato", "Ko"]) == literal_alternation(["Ko", "Kato", "Kono"])


def test_matcher_text_independent_of_input_order():
    a = PhraseMatcher([p for p in sorted({"urged", "urges", "used", "uses", "use"}, key=longest_first)], before=r"\b")
    b = PhraseMatcher([p for p in sorted(["use", "uses", "used", "urges", "urged"], key=longest_first)], before=r"\b")
    assert a.prefilter.pattern == b.prefilter.pattern and a.plain.pattern == b.plain.pattern
    assert [m.group() for m in a.finditer("he urges use; they used it")] == ["urges", "use", "used"]


# ---------------------------------------------------------------- the network layout kept between runs
def _graph(weights: dict[tuple[str, str], int], alone=("zz-alone",)):
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted({n for pair in weights for n in pair} | set(alone)))
    for (u, v), w in sorted(weights.items()):
        graph.add_edge(u, v, weight=w)
    return graph


WEIGHTS = {(f"a{i:02d}", f"a{(i * 7 + 3) % 40:02d}"): 1 + i % 4 for i in range(40) if i != (i * 7 + 3) % 40}


def test_layout_memo_gives_the_computed_layout(tmp_path, monkeypatch):
    import networkx as nx

    from pipeline import charts, layout_memo

    graph = _graph(WEIGHTS)
    plain = charts._layout(graph)
    assert charts._layout(graph, tmp_path) == plain                      # computed, stored
    assert len(list((tmp_path / "layout").glob("*.json"))) == 1
    monkeypatch.setattr(nx, "spring_layout", lambda *a, **k: (_ for _ in ()).throw(AssertionError("recomputed")))
    assert charts._layout(graph, tmp_path) == plain                      # read back: the same floats
    monkeypatch.undo()
    # another weight, another key: computed again, equal to the plain computation of that graph
    changed = _graph({**WEIGHTS, next(iter(WEIGHTS)): 9})
    assert charts._layout(changed, tmp_path) == charts._layout(changed) != plain
    # node sizes and actors without a counterpart are not part of the key: the stored layout serves
    assert charts._layout(_graph(WEIGHTS, alone=("zz-alone", "zz-other")), tmp_path) == \
        charts._layout(_graph(WEIGHTS, alone=("zz-alone", "zz-other")))
    # an unreadable file is computed again
    for path in (tmp_path / "layout").glob("*.json"):
        path.write_text("{not json")
    assert charts._layout(graph, tmp_path) == plain
    # at most LAYOUT_CACHE_FILES layouts are kept
    for w in range(2, 2 + layout_memo.LAYOUT_CACHE_FILES + 2):
        charts._layout(_graph({**WEIGHTS, ("a00", "a01"): w}), tmp_path)
    assert len(list((tmp_path / "layout").glob("*.json"))) == layout_memo.LAYOUT_CACHE_FILES


def test_layout_key_covers_order_and_weights():
    from pipeline.layout_memo import layout_key

    key = layout_key(["a", "b"], [["a", "b", 1]], 0.5, 7)
    assert key == layout_key(["a", "b"], [["a", "b", 1]], 0.5, 7)
    assert len({key, layout_key(["b", "a"], [["a", "b", 1]], 0.5, 7), layout_key(["a", "b"], [["a", "b", 2]], 0.5, 7),
                layout_key(["a", "b"], [["a", "b", 1]], 0.25, 7), layout_key(["a", "b"], [["a", "b", 1]], 0.5, 8)}) == 5
