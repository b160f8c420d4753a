"""Overlap queries on sets of character spans in O(log n), so that long documents (thousands of
mentions and captions) are processed in linear-logarithmic rather than quadratic time."""
from bisect import bisect_left


class SpanSet:
    """Spans (start, end); answers 'does (s, e) overlap any of them?' (s < end and start < e).
    Overlapping spans are merged, which keeps ends non-decreasing with starts: the span with the
    greatest start below e then has the greatest end, and is the only one to look at."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans):
            if self.ends and s < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)
            else:
                self.starts.append(s)
                self.ends.append(e)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        """Add a span that overlaps none already held (callers check overlaps() first)."""
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)
