"""perf34: the actor pass compiles no pattern per document, and its literal tests before regex searches change no
answer. Each fast function is checked against the plain form it replaced on generated text."""
import random
import re
from pathlib import Path

import pytest

from pipeline.extract import actor_contexts as AC
from pipeline.extract.names import FAMILY_AFTER, FAMILY_BEFORE
from pipeline.extract.phrases import longest_first

FAMILIES = ["Abe", "Abel", "Lin", "Lina", "Koo", "Kao", "Wu", "Wu-Lin", "Tsai", "Hunter", "Marles", "Ishiba", "Kim"]
WORDS = ["said", "the", "of", "Japan", "Minister", "Hong", "Kong", "in", "Copyright", "©", "Photo:", "Source:", "Act",
         "Relations", "Taiwan", "Law", "Treaty", "(", ")", "[", "]", "/", ",", ".", "\n", "AFP", "Reuters", "later",
         "Later", "Abe's", "Lin’s", "Koo-", "-Kao", "2024", "Ltd.", "Inc", "(C)", "office", "Photos", "FILE:"]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rnd.choice(WORDS + FAMILIES) for _ in range(rnd.randint(5, 40))]
        out.append("".join(w + rnd.choice([" ", " ", " ", "", "\t", ". ", ", "]) for w in words))
    return out


def _family_matches_plain(text, start, end, unique_re, extra):
    """What family_matches stands for: one pattern over the registry's and this document's names (longest first)."""
    union = re.compile(FAMILY_BEFORE + "(?:" + "|".join(
        re.escape(f) for f in sorted(set(extra) | UNIQUE, key=longest_first)) + ")" + FAMILY_AFTER)
    return [m.span() for m in union.finditer(text, start, end)]


UNIQUE = {"Tsai", "Hunter", "Abe", "Ishiba"}
UNIQUE_RE = re.compile(FAMILY_BEFORE + "(?:" + "|".join(re.escape(f) for f in sorted(UNIQUE, key=longest_first)) + ")" + FAMILY_AFTER)


@pytest.mark.parametrize("seed", range(6))
def test_family_matches_equal_one_union_pattern(seed):
    rnd = random.Random(seed)
    for text in _texts(150, seed):
        extra = set(rnd.sample([f for f in FAMILIES if f not in UNIQUE], rnd.randint(0, 5)))
        start = rnd.randint(0, len(text) // 3)
        end = rnd.randint(start, len(text))
        got = [m.span() for m in AC.family_matches(text, start, end, UNIQUE_RE, extra)]
        assert got == _family_matches_plain(text, start, end, UNIQUE_RE, extra), (text, extra)


def _is_credit_plain(text, start, end, *, media):
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    closes = AC._CLOSES.match(text, end) is not None
    if closes and (AC._CREDIT_MARK.search(before) or AC._COPYRIGHT_BEFORE.search(before)):
        return True
    if AC._COPYRIGHT_BEFORE.search(before) and AC._SENTENCE_CLOSES.match(text, end):
        return True
    if not media:
        return False
    if closes and AC._LINE_OPEN_BRACKET.search(text, max(0, start - 4), start):
        return True
    if text[end:end + 1] == "】" and "【" in before:
        return True
    return before.endswith("/") or text[end:end + 1] == "/"


def _opens_document_name_plain(text, end, start=None):
    return AC._DOCUMENT_NAME_AFTER.match(text, end) is not None or (
        start is not None and AC._DOCUMENT_NAME_BEFORE.search(text, max(0, start - 80), start) is not None)


def _opening_name_word_plain(text, lo, pos):
    m = AC.OPENING_WORD_BEFORE.search(text, lo, pos)
    if m is None or m.group(1) in AC._OPENERS or re.search(rf"(?<![\w\-]){re.escape(m.group(1).lower())}(?![\w\-])", text):
        return None
    return m


@pytest.mark.parametrize("seed", range(4))
def test_gated_context_tests_equal_plain(seed):
    for text in _texts(120, 100 + seed):
        for name in ("AFP", "Japan", "Taiwan", "Reuters", "Abe", "Hong"):
            for m in re.finditer(re.escape(name), text):
                s, e = m.span()
                for media in (False, True):
                    assert AC.is_credit(text, s, e, media=media) == _is_credit_plain(text, s, e, media=media), (text, s)
                assert AC.opens_document_name(text, e, s) == _opens_document_name_plain(text, e, s)
                a, b = AC.opening_name_word(text, max(0, s - 40), s), _opening_name_word_plain(text, max(0, s - 40), s)
                assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("text, name, expected", [
    ("Copyright 2024 Example News Ltd.", "Example News", True),          # a rights line
    ("(Photo: Taiwan Presidential Office)", "Taiwan Presidential Office", True),   # a photo credit
    ("(Courtesy of: the Coast Guard Administration)", "Coast Guard Administration", True),
    ("The talks in Japan ended.", "Japan", False),
    ("Officials said: the Coast Guard Administration acted.", "Coast Guard Administration", False),
])
def test_is_credit_cases(text, name, expected):
    s = text.index(name)
    assert AC.is_credit(text, s, s + len(name), media=False) is expected


def test_actor_pass_compiles_nothing_again_after_re_cache_purge():
    """Any pattern the actor pass builds is kept by the pass itself: once re's own cache is emptied (as a long corpus
    does), extracting the same documents again compiles nothing in the document pass."""
    import re._compiler as RC
    from pipeline.extract.body import Body, find_body
    from pipeline.extract.claims import ClaimExtractor
    from pipeline.knowledge import load_knowledge
    from pipeline.layers import document_inputs, ingest_layer
    docs = document_inputs(ingest_layer(Path("seeds/documents")).documents)[:12]
    ex = ClaimExtractor(load_knowledge(Path("seeds")))
    bodies = [find_body(d.text, title=d.title, author=d.author) if d.body_start is None or d.body_end is None
              else Body(d.body_start, d.body_end, list(d.excluded)) for d in docs]
    for d, b in zip(docs, bodies):
        ex.matcher.find(d.text, b.start, b.end, b.excluded)
    re.purge()
    compiled, orig = [], RC.compile
    RC.compile = lambda p, flags=0: compiled.append(p) or orig(p, flags)
    try:
        for d, b in zip(docs, bodies):
            ex.matcher.find(d.text, b.start, b.end, b.excluded)
    finally:
        RC.compile = orig
    assert compiled == []
