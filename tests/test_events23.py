"""Event round events23: a state's verbal act told next to the same act of the official who spoke for it is one act
(state_voices.py speaking_states: the official is named in the state's claim, so the clustering merges the two);
a formal act (representations, a protest) and a voiced reaction stay two rows (GUIDELINES); a quoted prescription
before the reporting verb is no SUPPORT (statement_events.py prescribed). Own wording."""
import pytest
from datetime import date

from pipeline.extract.state_voices import speaking_states
from pipeline.extract.statement_events import prescribed
from pipeline.extract.sentences import Sentence


COUNTRY = {"china": "CHN", "japan": "JPN", "lin-jian": "CHN", "cn-mnd": "CHN", "mao-ning": "CHN", "jp-mofa": "JPN",
           "global-times": "CHN"}
TYPE = {"china": "state", "japan": "state", "lin-jian": "person", "mao-ning": "person", "cn-mnd": "government_body",
        "jp-mofa": "government_body", "global-times": "media"}
PROTESTS = frozenset({"representations", "protest", "protested"})
MONDAY = date(2025, 6, 9)


def claim(start, end, plover, subjects, trigger="condemned", day=MONDAY, claimant=None, text="", when=None):
    return {"kind": "event", "modality": "asserted", "predicate": plover, "subject_ids": list(subjects),
            "char_start": start, "char_end": end, "trigger": trigger, "date_start": day, "date_end": day,
            "date_precision": "day" if day else "unknown", "claimant_id": claimant, "text": text, "time_text": when}


def fold(claims):
    speaking_states(claims, country_of=COUNTRY.get, type_of=TYPE.get, protests=PROTESTS)
    return [c["subject_ids"] for c in claims]


def test_same_day_next_sentence_official_is_named():
    assert fold([claim(0, 80, "ACCUSE", ["lin-jian"]), claim(81, 140, "ACCUSE", ["china"])]) == \
        [["lin-jian"], ["china", "lin-jian"]]


def test_before_or_after():
    assert fold([claim(0, 80, "ACCUSE", ["china"]), claim(82, 140, "ACCUSE", ["cn-mnd"])])[0] == ["china", "cn-mnd"]


def test_the_official_reporting_the_state_act():
    # 'Tokyo protested ..., the ministry said' (undated) next to the ministry's dated protest
    claims = [claim(0, 80, "ACCUSE", ["jp-mofa"], trigger="lodged a protest"),
              claim(81, 140, "ACCUSE", ["japan"], trigger="protested", day=None, claimant="jp-mofa")]
    assert fold(claims)[1] == ["japan", "jp-mofa"]


@pytest.mark.parametrize("claims", [
    # another type of act
    [claim(0, 80, "REQUEST", ["lin-jian"]), claim(81, 140, "ACCUSE", ["china"])],
    # another state's official
    [claim(0, 80, "ACCUSE", ["jp-mofa"]), claim(81, 140, "ACCUSE", ["china"])],
    # not the next sentence
    [claim(0, 80, "ACCUSE", ["lin-jian"]), claim(200, 260, "ACCUSE", ["china"])],
    # one sentence: 'said China firmly opposes ... and had lodged representations' is two rows
    [claim(0, 80, "ACCUSE", ["lin-jian"]), claim(0, 80, "ACCUSE", ["china"], trigger="lodged representations")],
    # a reaction and the representations of the next sentence, even reported by the speaker
    [claim(0, 80, "ACCUSE", ["lin-jian"], trigger="opposes"),
     claim(81, 140, "ACCUSE", ["china"], trigger="lodged stern representations", claimant="lin-jian")],
    # two officials: whose act it is is not known
    [claim(0, 80, "ACCUSE", ["lin-jian"]), claim(81, 140, "ACCUSE", ["china"]), claim(141, 200, "ACCUSE", ["mao-ning"])],
    # a deed is its doer's
    [claim(0, 80, "MOBILIZE", ["cn-mnd"]), claim(81, 140, "MOBILIZE", ["china"])],
    # state media are no official
    [claim(0, 80, "ACCUSE", ["global-times"]), claim(81, 140, "ACCUSE", ["china"])],
    # the state's act undated, reported by no official: another occasion may be meant
    [claim(0, 80, "ACCUSE", ["china"], day=None), claim(81, 140, "ACCUSE", ["lin-jian"])],
    # another day
    [claim(0, 80, "ACCUSE", ["lin-jian"]), claim(81, 140, "ACCUSE", ["china"], day=date(2025, 3, 1))],
    # the detail opens on its own time: a new development after a background sentence
    [claim(0, 80, "ACCUSE", ["china"]),
     claim(81, 140, "ACCUSE", ["lin-jian"], text="On Monday the spokesman Lin Jian said ...", when="On Monday")],
])
def test_left_apart(claims):
    before = [list(c["subject_ids"]) for c in claims]
    assert fold(claims) == before


@pytest.mark.parametrize("text, expected", [
    ('"Japan must stand with Taiwan," he said.', True),
    ('"Japan should back the bid," Newsham said.', True),
    ('"Japan firmly supports the bid," Hayashi said.', False),
    ('He said that Japan should back the bid.', True),
    ('He said that Japan firmly supports the bid.', False),
])
def test_prescribed_either_side(text, expected):
    s = Sentence(0, len(text), text)
    verb = "said"
    verb_at = text.index(verb)
    cue_at = next(text.index(w) for w in ("stand", "back", "supports") if w in text)
    assert prescribed(text, s, verb_at, verb, cue_at) == expected


def test_a_reaction_conveyed_through_diplomatic_channels_is_a_formal_act():
    # 'Japan also conveyed its "serious concern" through diplomatic channels, Hayashi said' beside his 'unacceptable'
    claims = [claim(0, 80, "ACCUSE", ["jp-mofa"], trigger="unacceptable"),
              claim(81, 160, "ACCUSE", ["japan"], trigger="serious concern", claimant="jp-mofa",
                    text="Japan also conveyed its serious concern through diplomatic channels, the ministry said.")]
    speaking_states(claims, country_of=COUNTRY.get, type_of=TYPE.get, protests=PROTESTS, channels=("diplomatic channels",))
    assert claims[1]["subject_ids"] == ["japan"]
