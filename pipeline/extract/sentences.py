"""Sentences with exact character offsets, mending PDF page breaks inside a sentence."""
import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt adm rep sen gov st no nos vs etc inc co corp ltd jr sr "
    "jan feb mar apr jun jul aug sep sept oct nov dec dept est fig approx e.g i.e u.s u.k u.n "
    "a.m p.m d.c op cf al vol pp sgt cmdr brig".split()
)
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space; or, after a word, the
# note number a PDF's superscript became ('... directly."2 Tsai also ...'): it stays with the sentence it annotates;
# a bracketed footnote marker may follow too ('he wrote on X.[6] Japanese ...', the form of think-tank reports), or
# a superscript one kept as such ('to deter a war.⁶ The next day ...', dates24).
BOUNDARY = re.compile(r"(?:(?<=[a-z]{2})[.!?][”’\"')\]]*\d{1,3}|[.!?…]+[”’\"')\]]*(?:\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})*)(?=\s)")
# a line that ends a sentence (so the next line is a new paragraph), with or without such a note number
LINE_END = re.compile(r"(?:[.!?…:”’\"]|(?<=[a-z]{2})[.!?][”’\"')\]]*\d{1,3})$")
PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)")
OPENERS = "“‘\"'([«"
NEXT_VISIBLE = re.compile(r"\s*(?=\S)")
# Real sentences are far shorter; a longer run without a sentence end (a table, a list, text
# that lost its punctuation) is cut at whitespace, which keeps extraction linear in its length.
MAX_SENTENCE_CHARS = 1000


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _segments(text: str, start: int, end: int, excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The body minus excluded spans."""
    out, cursor = [], start
    for s, e in sorted(excluded):
        if e <= cursor or s >= end:
            continue
        if s > cursor:
            out.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        out.append((cursor, end))
    return out


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at line breaks, except where a line ends mid-sentence (a PDF page or column break):
    no terminal punctuation, and either the next line continues in lower case or the line is too
    long to be a heading."""
    pieces, cursor = [], start
    for m in PARAGRAPH_BREAK.finditer(text, start, end):
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, end))
    pieces = [(s, e) for s, e in pieces if text[s:e].strip()]
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        if merged:
            ps, pe = merged[-1]
            prev, nxt = text[ps:pe].rstrip(), text[s:e].lstrip()
            mid_sentence = prev and not LINE_END.search(prev)
            if mid_sentence and (nxt[:1].islower() or len(prev.split()) > 8):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


ABBREVIATED_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
INITIALS_OPENER = re.compile(r"(?:The|This|That|These|Those|It|He|She|They|We|But|And|In|On|At|However)\b")


def _is_abbreviation(text: str, dot_at: int) -> bool:
    word = ABBREVIATED_WORD.search(text[max(0, dot_at - 12):dot_at + 1])
    if not word:
        return False
    token = word.group(1).casefold()
    return token in ABBREVIATIONS or len(token) == 1 or bool(INITIALS.fullmatch(token))


def split_sentences(text: str, *, start: int = 0, end: int | None = None,
                    excluded: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of text[start:end] outside the excluded spans, trimmed of surrounding space."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    for seg_start, seg_end in _segments(text, start, end, excluded or []):
        for p_start, p_end in _paragraphs(text, seg_start, seg_end):
            cursor = p_start
            for m in BOUNDARY.finditer(text, p_start, p_end):
                visible = NEXT_VISIBLE.match(text, m.end(), p_end)
                if not visible:
                    continue
                nxt = text[visible.end():min(p_end, visible.end() + 40)]  # enough to read the next word
                if m.group(0)[0] == "." and _is_abbreviation(text, m.start()) and not _capital_after_initials(text, m, nxt):
                    continue
                if not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in OPENERS):
                    continue
                out += _bounded(text, cursor, m.end())
                cursor = m.end()
            out += _bounded(text, cursor, p_end)
    return [s for s in out if s.text]


def _bounded(text: str, s: int, e: int) -> list[Sentence]:
    """text[s:e] as one sentence, or as pieces of at most MAX_SENTENCE_CHARS cut at whitespace."""
    pieces = []
    while e - s > MAX_SENTENCE_CHARS:
        cut = s + MAX_SENTENCE_CHARS
        space = max(text.rfind(c, s + 1, cut + 1) for c in " \t\n\r")
        cut = space if space > s else cut
        pieces.append(_trimmed(text, s, cut))
        s = cut
    return pieces + [_trimmed(text, s, e)]


def _capital_after_initials(text: str, m: re.Match, nxt: str) -> bool:
    """'... in the U.S. The next' ends a sentence: an abbreviation followed by a sentence opener
    that is a function word."""
    return bool(INITIALS_OPENER.match(nxt)) \
        and text[m.start() - 3:m.start() + 1].casefold().endswith("u.s.")


def _trimmed(text: str, s: int, e: int) -> Sentence:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Sentence(s, e, text[s:e])
