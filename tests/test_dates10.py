"""dates10: facts of English dates and of narrative. Day spans in day-month order ('8 to 10 April 2023'); 'the
next morning', 'the previous evening' counted from the narrative's last named day; an act reported in the past
perfect inside someone's words spans from the day the narrative last named to the day of the saying (GUIDELINES,
Dates). Own example sentences, in the style of wire and think-tank reporting."""
from datetime import date

import pytest

from pipeline.extract.dates import TimeRef, anaphoric_day, find_time_expressions
from pipeline.extract.reported_perfect import past_perfect_at, reported_perfect_time
from tests.test_dates7 import dated  # an event's (start, end, precision) by its trigger

PUBLISHED = date(2024, 6, 14)     # a Friday
UNKNOWN = (None, None, "unknown")


def spans(text, published=PUBLISHED):
    return [(t.text, t.date_start, t.date_end, t.precision) for t in find_time_expressions(text, published=published)]


@pytest.mark.parametrize("text, start, end", [
    ("From 8 to 10 April 2023, the navy held drills off the coast.", date(2023, 4, 8), date(2023, 4, 10)),
    ("The carrier operated in the Pacific between 7 and 10 April 2023.", date(2023, 4, 7), date(2023, 4, 10)),
    ("The exercise ran from 28 to 30 May, the ministry said.", date(2024, 5, 28), date(2024, 5, 30)),
    ("Troops trained together on 3-5 May.", date(2024, 5, 3), date(2024, 5, 5)),
    ("The talks were held on 11–12 March 2019 in Hanoi.", date(2019, 3, 11), date(2019, 3, 12)),
    ("Delegates met from 1st to 3rd February in Brussels.", date(2024, 2, 1), date(2024, 2, 3)),
    ("The summit took place 20 to 22 Nov. 2022 in Bali.", date(2022, 11, 20), date(2022, 11, 22)),
    ("Patrols continued from 2 through 9 June.", date(2024, 6, 2), date(2024, 6, 9)),
    ("The frigate visited the port between 14 and 16 September, 2021.", date(2021, 9, 14), date(2021, 9, 16)),
    ("Ministers gathered in Canberra from 5 until 7 December 2023.", date(2023, 12, 5), date(2023, 12, 7)),
])
def test_day_month_spans(text, start, end):
    found = spans(text)
    assert [(s, e, p) for _, s, e, p in found] == [(start, end, "range")], found


@pytest.mark.parametrize("text", [
    "The navy held drills on 10 April 2023.",          # one day stays one day
    "Turnout rose by 3 to 5 percent in May.",          # not a day span: no month right after the numbers
])
def test_day_month_spans_not_taken(text):
    assert not [t for t in spans(text) if t[3] == "range"], spans(text)


@pytest.mark.parametrize("text, shift", [
    ("She met the president the next morning", 1),
    ("He flew on to Seoul the following evening", 1),
    ("the ministry protested the following afternoon", 1),
    ("The envoy was summoned the next night", 1),
    ("The minister had arrived the previous evening", -1),
    ("the two sides talked by phone the previous night", -1),
    ("the ships left the previous morning", -1),
    ("Officials met again the next day", 1),
])
def test_parts_of_days_counted(text, shift):
    anchor = TimeRef(0, 0, "on Tuesday", date(2024, 6, 11), date(2024, 6, 11), "day")
    t = anaphoric_day(text, anchor)
    assert t is not None and t.date_start == date(2024, 6, 11 + shift) and t.precision == "day"


@pytest.mark.parametrize("text, expected", [
    ("China had lodged", True), ("Tokyo had already lodged", True), ("it had also formally lodged", True),
    ("China has lodged", False), ("China lodged", False), ("China had decided to lodge", False),
])
def test_past_perfect_at(text, expected):
    trigger = text.rfind("lodge")
    assert past_perfect_at(text, trigger) is expected


DAY = lambda d: TimeRef(0, 0, "", d, d, "day")  # noqa: E731


