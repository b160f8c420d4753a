"""The report's figures as data: release tables -> chart rows -> Vega-Lite specs (plain dicts).

Pure and deterministic: rows are sorted by ID, the network layout uses a fixed seed and
rounded coordinates, so the same release always gives the same specs.
"""
import datetime as dt
import json
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow

from pipeline.layout_memo import memo_layout
from schemas.base import PLOVER_TYPES

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"  # an identifier, never fetched
# PLOVER orders its types from most cooperative to most conflictual; AGREE..RETREAT are the
# (verbal and material) cooperation classes, REQUEST..ASSAULT the conflict classes.
COOPERATION_TYPES = frozenset(PLOVER_TYPES[:PLOVER_TYPES.index("RETREAT") + 1])
FAMILY_COLOURS = {"cooperation": "#2c7fb8", "conflict": "#d7301f"}
POLARITY_COLOURS = {"support": "#1a9850", "oppose": "#d73027", "neutral": "#9e9e9e"}
LAYOUT_SEED = 7
MAX_NETWORK_LABELS = 20


def event_family(event_type: str) -> str:
    return "cooperation" if event_type in COOPERATION_TYPES else "conflict"


def _ids(value) -> list[str]:
    """A list column's cell as a list of strings (Arrow lists, numpy arrays, None)."""
    if value is None or (not hasattr(value, "__len__") and pd.isna(value)):
        return []
    return [str(v) for v in value]


def _text(value, default: str = "") -> str:
    return default if value is None or (not hasattr(value, "__len__") and pd.isna(value)) else str(value)


def _date(value) -> dt.date | None:
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    return value.date() if isinstance(value, (dt.datetime, pd.Timestamp)) else value


def _rows(df: pd.DataFrame, columns: tuple[str, ...] | None = None) -> list[dict]:
    """Records of plain Python values (None for nulls) through Arrow: to_dict("records") on
    pyarrow-backed frames boxes every cell one by one; only the columns asked for (the documents'
    texts are never copied)."""
    if columns is not None:
        df = df[[c for c in columns if c in df.columns]]
    return pyarrow.Table.from_pandas(df, preserve_index=False).to_pylist()


class Lookup:
    """Names of actors, topics and documents for labels and hovers."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        actors = tables["actors"]
        self.actor_name = dict(zip(actors["actor_id"], actors["name"]))
        self.actor_country = {a: _text(c, "unknown") for a, c in zip(actors["actor_id"], actors["country"])}
        topics = tables["topics"]
        self.topic_label = dict(zip(topics["topic_id"], topics["label"]))
        self.document = {}
        for d in _rows(tables["documents"], ("doc_id", "source_file", "title", "outlet", "published_date")):
            parts = [p for p in (_text(d.get("outlet")), _text(_date(d.get("published_date")))) if p]
            self.document[d["doc_id"]] = _text(d.get("title")) or d["source_file"]
            self.document[d["doc_id"]] += f" ({', '.join(parts)})" if parts else f" [{d['source_file']}]"

    def actors(self, ids: list[str]) -> str:
        return ", ".join(self.actor_name.get(a, a) for a in ids) or "—"

    def documents(self, ids: list[str]) -> str:
        return "; ".join(self.document.get(d, d) for d in ids)


def date_label(start: dt.date | None, end: dt.date | None, precision: str) -> str:
    """How the date is known, without pretending to more precision than the data has."""
    if start is None and end is None:
        return "date unknown"
    start, end = start or end, end or start
    if precision == "day" and start == end:
        return start.isoformat()
    if precision == "month":
        return f"{start:%Y-%m} (month)"
    if precision == "year":
        return f"{start:%Y} (year)"
    return f"{start.isoformat()} – {end.isoformat()} ({precision})"


# the events' columns the timeline shows (the evidence and claim lists are never read)
TIMELINE_COLUMNS = ("event_id", "event_type", "date_start", "date_end", "date_precision", "summary",
                    "source_actor_ids", "target_actor_ids", "doc_ids", "n_documents")


def timeline_rows(tables: dict[str, pd.DataFrame], look: Lookup | None = None) -> tuple[list[dict], list[dict]]:
    """(dated, undated) event rows. A dated event spans its whole date range [start, end + 1 day);
    an event without any date is never placed on the axis. `look`: the tables' Lookup when the caller has built it already."""
    look = look or Lookup(tables)
    dated, undated = [], []
    for e in sorted(_rows(tables["events"], TIMELINE_COLUMNS), key=lambda r: r["event_id"]):
        start, end = _date(e["date_start"]), _date(e["date_end"])
        row = {"event_id": e["event_id"], "type": e["event_type"], "family": event_family(e["event_type"]),
               "when": date_label(start, end, e["date_precision"]), "summary": e["summary"],
               "actors": f"{look.actors(_ids(e['source_actor_ids']))} → {look.actors(_ids(e['target_actor_ids']))}",
               "documents": look.documents(_ids(e["doc_ids"])), "n_documents": int(e["n_documents"])}
        if start is None and end is None:
            undated.append(row)
            continue
        start, end = start or end, end or start
        dated.append({**row, "start": start.isoformat(), "end": (end + dt.timedelta(days=1)).isoformat()})
    _assign_lanes(dated)
    return dated, undated


