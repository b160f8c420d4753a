"""prose.is_prose, memoised for body detection (speed only: same answers).

Body detection asks whether a line or a paragraph is prose several times per page (the summary-box, self-note,
profile and author-tail rules each walk lines that _prose_lines judges again), and a corpus repeats its boilerplate
across pages. is_prose reads its argument alone, so each distinct text is judged once.
"""
from functools import lru_cache

from pipeline.extract.prose import SENTENCE_END, is_prose as _is_prose

is_prose = lru_cache(maxsize=1 << 13)(_is_prose)   # (8192 paragraphs: a few MB on news pages)


# every character a SENTENCE_END match can hold: the marks, closers and note numbers, and whitespace (ASCII and the
# Unicode spaces str.isspace knows). A match runs to the line's end, so it lies inside the run of these characters
# that closes the line: the search starts there (a line that ends on none of them has no sentence end at all).
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + "\u2028\u2029\u202f\u205f\u3000"
_TAIL = ".!?…”’\"')]([0123456789¹²³⁴⁵⁶⁷⁸⁹⁰" + _SPACES


def ends_sentence(line: str) -> bool:
    """SENTENCE_END.search(line) is not None, searched from the run of closing characters only (speed)."""
    k = len(line.rstrip(_TAIL))
    if k and line[k - 1].isdecimal():   # a digit the list lacks ('٣'): the whole line
        k = 0
    elif k == len(line):
        return False
    return SENTENCE_END.search(line, k) is not None
