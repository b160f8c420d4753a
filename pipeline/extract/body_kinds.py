"""The kind of one line of a page, for body detection (pipeline.extract.body): blank, caption, byline, meta, title,
note, bio, contact, back, furniture, heading or content, read from the line's text alone (and the page's title).

Each distinct line is classified once (an lru memo: pages of one site repeat their menus and footers, a corpus its
boilerplate), and the dearer patterns sit behind cheap tests their matches imply (body_guards, literal tests): the
kinds are those of the plain patterns, which tests/test_perf40.py checks on every development page line.
"""
import re
from functools import lru_cache

from pipeline.extract.body_edges import is_text_note, is_toolbar
from pipeline.extract.body_fronts import is_byline_row
from pipeline.extract.body_guards import (
    AGENCY_CREDIT_GUARD, BACK_MATTER_GUARD, CAPTION_GUARD, CONTACT_GUARD, EDITOR_NOTE_GUARD, FOLDS_APART, FURNITURE_GUARD,
    RIGHTS_NOTICE_GUARD,
)
from pipeline.extract.body_islands import norm_head, norm_tail
from pipeline.extract.body_patterns import (
    ABSTRACT, AGENCY_SIGNOFF, ANSWER_HEAD, BIO, BYLINE, COMMENT_BAR, CAPTION_CREDIT_END, CAPTION_DATE_END, CAPTION_PHRASE,
    CAPTION_POSITION, CAPTION_POSITION_COMMA, CAPTION_VERB, DATE_IN_LINE, DATELINE_META, FIELD_ROW, INNER_SENTENCE_END,
    INTERVIEW_CREDIT, LAYOUT_GAP, MAX_CAPTION, MAX_CAPTION_PHRASE_LINE, MAX_DATED_LINE_WORDS, MAX_RIGHTS_NOTICE, MAX_SIGNOFF,
    REPORTED, TEASER_HEADING,
)
from pipeline.extract.body_prose import ends_sentence
from pipeline.extract.prose import is_bracketed

QUOTE_MARK = re.compile(r"[\"“”]")
BROKEN_WORD = re.compile(r"[a-z]-$")


def unwrapped(s: str) -> str:
    """'＜Related＞' -> 'Related': a label inside brackets."""
    return s.strip().strip("[]【】＜＞<>{}").strip()


NON_WORD = re.compile(r"\W+")


def _norm(s: str) -> str:
    return NON_WORD.sub(" ", s).strip().casefold()


def classify_line(line: str, *, title: str | None = None) -> str:
    """One of: blank, caption, byline, meta, title, note, bio, contact, back, furniture, heading, content."""
    stripped = line.strip()
    if not stripped:
        return "blank"
    if title and same_words(stripped, title):
        return "title"
    return _kind(stripped)


@lru_cache(maxsize=256)
def _title_head(title: str) -> tuple[str, str, str]:
    """The title (or author) normalised, its first word and its last."""
    norm = _norm(title)
    return norm, norm.split(" ")[0], norm.split(" ")[-1]


def same_words(stripped: str, title: str) -> bool:
    """_norm(stripped) == _norm(title), most lines told apart by their first or last word alone (speed: _norm is a
    substitution over the whole line)."""
    norm, head, tail = _title_head(title)
    line_head = norm_head(stripped)
    if line_head is not None and line_head != head:
        return False
    line_tail = norm_tail(stripped)
    if line_tail is not None and line_tail != tail:
        return False
    return _norm(stripped) == norm


