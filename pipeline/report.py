"""The release report: tables + manifest -> one self-contained report.html and PNGs of its figures.

Pure but for parent_manifest(), which reads the parent release's manifest.json. Vega-Lite draws every figure; vl-convert supplies
both the inlined JavaScript bundle (Vega, Vega-Lite, vega-embed) for the HTML and the PNG
renderer, so the browser and the PNGs show the same specs, offline.
"""
from __future__ import annotations

import base64
import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.report_html import page_html

if TYPE_CHECKING:
    import pandas as pd

# (pandas and pipeline.charts are imported where used: the child process of vega_outputs_in_child imports this
# module for render_pngs and _javascript_bundle only, and so stays ~130 MB smaller)

REPORT_HTML = "report.html"
FIGURE_FILES = {"timeline": "report-timeline.png", "network": "report-network.png",
                "stances": "report-stances.png", "counts": "report-counts.png", "quality": "report-quality.png"}
PNG_SCALE = 2


@dataclass
class Report:
    html: str
    specs: dict[str, dict]
    pngs: dict[str, bytes] = field(default_factory=dict)   # file name -> PNG bytes

    def files(self) -> dict[str, bytes]:
        return {REPORT_HTML: self.html.encode(), **self.pngs}


@functools.lru_cache(maxsize=4)
def _javascript_bundle(cache_dir: Path | None = None) -> str:
    """vl-convert's bundle (the same for one vl-convert version, but it takes seconds to build):
    kept in cache_dir, when given, as vega-bundle-<vl-convert version>.js."""
    import vl_convert

    path = Path(cache_dir) / f"vega-bundle-{vl_convert.__version__}.js" if cache_dir else None
    if path is not None and path.is_file():
        bundle = path.read_text(encoding="utf-8")
    else:
        bundle = vl_convert.javascript_bundle()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(bundle, encoding="utf-8")
            os.replace(tmp, path)
    if "</script" in bundle.lower():  # would end the inline <script> early
        raise RuntimeError("the Vega bundle contains '</script' and cannot be inlined")
    return bundle


def change_summary(parent_manifest: dict | None, manifest: dict) -> dict | None:
    """Rows per table against the parent release, from the two manifests."""
    if not parent_manifest:
        return None
    old, new = parent_manifest.get("tables", {}), manifest.get("tables", {})
    tables = {}
    for name in sorted(set(old) | set(new), key=lambda n: (n not in new, list(new).index(n) if n in new else 0, n)):
        before, after = old.get(name, {}).get("rows"), new.get(name, {}).get("rows")
        tables[name] = {"parent_rows": before, "rows": after, "changed": old.get(name, {}).get("sha256") != new.get(name, {}).get("sha256")}
    return {"parent_version": parent_manifest.get("version"), "bump_reason": manifest.get("bump_reason", ""),
            "tables": tables}


def quality_scores(quality: dict | None) -> list[dict]:
    """P/R/F1 rows from pipeline.evaluation.evaluate()'s metrics."""
    rows = []
    for table in ("actors", "events", "stances"):
        m = (quality or {}).get(table) or {}
        rows += [{"table": table, "measure": k, "value": float(m[k])} for k in ("precision", "recall", "f1")
                 if m.get(k) is not None]
    return rows


def _counts(manifest: dict, changes: dict | None) -> list[dict]:
    out = []
    for name, entry in manifest.get("tables", {}).items():
        before = (changes or {}).get("tables", {}).get(name, {}).get("parent_rows")
        delta = "" if before is None else f" ({entry['rows'] - before:+d})"
        out.append({"table": name, "rows": entry["rows"], "parent_rows": before, "label": f"{entry['rows']}{delta}"})
    return out


def build_report(tables: dict[str, pd.DataFrame], manifest: dict, *, quality: dict | None = None,
                 changes: dict | None = None, render_png: bool = True, bundle_cache: Path | None = None,
                 isolate: bool = False) -> Report:
    """The report of one release. `quality` is evaluate()'s metrics, `changes` change_summary()'s;
    `bundle_cache` a folder that keeps the JavaScript bundle, the rendered PNGs and the network layout between
    processes;
    `isolate`: vl-convert's work (bundle, PNGs) done in a child process (vega_outputs_in_child), same bytes."""
    from pipeline import charts

    look = charts.Lookup(tables)   # names of actors, topics, documents: built once for the three figures
    dated, undated = charts.timeline_rows(tables, look)
    nodes, edges = charts.network_data(tables, look, layout_cache=bundle_cache)
    stances = charts.stance_rows(tables, look)
    specs = {"timeline": charts.timeline_spec(dated), "network": charts.network_spec(nodes, edges),
             "stances": charts.stance_spec(stances), "counts": charts.counts_spec(_counts(manifest, changes))}
    scores = quality_scores(quality)
    if scores:
        specs["quality"] = charts.quality_spec(scores)
    if isolate:
        bundle, pngs = vega_outputs_in_child(specs, bundle_cache, render_png)
    else:
        bundle = _javascript_bundle(bundle_cache)
        pngs = render_pngs(specs, bundle_cache) if render_png else {}
    page = page_html(manifest, specs, undated=undated, stances=stances, quality=quality, changes=changes,
                 counts={"dated_events": len(dated), "nodes": len(nodes), "stances": len(stances)},
                 bundle=bundle)
    return Report(page, specs, pngs)