def _assign_lanes(rows: list[dict]) -> None:
    """Greedy interval lanes per type, so overlapping events of one type sit side by side."""
    lane_ends: dict[str, list[str]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r["type"], r["start"], r["end"], r["event_id"])):
        ends = lane_ends[row["type"]]
        lane = next((i for i, end in enumerate(ends) if end <= row["start"]), len(ends))
        if lane == len(ends):
            ends.append(row["end"])
        ends[lane] = row["end"]
        row["lane"] = lane


def network_data(tables: dict[str, pd.DataFrame], look: Lookup | None = None, *,
                 layout_cache: Path | None = None) -> tuple[list[dict], list[dict]]:
    """(nodes, edges) of the actor network: every actor of an event is a node sized by the number
    of events it takes part in; every source-target pair is an edge per event family. `layout_cache`: a
    folder keeping the spring layout between runs (layout_memo; the same layout)."""
    look = look or Lookup(tables)
    activity: Counter = Counter()
    pairs: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for e in _rows(tables["events"], ("event_type", "source_actor_ids", "target_actor_ids")):
        sources, targets = _ids(e["source_actor_ids"]), _ids(e["target_actor_ids"])
        activity.update(set(sources) | set(targets))
        for s in sources:
            for t in targets:
                if s != t:
                    u, v = sorted((s, t))
                    pairs[(u, v, event_family(e["event_type"]))].append(e["event_type"])
    graph = nx.Graph()
    graph.add_nodes_from(sorted(activity))
    for (u, v, _), types in sorted(pairs.items()):
        weight = graph.get_edge_data(u, v, {"weight": 0})["weight"] + len(types)
        graph.add_edge(u, v, weight=weight)
    xy = _layout(graph, layout_cache)
    # the busiest actors are named on the drawing (all on hover); the row of actors without a
    # counterpart has room for every name
    labelled = set(sorted(activity, key=lambda a: (-activity[a], a))[:MAX_NETWORK_LABELS])
    labelled |= {a for a in activity if graph.degree(a) == 0}
    nodes = [{"actor_id": a, "name": look.actor_name.get(a, a), "country": look.actor_country.get(a, "unknown"),
              "events": activity[a], "x": xy[a][0], "y": xy[a][1],
              "label": look.actor_name.get(a, a) if a in labelled else ""} for a in sorted(activity)]
    edges = [{"source": look.actor_name.get(u, u), "target": look.actor_name.get(v, v), "family": family,
              "events": len(types), "types": ", ".join(f"{t} ×{n}" for t, n in sorted(Counter(types).items())),
              "x": xy[u][0], "y": xy[u][1], "x2": xy[v][0], "y2": xy[v][1]}
             for (u, v, family), types in sorted(pairs.items())]
    return nodes, edges


