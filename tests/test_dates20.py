"""dates20: a transcript's own acts fall on the briefing day its head names (posted the next day or later), and a
past perfect reported with a dated saying but no dated occasion stays unknown (GUIDELINES, Dates). Own wording."""
from datetime import date

import pytest

from pipeline.extract.briefing_days import briefing_day
from tests.test_dates20_probe import dated

POSTED = date(2024, 6, 13)


@pytest.mark.parametrize("head, expected", [
    ("Regular Press Conference of the Ministry of Defense on June 12\n\n", date(2024, 6, 12)),
    ("Transcript of the news briefing (June 11, 2024)\n\n", date(2024, 6, 11)),
    ("The spokesperson answered questions at the press conference on the afternoon of June 12.\n\n", date(2024, 6, 12)),
    ("Daily Press Briefing\n\n", POSTED),                                       # no day named: the posting day
    ("Press conference on May 2 about the April drills\n\n", POSTED),           # too long before the posting
    ("Press conference\nThe ministers met on June 10.\n\n", POSTED),            # a day on another line
])
def test_briefing_day(head, expected):
    text = head + "Spokesperson Li: We urge restraint.\n"
    assert briefing_day(text, head_end=len(head), published=POSTED).date_start == expected


def test_briefing_day_without_publication():
    assert briefing_day("Daily Press Briefing\n\n", head_end=22, published=None) is None


@pytest.mark.parametrize("text, trigger, expected", [
    # the saying bounds the lodging from above only: not dated
    ("South Korea's foreign ministry spokesman said on Tuesday that Seoul had lodged a protest with Tokyo.",
     "protest", (None, None, "unknown")),
    # with the occasion dated before it: from the occasion to the saying
    ("China's coast guard entered Japanese waters near the Senkakus on Monday. A Japanese foreign ministry spokesman "
     "said on Wednesday that Tokyo had lodged a protest with Beijing.", "protest", (date(2024, 6, 10), date(2024, 6, 12), "range")),
    # the reported clause's own day still dates it
    ("The spokesman said on Wednesday that Japan had lodged a protest on Monday.", "protest",
     (date(2024, 6, 10), date(2024, 6, 10), "day")),
])
def test_reported_perfect(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger, date(2024, 6, 14)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tokyo had made its position clear", True),          # an irregular participle the suffixes missed
    ("the envoy had met the minister", True),
    ("the navy had sailed past", True),                    # a regular one
    ("the navy had also been warned", True),
    ("the island had different rules", False),            # 'had' as a main verb
    ("the ministry had not", False),
])
def test_past_perfect_from_the_verb_table(seed_knowledge, text, expected):
    from pipeline.extract.subordinate_acts import past_participles, past_perfect_before
    participles = past_participles(seed_knowledge.irregular_verbs)
    assert past_perfect_before(text, len(text), participles) is expected


@pytest.mark.parametrize("text, found", [
    ("the party's candidate in January's presidential election", []),     # the noun's time, not an act's
    ("the vote in March’s local elections", []),
    ("the talks held in January", ["in January"]),
    ("the drills in April 2023", ["April 2023"]),
])
def test_possessive_month_is_no_act_time(text, found):
    from pipeline.extract.dates import find_time_expressions
    assert [t.text for t in find_time_expressions(text, published=date(2024, 6, 14))] == found
