"""perf40: body detection made cheaper changes no answer. Each shortcut (line memo, guards, literal tests, the
sentence-end search from the closing run, split_lines by str.split, first/last-word tests before normalising) is
compared with the plain computation it replaced, on every line of the development pages and on generated strings."""
import random
import re

import pytest

from benchmarks.corpus import write_corpus
from pipeline.extract import body, body_blocks, body_islands, body_kinds, body_prose, body_wraps
from pipeline.extract.body import classify_line, find_body, split_lines
from pipeline.extract.body_guards import (
    BACK_MATTER_GUARD, CAPTION_GUARD, CONTACT_GUARD, EDITOR_NOTE_GUARD, FURNITURE_GUARD, READER_NOTICE_GUARD, Guarded,
)
from pipeline.extract.body_edges import TEXT_NOTE, is_text_note
from pipeline.extract.body_islands import norm, norm_head, norm_tail
from pipeline.extract.body_prose import ends_sentence
from pipeline.extract.prose import SENTENCE_END
from tests.conftest import ROOT

# development folders only (never the blind ones)
FOLDERS = [ROOT / "seeds" / "documents", ROOT / "tests" / "gold_heldout" / "documents",
           *(ROOT / "tests" / f"gold_heldout{k}" / "documents" for k in range(2, 22)),
           *(ROOT / "tests" / name / "pages" for name in ("body_pages", "body_pages2", "body_pages3", "body_pages4",
                                                          "body_pages5"))]
FOLDS = ("\u0130", "\u0131", "\u017f")   # characters IGNORECASE folds to ASCII letters apart from str.lower


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[str]:
    synthetic = tmp_path_factory.mktemp("corpus")
    write_corpus(synthetic, 40, seeds_documents=ROOT / "seeds" / "documents")
    texts = []
    for folder in [*FOLDERS, synthetic]:
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    assert len(texts) > 300
    return texts


@pytest.fixture(scope="module")
def lines(pages) -> list[str]:
    """Every page line, stripped and not, and variants: upper case, the folding characters put in."""
    out = {ln.text for t in pages for ln in split_lines(t)}
    out |= {s.strip() for s in out}
    out |= {s.upper() for s in list(out)[::3]} | {s.replace("i", "\u0130") for s in list(out)[::5]} \
        | {s.replace("s", "\u017f") for s in list(out)[::7]} | {s.replace("i", "\u0131") for s in list(out)[::11]}
    return sorted(out)


GUARDS = {"CAPTION": (CAPTION_GUARD, "search"), "CONTACT": (CONTACT_GUARD, "search"), "READER_NOTICE": (READER_NOTICE_GUARD, "search"),
          "BACK_MATTER": (BACK_MATTER_GUARD, "match"), "EDITOR_NOTE": (EDITOR_NOTE_GUARD, "match"),
          "PAGE_FURNITURE": (FURNITURE_GUARD, "match")}