def _layout(graph: nx.Graph, cache_dir: Path | None = None) -> dict[str, tuple[float, float]]:
    """Spring layout (fixed seed) of the actors that have a counterpart; actors without one would
    be flung to the rim by the repulsion, so they sit in rows under the drawing instead."""
    # a graph of its own, not graph.subgraph(): a subgraph view of fewer than half the nodes iterates
    # them from a set, in an order that changes with PYTHONHASHSEED, and the layout with it
    linked = nx.Graph()
    linked.add_nodes_from(n for n in graph if graph.degree(n) > 0)
    linked.add_edges_from(graph.edges(data=True))
    alone = sorted(n for n in graph if graph.degree(n) == 0)
    pos = {}
    if len(linked):
        k = 2.0 / max(len(linked), 1) ** 0.5
        pos = memo_layout(lambda: {n: (float(p[0]), float(p[1]))
                                   for n, p in nx.spring_layout(linked, seed=LAYOUT_SEED, weight="weight", k=k).items()},
                          list(linked), [[u, v, d["weight"]] for u, v, d in linked.edges(data=True)], k, LAYOUT_SEED,
                          cache_dir)
    per_row = max(6, int(len(alone) ** 0.5 * 1.5))
    bottom = min((p[1] for p in pos.values()), default=0.0) - 0.35
    for i, n in enumerate(alone):
        row, col = divmod(i, per_row)
        pos[n] = (-1.0 + 2.0 * (col + 0.5) / per_row, bottom - 0.25 * row)
    return {n: (round(x, 4), round(y, 4)) for n, (x, y) in pos.items()}


def stance_rows(tables: dict[str, pd.DataFrame], look: Lookup | None = None) -> list[dict]:
    look = look or Lookup(tables)
    rows = []
    for s in sorted(_rows(tables["stances"]), key=lambda r: r["stance_id"]):
        rows.append({"stance_id": s["stance_id"], "actor": look.actor_name.get(s["actor_id"], s["actor_id"]),
                     "topic": look.topic_label.get(s["topic_id"], s["topic_id"]), "polarity": s["polarity"],
                     "when": date_label(_date(s["date_start"]), _date(s["date_end"]), s["date_precision"]),
                     "evidence": s["evidence"], "documents": look.documents(_ids(s["doc_ids"])),
                     "n_claims": len(_ids(s["claim_ids"])), "href": f"#stance-{s['stance_id']}"})
    return rows


def _base(title: str, description: str) -> dict:
    return {"$schema": VEGA_LITE_SCHEMA, "title": {"text": title, "anchor": "start"}, "description": description,
            "config": {"font": "DejaVu Sans, Helvetica, Arial, sans-serif", "view": {"stroke": None}}}


def _date_format(dated: list[dict]) -> str:
    """Axis labels as precise as the span needs: days over weeks, months over a few years."""
    if not dated:
        return "%Y-%m-%d"
    span = (dt.date.fromisoformat(max(r["end"] for r in dated)) - dt.date.fromisoformat(min(r["start"] for r in dated))).days
    return "%Y" if span > 4 * 365 else "%Y-%m" if span > 120 else "%Y-%m-%d"


