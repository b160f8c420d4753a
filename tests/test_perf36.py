"""perf36: patterns compiled once per process on real text, same answers. A phrase matcher's first-token test no longer
goes through re's cache (its thousands of tokens flooded it); a gapped head's pattern is compiled and run only where
one of its rests' words follows; a transcript label's title pattern is compiled once per label; the modules' inline
constant patterns are module-level constants. Each fast form is checked against the plain one it replaced."""
import random
import re
from pathlib import Path

import pytest

from pipeline.extract import transcripts
from pipeline.extract.gapped import GappedTriggers
from pipeline.extract.phrases import PhraseMatcher, token_fits

TOKENS = ["a", "A", "s", "S", "k", "K", "i", "I", "z", "0", "9", r"\-", r"\.", "é", "ß", "[Cc]", "[a-z]", r"\s", r"\w",
          r"\d", "s?", "a*", "[’']", "(?:a|b)", "ſ", "K", "ı", "İ", " ", "x+"]
CHARS = ["a", "A", "s", "S", "k", "K", "i", "I", "z", "0", "9", "-", ".", "é", "É", "ß", "ſ", "K", "ı", "İ", " ", "’",
         "'", "\t", "_", "x", "b"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_token_fits_is_fullmatch(flags):
    for token in TOKENS:
        for ch in CHARS:
            plain = bool(re.fullmatch(token, ch, flags) or re.fullmatch(token, "", flags))
            assert token_fits(token, ch, flags) == plain, (token, ch, flags)


def test_matcher_pair_test_leaves_re_cache_alone():
    m = PhraseMatcher(["sanction", "Senkaku", r"s\-[a-z]+", "[Tt]aiwan", "tariff"], before=r"(?<!\w)", flags=re.IGNORECASE)
    assert not m.may_start(["zz"]) and m.may_start(["s-"])     # every token compiled once here
    re.purge()
    assert m.may_start(["se", "ta", "xx", "Ta"]) and m.may_start(["sa"]) and not m.may_start(["xx", "qq", "s."])
    assert len(re._cache) == 0    # (a new pair is tested with the compiled tokens, no re.fullmatch)


VERB_KEYS = {"lodged a protest": "lodge a protest", "lodge a protest": "lodge a protest", "turned down": "turn down",
             "turn down": "turn down", "called on": "call on", "held talks": "hold talks", "signed an agreement": "sign an agreement",
             "issued a statement": "issue a statement", "expressed concern": "express concern", "carried out drills": "carry out drills"}
WORDS = ["lodged", "a", "stern", "formal", "protest", "turned", "the", "offer", "down", "it", "called", "strongly", "on",
         "Tokyo", "held", "two", "rounds", "of", "talks", "signed", "new", "trade", "agreement", "issued", "joint", "statement",
         "expressed", "deep", "concern", "carried", "out", "naval", "drills", "to", "China", "with", "Taipei", ",", "PROTEST",
         "Talks", "DOWN", "déjà", "vu", "Protest"]


def _sentences(n, seed):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(WORDS) + rnd.choice([" ", " ", " ", ", ", "  "]) for _ in range(rnd.randint(3, 18)))
            for _ in range(n)]


def _matcher():
    literal = PhraseMatcher([re.escape(k) for k in sorted(VERB_KEYS, key=lambda k: (-len(k), k))],
                            before=r"(?<![\w\-])", after=r"(?![\w\-])", flags=re.IGNORECASE)
    return GappedTriggers(literal, VERB_KEYS)


@pytest.mark.parametrize("seed", range(4))
def test_gapped_word_test_changes_no_match(seed):
    fast, plain = _matcher(), _matcher()
    plain._rest_words = {h: None for h in plain._rest_words}      # no literal test: every head's pattern runs
    for text in _sentences(300, seed):
        got = [(g.a, g.b, g.key, g.rest) for g in fast.gapped(text, 0, len(text))]
        assert got == [(g.a, g.b, g.key, g.rest) for g in plain.gapped(text, 0, len(text))], text
        for g in plain.gapped(text, 0, len(text)):
            assert fast.key_of(g.text[g.a:g.b]) == plain.key_of(g.text[g.a:g.b])


@pytest.mark.parametrize("surface, key", [
    ("lodged a stern protest", "lodged a protest"),
    ("turned the offer down", "turned down"),
    ("called strongly on", "called on"),
    ("held two rounds of talks", "held talks"),
    ("lodged a stern complaint", None),
    ("turned the offer", None),
])
def test_gapped_key_of(surface, key):
    assert _matcher().key_of(surface) == key


def test_role_title_compiled_once_per_label():
    assert transcripts._title_before("Minister") is transcripts._title_before("Minister")
    assert transcripts._title_before("Minister").search("said Minister ")
    assert not transcripts._title_before("Minister").search("said Defense Ministers ")


# modules on per-sentence paths whose inline constant patterns became module-level constants
MODULES = ["wishes", "predicates", "clauses", "attribution", "timing", "anaphoric_periods", "resolution_acts", "stances",
           "events", "subordinate_acts", "caps_labels", "drawn_reactions", "statements", "coordinated_time", "stance_channels"]
INLINE = re.compile(r"\bre\.(?:search|match|fullmatch|sub|finditer|findall|split)\(r?[\"']")


@pytest.mark.parametrize("module", MODULES)
def test_no_inline_constant_pattern(module):
    source = (Path(__file__).parents[1] / "pipeline" / "extract" / f"{module}.py").read_text()
    assert not INLINE.findall(source)
