"""Edges of the article that the layout rules of pipeline.extract.body miss on new layouts, told by structure:
a byline set in a row with its date and reading time, a byline after a kicker word ('Opinion by ...'), a dateline in
ordinary case ('Basco, Batanes — ...'), a box of bullet points under a heading before the lede, a closing sentence
about the text itself rather than the story ('This article is for members only.'), and the byline's own author
named in the tail (bio or appeal) when no author is given."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.body_blocks import starts_with_author_bio
from pipeline.extract.body_patterns import BYLINE, LIST_ITEM
from pipeline.extract.body_prose import is_prose
from pipeline.extract.prose import SENTENCE_END

if TYPE_CHECKING:   # body.py imports this module
    from pipeline.extract.body import Line

# a row of fields set apart by runs of spaces, a pipe or a middle dot: 'By Jane Roe   Dec 01, 2025 (GMT+09:00)   4 Min read'
ROW_GAP = re.compile(r"[ \t\u00a0]{3,}|\t|\s+[|·•]\s+")
MAX_BYLINE_ROW = 160
# one kicker word, 'by' and a name only: 'Opinion by Jane Roe', 'Analysis by Jane Roe' (a name: 2-4 capitalised words);
# a participle is a credit, not a kicker ('Translated by ...', 'Edited by ...': back matter)
KICKER_BYLINE = re.compile(r"^\s*[A-Z][a-z]+(?<!ed)\s+by\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}\s*$")


def is_byline_row(line: str) -> bool:
    """A byline that the byline pattern misses for its company on the line: the first field of a row of fields is a
    byline ('By Jane Roe   Dec 1, 2025   4 Min read'), or one kicker word precedes 'by' and a name."""
    if "by" in line and KICKER_BYLINE.match(line):
        return True
    if len(line) > MAX_BYLINE_ROW or not ("  " in line or "\t" in line or "\u00a0" in line or "|" in line or "·" in line or "•" in line):
        return False   # (no gap, no separator: no row; the test is cheaper than the split on every line)
    fields = ROW_GAP.split(line.strip())
    return len(fields) >= 2 and bool(BYLINE.match(fields[0])) and not SENTENCE_END.search(fields[0])


# 'Basco, Batanes — ', 'Nago, Okinawa – ': a dateline in ordinary case, place and region, set off by a spaced dash
TITLE_DATELINE = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[—–]\s+[A-Z\"“]")


def skip_front_box(lines: list[Line], kinds: list[str], first: int) -> int:
    """A run of list items right under an unpunctuated heading ('KEY FACTS' over '- ...' points) and right before a
    paragraph of prose is a summary box, not the lede: an article opens with a sentence, and a list it introduces
    follows a line of prose, not a heading."""
    if not LIST_ITEM.match(lines[first].text):
        return first
    # (back over the box's earlier points, which other rules may have taken for a caption)
    before = next((j for j in range(first - 1, -1, -1) if kinds[j] != "blank" and not LIST_ITEM.match(lines[j].text)), None)
    if before is None or kinds[before] not in ("heading", "meta"):   # (a label the summary rules took: meta)
        return first
    j = first
    while j < len(kinds) and (kinds[j] == "blank" or LIST_ITEM.match(lines[j].text)):
        j += 1
    if j >= len(kinds) or kinds[j] != "content" or not is_prose(lines[j].text):
        return first
    for k in range(first, j):
        if kinds[k] == "content":
            kinds[k] = "meta"
    return j


_TEXT = r"(?:article|story|piece|analysis|commentary|column|report|op-?ed|post|interview|essay|newsletter)"
# a sentence about the text as an object, not the story: what it is, whose views it holds, where it appeared
# ('This article is a member-only article.', 'Reminder, this is a Premium article ...', 'The views expressed in this
# analysis are those of ...', 'Opinions in this piece belong to ...'); 'As this analysis has shown' speaks of the story
SELF_NOTE = re.compile(
    rf"\bthis\s+(?:[\w\-]+\s+)?{_TEXT}\s+(?:is|was|has\s+been|requires|belongs)\b|"
    rf"\bthis\s+is\s+an?\s+(?:[\w\-]+\s+)?{_TEXT}\b|"
    rf"\b(?:in|of)\s+this\s+(?:[\w\-]+\s+)?{_TEXT}\s+(?:are|is|belongs?|do|does|reflects?)\b", re.IGNORECASE)
MAX_SELF_NOTE = 300
TAIL = 0.5   # such notes close the page: the second half only


def mark_self_notes(lines: list[Line], kinds: list[str], n: int) -> None:
    """A short sentence about the text itself in the second half, with no prose after it, is back matter."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].start < TAIL * n:
            return
        if kinds[i] != "content":
            continue
        if len(lines[i].text) < MAX_SELF_NOTE and SELF_NOTE.search(lines[i].text):
            kinds[i] = "back"
        elif is_prose(lines[i].text):
            return   # prose after: the notes before it are the story's