def timeline_spec(dated: list[dict]) -> dict:
    types = [t for t in PLOVER_TYPES if any(r["type"] == t for r in dated)]
    lanes = max((r["lane"] for r in dated), default=0) + 1
    return {**_base("Events by date and PLOVER type", "One mark per dated event, spanning its date range."),
            "width": 820, "height": max(120, 26 * lanes * max(len(types), 1)),
            "data": {"values": dated},
            "layer": [{"name": "events",
            "mark": {"type": "rule", "strokeWidth": 9, "strokeCap": "round", "opacity": 0.85, "cursor": "pointer"},
            "encoding": {
                "x": {"field": "start", "type": "temporal", "scale": {"type": "utc"}, "title": "date",
                      "axis": {"labelAngle": -30, "format": _date_format(dated)}},
                "x2": {"field": "end"},
                "y": {"field": "type", "type": "nominal", "sort": types, "title": "PLOVER type"},
                "yOffset": {"field": "lane", "type": "ordinal"},
                "color": {"field": "family", "type": "nominal", "title": "event family",
                          "scale": {"domain": list(FAMILY_COLOURS), "range": list(FAMILY_COLOURS.values())}},
                "tooltip": [{"field": "type", "title": "type"}, {"field": "when", "title": "date"},
                            {"field": "summary"}, {"field": "actors", "title": "actors (source → target)"},
                            {"field": "documents", "title": "source documents"}]}}]}


def network_spec(nodes: list[dict], edges: list[dict]) -> dict:
    bare = {"axis": None, "scale": {"zero": False, "nice": False, "padding": 40}}
    xy = {"x": {"field": "x", "type": "quantitative", **bare}, "y": {"field": "y", "type": "quantitative", **bare}}
    return {**_base("Who deals with whom", "Actors of events; node size = number of events, colour = country; "
                    "edges coloured by event family."),
            "width": 820, "height": 560,
            "layer": [
                {"data": {"values": edges}, "name": "edges",
                 "mark": {"type": "rule", "opacity": 0.7},
                 "encoding": {**xy, "x2": {"field": "x2"}, "y2": {"field": "y2"},
                              "strokeWidth": {"field": "events", "type": "quantitative", "legend": None,
                                              "scale": {"range": [1.5, 7]}},
                              "strokeDash": {"field": "family", "type": "nominal", "legend": None,
                                             "scale": {"domain": ["cooperation", "conflict"], "range": [[1, 0], [6, 3]]}},
                              "color": {"field": "family", "type": "nominal", "title": "edge: event family",
                                        "scale": {"domain": list(FAMILY_COLOURS), "range": list(FAMILY_COLOURS.values())}},
                              "tooltip": [{"field": "source"}, {"field": "target"}, {"field": "family"},
                                          {"field": "types", "title": "events"}]}},
                {"data": {"values": nodes}, "name": "nodes",
                 "mark": {"type": "circle", "opacity": 0.95, "stroke": "white", "strokeWidth": 1.5},
                 "encoding": {**xy,
                              "size": {"field": "events", "type": "quantitative", "title": "events",
                                       "scale": {"zero": False, "range": [150, 1600]},
                                       "legend": {"values": _legend_steps([n["events"] for n in nodes]), "format": "d"}},
                              "color": {"field": "country", "type": "nominal", "title": "node: country",
                                        "scale": {"scheme": "tableau10"}},
                              "tooltip": [{"field": "name"}, {"field": "country"}, {"field": "events"}]}},
                {"data": {"values": nodes}, "name": "labels",
                 "mark": {"type": "text", "dy": -26, "fontSize": 11},
                 "encoding": {**xy, "text": {"field": "label"}}},
            ],
            "resolve": {"scale": {"color": "independent", "size": "independent"},
                        "legend": {"color": "independent"}}}


def _legend_steps(values: list[int], most: int = 4) -> list[int]:
    """A few distinct whole numbers from the smallest to the largest value, for a size legend."""
    if not values:
        return []
    lo, hi = min(values), max(values)
    return sorted({round(lo + (hi - lo) * i / (most - 1)) for i in range(most)})


