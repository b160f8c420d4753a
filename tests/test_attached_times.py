"""attached_times: a time attached to a noun (a participle's, a possessive's) or to a relative clause is not the
main act's (dates24). Generic sentences in own wording."""
from datetime import date

import pytest

from pipeline.extract.attached_times import noun_participle_time, possessive_time_of_other
from pipeline.extract.dates import find_time_expressions

FRI = date(2024, 6, 14)


def _times(text):
    return find_time_expressions(text, published=FRI)


@pytest.mark.parametrize("text, trigger, expected", [
    ("Seoul voiced concern over the pact signed by the two navies in Manila on Monday.", "voiced", True),
    ("Taipei welcomed the agreement reached by the coast guards last week.", "welcomed", True),
    ("Japan criticised the statement issued after the talks on Tuesday.", "criticised", True),
    # the participle with an auxiliary is a verb of its own clause, not a noun's modifier
    ("Manila said the pact was signed in Tokyo on Monday.", "said", False),
    # the time right after the trigger, before any participle
    ("Tokyo protested on Monday against the drills staged by the navy.", "protested", False),
])
def test_noun_participle_time(text, trigger, expected):
    times = [t for t in _times(text) if t.start > text.index(trigger)]
    assert noun_participle_time(text, text.index(trigger), times[0]) is expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Canberra welcomed yesterday's accord.", "welcomed", True),
    ("Beijing condemned Tuesday's launch of the satellite.", "condemned", True),
    ("The minister attended Thursday's talks in Manila.", "attended", False),
    ("Japan protested on Tuesday.", "protested", False),
    ("The spokesman said at Thursday's briefing that Beijing urged restraint.", "urged", False),
    # a possessive time opening another clause is that clause's subject, no object of the act before it
    ("Critics call it a snub, as the paper alleges: Monday's talks were held party to party.", "alleges", False),
    ("Seoul protested; yesterday's drill had alarmed fishermen.", "protested", False),
    ("Seoul protested yesterday's drill near the islands.", "protested", True),
    ("Today's talks were held party to party, granting Tokyo some cover.", "granting", False),
])
def test_possessive_time_of_other(text, trigger, expected):
    t = _times(text)[0]
    assert possessive_time_of_other(text, text.index(trigger), t) is expected


