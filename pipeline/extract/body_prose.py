"""prose.is_prose, memoised for body detection (speed only: same answers).

Body detection asks whether a line or a paragraph is prose several times per page (the summary-box, self-note,
profile and author-tail rules each walk lines that _prose_lines judges again), and a corpus repeats its boilerplate
across pages. is_prose reads its argument alone, so each distinct text is judged once.
"""
from functools import lru_cache

from pipeline.extract.prose import is_prose as _is_prose

is_prose = lru_cache(maxsize=1 << 15)(_is_prose)
