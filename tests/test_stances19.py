"""Pure-function tests of the stances19 round: a declaration asked for or made that the US (or its ally) will defend
Taiwan is a position for strategic clarity (the clarity in the declaring words, the act in the that-clause).
Own example sentences: text in -> triples out."""
import pytest

from pipeline.extract.stance_declarations import compile_declaration, declaration_reading
from tests.test_stances9 import holders

CLARITY = ("Mark Ellison", "us_strategic_clarity", "support")


@pytest.mark.parametrize("text, present, absent", [
    # a verb of saying with a manner of openness, the act after will/would in the that-clause
    ("Mark Ellison said Washington should state openly that it would defend Taiwan.", {CLARITY}, set()),
    ('"Washington and its allies must say publicly that they will defend Taiwan," Mark Ellison said.', {CLARITY}, set()),
    # a frame clear by itself, with a short parenthesis before 'that'
    ('"Congress should make it clear, once and for all, that America will defend Taiwan," Mark Ellison said.', {CLARITY}, set()),
    ("Mark Ellison said the White House should remove any doubt that it would come to Taiwan's defense.", {CLARITY}, set()),
    ("Mark Ellison said the summit should end with an explicit pledge that the United States and Japan would help defend Taiwan.",
     {CLARITY}, set()),
    # a declaration denied: the speaker opposes clarity
    ("Mark Ellison said Washington should not say openly that it would defend Taiwan.",
     {("Mark Ellison", "us_strategic_clarity", "oppose")}, {CLARITY}),
    # no manner of openness, or another act declared: no clarity
    ("Mark Ellison said Washington has made clear that it will defend its treaty allies.", set(), {CLARITY}),
    ("Mark Ellison said officials should state openly that they would welcome more trade.", set(), {CLARITY}),
])
def test_declared_defense_is_clarity(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


PATTERN = compile_declaration(("say", "state"), ("clearly", "openly"), ("make it clear",), ("defend Taiwan",))


@pytest.mark.parametrize("sentence, declared", [
    ("Tokyo should say clearly that it would defend Taiwan.", "say clearly"),
    ("We should make it clear, in writing, that we will defend Taiwan.", "make it clear"),
    ("He should state more openly that the allies would defend Taiwan.", "state more openly"),
    ("He said that the allies would defend Taiwan.", None),        # no manner: a report, not a call for clarity
    ("Tokyo should say clearly that it would defend Okinawa.", None),
])
def test_declaration_reading(sentence, declared):
    got = declaration_reading(sentence, PATTERN)
    assert (got[1] if got else None) == declared


def test_no_pattern_without_acts():
    assert compile_declaration(("say",), ("clearly",), (), ()) is None


@pytest.mark.parametrize("text, present, absent", [
    # a second speaker with a verb of saying of their own holds the words after it
    ('Mark Ellison told the panel that "Japan needs a security dialogue with Taiwan," and Joan Porter argued that '
     '"Washington should state openly that it would defend Taiwan."',
     {("Mark Ellison", "jp_tw_security_cooperation", "support"), ("Joan Porter", "us_strategic_clarity", "support")},
     {CLARITY}),
    # a name after 'and' without a verb of its own is no second speaker
    ('Mark Ellison said Washington and Joan Porter should state openly that they would defend Taiwan.', {CLARITY},
     {("Joan Porter", "us_strategic_clarity", "support")}),
])
def test_second_speaker_holds_their_words(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, second", [
    ('A said that "x," and B argued that "y."', "B"),
    ('A said that x and y were ready.', None),
])
def test_later_speaker(text, second):
    from pipeline.extract.stance_speakers import later_speaker

    class M:
        def __init__(self, name):
            self.start = text.index(name + " ") if name == "A" else text.rfind(" " + name + " ") + 1
            self.end, self.actor_id = self.start + 1, name
    mentions = [M("A")] + ([M("B")] if " B " in text else [])
    import re       # the verbs of saying are passed in (the Lexicon's reporting_re in the pipeline)
    assert later_speaker(text, 2, len(text), mentions, lambda a: True, re.compile(r"(?:said|argued)\b")) == second


@pytest.mark.parametrize("text, present, absent", [
    # a declaration by a speaker of another country that names no US party is not Washington's clarity
    ('"We need to make it clear that we will defend Taiwan," Shigeru Ishiba said.',
     {("Shigeru Ishiba", "defense_of_taiwan", "support")}, {("Shigeru Ishiba", "us_strategic_clarity", "support")}),
    # naming the US makes it so, whoever speaks
    ('"Tokyo and Washington should say openly that they would defend Taiwan," Shigeru Ishiba said.',
     {("Shigeru Ishiba", "us_strategic_clarity", "support")}, set()),
])
def test_declaration_is_washingtons(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize("text, present, absent", [
    # the two sides' coast guards as one subject of a prescribed joint act: security cooperation only
    ('"Japan and Taiwan face the same threats," Mei Lin said. "Our coast guards must exercise together every year."',
     {("Mei Lin", "jp_tw_security_cooperation", "support")}, {("Mei Lin", "jp_tw_official_relations", "support")}),
    ('"The two coast guards should be talking every month," said Mei Lin, a researcher.',
     {("Mei Lin", "jp_tw_security_cooperation", "support")}, set()),
    # reported, not prescribed: no position
    ("The two coast guards held a drill last week, Mei Lin said.", set(),
     {("Mei Lin", "jp_tw_security_cooperation", "support")}),
])
def test_joint_coast_guards(seed_extractor, text, present, absent):
    got = holders(seed_extractor, text)
    assert present <= got, got
    assert not absent & got, got
