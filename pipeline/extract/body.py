"""Find the article proper inside raw text: front matter, captions, bios and teasers lie outside."""
import re
from dataclasses import dataclass, field

from pipeline.extract.prose import SENTENCE_END, continues, is_bracketed, is_prose

CAPTION = re.compile(
    r"(?:^|\s)(?:photo|photograph|image|picture|illustration|graphic|video|file photo)s?"
    r"(?:\s+(?:source|credit)s?)?\s*:\s*\S|^\s*(?:credit|source)s?\s*:|\(photo(?:graph)?\s+by\b|"
    # '[Photo] Koizumi speaks ...', '(Image) ...': a caption marked at its start
    r"^\s*[\[(]\s*(?:photo|photograph|image|picture|video|file photo|graphic)s?\s*[\])]|"
    # a credit closing the line: '[Photo/Agencies]', '(Official White House Photo)', '(©Sankei by X)', '... Credit: Depositphotos'
    r"[\[(]\s*(?:©|photo\b|image\b|credit\b|courtesy\b)[^\])]{0,80}[\])]\s*$|[\[(][^\])]{0,60}\b(?:photo|image)s?\s*[\])]\s*$|"
    r"(?:^|[.!?]\s+)(?:credit|courtesy|image\s+source)s?\s*:\s*[^.!?]{1,80}$|"
    # 'Image source, Getty Images', 'Image caption, Chinese ships ...'
    r"^\s*(?:image|picture|photo|video)\s+(?:source|caption|credit)\s*[,:]|"
    # AP-style caption prefix: 'FILE - Taiwan's Foreign Minister speaks ...', 'IN THIS PHOTO - ...'
    r"^\s*(?-i:FILE|IN THIS (?:PHOTO|IMAGE)|THIS PHOTO)\s*[-–—:]\s",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\s*(?i:by|text by|written by|words by|authors?\s*:)\s*[A-Za-z][\w.'’\-, /|]{1,80}$|^\s*\(\s*(?i:by)\s+[^()]{1,60}\)\s*$|"
    # 'HARUKI MORISHITA and LIN YU-CHEN, Nikkei staff writers', 'Jane Roe, Tokyo correspondent'
    # 'Sakamoto Ryōta [Profile]': a name with a link to the author's page
    r"^\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s*[\[(](?i:profile|bio|more|author\s+page)[\])]\s*$|"
    r"^\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})?,"
    r"\s+(?:[\w'’\-]+\s+){0,3}(?i:(?:staff\s+)?(?:writers?|reporters?|correspondents?|contributors?|editors?))\s*$")
# 'Published: ...', 'chinadaily.com.cn | Updated: 2021-03-18 07:51'
DATELINE_META = re.compile(r"^\s*(?:[^|\n]{1,60}\|\s*)?(?:published|updated|posted|last updated)\b.{0,80}$", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# An abstract or summary box before the article: 'Executive Summary: ...', 'Abstract: ...'
ABSTRACT = re.compile(r"^\s*(?:date(?:\s+and\s+time)?|time|place|venue|location|speakers?|participants?|moderator)\s*:\s*\S.{0,100}$|"
                      r"^\s*(?:executive\s+summary|summary|abstract|key\s+(?:points|takeaways)|in\s+brief|tl;?dr)\s*[:.\-–—]", re.IGNORECASE)
# A label on a line of its own that introduces a summary box before the article: 'THE ISSUE', 'Key points'
SUMMARY_LABEL = re.compile(r"^\s*(?:the\s+issue|key\s+(?:points|takeaways|findings)|at\s+a\s+glance|highlights|in\s+brief|"
                           r"executive\s+summary|summary|abstract|tl;?dr)\s*:?\s*$", re.IGNORECASE)
EDITOR_NOTE = re.compile(r"^\s*[*(]?\s*(?:this\s+is\s+an?\s+(?:provisional|tentative|unofficial)\s+translation\b|editor[’']?s?[’']?\s+note\b|disclaimer\s*:|the\s+(?:views|opinions)\s+expressed\b)", re.IGNORECASE)
BIO_ROLE = (
    r"analyst|professor|fellow|researcher|director|editor|journalist|correspondent|writer|author|"
    r"lecturer|scholar|student|candidate|chair|chairman|president|member|officer|consultant|reporter|"
    r"adviser|advisor|associate|expert|contributor|columnist|head|founder|partner|specialist|scientist"
)
BIO = re.compile(
    r"^\s*[-–—*_]*\s*\(?\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+"
    rf"(?:is|was|serves as|works as)\s+(?:a|an|the)?\s*(?:[\w\-]+\s+){{0,4}}(?i:{BIO_ROLE})\b|"
    # 'The author is a professor at ...', '— The writers are researchers ...'
    rf"^\s*[-–—*_]*\s*\(?\s*(?i:the\s+(?:author|writer)s?\s+(?:is|are|was|were))\s+(?:a|an|the)?\s*(?:[\w\-]+\s+){{0,4}}(?i:{BIO_ROLE})",
)
CONTACT = re.compile(
    r"^\s*<?https?://\S+>?\s*$|^\s*(?:tel|fax|phone|e-?mail)\s*[:.]|\b(?:tel|fax)\s*:\s*[\d+]|"
    r"^\s*no\.\s*\d+,\s*(?:lane|sec|alley)\b|^\s*[\[(]?\s*(?:copyright|©|all rights reserved)",
    re.IGNORECASE,
)
# Agency picture credits that end a caption line: "REUTERS/Issei Kato", "(AP Photo/Eugene Hoshiko)",
# "Photo by X/AFP via Getty Images", "[Photo/Xinhua]", "Photo taken ... (Kyodo)".
AGENCY_CREDIT = re.compile(
    r"\b(?:AP|AFP|EPA|EPA-EFE|Reuters|REUTERS|Kyodo|KYODO|Xinhua|XINHUA|Yonhap|Bloomberg|Jiji|CNA|Getty Images)"
    r"(?:\s+Photo)?\s*/\s*[A-Z][\w.'’\-]+|\bvia Getty Images\b|^\s*\[?\s*(?:photo|image|file)\s*/\s*\w+\s*\]?\s*$|"
    r"^\s*photo\s+(?:taken|shows|provided)\b",
    re.IGNORECASE,
)
# What only a caption says of its picture: '... are seen in this undated file photo.', 'In this photo released by ...'
CAPTION_PHRASE = re.compile(r"\b(?:in\s+this\s+(?:undated\s+)?(?:file\s+)?(?:photo|photograph|picture|image|handout)|"
                            r"(?:an?\s+)?undated\s+(?:file\s+)?(?:photo|photograph|picture|image|handout))\b", re.IGNORECASE)
MAX_CAPTION_PHRASE_LINE = 250   # a caption is one short line; a paragraph that mentions a photo is longer
# Back matter of web pages: once the article is over, what follows is not the article (teasers,
# agency credits, newsletter boxes). A standalone "Related articles" heading or a credit line ends
# the body in its second half; inline "Read more: ..." teasers and page furniture are cut out.
BACK_MATTER = re.compile(
    r"^\s*(?:related(?:\s+(?:articles?|stories|news|coverage|content|reading))?|more\s+(?:from|on|stories|news)\b.{0,40}|"
    r"recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)(?:\s+(?:from|on|in)\s+.{1,30})?|read\s+(?:more|next|also)|also\s+read|see\s+also|you\s+(?:may|might)\s+also\s+like|"
    r"further\s+reading|latest\s+(?:news|stories)|about\s+the\s+authors?|comments?|\d+\s+comments?)\s*:?\s*$|"
    r"^\s*\(\s*(?:end|ends)\s*\)\s*$|^\s*(?:-\s*30\s*-|###|-?\s*ends?\s*-)\s*$|^\s*related\s+links\s*:?\s*$|"
    r"^\s*-*\s*with\s+assistance\s+from\b|^\s*to\s+contact\s+the\s+(?:reporters?|authors?|editors?)\b|"
    r"^\s*\(?\s*originally\s+(?:written|published)\s+in\b|^\s*reprints?\s*(?:&|and)\s*permissions\b|"
    r"^\W*\s*this\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended|edited)\b|"
    r"^\s*(?:leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|comment\s+policy)\b|"
    r"^\s*\(?\s*(?:additional\s+)?(?:reporting|editing|writing|translated|translation|compiled|edited)\s+by\b|"
    # 'Associated Press writer X in Beijing contributed to this report.'
    r"^.{0,120}?\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b|^.{0,120}?\bcontributed\s+reporting\b|^\s*our\s+standards\s*:|"
    r"^\s*(?:related\s+)?(?:tags?|topics?|filed\s+under)\s*:|"
    # 'Editor: Li Xiang', 'Newsletter: ...'; '(This article is based on ...)'; endnotes ('Notes', '[1] Xinhua, ...')
    r"^\s*(?:editor|editors|newsletter)\s*:\s*\S.{0,100}$|"
    r"^\s*\(?\s*this\s+(?:article|story|report)\s+(?:is|was|has\s+been)\s+(?:based\s+on|adapted|translated|first\s+published|"
    r"originally)\b|^\s*(?:notes|endnotes|footnotes|references|sources)\s*:?\s*$|^\s*\[1\]\s+\S",
    re.IGNORECASE,
)
TEASER_HEADING = re.compile(
    r"^\s*(?:related(?:\s+(?:articles?|stories|news|coverage|content|reading))?|read\s+(?:more|next|also)|also\s+read|"
    r"see\s+also|more\s+(?:from|on|stories|news)\b.{0,40}|recommended(?:\s+for\s+you)?|further\s+reading|related\s+links|"
    r"most\s+(?:read|popular|viewed)(?:\s+(?:from|on|in)\s+.{1,30})?)\s*:?\s*$",
    re.IGNORECASE)
PAGE_FURNITURE = re.compile(
    r"^\s*(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related)\s*[:|>»-]\s*\S|"
    r"^\s*(?:advertisement|advertising|sponsored(?:\s+content)?|share(?:\s+this(?:\s+article)?)?|"
    r"listen\s+to\s+this\s+article|click\s+to\s+enlarge|\d+\s+min(?:ute)?s?\s+read)\s*$|"
    r"^\s*home\s*[>»/|›]\s*\w|"     # breadcrumbs: 'Home > News > Asia'

    r"^\s*(?:sign\s+up|subscribe)\b.{0,120}$|^\s*share\b.{0,40}\b(?:facebook|twitter|linkedin|e-?mail|whatsapp)\b.{0,80}$|"
    # subscription prompts: 'Enjoying this article? Click here to subscribe ...'
    r"^(?=.{0,200}$).*(?:\b(?:click|tap)\s+here\b|\bsubscribe\s+(?:now|today|here|for\s+(?:full|unlimited))\b|^\s*enjoying\s+this\s+article\b)|^\s*follow\s+(?:us|\w+(?:\s+\w+)?)\s+on\s+"
    r"(?:twitter|x|facebook|instagram|linkedin|telegram)\b|^\s*=+\s*(?:kyodo|jiji)\s*$",
    re.IGNORECASE,
)
# Teaser list items: '- Rapidus breaks ground ...', '• ...'
LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]\s+|・\s*)\S")
# 'Photo: AFP', 'Photo courtesy of X', 'Image: Reuters' alone on a line
STANDALONE_CREDIT = re.compile(r"^\s*(?:photo|photograph|image|picture|file photo)s?(?:\s+(?:credit|source|courtesy))?\s*(?::|courtesy\b|by\b)"
                               r"[^.!?]{1,60}$", re.IGNORECASE)
