"""A named speaker's statement typed by what its reported words evaluate (pipeline/extract/statement_events.py
reported_evaluation; syntax.yaml statement_feelings, statement_accusations): the speaker's own feeling right after
the reporting verb, or a quotation that charges someone with wrongdoing. General sentences written for the test."""
import pytest

from tests.test_predicates import events


def types_by(extractor, text):
    return sorted((c["predicate"], tuple(c["subject_ids"])) for c in events(extractor, text))


@pytest.mark.parametrize("text, expected", [
    # the speaker's own feeling, a short adjunct before 'that'
    ("Japan said it was grateful for the support.", [("SUPPORT", ("japan",))]),
    ("Taiwan said on Sunday that it was deeply grateful for the gesture.", [("SUPPORT", ("taiwan",))]),
    ("China said it was outraged by the decision.", [("ACCUSE", ("china",))]),
    # a quotation that charges someone with wrongdoing
    ("China said the visit \"sent the wrong signal\" to separatist forces.", [("ACCUSE", ("china",))]),
    ("\"Tokyo is hyping the so-called China threat,\" China said on Friday.", [("ACCUSE", ("china",))]),
    ("Taiwan said the law \"meddles in the affairs of a free people\".", [("ACCUSE", ("taiwan",))]),
])
def test_statement_typed_by_its_evaluation(seed_extractor, text, expected):
    assert types_by(seed_extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Japan said the talks had been \"frank and constructive\".",        # a quotation that describes
    "China said the meeting would \"open a new chapter\".",              # a forecast, no charge
    "Japan said the decision was made after careful study.",            # unquoted paraphrase, no evaluation
    "\"We share deep concerns over the coercive activities,\" Japan said.",  # worry, no charge
    "\"No foreign country has the right to interfere,\" China said.",       # a generic principle
    "Japan said it should not \"provoke\" China.",                     # a quote inside an asked-for act (own side)
    "Japan called the deal \"a limit, not a blank cheque\".",            # a charge denied in the quotation
    "Japan did not say whether it was grateful for the offer.",         # the speaking is not asserted
    "Japan would say that it was grateful for the support.",            # nor here
])
def test_a_describing_statement_is_no_event(seed_extractor, text):
    assert events(seed_extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # the pronoun subject of the reported clause is the speaker, past a short adjunct before 'that'
    ("Japan told reporters on Monday that it had summoned the Chinese ambassador.", ("ACCUSE", ("japan",))),
    ("Taiwan said on Saturday that it welcomed the visit.", ("SUPPORT", ("taiwan",))),
])
def test_reported_pronoun_after_an_adjunct(seed_extractor, text, expected):
    assert expected in types_by(seed_extractor, text)


@pytest.mark.parametrize("text, plover", [
    ("China warned Japan not to \"play with fire\" over Taiwan.", "ACCUSE"),     # an admonition
    ("China warned Japan against playing with fire.", "ACCUSE"),
    ("China warned Japan that it would pay a heavy price.", "THREATEN"),        # a threatened consequence
    ("China warned Japan it would face countermeasures.", "THREATEN"),
])
def test_play_with_fire_is_an_admonition(seed_extractor, text, plover):
    assert [c["predicate"] for c in events(seed_extractor, text)] == [plover]
