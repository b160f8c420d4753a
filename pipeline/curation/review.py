"""The review queue: the rows most worth a curator's look, each with its evidence and the
override line that would fix it (paste it into seeds/curation/<kind>.yaml, fill in who and why).

Signals, strongest first: conflicting stances of one actor on one topic, discovered actors that
resemble registry actors (a missed alias), low-confidence event/stance claims behind released
rows, and events that rest on a single claim. Rows a curator has corrected or confirmed
(`confirm` overrides) carry a curation ID and leave the queue.
"""
import difflib
import functools
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.curation.resemblance_memo import RatioMemo, memo_version
from pipeline.extract.actors import fold
from pipeline.extract.claims import stable_id

LOW_CONFIDENCE = 0.7
RESEMBLANCE = 0.82
QUOTE_WORDS = 14


@dataclass(frozen=True)
class ReviewItem:
    score: float        # higher: look first
    kind: str           # the override file the fix goes to: actors | claims | events | stances
    row_id: str
    reason: str
    evidence: str
    fix: str            # one YAML line, a complete override but for who and why

    def text(self, n: int) -> str:
        return (f"{n}. [{self.kind}] {self.reason}\n   evidence: {self.evidence}\n"
                f"   fix (seeds/curation/{self.kind}.yaml):\n   {self.fix}")


def _yaml(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)   # a JSON string is a valid YAML scalar


def fix_line(file_kind: str, row_id: str, action: str, today: date, why: str, /, **fields) -> str:
    """A one-line override: every key filled but who (and the curator's own why)."""
    head = {"id": f"review-{stable_id(file_kind, row_id, action).rsplit('-', 1)[1][:8]}", "who": "YOUR-NAME", "when": today.isoformat(),
            "why": f"TODO: {why}", "action": action}
    parts = [f"{k}: {v if k in ('id', 'who', 'when', 'action') else _yaml(v)}" for k, v in {**head, **fields}.items()]
    return "- {" + ", ".join(parts) + "}"


def _quote(text: str) -> str:
    """The first words of a sentence: enough to find it again, short enough to read."""
    return " ".join(text.split()[:QUOTE_WORDS])


class _Resemblance:
    """difflib similarity of a name to every registry name (boosted to 0.9 when one contains the
    other), but only for the pairs that can reach RESEMBLANCE: difflib's quick_ratio (shared
    characters) is an upper bound of its ratio, computed for all registry names at once."""

    def __init__(self, keys: list[str]):
        self.keys = keys
        self.alphabet = {ch: i for i, ch in enumerate(sorted({ch for k in keys for ch in k}))}
        self.counts = np.zeros((len(keys), len(self.alphabet)), dtype=np.int32)
        for i, k in enumerate(keys):
            for ch in k:
                self.counts[i, self.alphabet[ch]] += 1
        self.lengths = np.array([len(k) for k in keys], dtype=np.int64)
        self.by_key: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            self.by_key.setdefault(k, []).append(i)
        self.key_lengths = sorted({len(k) for k in keys if len(k) >= 4})   # the substrings worth looking up
        self.joined = "\0".join(keys)
        self.starts = np.cumsum([0] + [len(k) + 1 for k in keys[:-1]]) if keys else np.array([], dtype=np.int64)
        self.matchers: dict[int, difflib.SequenceMatcher] = {}

    def _contained(self, key: str) -> set[int]:
        """Registry names of 4+ characters that contain the key or that the key contains."""
        if len(key) < 4 or "\0" in key:
            return {i for i, k in enumerate(self.keys) if min(len(key), len(k)) >= 4 and (key in k or k in key)}
        found = {i for n in self.key_lengths if n <= len(key) for s in range(len(key) - n + 1)
                 for i in self.by_key.get(key[s:s + n], ())}
        pos = self.joined.find(key)
        while pos >= 0:
            found.add(int(np.searchsorted(self.starts, pos, side="right")) - 1)
            pos = self.joined.find(key, pos + 1)
        return found

    def ratios(self, key: str):
        """(registry index, similarity) of every pair that may reach RESEMBLANCE, in registry order."""
        if not self.keys:
            return
        vector = np.zeros(len(self.alphabet), dtype=np.int32)
        for ch in key:
            if ch in self.alphabet:
                vector[self.alphabet[ch]] += 1
        total = self.lengths + len(key)
        # difflib's real_quick_ratio (lengths only) bounds quick_ratio: the shared characters are counted
        # only for the names whose length allows RESEMBLANCE (the same names pass, fewer are counted)
        near = np.flatnonzero(np.where(total > 0, 2.0 * np.minimum(self.lengths, len(key)) / np.maximum(total, 1), 1.0)
                              >= RESEMBLANCE - 1e-9)
        shared = np.minimum(self.counts[near], vector).sum(axis=1)
        bound = np.where(total[near] > 0, 2.0 * shared / np.maximum(total[near], 1), 1.0)
        contained = self._contained(key)
        for i in sorted(set(near[bound >= RESEMBLANCE - 1e-9].tolist()) | contained):
            matcher = self.matchers.get(i)
            if matcher is None:   # difflib caches the second sequence's index: one matcher per name
                matcher = self.matchers[i] = difflib.SequenceMatcher(None, "", self.keys[i])
            matcher.set_seq1(key)
            ratio = matcher.ratio()
            yield i, max(ratio, 0.9) if i in contained else ratio


