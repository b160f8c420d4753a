"""A standfirst (deck) printed as a paragraph right under the headline: not the article, which starts with the lead.

News sites set a one- or two-sentence summary under the title in the same type as the text ('The two coast guards
practised a rescue off Yonaguni, a step both sides called technical.'), then open the article with the dated lead
('Japan's coast guard ... held their first joint exercise on Thursday ...'). The deck sums the lead up, so it shares
much of its vocabulary, and it carries no time of its own: the lead is the one that says when. A lead that opens the
article says when itself, or carries a dateline; so a short undated paragraph under the title, followed by a dated
paragraph that repeats its words, is the deck.
"""
import re

from pipeline.extract.body_patterns import DATELINE_LEAD, REPORTED
from pipeline.extract.body_records import RECORD_TURN
from pipeline.extract.prose import SENTENCE_END

MAX_DECK_CHARS = 320       # a deck is a sentence or two
MAX_DECK_SENTENCES = 2
MIN_SHARED = 0.3           # share of the deck's content words that a dated lead repeats under an undated deck
MIN_SHARED_CLOSE = 0.6     # ... that any lead repeats: the deck restates it
MAX_GAP_LINES = 4          # lines from the deck to the lead: blank lines, a video caption, a heading
LEAD_OPENING = re.compile(r"^\s*[\"“‘'(]?[A-Z0-9]")
# when a report says something happened: a weekday, a dated 'on March 3', 'on the 14th', 'yesterday'
WHEN = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b|"
                  r"\bon\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
                  r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][\w'’\-]{3,}")
SENTENCE_BREAK = re.compile(r"[.!?][”’\"')]*\s+(?=[A-Z“\"])")
QUIET = frozenset("that this with from have been were will would which their there they them than what when where "
                  "also said says about after into over more most other some such only very".split())


# a line under a video player pointing to the text under it: 'Transcript available below the video', 'Full transcript
# below', 'Scroll down for the full story'. What stands above it (a summary of the clip) is not the article.
TEXT_BELOW = re.compile(r"^\W*(?:(?:(?:the|a|full|read\s+the)\s+)*(?:transcript|text\s+version|written\s+version)\s+(?:is\s+)?"
                        r"(?:available\s+)?(?:below|follows)(?:\s+(?:the\s+)?(?:video|player|clip))?|(?:scroll\s+down|see\s+below|"
                        r"read\s+below)\s+for\s+(?:the\s+)?(?:full\s+)?(?:transcript|text|story|article))\W*$", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in WORD.findall(text)} - QUIET


def is_deck_over_lead(deck: str, lead: str) -> bool:
    """`deck` (the paragraph under the title) sums up `lead` (the paragraph after it): short, and either repeated by
    the lead for the most part (MIN_SHARED_CLOSE of its content words), or undated, without a dateline and reporting
    no one's words while the lead is dated or datelined and repeats at least MIN_SHARED of them."""
    deck, lead = deck.strip(), lead.strip()
    if len(deck) > MAX_DECK_CHARS or len(SENTENCE_BREAK.findall(deck)) >= MAX_DECK_SENTENCES \
            or not SENTENCE_END.search(deck) or DATELINE_LEAD.match(deck):
        return False
    words = _words(deck)
    shared = len(words & _words(lead)) / len(words) if words else 0.0
    if shared >= MIN_SHARED_CLOSE:
        return True
    # (a lead reports speech and says when; the lead after a deck does)
    return shared >= MIN_SHARED and not WHEN.search(deck) and not REPORTED.search(deck) \
        and bool(WHEN.search(lead) or DATELINE_LEAD.match(lead))


def skip_deck_under_title(lines, kinds: list[str], prose: list[bool], first: int, front: list[int]) -> int:
    """The lead's line when the first prose line is a deck right under the headline or other front matter (blank
    lines only between) and the next content line is the lead (a caption, heading or page furniture may lie between;
    a pointer to the text below a video, between them, makes the line a deck whatever its words); the deck becomes
    front matter. Else `first`."""
    above = next((j for j in range(first - 1, -1, -1) if kinds[j] != "blank"), None)
    # (a headline longer than a heading's eight words is content that is not prose)
    headline = above is not None and (kinds[above] in ("title", "byline", "meta", "heading")
                                      or kinds[above] == "content" and not prose[above])
    if not headline or front and front[-1] > first:
        return first
    nxt = next((j for j in range(first + 1, len(kinds)) if kinds[j] not in ("blank", "caption", "heading", "furniture")), None)
    # (the lead opens a paragraph of its own: not the lower-case rest of a wrapped sentence)
    if nxt is None or kinds[nxt] != "content" or not prose[nxt] or not LEAD_OPENING.match(lines[nxt].text):
        return first
    # (or, over a video, a summary of the clip that a pointer to the text below parts from the lead: MAX_GAP_LINES
    # counted without the blank lines)
    pointer = any(TEXT_BELOW.match(lines[k].text) for k in range(first + 1, nxt)) \
        and sum(1 for k in range(first + 1, nxt) if kinds[k] != "blank") <= MAX_GAP_LINES
    if not (nxt < first + 1 + MAX_GAP_LINES and is_deck_over_lead(lines[first].text, lines[nxt].text) or pointer):
        return first
    kinds[first] = "meta"
    return nxt


# a run-in heading that opens a section's first paragraph, as bulletins and briefs print them: 'From Symbolism to
# Presence. On 25 September ...' -- two to eight words in title case (only short lower-case words between them: 'of',
# 'to', 'and'), a full stop, then the section's first sentence
RUN_IN_HEADING = re.compile(r"^[ \t]*([A-Z][\w’'\-]*(?:[ \t]+[\w’'\-]+){1,7})\.[ \t]+(?=[A-Z“\"‘0-9])")
MAX_RUN_IN_WORD = 4          # letters of a lower-case word inside a heading ('from', 'and'); longer ones are a sentence's
MIN_RUN_IN_SECTIONS = 2      # paragraphs of the page that open with a run-in heading: the layout, not one short sentence
MAX_SUMMARY_OVER_RUN_IN = 400   # characters of the summary paragraph between the author and the first section


def run_in_heading(line: str) -> int:
    """Characters of a run-in heading (and the spaces after it) that opens `line`; 0 when none. Not a speaker's turn
    of a record ('The Chairman. This hearing will come to order.') nor capitals only ('WASHINGTON DC. ...')."""
    m = RUN_IN_HEADING.match(line)
    if m is None:
        return 0
    words = m.group(1).split()
    if m.group(1).isupper() or not words[-1][:1].isupper() or RECORD_TURN.match(line) \
            or not all(w[:1].isupper() or w.islower() and len(w) <= MAX_RUN_IN_WORD for w in words):
        return 0
    return m.end()


def skip_summary_over_run_in(lines, kinds: list[str], prose: list[bool], first: int, front: list[int]) -> tuple[int, int]:
    """A bulletin's summary: one short prose paragraph right under the author's byline, over a first section that opens
    with a run-in heading, on a page whose sections open so (MIN_RUN_IN_SECTIONS). The summary becomes front matter
    and the article starts with the section's first sentence: (that section's line, the heading's length). Else
    (first, 0)."""
    if not front or front[-1] >= first or kinds[front[-1]] != "byline" or not prose[first] \
            or len(lines[first].text) > MAX_SUMMARY_OVER_RUN_IN \
            or not all(kinds[j] in ("blank", "heading") for j in range(front[-1] + 1, first)):
        return first, 0
    nxt = next((j for j in range(first + 1, len(kinds)) if kinds[j] != "blank"), None)
    if nxt is None or kinds[nxt] != "content" or not (heading := run_in_heading(lines[nxt].text)) \
            or run_in_heading(lines[first].text):
        return first, 0
    sections = sum(1 for j in range(nxt, len(kinds)) if kinds[j] == "content" and run_in_heading(lines[j].text))
    if sections < MIN_RUN_IN_SECTIONS:
        return first, 0
    kinds[first] = "meta"
    return nxt, heading
