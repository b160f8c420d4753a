"""Tests of the actors16 round (text in, mentions out): a relative named after a person of the same family name
leaves the bare family name to that person; a registry family name coordinated with place names is no person; the
publisher named in its own story by a one-word upper-case masthead or by the English line under a Chinese or
Japanese one; a foreign navy or air force with its country's name inside; national parliaments named in their own
language. The sentences are written for these tests, not copied from gold sets."""
import pytest

from pipeline.extract.actor_mastheads import masthead_outlet_mentions

LEAD = "MANILA, July 8 -- The two navies signed the access pact on Monday after months of talks."


def _mentions(matcher, text, start=0):
    found, _ = matcher.find(text, start, len(text))
    return [(m.text, m.actor_id) for m in found]


@pytest.mark.parametrize("relative", [
    "his widow, Haruna Abe,", "Abe's widow, Haruna Abe,", "his son Kenta Abe", "his brother, Kenta Abe,",
])
def test_a_relative_named_after_the_person_leaves_the_family_name_to_the_person(matcher, relative):
    text = (f"The late Shinzo Abe was remembered in Tokyo on Monday. Guests met {relative} at the hall. "
            f"{relative.split(', ')[-1].strip(',').split()[-2]} Abe said the day was moving. Abe had long backed the plan.")
    found = _mentions(matcher, text)
    last = [a for t, a in found if t == "Abe"][-1]
    assert last == "shinzo-abe"


def test_a_second_person_of_the_family_introduced_by_role_takes_the_family_name(matcher):
    text = ("President Tsai Ing-wen spoke first. Researcher Tsai Shih-ying said the plan was weak. "
            "Tsai added that the budget came late.")
    assert _mentions(matcher, text)[-1] == ("Tsai", "tsai-shih-ying")


@pytest.mark.parametrize("text", [
    "Officials from Fukuoka, Saga and Yamaguchi, which would take in the evacuees, joined online.",
    "Buses will carry residents to Hiroshima or Yamaguchi next week.",
    "Officials from Yamaguchi and Shimane joined the call.",
])
def test_a_family_name_listed_with_places_is_no_person(matcher, text):
    assert not any(a == "natsuo-yamaguchi" for _, a in _mentions(matcher, text))


@pytest.mark.parametrize("text", [
    "Yamaguchi said the party would back the bill.",
    "Former ministers Kishida and Yamaguchi visited the island on Monday.",
    "The party met on Monday. Later, Yamaguchi said the party would back the bill.",
    "Later, Yamaguchi said the party would back the bill.",
])
def test_a_family_name_alone_or_listed_with_family_names_is_the_person(matcher, text):
    assert ("Yamaguchi", "natsuo-yamaguchi") in _mentions(matcher, text)


@pytest.mark.parametrize("masthead, sentence, expected", [
    ("EXAMPLEWIRE\nExample National News Agency", "A researcher told Examplewire the pact was aimed at the strait.",
     "Examplewire"),
    ("例示新聞網 ENN\nEXN News Network | Example Television Service", "A researcher told EXN the pact was overdue.", "EXN"),
])
def test_the_publisher_named_in_its_own_story_by_its_masthead(masthead, sentence, expected):
    text = f"{masthead}\n\nTitle of the story\n\n{LEAD} {sentence}\n"
    found = masthead_outlet_mentions(text, text.index(LEAD), len(text), is_known=lambda w: False)
    assert [text[s:e] for s, e, _ in found] == [expected]


def test_a_multi_word_upper_case_masthead_does_not_match_its_words_in_title_case():
    text = f"EXAMPLE DEFENSE\nLand | Air\n\nTitle\n\n{LEAD} The plan was sent to Defense officials.\n"
    assert masthead_outlet_mentions(text, text.index(LEAD), len(text), is_known=lambda w: False) == []


def test_a_registered_outlet_in_the_masthead_is_the_one_told(matcher):
    text = f"公視新聞網 PNN\nPTS News Network | Public Television Service\n\nTitle\n\n{LEAD} A researcher told PTS it was late.\n"
    assert ("PTS", "public-television-service") in _mentions(matcher, text, text.index(LEAD))


@pytest.mark.parametrize("name, state", [
    ("Royal New Zealand Navy", "new-zealand"), ("Royal Netherlands Navy", "netherlands"),
    ("Royal New Zealand Air Force", "new-zealand"),
])
def test_a_foreign_navy_with_its_country_inside_is_one_actor(matcher, name, state):
    found = _mentions(matcher, f"Ships of the {name} sailed through the strait on Monday.")
    assert [t for t, _ in found] == [name] and all(a != state for _, a in found)


@pytest.mark.parametrize("text, actor", [
    ("A cross-party delegation of the Riksdag visited Taipei in June.", "riksdag"),
    ("The Bundestag adopted a resolution on the strait.", "bundestag"),
    ("Lithuania's Seimas voted on the bill.", "seimas"),
])
def test_a_parliament_named_in_its_own_language(matcher, text, actor):
    assert actor in [a for _, a in _mentions(matcher, text)]


@pytest.mark.parametrize("text", [
    "KATO Ichiro (Director-General, Example Affairs Bureau, Ministry of Foreign Affairs): I will answer that.",
    "The Director-General of the Example Affairs Bureau, Ichiro Kato, attended the hearing.",
])
def test_a_bureau_named_only_in_its_heads_title_is_no_actor(matcher, text):
    assert not any("Bureau" in t for t, _ in _mentions(matcher, text))


def test_a_bureau_an_official_works_for_is_an_actor(matcher):
    text = "An official of the Kurogane Regional Development Bureau said the plan was set."
    assert ("Kurogane Regional Development Bureau", "kurogane-regional-development-bureau") in _mentions(matcher, text)


def test_a_relative_named_by_given_name_after_the_family_name_is_that_person(matcher):
    text = ("Mourners honoured the late Shinzo Abe at the temple on Tuesday. The envoy stood alongside Abe's widow Akie "
            "and several hundred guests.")
    assert ("Akie", "akie-abe") in _mentions(matcher, text)
