"""dates18: subordinate-clause acts, colon lead-ins, irregular pasts from the verb table, a body's lead-in dated by its
spokesperson, 'at the same <occasion>', a spokesperson going on with their state's dated act (GUIDELINES, Dates)."""
from datetime import date
from pathlib import Path

import pytest

from pipeline.extract.coordinated_time import coordinated_time, fronted_after, has_past, irregular_past_forms
from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.subordinate_acts import colon_lead_time, outside_subordinate_time, subordinate_clause_start
from pipeline.extract.summary_leads import VOICE_OPENING
from pipeline.extract.timing import occasion_day
from pipeline.extract.voice_days import speaks_for_another, voice_day_actors

PUBLISHED = date(2019, 3, 15)    # a Friday
IRREGULAR = {"drive": ["drove", "driven", "drives", "driving"], "be": ["was/were", "been", "is", "being"],
             "sink": ["sank", "sunk", "sinks", "sinking"]}


@pytest.mark.parametrize("sentence, trigger, outside", [
    # an act in an after/before/until clause that opens or splits the sentence takes no time from outside it
    ("In May 2018, after the council approved the plan, the ministry cut its budget.", "approved", True),
    ("In May 2018 the ministry, after the council approved the plan, cut its budget.", "approved", True),
    # nor one around a past perfect (the time is the reporting's or the perfect's)
    ("The navy said on Tuesday it had withdrawn its ships after the fishermen left the area.", "left", True),
    ("The talks were cancelled on Tuesday, after the envoy had resigned from his post.", "resigned", True),
    # a trailing after-clause of a plain past is dated with the main clause (as the gold does)
    ("The navy withdrew its ships on Tuesday after the fishermen left the area.", "left", False),
    ("Officials met in March before the envoy resigned from his post.", "resigned", False),
    # the main clause keeps the time
    ("In May 2018, after the council approved the plan, the ministry cut its budget.", "cut", False),
    # a counted distance is left to the counting rules
    ("The navy withdrew on Tuesday, two days after the fishermen left the area, and returned.", "left", False),
])
def test_subordinate_clause_act(sentence, trigger, outside):
    times = find_time_expressions(sentence, published=PUBLISHED)
    local = sentence.index(trigger)
    t = ([x for x in times if x.end <= local] or times)[0]
    assert outside_subordinate_time(sentence, local, t, times) is outside


def test_a_time_inside_the_clause_is_its_own():
    sentence = "In May 2018, after the council approved the plan on Tuesday, the ministry cut its budget."
    times = find_time_expressions(sentence, published=PUBLISHED)
    own = [x for x in times if x.start > sentence.index("approved")][0]
    assert not outside_subordinate_time(sentence, sentence.index("approved"), own, times)


def test_no_subordinate_clause_across_a_comma():
    sentence = "After the vote, the assembly adjourned on Friday."
    assert subordinate_clause_start(sentence, sentence.index("adjourned")) is None


@pytest.mark.parametrize("sentence, trigger, expected", [
    # a lead-in clause ending with its time and a colon dates the elaboration's acts
    ("Trouble returned in July 2015: several trawlers entered the bay, and patrol boats chased them away.", "entered",
     (date(2015, 7, 1), "month")),
    ("Trouble returned in July 2015: several trawlers entered the bay, and patrol boats chased them away.", "chased",
     (date(2015, 7, 1), "month")),
    # not over the elaboration's own time, nor a quotation
    ("Trouble returned in July 2015: in August trawlers entered the bay.", "entered", None),
    ("Trouble returned in July 2015: \"we will stay\", the captain declared.", "declared", None),
    # a time not right before the colon is no lead-in's
    ("In July 2015 trouble returned to the bay: trawlers entered it.", "entered", None),
])
def test_colon_lead_time(sentence, trigger, expected):
    times = find_time_expressions(sentence, published=PUBLISHED)
    t = colon_lead_time(sentence, times, sentence.index(trigger))
    assert (None if t is None else (t.date_start, t.precision)) == expected


