"""Event round events10 (extractor 1.11.0) typed a named speaker's statement by its reported content (syntax.yaml
statement_content: 'said Japan should ...' = REQUEST, 'would not accept' = REJECT, '"very welcome"' = SUPPORT, 'without
X's consent' = REQUEST). Round events11 removed those readings: scored with and without them on all fourteen
development sets they added 8 false events and 11 matched ones, 6 of those of another type than the gold's, and on
held-out 13 (written blind for it) only 3 false events. What stays here are the sentences that must make no such act:
a speaker's own resolve, a supposition, a negated, future, habitual or present speaking, a commentator."""
import pytest

from tests.test_predicates import events


def acts(extractor, text, plover=None):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, plover", [
    # the speaker's own resolve or voice, no call on another
    ("Fumio Kishida said we must remain vigilant.", "REQUEST"),
    ("Fumio Kishida told a news conference that Japan must watch the drills with a sense of crisis.", "REQUEST"),
    ("Wang Yi said China must be prepared for any eventuality.", "REQUEST"),
    ("Wang Yi said it should be noted that trade grew last year.", "REQUEST"),
    # a supposition
    ("Antony Blinken said that if talks fail, Japan should raise its defence spending.", "REQUEST"),
    # a negated or future or habitual speaking
    ("Antony Blinken did not say that Japan should raise its defence spending.", "REQUEST"),
    ("Antony Blinken will say that Japan should raise its defence spending.", "REQUEST"),
    ("Wang Yi has repeatedly said that China would not accept any foreign interference.", "REJECT"),
    ("Antony Blinken has argued publicly that Japan and the Philippines should share surveillance data.", "REQUEST"),
    # a present standing position
    ("Wang Yi says China will not accept any foreign interference.", "REJECT"),
    # a negated call forbids rather than asks
    ("Fumio Kishida said Japan should not raise taxes.", "REQUEST"),
    # no refusal or approval in the content
    ("Wang Yi said China accepted the invitation warmly and the visit was long.", "REJECT"),
    ("Antony Blinken said the weather in Tokyo was warm.", "SUPPORT"),
])
def test_no_act_from_content_that_is_no_call_refusal_or_approval(seed_extractor, text, plover):
    assert acts(seed_extractor, text, plover) == []


def test_a_commentator_makes_no_act_by_content(seed_extractor):
    text = "Japan should raise its defence spending, said Bonnie Glaser, an analyst at the German Marshall Fund."
    assert acts(seed_extractor, text, "REQUEST") == []


def test_a_speaker_introduced_earlier_as_a_commentator_makes_no_act_by_content(seed_extractor):
    text = ("\"The risk is rising,\" said Bonnie Glaser, a senior fellow at the German Marshall Fund.\n\n"
            "Glaser said Japan and Taiwan should share radar data.")
    assert acts(seed_extractor, text, "REQUEST") == []