_CHILD_BUNDLES: dict[tuple, str] = {}   # bundles a child process returned, by (vl-convert version, cache folder)


def _vega_outputs(specs: dict[str, dict], bundle_cache: Path | None, want_bundle: bool,
                  render_png: bool) -> tuple[str | None, dict[str, bytes]]:
    """(the JavaScript bundle when asked for, the PNGs when asked for): what vl-convert makes, in one call."""
    return (_javascript_bundle(bundle_cache) if want_bundle else None,
            render_pngs(specs, bundle_cache) if render_png else {})


# the child's whole program: its interpreter imports this module (not the caller's __main__, as a spawned
# multiprocessing child would: no script without a __main__ guard is run again, no caller's imports are repeated)
_CHILD_PROGRAM = "import sys; sys.path.insert(0, sys.argv[1]); from pipeline.report import _vega_child; _vega_child()"


def _vega_child() -> None:
    """The child's side: {specs, bundle_cache, want_bundle, render_png} as JSON on stdin, _vega_outputs' result as
    JSON on stdout (PNGs in base64; anything else written to stdout, by Python or by native code, goes to stderr).
    JSON, not pickle: nothing in the project unpickles (tests/test_security.py)."""
    import sys

    out = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    args = json.load(sys.stdin.buffer)
    bundle_cache = Path(args["bundle_cache"]) if args["bundle_cache"] is not None else None
    bundle, pngs = _vega_outputs(args["specs"], bundle_cache, args["want_bundle"], args["render_png"])
    data = json.dumps({"bundle": bundle, "pngs": {name: base64.b64encode(png).decode("ascii")
                                                  for name, png in pngs.items()}}).encode()
    with os.fdopen(out, "wb") as fh:
        fh.write(data)


def vega_outputs_in_child(specs: dict[str, dict], bundle_cache: Path | None = None,
                          render_png: bool = True) -> tuple[str, dict[str, bytes]]:
    """(_javascript_bundle(bundle_cache), render_pngs(specs, bundle_cache)), computed in a short-lived child
    process: vl-convert's V8 runtime (~130 MB, kept for the life of the process that starts it) and each
    figure's raster (the stance map at scale 2 is 2,730 px wide and ~10 px high per stance row: 252 MB of RGBA
    at 2,000 articles) then live and die in that process instead of adding to the run's. The same functions
    compute the same bytes; the bundle is kept in this process once a child returned it."""
    import subprocess
    import sys

    import vl_convert

    from pipeline import PROJECT_ROOT

    key = (vl_convert.__version__, str(bundle_cache))
    bundle = _CHILD_BUNDLES.get(key)
    if bundle is not None and not render_png:
        return bundle, {}
    payload = json.dumps({"specs": specs, "bundle_cache": str(bundle_cache) if bundle_cache is not None else None,
                          "want_bundle": bundle is None, "render_png": render_png}).encode()
    done = subprocess.run([sys.executable, "-c", _CHILD_PROGRAM, str(PROJECT_ROOT)], input=payload,
                          capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the report's figures could not be drawn (child process exit {done.returncode}):\n"
                           + done.stderr.decode(errors="replace")[-4000:])
    result = json.loads(done.stdout)
    child_bundle = result["bundle"]
    pngs = {name: base64.b64decode(png) for name, png in result["pngs"].items()}
    if bundle is None:
        bundle = _CHILD_BUNDLES[key] = child_bundle
    return bundle, pngs


def release_report_files(tables: dict[str, pd.DataFrame], manifest: dict, releases_dir: Path, *,
                         quality: dict | None = None, bundle_cache: Path | None = None,
                         isolate: bool = True) -> dict[str, bytes]:
    """{file name: bytes} of the report of a release about to be written into `releases_dir`; vl-convert's
    work in a child process unless `isolate` is False (build_report)."""
    changes = change_summary(parent_manifest(releases_dir, manifest), manifest)
    return build_report(tables, manifest, quality=quality, changes=changes, bundle_cache=bundle_cache,
                        isolate=isolate).files()


def parent_manifest(releases_dir: Path, manifest: dict) -> dict | None:
    """The parent release's manifest (the one file this module reads), or None for a first release."""
    parent = manifest.get("parent_version")
    path = Path(releases_dir) / parent / "manifest.json" if parent else None
    return json.loads(path.read_text()) if path and path.is_file() else None


