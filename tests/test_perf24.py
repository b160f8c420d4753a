"""Body detection's speed work changes no answer: each guarded pattern search (pipeline/extract/body_guards.py)
equals the plain search, and the summary-box pass that stops early marks what the full pass marked."""
import re
from re import _parser as sre_parse

import pytest

from benchmarks.corpus import write_corpus
from pipeline.extract import body
from pipeline.extract.body import find_body, split_lines
from pipeline.extract.body_guards import (
    AGENCY_CREDIT_GUARD, CAPTION_GUARD, CONTACT_GUARD, FOLDS_APART, READER_NOTICE_GUARD, RIGHTS_NOTICE_GUARD, Guarded,
)
from pipeline.extract.body_patterns import SUMMARY_LABEL
from pipeline.extract.body_islands import MAX_DECK
from pipeline.extract.prose import is_prose
from tests.conftest import ROOT

GUARDS = {"READER_NOTICE": READER_NOTICE_GUARD, "CAPTION": CAPTION_GUARD, "AGENCY_CREDIT": AGENCY_CREDIT_GUARD,
          "CONTACT": CONTACT_GUARD, "RIGHTS_NOTICE": RIGHTS_NOTICE_GUARD}
# development folders only (never the blind ones)
FOLDERS = [ROOT / "seeds" / "documents", ROOT / "tests" / "gold_heldout" / "documents",
           *(ROOT / "tests" / f"gold_heldout{k}" / "documents" for k in range(2, 18)),
           ROOT / "tests" / "body_pages" / "pages", ROOT / "tests" / "body_pages2" / "pages"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[str]:
    synthetic = tmp_path_factory.mktemp("corpus")
    write_corpus(synthetic, 40, seeds_documents=ROOT / "seeds" / "documents")
    texts = []
    for folder in [*FOLDERS, synthetic]:
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    assert len(texts) > 200
    return texts


@pytest.mark.parametrize("name", GUARDS)
def test_guard_written_for_the_pattern_as_it_is(name):
    """A new alternative in the pattern needs a new lead word or needle in its guard: count them."""
    guard = GUARDS[name]
    tree = sre_parse.parse(guard.pattern.pattern, guard.pattern.flags)
    (op, (_, alternatives)), = tree.data
    assert str(op) == "BRANCH" and len(alternatives) == guard.alternatives


def _same(guard: Guarded, line: str) -> bool:
    a, b = guard.search(line), guard.pattern.search(line)
    return (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("name", GUARDS)
def test_guarded_search_equals_search_on_every_page_line(pages, name):
    guard = GUARDS[name]
    lines = {ln.text for t in pages for ln in split_lines(t)}
    lines |= {ln.strip() for ln in lines}
    assert all(_same(guard, line) for line in lines)


MATCHING = {
    "READER_NOTICE": [
        "Thanks for reading!", "Don't miss the weekly briefing.", "Subscribe to stay informed.",
        "Follow us on the app for updates.", "If you liked this, pass it on.", "Paid subscribers can read the archive.",
        "The office that maintains this site said so.", "Forward this note to a colleague who might care.",
        "A letter from the publisher: we need your help.", "External links carry no endorsement of their owners.",
        "This website uses cookies.", "You consent to the use of cookies by browsing.", "Turn on JavaScript to play it.",
        "This page lists the agreements signed.", "That's it for today.", "You've used all of your free articles.",
        "Did you enjoy this post?", "How did this piece make you feel?", "Sign up: this weekly newsletter is free.",
        "The story originally appeared in a monthly.", "Comments will be reviewed first.", "By subscribing, you agree.",
        "Support independent journalism.", "Tell us below which talks matter.", "You may also listen here.",
        "This is Example Public Radio.", "Thank\u017f for reading", "If you l\u0131ked this, share it.",
    ],
    "CAPTION": [
        "Photo: the destroyer in port", "Credits: the ministry", "(Photograph by a reader)", "[Image] The envoy waves.",
        "The envoy in Naha. Photo \u00a9 An Agency.", "(Official Navy Photo)", "[a ministry photo]",
        "Courtesy: the coast guard", "Picture caption, boats at sea", "FILE - The envoy speaks.",
        "The talks began in May. Example Navy photo", "P\u0131cture: boats", "The drill ended. Coast Guard handout",
    ],
    "AGENCY_CREDIT": ["REUTERS/Jane Roe", "Photo by a crew member via Getty Images", "[Photo/Agency]",
                      "Photo taken on May 3 shows the port.", "Kyodo Photo / Example"],
    "CONTACT": ["https://example.org/page", "Tel: 03 1234", "Call the desk (fax: +81 3 1234)", "No. 5, Lane 10",
                "Write to desk@example.org with tips", "Got a tip? Call us.", "E-mail: desk at example"],
    "RIGHTS_NOTICE": ["(c) 2024 An Example Paper", "Copyright An Example Paper", "Some rights reserved.",
                      "No republication of this text without written permission.", "Read our standard terms of use.",
                      "See our privacy notice.", "Manage our cookie settings.", "Reuse this content",
                      "This is a translation of an original article in French.", "The paper is liable only for the French version.",
                      "This text was machine-translated.", "All r\u0131ghts reserved."],
}


@pytest.mark.parametrize("name,line", [(n, s) for n, lines in MATCHING.items() for s in lines])
def test_guard_lets_every_kind_of_match_through(name, line):
    guard = GUARDS[name]
    assert guard.pattern.search(line) is not None   # (the example is one: each is written to match one alternative)
    assert _same(guard, line)


def test_folds_apart_lists_every_character_that_folds_to_ascii_without_lowering_to_it():
    ascii_letter = re.compile(r"[a-z]", re.IGNORECASE)
    missing = [hex(c) for c in range(0x80, 0x110000)
               if ascii_letter.fullmatch(chr(c)) and not any(ch.isascii() and ch.isalpha() for ch in chr(c).lower())
               and chr(c) not in FOLDS_APART]
    assert missing == []


def _mark_summary_boxes_full(lines, kinds, n):
    """The pass as it was before it learned to stop early: every line judged."""
    prose_before = 0
    for i, kind in enumerate(kinds):
        if kind == "content" and is_prose(lines[i].text):
            prose_before += len(lines[i].text)
        if lines[i].start >= 0.4 * n or prose_before > MAX_DECK or kind not in ("heading", "meta") \
                or not SUMMARY_LABEL.match(lines[i].text):
            continue
        kinds[i] = "meta"
        j = next((j for j in range(i + 1, len(kinds)) if kinds[j] != "blank"), None)
        if j is not None and kinds[j] == "content" and len(lines[j].text) <= body.MAX_STANDFIRST:
            body.mark_box_points(lines, kinds, j)   # (the box's points: shared, only the scan for labels differs)


def test_summary_boxes_stopping_early_find_the_same_bodies(pages, monkeypatch):
    fast = [find_body(t) for t in pages]
    monkeypatch.setattr(body, "_mark_summary_boxes", _mark_summary_boxes_full)
    assert [find_body(t) for t in pages] == fast


def _is_prose_reference(line: str) -> bool:
    """prose.is_prose as it was, with a Python loop per word (and READER_NOTICE searched without its guard)."""
    from pipeline.extract import prose
    from pipeline.extract.body_patterns import MAX_READER_NOTICE, READER_NOTICE
    stripped = line.strip()
    if not stripped or prose.BRACKETED.match(stripped) or prose._parenthesised(stripped):
        return False
    turn = prose.TURN_LABEL.match(stripped)
    min_words = prose.MIN_WORDS
    if turn:
        stripped, min_words = stripped[turn.end():], 1
    if len(stripped) <= MAX_READER_NOTICE and READER_NOTICE.search(stripped):
        return False
    words = prose.WORD.findall(stripped)
    if not prose.SENTENCE_END.search(stripped) and not (prose.INTRO_END.search(stripped) and len(words) >= prose.MIN_INTRO_WORDS):
        return False
    if len(words) < min_words:
        return False
    if turn and len(words) < prose.MIN_WORDS:   # (bodies11: a turn's short reply, 'JANE ROE: Thanks, John.')
        return True
    lower = sum(1 for w in words if w[0].islower())
    if lower / len(words) < prose.MIN_LOWER_SHARE:
        return False
    functions = [w for w in words if w.casefold() in prose._FUNCTION_WORDS]
    return len(functions) < 2 or any(w[0].islower() for w in functions)


@pytest.mark.parametrize("line", ["Japan Backs Taiwan's Bid As Assembly Shelves Debate.", "The talks were held in Tokyo.",
                                  "JANE ROE, HOST: Thank you.", "Tokyo And Taipei Agree To Talk.", "Thanks for reading."])
def test_is_prose_equals_the_word_loop_it_replaced(line):
    assert is_prose(line) == _is_prose_reference(line)


def test_is_prose_equals_the_word_loop_on_every_page_line_and_paragraph(pages):
    lines = {ln.text for t in pages for ln in split_lines(t)} | {p for t in pages for p in t.split("\n\n")}
    assert [is_prose(s) for s in lines] == [_is_prose_reference(s) for s in lines]


def _starts_with_author_bio_reference(line: str, author: str) -> bool:
    """body_blocks.starts_with_author_bio as it was: one pattern compiled per author field."""
    from pipeline.extract.body_blocks import HONORIFIC_OPENING
    head = HONORIFIC_OPENING.sub("", line)
    fulls = [n.strip() for n in re.split(r"\s*(?:;|,|\band\b)\s*", author)]
    patterns = [rf"{re.escape(full)}\s+(?:is|was|has|covers|writes|reports|teaches|"
                r"researches|works|served|serves|specializes|specialises)\b" for full in fulls if len(full.split()) >= 2]
    openings = tuple(f"{name} {verb} " for full in fulls for name in full.split() if len(name) > 2 for verb in ("is", "was"))
    full_names = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return bool(full_names and full_names.match(head)) or head.startswith(openings)


AUTHORS = ["Jane Roe", "Jane Roe; John Doe", "Dr. A. B. Example (Tokyo)", "Roe", "Jane Roe and John Doe", "J.R. Roe-Smith"]
BIO_LINES = ["Jane Roe is a fellow.", "(Dr. Jane Roe covers defence.)", "Jane Roe isn't here.", "John Doe was an envoy.",
             "Jane Roe  teaches law.", "Jane Roes is", "Roe is a fellow at a think tank.", "A. B. Example (Tokyo) writes.",
             "J.R. Roe-Smith specialises in law.", "Jane Roe\tserved in the navy.", "Jane Roe wasn't there."]


def test_author_bio_equals_the_compiled_pattern_it_replaced(pages):
    from pipeline.extract.body_blocks import starts_with_author_bio
    pairs = [(line, a) for line in BIO_LINES for a in AUTHORS]
    # every development page's lines with its own author (documents.csv)
    import csv
    for folder in FOLDERS:
        meta = folder / "documents.csv"
        if meta.exists():
            for row in csv.DictReader(meta.open(encoding="utf-8")):
                path = folder / row.get("source_file", "")
                if row.get("author") and path.is_file():
                    pairs += [(ln.text, row["author"]) for ln in split_lines(path.read_text(encoding="utf-8", errors="replace"))]
    assert len(pairs) > 500
    assert [starts_with_author_bio(s, a) for s, a in pairs] == [_starts_with_author_bio_reference(s, a) for s, a in pairs]
    assert any(starts_with_author_bio(s, a) for s, a in pairs)