# the present tense of picture captions: 'X answers questions at ...', 'Ships are seen ...'
# (verbs only: 'talks', 'visits', 'patrols' are nouns as often)
CAPTION_VERB = re.compile(r"\b(?:speaks|answers|attends|arrives|waves|looks\s+on|walks|listens|poses|shakes\s+hands|"
                          r"gestures|delivers|greets|inspects|sits|salutes|sails|takes\s+part|(?:is|are)\s+seen|watches|celebrates)\b")
# An author box after the article: a name in capitals on its own line over a role ('SATO JUN\nSenior fellow at ...')
CAPS_NAME = re.compile(r"^\s*[A-Z][A-Z.'’\-ŌŪĀĒĪ]+(?:\s+[A-Z][A-Z.'’\-ŌŪĀĒĪ]+){1,3}\s*$")
ROLE_OPENING = re.compile(rf"^\s*(?:(?:senior|visiting|former|associate|assistant|adjunct|research|non-?resident|deputy|chief)\s+)*(?i:{BIO_ROLE})s?\b",
                          re.IGNORECASE)
# A lead paragraph opened by a dateline: 'TOKYO - ', 'TAIPEI--', 'NAHA, Japan (AP) — ', '(Bloomberg) -- '
DATELINE_LEAD = re.compile(r"^\s*(?:(?-i:[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,2})(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
                           r"(?:\s*\([A-Z][\w .&]{1,30}\))?|\([A-Z][\w .&]{1,30}\))\s*(?:-{1,2}|–|—)\s*\S")
