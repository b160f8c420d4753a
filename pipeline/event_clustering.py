"""Event clustering: which asserted event claims report the same real-world event (pure functions). Claims of
one type that share a source (or, for shared acts like talks, their participants) and whose dates meet are one
event; union-find over the compatible pairs, blocked by type and actor. Kept apart from pipeline/curate.py (which
turns each group into an event row) because the clustering is an exact, performance-tuned algorithm of its own
(_ClusterBlock; tests/test_event_clustering_groups.py, tests/test_downstream_equivalence.py), unrelated to
choosing a row's dates, actors or summary."""
import bisect
import heapq
from collections import defaultdict
from datetime import date

# Types that report one shared act of several parties: a source of one report may be a target in another.
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


# Claims span their sentence: two sentences in a row are apart by the whitespace between them (1-3
# characters in the development sets, 5 at most), never by text.
NEXT_SENTENCE_GAP = 5


def _tied(a: dict, b: dict) -> bool:
    """Claims of one document in the same sentence or in two sentences in a row. An undated claim is
    tied to nothing else: over the eighteen development sets, undated claims merged with a claim of
    their document further away were another act of the same type and source in 13 of 14 gold-checked
    merges (a second protest, another flight, an earlier demand), in a row 3 of 5 were the same act."""
    if a["doc_id"] != b["doc_id"]:
        return False
    if a.get("char_start") is None or b.get("char_start") is None:
        return True    # a claim without its place in the text (hand-made records): the document is all there is
    first, second = (a, b) if a["char_start"] <= b["char_start"] else (b, a)
    return second["char_start"] - first["char_end"] <= NEXT_SENTENCE_GAP


def _overlap(a: dict, b: dict) -> bool:
    """Compatible dates: overlapping ranges (a year contains a day); an undated claim only meets a
    claim of its own document in its sentence or the next one (the same act told on: _tied)."""
    if a["date_start"] is None or b["date_start"] is None:
        return _tied(a, b)
    return a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]


def _ranges_meet(x: tuple | None, y: tuple | None) -> bool:
    return x is None or y is None or (x[0] <= y[1] and y[0] <= x[1])


def _participants_apart(pa: frozenset, pb: frozenset) -> bool:
    """Two reports of a shared act (talks, an agreement) that name different parties are two acts, even
    with one party in common: a delegation that meets A and then B, a leader who meets one visitor and
    then another. A report may name fewer of the parties than another (one side only, or the delegation
    without its host), never others: the participants of one must be among the other's. (Disjoint targets
    of one-sided acts were tried too: the extractor's targets are too noisy for it, it split more real
    events, same-document and across documents, than it kept apart.)"""
    return not (pa <= pb or pb <= pa)


def _same_event(a: dict, b: dict) -> bool:
    """Two asserted event claims report one real event: same type, compatible dates, shared source
    (or, for shared acts like talks, the participants of one among the other's: _participants_apart)."""
    if a["predicate"] != b["predicate"] or not _overlap(a, b):
        return False
    sa, sb = set(a["subject_ids"]), set(b["subject_ids"])
    if a["predicate"] not in SYMMETRIC:
        return bool(sa & sb)
    pa, pb = frozenset(sa | set(a["object_ids"])), frozenset(sb | set(b["object_ids"]))
    return not _participants_apart(pa, pb)


def _well_dated(c: dict) -> bool:
    return (c["date_start"] is None) == (c["date_end"] is None) and (c["date_start"] is None or c["date_start"] <= c["date_end"])


def _pair_order(members: list[int], claims: list[dict]):
    """The pairs (i, j) of one block, in the order of the all-pairs loop, less those _overlap must
    refuse (dated ranges that do not meet, or an undated claim and a claim of another document):
    skipping a pair _same_event refuses changes nothing, so the groups are the all-pairs groups
    (tests/test_downstream_equivalence.py). Cost: the pairs that can meet, not every pair. Used for
    the blocks _fast_block refuses; the others go through _ClusterBlock (the same merges)."""
    if not all(_well_dated(claims[m]) for m in members):
        # malformed dates: every pair, so the rule raises as it would
        yield from ((members[x], members[y]) for x in range(len(members)) for y in range(x + 1, len(members)))
        return
    rank = {m: k for k, m in enumerate(members)}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for m in members:
        by_doc[claims[m]["doc_id"]].append(m)
    dated = sorted((m for m in members if claims[m]["date_start"] is not None), key=lambda m: claims[m]["date_start"])
    starts = [claims[m]["date_start"] for m in dated]
    # no dated claim is longer than `longest`: one that ends on or after c's start starts on or after
    # c's start - longest, so the scan can begin there (the same pairs, fewer looked at)
    try:
        longest = max((claims[m]["date_end"] - claims[m]["date_start"] for m in dated), default=None)
    except TypeError:
        longest = None
    for i in members:
        c = claims[i]
        later = {m for m in by_doc[c["doc_id"]] if rank[m] > rank[i]}
        if c["date_start"] is not None:
            lo = 0
            if longest is not None:
                try:
                    lo = bisect.bisect_left(starts, c["date_start"] - longest)
                except (TypeError, OverflowError):
                    lo = 0
            later.update(m for m in dated[lo:bisect.bisect_right(starts, c["date_end"])]
                         if rank[m] > rank[i] and claims[m]["date_end"] >= c["date_start"])
        for j in sorted(later, key=rank.__getitem__):
            yield i, j


