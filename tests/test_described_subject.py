"""A resolved definite description right before a past verb is that verb's subject ('The ministry summoned ...'),
not an article before a participle ('the proposed dialogue')."""
import pytest

from pipeline.extract.descriptions import described_subject_before
from pipeline.extract.names import Mention


def _check(text: str, noun: str, verb: str, method: str = "description") -> bool:
    at = text.index(noun)
    mentions = [Mention(at, at + len(noun), noun, "actor", method, 0.7)]
    return described_subject_before(text, 0, text.index(verb), mentions)


@pytest.mark.parametrize("text, noun, verb, expected", [
    ("The ministry summoned the ambassador.", "ministry", "summoned", True),
    ("On Friday, the agency announced new rules.", "agency", "announced", True),
    ("Paris protested, and the envoy criticized the decision.", "envoy", "criticized", True),
    # after a verb or a preposition the description is an object, and the participle modifies it
    ("Berlin welcomed the envoy appointed last week.", "envoy", "appointed", False),
    ("Rome spoke with the minister named in May.", "minister", "named", False),
    # a name is no description: the existing participle rules decide
    ("The Bundestag approved it.", "Bundestag", "approved", False),
    # something between the description and the verb: not this rule's case
    ("The ministry's proposed plan failed.", "ministry", "proposed", False),
])
def test_described_subject_before(text, noun, verb, expected):
    method = "alias" if noun[0].isupper() else "description"
    assert _check(text, noun, verb, method) is expected