WIRE_CREDIT = re.compile(r"^\s*(?:(?-i:[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,2})(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s*)?"
                         r"(\([A-Z][\w .&]{1,30}\)\s*(?:-{1,2}|–|—))\s*\S")
# a date inside a short unpunctuated line is a dateline of the page, not a sentence: 'First published on Tue 25 Sep 2012',
# 'Data cutoff: January 21, 2026', 'Posted 3 March 2024 by the desk'
DATE_IN_LINE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})\b",
                          re.IGNORECASE)
MAX_DATED_LINE_WORDS = 12
# columns set apart by a run of spaces: a PDF running head or footer ('2      Example Brief  •  Issue 11'), a toolbar
# ('Print   Close   Share'); prose has single spaces
LAYOUT_GAP = re.compile(r"\S(?:[ \t\u00a0]{3,}|\t)\S")
BACK_KINDS = ("bio", "note", "contact", "back")
MIN_PROSE_BEFORE_BACK = 200  # characters of article prose after which back matter ends it wherever it sits on the page
MIN_PROSE_AFTER_TEASER = 2   # paragraphs of prose after a teaser box that make it a box inside the article
MAX_LEAD_DEBRIS = 400  # characters of short lines (captions, decks) that may sit between the front matter and a datelined lead
QUOTE_MARK = re.compile(r"[\"“”]")
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
    """Lines with their offsets; CR, LF and CRLF all end a line."""
    return [Line(m.start(), m.start() + len(m.group(1)), m.group(1))
            for m in re.finditer(r"([^\r\n]*)(?:\r\n|\r|\n|$)", text) if m.group(1) or m.start() < len(text)]


