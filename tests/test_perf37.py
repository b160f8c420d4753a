"""perf37: the document pass's cheap preconditions and literal-offset scans give the matches of the scans they replace
or skip (sentences written for these tests)."""
import re

import pytest

from pipeline.extract.actor_contexts import (CITY_COMMA_BEFORE, FROM_BEFORE, FROM_X_TO_BEFORE, SPATIAL_BEFORE,
                                             _may_place_before, missions, mission_pattern)
from pipeline.extract.actor_gates import (LIST_WORDS, MEDIUM_WORDS, PLURAL_TITLES, bracket_acronyms, holds_any,
                                          holds_any_folded, may_name_outlets, starts_not_after)
from pipeline.extract.actor_labels import PLURAL_TITLE
from pipeline.extract.local_governments import _LEVEL_WORD, _LEVEL_WORDS, may_name_local_governments
from pipeline.extract.media_names import named_outlets
from pipeline.extract.short_forms import kin_core_pattern, kin_patterns

TEXTS = [
    "The frigate sailed east of Taiwan on Monday, the ministry said.",
    "Officials in Kaohsiung, Taiwan, said the drills stretched from Japan to the Philippines.",
    "Analysts said Japan would respond; the premier flew into the capital.",
    "The Armed Forces of the Philippines (AFP) said (AFP) its ships  (NAVY) were near.",
    "Reps. Ann Lee, Bo Park and Cy Tan wrote to the Chinese embassy in Tokyo.",
    "Firms such as Acme and Bolt joined, the Nikkei business daily reported.",
    "Abe's widow Akie Abe spoke; the mayor's son, Ken, did not.",
    "The Hualien County government and the Okinawa prefectural assembly met in Naha City.",
    "ſaid the KELVIN K and CİTY of TOWNſHIP people in ı town",
    "Q (Kyodo News): Thank you.\nREPORTER (TV Asahi): A question.",
    "xsaid the reporter, who told 'said' people; co-chaired by Lin Wei, headed by Ma Ying",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_place_gate_is_a_necessary_condition(text):
    for cut in range(len(text) + 1):
        before = text[max(0, cut - 40):cut]
        full = any(p.search(before) for p in (SPATIAL_BEFORE, CITY_COMMA_BEFORE, FROM_BEFORE, FROM_X_TO_BEFORE))
        assert not full or _may_place_before(before)


@pytest.mark.parametrize("text", TEXTS)
def test_bracket_acronyms_as_finditer(text):
    for start in range(0, len(text) + 1, 7):
        expected = [(m.start(), m.group(1)) for m in re.finditer(r"[ \t]*\(([A-Z]{2,6})\)", text[:len(text)])
                    if m.start() >= start] if start == 0 else \
            [(m.start(), m.group(1)) for m in re.compile(r"[ \t]*\(([A-Z]{2,6})\)").finditer(text, start, len(text))]
        assert bracket_acronyms(text, start, len(text)) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_reported_verb_starts_as_lookbehind_scan(text):
    words = r"(?:said|says|told|(?:led|headed|co-chaired|chaired)[ \t]+by)"
    full = re.compile(r"(?<![\w’'])" + words)
    for start in range(0, len(text) + 1, 5):
        assert starts_not_after(re.compile(words), text, start, len(text), "’'") == \
            [m.start() for m in full.finditer(text, start, len(text))]


@pytest.mark.parametrize("text", TEXTS)
def test_literal_gates_hold_every_match(text):
    end = len(text)
    assert bool(PLURAL_TITLE.search(text)) <= holds_any(text, 0, end, PLURAL_TITLES)
    assert bool(re.search(r"(?:including|such[ \t]+as|like)", text)) <= holds_any(text, 0, end, LIST_WORDS)
    assert bool(named_outlets(text, 0, end)) <= may_name_outlets(text, 0, end)
    assert may_name_local_governments(text, 0, end) == (_LEVEL_WORD.search(text) is not None)
    assert holds_any_folded(text, 0, end, _LEVEL_WORDS, _LEVEL_WORD) == (_LEVEL_WORD.search(text) is not None)
    kins = ["widow", "son", "daughter-in-law"]
    assert bool(kin_patterns(kins)[1].search(text)) <= bool(kin_core_pattern(kins).search(text))
    assert holds_any(text, 0, end, MEDIUM_WORDS) == any(w in text for w in MEDIUM_WORDS)


def test_missions_without_the_word_scan_nothing():
    pattern = mission_pattern(["Chinese", "Japan"])
    def owner(w):
        return ("CN", "China") if w == "Chinese" else ("JP", "Japan")
    text = TEXTS[4]
    assert missions(text, 0, len(text), pattern, country_of=owner, place_name=lambda c: None)
    assert missions(TEXTS[0], 0, len(TEXTS[0]), pattern, country_of=owner, place_name=lambda c: None) == []


@pytest.mark.parametrize("text", TEXTS + ["The Japanese side said; the Chinese\tside agreed; a Korean sides", "outside, beside"])
def test_side_gate_holds_every_side_match(text):
    from pipeline.extract.generic_names import _SIDE_WORD
    side = re.compile(r"(?<![\w\-])(Japanese|Chinese|Korean)\s+side\b")
    assert bool(side.search(text)) <= bool(_SIDE_WORD.search(text))
