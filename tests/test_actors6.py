"""Pure-function tests of the actors6 round's description rules (text in, resolved descriptions out); the sentences
are written for these tests in the style of wire and official reporting."""
import pytest

from pipeline.extract.body import Body
from pipeline.extract.group_descriptions import compile_groups, group_descriptions
from tests.test_group_descriptions import mentions_of   # one copy of the mention builder

GROUPS = compile_groups({"singular": {"delegation": ["legislature", "political_party", "organization", "government_body"]}})
TYPES = {"kmt": "political_party", "ldp": "political_party", "ly": "legislature", "mofa": "government_body",
         "jtea": "organization", "lai": "person", "furuya": "person"}


def delegations(text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    found = group_descriptions(text, 0, len(text), mentions_of(text, names), compiled=GROUPS, type_of=TYPES.get,
                               outside=lambda a, b: True)
    return [(m.text, m.actor_id) for m in found if m.method == "description"]


@pytest.mark.parametrize("text, names, expected", [
    ("A delegation from the Kuomintang arrived in Beijing on Tuesday. The delegation met officials in Xiamen.",
     {"Kuomintang": "kmt"}, [("The delegation", "kmt")]),
    ("The Liberal Democratic Party delegation landed in Taipei.\nOn Friday the delegation laid a wreath.",
     {"Liberal Democratic Party": "ldp"}, [("the delegation", "ldp")]),
    ("The Legislative Yuan's cross-party delegation visited Tokyo. The delegation called on the foreign minister.",
     {"Legislative Yuan": "ly"}, [("The delegation", "ly")]),
    # tied far back in the article: still the one body the text tied the noun to
    ("A 12-member delegation of the Kuomintang left for Shanghai.\nTrade was discussed.\nTariffs rose.\n"
     "The delegation returned on Sunday.", {"Kuomintang": "kmt"}, [("The delegation", "kmt")]),
])
def test_a_delegation_names_the_body_the_text_tied_it_to(text, names, expected):
    assert delegations(text, names) == expected


@pytest.mark.parametrize("text, names", [
    # the one body in reach announced the visit: it did not send the delegation
    ("A delegation of lawmakers led by Keiji Furuya met Lai. The Ministry of Foreign Affairs said the delegation would "
     "stay four days.", {"Keiji Furuya": "furuya", "Lai": "lai", "Ministry of Foreign Affairs": "mofa"}),
    # the host of the visit, not its sender
    ("Lai hosted a banquet at the Japan-Taiwan Exchange Association. The delegation thanked him.",
     {"Lai": "lai", "Japan-Taiwan Exchange Association": "jtea"}),
    # members of a party criticizing someone are no delegation
    ("Members of the Kuomintang criticized the plan. The delegation left on Monday.", {"Kuomintang": "kmt"}),
    # two bodies tied to a delegation, both in reach: which one is a guess
    ("A Liberal Democratic Party delegation and a Kuomintang delegation met. The delegation toured a port.",
     {"Liberal Democratic Party": "ldp", "Kuomintang": "kmt"}),
])
def test_a_delegation_tied_to_no_body_or_to_two_names_no_one(text, names):
    assert delegations(text, names) == []


def described(extractor, text: str) -> list[tuple[str, str]]:
    mentions, discovered = extractor.matcher.find(text, 0, len(text))
    out = extractor._with_descriptions(text, Body(0, len(text), []), mentions, discovered)
    return [(m.text, m.actor_id) for m in out if m.method == "description"]


@pytest.mark.parametrize("text", [
    "The Okinawa Prefectural Government objected to the plan. Tokyo officials said the government would proceed.",
    "The Okinawa Prefectural Government filed a suit on Monday.\nThe government has not explained the delay, critics said.",
])
def test_a_bare_government_is_never_a_prefectural_government(seed_extractor, text):
    assert not any(actor == "okinawa-prefectural-government" and t.casefold() == "government"
                   for t, actor in described(seed_extractor, text))


@pytest.mark.parametrize("text, expected", [
    # the state of the one country the sentence named before it (government_descriptions)
    ("The Okinawa Prefectural Government objected. Foreign Minister Yoko Kamikawa said the government would act.",
     ("government", "japan")),
    # a qualified description still names the body whose name holds it
    ("The Okinawa Prefectural Government objected. The prefectural government said the base was too big.",
     ("prefectural government", "okinawa-prefectural-government")),
])
def test_governments_after_a_prefectural_government(seed_extractor, text, expected):
    assert expected in described(seed_extractor, text)
