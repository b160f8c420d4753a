"""dates13: an undated statement that goes on with its speaker's dated occasion takes that occasion's day (census
classes A-C2: the gold dates such acts with the occasion); 'after the meeting' runs from the occasion to the
publication (GUIDELINES, Dates). Own example sentences."""
from datetime import date

import pytest

from pipeline.extract.continued_statements import continued_statement_day
from pipeline.extract.dates import TimeRef, anaphoric_day, find_time_expressions
from pipeline.extract.timing import narrated_day, occasion_day
from tests.test_dates7 import dated

D = date
MONDAY = TimeRef(0, 9, "on Monday", D(2024, 3, 11), D(2024, 3, 11), "day")


@pytest.mark.parametrize("text, published, expected", [
    # 'after the meeting': from the occasion to the publication
    ("Speaking after the meeting, the minister said the talks went well.", D(2024, 3, 13),
     (D(2024, 3, 11), D(2024, 3, 13), "range")),
    ("Following the talks, the envoy said both sides had narrowed their gaps.", D(2024, 3, 12),
     (D(2024, 3, 11), D(2024, 3, 12), "range")),
    # ... a day when both coincide, or when the publication is unknown
    ("Speaking after the meeting, the minister said the talks went well.", D(2024, 3, 11),
     (D(2024, 3, 11), D(2024, 3, 11), "day")),
    ("Speaking after the meeting, the minister said the talks went well.", None, (D(2024, 3, 11), D(2024, 3, 11), "day")),
    # 'at the meeting' is the occasion itself
    ("At the meeting, the minister asked for support.", D(2024, 3, 13), (D(2024, 3, 11), D(2024, 3, 11), "day")),
])
def test_after_the_occasion_is_bounded_by_the_publication(text, published, expected):
    t = occasion_day(text, MONDAY, published=published)
    assert (t.date_start, t.date_end, t.precision) == expected


def _day(text, verb, *, days=None, index=3, last_day=MONDAY):
    at = text.index(verb)
    return continued_statement_day(text, verb=verb, verb_at=at, sources=["a"], sentence_text=text,
                                   days={"a": (MONDAY, 2)} if days is None else days, last_day=last_day, index=index)


@pytest.mark.parametrize("text, verb, expected", [
    ('"Our alliance is stronger than ever," the minister told reporters.', "told", D(2024, 3, 11)),
    ("The envoy told the session that the plan would go ahead.", "told", D(2024, 3, 11)),
    # another, unnamed occasion or the writer's present: not the narrative's day
    ("The envoy once said that the plan would go ahead.", "said", None),
    ("The envoy has said that the plan would go ahead.", "said", None),
    ("The envoy later told reporters that the plan would go ahead.", "told", None),
    ("The envoy says the plan will go ahead.", "says", None),
])
def test_continued_statement_day(text, verb, expected):
    t = _day(text, verb)
    assert (t.date_start if t else None) == expected


def test_no_day_beyond_the_actor_window_or_for_another_speaker():
    text = '"Our alliance is stronger than ever," the minister told reporters.'
    assert _day(text, "told", index=20) is None
    assert _day(text, "told", days={"b": (MONDAY, 2)}) is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("US Defense Secretary Pete Hegseth held talks with Japanese Defense Minister Gen Nakatani in Tokyo on Monday. "
     "\"China is the main threat to peace in the region,\" Hegseth told reporters.", "told", (D(2024, 6, 10), D(2024, 6, 10), "day")),
    ("US Defense Secretary Pete Hegseth held talks with Japanese Defense Minister Gen Nakatani in Tokyo on Monday. "
     "Hegseth once said that China was the main threat to peace in the region.", "said", (None, None, "unknown")),
])
def test_statement_goes_on_with_the_occasion(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Our friendship is stronger today than ever," the envoy told reporters.', None),
    ('The envoy praised "the foundation of today\'s ties" at the dinner.', None),
    ("The ministry lodged a protest today.", D(2024, 6, 14)),
    ("Welcome to today's press conference.", D(2024, 6, 14)),
])
def test_a_quoted_today_is_no_narrated_day(text, expected):
    t = narrated_day(find_time_expressions(text, published=D(2024, 6, 14)), D(2024, 6, 14), text=text)
    assert (t.date_start if t else None) == expected


def test_a_quoted_today_keeps_the_occasion_for_a_report(seed_extractor):
    text = ("Former Japanese Prime Minister Shinzo Abe met President Tsai Ing-wen in Taipei on Wednesday. \"Our ties are "
            "closer today than ever,\" Abe told reporters. In Beijing, Chinese Foreign Ministry spokesman Wang Wenbin said "
            "on Thursday that China had lodged representations with Japan over the meeting.")
    assert dated(seed_extractor, text, "lodged") == (D(2024, 6, 12), D(2024, 6, 13), "range")


@pytest.mark.parametrize("text, expected", [
    # the verb's own 'of' after an anaphoric day ('accused X earlier that day of ...') keeps the day
    ("Tokyo had accused Beijing earlier that day of stoking tensions.", D(2024, 3, 11)),
    ("The ministry accused Manila that same day of, in its words, provoking trouble.", D(2024, 3, 11)),
    # 'that day of the vote' is counted from another event
    ("Ships entered the zone later that day of the summit.", None),
])
def test_anaphoric_day_before_a_verbs_of(text, expected):
    t = anaphoric_day(text, MONDAY)
    assert (t.date_start if t else None) == expected
