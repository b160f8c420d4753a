"""Blocks of page debris that body detection marks line by line (used by pipeline.extract.body): lead-in lines that
open the article (a dateline or a speaker's label alone over the lead), summary boxes after it, endnote blocks,
picture credits with their captions. Each function takes the page's lines and their kinds and edits the kinds."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.body_patterns import (
    AGENCY_SIGNOFF, CAPTION_VERB, CITATION, ENDNOTE, FOOTNOTE_RULE, INNER_SENTENCE_END, LEAD_IN, MAX_ENDNOTE, MAX_SIGNOFF,
    STANDALONE_CREDIT, SUMMARY_BOX, YEAR,
)
from pipeline.extract.prose import TURN_LABEL

if TYPE_CHECKING:   # body.py imports this module
    from pipeline.extract.body import Line

QUOTE_MARK = re.compile(r"[\"“”]")
# the reporters' credit a wire appends to the last paragraph after its full stop: '... of flights." (By Jane Roe and
# John Doe)', '... he said. (Reporting by Jane Roe; Editing by John Doe)'. The paragraph is the article's; its credit is not
TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"’])[ \t]+\((?:By|(?:Additional[ \t]+)?[Rr]eporting[ \t]+by|Writing[ \t]+by|Reported[ \t]+by)"
                             r"[ \t][^()\n]{2,200}\)[ \t]*$")


# the only lower-case words of a credit (names otherwise): '(By contrast, Japan did not.)' is the text's own aside
_CREDIT_WORDS = frozenset("and in by editing reporting writing additional the newsroom from with of bureau staff".split())


# '... to date. – Example.com', '... he said. —Example.net': the site signing its story off after the last sentence
SITE_SIGNOFF = re.compile(r"(?<=[.!?”\"’])[ \t]+[–—\-]{1,2}[ \t]*[A-Z][\w\-]*(?:\.[a-z]{2,4}){1,2}[ \t]*$")


def without_trailing_credit(line: str) -> str:
    """The line without a wire's trailing reporters' credit or a site's or agency's sign-off (the whole line when it has
    none)."""
    # (both end the line: a sign-off on a domain's lower-case letters, a credit on its bracket -- tested first, speed)
    last = line.rstrip(" \t\n")[-1:]
    if "a" <= last <= "z" and (signoff := SITE_SIGNOFF.search(line)) is not None:
        return line[:signoff.start()]
    # (an agency sign-off is short: searched in the line's last characters, and only after a dash -- speed)
    if last.isalpha() and ("—" in line[-MAX_SIGNOFF:] or "–" in line[-MAX_SIGNOFF:] or "-" in line[-MAX_SIGNOFF:]) \
            and (signoff := AGENCY_SIGNOFF.search(line, max(0, len(line) - MAX_SIGNOFF))) is not None:
        return line[:signoff.start()]
    m = TRAILING_CREDIT.search(line) if last == ")" else None
    if m is None or any(w[:1].islower() and w.casefold() not in _CREDIT_WORDS
                        for w in re.findall(r"[^\W\d_][\w'’\-]*", m.group(0))[1:]):
        return line
    return line[:m.start()]


def join_lead_in(lines: list[Line], kinds: list[str], first: int) -> int:
    """The article's first line, given its first prose line: a dateline alone on the line above ('TAIPEI —') or a
    speaker's label alone above the first turn of a transcript ('JANE ROE, HOST:') introduces that paragraph and is
    the article's first words (at most one blank line between). Not when the lead carries its own label."""
    j, blanks = first - 1, 0
    while j >= 0 and kinds[j] == "blank":
        j, blanks = j - 1, blanks + 1
    if j < 0 or blanks > 1 or kinds[j] not in ("heading", "content") or not LEAD_IN.match(lines[j].text) \
            or TURN_LABEL.match(lines[first].text):
        return first
    kinds[j] = "content"
    return j