def _unwrapped(s: str) -> str:
    """'＜Related＞' -> 'Related': a label inside brackets."""
    return s.strip().strip("[]【】＜＞<>{}").strip()


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def classify_line(line: str, *, title: str | None = None) -> str:
    """One of: blank, caption, byline, meta, title, note, bio, contact, back, furniture, heading, content."""
    stripped = line.strip()
    if not stripped:
        return "blank"
    if title and _norm(stripped) == _norm(title):
        return "title"
    if BYLINE.match(stripped) and len(stripped) < 90:
        return "byline"
    if BACK_MATTER.match(stripped) and len(stripped) < 200:   # before captions: '(Originally written in X. Banner photo: ...)'
        return "back"
    if (CAPTION.search(stripped) or AGENCY_CREDIT.search(stripped)) and len(stripped) < 500 \
            or CAPTION_PHRASE.search(stripped) and len(stripped) < MAX_CAPTION_PHRASE_LINE:
        return "caption"
    if PAGE_FURNITURE.match(stripped) and len(stripped) < 200:
        return "furniture"
    if DATELINE_META.match(stripped) or ABSTRACT.match(stripped):
        return "meta"
    if EDITOR_NOTE.match(stripped):
        return "note"
    if CONTACT.search(stripped):
        return "contact"
    if BIO.match(stripped) and len(stripped) < 400 and stripped.count(". ") <= 2:
        return "bio"
    if LAYOUT_GAP.search(stripped) and not SENTENCE_END.search(stripped):   # running head, page footer, toolbar
        return "furniture"
    if is_bracketed(stripped):     # '[Image: ...]', '＜Related＞': set apart from the text
        return "back" if TEASER_HEADING.match(_unwrapped(stripped)) else "caption"
    if not SENTENCE_END.search(stripped) and len(stripped.split()) <= MAX_DATED_LINE_WORDS and DATE_IN_LINE.search(stripped):
        return "meta"
    if not SENTENCE_END.search(stripped) and len(stripped.split()) <= 8:
        return "heading"
    return "content"


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
    if author:
        for i, ln in enumerate(lines):
            if kinds[i] == "content" and ln.start > len(text) * 0.5 and _starts_with_author_bio(ln.text, author):
                kinds[i] = "bio"
    _mark_teaser_blocks(lines, kinds)
    _mark_credited_captions(lines, kinds)
    n = len(text) or 1
    _mark_summary_boxes(lines, kinds, n)
    _mark_author_boxes(lines, kinds, n)
    if author:   # the author's name alone on a line is a byline without 'By'
        for i, ln in enumerate(lines):
            if kinds[i] in ("heading", "content") and _norm(ln.text) == _norm(author):
                kinds[i] = "byline"
    # front matter precedes the article: a marker after more text than a standfirst (a dated timeline entry,
    # a 'Published' line quoted in paragraph three) does not move the start
    # (in the first 40% of the page, or anywhere before the first prose: a long navigation header)
    prose = _prose_lines(lines, kinds)
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
    first_content = _skip_standfirst_over_heading(lines, kinds, first_content, front)
    first_content = _skip_to_datelined_lead(lines, kinds, first_content)
    back = _first_back_marker(lines, kinds, prose, first_content, n)
    # the article closes with a sentence: an unpunctuated teaser title or list item before the back matter is not it
    last_content = max((i for i in range(first_content, back) if prose[i]),
                       default=max((i for i in range(first_content, back) if kinds[i] == "content"), default=first_content))
    start, end = lines[first_content].start, lines[last_content].end
    excluded = [(lines[i].start, lines[i].end) for i in range(first_content, last_content)
                if kinds[i] in ("caption", "heading", "byline", "meta", "title", "note", "contact", "bio", "back", "furniture")]
    # the wire credit of a dateline names the publisher, not an actor: '(Bloomberg) -- ', 'TAIPEI (Reuters) - '
    credit = WIRE_CREDIT.match(lines[first_content].text)
    if credit:
        excluded.insert(0, (start + credit.start(1), start + credit.end(1)))
    return Body(start, end, excluded)


