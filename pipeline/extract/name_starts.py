"""One scan of a document for the offsets where a person's name (names.PERSON_NAME) can start, shared by the discovery
patterns that open with such a name ('X, a senior fellow,', 'X said', 'X, who ...', ', X,'). Python's engine tries those
patterns at every offset of the document, each in turn; read at the name starts alone they give the same matches:
a pattern whose every match opens with a PERSON_NAME can match nowhere else, and a match tried at an offset is the one a
scan reaching that offset finds (lookbehinds see the whole text whatever the scan's start; the end is the same)."""
import re
from bisect import bisect_left

from pipeline.extract.names import _UPPER, PERSON_NAME
from pipeline.extract.phrases import literal_alternation

# every name opens with an upper-case letter ('O'Brien', 'McCain', 'R. Venkataraman' too): the scan skips the other
# characters in C and asks for a whole name only at capitals (one character matched; the name read in a lookbehind's
# lookahead, so each capital is tried once and none is skipped)
NAME_AT = re.compile(rf"[{_UPPER}](?<=(?={PERSON_NAME})[\s\S])")


def name_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets in [start, end) where PERSON_NAME matches (with end as the end of the text), ascending."""
    return [m.start() for m in NAME_AT.finditer(text, start, end)]


def search_at(pattern: re.Pattern, text: str, starts: list[int], pos: int, end: int):
    """pattern.search(text, pos, end) for a pattern that can match only at one of starts (ascending)."""
    for i in range(bisect_left(starts, pos), len(starts)):
        m = pattern.match(text, starts[i], end)
        if m is not None:
            return m
    return None


def finditer_at(pattern: re.Pattern, text: str, starts: list[int], pos: int, end: int) -> list:
    """pattern.finditer(text, pos, end)'s matches, as a list, for a pattern that can match only at one of starts."""
    out, p = [], pos
    for q in starts:
        if q < p:
            continue
        m = pattern.match(text, q, end)
        if m is not None:
            out.append(m)
            p = m.end() if m.end() > q else q + 1
    return out


BLANKS = re.compile(r"\s+")


def title_end_pattern(titles: list[str]) -> re.Pattern:
    """A title phrase (any of titles, no boundary asked) and blanks ending where the scan ends (endpos)."""
    return re.compile(literal_alternation(titles) + r"[ \t]+\Z")


def blank_runs(phrases) -> int:
    """The most runs of blanks inside one of phrases."""
    return max((len(BLANKS.findall(p)) for p in phrases), default=0)


def finditer_titled(pattern: re.Pattern, text: str, starts: list[int], start: int, end: int, *,
                    title_end: re.Pattern, longest_title: int, runs: int) -> list:
    """pattern.finditer(text, start, end)'s matches for a pattern '<title words> <title>[ \\t]+<PERSON_NAME>' (ActorMatcher
    .title_re) whose title words hold at most `runs` runs of blanks with the one before the name. A match's name starts
    at one of starts, right after a title (title_end) and blanks: only such names are read, and the scan for the next
    match starts no earlier than `runs` runs of blanks before the first of them at or after the last match's end (a match
    of a later name starts later still), so no offset where a match starts is passed over."""
    titled = [n for n in starts if n > start and text[n - 1] in " \t"
              and title_end.search(text, max(start, _blanks_start(text, n) - longest_title), n) is not None]
    if not titled:
        return []
    out, p, i = [], start, 0
    while True:
        while i < len(titled) and titled[i] < p:
            i += 1
        if i == len(titled):
            return out
        m = pattern.search(text, max(p, _runs_back(text, titled[i], runs, start)), end)
        if m is None:
            return out
        out.append(m)
        p = m.end() if m.end() > m.start() else m.start() + 1


def _blanks_start(text: str, n: int) -> int:
    """The start of the run of spaces and tabs ending at n."""
    while n > 0 and text[n - 1] in " \t":
        n -= 1
    return n


def _runs_back(text: str, n: int, runs: int, start: int) -> int:
    """An offset at or before every s >= start such that text[s:n] (n right after blanks) holds at most `runs` runs of
    blanks and opens with no blank: the start of the run `runs` + 1 runs back from n (str.split's blanks are re's \\s)."""
    width = 256
    while True:
        lo = max(start, n - width)
        chunk = text[lo:n]
        parts = chunk.rsplit(None, runs)
        if len(parts) > runs:
            return lo + len(chunk) - len(chunk.lstrip()) + len(parts[0])
        if lo == start:
            return start
        width *= 4
