"""dates12: a day and month without a year takes the year of the passage's last explicit date when the publication
date is unknown (GUIDELINES, Dates: 'read from the text, not guessed'). Own example sentences."""
from datetime import date

import pytest

from pipeline.extract.dates import find_time_expressions
from pipeline.extract.year_anchor import anchor_after, with_year_anchor
from tests.test_dates7 import dated

D = date


@pytest.mark.parametrize("text, anchor, expected", [
    ("On 3 March 2021, the ships entered the zone.", None, 2021),
    ("Talks were held on May 20-22, 2019 in Tokyo.", None, 2019),
    ("The ships left the area.", 2020, 2020),                      # no year named: the passage goes on
    ("The law was passed in 2016.", 2020, None),                  # another year ends the passage
    ("On March 3, 2021, X met Y; in 2019 they had met too.", None, None),
    ("Budget talks ran into 2020 as planned.", 2020, 2020),      # the same year keeps it
])
def test_anchor_after(text, anchor, expected):
    assert anchor_after(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("On February 19, officers boarded the boat.", 2024, (D(2024, 2, 19), D(2024, 2, 19), "day")),
    ("On 19 February, officers boarded the boat.", 2023, (D(2023, 2, 19), D(2023, 2, 19), "day")),
    ("Drills were held on May 20-22 near the island.", 2022, (D(2022, 5, 20), D(2022, 5, 22), "range")),
    ("On February 19, officers boarded the boat.", None, (None, None, "unknown")),
    # an explicit date earlier in the same sentence anchors a later yearless one
    ("The ship sank on June 10, 2008, and on June 16 a flotilla sailed.", None, (D(2008, 6, 16), D(2008, 6, 16), "day")),
])
def test_yearless_day_takes_the_anchor(text, anchor, expected):
    times = with_year_anchor(text, find_time_expressions(text, published=None), anchor)
    last = times[-1]
    assert (last.date_start, last.date_end, last.precision) == expected


def test_anchor_never_overrides_a_known_publication():
    text = "On February 19, officers boarded the boat."
    times = with_year_anchor(text, find_time_expressions(text, published=D(2025, 3, 1)), 2019)
    assert times[0].date_start == D(2025, 2, 19)


@pytest.mark.parametrize("text, trigger, expected", [
    ("On March 3, 2021, Chinese coast guard ships entered Japanese waters off the islands. On March 5, Japan lodged a "
     "protest with China.", "lodged", (D(2021, 3, 5), D(2021, 3, 5), "day")),
    ("On March 3, 2021, Chinese coast guard ships entered Japanese waters off the islands. The incident recalled a "
     "collision in 2010. On March 5, Japan lodged a protest with China.", "lodged", (None, None, "unknown")),
    ("On March 5, Japan lodged a protest with China.", "lodged", (None, None, "unknown")),
])
def test_passage_year_in_documents_without_a_publication_date(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger, published=None) == expected
