"""quoted_acts: a verbal act in the perfect inside a speaker's quoted words (own wording)."""
from datetime import date

import pytest

from pipeline.extract.dates import TimeRef
from pipeline.extract.quoted_acts import may_quote_perfect, official_voice, quoted_perfect_time


def day(d):
    return TimeRef(0, 0, "", d, d, "day")


@pytest.mark.parametrize("sentence, word, expected", [
    ('"China has lodged stern representations with Tokyo," Lin said.', "lodged", True),
    ('"We have asked Beijing for an explanation," the minister said.', "asked", True),
    ('"China lodged representations with Tokyo," Lin said.', "lodged", False),        # no perfect
    ('China has lodged representations with Tokyo, Lin said.', "lodged", False),      # not quoted
    ('Lin said China has lodged representations and called the trip "a provocation."', "lodged", False),
])
def test_may_quote_perfect(sentence, word, expected):
    at = sentence.index(word)
    assert may_quote_perfect(sentence, at, sentence, at) is expected


COUNTRY = {"china": "CHN", "japan": "JPN", "lin": "CHN", "mfa": "CHN", "wu": "CHN"}
TYPE = {"china": "state", "japan": "state", "lin": "person", "mfa": "government_body", "wu": "person"}


@pytest.mark.parametrize("text, claimant, subjects, expected", [
    ("Foreign ministry spokesman Lin said", "lin", ["china"], True),
    ("Foreign ministry spokesman Lin said", "lin", ["lin"], True),
    ("Foreign ministry spokesman Lin said", "lin", ["japan"], False),     # another state's act
    ("The scholar Wu said", "wu", ["china"], False),                      # no official voice
    ("The ministry said", "mfa", ["china"], True),
])
def test_official_voice(text, claimant, subjects, expected):
    name = {"lin": "Lin", "wu": "Wu", "mfa": "ministry"}[claimant]
    a = text.index(name)
    assert official_voice(claimant, subjects, [(a, a + len(name))], text, country_of=COUNTRY.get,
                          type_of=TYPE.get) is expected


def test_quoted_perfect_time():
    assert quoted_perfect_time(day(date(2024, 6, 13)), day(date(2024, 6, 12))) is None   # spans days: unknown
    assert quoted_perfect_time(day(date(2024, 6, 13)), day(date(2024, 6, 13))).precision == "day"
    assert quoted_perfect_time(None, day(date(2024, 6, 12))) is None        # no dated saying
    assert quoted_perfect_time(day(date(2024, 6, 13)), None) is None        # no dated occasion
    assert quoted_perfect_time(day(date(2024, 6, 13)), day(date(2024, 5, 1))) is None   # too old to be the occasion
