"""Hard-wrapped bodies (PDF text, print pages, wire copy broken at a fixed width): a name may run over a line's end
('Prime Minister Ryutaro\\nHashimoto', 'the Democratic Party of\\nJapan'). The actor patterns join a name's words
with blanks, so a wrapped document is read through a view where each wrapping newline is a space; one character for
one, every offset stays the document's."""
import re
from dataclasses import replace

# a line that breaks inside a sentence: long, its last character a letter, digit or comma (a paragraph ends with a
# full stop, a closing quote or bracket)
_OPEN_LINE = re.compile(r"^[^\n]{60,}[\w,]$", re.MULTILINE)
# a wrapping newline: a long line's end, the next line opening with a word, quote or bracket (a blank line or an
# indented one opens a paragraph)
_WRAP = re.compile(r"(?<=[^\n]{50})\n(?=[\w“\"'‘(])")
MIN_OPEN_LINES = 4   # lines broken mid-sentence before a document counts as hard-wrapped


def unwrapped(text: str, start: int, end: int) -> str:
    """text with the wrapping newlines of text[start:end] made spaces, when that body is hard-wrapped; else text."""
    if text.count("\n", start, end) < MIN_OPEN_LINES:
        return text
    opened = 0
    for _ in _OPEN_LINE.finditer(text, start, end):
        opened += 1
        if opened >= MIN_OPEN_LINES:
            break
    else:
        return text
    return text[:start] + _WRAP.sub(" ", text[start:end]) + text[end:]


def with_page_text(mentions: list, page: str) -> list:
    """The mentions found in an unwrapped view, each with its text as the page writes it (its newline kept)."""
    return [m if page[m.start:m.end] == m.text else replace(m, text=page[m.start:m.end]) for m in mentions]
