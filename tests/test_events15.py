"""Event constructions of task events15 (precision), on general sentences (none copied from gold documents): a
declared non-support makes no statement event; an event noun that modifies another event noun takes the head's
type; a transcript speaker without a sitting office who says what should be done makes no act."""
import pytest

from pipeline.extract.statements import statement_act
from tests.test_predicates import events, event_types



# ---------------------------------------------------------------- a declared non-support is no accusation
@pytest.mark.parametrize("text", [
    'Asked about the island, Fumio Kishida said Japan "does not support Taiwan independence" and hoped for dialogue.',
    '"Japan does not support Taiwanese independence, and that policy is unchanged," Yoshimasa Hayashi said on Monday.',
])
def test_declared_non_support_makes_no_statement_event(seed_extractor, text):
    assert "ACCUSE" not in event_types(seed_extractor, text)


@pytest.mark.parametrize("text", [
    # an opposition the speaker voices is still the spokesperson's criticism
    '"China firmly opposes any attempt to include Taiwan in the alliance," Wang Wenbin said on Monday.',
])
def test_voiced_opposition_stays_accuse(seed_extractor, text):
    assert "ACCUSE" in event_types(seed_extractor, text)


def _stance(trigger, act="oppose", topic="taiwan_independence"):
    return {"trigger": trigger, "act": act, "topic_id": topic, "attributed": True, "holder": "x", "from_cue": True}


@pytest.mark.parametrize("stances, expected", [
    ([_stance("does not support")], None),
    ([_stance("do not  support Taiwan independence")], None),
    ([_stance("no support for")], None),
    ([_stance("firmly opposes")], "ACCUSE"),
    ([_stance("does not support"), _stance("condemn")], "ACCUSE"),
])
def test_statement_act_non_acts(stances, expected):
    kinds = {"oppose": {"type": "ACCUSE"}, "support": {"type": "SUPPORT"}}
    act = statement_act(kinds, stances, non_acts=("not support", "no support for"))
    assert (act or {}).get("plover") == expected


# ---------------------------------------------------------------- compound event nouns: the head is the act
@pytest.mark.parametrize("text, expected", [
    ("Japan and the Philippines signed a coast guard cooperation agreement in Manila on Monday.", {"AGREE"}),
    ("Japan and Australia held the first Maritime Security Cooperation Dialogue in Canberra on Monday.", {"CONSULT"}),
])
def test_event_noun_modifier_takes_the_head(seed_extractor, text, expected):
    assert event_types(seed_extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lone event noun keeps its own reading
    ("Japan and the Philippines signed an agreement in Manila on Monday.", {"AGREE"}),
    ("Japan and Australia held talks in Canberra on Monday.", {"CONSULT"}),
])
def test_lone_event_noun_unchanged(seed_extractor, text, expected):
    assert event_types(seed_extractor, text) == expected


# ---------------------------------------------------------------- a transcript speaker's 'should'
TRANSCRIPT = "LEGISLATOR LIN HSIAO-MEI (KMT): Minister, thank you. {line}\n\nDEPUTY MINISTER DAVID CHEN: We will study the matter."


@pytest.mark.parametrize("line", [
    "The United States should say plainly that it will defend Taiwan.",
    "We should not provoke Beijing by talking about military cooperation with Japan.",
])
def test_transcript_prescription_is_no_act(seed_extractor, line):
    text = TRANSCRIPT.format(line=line)
    found = events(seed_extractor, text)
    assert not [e for e in found if e["predicate"] in ("SUPPORT", "ACCUSE")], found


@pytest.mark.parametrize("line, plover", [
    # the same speaker's position without a 'should' is still their verbal act
    ("The United States will defend Taiwan.", "SUPPORT"),
])
def test_transcript_position_stays_an_act(seed_extractor, line, plover):
    assert plover in event_types(seed_extractor, TRANSCRIPT.format(line=line))


# ---------------------------------------------------------------- an undated 'who' clause on the subject: background
@pytest.mark.parametrize("text, absent", [
    ("Defence Minister Richard Marles, who hosted the meeting, told reporters the talks had been frank.", "CONSULT"),
    ("Foreign Minister Penny Wong, who signed the communique, insisted on Monday that policy was unchanged.", "AGREE"),
])
def test_background_relative_is_no_act(seed_extractor, text, absent):
    assert absent not in event_types(seed_extractor, text)