def _same(guard: Guarded, how: str, line: str) -> bool:
    a, b = getattr(guard, how)(line), getattr(guard.pattern, how)(line)
    return (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("name", GUARDS)
def test_guard_equals_the_plain_pattern_on_every_line(lines, name):
    guard, how = GUARDS[name]
    assert [line for line in lines if not _same(guard, how, line)] == []


MATCHING = {
    "BACK_MATTER": ["Related stories", "More from the desk", "Most read in Asia", "Read more:", "You might also like",
                    "About the author", "12 comments", "Comments (31)", "View all comments", "Author information",
                    "DESK RECOMMENDS", "Editors' picks", "Don't miss", "In case you missed it", "Our rating system",
                    "abc/xyz (Reuters, AFP)", "- Kyodo", "Comments are closed.", "(END)", "###", "1.2K followers",
                    "End of transcript", "-- With assistance from Jane Roe.", "To contact the reporter: jane",
                    "(Originally written in Japanese.)", "Reprints & Permissions", "This story has been updated.",
                    "Leave a reply", "(Additional reporting by Jane Roe)", "Jane Roe in Naha contributed to this report.",
                    "Our standards: the desk", "Tags: defence, Japan", "This article was produced in partnership with X",
                    "Republished with permission.", "Editor: Jane Roe", "(This article is based on a briefing.)",
                    "References", "[1] A source, 2020.", "Date of reply: 3 May", "A version of this article appears in print on May 4."],
    "EDITOR_NOTE": ["(Note: figures are provisional.)", "(Note) The figures are provisional.",
                    "This is a provisional translation.", "Editor's note: names changed.", "Disclaimer: none.",
                    "An earlier version of this article misstated the date.", "Update: this story was corrected.",
                    "This interview has been edited for length.", "CHECK AGAINST DELIVERY", "Uncorrected transcript",
                    "Transcript prepared by the desk.", "All times are local.", "Edit 2: fixed a link.",
                    "The Example Institute does not necessarily endorse these views.",
                    "The views expressed are the author's own.", "A blog of the desk. Opinions expressed here are solely ours.",
                    "Methodology", "Quick poll"],
    "PAGE_FURNITURE": ["Read more: a title", "Read also Another title", "Advertisement", "5 min read",
                       "Story continues below advertisement", "Watch: the drill", "Home > News", "Subscribe now",
                       "Share this on Facebook", "Enjoying this article? Click here to subscribe.", "Follow us on X",
                       "= Kyodo", "Sign up for our daily newsletter", "Already a subscriber? Log in.",
                       "Please consider supporting us.", "We rely on readers like you.", "Get unlimited access to our archive.",
                       "The story continues below the map", "Tap here for the map", "Donate today.", "Give now to the fund",
                       "Support independent journalism.", "Become a member today.", "Make a donation to us now.",
                       "To continue reading, log in.", "Our weekly newsletter is out"],
    "READER_NOTICE": ["Don't miss the next issue.", "Read the newsletter in the app.", "This page provides a summary.",
                      "That's all for today.", "You've reached your free article limit.", "Found this useful? Share it.",
                      "You are receiving this email because you signed up.", "Was this article helpful?",
                      "How did this story make you feel?", "You can also follow us here.", "This is Example News.",
                      "You're listening to Example Radio.", "If you enjoyed this, share it."],
    "CONTACT": ["Tel: 03 1234", "Call the desk (fax: +81 3 1234)", "Write to desk@example.org", "No. 5, Lane 10",
                "https://example.org/page", "Got a tip? Call us."],
    "CAPTION": ["Graphic: the desk", "Video: the launch", "Courtesy: the navy", "Source: the ministry",
                "[a coast guard photo]", "(Photo by Jane Roe)"],
}


@pytest.mark.parametrize("name,line", [(n, s) for n, ls in MATCHING.items() for s in ls])
def test_guard_lets_every_kind_of_match_through(name, line):
    guard, how = GUARDS[name]
    assert getattr(guard.pattern, how)(line) is not None   # (each example is written to match one alternative)
    assert _same(guard, how, line)
    for ch in FOLDS:   # a folding character anywhere: searched in full
        assert _same(guard, how, line.replace("i", ch).replace("s", ch))


def test_classify_line_equals_the_unguarded_classification(lines, monkeypatch):
    fast = [classify_line(s) for s in lines]
    monkeypatch.setattr(Guarded, "may_match", lambda self, line, low=None: True)
    body_kinds._kind.cache_clear()
    try:
        assert [classify_line(s) for s in lines] == fast
    finally:
        body_kinds._kind.cache_clear()


def _spaces_and_digits():
    rng = random.Random(40)
    pool = list(".!?…”’\"')][0123456789¹²³ \t\u00a0\u3000\u0663abcXYZ-\n")
    return ["".join(rng.choice(pool) for _ in range(rng.randrange(14))) for _ in range(30000)]


def test_ends_sentence_equals_the_search(lines):
    strings = lines + _spaces_and_digits() + [s.rstrip() + " [12]" for s in lines[::9]]
    assert [s for s in strings if ends_sentence(s) != (SENTENCE_END.search(s) is not None)] == []


def _split_lines_reference(text):
    return [body.Line(m.start(), m.start() + len(m.group(1)), m.group(1))
            for m in re.finditer(r"([^\r\n]*)(?:\r\n|\r|\n|$)", text) if m.group(1) or m.start() < len(text)]


def test_split_lines_equals_the_pattern(pages):
    rng = random.Random(41)
    texts = pages + ["".join(rng.choice("ab \n\n\r\u2028\x0b") for _ in range(rng.randrange(15))) for _ in range(20000)]
    texts += ["", "\n", "a", "a\n", "\na", "a\r\n", "\r", "a\n\n"]
    assert [t for t in texts if split_lines(t) != _split_lines_reference(t)] == []


def test_norm_head_and_tail_are_norms_first_and_last_word(lines):
    rng = random.Random(42)
    pool = list("ab Z_9-.,“”’éİıſß\u00a0\t") + ["Straße", "ﬁ"]
    strings = lines + ["".join(rng.choice(pool) for _ in range(rng.randrange(10))) for _ in range(30000)]
    for s in strings:
        words = norm(s).split(" ")
        assert norm_head(s) in (None, words[0]) and norm_tail(s) in (None, words[-1]), s


def test_title_test_equals_normalised_equality(pages):
    rng = random.Random(43)
    sample = [ln.text.strip() for t in pages[::4] for ln in split_lines(t) if ln.text.strip()]
    titles = [s for s in sample if 3 < len(s) < 120][::5]
    for title in titles[:150]:
        candidates = [title, title.upper(), f"“{title}”", f"— {title} —", title + "s", title[1:], "x" + title,
                      title.replace(" ", "  "), *rng.sample(sample, 20)]
        for line in candidates:
            assert body_kinds.same_words(line, title) == (body_kinds._norm(line) == body_kinds._norm(title)), (line, title)


def _without_trailing_credit_reference(line):
    if (signoff := body_blocks.SITE_SIGNOFF.search(line)) is not None:
        return line[:signoff.start()]
    if (signoff := body_blocks.AGENCY_SIGNOFF.search(line)) is not None:   # (bodies16: '... in November. — VNA/Xinhua')
        return line[:signoff.start()]
    m = body_blocks.TRAILING_CREDIT.search(line)
    if m is None or any(w[:1].islower() and w.casefold() not in body_blocks._CREDIT_WORDS
                        for w in re.findall(r"[^\W\d_][\w'’\-]*", m.group(0))[1:]):
        return line
    return line[:m.start()]


ENDINGS = ("", "\n", " ", " (By Jane Roe)", ". (Reporting by Jane Roe; Editing by John Doe)\n", ". [Applause] ",
           ". 3/", " 12/12", ". —Example.com ", ". – Example.net\n", ". (E)", ".[a]", ". \u0663")


def test_trailing_credit_and_mark_equal_the_plain_searches(lines):
    strings = [s + e for s in lines[::5] for e in ENDINGS]
    assert [s for s in strings if body_blocks.without_trailing_credit(s) != _without_trailing_credit_reference(s)] == []
    plain = [s[:m.start()] if (m := body_wraps.TRAILING_MARK.search(s)) else s for s in strings]
    assert [body_wraps.without_trailing_mark(s) for s in strings] == plain


def _uncredited_caption_reference(line):
    if len(line) >= body_kinds.MAX_CAPTION or body_kinds.QUOTE_MARK.search(line) or body_kinds.INNER_SENTENCE_END.search(line) \
            or body_kinds.REPORTED.search(line):
        return False
    return bool(body_kinds.CAPTION_POSITION.search(line) or body_kinds.CAPTION_CREDIT_END.search(line)
                or body_kinds.CAPTION_VERB.search(line) and (body_kinds.CAPTION_DATE_END.search(line)
                                                       or body_kinds.CAPTION_POSITION_COMMA.search(line)))


@pytest.mark.parametrize("line", ["Jane Roe (left) greets John Doe in Naha.", "The envoy speaks in Tokyo on May 3.",
                                  "The envoy waves at the port. (Example Times)", "Jane Roe, left, and John Doe shake hands, ",
                                  "Sailors salute in Naha, Japan, on Oct. 4, 2021.", "The envoy said he arrives on May 3."])
def test_uncredited_caption_examples(line):
    assert body_kinds._is_uncredited_caption(line) == _uncredited_caption_reference(line)


def test_uncredited_caption_equals_the_plain_searches(lines):
    assert [s for s in lines if body_kinds._is_uncredited_caption(s) != _uncredited_caption_reference(s)] == []


def _contents_reference(lines, kinds, n):
    later = {}
    for i, ln in enumerate(lines):
        if kinds[i] != "blank" and len(ln.text) <= body_islands.MAX_CONTENTS_ENTRY:
            later[norm(ln.text)] = i
    for i, ln in enumerate(lines):
        if ln.start >= 0.4 * n:
            return
        if kinds[i] == "content" and len(ln.text) <= body_islands.MAX_CONTENTS_ENTRY and later.get(norm(ln.text), i) > i:
            kinds[i] = "furniture"


def test_contents_entries_and_bodies_equal_the_plain_pass(pages, monkeypatch):
    fast = [find_body(t) for t in pages]
    monkeypatch.setattr(body, "mark_contents_entries", _contents_reference)
    assert [find_body(t) for t in pages] == fast


def test_bodies_do_not_depend_on_the_memo(pages):
    """The memo of line kinds and prose verdicts is filled in page order: cold, warm or in reverse, the same bodies."""
    body_kinds._kind.cache_clear()
    body_prose.is_prose.cache_clear()
    cold = [find_body(t) for t in pages]
    warm = [find_body(t) for t in pages]
    body_kinds._kind.cache_clear()
    body_prose.is_prose.cache_clear()
    backwards = [find_body(t) for t in reversed(pages)][::-1]
    assert cold == warm == backwards


TEXT_NOTES = ["Translated by the world desk.", "[English version] Translated by the desk.", "Unofficial English translation of the remarks.",
              "English text by the international desk, Tokyo.", "This English summary is a shortened translation of the report.",
              "Note: translated from the Japanese by Jane Roe.", "ENGL\u0130SH TEXT BY THE DESK", "Engl\u0131sh text by the desk",
              "Ru\u017f\u017fian text by the desk", "The ministry said the talks would resume."]


@pytest.mark.parametrize("line", TEXT_NOTES)
def test_text_note_test_equals_the_pattern(line):
    assert is_text_note(line) == (TEXT_NOTE.match(line) is not None)


def test_text_note_test_equals_the_pattern_on_every_line(lines):
    assert [s for s in lines if is_text_note(s) != (TEXT_NOTE.match(s) is not None)] == []


@pytest.mark.parametrize("line,kind", [
    ("Photo: the destroyer in port", "caption"), ("Related stories", "back"), ("Advertisement", "furniture"),
    ("(Note: the figures are provisional.)", "note"), ("All R\u0130ghts Reserved.", "note"),
    ("The two coast guards held their first joint drill on Thursday, officials said.", "content"),
    ("Print   Close   Share", "furniture"), ("Home | News | Asia", "furniture"), ("214 comments", "back"),
])
def test_classify_line_kinds(line, kind):
    assert classify_line(line) == kind
