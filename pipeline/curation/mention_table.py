"""The mentions under curation as one Arrow table, not a Python dict per row: the actor overrides
(merge, split, remove, add_mention) act on column masks, and the actors table takes its per-actor
documents and surface forms from Arrow group-bys. Same results as the record code it replaced
(tests/test_curation_frames.py compares them on generated inputs)."""
from collections import defaultdict

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.extract.actors import DiscoveredActor
from pipeline.knowledge import Knowledge
from schemas import Mentions
from schemas.frames import arrow_schema


def mention_schema() -> pa.Schema:
    return pa.schema([pa.field(f.name, f.type) for f in arrow_schema(Mentions, "mentions")])


def as_table(mentions) -> pa.Table:
    """Mentions (a frame, an Arrow table or a list of records) as an Arrow table, one chunk per column."""
    if isinstance(mentions, pa.Table):
        table = mentions
    elif isinstance(mentions, pd.DataFrame):
        table = pa.Table.from_pandas(mentions, preserve_index=False)
    else:
        rows = list(mentions)
        schema = mention_schema()
        extra = [k for r in rows[:1] for k in r if k not in schema.names]
        table = pa.Table.from_pylist(rows, schema=schema) if not extra else pa.Table.from_pylist(rows)
    return table.replace_schema_metadata(None).combine_chunks()


class MentionTable:
    """The mentions of a curation run; `table` is replaced by every change (never changed in place)."""

    def __init__(self, mentions):
        self.table = as_table(mentions)

    def __len__(self) -> int:
        return self.table.num_rows

    def _is(self, actor_id: str) -> pa.ChunkedArray:
        return pc.fill_null(pc.equal(self.table["actor_id"], pa.scalar(actor_id, self.table.schema.field("actor_id").type)),
                            False)

    def inside(self, doc_id: str, spans: list[tuple[int, int]]):
        """Mask of the mentions of doc_id that overlap any of the spans (places.overlaps, per row)."""
        t = self.table
        mask = pc.equal(t["doc_id"], doc_id)
        hit = None
        for s0, s1 in spans:
            one = pc.and_(pc.less(t["char_start"], s1), pc.less(s0, t["char_end"]))
            hit = one if hit is None else pc.or_(hit, one)
        if hit is None:
            return pc.fill_null(pc.and_(mask, pa.scalar(False)), False)
        return pc.fill_null(pc.and_(mask, hit), False)

    def remap(self, old: str, new: str, inside=None) -> int:
        """Mentions of `old` (within the mask `inside`) now name `new`; returns how many."""
        mask = self._is(old)
        if inside is not None:
            mask = pc.and_(mask, inside)
        n = pc.sum(mask).as_py() or 0
        if n:
            col = self.table.schema.get_field_index("actor_id")
            new_col = pc.if_else(mask, pa.scalar(new, self.table.schema.field(col).type), self.table["actor_id"])
            self.table = self.table.set_column(col, self.table.schema.field(col), new_col)
        return n

    def remove(self, actor_id: str, inside) -> list[dict]:
        """Drop the mentions of actor_id within the mask; returns them as records, in table order."""
        mask = pc.and_(self._is(actor_id), inside)
        if not (pc.sum(mask).as_py() or 0):
            return []
        gone = self.table.filter(mask).to_pylist()
        self.table = self.table.filter(pc.invert(mask))
        return gone

    def names_at(self, actor_id: str, doc_id: str, span: tuple[int, int]) -> bool:
        """Some mention of actor_id overlaps the span in doc_id."""
        return bool(pc.any(pc.and_(self._is(actor_id), self.inside(doc_id, [span]))).as_py())

    def append(self, row: dict) -> None:
        extra = pa.Table.from_pylist([{name: row.get(name) for name in self.table.schema.names}], schema=self.table.schema)
        self.table = pa.concat_tables([self.table, extra]).combine_chunks()

    def sorted_frame(self) -> pd.DataFrame:
        """The mentions sorted by mention_id (stable), with exactly the Mentions model's columns and types."""
        schema = mention_schema()
        t = self.table
        ids = t["mention_id"]
        in_order = t.num_rows < 2 or (not ids.null_count and pc.all(pc.less_equal(ids[:-1], ids[1:])).as_py())
        if not in_order:   # (already sorted, as extraction leaves them: a stable sort would change nothing)
            t = t.take(pc.sort_indices(t, sort_keys=[("mention_id", "ascending")]))
        t = pa.table({f.name: t[f.name].cast(f.type) if f.name in t.column_names else pa.nulls(t.num_rows, f.type)
                      for f in schema}, schema=schema).combine_chunks()
        return t.to_pandas(types_mapper=pd.ArrowDtype)

    def actor_documents_and_forms(self) -> tuple[pa.Table, dict[str, set]]:
        """(distinct (actor_id, doc_id) pairs of the mentions, {actor_id: surface forms other than pronouns})."""
        t = self.table
        pairs = t.select(["actor_id", "doc_id"]).group_by(["actor_id", "doc_id"]).aggregate([])
        named = t.filter(pc.fill_null(pc.not_equal(t["method"], "pronoun"), True)).select(["actor_id", "text"])
        forms_t = named.group_by(["actor_id", "text"]).aggregate([])
        forms: dict[str, set] = defaultdict(set)
        for actor, text in zip(forms_t["actor_id"].to_pylist(), forms_t["text"].to_pylist()):
            forms[actor].add(text)
        return pairs, forms