@pytest.mark.parametrize("saying, published, occasion, expected", [
    (DAY(date(2024, 6, 13)), PUBLISHED, DAY(date(2024, 6, 11)), (date(2024, 6, 11), date(2024, 6, 13), "range")),
    (DAY(date(2024, 6, 13)), PUBLISHED, DAY(date(2024, 6, 13)), (date(2024, 6, 13), date(2024, 6, 13), "day")),
    (None, PUBLISHED, DAY(date(2024, 6, 12)), (date(2024, 6, 12), date(2024, 6, 14), "range")),  # undated saying
    (None, None, DAY(date(2024, 6, 12)), None),                        # no publication: no end
    (DAY(date(2024, 6, 13)), PUBLISHED, None, None),                   # no dated occasion: not this rule's
    (DAY(date(2024, 6, 13)), PUBLISHED, DAY(date(2024, 3, 1)), None),  # an old day is background, not the occasion
    (DAY(date(2024, 6, 10)), PUBLISHED, DAY(date(2024, 6, 12)), None),  # an occasion after the saying
])
def test_reported_perfect_bounds(saying, published, occasion, expected):
    text = "Lin said China had lodged representations"
    t = reported_perfect_time(text, trigger_start=text.index("lodged"), verb_at=text.index("said"), saying=saying,
                              published=published, occasion=occasion)
    assert (None if t is None else (t.date_start, t.date_end, t.precision)) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("South Korean President Yoon Suk Yeol visited Tokyo on Tuesday. Chinese Foreign Ministry spokesperson Lin Jian "
     "said on Thursday that China had lodged stern representations with South Korea.", "lodged",
     (date(2024, 6, 11), date(2024, 6, 13), "range")),
    ("Japan's defense ministry said warships passed the Tsushima Strait on Monday. Chief Cabinet Secretary Yoshimasa "
     "Hayashi said Tokyo had lodged a protest with Beijing through diplomatic channels.", "lodged",
     (date(2024, 6, 10), date(2024, 6, 14), "range")),
    ("The Philippine navy said Chinese coast guard ships fired water cannon at a supply boat on Saturday. Manila said "
     "on Sunday that it had summoned the Chinese ambassador.", "summoned", (date(2024, 6, 8), date(2024, 6, 9), "range")),
    ("The US destroyer sailed through the Taiwan Strait on June 3. Beijing said on June 4 that it had lodged "
     "representations.", "lodged", (date(2024, 6, 3), date(2024, 6, 4), "range")),
    # the speaker's own earlier saying is not the occasion: the day before it is
    ("Japan's cabinet adopted the defence white paper on Tuesday. Chinese Foreign Ministry spokesperson Mao Ning said "
     "on Wednesday that the paper was \"full of prejudice\". Mao said China had lodged stern representations with Japan.",
     "lodged", (date(2024, 6, 11), date(2024, 6, 12), "range")),
    # the reported clause's own time dates the act
    ("Wang said on Tuesday that China had lodged a protest on Sunday.", "lodged", (date(2024, 6, 9), date(2024, 6, 9), "day")),
    # not a past perfect: the saying's day, as before
    ("The US destroyer sailed through the Taiwan Strait on June 3. Beijing lodged representations on June 4.", "lodged",
     (date(2024, 6, 4), date(2024, 6, 4), "day")),
])
def test_reported_perfect_in_text(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Pelosi's plane touched down in Taipei late on Tuesday. She met President Tsai Ing-wen the next morning.", "met",
     (date(2024, 6, 12), date(2024, 6, 12), "day")),
    ("Japanese and Philippine troops held joint drills on 3-5 May.", "held", (date(2024, 5, 3), date(2024, 5, 5), "range")),
    ("From 8 to 10 April 2023, the PLA Eastern Theater Command held drills around Taiwan.", "held",
     (date(2023, 4, 8), date(2023, 4, 10), "range")),
])
def test_spans_and_parts_of_days_in_text(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected
