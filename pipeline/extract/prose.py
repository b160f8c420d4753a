"""Is a line of raw text running prose (a paragraph of the article) or page debris?

Layout-free features only: sentence-like length, terminal punctuation, the share of lower-case words,
whole-line brackets. Page debris (standfirsts without a full stop, headlines, teaser titles, letter-spaced
logos, bracketed captions, credits, dates on their own) fails them in any outlet's layout, so the body
detector takes the article's first and last *prose* lines as its boundaries.
"""
import re
from itertools import compress
from operator import itemgetter

from pipeline.extract.body_guards import is_reader_notice
from pipeline.extract.body_patterns import MAX_READER_NOTICE, SPEAKER_LABEL

# a sentence ends: '.', '!', '?', '…', optionally closed by quotes or brackets ('... she said."', '... (2021).')
# and by footnote markers ('... in May.[4]', '... in May.³', a PDF's note number in brackets glued on: '... in May.(4)')
# or by a bare note number that a PDF's superscript became ('... with caution."4', '... last year.12'), after a word
SENTENCE_END = re.compile(r"(?:[.!?…][”’\"')\]]*(?:\s?\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|(?<=[a-z]{2})[.!?][”’\"')\]]*\d{1,3})\s*$")
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# a line wholly inside brackets is a caption, credit or notice set apart from the text:
# '[Image: ...]', '[Copyright X]', '【Related】', '＜Related＞'
BRACKETED = re.compile(r"^\s*(?:\[.*\]|【.*】|＜.*＞|<[^<>]*>|\{.*\})\s*$")
# words that stay lower case in running prose but are capitalised in headline style
_FUNCTION_WORDS = frozenset("a an the of to in on at for by with from and or but as is are was were be has have had "
                            "that this it its will would said says".split())
_FIRST = itemgetter(0)
# ('... issued the following statement on March 14:' ends on a date)
INTRO_END = re.compile(r"[a-z\d)]:\s*$")
MIN_INTRO_WORDS = 12        # a sentence that leads into a quotation; labels and teaser headings ('Read more on this:') are shorter
MIN_WORDS = 3               # "He declined comment." is prose; a section heading has no sentence end anyway
MIN_LOWER_SHARE = 0.25     # headlines sit below ~0.15, real paragraphs (even full of names) above ~0.4
# a transcript turn opens with its speaker's label in capitals ('JANE ROE, HOST: ...', 'REPORTER (Example News): ...'):
# the turn is judged by what is said, not by the capitals of the label, and a short reply ('Thank you.') is a turn of the
# text like any other -- a heading has no label
TURN_LABEL = re.compile(rf"^\s*{SPEAKER_LABEL}\s*:\s+(?=\S)")


def is_prose(line: str) -> bool:
    """A sentence-like line: enough words, a sentence end, not wholly bracketed, not headline case."""
    stripped = line.strip()
    if not stripped or BRACKETED.match(stripped) or _parenthesised(stripped):
        return False
    turn = TURN_LABEL.match(stripped)
    min_words = MIN_WORDS
    if turn:
        stripped, min_words = stripped[turn.end():], 1
    if len(stripped) <= MAX_READER_NOTICE and is_reader_notice(stripped):
        return False
    words = WORD.findall(stripped)
    # a paragraph that introduces a quotation or a list ends with a colon ('... A translation of her remarks follows:'):
    # prose when it is sentence-long; a label ('Related articles:', 'Key points:') is a few words
    if not SENTENCE_END.search(stripped) and not (INTRO_END.search(stripped) and len(words) >= MIN_INTRO_WORDS):
        return False
    if len(words) < min_words:
        return False
    # a turn's short reply is all names and greetings ('JANE ROE: Thanks, John.'): no headline carries a speaker's label
    if turn and len(words) < MIN_WORDS:
        return True
    lower = list(map(str.islower, map(_FIRST, words)))   # per word: opens in lower case (map: no Python loop per word)
    if sum(lower) / len(words) < MIN_LOWER_SHARE:
        return False
    # headline case: every function word capitalised ('Japan Backs Taiwan's Bid As Assembly Shelves Debate.')
    functions = list(map(_FUNCTION_WORDS.__contains__, map(str.casefold, words)))
    return sum(functions) < 2 or any(compress(lower, functions))


def _parenthesised(line: str) -> bool:
    """'(The following text is a translation for reference only.)', '(The briefing ended at 2:41 p.m.)': a whole line
    in round brackets is a note on the text (a translator's, an editor's, a transcript's), set apart like '[...]'.
    Only when the opening bracket closes at the very end: '(AP) Japan said ... (file)' is two asides."""
    if not (line.startswith("(") and line.endswith(")")):
        return False
    depth = 0
    for k, ch in enumerate(line):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return k == len(line) - 1
    return False


def is_bracketed(line: str) -> bool:
    """'[Image: ...]', '[Copyright The Example Press]': a line set apart in brackets."""
    return bool(BRACKETED.match(line))


def continues(line: str, nxt: str, *, blank_lines: int, hard_wrapped: bool = True) -> bool:
    """Does `line` run on into `nxt` (a sentence wrapped by the layout)? It has no sentence end, and either the
    next line opens in lower case, or it follows without a paragraph break (only on a hard-wrapped page: where
    every paragraph is one line, an unpunctuated line over a capitalised one is a headline over its story), or
    across a page break (two or more blank lines) when the line is too long to be a heading."""
    line = line.rstrip()
    if not line or SENTENCE_END.search(line) or not nxt.strip():
        return False
    if nxt.lstrip()[:1].islower() or blank_lines == 0 and hard_wrapped:
        return True
    return blank_lines >= 2 and len(line.split()) > MAX_HEADING_WORDS


MAX_HEADING_WORDS = 8
MAX_WRAPPED_LINE = 120   # characters: hard-wrapped text breaks its lines below this; a page of one-line paragraphs exceeds it


def is_hard_wrapped(lines: list[str]) -> bool:
    """Does the layout break paragraphs into lines (print, PDF, plain-text wires), or put each paragraph on one line
    (most scraped web pages)? Hard-wrapped when most lines of some length stay under the wrap width."""
    long = [len(ln) for ln in lines if len(ln.strip()) > 40]
    return not long or sum(1 for k in long if k > MAX_WRAPPED_LINE) * 2 < len(long)
