"""The edges of the article on pages of kinds the news layout rules do not cover (used by pipeline.extract.body):
a note on the text's translation or edition between the front matter and the lede, a reader's or site's toolbar that
ends on an ellipsis, an author box whose name is set in ordinary case over a line that opens with the author's role.
Layout and wording of the page about its own text, never of the story: each judges one line or a pair of lines."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.body_patterns import BIO_ROLE, CAPS_NAME, REPORTED, ROLE_OPENING

if TYPE_CHECKING:   # body.py imports this module
    from pipeline.extract.body import Line

_LANGUAGE = (r"(?:english|chinese|japanese|korean|french|german|spanish|italian|portuguese|russian|arabic|vietnamese|"
             r"indonesian|malay|thai|mongolian|ukrainian|polish|dutch|hindi|tagalog|filipino|taiwanese|mandarin)")
_TEXT = r"(?:summary|article|text|version|edition|story|report|page|transcript|minutes|translation)"
# A note on the text itself, not a sentence of it: who translated it and from what, which language's text prevails.
# '[English version] Translated by the world desk.', 'Translated from the Japanese by Jane Roe.', 'Unofficial English
# translation of the governor's remarks.', 'English text by the international desk, ...', 'This English summary is a
# shortened translation of ...'. (An optional bracketed label first: '【English edition】'.) A story reports what others
# did; it does not open on how its own words were made.
TEXT_NOTE = re.compile(
    r"^\s*(?:[\[【(（][^\]】)）\n]{1,30}[\]】)）]\s*)?(?:(?:[\w’']+\s+){0,2}note\s*:\s*)?\W*(?:"
    r"translated\s+(?:by|from|into)\b|"
    rf"(?:(?:provisional|unofficial|tentative|abridged|shortened|partial|machine|automatic|full|{_LANGUAGE})\s+)+"
    r"translation\s+(?:of|by|from)\b|"
    rf"{_LANGUAGE}\s+(?:text|version|edition|summary|translation)\s+(?:by|of|from|prepared)\b|"
    rf"this\s+(?:{_LANGUAGE}\s+)?{_TEXT}\s+(?:is|was|has\s+been)\s+(?:an?\s+)?(?:[\w\-]+\s+){{0,2}}"
    r"(?:translat\w*|summary\s+of)\b)", re.IGNORECASE)

# every TEXT_NOTE alternative holds 'translat', 'summary' or a language's name: looked for in the lowered line first
# (a line holding a character that IGNORECASE folds apart from str.lower is matched in full: 'ı' and 'ſ' stay in the
# lowered line, 'İ' lowers to two characters)
TEXT_NOTE_WORDS = re.compile(rf"translat|summary|{_LANGUAGE}|\u0131|\u017f")


def is_text_note(line: str, low: str | None = None) -> bool:
    """TEXT_NOTE.match(line) is not None (low: line.lower(), when the caller has it)."""
    return ("\u0130" in line or TEXT_NOTE_WORDS.search(line.lower() if low is None else low) is not None) \
        and TEXT_NOTE.match(line) is not None


BUTTON_GAP = re.compile(r"[ \t\u00a0]{3,}|\t")   # the gap of LAYOUT_GAP, without the characters either side
MIN_TOOLBAR_FIELDS = 3   # 'Save   Share   More...': buttons set apart by runs of spaces
MAX_TOOLBAR_FIELD = 4    # words of one button


def is_toolbar(line: str) -> bool:
    """A row of buttons set apart by runs of spaces ('★ Star   ☐ Mark as unread   ↗ Open original   Send to...'):
    three fields or more, none longer than a button's few words. Its last button may end on an ellipsis, which the
    sentence test reads as a sentence end; a PDF's two columns of prose are fields of many words."""
    fields = BUTTON_GAP.split(line.strip())
    return len(fields) >= MIN_TOOLBAR_FIELDS and all(len(f.split()) <= MAX_TOOLBAR_FIELD for f in fields)


# an author's name in ordinary case alone on a line: two or three capitalised words ('Mika Tanaka', 'Lucas Martin')
NAME_LINE = re.compile(r"^\s*[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2}\s*$")
# ... over the author's role, said of the author, set off by a comma or placed at an outlet: 'Staff writer, Example
# Weekly.', 'Senior researcher at the Example Centre ...' (not 'Analysts say ...': a role in the plural that speaks)
ROLE_LINE = re.compile(rf"^\s*(?:(?:staff|senior|visiting|former|associate|assistant|adjunct|research|non-?resident|"
                       rf"deputy|chief|contributing|special)\s+)*(?:{BIO_ROLE})\b(?:\s*,|\s+(?:at|of|for|with)\s+)",
                       re.IGNORECASE)
MAX_ROLE_LINE = 200
# ... or the role alone, unpunctuated, as a title: 'Tokyo Correspondent', 'Senior Fellow', 'Staff Writer'
ROLE_TITLE = re.compile(rf"^\s*(?:[A-Z][\w’'\-]*\s+){{0,3}}(?i:{BIO_ROLE})\s*$")


def mark_author_boxes(lines: list[Line], kinds: list[str], n: int) -> None:
    """In the second half, a name alone on a line over a line opening with a role ('SATO JUN' over 'Researcher
    specializing in ...', 'Mika Tanaka' over 'Staff writer, Example Weekly.') is the author box: a bio, which ends the
    article. A name in capitals may take any role opening; one in ordinary case, which a crosshead could be, only the
    singular role of one person set off by a comma or placed at an outlet, in a short line that reports no speech, or
    that role alone as a title ('Tokyo Correspondent')."""
    for i, kind in enumerate(kinds):
        if lines[i].start < 0.5 * n or kind != "heading":
            continue
        caps = CAPS_NAME.match(lines[i].text)
        if not caps and not NAME_LINE.match(lines[i].text):
            continue
        j = next((j for j in range(i + 1, len(kinds)) if kinds[j] != "blank"), None)
        if j is not None and not caps and kinds[j] == "heading" and ROLE_TITLE.match(lines[j].text):
            kinds[i] = kinds[j] = "bio"
            continue
        if j is None or kinds[j] != "content":
            continue
        role = lines[j].text
        if ROLE_OPENING.match(role) if caps else (ROLE_LINE.match(role) and len(role) <= MAX_ROLE_LINE
                                                  and not REPORTED.search(role)):
            kinds[i] = kinds[j] = "bio"
