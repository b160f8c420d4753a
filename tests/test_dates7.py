"""dates7: days counted from the narrative ('two days later'), present perfects that take no definite past time,
a capitalised 'Last Tuesday'. Own example sentences."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput
from pipeline.extract.dates import anaphoric_day, find_time_expressions
from pipeline.extract.timing import present_perfect

PUBLISHED = date(2024, 6, 14)   # a Friday


def dated(extractor, text, trigger_word, published=PUBLISHED):
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    claims = [c for c in extractor.extract(doc).claims if c["kind"] == "event" and c["modality"] == "asserted"]
    hits = [c for c in claims if trigger_word in (c["trigger"] or "")]
    assert hits, [(c["trigger"], c["predicate"]) for c in claims]
    c = hits[0]
    return (c["date_start"], c["date_end"], c["date_precision"])


@pytest.mark.parametrize("text, shift", [
    ("two days later", 2), ("three days earlier", -3), ("6 days later", 6), ("a day later", 1), ("the day before", -1),
])
def test_counted_days(text, shift):
    anchor = find_time_expressions("on June 10", published=PUBLISHED)[0]
    d = anaphoric_day(f"The ministry protested {text}.", anchor)
    assert d.date_start == date(2024, 6, 10 + shift)


@pytest.mark.parametrize("text, trigger, expected", [
    # a day counted from the sentence's own earlier day, over that day
    ("On June 3, Chinese coast guard ships rammed a Philippine supply boat, and Manila summoned the Chinese "
     "ambassador two days later.", "summoned", (date(2024, 6, 5), date(2024, 6, 5), "day")),
    # ... or from the day the narrative last named
    ("On June 3, Chinese coast guard ships rammed a Philippine supply boat near the shoal. Manila summoned the "
     "Chinese ambassador three days later.", "summoned", (date(2024, 6, 6), date(2024, 6, 6), "day")),
    # a present perfect takes no time from another clause
    ("Earlier this month, Beijing announced export curbs on rare earths, a step Tokyo has protested.", "protested",
     (None, None, "unknown")),
    ("Last week Seoul recalled its ambassador, and Tokyo has also lodged a protest with Seoul.", "protest",
     (None, None, "unknown")),
    # ... but keeps a time of its own clause after it
    ("Japan has lodged a protest with China on Tuesday over the incursion.", "protest",
     (date(2024, 6, 11), date(2024, 6, 11), "day")),
    # a simple past still takes the fronted time
    ("Earlier this month, Beijing announced export curbs, and Tokyo protested the step.", "protested",
     (date(2024, 6, 1), date(2024, 6, 13), "range")),
])
def test_sentence_dates(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger) == expected


def test_capitalised_last_weekday():
    t = find_time_expressions("Last Tuesday, the ministers met.", published=PUBLISHED)[0]
    assert (t.text, t.date_start) == ("Last Tuesday", date(2024, 6, 11))   # GUIDELINES: the most recent Tuesday


@pytest.mark.parametrize("text, expected", [
    ("Tokyo has protested", True), ("Beijing has also postponed the second round of negotiations", True),
    ("the allies have long agreed", True), ("Japan has a plan to send", False), ("Tokyo protested", False),
    ("Japan has two destroyers and sent", False),
])
def test_present_perfect(text, expected):
    assert present_perfect(text, 0, len(text) - len(text.split()[-1])) is expected


@pytest.mark.parametrize("text, trigger", [
    ("On June 10, the Mainland Affairs Council criticized the drills. The MAC strongly condemns the drills and urges "
     "Beijing to exercise restraint.", "condemns"),
    ("Taiwan's foreign ministry protested to Beijing on June 10. The ministry also urges Japan to stand firm.", "urges"),
])
def test_performative_present_is_the_publication_day(seed_extractor, text, trigger):
    # a statement's own present-tense act is done when the text is published, not on the day the sentence before named
    assert dated(seed_extractor, text, trigger) == (PUBLISHED, PUBLISHED, "day")
