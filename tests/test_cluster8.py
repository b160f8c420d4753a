"""Shared acts (talks, agreements) that name different parties stay apart (pipeline/event_clustering.py
_participants_apart): one party in common is not enough; a report naming fewer parties still joins."""
from datetime import date

import pytest

from pipeline import curate, event_clustering
from pipeline.curate import cluster_event_claims
from tests import reference_downstream as reference


def claim(cid, doc, plover, subjects, objects=(), start=None, end=None):
    return {"claim_id": cid, "doc_id": doc, "predicate": plover, "subject_ids": list(subjects),
            "object_ids": list(objects), "date_start": start, "date_end": end}


D = date
APRIL = (D(2023, 4, 1), D(2023, 4, 30))
DAY = (D(2023, 4, 5), D(2023, 4, 5))
WEEK = (D(2023, 4, 3), D(2023, 4, 9))


@pytest.mark.parametrize("claims, n_groups", [
    # a leader meets one visitor, then another in the same week: two meetings
    ([claim("a", "d1", "CONSULT", ["merz"], ["modi"], *DAY), claim("b", "d1", "CONSULT", ["albanese"], ["merz"], *WEEK)], 2),
    # a delegation meets a minister, then is hosted by a governor (undated, one article): two meetings
    ([claim("a", "d1", "CONSULT", ["delegation"], ["trade-minister"]), claim("b", "d1", "CONSULT", ["governor"], ["delegation"])], 2),
    # one source, two partners in one month: two agreements
    ([claim("a", "d1", "AGREE", ["india"], ["france"], *APRIL), claim("b", "d2", "AGREE", ["india"], ["brazil"], *DAY)], 2),
    # the same talks told from either side join (participants equal)
    ([claim("a", "d1", "CONSULT", ["modi"], ["merz"], *DAY), claim("b", "d2", "CONSULT", ["merz"], ["modi"], *WEEK)], 1),
    # a report that names only one side joins the fuller report
    ([claim("a", "d1", "CONSULT", ["modi"], [], *DAY), claim("b", "d2", "CONSULT", ["modi"], ["merz"], *APRIL)], 1),
    # both parties as sources in one report, source and target in another: one act
    ([claim("a", "d1", "COOPERATE", ["poland", "lithuania"], [], *APRIL), claim("b", "d2", "COOPERATE", ["lithuania"], ["poland"], *DAY)], 1),
    # a third party added by one report is still among the fuller report's participants
    ([claim("a", "d1", "CONSULT", ["us", "japan"], ["philippines"], *DAY), claim("b", "d1", "CONSULT", ["japan"], ["us"], *DAY)], 1),
    # one-sided acts are untouched: one source, two targets, same day, still one group (targets too noisy to split on)
    ([claim("a", "d1", "REQUEST", ["ministry"], ["eu"], *DAY), claim("b", "d1", "REQUEST", ["ministry"], ["beijing"], *DAY)], 1),
])
def test_shared_acts_with_other_parties_stay_apart(claims, n_groups):
    assert len(cluster_event_claims(claims)) == n_groups
    assert len(cluster_event_claims(list(reversed(claims)))) == n_groups


@pytest.mark.parametrize("pa, pb, apart", [
    ({"a", "b"}, {"b", "c"}, True), ({"a"}, {"a", "b"}, False), ({"a", "b"}, {"a", "b"}, False),
    ({"a", "b", "c"}, {"c", "a"}, False), ({"a", "b"}, {"c", "d"}, True),
])
def test_participants_apart(pa, pb, apart):
    assert event_clustering._participants_apart(frozenset(pa), frozenset(pb)) is apart


def test_block_clustering_still_equals_all_pairs():
    # the group-wise _ClusterBlock and the all-pairs loop agree on a block mixing contained and crossing participants
    parties = [["x"], ["x", "y"], ["x", "z"], ["y", "x"], ["x", "y", "z"], ["z", "x"], ["x"]]
    claims = [claim(f"c{i:02d}", f"d{i % 3}", "CONSULT", p[:1], p[1:], D(2023, 4, 1 + i % 4), D(2023, 4, 5 + i % 3))
              for i, p in enumerate(parties * 4)]
    claims += [claim(f"u{i:02d}", f"d{i % 3}", "CONSULT", p[:1], p[1:]) for i, p in enumerate(parties)]
    ids = lambda groups: sorted(tuple(c["claim_id"] for c in g) for g in groups)  # noqa: E731
    assert ids(curate.cluster_event_claims(claims)) == ids(reference.cluster_event_claims(claims))
