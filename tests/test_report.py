"""The release report: built by publish, self-contained, and rendered by headless Chromium with
the right number of marks in each chart. Screenshots go to test-artifacts/ (gitignored)."""
import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.charts import network_data, stance_rows, timeline_rows
from pipeline.cli import main
from pipeline.publish import publish
from pipeline.release import read_release
from pipeline.report import FIGURE_FILES, REPORT_HTML, build_report, change_summary
from pipeline.validate import validate_release
from tests.conftest import FIXTURES, ROOT
from tests.test_assets import materialize

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    """v1.0.0 from the fixtures through the whole graph, then v1.0.1 published without one stance."""
    tmp = tmp_path_factory.mktemp("report")
    result = materialize(tmp, FIXTURES / "documents", tmp / "releases")
    assert result.success
    first = tmp / "releases" / "v1.0.0"
    tables = read_release(first)
    manifest = json.loads((first / "manifest.json").read_text())
    fewer = {**tables, "stances": tables["stances"].iloc[1:].reset_index(drop=True)}
    second = publish(fewer, manifest["inputs"], tmp / "releases").path
    return first, second, result


def expected_marks(tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Counted from the tables themselves, not from the chart code."""
    events = tables["events"]
    dated = int((events["date_start"].notna() | events["date_end"].notna()).sum())
    actors = {a for col in ("source_actor_ids", "target_actor_ids") for ids in events[col] for a in ids}
    return {"timeline": dated, "network": len(actors), "stances": len(tables["stances"])}


def test_publish_writes_the_report_beside_the_tables(releases):
    first, _, result = releases
    for name in [REPORT_HTML, *(f for k, f in FIGURE_FILES.items() if k != "quality")]:
        assert (first / name).is_file(), name
    manifest = json.loads((first / "manifest.json").read_text())
    listed = {n: e for n, e in manifest["files"].items() if n.startswith("report")}
    assert set(listed) == {REPORT_HTML, *(f for k, f in FIGURE_FILES.items() if k != "quality")}
    for name, entry in listed.items():
        assert hashlib.sha256((first / name).read_bytes()).hexdigest() == entry["sha256"]
    assert all((first / f).read_bytes().startswith(PNG_MAGIC) for f in listed if f.endswith(".png"))
    assert validate_release(first) == []
    meta = result.asset_materializations_for_node("release")[-1].metadata
    assert meta["report"].value == str(first / REPORT_HTML)
    assert meta["figures"].value.count("](data:image/png;base64,iVBORw0KGgo") == 4


def test_report_is_self_contained(releases):
    page = (releases[0] / REPORT_HTML).read_text()
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']?https?:", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?https?:", page, re.I)
    assert "vegaEmbed" in page and "REPORT_SPECS" in page


def test_report_is_deterministic(releases):
    first = releases[0]
    tables, manifest = read_release(first), json.loads((first / "manifest.json").read_text())
    a = build_report(tables, manifest, render_png=False)
    b = build_report({n: t.iloc[::-1].reset_index(drop=True) for n, t in tables.items()}, manifest, render_png=False)
    assert a.html == b.html


def test_pngs_are_rendered_without_tooltips_and_look_the_same(releases):
    """render_pngs drops the specs' tooltips (a PNG has no hover; they are most of the timeline's
    spec): every figure's PNG is byte for byte the PNG of the whole spec, and only tooltips go."""
    import vl_convert

    from pipeline.report import PNG_SCALE, drawn_spec, png_spec, render_pngs

    first = releases[0]
    tables, manifest = read_release(first), json.loads((first / "manifest.json").read_text())
    specs = build_report(tables, manifest, render_png=False).specs
    pngs = render_pngs(specs)
    for name, spec in specs.items():
        assert '"tooltip"' in json.dumps(spec) and '"tooltip"' not in json.dumps(png_spec(spec))
        assert pngs[FIGURE_FILES[name]] == vl_convert.vegalite_to_png(spec, scale=PNG_SCALE), name
        assert pngs[FIGURE_FILES[name]] == (first / FIGURE_FILES[name]).read_bytes(), name
        # the PNG cache's key: only the drawn fields; the pixels are those of the whole spec
        assert pngs[FIGURE_FILES[name]] == vl_convert.vegalite_to_png(drawn_spec(spec), scale=PNG_SCALE), name