def mark_tail_summaries(lines: list[Line], kinds: list[str], n: int) -> None:
    """A summary box is not the article wherever the layout puts it: before it (front matter, see ABSTRACT) or, in
    the second half of the page, after it ('The main point: ...', 'Key takeaways: ...') -- there it is a note,
    which ends the article unless more paragraphs of prose follow."""
    for i, kind in enumerate(kinds):
        if kind == "meta" and lines[i].start >= 0.5 * n and SUMMARY_BOX.match(lines[i].text):
            kinds[i] = "note"


MAX_NOTE_LINES = 3   # lines of one wrapped endnote


def mark_endnotes(lines: list[Line], kinds: list[str], n: int) -> None:
    """A block of numbered notes after the article ('1 Joint statement of ..., March 2, 2019.', '2. "Title," Outlet,
    2020.'), with or without a 'Notes' heading: two or more lines numbered 1, 2, 3 ... in turn (blank lines between
    allowed), each a short citation with a year (a quoted title, a link or comma-separated source and date), in the
    second half of the page. Back matter: the article ends before. A numbered list of the article's own points
    ('1. Set up a hotline by 2026.') cites nothing and stays. Under a footnote rule ('_______') the notes are a page's
    footnotes: numbered from any number on (the last page of a paper prints notes 14, 15), each with a year, and when
    they cite in no form the citation test knows, they end the article only at the end of the page."""
    i = 0
    while i < len(lines):
        m = ENDNOTE.match(lines[i].text) if lines[i].start >= 0.5 * n else None   # (the half first: speed)
        if not m:
            i += 1
            continue
        above = next((j for j in range(i - 1, -1, -1) if kinds[j] != "blank"), None)
        ruled = above is not None and FOOTNOTE_RULE.match(lines[above].text) is not None
        if m.group(1) != "1" and not ruled:
            i += 1
            continue
        run, expected, j = [], int(m.group(1)), i
        loose = expected != 1   # a run that only the rule makes notes: the page's footnotes
        while j < len(lines):
            if kinds[j] == "blank":
                j += 1
                continue
            m = ENDNOTE.match(lines[j].text)
            # a note the page wraps over lines ('2  Memorandum on ..., Example' / '   Association, 2024.') is judged whole
            k = j + 1
            while k < len(lines) and k - j <= MAX_NOTE_LINES and kinds[k] != "blank" and not ENDNOTE.match(lines[k].text):
                k += 1
            note = " ".join(lines[x].text.strip() for x in range(j, k))
            if not m or int(m.group(1)) != expected or len(note) > MAX_ENDNOTE or not YEAR.search(note) \
                    or not (ruled or CITATION.search(note)):
                break
            loose = loose or not CITATION.search(note)
            run.extend(range(j, k))
            expected += 1
            j = k
        # (the footnotes of a page inside the paper, with more of the article after them, lie inside the body)
        if loose and any(kinds[k] == "content" for k in range(j, len(kinds))):
            run = []
        if len(run) >= 2:
            for k in run:
                kinds[k] = "back"
        i = max(j, i + 1)


def mark_credited_captions(lines: list[Line], kinds: list[str]) -> None:
    """A standalone picture credit ('Photo: AFP') sits next to its caption, printed on a line of its own:
    the neighbouring short line that describes a picture in the present tense ('X answers questions at ...')."""
    for i, kind in enumerate(kinds):
        if kind != "caption" or not STANDALONE_CREDIT.match(lines[i].text):
            continue
        for step in (1, -1):     # one caption per credit: the line after it, else the line before
            j = i + step
            while 0 <= j < len(kinds) and kinds[j] == "blank":
                j += step
            # a caption is one sentence: a paragraph of two that says someone 'sits' or 'speaks' is the article's lead
            if 0 <= j < len(kinds) and kinds[j] == "content" and len(lines[j].text) < 300 \
                    and CAPTION_VERB.search(lines[j].text) and not QUOTE_MARK.search(lines[j].text) \
                    and not INNER_SENTENCE_END.search(lines[j].text):
                kinds[j] = "caption"
                break


MAX_DECK = 400   # characters of a deck (standfirst): one or two sentences that sum the story up under its title


