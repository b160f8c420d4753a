"""Islands of prose outside the article (used by pipeline.extract.body): a deck or an issue's contents that front
matter cuts off from the article's first paragraph, a blurb, bio, comment or email footer that debris cuts off after its
last one, a contents list whose entries recur as the article's section heads, the one-sentence points of a summary box.
Layout principles, not wording: each judges a line by where it stands among the page's lines and what kinds they are."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.body_patterns import INNER_SENTENCE_END, LIST_ITEM, REPORTED
from pipeline.extract.prose import SENTENCE_END

if TYPE_CHECKING:   # body.py imports this module
    from pipeline.extract.body import Line

NON_WORD = re.compile(r"\W+")


def norm(s: str) -> str:
    return NON_WORD.sub(" ", s).strip().casefold()


# ASCII characters outside \w, and a run of ASCII word characters
ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))
ASCII_WORD_RUN = re.compile(r"[A-Za-z0-9_]*")


def norm_head(s: str) -> str | None:
    """The first word of norm(s) when ASCII characters tell it (None when a non-ASCII character might be part of
    it): a cheap test that two lines cannot normalise alike, before the substitution over the whole line."""
    rest = s.lstrip(ASCII_NON_WORD)
    end = ASCII_WORD_RUN.match(rest).end()
    if end < len(rest) and not rest[end].isascii():
        return None
    return rest[:end].lower()


ASCII_WORD = frozenset(c for c in map(chr, range(128)) if c.isalnum() or c == "_")


def norm_tail(s: str) -> str | None:
    """The last word of norm(s) when ASCII characters tell it (None when a non-ASCII character might be part of it)."""
    rest = s.rstrip(ASCII_NON_WORD)
    start = len(rest)
    while start and rest[start - 1] in ASCII_WORD:
        start -= 1
    if start and not rest[start - 1].isascii():
        return None
    return rest[start:].lower()


MAX_HEAD_ISLAND = 300    # characters of prose before the article that a block of front matter cuts off: a deck, an issue's contents
MIN_HEAD_GAP = 2         # front-matter lines (names, roles, section banners, greetings) that cut it off
HEAD_KINDS = ("heading", "byline", "meta", "title", "bio", "contact")


def after_head_island(lines: list[Line], kinds: list[str], prose: list[bool], first: int, n: int, *,
                      apart: set[int] = frozenset()) -> int:
    """A deck or standfirst ('Tokyo has moved further than any ally ...'), an issue's 'In this issue: ...' reads as
    prose, but the page then prints more front matter (the author's name and role, a banner, a greeting) before the
    article's first paragraph: a short stretch of prose in the first quarter of the page, cut off from the rest by two
    or more lines of front matter, is not the article's opening. (A lede over a photo caption is: captions do not
    cut it off; nor does a live blog's entry stamp and headline, `apart`: they part two entries of the article.)"""
    while True:
        spans = [i for i in range(first, len(lines)) if prose[i]]
        island, nxt = 0, None
        for a, b in zip(spans, spans[1:]):
            island += len(lines[a].text)
            if island > MAX_HEAD_ISLAND or lines[a].start >= 0.25 * n:
                break
            if sum(1 for k in range(a + 1, b) if kinds[k] in HEAD_KINDS) >= MIN_HEAD_GAP \
                    and not any(k in apart for k in range(a + 1, b)):
                nxt = b
                break
        if nxt is None:
            return first
        first = nxt


MIN_TAIL_GAP = 3        # lines of debris (headings, tags, buttons, names) that cut a tail island off the article
MAX_TAIL_ISLAND = 500   # characters of prose in such an island: a blurb, a bio, a reader's comment, an email's footer
TAIL_QUARTER = 0.75     # islands lie in the last quarter of the page
# the lines that cut an island off: headings, names, dates, notices -- not captions, ad markers or share buttons, which
# a page also sets between the article's own last paragraphs
TAIL_KINDS = ("heading", "byline", "meta", "title", "bio", "contact", "back", "note")


def before_tail_island(lines: list[Line], kinds: list[str], prose: list[bool], first: int, last: int, n: int) -> int:
    """The article's prose runs as one stretch; after its last sentence a page prints a block of debris (tags, share
    buttons, 'Authors', names and roles, a reading list) and then, often, a sentence or two more: the institution's
    blurb, an author's one-line bio, a reader's comment, an email's 'You are receiving this ...'. Such a short island
    of prose in the last quarter of the page, cut off from the article by several lines that are not prose, is not
    the article -- whatever its wording. (Inside an article a section heading or a caption is one line, an inline
    box a headline or two; a long stretch of prose after a gap is the article going on.)"""
    while True:
        spans = [i for i in range(first, last + 1) if prose[i]]
        cut = None
        for a, b in zip(reversed(spans[:-1]), reversed(spans[1:])):
            island = sum(len(lines[k].text) for k in range(b, last + 1) if prose[k])
            # (an island opening in lower case is a sentence a page break or running head divided: the article's)
            # (... and one that reports what someone said is news: the article going on after an inline box)
            if island > MAX_TAIL_ISLAND or lines[b].start < TAIL_QUARTER * n or lines[b].text.lstrip()[:1].islower() \
                    or any(prose[k] and REPORTED.search(lines[k].text) for k in range(b, last + 1)):
                break
            # (a line of text that is no sentence -- a plug, a 'Missing some posts?' prompt -- is debris as much)
            if sum(1 for k in range(a + 1, b) if kinds[k] in TAIL_KINDS or kinds[k] == "content" and not prose[k]) \
                    >= MIN_TAIL_GAP:
                cut = a
                break
        if cut is None:
            return last
        last = cut


MAX_CONTENTS_ENTRY = 150   # characters: a section title or question, not a paragraph


def mark_contents_entries(lines: list[Line], kinds: list[str], n: int) -> None:
    """A table of contents before the article lists its section heads ('How has China responded?'), each of which
    recurs later on the page over its section: a short line in the first 40% whose words recur as a later line is a
    contents entry (or a headline printed twice), never the article's first sentence. Linear: one pass to count."""
    entries = {}   # the short content lines of the first 40%, normalised
    for i, ln in enumerate(lines):
        if ln.start >= 0.4 * n:
            break
        if kinds[i] == "content" and len(ln.text) <= MAX_CONTENTS_ENTRY:
            entries[i] = norm(ln.text)
    if not entries:
        return
    wanted = set(entries.values())
    heads = {e.split(" ")[0] for e in wanted}
    later: dict[str, int] = {}   # the last line of each entry's words (other lines: normalised only when their
    for i, ln in enumerate(lines):   # first word can be an entry's)
        if kinds[i] == "blank" or len(ln.text) > MAX_CONTENTS_ENTRY:
            continue
        words = entries.get(i)
        if words is None:
            head = norm_head(ln.text)
            if head is not None and head not in heads:
                continue
            words = norm(ln.text)
            if words not in wanted:
                continue
        later[words] = i
    for i, words in entries.items():
        if later[words] > i:
            kinds[i] = "furniture"


MAX_DECK = 300    # characters of prose (a deck) that may precede a summary box
MAX_POINT = 200   # characters of one point of a summary box


def summary_point(line: str) -> bool:
    """One short sentence on a line of its own: a point of a key-takeaways box."""
    return len(line.strip()) <= MAX_POINT and not INNER_SENTENCE_END.search(line) and bool(SENTENCE_END.search(line.rstrip()))


def mark_box_points(lines: list[Line], kinds: list[str], j: int) -> None:
    """A summary box's text from its first line j: bullet items, or one-sentence lines, up to the first line that is
    neither -- a bullet item the layout wraps ('• Coast guards have built more' / '  ties than ...') is one point."""
    kinds[j] = "meta"
    item = j
    while j + 1 < len(kinds) and kinds[j + 1] == "content" and (
            LIST_ITEM.match(lines[item].text) and (LIST_ITEM.match(lines[j + 1].text) or wraps_item(lines[j], lines[j + 1]))
            or summary_point(lines[j].text) and summary_point(lines[j + 1].text)):
        j += 1
        kinds[j] = "meta"
        item = j if LIST_ITEM.match(lines[j].text) else item


def wraps_item(line: Line, nxt: Line) -> bool:
    """The next line goes on with a bullet item: the item's line has no sentence end and the next line is indented
    or opens in lower case."""
    return not SENTENCE_END.search(line.text.rstrip()) and (nxt.text[:1].isspace() or nxt.text.lstrip()[:1].islower())