def test_irregular_pasts_come_from_the_verb_table():
    forms = irregular_past_forms(IRREGULAR)
    assert forms == {"drove", "was", "were", "sank"}
    assert has_past("and the guards drove them off", 0, 29, forms)
    assert not has_past("and the guards drive them off", 0, 29, forms)
    assert has_past("and the guards escorted them", 0, 28, frozenset())     # a regular past needs no table


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Rebels seized the port on Saturday, and the army drove them out.", "drove", date(2019, 3, 9)),
    ("Rebels seized the port on Saturday, and the army drives them out.", "drives", None),
])
def test_coordinated_irregular_past(sentence, trigger, expected):
    times = find_time_expressions(sentence, published=PUBLISHED)
    t = coordinated_time(sentence, times, sentence.index(trigger), past_forms=irregular_past_forms(IRREGULAR))
    assert (t.date_start if t else None) == expected


def test_fronted_after_phrase_with_an_irregular_past_is_a_clause():
    forms = irregular_past_forms(IRREGULAR)
    assert fronted_after("After the ferry sank in April, the agency ordered checks.", past_forms=forms) is None
    assert fronted_after("After the storm of April 2, the agency ordered checks.", past_forms=forms) is not None


@pytest.mark.parametrize("sentence, voiced", [
    ("Its spokesman Lee Ming said on Monday that the talks would go on.", True),
    ("Ministry spokesperson Lin Mei said on Monday that the talks would go on.", True),
    ("The ministry's spokeswoman told reporters on Monday that the talks would go on.", True),
    ("Officials met the envoy on Monday.", False),
])
def test_voice_opening(sentence, voiced):
    assert bool(VOICE_OPENING.match(sentence)) is voiced


@pytest.mark.parametrize("text, expected", [
    ("At the same exercise, the mayor asked for shelters.", date(2019, 3, 12)),
    ("During the same visit, the minister toured a base.", date(2019, 3, 12)),
    ("At the same time, the mayor asked for shelters.", None),
])
def test_same_occasion(text, expected):
    last = TimeRef(0, 0, "on Tuesday", date(2019, 3, 12), date(2019, 3, 12), "day")
    t = occasion_day(text, last, published=PUBLISHED)
    assert (t.date_start if t else None) == expected


def test_spokesperson_mentions():
    text = "Foreign Ministry spokesperson Wen Li said at a briefing that the visit was a provocation."
    a = text.index("Wen Li")
    assert speaks_for_another(text, [(a, a + len("Wen Li"))])
    other = "Premier Wen Li said at a briefing that the visit was a provocation."
    b = other.index("Wen Li")
    assert not speaks_for_another(other, [(b, b + len("Wen Li"))])
    apposition = "Wen Li, a spokeswoman for the ministry, said the visit was a provocation."
    assert speaks_for_another(apposition, [(0, len("Wen Li"))])


def test_voice_day_actors_are_the_dated_state_and_bodies_of_the_country():
    day = TimeRef(0, 0, "on Wednesday", date(2019, 3, 13), date(2019, 3, 13), "day")
    days = {"atlantis": (day, 2), "atlantis-mfa": (day, 3), "lemuria": (day, 3), "atlantis-navy": (day, 3)}
    country = {"wen-li": "ATL", "atlantis": "ATL", "atlantis-mfa": "ATL", "lemuria": "LEM", "atlantis-navy": "ATL"}
    kind = {"atlantis": "state", "atlantis-mfa": "government_body", "lemuria": "state", "atlantis-navy": "military"}
    got = voice_day_actors("wen-li", days, country_of=country.get, type_of=kind.get)
    assert got == ["atlantis-mfa", "atlantis"]


ROOT = Path(__file__).resolve().parents[1]


def test_extractor_dates_a_spokesperson_after_the_state_act():
    from pipeline.extract.claims import ClaimExtractor, DocumentInput
    from pipeline.knowledge import load_knowledge
    ex = ClaimExtractor(load_knowledge(ROOT / "seeds"))
    text = ("Beijing sanctions retired officer\n\n"
            "China on Wednesday announced sanctions against a retired Japanese general over his role in Taiwan.\n\n"
            "Foreign Ministry spokesperson Guo Jiakun said at a regular press briefing that Japan must stop "
            "interfering in China's internal affairs.\n")
    doc = DocumentInput("d1", text, "Beijing sanctions retired officer", None, date(2025, 9, 24), 0, len(text), ())
    claims = [c for c in ex.extract(doc).claims if c["kind"] == "event" and "guo-jiakun" in c["subject_ids"]]
    assert claims and all(c["date_start"] == date(2025, 9, 24) for c in claims)