def stance_spec(rows: list[dict]) -> dict:
    """Actors × topics; when one actor holds several polarities on a topic, its cell is split."""
    actors = sorted({r["actor"] for r in rows})
    topics = sorted({r["topic"] for r in rows})
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["actor"], r["topic"])].append(r)
    order = {p: i for i, p in enumerate(POLARITY_COLOURS)}
    values = []
    for (_, topic), group in groups.items():
        group.sort(key=lambda r: (order[r["polarity"]], r["stance_id"]))
        col = topics.index(topic)
        values += [{**r, "x0": col + i / len(group), "x1": col + (i + 1) / len(group)} for i, r in enumerate(group)]
    values.sort(key=lambda r: r["stance_id"])
    wrapped = [textwrap.wrap(t, 24) or [t] for t in topics]  # a list label renders as lines
    label_expr = f"{_script_safe_json(wrapped)}[floor(datum.value)]"
    return {**_base("Who stands where", "One cell per stance: actor × topic, coloured by polarity; "
                    "click a cell for its evidence."),
            "width": max(240, 180 * len(topics)), "height": max(80, 28 * len(actors)),
            "data": {"values": values},
            "layer": [{"name": "cells",
            "mark": {"type": "rect", "stroke": "white", "strokeWidth": 1.5, "cursor": "pointer"},
            "encoding": {
                "x": {"field": "x0", "type": "quantitative", "title": "topic",
                      "scale": {"domain": [0, max(len(topics), 1)], "nice": False, "zero": True},
                      "axis": {"values": [i + 0.5 for i in range(len(topics))], "labelExpr": label_expr,
                               "labelAngle": 0, "labelOverlap": False, "grid": False, "ticks": False}},
                "x2": {"field": "x1"},
                "y": {"field": "actor", "type": "nominal", "sort": actors, "title": "actor"},
                "color": {"field": "polarity", "type": "nominal",
                          "scale": {"domain": list(POLARITY_COLOURS), "range": list(POLARITY_COLOURS.values())}},
                "href": {"field": "href"},
                "tooltip": [{"field": "actor"}, {"field": "topic"}, {"field": "polarity"}, {"field": "when"},
                            {"field": "evidence"}, {"field": "documents"}]}}]}


def _script_safe_json(value) -> str:
    """A JSON literal for a Vega expression (the expression language accepts JSON arrays of strings)."""
    return json.dumps(value, ensure_ascii=False)


def counts_spec(counts: list[dict]) -> dict:
    """Rows per table; with a parent release, its counts as ticks on the bars."""
    has_parent = any(c.get("parent_rows") is not None for c in counts)
    bar = {"mark": {"type": "bar", "color": "#4c78a8"},
           "encoding": {"y": {"field": "table", "type": "nominal", "sort": None, "title": None},
                        "x": {"field": "rows", "type": "quantitative", "title": "rows"},
                        "tooltip": [{"field": "table"}, {"field": "rows"}, {"field": "parent_rows", "title": "parent"}]}}
    text = {"mark": {"type": "text", "align": "left", "dx": 4},
            "encoding": {"y": {"field": "table", "type": "nominal", "sort": None}, "x": {"field": "rows", "type": "quantitative"},
                         "text": {"field": "label"}}}
    layers = [bar, text]
    if has_parent:
        layers.append({"mark": {"type": "tick", "color": "black", "thickness": 2},
                       "encoding": {"y": {"field": "table", "type": "nominal", "sort": None},
                                    "x": {"field": "parent_rows", "type": "quantitative"}}})
    title = "Rows per table" + (" (ticks: parent release)" if has_parent else "")
    return {**_base(title, "Row counts of the release's tables."), "width": 520,
            "height": {"step": 24}, "data": {"values": counts}, "layer": layers}


def quality_spec(scores: list[dict]) -> dict:
    return {**_base("Extraction quality against the gold annotation", "Precision, recall and F1 per table."),
            "width": {"step": 26}, "height": 200, "data": {"values": scores},
            "mark": {"type": "bar"},
            "encoding": {"x": {"field": "table", "type": "nominal", "title": None},
                         "xOffset": {"field": "measure", "type": "nominal", "sort": ["precision", "recall", "f1"]},
                         "y": {"field": "value", "type": "quantitative", "scale": {"domain": [0, 1]}, "title": None},
                         "color": {"field": "measure", "type": "nominal", "sort": ["precision", "recall", "f1"]},
                         "tooltip": [{"field": "table"}, {"field": "measure"}, {"field": "value", "format": ".3f"}]}}