class _Claims:
    """claim_id -> the claim's review fields as a dict, made on demand from the Arrow columns (a
    dict per claim of a big corpus was most of the queue's time); the last row of an ID wins."""

    def __init__(self, table: pa.Table):
        self.table = table.combine_chunks()
        ids = self.table["claim_id"].to_pylist()
        self.pos = dict(zip(ids, range(len(ids))))

    def __contains__(self, claim_id) -> bool:
        return claim_id in self.pos

    def __getitem__(self, claim_id) -> dict:
        return self.table.slice(self.pos[claim_id], 1).to_pylist()[0]

    def low_confidence(self, used: set) -> list[dict]:
        """The claims in `used` with confidence under LOW_CONFIDENCE, by claim_id."""
        t = self.table
        ids = t["claim_id"]
        mask = pc.and_(pc.fill_null(pc.is_in(ids, value_set=pa.array(list(used), ids.type)), False),
                       pc.fill_null(pc.less(t["confidence"], LOW_CONFIDENCE), False))
        rows = np.flatnonzero(np.asarray(mask.to_numpy(zero_copy_only=False), dtype=bool))
        out = [c for i, c in zip(rows.tolist(), t.take(pa.array(rows, pa.int64())).to_pylist()) if self.pos[c["claim_id"]] == i]
        return sorted(out, key=lambda c: c["claim_id"])


# what the memo's pairs depend on: the search's code and threshold (and the Python version, added by memo_version)
RESEMBLANCE_VERSION = memo_version(inspect.getsource(_Resemblance), repr(RESEMBLANCE))