@pytest.mark.parametrize("text, present", [
    # the relative clause dates its own occasion: narrated, kept
    ("Fumio Kishida, who met Joe Biden in Washington last month, said on Tuesday that the alliance was strong.", "CONSULT"),
    # a relative clause closing the sentence continues the narrative
    ("Tokyo sent a special envoy, Taro Aso, who met Lai Ching-te in Taipei.", "CONSULT"),
])
def test_narrating_relative_stays(seed_extractor, text, present):
    assert present in event_types(seed_extractor, text)


def test_background_relative_function():
    from pipeline.extract.background_relatives import background_relative
    text = "Minister X, who hosted the talks, said the talks were frank."
    assert background_relative(text, 0, len(text), text.index("hosted")) is True
    assert background_relative(text, 0, len(text), text.index("said")) is False
    dated = "Minister X, who hosted the talks on Monday, said the talks were frank."
    assert background_relative(dated, 0, len(dated), dated.index("hosted")) is False


# ---------------------------------------------------------------- a part of a named body is no named actor
@pytest.mark.parametrize("text, absent", [
    ("Some in the ruling Liberal Democratic Party have called for a law on relations with the island.", "REQUEST"),
    ("Critics of the plan within the Liberal Democratic Party criticized the ministry on Monday.", "ACCUSE"),
])
def test_partitive_subject_is_no_actor(seed_extractor, text, absent):
    assert absent not in event_types(seed_extractor, text)


@pytest.mark.parametrize("text, present", [
    ("The Liberal Democratic Party called for a security dialogue with Taiwan on Monday.", "REQUEST"),
])
def test_named_body_still_acts(seed_extractor, text, present):
    assert present in event_types(seed_extractor, text)


# ---------------------------------------------------------------- an undated travel noun is the sentence's topic
@pytest.mark.parametrize("text", [
    "Lee Teng-hui's visit was arranged by a group of pro-Taiwan lawmakers.",
    "The summit capped Fumio Kishida's state visit to Washington.",
])
def test_undated_travel_noun_is_no_event(seed_extractor, text):
    assert "CONSULT" not in event_types(seed_extractor, text)


def test_dated_travel_noun_stays(seed_extractor):
    assert "CONSULT" in event_types(seed_extractor, "Protests followed Nancy Pelosi's visit to Taipei in August 2022.")


# ---------------------------------------------------------------- an occasion described by its host
@pytest.mark.parametrize("text", [
    "Speaking by video link to a forum hosted by the Institute for National Policy Research, Shinzo Abe said Japan was ready.",
    "Lin Chia-lung also attended a dinner on Tuesday evening hosted by Mitsuo Ohashi.",
])
def test_occasion_host_participle_is_no_act(seed_extractor, text):
    assert not [e for e in events(seed_extractor, text) if e["trigger"].startswith("hosted")]


@pytest.mark.parametrize("text", [
    "The dinner was hosted by Mitsuo Ohashi on Tuesday.",
    "Mitsuo Ohashi hosted a dinner for the delegation on Tuesday.",
])
def test_hosting_as_the_clause_act_stays(seed_extractor, text):
    assert "CONSULT" in event_types(seed_extractor, text)


# ---------------------------------------------------------------- a decision to act is a plan
@pytest.mark.parametrize("text", [
    "China has decided to provide Mongolia with emergency assistance.",
    "Japan decided to dispatch a destroyer to the strait.",
])
def test_decided_to_is_no_asserted_act(seed_extractor, text):
    assert not events(seed_extractor, text)


def test_went_on_to_stays_asserted(seed_extractor):
    assert "AID" in event_types(seed_extractor, "China went on to provide Mongolia with emergency assistance on Monday.")


def test_relative_dated_by_abbreviated_month_stays(seed_extractor):
    text = "Joe Biden, who held talks with Xi Jinping in Lima on Nov. 16, has shown little interest in the quarrel."
    assert "CONSULT" in event_types(seed_extractor, text)
