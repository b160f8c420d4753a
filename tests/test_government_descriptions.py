"""A state named by its government: 'the Merkel government', 'Macron's administration', and a bare 'the
government' in a sentence that named one country before it."""
import pytest

from pipeline.extract.government_descriptions import compile_governments, government_descriptions
from tests.test_group_descriptions import mentions_of

GOVERNMENTS = compile_governments({"nouns": ["government", "administration"], "bare": ["government"],
                                   "subnational_titles": ["governor", "mayor"]})
TYPES = {"FRA": "state", "DEU": "state", "ITA": "state", "macron": "person", "merkel": "person", "hidalgo": "person",
         "elysee": "government_body", "unknown": "person"}
STATE = {"FRA": "FRA", "DEU": "DEU", "ITA": "ITA", "macron": "FRA", "merkel": "DEU", "hidalgo": "FRA", "elysee": "FRA"}


def resolved(text: str, names: dict[str, str]) -> list[tuple[str, str, str]]:
    found = government_descriptions(text, 0, len(text), mentions_of(text, names), compiled=GOVERNMENTS,
                                    type_of=TYPES.get, state_of=STATE.get, outside=lambda a, b: True)
    return [(m.text, m.actor_id, m.method) for m in found]


@pytest.mark.parametrize("text, names, expected", [
    # a leader's government is the leader's state; the person's mention becomes the state's
    ("In 2019 the Merkel government rejected the plan.", {"Merkel": "merkel"},
     [("Merkel government", "DEU", "description")]),
    # a possessive or a full name still refers to the person too: the noun alone is the state's
    ("President Macron's administration said it regretted the decision.", {"Macron": "macron"},
     [("Macron", "macron", "alias"), ("administration", "FRA", "description")]),
    ("The Angela Merkel government fell.", {"Angela Merkel": "merkel"},
     [("Angela Merkel", "merkel", "alias"), ("government", "DEU", "description")]),
    # the noun opening another name is no government
    ("Merkel's Government Press Office said so.", {"Merkel": "merkel"}, [("Merkel", "merkel", "alias")]),
    # a state's own government is left to the registry's aliases ('Japanese government')
    ("Germany's government approved the budget.", {"Germany": "DEU"}, [("Germany", "DEU", "alias")]),
    # a mayor's administration is a city's, not the state's
    ("Paris Mayor Anne Hidalgo criticised the ban. The Anne Hidalgo administration appealed.",
     {"Anne Hidalgo": "hidalgo"}, [("Anne Hidalgo", "hidalgo", "alias")]),
    # 'the government of X' names its own owner; a person without a known country names no state
    ("Merkel said the government of Italy had erred.", {"Merkel": "merkel", "Italy": "ITA"},
     [("Merkel", "merkel", "alias"), ("Italy", "ITA", "alias")]),
    ("Dr Unknown's government fell.", {"Unknown": "unknown"}, [("Unknown", "unknown", "alias")]),
    # a bare 'the government' after one country's names in its sentence: that state
    ("Foreign Minister Macron said the government had lodged a protest.", {"Macron": "macron"},
     [("Macron", "macron", "alias"), ("government", "FRA", "description")]),
    ("France's Elysee Palace said the government would respond.", {"France": "FRA", "Elysee": "elysee"},
     [("France", "FRA", "alias"), ("Elysee", "elysee", "alias"), ("government", "FRA", "description")]),
    # two countries before it: which government is a guess, so none
    ("Merkel met Macron, and the government later issued a statement.", {"Merkel": "merkel", "Macron": "macron"},
     [("Merkel", "merkel", "alias"), ("Macron", "macron", "alias")]),
    # no name before it in its sentence (the previous sentence does not count)
    ("Macron arrived. The government announced new tariffs.", {"Macron": "macron"}, [("Macron", "macron", "alias")]),
    ('"The government strongly protests," Macron said.', {"Macron": "macron"}, [("Macron", "macron", "alias")]),
])
def test_government_descriptions(text, names, expected):
    assert resolved(text, names) == expected
