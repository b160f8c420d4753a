"""The event phase of curation (apply.py's phase 6): event groups clustered from the curated claims, which
`events merge` and `split` regroup and `events set`, `remove` and `confirm` act on once rows are built.

Apart from apply.py because it works on groups of claims, not on claims or actors."""
from pipeline import curate
from pipeline.curation.event_memo import GroupMemo
from pipeline.curation.load import Override
from pipeline.curation.places import Stale, mark, merged_marks, short_address
from pipeline.extract.claims import stable_id


class EventGroups:
    """Event groups (claims + event-level marks) that merge/split/set/remove act on before rows."""

    def __init__(self, run, memo_dir=None):   # apply._Run: the claims, mentions and actors being curated
        self.run = run
        # (memo_dir: a folder keeping the clustering between runs, event_memo.py; the same groups either way)
        clustered = GroupMemo(memo_dir).cluster(curate.event_candidates(run.claims)) if memo_dir is not None else \
            curate.cluster_event_claims(curate.event_candidates(run.claims))
        self.groups = [{"claims": g, "marks": set()} for g in clustered]

    @staticmethod
    def event_id(group: dict) -> str:
        return stable_id("evt", min(c["claim_id"] for c in group["claims"]))

    def at(self, address: dict) -> list[dict]:
        if "quote" in address:
            ids = {c["claim_id"] for c in self.run.claims_at(address, "events")}
            hits = [g for g in self.groups if ids & {c["claim_id"] for c in g["claims"]}]
        else:
            hits = [g for g in self.groups if self.event_id(g) == address["event_id"]]
        if not hits:
            raise Stale(f"no event at this address {short_address(address)} (its claims are not asserted events with a source)")
        return hits

    def merge(self, o: Override) -> int:
        hits = list({id(g): g for a in o.spec["events"] for g in self.at(a)}.values())
        if len(hits) < 2:
            raise Stale("the addresses select one event only: nothing to merge (the extractor merges them now?)")
        merged = {"claims": sorted((c for g in hits for c in g["claims"]), key=lambda c: c["claim_id"]),
                  "marks": set().union(*(g["marks"] for g in hits)) | {o.id}}
        self.groups = [g for g in self.groups if all(g is not h for h in hits)] + [merged]
        return len(hits)

    def split(self, o: Override) -> int:
        ids = {c["claim_id"] for c in self.run.claims_at(o.spec["address"], "events")}
        n = 0
        for g in list(self.groups):
            moved = [c for c in g["claims"] if c["claim_id"] in ids]
            if moved and len(moved) < len(g["claims"]):
                g["claims"] = [c for c in g["claims"] if c["claim_id"] not in ids]
                g["marks"].add(o.id)
                self.groups.append({"claims": moved, "marks": set(g["marks"])})
                n += 1
        if not n:
            raise Stale("the addressed claims already form events of their own: nothing to split")
        return n

    def rows(self, actor_names: dict[str, str], overrides: list[Override], report: dict) -> list[dict]:
        actor_ids = set(actor_names)
        built = [(curate.event_row(g["claims"], actor_names), g) for g in self.groups]
        for o in [o for a in ("set", "remove", "confirm") for o in overrides if (o.kind, o.action) == ("events", a)]:
            try:
                targets = {id(g) for g in self.at(o.spec["address"])}
                hits = [(row, g) for row, g in built if id(g) in targets]
                if o.action == "remove":
                    built = [(row, g) for row, g in built if id(g) not in targets]
                elif o.action == "confirm":
                    for _, g in hits:
                        g["marks"].add(o.id)
                else:
                    for row, g in hits:
                        set_event(row, g, o, actor_ids, actor_names)
                report[o.id] = ("applied", len(hits), "")
                self.groups = [g for _, g in built]
            except Stale as exc:
                report[o.id] = ("stale", 0, str(exc))
        rows = []
        for row, g in built:
            row["curation"] = merged_marks(g["marks"], *(c["curation"] for c in g["claims"]))
            rows.append(row)
        return sorted(rows, key=lambda r: r["event_id"])


def set_event(row: dict, group: dict, o: Override, actor_ids: set, actor_names: dict) -> None:
    """Apply an `events set` override to a built row (and its claims' predicate when the type changes)."""
    new = dict(o.spec["set"])
    unknown = [a for k in ("source_actor_ids", "target_actor_ids") for a in new.get(k, []) if a not in actor_ids]
    if unknown:
        raise Stale(f"actor(s) {unknown} are not in the actors table (named in no document)")
    if "event_type" in new:
        for c in group["claims"]:   # the claims say what the event is: keep them consistent
            c["predicate"] = new["event_type"]
            mark(c, o.id)
    row.update(new)
    row["summary"] = curate.event_summary(row["event_type"], row["source_actor_ids"], row["target_actor_ids"],
                                          curate.lead_claim(group["claims"])["text"], actor_names)
    group["marks"].add(o.id)
