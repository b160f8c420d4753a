"""The record-based mention code that pipeline/curation/mention_table.py replaced, kept verbatim
as the reference the Arrow version is compared with (tests/test_curation_frames.py)."""
import pyarrow as pa

from pipeline import curate
from pipeline.curation.places import overlaps
from schemas import Mentions
from schemas.frames import frame


class MentionRecords:
    """MentionTable's interface over a list of dicts, with the loops of the old apply.py/places.py."""

    def __init__(self, mentions):
        self.rows = pa.Table.from_pandas(mentions, preserve_index=False).to_pylist()

    def inside(self, doc_id, spans):
        return lambda r: any(overlaps(r, doc_id, s) for s in spans)

    def remap(self, old, new, inside=None):
        n = 0
        for r in self.rows:
            if inside is not None and not inside(r):
                continue
            if r.get("actor_id") == old:
                r["actor_id"] = new
                n += 1
        return n

    def remove(self, gone, inside):
        keep, out = [], []
        for m in self.rows:
            (out if m["actor_id"] == gone and inside(m) else keep).append(m)
        self.rows = keep
        return out

    def names_at(self, actor, doc_id, span):
        return any(m["actor_id"] == actor and overlaps(m, doc_id, span) for m in self.rows)

    def append(self, row):
        self.rows.append(row)

    def sorted_frame(self):
        return frame(Mentions, sorted(self.rows, key=lambda m: m["mention_id"]))


def build_actors(knowledge, discovered, mentions, claims):
    return curate.build_actors(knowledge, discovered, mentions.rows, claims)
