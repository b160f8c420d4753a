"""Score a release against the hand-made gold standard in ``tests/gold/``.

Pure Python: :func:`load_gold` reads the gold YAML files, :func:`evaluate`
compares a release's tables (as read from Parquet) with them, and
:func:`format_report` / :func:`format_markdown` render the metrics.
The annotation conventions are in ``tests/gold/GUIDELINES.md``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd
import yaml

from pipeline.knowledge import SAFE_LOADER

Span = tuple[str, int, int]  # (source_file, char_start, char_end), end exclusive
PRECISION_RANK = {"day": 4, "range": 3, "month": 2, "year": 1, "unknown": 0}
_FOLD = re.compile(r"[\s\-\u2010-\u2015\u2212]+")


@dataclass(frozen=True)
class GoldActor:
    """A named actor of one gold document."""
    name: str
    actor_type: str
    country: str | None
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class GoldEvent:
    """An asserted event of one gold document; ``quotes[0]`` is the main quote."""
    key: str
    event_type: str
    quotes: tuple[str, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    date_start: str | None
    date_end: str | None
    date_precision: str


@dataclass(frozen=True)
class GoldStance:
    """A position of a named actor on one topic."""
    actor: str
    topic: str
    polarity: str
    quote: str


@dataclass(frozen=True)
class GoldDoc:
    """The gold annotation of one document."""
    source_file: str
    published_date: str | None
    body_quote_first: str
    body_quote_last: str
    actors: tuple[GoldActor, ...]
    events: tuple[GoldEvent, ...]
    stances: tuple[GoldStance, ...]


@dataclass(frozen=True)
class Gold:
    """All gold documents, in file-name order."""
    docs: tuple[GoldDoc, ...]

    @property
    def files(self) -> set[str]:
        """The source files covered by the gold standard."""
        return {d.source_file for d in self.docs}


# ---------------------------------------------------------------- helpers
def iso_date(value: Any) -> str | None:
    """ISO ``YYYY-MM-DD`` of a date-like value; None for null/NaN/NaT."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if value is pd.NaT or (not isinstance(value, (str, dt.date)) and pd.isna(value)):
        return None
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def as_list(value: Any) -> list[str]:
    """A list of non-null strings from a Parquet list cell (list, array, None)."""
    if value is None or value is pd.NA or isinstance(value, float) and math.isnan(value):
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None and not (isinstance(v, float) and math.isnan(v))]