def _fast_block(members: list[int], claims: list[dict]) -> bool:
    """Whether _ClusterBlock may take this block: every claim dated by two plain dates in order, or
    undated (anything else goes through _pair_order's loop, which fails or not as the rule does)."""
    for m in members:
        s, e = claims[m]["date_start"], claims[m]["date_end"]
        if s is None:
            if e is not None:
                return False
        elif type(s) is not date or type(e) is not date or s > e:
            return False
    return True


class _ClusterBlock:
    """One block's merges, the same as _pair_order's loop makes them, looked up by group instead
    of pair by pair (the loop's cost grows with the square of a block: the synthetic corpus's blocks
    hold thousands of claims of the same few years).

    Why it is the same: while claim i's pairs (i, j), j later in the block, are taken in j's order,
    only merges into i's group change anything, and they only narrow the group's dates; a pair the
    loop passed without merging (j already in i's group, the two groups' dates apart, or not the same
    event) would still not merge. So the loop's next merge is always the earliest later j, over all
    of them, that is in another group whose dates meet i's group's and that _same_event accepts. For
    a dated j that last test is a property of j's group alone: j's dates contain its group's, so
    groups that meet imply claims whose dates meet, and in the block (same type and a shared source,
    or a shared participant of a symmetric type) _same_event depends only on the two claims' source
    and participant sets. So each group of the block keeps its later dated claims in heaps (one per
    source / participant set), and the groups are indexed by their dates; an undated claim meets only
    claims of its own document (those next to it: _tied), which are few, and is looked at claim by claim."""

    def __init__(self, members: list[int], claims: list[dict], parent: list[int], span: list, find):
        self.claims, self.parent, self.span, self.find = claims, parent, span, find
        self.symmetric = claims[members[0]]["predicate"] in SYMMETRIC
        self.key: dict[int, object] = {}
        self.heaps: dict[int, dict] = {}        # group root -> {source/participant key: heap of later dated claims}
        self.count: dict[int, int] = defaultdict(int)
        self.buckets: dict[int, list] = {}      # bit length of a group's date range -> sorted [(start ordinal, root)]
        self.indexed: dict[int, tuple] = {}     # root -> (bucket, start ordinal)
        self.compatible: dict[tuple, bool] = {}
        self.by_doc: dict[str, list[int]] = defaultdict(list)
        self.undated_by_doc: dict[str, list[int]] = defaultdict(list)
        for m in members:
            c = claims[m]
            self.by_doc[c["doc_id"]].append(m)
            if c["date_start"] is None:
                self.undated_by_doc[c["doc_id"]].append(m)
                continue
            k = frozenset(c["subject_ids"]) | frozenset(c["object_ids"]) if self.symmetric else 0
            self.key[m] = k
            r = find(m)
            self.heaps.setdefault(r, {}).setdefault(k, []).append(m)   # ascending: already a heap
            self.count[r] += 1
        for r in self.heaps:
            self._index(r)

    def _same(self, a, b) -> bool:
        """_same_event of two claims of this block with dates that meet, from their keys (participants)."""
        if not self.symmetric:
            return True
        found = self.compatible.get((a, b))
        if found is None:
            found = not _participants_apart(a, b)
            self.compatible[(a, b)] = found
        return found

    def _index(self, r: int) -> None:
        start, end = self.span[r]
        bucket, first = (end.toordinal() - start.toordinal()).bit_length(), start.toordinal()
        bisect.insort(self.buckets.setdefault(bucket, []), (first, r))
        self.indexed[r] = (bucket, first)

    def _unindex(self, r: int) -> None:
        where = self.indexed.pop(r, None)
        if where is not None:
            entries = self.buckets[where[0]]
            del entries[bisect.bisect_left(entries, (where[1], r))]

    def union(self, ri: int, rj: int) -> None:
        """The loop's merge: i's group joins j's; the group's dates narrow; the block's index follows."""
        parent, span = self.parent, self.span
        parent[ri] = rj
        if span[ri] is not None:
            span[rj] = span[ri] if span[rj] is None else (max(span[ri][0], span[rj][0]), min(span[ri][1], span[rj][1]))
        self._unindex(ri)
        self._unindex(rj)
        moved = self.heaps.pop(ri, None)
        if moved:
            into = self.heaps.setdefault(rj, {})
            for k, heap in moved.items():
                other = into.get(k)
                if other is None:
                    into[k] = heap
                    continue
                if len(other) < len(heap):
                    heap, other = other, heap
                    into[k] = other
                for m in heap:
                    heapq.heappush(other, m)
            self.count[rj] += self.count.pop(ri, 0)
        if self.count.get(rj):
            self._index(rj)

    def _candidates(self, i: int, ri: int) -> list[int]:
        """The later claims of the block the loop could merge i's group with now, ascending: the earliest
        compatible dated claim of every group whose dates meet i's group's, and the undated claims of
        i's document. A merge only narrows i's group's dates and leaves the other groups as they are,
        so none can be added later, and the loop's merges are these, in order, where they still hold."""
        span = self.span
        start, end = span[ri]
        lo, hi = start.toordinal(), end.toordinal()
        key, found = self.key[i], []
        for bucket, entries in self.buckets.items():
            pos = bisect.bisect_left(entries, (lo - (1 << bucket) + 1,))
            n = len(entries)
            while pos < n and entries[pos][0] <= hi:
                r = entries[pos][1]
                pos += 1
                if r == ri or span[r][1] < start:
                    continue
                first = None
                for k, heap in self.heaps[r].items():
                    if (first is None or heap[0] < first) and self._same(key, k):
                        first = heap[0]
                if first is not None:
                    found.append(first)
        later = self.undated_by_doc.get(self.claims[i]["doc_id"])
        if later:
            found += later[bisect.bisect_right(later, i):]
        found.sort()
        return found

    def take(self, i: int) -> None:
        """Claim i's pairs with the later claims of the block."""
        c, find = self.claims[i], self.find
        if c["date_start"] is None:
            # undated: the later claims of its document, one by one (as the loop does)
            later = self.by_doc[c["doc_id"]]
            for j in later[bisect.bisect_right(later, i):]:
                ri, rj = find(i), find(j)
                if ri != rj and _ranges_meet(self.span[ri], self.span[rj]) and _same_event(c, self.claims[j]):
                    self.union(ri, rj)
            return
        ri = find(i)
        heaps = self.heaps[ri]
        heap = heaps[self.key[i]]
        heapq.heappop(heap)            # i: the earliest claim of the block left
        if not heap:
            del heaps[self.key[i]]
        self.count[ri] -= 1
        if not self.count[ri]:
            self._unindex(ri)
            del self.heaps[ri]
        span, claims = self.span, self.claims
        for j in self._candidates(i, ri):
            rj = find(j)
            if rj != ri and _ranges_meet(span[ri], span[rj]) and (claims[j]["date_start"] is not None or _same_event(c, claims[j])):
                self.union(ri, rj)
                ri = find(i)


