"""Event recall round events10: a named speaker's statement typed by its reported content (syntax.yaml
statement_content, pipeline/extract/statement_content.py): a call on another party ('said Japan should ...') is a
REQUEST, a refusal ('said Tokyo would not accept ...') a REJECT, an approving evaluation ('said the bid was "very
welcome"') a SUPPORT, each of the speaker. Own wire-style sentences; each frame also has sentences it must not fire on
(a speaker's own resolve, a supposition, a negated or future speaking, a commentator, a negated call)."""
import pytest

from tests.test_predicates import events


def acts(extractor, text, plover=None):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, plover, speaker", [
    ("Antony Blinken said on Tuesday that Japan should raise its defence spending.", "REQUEST", "antony-blinken"),
    ("Wang Yi told reporters in Beijing that Tokyo must explain its new defence budget clearly.", "REQUEST", "wang-yi"),
    ("Fumio Kishida said the two countries need to deepen their coast guard cooperation.", "REQUEST", "fumio-kishida"),
    ("Lai Ching-te said on Monday that the international community ought to support Taiwan's bid.", "REQUEST", "lai-ching-te"),
    ("Wang Yi said on Friday that China would not accept any foreign interference.", "REJECT", "wang-yi"),
    ("Fumio Kishida told parliament Japan will never accept a change to the status quo by force.", "REJECT", "fumio-kishida"),
    ("Lai Ching-te said Taiwan would not bow to pressure from Beijing.", "REJECT", "lai-ching-te"),
    ("Fumio Kishida said on Thursday that Taiwan's application was \"very welcome\".", "SUPPORT", "fumio-kishida"),
    ("Antony Blinken said the new agreement was a welcome step for the region.", "SUPPORT", "antony-blinken"),
])
def test_reported_content_types_the_statement(seed_extractor, text, plover, speaker):
    assert (plover, [speaker]) in acts(seed_extractor, text, plover)


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


@pytest.mark.parametrize("text", [
    "Yoon Suk Yeol said Japan could not send troops to the peninsula without Seoul's prior consent.",
    "Wang Yi said that any such deployment would require China's consent.",
])
def test_a_condition_of_consent_is_a_request(seed_extractor, text):
    assert [p for p, _ in acts(seed_extractor, text, "REQUEST")] == ["REQUEST"]


@pytest.mark.parametrize("text, expected", [
    ("Mao Ning said on Tuesday that the patrol fully complied with international law.", ["REJECT"]),
    ("Gen Nakatani said the deployment was purely defensive.", ["REJECT"]),
    ("Mao Ning said the drills did not comply with international law.", []),
])
def test_a_denial_in_reported_content_is_a_rejection(seed_extractor, text, expected):
    assert [p for p, _ in acts(seed_extractor, text, "REJECT")] == expected


def test_a_speaker_introduced_earlier_as_a_commentator_makes_no_act_by_content(seed_extractor):
    text = ("\"The risk is rising,\" said Bonnie Glaser, a senior fellow at the German Marshall Fund.\n\n"
            "Glaser said Japan and Taiwan should share radar data.")
    assert acts(seed_extractor, text, "REQUEST") == []