def _prose_lines(lines: list[Line], kinds: list[str]) -> list[bool]:
    """Per line: content that belongs to a prose paragraph. A paragraph the layout wraps over several lines (PDF
    page breaks, hard-wrapped text) is judged whole, and all its lines share the verdict. Linear in the lines."""
    out = [False] * len(lines)
    content = [i for i, kind in enumerate(kinds) if kind == "content"]
    start = 0
    for m, i in enumerate(content):
        nxt = content[m + 1] if m + 1 < len(content) else None
        # the next content line continues this paragraph only if nothing but blank lines lies between
        if nxt is not None and all(kinds[k] == "blank" for k in range(i + 1, nxt)) \
                and continues(lines[i].text, lines[nxt].text, blank_lines=nxt - i - 1):
            continue
        paragraph = content[start:m + 1]
        verdict = is_prose(" ".join(lines[k].text for k in paragraph))
        for k in paragraph:
            out[k] = verdict
        start = m + 1
    return out


def _first_back_marker(lines: list[Line], kinds: list[str], prose: list[bool], first: int, n: int) -> int:
    """The first back-matter line after the lead: in the second half of the page, or anywhere once the article has
    had some prose if the line is unambiguous back matter ('Reporting by ...', '(END)') -- a short article over a
    long tail of teasers and comments. A teaser heading ('Read more', 'Related') followed by more paragraphs of
    prose before any other back matter is a box inside the article (web layouts put one mid-text), not its end."""
    prose_chars = [len(ln.text) if p else 0 for ln, p in zip(lines, prose)]
    markers = [i for i, k in enumerate(kinds) if i > first and k in BACK_KINDS and
               (lines[i].start >= 0.5 * n or k == "back" and sum(prose_chars[first:i]) >= MIN_PROSE_BEFORE_BACK)]
    for m, i in enumerate(markers):
        if not TEASER_HEADING.match(_unwrapped(lines[i].text)):
            return i
        stop = markers[m + 1] if m + 1 < len(markers) else len(lines)
        if sum(prose[i + 1:stop]) < MIN_PROSE_AFTER_TEASER:
            return i
    return len(lines)


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
        if DATELINE_LEAD.match(lines[j].text):
            if j > first:
                for k in range(first, j):
                    if kinds[k] == "content":
                        kinds[k] = "caption"
            return j
        debris += len(lines[j].text)
    return first


