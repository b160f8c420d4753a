"""Layout marks that hide a paragraph's shape from body detection (used by pipeline.extract.body): marks a platform
appends after a sentence (a thread's post counter, a comment anchor, a transcript's stage note), lines of a wrapped
paragraph that read as headings (narrow print columns) or that continue a box's first line (a summary, a note), the
clock stamps of live-blog entries, a kicker label printed before the first sentence. Each judges lines by layout,
not by what the article says."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.body_patterns import SPEAKER_LABEL
from pipeline.extract.body_prose import ends_sentence
from pipeline.extract.prose import SENTENCE_END, continues

if TYPE_CHECKING:   # body.py imports this module
    from pipeline.extract.body import Line

# after a sentence's end: a thread's post counter ('... in a crisis. 11/', '... 12/12'), a document's comment anchor
# ('... about to change.[a]'), a transcript's stage note ('... thank you very much. [Applause]')
# a release's language or edition mark ('... in the region. (E)'): one capital letter in round brackets
# (a picture credit in brackets, '... on Friday. [YONHAP]', is a caption's mark, not one of these)
STAGE_NOTE = r"(?i:applause|laughter|laughs|music|crosstalk|inaudible|silence|pause|cheers|end)"
TRAILING_MARK = re.compile(rf"(?<=[.!?…:”\"’)\]])[ \t]*(?:\[(?:[a-z]|{STAGE_NOTE})\]|\d{{1,3}}/\d{{0,3}}|\([A-Z]\))[ \t]*$")


def without_trailing_mark(line: str) -> str:
    """The line judged without the mark a platform appends after its last sentence (the line itself when none)."""
    last = line.rstrip(" \t\n")[-1:]   # (a mark ends on a bracket, a slash or a digit: tested first, speed)
    m = TRAILING_MARK.search(line) if last and (last in ")]/" or last.isdecimal()) else None
    return line[:m.start()] if m else line


BROKEN_WORD = re.compile(r"[a-z]-$")


def rejoin_column_lines(lines: list[Line], kinds: list[str]) -> None:
    """Narrow print columns (an e-paper's OCR) break every sentence over short lines, and a short line without a
    sentence end reads as a heading. A 'heading' that opens in lower case after a line of text, or runs on into a
    line opening in lower case, or breaks a word ('Assis-'), is a line of a paragraph: content. A real heading
    stands apart: a blank line or a capitalised paragraph follows it."""
    for i, kind in enumerate(kinds):
        if kind != "heading":
            continue
        text = lines[i].text.strip()
        prev = lines[i - 1].text if i > 0 and kinds[i - 1] in ("heading", "content") else ""
        nxt = lines[i + 1].text.lstrip() if i + 1 < len(lines) and kinds[i + 1] in ("heading", "content") else ""
        if prev and not SENTENCE_END.search(prev.rstrip()) and text[:1].islower() \
                or nxt[:1].islower() and len(text.split()) >= 3 or nxt and BROKEN_WORD.search(text):
            kinds[i] = "content"


BOX_KINDS = ("meta", "note")
MAX_LABEL_WORDS = 8


def extend_boxes(lines: list[Line], kinds: list[str], *, hard_wrapped: bool) -> None:
    """A summary box or a note whose first line the patterns recognise ('The PLA has turned ... into a routine. The',
    '[*] This chapter was written by ...') goes on over the lines that continue its sentence (wrapped print, no blank
    line between): they are the box's, not the article's first paragraph."""
    for i in range(len(lines) - 1):
        if kinds[i] not in BOX_KINDS or len(lines[i].text.split()) <= MAX_LABEL_WORDS:   # a label ('+ Follow') is no box
            continue
        j = i
        while j + 1 < len(lines) and kinds[j + 1] in ("content", "heading", "caption") \
                and not ends_sentence(lines[j].text.rstrip()) \
                and continues(lines[j].text, lines[j + 1].text, blank_lines=0, hard_wrapped=hard_wrapped):
            j += 1
            kinds[j] = kinds[i]


# a live blog's entry stamp alone on a line: '17:42', '9:05 am', '14:10 GMT'
CLOCK_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|JST|[A-Z]{2,4}))?\s*$", re.IGNORECASE)
MIN_STAMPS = 3   # entries of a live blog: one clock time on a line is a dateline, three are a feed of entries


def live_blog_stamps(lines: list[Line]) -> set[int]:
    """The lines that stamp a live blog's entries (empty unless the page has several): an entry's stamp and headline
    separate two entries of the article, not front matter from it."""
    stamps = {i for i, ln in enumerate(lines) if ln.text.lstrip()[:1].isdecimal() and CLOCK_STAMP.match(ln.text)}
    return stamps if len(stamps) >= MIN_STAMPS else set()


# a kicker printed before the first sentence and set off by a bar: 'LETTER | Last month ...', 'ANALYSIS | ...'; or a
# recording's timecode before a transcript's first speaker label: '[00:00:05] JANE ROE: Good morning ...' (the body
# starts with the label, as the GUIDELINES rule; the timecode stamps the recording, as a clock stamps a live-blog entry)
KICKER = re.compile(rf"^\s*(?:[A-Z]{{3,}}(?:\s+[A-Z]{{2,}}){{0,2}}\s*[|｜]\s+(?=\S)|"
                    rf"[\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?[ \t]+(?={SPEAKER_LABEL}\s*:))")


def kicker_length(line: str) -> int:
    """Characters of a kicker label or timecode that opens the article's first line (0 when none)."""
    m = KICKER.match(line)
    return m.end() if m else 0


# an item of an enumerated list: '(1) Date and time: ...', '(b) ...', 'a. The two bombers ...' (not a section number,
# '1 Confirmed situation', which heads the list and is a header)
LIST_ENTRY = re.compile(r"^\s*(?:\(\d{1,2}\)|\(?[a-z]\)|[a-z]\.)\s+\S")


def back_to_list_start(lines: list[Line], kinds: list[str], first: int) -> int:
    """A release that reports in an enumerated list ('(1) Date and time: the 11th', '(2) Aircraft: ...', '(3) Flight
    routes:' over 'a. The bombers flew ...') opens with the list's first item, though only a later item is a full
    sentence: the items before the first prose line, back to the list's heading, are the article's."""
    if not LIST_ENTRY.match(lines[first].text):
        return first
    j = first - 1
    while j >= 0:
        if kinds[j] == "blank":
            j -= 1
            continue
        if kinds[j] not in ("content", "heading") or not LIST_ENTRY.match(lines[j].text):
            break
        first, j = j, j - 1
    return first