def test_png_cache_serves_a_figure_whose_drawing_did_not_change(releases, tmp_path, monkeypatch):
    import copy

    import vl_convert

    from pipeline.report import render_pngs

    first = releases[0]
    tables, manifest = read_release(first), json.loads((first / "manifest.json").read_text())
    specs = build_report(tables, manifest, render_png=False).specs
    rendered = []
    real = vl_convert.vegalite_to_png
    monkeypatch.setattr(vl_convert, "vegalite_to_png", lambda spec, **kw: rendered.append(1) or real(spec, **kw))
    cold = render_pngs(specs, tmp_path)
    assert len(rendered) == len(specs) and len(list((tmp_path / "png").glob("*.png"))) == len(specs)
    hover_only = copy.deepcopy(specs)
    for row in hover_only["timeline"]["data"]["values"]:
        row["summary"] += " (edited)"               # shown on hover only: the same drawing
    moved = copy.deepcopy(specs)
    moved["counts"]["data"]["values"][0]["rows"] += 1   # a bar longer: drawn anew
    rendered.clear()
    assert render_pngs(hover_only, tmp_path) == cold and rendered == []
    warm = render_pngs(moved, tmp_path)
    assert len(rendered) == 1 and warm["report-counts.png"] != cold["report-counts.png"]
    assert {k: v for k, v in warm.items() if k != "report-counts.png"} == \
        {k: v for k, v in cold.items() if k != "report-counts.png"}


def test_second_release_reports_its_changes(releases):
    _, second, _ = releases
    page = (second / REPORT_HTML).read_text()
    assert "Against parent <strong>v1.0.0</strong>" in page
    manifest = json.loads((second / "manifest.json").read_text())
    parent = json.loads((second.parent / "v1.0.0" / "manifest.json").read_text())
    summary = change_summary(parent, manifest)
    assert summary["tables"]["stances"] == {"parent_rows": 2, "rows": 1, "changed": True}
    assert summary["tables"]["events"]["changed"] is False


def _tables_with(events: list[dict], stances: list[dict]) -> dict[str, pd.DataFrame]:
    actors = pd.DataFrame({"actor_id": ["a", "b", "c"], "name": ["A", "B", "C"], "country": ["JPN", None, "TWN"]})
    documents = pd.DataFrame({"doc_id": ["d1"], "source_file": ["d1.txt"], "title": [None], "outlet": [None],
                              "published_date": [None]})
    topics = pd.DataFrame({"topic_id": ["t1", "t2"], "label": ["Topic one", "Topic two"]})
    base_event = {"date_start": None, "date_end": None, "date_precision": "unknown", "target_actor_ids": [],
                  "summary": "s", "doc_ids": ["d1"], "n_documents": 1}
    base_stance = {"date_start": None, "date_end": None, "date_precision": "unknown", "claim_ids": ["c1"],
                   "doc_ids": ["d1"], "evidence": "e"}
    return {"actors": actors, "documents": documents, "topics": topics,
            "events": pd.DataFrame([{**base_event, **e} for e in events],
                                   columns=["event_id", "event_type", "source_actor_ids", *base_event]),
            "stances": pd.DataFrame([{**base_stance, **s} for s in stances],
                                    columns=["stance_id", "actor_id", "topic_id", "polarity", *base_stance])}


def test_dates_are_ranges_and_undated_events_stay_off_the_axis():
    tables = _tables_with([
        {"event_id": "e1", "event_type": "AGREE", "source_actor_ids": ["a"], "target_actor_ids": ["b"],
         "date_start": dt.date(2024, 3, 1), "date_end": dt.date(2024, 3, 31), "date_precision": "month"},
        {"event_id": "e2", "event_type": "ASSAULT", "source_actor_ids": ["c"], "target_actor_ids": ["a"]},
        {"event_id": "e3", "event_type": "AGREE", "source_actor_ids": ["b"],
         "date_start": dt.date(2024, 3, 5), "date_end": dt.date(2024, 3, 5), "date_precision": "day"},
    ], [])
    dated, undated = timeline_rows(tables)
    assert [r["event_id"] for r in undated] == ["e2"] and "start" not in undated[0]
    month, day = dated
    assert (month["start"], month["end"], month["when"]) == ("2024-03-01", "2024-04-01", "2024-03 (month)")
    assert (day["start"], day["end"]) == ("2024-03-05", "2024-03-06")
    assert month["lane"] != day["lane"]  # they overlap within one type, so they do not share a lane
    nodes, edges = network_data(tables)
    assert {n["actor_id"]: n["events"] for n in nodes} == {"a": 2, "b": 2, "c": 1}
    assert {(e["source"], e["target"], e["family"]) for e in edges} == {("A", "B", "cooperation"), ("A", "C", "conflict")}
    assert {n["actor_id"]: n["country"] for n in nodes}["b"] == "unknown"