def normalise(name: str) -> str:
    """Fold case, diacritics, curly apostrophes, hyphens and spaces of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _FOLD.sub("", plain.casefold().replace("\u2019", "'").replace("\u2018", "'"))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Counts, precision, recall and F1 (1.0 when both sides are empty)."""
    p = tp / n_pred if n_pred else float(n_gold == 0)
    r = tp / n_gold if n_gold else float(n_pred == 0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": n_pred - tp, "fn": n_gold - tp, "precision": p, "recall": r, "f1": f1}


def accuracy(flags: Sequence[bool]) -> float | None:
    """Share of true flags, None when there is nothing to judge."""
    return sum(flags) / len(flags) if flags else None


def max_matching(candidates: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """One-to-one maximum bipartite matching (Kuhn); candidate lists are in preference order."""
    owner: dict[str, str] = {}

    def assign(left: str, seen: set[str]) -> bool:
        for right in candidates[left]:
            if right not in seen:
                seen.add(right)
                if right not in owner or assign(owner[right], seen):
                    owner[right] = left
                    return True
        return False

    for left in sorted(candidates):
        assign(left, set())
    return {left: right for right, left in owner.items()}


# ---------------------------------------------------------------- loading
def _event(raw: Mapping[str, Any]) -> GoldEvent:
    """One gold event from its YAML mapping."""
    return GoldEvent(
        key=raw["key"], event_type=raw["event_type"],
        quotes=(raw["quote"], *raw.get("other_quotes", [])),
        source=tuple(raw.get("source") or ()), target=tuple(raw.get("target") or ()),
        date_start=iso_date(raw.get("date_start")), date_end=iso_date(raw.get("date_end")),
        date_precision=raw.get("date_precision") or "unknown",
    )


def _doc(raw: Mapping[str, Any]) -> GoldDoc:
    """One gold document from its YAML mapping."""
    return GoldDoc(
        source_file=raw["source_file"], published_date=iso_date(raw.get("published_date")),
        body_quote_first=raw["body_quote_first"], body_quote_last=raw["body_quote_last"],
        actors=tuple(GoldActor(a["name"], a["actor_type"], a.get("country"), tuple(a.get("mentions") or ()))
                     for a in raw.get("actors") or ()),
        events=tuple(_event(e) for e in raw.get("events") or ()),
        stances=tuple(GoldStance(s["actor"], s["topic"], s["polarity"], s["quote"])
                      for s in raw.get("stances") or ()),
    )


def load_gold(gold_dir: Path) -> Gold:
    """Read every ``*.yaml`` file of ``gold_dir`` into a :class:`Gold`."""
    files = sorted(Path(gold_dir).glob("*.yaml"))
    return Gold(tuple(_doc(_safe_yaml(f.read_text(encoding="utf-8"))) for f in files))


def _safe_yaml(text: str):
    """yaml.safe_load with libyaml's safe loader when present (the same documents, ~7x faster: every release
    reads the whole gold folder to learn whether it covers the release)."""
    loader = SAFE_LOADER(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


# ---------------------------------------------------------------- actors
def gold_actor_keys(gold: Gold) -> dict[str, set[str]]:
    """Normalised name and mentions per canonical gold name, minus forms shared by two actors."""
    keys: dict[str, set[str]] = {}
    for doc in gold.docs:
        for actor in doc.actors:
            keys.setdefault(actor.name, {normalise(actor.name)}).update(normalise(m) for m in actor.mentions)
    owners: dict[str, set[str]] = {}
    for name, ks in keys.items():
        for k in ks:
            owners.setdefault(k, set()).add(name)
    return {n: {k for k in ks if len(owners[k]) == 1 or k == normalise(n)} for n, ks in keys.items()}


def match_actors(actors: pd.DataFrame, gold: Gold) -> dict[str, str]:
    """Map predicted ``actor_id`` to gold name, one-to-one: equal names first, then any alias."""
    gold_keys = gold_actor_keys(gold)
    pred_keys = {str(r.actor_id): {normalise(str(r.name))} | {normalise(a) for a in as_list(r.aliases)}
                 for r in actors.itertuples(index=False)}
    pred_names = {str(r.actor_id): normalise(str(r.name)) for r in actors.itertuples(index=False)}
    by_name = {normalise(n): n for n in gold_keys}
    fixed: dict[str, str] = {}
    for aid in sorted(pred_keys):
        gname = by_name.get(pred_names[aid])
        if gname is not None and gname not in fixed.values():
            fixed[aid] = gname
    rest = {aid: sorted(g for g, gk in gold_keys.items() if gk & ks and g not in fixed.values())
            for aid, ks in pred_keys.items() if aid not in fixed}
    return {**fixed, **max_matching(rest)}


def predicted_actor_pairs(tables: Mapping[str, pd.DataFrame]) -> set[tuple[str, str]]:
    """(source_file, actor_id) pairs from ``mentions`` and the actor ids of ``claims``."""
    files = dict(zip(tables["documents"].doc_id, tables["documents"].source_file))
    pairs: set[tuple[str, str]] = set()
    mentions = tables.get("mentions")
    if mentions is not None:
        pairs |= {(files.get(d, d), a) for d, a in zip(mentions.doc_id, mentions.actor_id) if isinstance(a, str)}
    for r in tables["claims"].itertuples(index=False):
        ids = as_list(getattr(r, "claimant_id", None)) + as_list(r.subject_ids) + as_list(r.object_ids)
        pairs |= {(files.get(r.doc_id, r.doc_id), i) for i in ids}
    return pairs


def score_actors(tables: Mapping[str, pd.DataFrame], gold: Gold, amap: Mapping[str, str]) -> dict[str, Any]:
    """P/R/F1 over (document, actor) pairs of the gold documents."""
    gold_pairs = {(d.source_file, a.name) for d in gold.docs for a in d.actors}
    pred = {p for p in predicted_actor_pairs(tables) if p[0] in gold.files}
    tp = sum(1 for f, aid in pred if aid in amap and (f, amap[aid]) in gold_pairs)
    return prf(tp, len(pred), len(gold_pairs))


# ---------------------------------------------------------------- events
@dataclass
class GoldKey:
    """One real-world gold event merged over the documents that report it."""
    event_type: str
    spans: list[Span]
    source: set[str]
    date: tuple[str | None, str | None, str]


def gold_event_keys(gold: Gold, texts: Mapping[str, str]) -> tuple[dict[str, GoldKey], int]:
    """Merge gold events by key; returns the keys and the number of quotes not found."""
    keys: dict[str, GoldKey] = {}
    missing = 0
    for doc in gold.docs:
        text = texts.get(doc.source_file, "")
        for ev in doc.events:
            date = (ev.date_start, ev.date_end, ev.date_precision)
            k = keys.setdefault(ev.key, GoldKey(ev.event_type, [], set(), date))
            k.source.update(ev.source)
            if PRECISION_RANK.get(date[2], 0) > PRECISION_RANK.get(k.date[2], 0):
                k.date = date
            for q in ev.quotes:
                start = text.find(q)
                missing += start < 0
                if start >= 0:
                    k.spans.append((doc.source_file, start, start + len(q)))
    return keys, missing


def overlap(a: Span, b: Span) -> int:
    """Characters shared by two spans of the same document (0 otherwise)."""
    return max(0, min(a[2], b[2]) - max(a[1], b[1])) if a[0] == b[0] else 0


CONFIDENCE_BINS = (0.0, 0.6, 0.7, 0.8, 0.9, 1.0)


def calibration(pairs: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """Reliability of a confidence column: per bin the rows, their mean confidence and the share that
    is right; ECE (|precision - mean confidence| weighted by rows) and the Brier score."""
    bins = []
    for lo, hi in zip(CONFIDENCE_BINS, CONFIDENCE_BINS[1:]):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (hi == CONFIDENCE_BINS[-1] and c == hi)]
        if inside:
            bins.append({"range": f"{lo:.1f}-{hi:.1f}", "n": len(inside),
                         "mean_confidence": sum(c for c, _ in inside) / len(inside),
                         "precision": sum(ok for _, ok in inside) / len(inside)})
    n = len(pairs)
    return {"bins": bins, "n": n,
            "ece": sum(b["n"] * abs(b["precision"] - b["mean_confidence"]) for b in bins) / n if n else None,
            "brier": sum((c - ok) ** 2 for c, ok in pairs) / n if n else None}


def score_events(tables: Mapping[str, pd.DataFrame], gold: Gold, amap: Mapping[str, str]) -> dict[str, Any]:
    """Match events to gold keys by claim/quote overlap, one-to-one; P/R/F1 and accuracies."""
    docs = tables["documents"]
    files = dict(zip(docs.doc_id, docs.source_file))
    keys, missing = gold_event_keys(gold, dict(zip(docs.source_file, docs.text)))
    claims = {str(r.claim_id): r for r in tables["claims"].itertuples(index=False)}
    events = tables["events"].sort_values("event_id")
    candidates: dict[str, list[str]] = {}
    non_asserted = 0
    for ev in events.itertuples(index=False):
        cl = [claims[c] for c in as_list(ev.claim_ids) if c in claims]
        non_asserted += any(c.modality != "asserted" for c in cl)
        spans = [(files.get(c.doc_id, c.doc_id), int(c.char_start), int(c.char_end)) for c in cl]
        spans = [s for s in spans if s[0] in gold.files]
        if spans:
            ov = {k: max(overlap(s, g) for s in spans for g in gk.spans) if gk.spans else 0 for k, gk in keys.items()}
            # among the gold events its evidence overlaps, one of its own type first: when a sentence reports two acts
            # (their claims share the sentence's offsets), each predicted act is judged against the act it codes
            candidates[str(ev.event_id)] = sorted((k for k, v in ov.items() if v > 0),
                                                  key=lambda k: (keys[k].event_type != ev.event_type, -ov[k], k))
    matched = max_matching(candidates)
    rows = events.set_index(events.event_id.astype(str))
    type_ok, date_ok, src_ok, src_exact = [], [], [], []
    for eid, key in matched.items():
        row, gk = rows.loc[eid], keys[key]
        type_ok.append(row.event_type == gk.event_type)
        date_ok.append((iso_date(row.date_start), iso_date(row.date_end), row.date_precision) == gk.date)
        src = {amap.get(a, "?" + a) for a in as_list(row.source_actor_ids)}
        src_ok.append(bool(src & gk.source))
        src_exact.append(src == gk.source)
    out = prf(len(matched), len(candidates), len(keys))
    confidence = dict(zip(rows.index, rows["confidence"])) if "confidence" in rows else {}
    out["calibration"] = calibration([(float(confidence[e]), e in matched) for e in sorted(candidates) if e in confidence])
    out.update(n_matched=len(matched), type_accuracy=accuracy(type_ok), date_accuracy=accuracy(date_ok),
               source_accuracy=accuracy(src_ok), source_exact_accuracy=accuracy(src_exact),
               events_on_non_asserted=non_asserted, gold_quotes_not_found=missing,
               unmatched_keys=sorted(set(keys) - set(matched.values())))
    return out


# ---------------------------------------------------------------- stances, body
def score_stances(tables: Mapping[str, pd.DataFrame], gold: Gold, amap: Mapping[str, str]) -> dict[str, Any]:
    """P/R/F1 over corpus-level (actor, topic, polarity) triples of the gold documents."""
    gold_triples = {(s.actor, s.topic, s.polarity) for d in gold.docs for s in d.stances}
    files = dict(zip(tables["documents"].doc_id, tables["documents"].source_file))
    pred: dict[tuple[str, str, str], float] = {}
    for r in tables["stances"].itertuples(index=False):
        doc_ids = as_list(getattr(r, "doc_ids", None))
        if not doc_ids or any(files.get(d, d) in gold.files for d in doc_ids):
            triple = (amap.get(str(r.actor_id), "?" + str(r.actor_id)), str(r.topic_id), str(r.polarity))
            pred[triple] = max(pred.get(triple, 0.0), float(getattr(r, "confidence", 1.0)))
    out = prf(len(set(pred) & gold_triples), len(pred), len(gold_triples))
    out["calibration"] = calibration([(c, t in gold_triples) for t, c in sorted(pred.items())])
    return out


def gold_body(doc: GoldDoc, text: str) -> tuple[int, int]:
    """Gold [start, end) of the article proper inside ``text`` (-1 when a quote is absent)."""
    start, last = text.find(doc.body_quote_first), text.find(doc.body_quote_last)
    return start, (last + len(doc.body_quote_last) if last >= 0 else -1)


def score_body(documents: pd.DataFrame, gold: Gold) -> dict[str, Any]:
    """Exact body-boundary matches and mean absolute character error per document."""
    rows = {r.source_file: r for r in documents.itertuples(index=False)}
    errors: dict[str, tuple[int, int]] = {}
    for doc in gold.docs:
        if doc.source_file in rows:
            r = rows[doc.source_file]
            gs, ge = gold_body(doc, r.text)
            errors[doc.source_file] = (int(r.body_start) - gs, int(r.body_end) - ge)
    flat = [abs(e) for pair in errors.values() for e in pair]
    return {"n_documents": len(gold.docs), "exact": sum(1 for s, e in errors.values() if s == e == 0),
            "missing": len(gold.docs) - len(errors),
            "mean_abs_char_error": sum(flat) / len(flat) if flat else None, "errors": errors}


def evaluate(tables: dict[str, pd.DataFrame], gold: Gold) -> dict[str, Any]:
    """All metrics of a release (``documents``, ``claims``, ``actors``, ``events``, ``stances``, ``mentions``)."""
    amap = match_actors(tables["actors"], gold)
    return {"actors": score_actors(tables, gold, amap), "events": score_events(tables, gold, amap),
            "stances": score_stances(tables, gold, amap), "body": score_body(tables["documents"], gold)}