# pages of one site repeat their menus, credits and footers, and a corpus its boilerplate: each distinct line is
# classified once (the kind of a line depends on its text alone; the title test above is per document)
@lru_cache(maxsize=1 << 15)
def _kind(stripped: str) -> str:
    if len(stripped) < 90 and BYLINE.match(stripped) or is_byline_row(stripped):
        return "byline"
    if len(stripped) < 400 and " by " in stripped and INTERVIEW_CREDIT.search(stripped):   # (the substring: speed)
        return "byline"
    low = stripped.lower()   # (lowered once for the guards below)
    if len(stripped) < 200 and BACK_MATTER_GUARD.match(stripped, low):   # before captions: '(Originally written in X. Banner photo: ...)'
        return "back"
    # (an agency's credit after a dash closes a story's paragraph, not a picture's caption: '... in May. — AP/Reuters')
    if len(stripped) < 500 and (CAPTION_GUARD.search(stripped, low) or AGENCY_CREDIT_GUARD.search(stripped, low)
                                and not AGENCY_SIGNOFF.search(stripped, max(0, len(stripped) - MAX_SIGNOFF))) \
            or len(stripped) < MAX_CAPTION_PHRASE_LINE and _names_picture(stripped, low) and CAPTION_PHRASE.search(stripped):
        return "caption"
    if _is_uncredited_caption(stripped):
        return "caption"
    if len(stripped) < 200 and FURNITURE_GUARD.match(stripped, low):
        return "furniture"
    if len(stripped) < 120 and stripped[:1] in "aArR" and ANSWER_HEAD.match(stripped):   # ('Answered ...', 'Replied ...')
        return "heading"
    if DATELINE_META.match(stripped) or ABSTRACT.match(stripped):
        return "meta"
    if EDITOR_NOTE_GUARD.match(stripped, low) or is_text_note(stripped, low):   # (or how the text was translated: 'Translated by ...')
        return "note"
    if CONTACT_GUARD.search(stripped, low):
        return "contact"
    if len(stripped) < MAX_RIGHTS_NOTICE and RIGHTS_NOTICE_GUARD.search(stripped, low):
        return "note"
    if len(stripped) < 400 and stripped.count(". ") <= 2 and BIO.match(stripped):
        return "bio"
    # the comments open under the post (the word first: speed)
    if ("comments" in low or FOLDS_APART[1] in stripped) and COMMENT_BAR.match(stripped) \
            and not DATE_IN_LINE.search(stripped):
        return "back"
    ends = ends_sentence(stripped)   # (searched once: the tests below all ask)
    # running head, page footer, toolbar (a gap needs a tab, a no-break space or three spaces: tested first, speed)
    if ("   " in stripped or "\t" in stripped or "\u00a0" in stripped) and LAYOUT_GAP.search(stripped) \
            and (not ends or is_toolbar(stripped)):
        return "furniture"
    if is_bracketed(stripped):     # '[Image: ...]', '＜Related＞': set apart from the text
        return "back" if TEASER_HEADING.match(unwrapped(stripped)) else "caption"
    if not ends and len(stripped.split()) <= MAX_DATED_LINE_WORDS and DATE_IN_LINE.search(stripped):
        return "meta"
    if not ends and "|" in stripped and FIELD_ROW.match(stripped):   # navigation bar, running head or footer
        return "furniture"
    # a short line without a sentence end is a heading, unless it breaks a word ('... constant sur-'): a page break
    if not ends and len(stripped.split()) <= 8 and not BROKEN_WORD.search(stripped):
        return "heading"
    return "content"


def _names_picture(line: str, low: str) -> bool:
    """A word every CAPTION_PHRASE match ends on is in the line (low: line.lower(); speed)."""
    return "photo" in low or "picture" in low or "image" in low or "handout" in low \
        or FOLDS_APART[0] in line or FOLDS_APART[1] in line or FOLDS_APART[2] in line


def _is_uncredited_caption(line: str) -> bool:
    """A caption that no credit line or label marks: one short sentence that places people in the picture ('X (left)
    and Y ...'), or closes on its credit in brackets ('... on May 3. (Example Times)'), or describes the picture in the
    present tense and closes on its date ('X speaks at a news conference in Tokyo on May 3.'). News prose reports in
    the past tense, names no one's position in a frame and credits no one after its full stop."""
    # (each pattern behind a literal its matches hold, or the character they end the line on: speed)
    if len(line) >= MAX_CAPTION or '"' in line or "“" in line or "”" in line or INNER_SENTENCE_END.search(line) \
            or _reports(line):
        return False
    last = line.rstrip()[-1:]
    return bool("(" in line and CAPTION_POSITION.search(line) or last == ")" and CAPTION_CREDIT_END.search(line)
                or (last == "." and CAPTION_DATE_END.search(line) or "," in line and CAPTION_POSITION_COMMA.search(line))
                and CAPTION_VERB.search(line))


def _reports(line: str) -> bool:
    """REPORTED.search(line), its words looked for first."""
    return ("said" in line or "says" in line or "told" in line or "according" in line or "announced" in line
            or "reported" in line) and REPORTED.search(line) is not None