def cluster_event_claims(claims: list[dict]) -> list[list[dict]]:
    """Groups of claims that report the same event (union-find over compatible pairs, blocked by
    type and actor so cost stays near-linear). Claims are taken in claim_id order, so the groups do
    not depend on the order they come in."""
    claims = sorted(claims, key=lambda c: c["claim_id"])
    parent = list(range(len(claims)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the dates every group is known to lie in: an undated claim never chains two events of different dates
    span: list[tuple | None] = [(c["date_start"], c["date_end"]) if c["date_start"] is not None else None for c in claims]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for a in set(c["subject_ids"]) | (set(c["object_ids"]) if c["predicate"] in SYMMETRIC else set()):
            blocks[(c["predicate"], a)].append(i)
    for members in blocks.values():
        if _fast_block(members, claims):
            block = _ClusterBlock(members, claims, parent, span, find)
            for i in members:
                block.take(i)
            continue
        for i, j in _pair_order(members, claims):
            ri, rj = find(i), find(j)
            if ri != rj and _ranges_meet(span[ri], span[rj]) and _same_event(claims[i], claims[j]):
                parent[ri] = rj
                if span[ri] is not None:
                    span[rj] = span[ri] if span[rj] is None else (max(span[ri][0], span[rj][0]), min(span[ri][1], span[rj][1]))
    groups: dict[int, list[dict]] = defaultdict(list)
    for i, c in enumerate(claims):
        groups[find(i)].append(c)
    return [sorted(g, key=lambda c: c["claim_id"]) for g in groups.values()]