class _Queue:
    def __init__(self, tables: dict[str, pd.DataFrame], today: date, memo_dir: Path | None = None):
        self.t, self.today, self.memo_dir = tables, today, memo_dir
        self.source = dict(zip(tables["documents"]["doc_id"], tables["documents"]["source_file"]))
        # through Arrow (None for nulls): to_dict("records") boxes every cell of a big table
        claims = tables["claims"][["claim_id", "doc_id", "text", "kind", "predicate", "topic_id", "polarity", "confidence"]]
        self.claims = _Claims(pa.Table.from_pandas(claims, preserve_index=False))

    def evidence(self, claim: dict) -> str:
        return f'{self.source.get(claim["doc_id"], claim["doc_id"])}: "{" ".join(claim["text"].split())}"'

    def conflicting_stances(self):
        stances = self.t["stances"].to_dict("records")
        by_pair: dict[tuple, list[dict]] = {}
        for s in stances:
            by_pair.setdefault((s["actor_id"], s["topic_id"]), []).append(s)
        for (actor, topic), rows in sorted(by_pair.items()):
            if len({r["polarity"] for r in rows}) < 2:
                continue
            weak = min(rows, key=lambda r: (r["confidence"], len(r["claim_ids"]), r["stance_id"]))
            lead = next((self.claims[c] for c in weak["claim_ids"] if c in self.claims), None)
            if lead is None:
                continue
            others = ", ".join(sorted(r["polarity"] for r in rows if r is not weak))
            yield ReviewItem(1.0 + (1 - weak["confidence"]), "stances", weak["stance_id"],
                             f"{actor} holds conflicting stances on {topic}: {weak['polarity']} "
                             f"(confidence {weak['confidence']:.2f}) vs {others}", self.evidence(lead),
                             fix_line("stances", weak["stance_id"], "remove", self.today,
                                      f"{actor} takes no {weak['polarity']} position on {topic} here",
                                      document=self.source[lead["doc_id"]], quote=_quote(lead["text"]),
                                      actor_id=actor, topic_id=topic, polarity=weak["polarity"]))

    def resembling_actors(self):
        actors = self.t["actors"].to_dict("records")
        registry = [(a, fold(name)) for a in actors if a["origin"] == "registry" for name in [a["name"], *a["aliases"]]]
        discovered = [a for a in actors if a["origin"] == "discovered"]
        # every discovered name's candidates at once, the pairs seen in earlier runs from the memo (same values)
        similar = RatioMemo(self.memo_dir, RESEMBLANCE_VERSION, _Resemblance).ratios(
            [rkey for _, rkey in registry], (fold(name) for d in discovered for name in [d["name"], *d["aliases"]]))
        for d in discovered:
            best, best_ratio = None, 0.0
            for name in [d["name"], *d["aliases"]]:
                key = fold(name)
                for i, ratio in similar[key]:
                    r = registry[i][0]
                    if ratio > best_ratio or (ratio == best_ratio and best and r["actor_id"] < best["actor_id"]):
                        best, best_ratio = r, ratio
            if best is not None and best_ratio >= RESEMBLANCE:
                yield ReviewItem(0.5 + best_ratio / 2, "actors", d["actor_id"],
                                 f"discovered actor {d['name']!r} ({d['actor_id']}) resembles registry actor "
                                 f"{best['name']!r} ({best['actor_id']}), similarity {best_ratio:.2f}",
                                 f"{d['actor_id']} seen as {', '.join(d['aliases']) or d['name']} in {d['n_documents']} document(s)",
                                 fix_line("actors", d["actor_id"], "merge", self.today,
                                          f"{d['name']} is {best['name']}", actor_id=best["actor_id"], merge=[d["actor_id"]]))

    def low_confidence_claims(self):
        used = {c for t in ("events", "stances") for ids in self.t[t]["claim_ids"] for c in ids}
        for c in self.claims.low_confidence(used):
            yield _Later(0.4 + (LOW_CONFIDENCE - c["confidence"]), "claims", c["claim_id"],
                         functools.partial(self._low_confidence_item, c))

    def _low_confidence_item(self, c: dict) -> ReviewItem:
        what = f"{c['predicate']} event" if c["kind"] == "event" else f"{c['polarity']} stance on {c['topic_id']}"
        narrow = {"kind": c["kind"]} | ({"predicate": c["predicate"]} if c["kind"] == "event" else
                                        {"topic_id": c["topic_id"], "polarity": c["polarity"]})
        return ReviewItem(0.4 + (LOW_CONFIDENCE - c["confidence"]), "claims", c["claim_id"],
                          f"low confidence ({c['confidence']:.2f}) {what} claim {c['claim_id']}", self.evidence(c),
                          fix_line("claims", c["claim_id"], "reject", self.today, f"the sentence does not state this {what}",
                                   document=self.source[c["doc_id"]], quote=_quote(c["text"]), **narrow))

    def single_source_events(self):
        events = self.t["events"][["event_id", "event_type", "claim_ids", "confidence"]]
        for e in pa.Table.from_pandas(events, preserve_index=False).to_pylist():
            if len(e["claim_ids"]) != 1 or e["claim_ids"][0] not in self.claims:
                continue
            yield _Later(0.3 * (1 - e["confidence"]) + 0.05, "events", e["event_id"],
                         functools.partial(self._single_source_item, e, e["claim_ids"][0]))

    def _single_source_item(self, e: dict, claim_id: str) -> ReviewItem:
        c = self.claims[claim_id]
        return ReviewItem(0.3 * (1 - e["confidence"]) + 0.05, "events", e["event_id"],
                          f"event {e['event_id']} ({e['event_type']}, confidence {e['confidence']:.2f}) rests on one "
                          f"claim in one document", self.evidence(c),
                          fix_line("events", e["event_id"], "remove", self.today, "no such event happened",
                                   document=self.source[c["doc_id"]], quote=_quote(c["text"]),
                                   event_type=e["event_type"]))


