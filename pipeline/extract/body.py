"""Find the article proper inside raw text: front matter, captions, bios and teasers lie outside."""
import re
from dataclasses import dataclass, field
from itertools import accumulate

from pipeline.extract.body_patterns import (
    BIO, DATELINE_LEAD, FIRST_PERSON_BIO, LIST_ITEM, MAX_BIO, SUMMARY_LABEL, TEASER_HEADING, WIRE_CREDIT,
)
from pipeline.extract.body_islands import (
    MAX_DECK, after_head_island, before_tail_island, mark_box_points, mark_contents_entries,
)
from pipeline.extract.body_decks import skip_deck_under_title, skip_summary_over_run_in
from pipeline.extract.body_edges import mark_author_boxes
from pipeline.extract.body_kinds import classify_line, same_words, unwrapped
from pipeline.extract.body_records import answer_heads, before_record_close, first_record_turn
from pipeline.extract.body_wraps import back_to_list_start, extend_boxes, kicker_length, live_blog_stamps, rejoin_column_lines, without_trailing_mark
from pipeline.extract.body_blocks import starts_with_author_bio
from pipeline.extract.body_fronts import TITLE_DATELINE, back_to_lead_in, mark_profile_boxes, mark_author_tail, mark_self_notes, skip_front_box
from pipeline.extract.body_blocks import (
    join_lead_in, mark_about_boxes, mark_credited_captions, mark_endnotes, mark_tail_summaries, skip_deck_over_picture, without_trailing_credit,
)
from pipeline.extract.body_prose import ends_sentence, is_prose
from pipeline.extract.prose import SENTENCE_END, continues, is_hard_wrapped

BACK_KINDS = ("bio", "note", "contact", "back")
MIN_PROSE_BEFORE_BACK = 200  # characters of article prose after which back matter ends it wherever it sits on the page
MIN_PROSE_AFTER_BIO_LIKE = 2  # paragraphs of prose after a bio-like sentence or a note that make it part of the story
MAX_TEASER_WORDS = 14         # a teaser's headline
MAX_TEASER_SUMMARY = 300      # characters of the one sentence that may sum a teaser up under its headline
MIN_PROSE_AFTER_TEASER = 2   # paragraphs of prose after a teaser box that make it a box inside the article
MAX_LEAD_DEBRIS = 400  # characters of short lines (captions, decks) that may sit between the front matter and a datelined lead
MAX_STANDFIRST = 600   # characters of content (standfirst, abstract) that may precede the byline or date


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


