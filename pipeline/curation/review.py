"""The review queue: the rows most worth a curator's look, each with its evidence and the
override line that would fix it (paste it into seeds/curation/<kind>.yaml, fill in who and why).

Signals, strongest first: conflicting stances of one actor on one topic, discovered actors that
resemble registry actors (a missed alias), low-confidence event/stance claims behind released
rows, and events that rest on a single claim.
"""
import difflib
import json
from dataclasses import dataclass
from datetime import date

import pandas as pd

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


class _Queue:
    def __init__(self, tables: dict[str, pd.DataFrame], today: date):
        self.t, self.today = tables, today
        self.source = dict(zip(tables["documents"]["doc_id"], tables["documents"]["source_file"]))
        self.claims = {r["claim_id"]: r for r in tables["claims"].to_dict("records")}

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
        for d in (a for a in actors if a["origin"] == "discovered"):
            best, best_ratio = None, 0.0
            for name in [d["name"], *d["aliases"]]:
                key = fold(name)
                for r, rkey in registry:
                    ratio = difflib.SequenceMatcher(None, key, rkey).ratio()
                    if min(len(key), len(rkey)) >= 4 and (key in rkey or rkey in key):
                        ratio = max(ratio, 0.9)
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
        for c in sorted(self.claims.values(), key=lambda c: c["claim_id"]):
            if c["claim_id"] not in used or c["confidence"] >= LOW_CONFIDENCE:
                continue
            what = f"{c['predicate']} event" if c["kind"] == "event" else f"{c['polarity']} stance on {c['topic_id']}"
            narrow = {"kind": c["kind"]} | ({"predicate": c["predicate"]} if c["kind"] == "event" else
                                            {"topic_id": c["topic_id"], "polarity": c["polarity"]})
            yield ReviewItem(0.4 + (LOW_CONFIDENCE - c["confidence"]), "claims", c["claim_id"],
                             f"low confidence ({c['confidence']:.2f}) {what} claim {c['claim_id']}", self.evidence(c),
                             fix_line("claims", c["claim_id"], "reject", self.today, f"the sentence does not state this {what}",
                                      document=self.source[c["doc_id"]], quote=_quote(c["text"]), **narrow))

    def single_source_events(self):
        for e in self.t["events"].to_dict("records"):
            if len(e["claim_ids"]) != 1 or e["claim_ids"][0] not in self.claims:
                continue
            c = self.claims[e["claim_ids"][0]]
            yield ReviewItem(0.3 * (1 - e["confidence"]) + 0.05, "events", e["event_id"],
                             f"event {e['event_id']} ({e['event_type']}, confidence {e['confidence']:.2f}) rests on one "
                             f"claim in one document", self.evidence(c),
                             fix_line("events", e["event_id"], "remove", self.today, "no such event happened",
                                      document=self.source[c["doc_id"]], quote=_quote(c["text"]),
                                      event_type=e["event_type"]))


def review_queue(tables: dict[str, pd.DataFrame], *, limit: int | None = 20, today: date | None = None) -> list[ReviewItem]:
    """The rows most worth a human look, best first (ties broken by kind and ID: deterministic)."""
    q = _Queue(tables, today or date.today())
    items = [*q.conflicting_stances(), *q.resembling_actors(), *q.low_confidence_claims(), *q.single_source_events()]
    items.sort(key=lambda i: (-round(i.score, 6), i.kind, i.row_id))
    return items[:limit] if limit else items


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
