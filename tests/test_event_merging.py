"""Pure-function tests of event-claim clustering (pipeline/curate.py): one row per real event."""
from datetime import date

import pytest

from pipeline.curate import cluster_event_claims


def claim(cid, doc, plover, subjects, start=None, end=None, objects=()):
    return {"claim_id": cid, "doc_id": doc, "predicate": plover, "subject_ids": list(subjects),
            "object_ids": list(objects), "date_start": start, "date_end": end}


D = date
YEAR_2019 = (D(2019, 1, 1), D(2019, 12, 31))


@pytest.mark.parametrize("claims, n_groups", [
    # an undated re-mention in the same document joins the dated report
    ([claim("a", "d1", "REJECT", ["suga"], D(2019, 3, 8), D(2019, 3, 8)), claim("b", "d1", "REJECT", ["suga"])], 1),
    # ... but not across documents (nothing ties an undated claim to another article's date)
    ([claim("a", "d1", "REJECT", ["suga"], D(2019, 3, 8), D(2019, 3, 8)), claim("b", "d2", "REJECT", ["suga"])], 2),
    # a year range contains a day: the same request in two articles
    ([claim("a", "d1", "REQUEST", ["tsai"], D(2019, 3, 2), D(2019, 3, 2)), claim("b", "d2", "REQUEST", ["tsai"], *YEAR_2019)], 1),
    # an undated claim never chains two differently dated events of its document
    ([claim("a", "d1", "CONSULT", ["jp", "tw"], D(2019, 3, 8), D(2019, 3, 8)), claim("b", "d1", "CONSULT", ["jp", "tw"]),
      claim("c", "d1", "CONSULT", ["jp", "tw"], D(2021, 8, 27), D(2021, 8, 27))], 2),
    # different types or disjoint sources stay apart
    ([claim("a", "d1", "REJECT", ["suga"]), claim("b", "d1", "ACCUSE", ["suga"])], 2),
    ([claim("a", "d1", "REJECT", ["suga"]), claim("b", "d1", "REJECT", ["kono"])], 2),
])
def test_clusters(claims, n_groups):
    assert len(cluster_event_claims(claims)) == n_groups
    assert len(cluster_event_claims(list(reversed(claims)))) == n_groups   # order does not matter
