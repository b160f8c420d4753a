"""The split of the event rules (pipeline/extract/events.py into event_subjects.py, noun_events.py and
event_readings.py) and of the event clustering (pipeline/curate.py into event_clustering.py) changed no
behaviour; these tests guard what a split can break silently: a name another module or test imports from
the old place, and a method of one mixin shadowed by a same-named method of another."""
import pytest

from pipeline import curate, event_clustering
from pipeline.extract.claims import ClaimExtractor
from pipeline.extract.event_readings import EventReadings
from pipeline.extract.event_subjects import EventSubjects
from pipeline.extract.events import EventRules
from pipeline.extract.noun_events import NounEvents


@pytest.mark.parametrize("name", ["SYMMETRIC", "_ClusterBlock", "_fast_block", "_ranges_meet", "_same_event", "_well_dated",
                                  "cluster_event_claims"])
def test_curate_reexports_the_clustering(name):
    assert getattr(curate, name) is getattr(event_clustering, name)


def test_event_rules_compose_the_mixins():
    assert issubclass(ClaimExtractor, EventRules)
    assert {EventSubjects, NounEvents, EventReadings} <= set(EventRules.__mro__)


@pytest.mark.parametrize("mixin", [EventRules, EventSubjects, NounEvents, EventReadings])
def test_no_event_rule_is_shadowed(mixin):
    """Each method of the event mixins is defined by exactly one class ClaimExtractor inherits from,
    so which one runs does not depend on the order of the bases."""
    for name in (n for n in vars(mixin) if not n.startswith("__")):
        owners = [k.__name__ for k in ClaimExtractor.__mro__ if name in vars(k)]
        assert owners == [mixin.__name__], (name, owners)