def _mark_author_boxes(lines: list[Line], kinds: list[str], n: int) -> None:
    """In the second half, a name in capitals over a line opening with a role ('Researcher specializing in ...')
    is the author box: a bio, which ends the article."""
    for i, kind in enumerate(kinds):
        if lines[i].start < 0.5 * n or kind != "heading" or not CAPS_NAME.match(lines[i].text):
            continue
        j = next((j for j in range(i + 1, len(kinds)) if kinds[j] != "blank"), None)
        if j is not None and kinds[j] == "content" and ROLE_OPENING.match(lines[j].text):
            kinds[i] = kinds[j] = "bio"


def _mark_summary_boxes(lines: list[Line], kinds: list[str], n: int) -> None:
    """A summary box in the front matter ('THE ISSUE' over a paragraph) is not the article: the label and
    the paragraph under it are front matter."""
    for i, kind in enumerate(kinds):
        if lines[i].start >= 0.4 * n or kind not in ("heading", "meta") or not SUMMARY_LABEL.match(lines[i].text):
            continue
        kinds[i] = "meta"
        j = next((j for j in range(i + 1, len(kinds)) if kinds[j] != "blank"), None)
        if j is not None and kinds[j] == "content" and len(lines[j].text) <= MAX_STANDFIRST:
            kinds[j] = "meta"
            # a box of bullet points: every item up to the first line that is not one
            while LIST_ITEM.match(lines[j].text) and j + 1 < len(kinds) and LIST_ITEM.match(lines[j + 1].text):
                j += 1
                kinds[j] = "meta"


def _mark_teaser_blocks(lines: list[Line], kinds: list[str]) -> None:
    """The lines right after a 'Related:' / 'Read more' heading are teaser headlines, not the article:
    unpunctuated lines and list items up to the first blank line or full sentence."""
    for i, kind in enumerate(kinds):
        if kind not in ("back", "furniture") or not TEASER_HEADING.match(_unwrapped(lines[i].text)):
            continue
        for j in range(i + 1, len(kinds)):
            line = lines[j].text
            if kinds[j] == "blank" and j == i + 1:
                continue
            if kinds[j] in ("content", "heading") and (LIST_ITEM.match(line) or not SENTENCE_END.search(line.strip())):
                kinds[j] = "furniture"
            else:
                break


def _mark_credited_captions(lines: list[Line], kinds: list[str]) -> None:
    """A standalone picture credit ('Photo: AFP') sits next to its caption, printed on a line of its own:
    the neighbouring short line that describes a picture in the present tense ('X answers questions at ...')."""
    for i, kind in enumerate(kinds):
        if kind != "caption" or not STANDALONE_CREDIT.match(lines[i].text):
            continue
        for step in (1, -1):     # one caption per credit: the line after it, else the line before
            j = i + step
            while 0 <= j < len(kinds) and kinds[j] == "blank":
                j += step
            if 0 <= j < len(kinds) and kinds[j] == "content" and len(lines[j].text) < 300 \
                    and CAPTION_VERB.search(lines[j].text) and not QUOTE_MARK.search(lines[j].text):
                kinds[j] = "caption"
                break


def _starts_with_author_bio(line: str, author: str) -> bool:
    """'Cathy Fang is a ...' or '(Dr. Kotani is ...)' where the name is the known author's."""
    names = {author} | set(author.split())
    head = re.sub(r"^\s*\(?\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?", "", line)
    return any(head.startswith(f"{name} is ") or head.startswith(f"{name} was ") for name in names if len(name) > 2)