def skip_deck_over_picture(lines: list[Line], kinds: list[str], first: int, front: list[int]) -> int:
    """Magazine and portal pages print title, byline, a deck (standfirst), then the lead picture with its credit
    ('Photo: ...') and only then the article. A short paragraph right after the front matter whose next line is a
    picture credit, with a paragraph of content after the credit, is that deck: the body starts after the credit.
    (A lead paragraph over an inline picture is followed by its caption, not a bare credit line, and is never the
    only paragraph between the byline and the picture.)"""
    if not front or first < front[-1] or kinds[first] != "content" or len(lines[first].text) > MAX_DECK:
        return first
    nxt = [j for j in range(first + 1, len(kinds)) if kinds[j] != "blank"][:2]
    if len(nxt) == 2 and nxt[0] > first + 1 and kinds[nxt[0]] == "caption" and STANDALONE_CREDIT.match(lines[nxt[0]].text) \
            and kinds[nxt[1]] == "content":
        kinds[first] = "meta"
        return nxt[1]
    return first


def starts_with_author_bio(line: str, author: str) -> bool:
    """'Cathy Fang is a ...', '(Dr. Kotani is ...)', 'Jane Roe covers security for ...': a line opening with the
    known author's full name and a verb, or one of the author's names and 'is'/'was'. The author field may list
    several people ('A; B', 'A, B', 'A and B')."""
    head = HONORIFIC_OPENING.sub("", line)
    full_names, openings = _author_bio_openings(author)
    return any(head.startswith(full) and BIO_VERB.match(head, len(full)) for full in full_names) or head.startswith(openings)


HONORIFIC_OPENING = re.compile(r"^\s*\(?\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?")
# what follows a full name that opens an author bio
BIO_VERB = re.compile(r"\s+(?:is|was|has|covers|writes|reports|teaches|researches|works|served|serves|specializes|specialises)\b")


@lru_cache(maxsize=256)
def _author_bio_openings(author: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Per author field (once per document, not once per line): its people's full names (two words or more), which
    open a bio when a verb follows (BIO_VERB), and the openings '<name> is ' / '<name> was ' for each of their names
    longer than two characters. A line opens an author bio when either matches (the tests are alternatives: order
    does not change the answer). (Plain strings, not a pattern compiled per author: most authors write one page.)"""
    fulls = [n.strip() for n in re.split(r"\s*(?:;|,|\band\b)\s*", author)]
    openings = tuple(f"{name} {verb} " for full in fulls for name in full.split() if len(name) > 2 for verb in ("is", "was"))
    return tuple(full for full in fulls if len(full.split()) >= 2), openings


# a boilerplate box's heading: 'About Example Robotics Co., Ltd.', 'About the University of X', 'About Jane Roe'
ABOUT_HEADING = re.compile(r"^\s*about\s+(?:the\s+)?(?-i:([A-Z][\w&'’\-]*))[\w.,&'’\- ]{0,80}$", re.IGNORECASE)
MAX_ABOUT_WORDS = 8
# how a company's or institution's boilerplate opens when it does not open with its name: 'Founded in 2016, ...'
FOUNDING = re.compile(r"^\W*(?:founded|established|headquartered|based|incorporated)\b", re.IGNORECASE)


def mark_about_boxes(lines: list[Line], kinds: list[str]) -> None:
    """Press releases, reports and columns close with boilerplate: 'About <company>' over a paragraph on it ('Founded
    in 2016, Example Robotics develops ...'), 'About <author>' over the author's bio. The heading and its paragraph are
    a bio (back matter in the second half of the page) when the paragraph names the heading's subject in its opening
    words or opens with the founding: a crosshead 'About Taiwan' over the story's next paragraph does neither."""
    for i, kind in enumerate(kinds):
        m = ABOUT_HEADING.match(lines[i].text) if kind in ("content", "heading") else None
        if m is None or len(lines[i].text.split()) > MAX_ABOUT_WORDS:
            continue
        j = next((j for j in range(i + 1, len(kinds)) if kinds[j] != "blank"), None)
        if j is not None and kinds[j] == "content" and (m.group(1) in lines[j].text[:80] or FOUNDING.match(lines[j].text)):
            kinds[i] = kinds[j] = "bio"
