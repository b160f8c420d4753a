"""dates14: GUIDELINES, Dates, "Acts around a dated occasion" (ruling of 2026-12-07): 'at the time' ties an act to
the occasion whoever acts; 'later', 'eventually', 'subsequently', 'went on to' leave it unknown even for the
occasion's own actor. Own example sentences."""
from datetime import date

import pytest

from pipeline.extract.dates import find_time_expressions
from pipeline.extract.occasion_ties import at_the_time, sequel_marked
from tests.test_dates7 import dated

D = date
UNKNOWN = (None, None, "unknown")
MONDAY = (D(2024, 6, 10), D(2024, 6, 10), "day")
MARCH = (D(2023, 3, 1), D(2023, 3, 31), "month")


@pytest.mark.parametrize("text, verb, expected", [
    ("The envoy later urged restraint.", "urged", True),
    ("Later, the envoy urged restraint.", "urged", True),
    ("The ministry eventually agreed to the talks.", "agreed", True),
    ("The minister went on to urge restraint.", "urge", True),
    ('"We want calm," the envoy later said.', "said", True),
    # a time of its own: left to the anaphor resolvers
    ("The envoy later that day urged restraint.", "urged", False),
    ("The envoy two days later urged restraint.", "urged", False),
    ("A year later the envoy urged restraint.", "urged", False),
    # 'later' in someone's quoted words is not the narrator's
    ('"We will talk later," the envoy said.', "said", False),
    ("The envoy urged restraint.", "urged", False),
])
def test_sequel_marked(text, verb, expected):
    assert sequel_marked(text, 0, text.index(verb)) is expected


def test_at_the_time_takes_the_occasion():
    anchor = find_time_expressions("in March 2023", published=D(2024, 6, 14))[0]
    t = at_the_time("Beijing protested the visit at the time", 0, 40, [], anchor)
    assert (t.date_start, t.date_end, t.precision) == MARCH
    assert at_the_time("Beijing protested the visit at the time of the summit", 0, 54, [], anchor) is None
    assert at_the_time("Beijing protested the visit", 0, 27, [], anchor) is None


@pytest.mark.parametrize("text, trigger, expected", [
    # the occasion's own actor going on with no time: the occasion's date
    ("On Monday Kishida met Lai in Tokyo. Kishida urged Beijing to show restraint.",
     "urged", MONDAY),
    # ... but 'later' / 'eventually' / 'went on to' place the act after it at no stated distance
    ("On Monday Kishida met Lai in Tokyo. Kishida later urged Beijing to show restraint.",
     "urged", UNKNOWN),
    ("On Monday Kishida met Lai in Tokyo. Later, Kishida urged Beijing to show restraint.",
     "urged", UNKNOWN),
    ("On Monday Kishida met Lai in Tokyo. Kishida went on to urge Beijing to show "
     "restraint.", "urge", UNKNOWN),
    # 'at the time' ties a different actor's reaction to the occasion
    ("In March 2023, Kishida visited Taipei. Beijing protested the trip at the time.", "protested", MARCH),
    ("China's foreign ministry on Monday condemned the trip. At the time, Japan protested the remarks.", "protested",
     MONDAY),
    # a different actor's untied reaction in a later sentence stays unknown
    ("China's foreign ministry on Monday condemned the trip. Japan protested the remarks.", "protested", UNKNOWN),
    # a sentence's time dates its every main clause, and a participle consequence takes its cause's date
    ("In March 2023, Chinese warships sailed through the strait and Japan lodged a protest.", "lodged", MARCH),
    ("In March 2023, Chinese warships sailed through the strait, prompting Japan to lodge a protest.", "lodge", MARCH),
    # ... and ', which prompted ...' too, at any precision
    ("Chinese submarines entered Japanese waters near Okinawa in March 2023, which prompted Tokyo to lodge a protest.",
     "lodge", MARCH),
    # 'eventually' after the sentence's time: not at that time
    ("In March 2023, a Chinese trawler rammed a Japanese patrol boat, and China eventually apologized to Japan.",
     "apologized", UNKNOWN),
    # 'at the time' ties a reaction on a noun to the occasion
    ("In March 2023, Japan renamed its office in Taipei, a change that drew a rebuke from Beijing at the time.",
     "rebuke", MARCH),
])
def test_acts_around_a_dated_occasion(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a paragraph-opening summary takes the day of the detail that follows about the same actor (or its ministry)
    ("Taipei welcomed the statement. Taiwan's Ministry of Foreign Affairs thanked the three countries on Monday for "
     "their support, a spokesman said.", "welcomed", MONDAY),
    ("Beijing welcomed the remarks. Chinese Foreign Ministry spokesman Kong Quan told a briefing on Monday that China "
     "appreciated the position.", "welcomed", MONDAY),
    # not another country's act, nor a summary in the middle of a paragraph, nor one with a time of its own
    ("Beijing welcomed the remarks. Japanese officials met in Tokyo on Monday.", "welcomed", UNKNOWN),
    ("The talks ended. Beijing welcomed the remarks. Chinese Foreign Ministry spokesman Kong Quan told a briefing on "
     "Monday that China appreciated the position.", "welcomed", UNKNOWN),
])
def test_paragraph_lead_takes_the_detail_day(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


def test_on_that_occasion_refers_back():
    from pipeline.extract.timing import occasion_day
    anchor = find_time_expressions("on June 10", published=D(2024, 6, 14))[0]
    t = occasion_day("On that occasion the coast guard used water cannon.", anchor, published=D(2024, 6, 14))
    assert (t.date_start, t.date_end, t.precision) == MONDAY


def test_a_persons_paragraph_opening_act_is_no_summary(seed_extractor):
    text = ("Kishida accused China of raising tensions. Chief Cabinet Secretary Matsuno told reporters on Monday that "
            "Japan would seek an explanation.")
    assert dated(seed_extractor, text, "accused") == UNKNOWN