def build_actors(knowledge: Knowledge, discovered: dict[str, DiscoveredActor], mentions: MentionTable,
                 claims: list[dict], unread=None) -> list[dict]:
    """curate.build_actors with the mentions' share counted in Arrow: one row per actor named in
    the documents (a mention or a claim), with its distinct documents and claims. unread: the share of the
    claims not given as records (curation/narrow.py: claims per actor, (actor, document) pairs)."""
    mention_pairs, seen_forms = mentions.actor_documents_and_forms()
    n_claims: dict = defaultdict(int, unread.n_claims) if unread is not None else defaultdict(int)
    actors, docs = [], []
    for c in claims:
        ids = set(c["subject_ids"]) | set(c["object_ids"]) | ({c["claimant_id"]} if c["claimant_id"] else set())
        for a in ids:
            n_claims[a] += 1
            actors.append(a)
            docs.append(c["doc_id"])
    string = mention_pairs.schema.field("actor_id").type
    claim_pairs = pa.table({"actor_id": pa.array(actors, string), "doc_id": pa.array(docs, mention_pairs.schema.field("doc_id").type)})
    more = [unread.pairs.cast(claim_pairs.schema)] if unread is not None else []
    pairs = pa.concat_tables([mention_pairs, claim_pairs, *more]).group_by(["actor_id", "doc_id"]).aggregate([])
    counts = pairs.group_by("actor_id").aggregate([("doc_id", "count", pc.CountOptions(mode="all"))])
    n_docs = dict(zip(counts["actor_id"].to_pylist(), counts["doc_id_count"].to_pylist()))
    rows = []
    for actor in knowledge.actors:
        if actor.actor_id in n_docs:
            rows.append({"actor_id": actor.actor_id, "name": actor.name, "actor_type": actor.actor_type,
                         "country": actor.country,
                         "aliases": sorted(set(actor.aliases) | set(actor.metonyms) | seen_forms[actor.actor_id]),
                         "origin": "registry", "role": None, "n_documents": n_docs[actor.actor_id],
                         "n_claims": n_claims[actor.actor_id]})
    for d in {d.actor_id: d for d in discovered.values()}.values():
        if d.actor_id in n_docs:
            rows.append({"actor_id": d.actor_id, "name": d.name, "actor_type": d.actor_type, "country": d.country,
                         "aliases": sorted(d.aliases | seen_forms[d.actor_id]), "origin": "discovered", "role": d.role,
                         "n_documents": n_docs[d.actor_id], "n_claims": n_claims[d.actor_id]})
    return sorted(rows, key=lambda r: r["actor_id"])
