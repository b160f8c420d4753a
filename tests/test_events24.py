"""events24: pure document passes. shared_act_voices names the states among the parties of their officials' report of
the same talks or signing next to it; consequence_acts types an act's result (', injuring ...') as the act."""
import pytest

from pipeline.extract.consequence_acts import consequence_acts
from pipeline.extract.shared_act_voices import shared_act_voices

COUNTRY = {"japan": "JPN", "philippines": "PHL", "australia": "AUS", "kamikawa": "JPN", "teodoro": "PHL",
           "marles": "AUS", "lavrov": "RUS", "wang": "CHN", "jmsdf": "JPN"}
TYPE = {"japan": "state", "philippines": "state", "australia": "state", "kamikawa": "person", "teodoro": "person",
        "marles": "person", "lavrov": "person", "wang": "person", "jmsdf": "military"}


def claim(predicate, subjects, start, end, objects=(), modality="asserted", trigger="signed", text=""):
    return {"kind": "event", "modality": modality, "predicate": predicate, "subject_ids": list(subjects),
            "object_ids": list(objects), "char_start": start, "char_end": end, "trigger": trigger, "text": text}


def voices(claims):
    shared_act_voices(claims, country_of=COUNTRY.get, type_of=TYPE.get)
    return [c["subject_ids"] for c in claims]


@pytest.mark.parametrize("officials, expected", [
    (["kamikawa", "teodoro"], ["kamikawa", "teodoro", "japan", "philippines"]),   # both states' envoys
    (["kamikawa"], ["kamikawa", "japan", "philippines"]),                          # one side's envoy
    (["kamikawa", "marles"], ["kamikawa", "marles"]),                              # another state's official
    (["wang", "lavrov"], ["wang", "lavrov"]),                                      # another pair's act
])
def test_states_named_among_their_officials(officials, expected):
    states = claim("AGREE", ["japan", "philippines"], 0, 60)
    envoys = claim("AGREE", officials, 62, 140)
    assert voices([states, envoys])[1] == expected


@pytest.mark.parametrize("second", [
    claim("AGREE", ["kamikawa", "teodoro"], 300, 380),                      # not next to it
    claim("CONSULT", ["kamikawa", "teodoro"], 62, 140),                     # another type
    claim("AGREE", ["kamikawa", "teodoro"], 62, 140, modality="planned"),   # not asserted
    claim("AGREE", ["kamikawa", "jmsdf"], 62, 140),                         # a party that is no official
])
def test_kept_apart(second):
    before = list(second["subject_ids"])
    assert voices([claim("AGREE", ["japan", "philippines"], 0, 60), second])[1] == before


def test_two_state_claims_that_could_take_it_leave_it():
    first, second = claim("AGREE", ["japan", "philippines"], 0, 60), claim("AGREE", ["japan", "philippines"], 142, 200)
    envoys = claim("AGREE", ["kamikawa", "teodoro"], 62, 140)
    assert voices([first, envoys, second])[1] == ["kamikawa", "teodoro"]


PARTICIPLES = frozenset({"injuring", "killing", "damaging"})
WATER = "Coast guard ships fired water cannon at the boat, injuring two crew members."


@pytest.mark.parametrize("text, trigger, expected", [
    (WATER, "injuring", "COERCE"),                                                       # the act's result
    ("Coast guard ships fired water cannon at the boat and injuring two crew.", "injuring", "ASSAULT"),  # no comma
    ("Injuring two crew, the sailors fired water cannon at the boat.", "injuring", "ASSAULT"),         # opens it
])
def test_result_typed_as_the_act(text, trigger, expected):
    act = claim("COERCE", ["ccg"], 0, len(text), trigger="fired water cannon", text=text)
    result = claim("ASSAULT", ["ccg"], 0, len(text), trigger=trigger, text=text)
    consequence_acts([act, result], participles=PARTICIPLES)
    assert result["predicate"] == expected


def test_result_of_another_actor_or_sentence_stays():
    other = claim("COERCE", ["jcg"], 0, len(WATER), trigger="fired water cannon", text=WATER)
    result = claim("ASSAULT", ["ccg"], 0, len(WATER), trigger="injuring", text=WATER)
    consequence_acts([other, result], participles=PARTICIPLES)
    assert result["predicate"] == "ASSAULT"
