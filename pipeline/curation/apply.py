"""Apply the curators' overrides between extraction and validation (pure and deterministic).

Phases, always in this order (within a phase, overrides apply in file-name then file order):
  1. actors merge, split, remove, add_mention -> actor IDs remapped in claims and mentions;
     mentions removed (to rejects) or added
  2. claims reject, then claims set       -> modality, claimant, dates
  3. events add, stances add              -> a claim on the quoted evidence
  4. stances set, stances remove          -> polarity/topic of, or stance use of, the addressed claims
  5. actors built; actors add_alias, set
  6. events clustered; events merge, split, then set, remove
  7. stances built
Rows are addressed by document + quoted text (which survives re-extraction); IDs only as a
fallback. An override that matches nothing is reported `stale`, never silently ignored.
"""
import json
import re
from collections import defaultdict
from dataclasses import dataclass

from pipeline import curate
from pipeline.curation.load import Override
from pipeline.curation.mention_table import MentionTable, build_actors
from pipeline.curation.event_overrides import EventGroups
from pipeline.curation.places import (NO_MARKS, Stale, actors_add_mention, actors_remove, find_spans, mark,
                                      merged_marks, short_address)
from pipeline.curation.places import overlaps as _overlaps
from pipeline.extract.actors import DiscoveredActor
from pipeline.extract.claims import stable_id
from pipeline.knowledge import Knowledge

PHASES = [("actors", "merge"), ("actors", "split"), ("actors", "remove"), ("actors", "add_mention"),
          ("claims", "reject"), ("claims", "set"), ("claims", "confirm"), ("events", "add"),
          ("stances", "add"), ("stances", "set"), ("stances", "remove"), ("stances", "confirm"),
          ("actors", "add_alias"), ("actors", "set"), ("actors", "confirm"),
          ("events", "merge"), ("events", "split"), ("events", "set"), ("events", "remove"), ("events", "confirm")]
REPORT_COLUMNS = ["override_id", "kind", "action", "file", "line", "who", "when", "status", "rows", "detail"]


@dataclass
class Curated:
    claims: list[dict]
    mentions: object         # pd.DataFrame: sorted by mention_id, the Mentions model's columns
    actors: list[dict]
    events: list[dict]
    stances: list[dict]
    rejects: list[dict]      # claims rejected by a curator (table, row_key, reason, row_json)
    report: list[dict]       # one row per override: applied or stale, rows touched, detail


def stance_key(c: dict) -> str:
    return stable_id("stn", c["subject_ids"][0], c["topic_id"], c["polarity"])


