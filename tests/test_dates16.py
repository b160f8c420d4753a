"""dates16: an undated event claim joins only a claim of its own sentence or the next (event_clustering._tied);
a reporting frame dated by a day anaphor ('said in a statement the same evening') dates the speaker's next words;
an act in an exact '<N> <unit> after' complement is counted back from the sentence's time, an approximate one
('days after') stays unknown. Own example sentences."""
from datetime import date

import pytest

from pipeline.event_clustering import cluster_event_claims
from pipeline.extract.claims import DocumentInput
from pipeline.extract.counted_after import counted_after_time
from pipeline.extract.dates import find_time_expressions

D = date
UNKNOWN = (None, None, "unknown")


def dated(extractor, text, trigger_word, published=None):
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    claims = [c for c in extractor.extract(doc).claims if c["kind"] == "event" and c["modality"] == "asserted"]
    hits = [c for c in claims if trigger_word in (c["trigger"] or "")]
    assert hits, [(c["trigger"], c["predicate"]) for c in claims]
    return (hits[0]["date_start"], hits[0]["date_end"], hits[0]["date_precision"])


def claim(cid, start, end, date_start=None, doc="d1", subjects=("beijing",)):
    return {"claim_id": cid, "doc_id": doc, "predicate": "ACCUSE", "subject_ids": list(subjects), "object_ids": [],
            "date_start": date_start, "date_end": date_start, "char_start": start, "char_end": end}


@pytest.mark.parametrize("claims, groups", [
    # an undated protest far from a dated one: another protest on another occasion
    ([claim("a", 0, 80, D(2021, 7, 13)), claim("b", 900, 980)], [["a"], ["b"]]),
    # the next sentence tells the same protest on
    ([claim("a", 0, 80, D(2021, 7, 13)), claim("b", 81, 150)], [["a", "b"]]),
    # a paragraph break between the two sentences
    ([claim("a", 0, 80, D(2021, 7, 13)), claim("b", 82, 150)], [["a", "b"]]),
    # two undated claims of one sentence
    ([claim("a", 0, 80), claim("b", 0, 80)], [["a", "b"]]),
    # two undated protests several sentences apart
    ([claim("a", 0, 80), claim("b", 400, 480)], [["a"], ["b"]]),
    # a chain of sentences in a row
    ([claim("a", 0, 80), claim("b", 81, 150), claim("c", 151, 200)], [["a", "b", "c"]]),
    # another document: never
    ([claim("a", 0, 80, D(2021, 7, 13)), claim("b", 81, 150, doc="d2")], [["a"], ["b"]]),
    # records without offsets keep the document rule
    ([{**claim("a", 0, 80), "char_start": None}, claim("b", 900, 980)], [["a", "b"]]),
])
def test_undated_claims_join_their_neighbours_only(claims, groups):
    got = sorted([c["claim_id"] for c in g] for g in cluster_event_claims(claims))
    assert got == sorted(groups)


@pytest.mark.parametrize("text, trigger, published, expected", [
    # a day anaphor dates the frame; the speaker's next sentence goes on with it
    ("On March 3, 2011, the council condemned the bill. President Ma Ying-jeou said in a statement the same evening "
     "that \"our future is ours to decide.\" He urged Japan to \"stand with democracies\" on the issue.", "urged", None,
     (D(2011, 3, 3), D(2011, 3, 3), "day")),
    ("The ministers met on Monday, June 3, 2024. Foreign Minister Lin Chia-lung told reporters the next day that the "
     "talks were useful. He urged Beijing to \"respect the status quo.\"", "urged", D(2024, 6, 7),
     (D(2024, 6, 4), D(2024, 6, 4), "day")),
])
def test_anaphoric_reporting_frame(seed_extractor, text, trigger, published, expected):
    assert dated(seed_extractor, text, trigger, published) == expected


@pytest.mark.parametrize("text, trigger, published, expected", [
    # an exact day back from the sentence's day
    ("Japan's envoy in Taipei on Tuesday withdrew his remark, a day after Taiwan's foreign ministry summoned him to lodge a protest.", "summoned",
     D(2019, 3, 8), (D(2019, 3, 4), D(2019, 3, 4), "day")),
    # the main clause keeps its own day
    ("Japan's envoy in Taipei on Tuesday withdrew his remark, a day after Taiwan's foreign ministry summoned him to lodge a protest.", "withdrew",
     D(2019, 3, 8), (D(2019, 3, 5), D(2019, 3, 5), "day")),
    # a month back from a month
    ("The pact was signed in May 2010, a month after China fired missiles into the sea near Taiwan.", "fired missiles", None,
     (D(2010, 4, 1), D(2010, 4, 30), "month")),
    # an approximate distance gives no date
    ("Manila recalled its envoy on Monday, weeks after Beijing accused Manila of provocations.", "accused",
     D(2023, 5, 10), UNKNOWN),
])
def test_counted_after(seed_extractor, text, trigger, published, expected):
    assert dated(seed_extractor, text, trigger, published) == expected


def test_counted_after_needs_a_time_before_the_phrase():
    s = "A day after the ministry protested, Tokyo summoned the envoy on Friday."
    times = find_time_expressions(s, published=D(2024, 6, 16))
    friday = times[-1]
    # the time follows the act: the rule leaves it alone
    assert counted_after_time(s, s.index("protested"), friday, times) is friday
    assert counted_after_time(s, s.index("summoned"), friday, times) is friday