def png_spec(spec):
    """The spec without its tooltips: a PNG shows no hover, and the timeline's tooltips (every event's
    summary, actors and documents) are most of what vl-convert parses. The same pixels, the same PNG
    bytes (tests/test_report.py renders both)."""
    if isinstance(spec, dict):
        return {k: (png_spec({e: v for e, v in val.items() if e != "tooltip"}) if k == "encoding" and isinstance(val, dict)
                    else val if k == "data" else png_spec(val)) for k, val in spec.items()}
    if isinstance(spec, list):
        return [png_spec(v) for v in spec]
    return spec


def _drawn_fields(node, out: set) -> bool:
    """Collect the data fields the spec's encodings name; False when the spec may read data some
    other way (transforms, expressions over datum, nested or mark-level tooltips)."""
    if isinstance(node, dict):
        if "transform" in node or "tooltip" in node:   # (png_spec took the encodings' tooltips)
            return False
        if "field" in node:
            if not isinstance(node["field"], str) or any(ch in node["field"] for ch in ".[\\"):
                return False
            out.add(node["field"])
        return all(_drawn_fields(v, out) for k, v in node.items() if k != "data")
    if isinstance(node, list):
        return all(_drawn_fields(v, out) for v in node)
    return not (isinstance(node, str) and "datum" in node.replace("datum.value", ""))


def drawn_spec(spec: dict) -> dict:
    """What a PNG of the spec depends on: png_spec with each data row cut to the fields an encoding
    draws (the evidence texts, summaries, document lists only hover). The key of the PNG cache."""
    spec, used = png_spec(spec), set()
    if not _drawn_fields(spec, used):
        return spec

    def cut(node):
        if isinstance(node, dict):
            data = node.get("data")
            if isinstance(data, dict) and isinstance(data.get("values"), list):
                node = {**node, "data": {**data, "values": [{k: v for k, v in row.items() if k in used}
                                                            for row in data["values"]]}}
            return {k: (v if k == "data" else cut(v)) for k, v in node.items()}
        return [cut(v) for v in node] if isinstance(node, list) else node

    return cut(spec)


PNG_CACHE_FILES = 16


def render_pngs(specs: dict[str, dict], cache_dir: Path | None = None) -> dict[str, bytes]:
    """{file name: PNG} of every spec. With cache_dir, a figure whose drawn spec (drawn_spec) was rendered
    before is read from <cache_dir>/png/ (keyed by its sha256, the vl-convert version and the scale)
    instead of rendered again: a release that adds an article rarely changes what the stance map or the
    timeline draw. The folder keeps the PNG_CACHE_FILES most recently used files."""
    import hashlib

    import vl_convert

    folder = Path(cache_dir) / "png" if cache_dir is not None else None
    out = {}
    for name, spec in specs.items():
        path, drawn = None, drawn_spec(spec)
        if folder is not None:
            key = json.dumps([vl_convert.__version__, PNG_SCALE, drawn], sort_keys=True, ensure_ascii=False)
            path = folder / f"{hashlib.sha256(key.encode()).hexdigest()}.png"
            if path.is_file():
                out[FIGURE_FILES[name]] = path.read_bytes()
                os.utime(path)
                continue
        # the drawn spec, not the whole one: the same pixels (the cache key rests on it; tests/test_report.py
        # compares the bytes), less JSON for vl-convert to parse (the evidence texts, document lists)
        out[FIGURE_FILES[name]] = vl_convert.vegalite_to_png(drawn, scale=PNG_SCALE)
        if path is not None:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(out[FIGURE_FILES[name]])
            os.replace(tmp, path)
    if folder is not None and folder.is_dir():
        for old in sorted(folder.glob("*.png"), key=lambda p: p.stat().st_mtime, reverse=True)[PNG_CACHE_FILES:]:
            old.unlink(missing_ok=True)
    return out


# Dagster stores an asset's metadata in its event log (three copies per run): figures are inlined only while they
# are small, else listed by path (a 2,000-article release's PNGs are ~8 MB, ~10 MB base64'd, on every run).
INLINE_FIGURES_MAX_BYTES = 3 << 20   # the seeds release (~1.3 MB of PNGs) stays inline


def metadata_markdown(pngs: dict[str, bytes], *, release_dir=None,
                      inline_max_bytes: int = INLINE_FIGURES_MAX_BYTES) -> str:
    """The figures as Markdown for Dagster asset metadata: inline base64 images while their total size is at most
    `inline_max_bytes`, else one line per figure with its file's path and size (the report page shows them)."""
    parts = []
    inline = sum(len(b) for b in pngs.values()) <= inline_max_bytes
    for name, fname in FIGURE_FILES.items():
        if fname not in pngs:
            continue
        if inline:
            parts.append(f"**{name}**\n\n![{name}](data:image/png;base64,{base64.b64encode(pngs[fname]).decode()})\n")
        else:
            where = f"{release_dir}/{fname}" if release_dir is not None else fname
            parts.append(f"- **{name}**: `{where}` ({len(pngs[fname]) / 1e6:.1f} MB, not inlined)")
    return "\n".join(parts)