class _Run:
    def __init__(self, claims, mentions, discovered, documents, knowledge, owned=False, left_out=None):
        self.left_out = left_out   # claim record -> the columns the caller left out of it (apply_overrides)
        self.claims = [c.update(curation=NO_MARKS) or c for c in claims] if owned else [dict(c, curation=NO_MARKS) for c in claims]
        self.mentions = MentionTable(mentions)
        self.discovered = {k: DiscoveredActor(d.actor_id, d.name, d.actor_type, d.country, d.role, d.family_name,
                                              set(d.aliases)) for k, d in discovered.items()}
        self.docs = {d["doc_id"]: d for d in documents}
        self.doc_by_name = {d["doc_id"]: d["doc_id"] for d in documents}
        for d in documents:
            for name in [d["source_file"], *(d.get("source_files") or [])]:
                self.doc_by_name.setdefault(name, d["doc_id"])
        self.knowledge = knowledge
        self.registry = {a.actor_id for a in knowledge.actors}
        self.actor_marks: dict[str, set] = defaultdict(set)
        self.excluded_from_stances: set[str] = set()
        self.rejects: list[dict] = []

    # -- addressing ---------------------------------------------------------------------------
    def known_actor(self, actor_id: str) -> bool:
        return actor_id in self.registry or actor_id in self.discovered

    def doc_id(self, document: str) -> str:
        if document not in self.doc_by_name:
            raise Stale(f"document {document!r} is not among the ingested documents")
        return self.doc_by_name[document]

    def spans(self, address: dict) -> tuple[str, list[tuple[int, int]]]:
        doc_id = self.doc_id(address["document"])
        found = find_spans(self.docs[doc_id]["text"], address["quote"])
        if not found:
            raise Stale(f"quote {address['quote'][:60]!r} not found in {address['document']}")
        return doc_id, found

    def claims_at(self, address: dict, kind: str) -> list[dict]:
        """Claims an address of this kind selects, by document + quote (or by ID as a fallback)."""
        filters = {"claims": lambda c: all(c.get(k) == address[k] for k in ("kind", "predicate", "trigger", "topic_id",
                                                                              "polarity") if k in address),
                   "events": lambda c: c["kind"] == "event" and address.get("event_type", c["predicate"]) == c["predicate"]
                   and address.get("trigger", c["trigger"]) == c["trigger"],
                   "stances": lambda c: c["kind"] == "stance" and c["subject_ids"]
                   and address.get("actor_id", c["subject_ids"][0]) == c["subject_ids"][0]
                   and all(c[k] == address[k] for k in ("topic_id", "polarity") if k in address)}[kind]
        if "quote" in address:
            doc_id, found = self.spans(address)
            hits = [c for c in self.claims if filters(c) and any(_overlaps(c, doc_id, s) for s in found)]
        elif kind == "claims":
            hits = [c for c in self.claims if c["claim_id"] == address["claim_id"]]
        elif kind == "stances":
            hits = [c for c in self.claims if filters(c) and stance_key(c) == address["stance_id"]]
        else:
            raise ValueError("event IDs are resolved against built events")
        if not hits:
            raise Stale(f"no {kind[:-1]} claim at this address {short_address(address)}")
        return hits

    # -- actors -------------------------------------------------------------------------------
    def remap_actor(self, rows: list[dict], old: str, new: str, o: Override, inside=lambda r: True) -> int:
        n = 0
        for r in rows:
            if not inside(r):
                continue
            changed = False
            if r.get("actor_id") == old:
                r["actor_id"], changed = new, True
            if r.get("claimant_id") == old:
                r["claimant_id"], changed = new, True
            for col in ("subject_ids", "object_ids"):
                if old in r.get(col, ()):
                    r[col], changed = list(dict.fromkeys(new if a == old else a for a in r[col])), True
            if changed:
                n += 1
                if "curation" in r:
                    mark(r, o.id)
        return n

    def actors_merge(self, o: Override) -> int:
        keep = o.spec["actor_id"]
        if not self.known_actor(keep):
            raise Stale(f"actor {keep!r} is neither in the registry nor discovered")
        n = 0
        for gone in o.spec["merge"]:
            n += self.remap_actor(self.claims, gone, keep, o) + self.mentions.remap(gone, keep)
            old = self.discovered.pop(gone, None)
            if old and keep in self.discovered:
                self.discovered[keep].aliases |= old.aliases | {old.name}
        if not n:
            raise Stale(f"none of {o.spec['merge']} is named in any claim or mention (already merged?)")
        self.actor_marks[keep].add(o.id)
        return n

    def actors_split(self, o: Override) -> int:
        old, new = o.spec["actor_id"], o.spec["into"]
        created = None
        if not self.known_actor(new):
            if not (o.spec.get("name") and o.spec.get("actor_type")):
                raise Stale(f"actor {new!r} is unknown: give its name and actor_type")
            created = DiscoveredActor(new, o.spec["name"], o.spec["actor_type"], o.spec.get("country"), None, None,
                                      {o.spec["name"]})
        n = 0
        for place in o.spec["where"]:
            doc_id = self.doc_id(place["document"])
            found = self.spans(place)[1] if place.get("quote") else [(0, len(self.docs[doc_id]["text"]))]
            inside = lambda r: any(_overlaps(r, doc_id, s) for s in found)  # noqa: E731
            n += self.mentions.remap(old, new, self.mentions.inside(doc_id, found)) + \
                self.remap_actor(self.claims, old, new, o, inside)
        if not n:
            raise Stale(f"{old!r} is not named at the given places")
        if created:
            self.discovered[new] = created
        self.actor_marks[old].add(o.id)
        self.actor_marks[new].add(o.id)
        return n

    # -- claims -------------------------------------------------------------------------------
    def claims_reject(self, o: Override) -> int:
        hits = {c["claim_id"] for c in self.claims_at(o.spec["address"], "claims")}
        for c in self.claims:
            if c["claim_id"] in hits:
                full = {**c, **self.left_out(c)} if self.left_out is not None else c
                row = {k: (sorted(v) if isinstance(v, set) else v) for k, v in full.items() if k != "curation"}
                self.rejects.append({"table": "claims", "row_key": c["claim_id"],
                                     "reason": f"rejected by curation override {o.id}: {o.why}",
                                     "row_json": json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)})
        self.claims = [c for c in self.claims if c["claim_id"] not in hits]
        return len(hits)

    def claims_set(self, o: Override) -> int:
        new = o.spec["set"]
        if new.get("claimant_id") and not self.known_actor(new["claimant_id"]):
            raise Stale(f"claimant {new['claimant_id']!r} is neither in the registry nor discovered")
        hits = self.claims_at(o.spec["address"], "claims")
        for c in hits:
            c.update(new)
            mark(c, o.id)
        return len(hits)

    def add_claim(self, o: Override, kind: str) -> int:
        s = o.spec
        doc_id, found = self.spans(s["address"])
        doc = self.docs[doc_id]
        inside = [sp for sp in found if doc["body_start"] <= sp[0] and sp[1] <= doc["body_end"]]
        if not inside:
            raise Stale(f"quote found in {s['address']['document']} only outside the article body")
        span = inside[0]
        actors = s["source_actor_ids"] + s.get("target_actor_ids", []) if kind == "event" else [s["actor_id"]]
        unknown = [a for a in actors if not self.known_actor(a)]
        if unknown:
            raise Stale(f"actor(s) {unknown} neither in the registry nor discovered")
        predicate = s["event_type"] if kind == "event" else "STANCE"
        for c in self.claims:
            # an event of the same type in the sentence with other participants is another event ('a separate summit')
            same = (c["predicate"] == predicate and c["modality"] == "asserted"
                    and set(c["subject_ids"]) == set(s["source_actor_ids"])) if kind == "event" else \
                (c["kind"] == "stance" and c["subject_ids"][:1] == [s["actor_id"]]
                 and (c["topic_id"], c["polarity"]) == (s["topic_id"], s["polarity"]))
            if c["kind"] == kind and same and _overlaps(c, doc_id, span):
                raise Stale(f"the extractor now finds this {kind} itself (claim {c['claim_id']}): remove the override")
        claim = {"claim_id": stable_id("clm", doc_id, span[0], span[1], kind, predicate, "curation", o.id),
                 "doc_id": doc_id, "char_start": span[0], "char_end": span[1], "text": doc["text"][span[0]:span[1]],
                 "claimant_id": None, "kind": kind, "modality": "asserted", "predicate": predicate, "mode": None,
                 "trigger": None, "subject_ids": list(s["source_actor_ids"]) if kind == "event" else [s["actor_id"]],
                 "object_ids": list(s.get("target_actor_ids", [])) if kind == "event" else [],
                 "topic_id": s.get("topic_id"), "polarity": s.get("polarity"), "time_text": None,
                 "date_start": s.get("date_start"), "date_end": s.get("date_end"),
                 "date_precision": s.get("date_precision", "unknown"), "confidence": 1.0,
                 "extractor": f"curation:{o.id}", "curation": {o.id}}
        self.claims.append(claim)
        return 1

    def stances_set(self, o: Override) -> int:
        hits = self.claims_at(o.spec["address"], "stances")
        for c in hits:
            c.update(o.spec["set"])
            mark(c, o.id)
        return len(hits)

    def confirm(self, o: Override, kind: str) -> int:
        """A curator checked these rows against the article and found them right: they carry the
        override's ID (and leave the review queue); nothing else changes."""
        hits = self.claims_at(o.spec["address"], kind)
        for c in hits:
            mark(c, o.id)
        return len(hits)

    def stances_remove(self, o: Override) -> int:
        hits = self.claims_at(o.spec["address"], "stances")
        for c in hits:
            self.excluded_from_stances.add(c["claim_id"])
            mark(c, o.id)
        return len(hits)


