"""The release report's HTML page: one self-contained file (the Vega bundle inlined, the figures' specs as JSON,
the undated events, the stances' evidence, the tables, quality and changes sections). Pure: strings in, a string out.
pipeline.report builds the specs and calls page_html."""
from __future__ import annotations

import html
import json


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _script_json(value) -> str:
    """JSON safe inside <script>: no '</', no '<!--'."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).replace("</", "<\\/").replace("<!--", "<\\!--")


def _table(header: list[str], rows: list[list], row_ids: list[str] | None = None) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join(
        (f'<tr id="{_e(row_ids[i])}">' if row_ids else "<tr>") + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>"
        for i, r in enumerate(rows))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _quality_section(quality: dict | None) -> str:
    if not quality:
        return "<p class='note'>No evaluation ran for this release (see <code>python -m pipeline eval</code>).</p>"
    from pipeline.quality import format_report

    return "<div class='chart' id='chart-quality'></div><pre>" + _e(format_report(quality)) + "</pre>"


def _changes_section(changes: dict | None) -> str:
    if not changes:
        return "<p class='note'>First release: no parent to compare with.</p>"
    rows = []
    for name, t in changes["tables"].items():
        before, after = t["parent_rows"], t["rows"]
        delta = "" if before is None or after is None else f"{after - before:+d}"
        rows.append([name, "—" if before is None else before, "—" if after is None else after, delta,
                     "changed" if t["changed"] else "identical"])
    return (f"<p>Against parent <strong>{_e(changes['parent_version'])}</strong>: {_e(changes['bump_reason'])}</p>"
            + _table(["table", "parent rows", "rows", "Δ", "content"], rows))


CSS = """
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;color:#222}
h1{font-size:1.5em;margin-bottom:.2em} h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
.meta{color:#555;font-size:.9em} .note{color:#666;font-style:italic} nav a{margin-right:1em}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0;width:100%}
th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top} th{background:#f4f4f4}
tr:target{background:#fff3b0} summary{cursor:pointer;font-weight:bold;margin:.8em 0} .chart{margin:.5em 0;overflow-x:auto} .error{color:#b00020}
.pill{display:inline-block;padding:0 .5em;border-radius:.8em;color:white;font-size:.85em}
.support{background:#1a9850}.oppose{background:#d73027}.neutral{background:#9e9e9e}
"""

RUNNER = """
window.reportViews = {};
const embeds = Object.entries(REPORT_SPECS).map(([name, spec]) => {
  const el = document.getElementById('chart-' + name);
  if (!el) return Promise.resolve();
  return vegaEmbed(el, spec, {renderer: 'svg', actions: false})
    .then(result => { window.reportViews[name] = result.view; })
    .catch(err => { el.innerHTML = '<p class="error">chart failed: ' + String(err).replace(/</g, '&lt;') + '</p>';
                    throw err; });
});
Promise.allSettled(embeds).then(results => {
  document.body.dataset.rendered = results.every(r => r.status === 'fulfilled') ? 'ok' : 'failed';
});
"""


def page_html(manifest: dict, specs: dict, *, undated: list[dict], stances: list[dict], quality: dict | None,
          changes: dict | None, counts: dict, bundle: str) -> str:
    version = manifest.get("version", "?")
    meta = (f"Parent {_e(manifest.get('parent_version') or 'none')} · created {_e(manifest.get('created_at'))} · "
            f"contract v{_e(manifest.get('contract_version'))} · code {_e(manifest.get('code_revision', 'unknown'))} · "
            f"knowledge {_e(manifest.get('knowledge_version', '?'))} · bump: {_e(manifest.get('bump_reason', ''))}")
    undated_html = (_table(["type", "summary", "actors (source → target)", "source documents"],
                           [[u["type"], u["summary"], u["actors"], u["documents"]] for u in undated])
                    if undated else "<p class='note'>Every event has a date.</p>")
    evidence_rows = [[s["actor"], s["topic"], s["polarity"], s["when"], s["evidence"], s["documents"]] for s in stances]
    evidence_html = (_table(["actor", "topic", "polarity", "date", "evidence sentence", "document"], evidence_rows,
                            [s["href"][1:] for s in stances]) if stances else "<p class='note'>No stances.</p>")
    table_rows = [[n, t["rows"], f"{t['sha256'][:16]}…"] for n, t in manifest.get("tables", {}).items()]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Taiwan–Japan security dataset {_e(version)}: report</title>
<style>{CSS}</style>
<script>{bundle}</script>
</head><body>
<h1>Taiwan–Japan security dataset, release {_e(version)}</h1>
<p class="meta">{meta}</p>
<nav><a href="#timeline">Timeline</a><a href="#network">Actor network</a><a href="#stances">Stance map</a><a href="#figures">Figures</a></nav>
<h2 id="timeline">Timeline</h2>
<p>{counts['dated_events']} dated events, each drawn over its whole date range (a day, a month, a year);
{len(undated)} events without a date are listed below the chart, never placed on a guessed date. Hover a mark for its summary, actors and sources.</p>
<div class="chart" id="chart-timeline"></div>
<details id="undated"><summary>Undated events ({len(undated)}): open the list</summary>
{undated_html}
</details>
<h2 id="network">Actor network</h2>
<p>{counts['nodes']} actors taking part in events. Node size: number of events; colour: country; edges: solid blue for cooperation, dashed red for conflict (PLOVER families).</p>
<div class="chart" id="chart-network"></div>
<h2 id="stances">Stance map</h2>
<p>{counts['stances']} stances. Click a cell to jump to its evidence sentence and document.</p>
<div class="chart" id="chart-stances"></div>
<h3>Evidence</h3>
{evidence_html}
<h2 id="figures">Figures</h2>
<div class="chart" id="chart-counts"></div>
{_table(["table", "rows", "sha256"], table_rows)}
<p>Rejected rows by table: {_e(manifest.get('rejects_by_table') or 'none')}.</p>
<h3>Extraction quality</h3>
{_quality_section(quality)}
<h3>Changes against the parent release</h3>
{_changes_section(changes)}
<script>const REPORT_SPECS = {_script_json(specs)};
{RUNNER}</script>
</body></html>
"""