def test_one_actor_with_two_polarities_on_a_topic_gets_two_cells():
    tables = _tables_with([], [
        {"stance_id": "s1", "actor_id": "a", "topic_id": "t1", "polarity": "support"},
        {"stance_id": "s2", "actor_id": "a", "topic_id": "t1", "polarity": "oppose"},
        {"stance_id": "s3", "actor_id": "b", "topic_id": "t2", "polarity": "neutral"},
    ])
    rows = stance_rows(tables)
    assert [r["href"] for r in rows] == ["#stance-s1", "#stance-s2", "#stance-s3"]
    report = build_report(tables, {"version": "v0.0.0", "tables": {}}, render_png=False)
    cells = report.specs["stances"]["data"]["values"]
    assert sorted((c["x0"], c["x1"]) for c in cells) == [(0, 0.5), (0.5, 1), (1, 2)]


def test_cli_writes_the_report_elsewhere_and_never_into_the_release(releases, tmp_path, capsys):
    first = releases[0]
    def files():
        return {p.relative_to(first): p.read_bytes() for p in sorted(first.rglob("*")) if p.is_file()}

    before = files()
    out = tmp_path / "out" / "r.html"
    assert main(["report", str(first), "--out", str(out), "--gold", str(ROOT / "tests" / "gold")]) == 0
    assert out.read_text().startswith("<!DOCTYPE html>") and (tmp_path / "out" / "r-timeline.png").is_file()
    assert "Extraction quality against the gold annotation" in out.read_text()
    assert main(["report", str(first), "--out", str(first / "again.html")]) == 2
    assert "never modified" in capsys.readouterr().err
    assert files() == before


def _launch(playwright):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the report test needs Debian's Chromium "
                    "(apt-get update && apt-get install -y chromium); it is not skipped")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)


MARKS = {"timeline": "#chart-timeline g.events_marks > line",
         "network": "#chart-network g.nodes_marks > path",
         "stances": "#chart-stances g.cells_marks > path"}


def test_report_renders_offline_in_chromium_with_one_mark_per_item(releases):
    from playwright.sync_api import sync_playwright

    first = releases[0]
    expected = expected_marks(read_release(first))
    assert min(expected.values()) > 0  # the fixtures exercise every chart
    ARTIFACTS.mkdir(exist_ok=True)
    outside = []
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", lambda route: (outside.append(route.request.url), route.abort())
                       if not route.request.url.startswith("file:") else route.continue_())
            errors = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto((first / REPORT_HTML).as_uri())
            page.wait_for_selector("body[data-rendered]", timeout=30_000)
            assert page.evaluate("document.body.dataset.rendered") == "ok", errors
            counts = {name: page.locator(sel).count() for name, sel in MARKS.items()}
            assert counts == expected
            n_events = len(read_release(first)["events"])
            assert page.locator("#undated tbody tr").count() == n_events - expected["timeline"] > 0
            page.screenshot(path=str(ARTIFACTS / "report-full.png"), full_page=True)
            for name in MARKS:
                page.locator(f"#chart-{name}").screenshot(path=str(ARTIFACTS / f"report-{name}.png"))
            # hover: a timeline mark shows its summary, actors and source documents
            page.locator("#chart-timeline").scroll_into_view_if_needed()
            box = page.locator(MARKS["timeline"]).first.bounding_box()  # a rule has no height: hover its middle
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            page.mouse.move(x - 40, y - 40)
            page.mouse.move(x, y, steps=5)
            tooltip = page.locator("#vg-tooltip-element")
            tooltip.wait_for(state="visible", timeout=5_000)
            assert "source documents" in tooltip.inner_text() and "actors" in tooltip.inner_text()
            # click: a stance cell leads to its evidence row
            page.locator(MARKS["stances"]).first.click()
            page.wait_for_function("location.hash.startsWith('#stance-')", timeout=5_000)
            row = page.locator(page.evaluate("location.hash"))
            assert row.count() == 1 and row.locator("td").nth(4).inner_text().strip() != ""
            assert errors == []
        finally:
            browser.close()
    assert outside == []


def test_network_layout_does_not_depend_on_the_hash_seed():
    """Few linked actors among many without a counterpart: the layout must not follow the order of a
    set of names (it did through networkx's subgraph view, which changes with PYTHONHASHSEED)."""
    import os
    import subprocess
    import sys

    script = ("import json, networkx as nx; from pipeline.charts import _layout\n"
              "g = nx.Graph(); g.add_nodes_from(sorted(f'actor-{i:02d}' for i in range(30)))\n"
              "g.add_edges_from([('actor-01', 'actor-07'), ('actor-07', 'actor-13'), ('actor-13', 'actor-21'),"
              " ('actor-21', 'actor-01'), ('actor-03', 'actor-29')], weight=1)\n"
              "print(json.dumps(sorted(_layout(g).items())))")
    outs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}).stdout
            for seed in ("1", "2", "3", "4")}
    assert len(outs) == 1