@dataclass(frozen=True)
class _Later:
    """A review item whose texts are only written if it makes the queue (thousands never do)."""

    score: float
    kind: str
    row_id: str
    build: Callable[[], ReviewItem]


def reviewed_rows(tables: dict[str, pd.DataFrame]) -> set[str]:
    """IDs of the rows a curator has already looked at: every actor, event, stance or claim carrying
    a curation ID (corrected or confirmed), and claims whose every event and stance row does."""
    seen: set[str] = set()
    for name, key in (("actors", "actor_id"), ("events", "event_id"), ("stances", "stance_id"), ("claims", "claim_id")):
        df = tables.get(name)
        if df is not None and "curation" in df and len(df):
            seen |= set(df.loc[df["curation"].notna(), key])
    users: dict[str, list[bool]] = {}
    for name, key in (("events", "event_id"), ("stances", "stance_id")):
        df = tables.get(name)
        if df is None or not len(df):
            continue
        for row_id, claim_ids in zip(df[key], df["claim_ids"]):
            for c in claim_ids:
                users.setdefault(c, []).append(row_id in seen)
    return seen | {c for c, marked in users.items() if all(marked)}


def review_queue(tables: dict[str, pd.DataFrame], *, limit: int | None = 20, today: date | None = None,
                 include_reviewed: bool = False, memo_dir: Path | None = None) -> list[ReviewItem]:
    """The rows most worth a human look, best first (ties broken by kind and ID: deterministic);
    rows a curator already corrected or confirmed are left out unless include_reviewed. memo_dir: a folder
    that keeps the resemblance search's pairs between runs (resemblance_memo.py; the same queue)."""
    q = _Queue(tables, today or date.today(), memo_dir)
    items = [*q.conflicting_stances(), *q.resembling_actors(), *q.low_confidence_claims(), *q.single_source_events()]
    if not include_reviewed:
        done = reviewed_rows(tables)
        items = [i for i in items if i.row_id not in done]
    items.sort(key=lambda i: (-round(i.score, 6), i.kind, i.row_id))
    return [i.build() if isinstance(i, _Later) else i for i in (items[:limit] if limit else items)]


def format_queue(items: list[ReviewItem]) -> str:
    if not items:
        return "nothing to review"
    return "\n\n".join(item.text(n) for n, item in enumerate(items, 1))


def queue_markdown(items: list[ReviewItem]) -> str:
    """For the UI (asset metadata)."""
    if not items:
        return "_nothing to review_"
    return "\n\n".join(f"**{n}. [{i.kind}]** {i.reason}  \nevidence: {i.evidence}\n\n```yaml\n{i.fix}\n```"
                       for n, i in enumerate(items, 1))
