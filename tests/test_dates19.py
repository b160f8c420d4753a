"""dates19: a sentence opened by a definite frame on an occasion the document named and dated earlier ('In his
inaugural address, ...', 'During the exercise, ...') takes that occasion's date (occasion_frames.py)."""
from datetime import date

import pytest

from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.occasion_frames import frame_families, frame_occasion, named_occasions

PUBLISHED = date(2024, 5, 22)


def occasions_of(*sentences: str) -> dict:
    found: dict = {}
    for text in sentences:     # the first dated mention of an occasion is kept
        found = {**named_occasions(text, find_time_expressions(text, published=PUBLISHED), []), **found}
    return found


@pytest.mark.parametrize("text, families", [
    ("In his inaugural address, the president promised restraint.", ["inauguration", "speech"]),
    ("During the exercise, coast guard ships patrolled the strait.", ["exercise"]),
    ("At their meeting with the envoy, the ministers agreed to talk again.", ["meeting"]),
    ("In a joint statement, the allies criticised the drills.", []),          # indefinite: a new occasion
    ("The ministers met during the exercise.", []),                           # not a sentence-opening frame
])
def test_frame_families(text, families):
    assert frame_families(text) == families


@pytest.mark.parametrize("earlier, frame, expected", [
    (["The envoy attended the inauguration of the new president in the capital on Monday (May 20)."],
     "In his inaugural address, the president called for dialogue.", (date(2024, 5, 20), date(2024, 5, 20), "day")),
    (["From 8 to 10 April 2023, the navy held a blockade exercise around the island."],
     "During the exercise, the coast guard announced inspections.", (date(2023, 4, 8), date(2023, 4, 10), "range")),
    # a later background mention does not replace the occasion first dated
    (["The minister answered a question from an opposition lawmaker on May 14.",
      "A similar question in 2021 had gone unanswered."],
     "In his question, the lawmaker urged the cabinet to clarify its plans.", (date(2024, 5, 14), date(2024, 5, 14), "day")),
    # a definite mention with no time of its own in its stretch dates nothing
    (["The exercise was shorter than the drills of August 2022."],
     "During the exercise, ships shadowed the carrier.", None),
    # no occasion of that kind was named
    (["The envoy met the foreign minister on Monday."],
     "During the exercise, ships shadowed the carrier.", None),
])
def test_frame_occasion(earlier, frame, expected):
    t = frame_occasion(frame, occasions_of(*earlier))
    assert (None if t is None else (t.date_start, t.date_end, t.precision)) == expected


def test_dated_act_names_its_occasion():
    text = "The admiral met with the defence minister in Tokyo."
    day = TimeRef(0, 0, "", date(2024, 6, 18), date(2024, 6, 18), "day")
    assert named_occasions(text, [], [(text.index("met"), day)]) == {"meeting": day}


def _day(d: date, who: str | None = None) -> tuple[TimeRef, str | None]:
    return TimeRef(0, 0, "", d, d, "day"), who


@pytest.mark.parametrize("narrated, expected", [
    # the trip on the 11th, another official's remarks on the 12th: the lodging answers the trip
    ([_day(date(2022, 7, 11)), _day(date(2022, 7, 12), "minister")], (date(2022, 7, 11), date(2022, 7, 12), "range")),
    # only sayings named before: the last one that is not the speaker's own
    ([_day(date(2022, 7, 10), "minister")], (date(2022, 7, 10), date(2022, 7, 12), "range")),
    # (no occasion but the speaker's own saying: unknown, not the saying's day, GUIDELINES; dates20)
    ([_day(date(2022, 7, 12), "spokesman")], (None, None, "unknown")),
])
def test_reported_perfect_occasion_is_no_other_saying(narrated, expected):
    from pipeline.extract.reported_perfect import reported_perfect_claim_time
    from pipeline.extract.sentences import Sentence
    text = "The spokesman said at a briefing on July 12 that China had lodged protests with Tokyo over the trip."
    s = Sentence(0, len(text), text)
    times = find_time_expressions(text, published=date(2022, 7, 13))
    t = reported_perfect_claim_time(text, s, trigger_start=text.index("lodged"), verb_at=text.index("said"), main=times,
                                    times=times, said_on={}, claimant="spokesman", published=date(2022, 7, 13),
                                    narrated=narrated, index=3)
    assert (None if t is None else (t.date_start, t.date_end, t.precision)) == expected