def apply_overrides(claims: list[dict], mentions, discovered: dict[str, DiscoveredActor],
                    documents: list[dict], knowledge: Knowledge, overrides: list[Override], owned: bool = False,
                    left_out=None, memo_dir=None, unread=None) -> Curated:
    """The curated claims, mentions, actors, events and stances (records, not yet validated; the
    mentions, given as a frame, an Arrow table or records, come back as a sorted frame), the claims
    curators rejected, and a report row per override. owned: the claim rows may be changed in place.
    left_out: when the claim records lack columns no override reads (layers.curate_layer leaves out the
    extractor), a function giving a record's missing columns, for the row_json of a rejected claim. memo_dir: a
    folder keeping the event clustering between runs (curation/event_memo.py; the same results). unread: the
    claims left out of `claims` because no override and no event or stance reads them (curation/narrow.py), for
    the actors table's counts; they are not in the returned claims."""
    run = _Run(claims, mentions, discovered, documents, knowledge, owned, left_out)
    status: dict[str, tuple[str, int, str]] = {}
    steps = {("actors", "merge"): run.actors_merge, ("actors", "split"): run.actors_split,
             ("actors", "remove"): lambda o: actors_remove(run, o), ("actors", "add_mention"): lambda o: actors_add_mention(run, o),
             ("claims", "reject"): run.claims_reject, ("claims", "set"): run.claims_set,
             ("events", "add"): lambda o: run.add_claim(o, "event"), ("stances", "add"): lambda o: run.add_claim(o, "stance"),
             ("stances", "set"): run.stances_set, ("stances", "remove"): run.stances_remove,
             ("claims", "confirm"): lambda o: run.confirm(o, "claims"), ("stances", "confirm"): lambda o: run.confirm(o, "stances")}
    events = None
    for phase in PHASES:
        if phase == ("actors", "add_alias"):
            actors = {a["actor_id"]: a for a in build_actors(knowledge, run.discovered, run.mentions, run.claims,
                                                                  **({"unread": unread} if unread is not None else {}))}
        if phase == ("events", "merge"):
            events = EventGroups(run, memo_dir)
        for o in (o for o in overrides if (o.kind, o.action) == phase):
            try:
                if phase in steps:
                    n = steps[phase](o)
                elif o.kind == "actors":
                    n = _actor_attributes(actors, o, run)
                elif phase == ("events", "merge"):
                    n = events.merge(o)
                elif phase == ("events", "split"):
                    n = events.split(o)
                else:
                    continue   # events set/remove/confirm act on built rows, below
                status[o.id] = ("applied", n, "")
            except Stale as exc:
                status[o.id] = ("stale", 0, str(exc))
    names = {a: r["name"] for a, r in actors.items()}
    event_rows = events.rows(names, overrides, status)
    stance_rows = curate.build_stances([c for c in run.claims if c["claim_id"] not in run.excluded_from_stances])
    curation_of = {c["claim_id"]: c["curation"] for c in run.claims}
    for s in stance_rows:
        s["curation"] = merged_marks(*(curation_of[c] for c in s["claim_ids"]))
    for a in actors.values():
        a["curation"] = merged_marks(run.actor_marks.get(a["actor_id"], set()))
    for c in run.claims:   # (most claims have no mark: merged_marks(NO_MARKS) is None)
        marks = c["curation"]
        c["curation"] = None if marks is NO_MARKS else merged_marks(marks)
    report = [{"override_id": o.id, "kind": o.kind, "action": o.action, "file": o.file, "line": o.line, "who": o.who,
               "when": o.when.isoformat(), "status": status[o.id][0], "rows": status[o.id][1], "detail": status[o.id][2]}
              for o in overrides]
    return Curated(sorted(run.claims, key=lambda c: c["claim_id"]), run.mentions.sorted_frame(),
                   [actors[k] for k in sorted(actors)], event_rows, stance_rows, run.rejects, report)


def _actor_attributes(actors: dict[str, dict], o: Override, run: _Run) -> int:
    row = actors.get(o.spec["actor_id"])
    if row is None:
        raise Stale(f"actor {o.spec['actor_id']!r} is not in the actors table (named in no document)")
    if o.action == "add_alias":
        new = [a for a in o.spec["aliases"] if a not in row["aliases"]]
        if not new:
            raise Stale("every alias is already there (now in the registry?)")
        row["aliases"] = sorted(set(row["aliases"]) | set(new))
    elif o.action == "set":   # "confirm" changes nothing: the mark below is all it does
        if all(row.get(k) == v for k, v in o.spec["set"].items()):
            raise Stale("the actor already has these values (now in the registry?)")
        row.update(o.spec["set"])
    run.actor_marks[row["actor_id"]].add(o.id)
    return 1