@dataclass
class Body:
    start: int
    end: int
    excluded: list[tuple[int, int]] = field(default_factory=list)


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets; CR, LF and CRLF all end a line. (A line break after the last line opens no line.)"""
    if "\r" in text:
        return [Line(m.start(), m.start() + len(m.group(1)), m.group(1))
                for m in LINE.finditer(text) if m.group(1) or m.start() < len(text)]
    out, start = [], 0   # LF only (most pages): str.split, offsets summed (speed)
    for part in text.split("\n"):
        out.append(Line(start, start + len(part), part))
        start += len(part) + 1
    if out[-1].start == len(text):   # (the empty rest after a final line break, or of an empty text)
        out.pop()
    return out


LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def find_body(text: str, *, title: str | None = None, author: str | None = None) -> Body:
    """Locate the article proper.

    The body starts at the first content line after the last front-matter marker (title, byline,
    series header) in the first 40% of the text, and ends before the first back-matter marker
    (author bio, editor's note, contact block, agency credit line, a "Related articles" heading) in
    the second half: what follows such a marker (teasers of other articles, publisher addresses) is
    not the article. Captions, headings and page furniture ("Advertisement", "Read more: ...") in
    between are returned as excluded spans.
    """
    lines = split_lines(text)
    kinds = [classify_line(ln.text, title=title) for ln in lines]
    rejoin_column_lines(lines, kinds)
    mark_author_tail(lines, kinds, len(text) or 1, author)   # (without an author: the byline's)
    _mark_teaser_blocks(lines, kinds)
    mark_endnotes(lines, kinds, len(text) or 1)
    mark_credited_captions(lines, kinds)
    mark_about_boxes(lines, kinds)
    n = len(text) or 1
    _mark_summary_boxes(lines, kinds, n)
    extend_boxes(lines, kinds, hard_wrapped=is_hard_wrapped([ln.text for ln, k in zip(lines, kinds) if k == "content"]))
    mark_contents_entries(lines, kinds, n)
    mark_author_boxes(lines, kinds, n)
    mark_tail_summaries(lines, kinds, n)
    mark_self_notes(lines, kinds, n)
    mark_profile_boxes(lines, kinds, n)
    if author:   # the author's name alone on a line is a byline without 'By'
        for i, ln in enumerate(lines):
            if kinds[i] in ("heading", "content") and same_words(ln.text.strip(), author):   # (_norm ignores the spaces)
                kinds[i] = "byline"
    # front matter precedes the article: a marker after more text than a standfirst (a dated timeline entry,
    # a 'Published' line quoted in paragraph three) does not move the start
    # (in the first 40% of the page, or anywhere before the first prose: a long navigation header)
    prose = _prose_lines(lines, kinds)
    _keep_story_lines(lines, kinds, prose, author)
    _mark_first_person_bios(lines, kinds, prose, n)
    front, content_before, seen_prose = [], 0, False
    for i, k in enumerate(kinds):
        if k in ("title", "byline", "meta") and (lines[i].start < 0.4 * n or not seen_prose) \
                and content_before <= MAX_STANDFIRST:
            front.append(i)
        elif k == "content":
            content_before += len(lines[i].text)
        seen_prose = seen_prose or prose[i]
    # the article opens with a sentence: unpunctuated decks, logos and credits after the front matter are not it
    first_content = next((i for i, k in enumerate(kinds) if prose[i] and (not front or i > front[-1])), None)
    if first_content is None:   # no front matter found before any prose, or no prose at all
        first_content = next((i for i in range(len(kinds)) if prose[i]), None)
    if first_content is None:
        first_content = next((i for i, k in enumerate(kinds) if k == "content"), None)
    if first_content is None:
        return Body(0, 0, [])
    first_content = after_head_island(lines, kinds, prose, first_content, n,
                                      apart=live_blog_stamps(lines) | answer_heads(lines))
    first_content = skip_deck_under_title(lines, kinds, prose, first_content, front)
    first_content = _skip_standfirst_over_heading(lines, kinds, first_content, front)
    first_content, run_in = skip_summary_over_run_in(lines, kinds, prose, first_content, front)   # 'From X to Y. On ...'
    run_in_line = first_content if run_in else None
    first_content = skip_deck_over_picture(lines, kinds, first_content, front)
    first_content = _skip_to_datelined_lead(lines, kinds, first_content)
    first_content = join_lead_in(lines, kinds, first_content)
    first_content = back_to_lead_in(lines, kinds, skip_front_box(lines, kinds, back_to_list_start(lines, kinds, first_content)))
    first_content = first_record_turn(lines, first_content)   # a record's preamble ('The committee met, pursuant to notice, ...')
    back = _first_back_marker(lines, kinds, prose, first_content, n)
    # the article closes with a sentence: an unpunctuated teaser title or list item before the back matter is not it
    last_content = max((i for i in range(first_content, back) if prose[i]),
                       default=max((i for i in range(first_content, back) if kinds[i] == "content"), default=first_content))
    last_content = before_tail_island(lines, kinds, prose, first_content, last_content, n)
    last_content = before_record_close(lines, first_content, last_content, prose.__getitem__)   # 'Adjourned at 11:52 a.m.'
    start, end = lines[first_content].start, lines[last_content].end
    start += len(lines[first_content].text) - len(lines[first_content].text.lstrip())   # an indented first line: its words
    start += kicker_length(text[start:lines[first_content].end])   # 'LETTER | Last month ...': the label is not the article
    if first_content == run_in_line:   # (the section's run-in heading is a header)
        start = lines[first_content].start + run_in
    end = lines[last_content].start + len(without_trailing_credit(lines[last_content].text))   # '... (By Jane Roe)'
    excluded = [(lines[i].start, lines[i].end) for i in range(first_content, last_content)
                if kinds[i] in ("caption", "heading", "byline", "meta", "title", "note", "contact", "bio", "back", "furniture")]
    # the wire credit of a dateline names the publisher, not an actor: '(Bloomberg) -- ', 'TAIPEI (Reuters) - '
    credit = WIRE_CREDIT.match(lines[first_content].text)
    if credit:
        excluded.insert(0, (lines[first_content].start + credit.start(1), lines[first_content].start + credit.end(1)))
    return Body(start, end, excluded)


def _prose_lines(lines: list[Line], kinds: list[str]) -> list[bool]:
    """Per line: content that belongs to a prose paragraph. A paragraph the layout wraps over several lines (PDF
    page breaks, hard-wrapped text) is judged whole, and all its lines share the verdict. Linear in the lines."""
    out = [False] * len(lines)
    content = [i for i, kind in enumerate(kinds) if kind == "content"]
    wrapped = is_hard_wrapped([lines[i].text for i in content])
    start = 0
    for m, i in enumerate(content):
        nxt = content[m + 1] if m + 1 < len(content) else None
        # the next content line continues this paragraph only if nothing but blank lines lies between
        # -- or page furniture, when the sentence runs on in lower case: a running footer between the halves of a
        # sentence that a page break divided ('... arrange-' / footer / 'ments. ...')
        if nxt is not None and (all(kinds[k] == "blank" for k in range(i + 1, nxt))
                                or all(kinds[k] in ("blank", "furniture") for k in range(i + 1, nxt))
                                and lines[nxt].text.lstrip()[:1].islower()) \
                and not ends_sentence(lines[i].text.rstrip()) \
                and continues(lines[i].text, lines[nxt].text, blank_lines=nxt - i - 1, hard_wrapped=wrapped):
            continue
        paragraph = content[start:m + 1]
        verdict = is_prose(without_trailing_mark(without_trailing_credit(" ".join(lines[k].text for k in paragraph))))
        for k in paragraph:
            out[k] = verdict
        start = m + 1
    return out


def _first_back_marker(lines: list[Line], kinds: list[str], prose: list[bool], first: int, n: int) -> int:
    """The first back-matter line after the lead: in the second half of the page, or anywhere once the article has
    had some prose if the line is unambiguous back matter ('Reporting by ...', '(END)') -- a short article over a
    long tail of teasers and comments. A teaser heading ('Read more', 'Related') followed by more paragraphs of
    prose before any other back matter is a box inside the article (web layouts put one mid-text), not its end."""
    prose_before = list(accumulate((len(ln.text) if p else 0 for ln, p in zip(lines, prose)), initial=0))
    markers = [i for i, k in enumerate(kinds) if i > first and (k in BACK_KINDS and
               (lines[i].start >= 0.5 * n or k == "back" and prose_before[i] - prose_before[first] >= MIN_PROSE_BEFORE_BACK)
               or _closing_byline(lines, kinds, i, prose_before[i] - prose_before[first], n))]
    for m, i in enumerate(markers):
        if not TEASER_HEADING.match(unwrapped(lines[i].text)):
            return i
        stop = markers[m + 1] if m + 1 < len(markers) else len(lines)
        if _paragraphs(prose, i + 1, stop, lines) < MIN_PROSE_AFTER_TEASER:
            return i
    return len(lines)


def _closing_byline(lines: list[Line], kinds: list[str], i: int, prose_before: int, n: int) -> bool:
    """'Author: Jane Roe, Example Times Taipei Bureau', 'By Jane Roe' in the second half of the page after the
    article's prose: the author's credit that some sites print under the story, which closes it (what follows is the
    site's: pointers to other stories, the original's language, teasers). Never a line that reads as a sentence, nor
    one inside a paragraph: a hard-wrapped paragraph's line may open with 'by the ...' or 'By the end of ...'."""
    if kinds[i] != "byline":   # (asked of every line after the lead: the kind first)
        return False
    alone = all(j < 0 or j >= len(kinds) or kinds[j] == "blank" for j in (i - 1, i + 1))
    return alone and lines[i].start >= 0.5 * n and prose_before >= MIN_PROSE_BEFORE_BACK \
        and lines[i].text.lstrip()[:1].isupper() and not is_prose(lines[i].text)


def _paragraphs(prose: list[bool], lo: int, hi: int, lines: list[Line] | None = None) -> int:
    """Prose paragraphs among lines lo..hi: adjacent prose lines (no blank line between) are one paragraph that the
    layout wrapped -- a two-line site notice is not two paragraphs of story. With `lines`, a prose line that ends a
    sentence ends its paragraph even without a blank line after it: many scraped pages put one paragraph per line
    with no blank lines at all, and there every line is a paragraph."""
    return sum(1 for k in range(lo, hi) if prose[k] and not (
        k > lo and prose[k - 1] and not (lines and ends_sentence(lines[k - 1].text.rstrip()))))


def _skip_standfirst_over_heading(lines: list[Line], kinds: list[str], first: int, front: list[int]) -> int:
    """A short paragraph right after the byline, followed by the article's first section heading, is a
    standfirst (the magazine layout: byline, deck, 'A First Joint Drill', article): the body starts after the heading."""
    if not front or first < front[-1] or len(lines[first].text) > 400:
        return first
    nxt = [j for j in range(first + 1, len(kinds)) if kinds[j] != "blank"][:2]
    if len(nxt) == 2 and kinds[nxt[0]] == "heading" and kinds[nxt[1]] == "content" \
            and kinds[front[-1]] == "byline" and all(kinds[j] in ("blank", "heading") for j in range(front[-1] + 1, first)):
        kinds[first] = "meta"
        return nxt[1]
    return first


def _skip_to_datelined_lead(lines: list[Line], kinds: list[str], first: int) -> int:
    """A news lead opens with a dateline ('TOKYO - ...'): short lines just before it (a photo caption
    without a credit, a deck) are not the article."""
    debris = 0
    for j in range(first, len(kinds)):
        if debris > MAX_LEAD_DEBRIS:   # only short lines (a caption, a deck) may precede the lead
            return first
        if kinds[j] != "content":
            continue
        if DATELINE_LEAD.match(lines[j].text) or TITLE_DATELINE.match(lines[j].text):
            if j > first:
                for k in range(first, j):
                    if kinds[k] == "content":
                        kinds[k] = "caption"
            return j
        debris += len(lines[j].text)
    return first


def _mark_summary_boxes(lines: list[Line], kinds: list[str], n: int) -> None:
    """A summary box in the front matter ('THE ISSUE' over a paragraph) is not the article: the label and
    the paragraph under it are front matter."""
    prose_before = 0
    for i, kind in enumerate(kinds):
        # lines come in page order and prose_before only grows: past 40% of the page or a deck's worth of prose no
        # later line can open a box, so stop rather than judge the rest of the page's lines as prose
        if lines[i].start >= 0.4 * n:
            return
        if kind == "content" and is_prose(lines[i].text):
            prose_before += len(lines[i].text)
        # front matter precedes the article: a 'Key findings' section head after a paragraph of it is the article's
        if prose_before > MAX_DECK:
            return
        if kind not in ("heading", "meta") or not SUMMARY_LABEL.match(lines[i].text):
            continue
        kinds[i] = "meta"
        j = next((j for j in range(i + 1, len(kinds)) if kinds[j] != "blank"), None)
        if j is not None and kinds[j] == "content" and len(lines[j].text) <= MAX_STANDFIRST:
            mark_box_points(lines, kinds, j)


def _mark_teaser_blocks(lines: list[Line], kinds: list[str]) -> None:
    """The lines right after a 'Related:' / 'Read more' heading are teaser headlines, not the article:
    unpunctuated lines and list items up to the first blank line or full sentence -- or, in boxes that give each
    teaser a summary, headline-and-sentence pairs ('Tokyo protests new zone' over 'Beijing rejected the criticism.'),
    pair after pair."""
    for i, kind in enumerate(kinds):
        if kind not in ("back", "furniture") or not TEASER_HEADING.match(unwrapped(lines[i].text)):
            continue
        k, paired = _next_line(kinds, i + 1), False
        while k is not None and _is_teaser_pair(lines, kinds, k):
            kinds[k] = kinds[k + 1] = "furniture"
            k, paired = _next_line(kinds, k + 2), True
        if paired:
            continue
        for j in range(i + 1, len(kinds)):
            line = lines[j].text
            if kinds[j] == "blank" and j == i + 1:
                continue
            if kinds[j] in ("content", "heading") and (LIST_ITEM.match(line) or not SENTENCE_END.search(line.strip())):
                kinds[j] = "furniture"
            else:
                break


def _next_line(kinds: list[str], j: int) -> int | None:
    return next((k for k in range(j, len(kinds)) if kinds[k] != "blank"), None)


def _is_teaser_pair(lines: list[Line], kinds: list[str], k: int) -> bool:
    """A teaser: a short unpunctuated headline with one sentence of summary right under it, then a blank line."""
    if k + 1 >= len(kinds) or kinds[k] not in ("content", "heading") or kinds[k + 1] != "content":
        return False
    head, summary = lines[k].text.strip(), lines[k + 1].text.strip()
    return (not SENTENCE_END.search(head) and len(head.split()) <= MAX_TEASER_WORDS and SENTENCE_END.search(summary)
            and len(summary) <= MAX_TEASER_SUMMARY and (k + 2 == len(kinds) or kinds[k + 2] == "blank"))


def _keep_story_lines(lines: list[Line], kinds: list[str], prose: list[bool], author: str | None) -> None:
    """'Lee is a member of the ruling party.' reads like an author bio but identifies someone in the story, and
    '(Note: the figures exclude Hong Kong.)' is a note inside it, when more paragraphs of prose follow before any
    other back matter: a bio or an editor's note closes the article, so at most one stray paragraph (a publisher's
    blurb) follows it. The bio-like sentence is the story's; the note stays cut out but no longer ends the article.
    The known author's bio always ends the article."""
    for i, kind in enumerate(kinds):
        if kind == "bio" and not (author and starts_with_author_bio(lines[i].text, author)) and BIO.match(lines[i].text):
            keep = ("content", is_prose(lines[i].text))
        elif kind == "note":
            keep = ("caption", False)
        else:
            continue
        stop = next((j for j in range(i + 1, len(kinds)) if kinds[j] in BACK_KINDS), len(kinds))
        after = _paragraphs(prose, i + 1, stop, lines)
        # (a bio before any prose is the writer's line over the article: 'The writer is a former diplomat.')
        if after >= MIN_PROSE_AFTER_BIO_LIKE and (kind == "note" or any(prose[:i])):
            kinds[i], prose[i] = keep


def _mark_first_person_bios(lines: list[Line], kinds: list[str], prose: list[bool], n: int) -> None:
    """'I am a researcher at ...' in the last quarter of the page, with at most one prose paragraph after it, is the
    author's bio in the first person: back matter. (Earlier, or followed by more prose, it is an op-ed speaking.)"""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].start < 0.75 * n:
            return
        if kinds[i] == "content" and len(lines[i].text) < MAX_BIO and FIRST_PERSON_BIO.match(lines[i].text) \
                and _paragraphs(prose, i + 1, len(prose), lines) <= 1:
            kinds[i], prose[i] = "bio", False