BYLINE_NAME = re.compile(r"\b(?i:by)\s+([A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s*(?:,|$|\s{2,}|\s+[|·])")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|my)\b")
FRONT = 0.4


def byline_author(lines: list[Line], kinds: list[str], n: int) -> str | None:
    """The name on the page's first byline in its first 40% ('By Jane Roe, Staff' -> 'Jane Roe')."""
    for i, ln in enumerate(lines):
        if ln.start >= FRONT * n:
            return None
        if kinds[i] == "byline":
            m = BYLINE_NAME.search(ln.text)
            if m:
                return m.group(1)
    return None


def mark_author_tail(lines: list[Line], kinds: list[str], n: int, author: str | None) -> None:
    """In the second half, a line opening with the author's bio ('Jane Roe is a former diplomat ...') is a bio. The
    author is the given one or, on a page read without metadata, the name on its byline; that name in the first
    person ('Hi, I'm Jane Roe. I cover ...') in the tail, with no prose after it, is the author's note."""
    name = author or byline_author(lines, kinds, n)
    if not name:
        return
    for i, ln in enumerate(lines):
        if kinds[i] == "content" and ln.start > n * 0.5 and starts_with_author_bio(ln.text, name):
            kinds[i] = "bio"
    if author:   # (the known author's notes are the given rules' business: output stays as it was)
        return
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].start < TAIL * n or kinds[i] != "content":
            if lines[i].start < TAIL * n:
                return
            continue
        if name in lines[i].text and FIRST_PERSON.search(lines[i].text):
            kinds[i] = "bio"
        elif is_prose(lines[i].text):
            return


MIN_LEAD_IN_WORDS = 6   # a sentence that introduces a list, not a label ('Key facts:')


def back_to_lead_in(lines: list[Line], kinds: list[str], first: int) -> int:
    """A lead that introduces a list ('The cabinet approved three steps:' over '- more ferries;' ...) ends on a colon,
    which the sentence test does not read as a sentence end, so the first prose line can be the list's last item or
    the paragraph after the list (items too short for prose): back over the list to the lead."""
    j = first - 1 if LIST_ITEM.match(lines[first].text) else first
    items = j < first
    while j > 0 and (kinds[j - 1] == "blank" or kinds[j - 1] in ("content", "heading", "furniture") and LIST_ITEM.match(lines[j - 1].text)):
        j -= 1
        items = items or kinds[j] != "blank"
    j -= 1   # the line above the list
    if not items or j < 0 or kinds[j] != "content" or not lines[j].text.rstrip().endswith(":") \
            or len(lines[j].text.split()) < MIN_LEAD_IN_WORDS or not lines[j].text.lstrip()[:1].isupper():
        return first
    return j


# a paragraph labelled by a name set off by a gap ('Jane Roe  Born in 1961 in ...'): a profile box's entry
NAME_LABEL = re.compile(r"^\s*([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,3})(?:[ \t\u00a0]{2,}|\t)\S")


def mark_profile_boxes(lines: list[Line], kinds: list[str], n: int) -> None:
    """In the second half, a paragraph opening with a person's name set off by a gap, a name the page gave before
    (the interviewee of a caption, the author of a byline), with no prose after it, is a profile box: back matter.
    Prose runs its subject into the sentence; a box sets the name apart as a label."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].start < TAIL * n:
            return
        if kinds[i] != "content":
            continue
        m = NAME_LABEL.match(lines[i].text)
        if m and is_prose(lines[i].text) and m.group(1) in "".join(ln.text for ln in lines[:i]):
            kinds[i] = "bio"
        elif is_prose(lines[i].text):
            return
