"""Pure-function tests of the actors5 round's actor mechanisms (text in, mentions out); the sentences are
written for these tests in the style of wire and official reporting."""
import pytest

from pipeline.extract.caps_labels import caps_labels, label_person
from tests.test_actor_mechanisms2 import found  # the matcher fixture comes from conftest.py


@pytest.mark.parametrize("text, name", [
    ("Chinese Ambassador to Japan Li Wenhai met the vice minister on Monday.", "Li Wenhai"),
    ("He met Minister of Commerce Gao Hongwei in Beijing.", "Gao Hongwei"),
    ("The Ambassador to South Korea Philip Marden arrived on Friday.", "Philip Marden"),
    ("The Minister for Trade and Investment Simon Harwood said exports rose.", "Simon Harwood"),
    ("The Secretary of the Navy Carlos Del Prado said the ships would sail.", "Carlos Del Prado"),
    ("Governor of Kagoshima Prefecture Taro Mishima protested the plan.", "Taro Mishima"),
])
def test_a_title_with_its_post_then_the_name(matcher, text, name):
    assert name in found(matcher, text)[1]


@pytest.mark.parametrize("text", [
    "The head of Foreign Affairs Committee said the vote would wait.",
    "Minister of Foreign Affairs Japan said nothing.",
])
def test_a_post_without_a_name_introduces_no_one(matcher, text):
    assert not any(n for n in found(matcher, text)[1] if "Affairs" in n or "Committee" in n)


@pytest.mark.parametrize("text, name", [
    ("Hiroshi Tanabe, a senior member of the opposition party's defence panel, said the bill was rushed.", "Hiroshi Tanabe"),
    ("Mei Sasaki, a member of the Nagasaki Prefectural Assembly, proposed a ferry link.", "Mei Sasaki"),
    ("The minister will host his Indonesian counterpart, Budi Santoso, in March.", "Budi Santoso"),
    ("Wang met his Japanese counterpart Kenji Morita in Tokyo.", "Kenji Morita"),
    ("A spokeswoman for the Taipei Economic and Cultural Office in Canada, Lin Pei-shan, welcomed the deal.", "Lin Pei-shan"),
])
def test_people_introduced_by_membership_counterpart_or_a_long_role(matcher, text, name):
    assert name in found(matcher, text)[1]


def test_members_of_a_body_that_are_no_named_person(matcher):
    assert found(matcher, "Japan, a member of the Group of Seven, said it would act.")[1] == set()


@pytest.mark.parametrize("text, family", [
    ("China's Defence Minister, General Wei Fenghe, spoke on Sunday. Gen Wei told delegates the army was ready.", "wei-fenghe"),
    ("Lieutenant Colonel Mark Ellery led the drill. Lt Col Ellery said it went well.", None),
])
def test_undotted_rank_abbreviations_are_titles_not_names(matcher, text, family):
    mentions, discovered = found(matcher, text)
    assert not any(n.startswith(("Gen ", "Lt ", "Col ")) for n in discovered)
    if family:
        assert ("Wei", family) in mentions


def test_a_family_name_before_the_full_name_is_the_documents_person(matcher):
    text = "The chair said: Minister Kao, please.\n\nMINISTER KAO KUANG-CHI: Thank you.\n\nMINISTER KAO: We will study it."
    mentions, discovered = found(matcher, text)
    assert "Kao Kuang-chi" in discovered
    assert {a for t, a in mentions if t in ("Kao", "KAO")} == {"kao-kuang-chi"}


@pytest.mark.parametrize("text, expected", [
    ("CONVENER LIN SHU-FEN: The meeting will come to order.", [("Lin Shu-fen", 2)]),
    ("DEPUTY MINISTER OF FOREIGN AFFAIRS: Thank you.", []),
    ("DEPUTY MINISTER TIAN: Thank you.", [("Tian", 1)]),
    ("SENATOR JANE PORTER (D-XX): I thank the chair.", [("Jane Porter", 2)]),
    ("MARK HOLLIS, HOST: Good morning.", [("Mark Hollis", 2)]),
    ("RELATED ARTICLES:\nSUMMARY OF PROCEEDINGS:\nUNIDENTIFIED PROTESTERS: (Chanting)", []),
])
def test_caps_labels(seed_knowledge, text, expected):
    titles = {t.casefold() for t in seed_knowledge.titles["person_titles"]}
    assert [(n, k) for _, _, n, k in caps_labels(text, 0, len(text), is_title=titles.__contains__)] == expected


def test_label_person_prefers_the_document_then_the_registry():
    named = {"Kao": [(50, "kao-a")], "Lin": [(5, "lin-a"), (40, "lin-b")]}
    assert label_person("Kao", 10, named, lambda f: "registry-kao") == "kao-a"
    assert label_person("Lin", 45, named, lambda f: None) == "lin-b"
    assert label_person("Chen", 45, named, lambda f: "registry-chen") == "registry-chen"


@pytest.mark.parametrize("text, name", [
    ("An official of the Taipei Economic and Cultural Office in Osaka said the visit was private.",
     "Taipei Economic and Cultural Office in Osaka"),
])
def test_a_representative_office_keeps_its_host(matcher, text, name):
    assert name in found(matcher, text)[1]


def test_a_short_office_name_does_not_swallow_a_city(matcher):
    assert "Foreign Office in London" not in found(matcher, "The Foreign Office in London said it was concerned.")[1]


@pytest.mark.parametrize("masthead, sentence, expected", [
    ("The Asahi Shimbun\nPOLITICS\n\n", "Students withdrew their invitation to former Taiwan President Lee Teng-hui after the "
     "Foreign Ministry signaled it would not issue him a visa.", "jp-mofa"),
    ("CGTN\nChina | World\n\n", "Under the measures, decided by the Ministry of Foreign Affairs, the assets of the "
     "former Taiwan official were frozen.", "cn-mfa"),
])
def test_an_unqualified_shared_name_is_the_masthead_publishers(matcher, masthead, sentence, expected):
    text = masthead + "Headline of the story\n\n" + sentence
    mentions, _ = matcher.find(text, text.index(sentence), len(text))
    assert expected in {m.actor_id for m in mentions if "Ministry" in m.text}


def test_a_qualified_shared_name_keeps_its_country(matcher):
    text = "The Asahi Shimbun\n\nHeadline\n\nThe Chinese Foreign Ministry said it was concerned."
    mentions, _ = matcher.find(text, text.index("The Chinese"), len(text))
    assert "jp-mofa" not in {m.actor_id for m in mentions}


# ---------------------------------------------------------------- body: the end of the article
from pipeline.extract.body import find_body  # noqa: E402
from pipeline.extract.body_blocks import without_trailing_credit  # noqa: E402

_STORY = ("Example Times\n\nMinisters agree on hotline\n\nBy Jane Roe\n\n"
          "TOKYO - Japan and the Philippines agreed on Monday to set up a defence hotline, officials said.\n\n"
          "The two sides will hold their next meeting in Manila later this year, the foreign ministry said in a statement.\n\n"
          "Analysts said the agreement was modest but showed a shared concern about maritime incidents in the region.\n\n")


@pytest.mark.parametrize("last, tail", [
    ("Officials said the talks would resume in May. (By Jane Roe and John Doe)", "\n\nENDITEM/jr\n"),
    ("Officials said the talks would resume in May. (Reporting by Jane Roe; Editing by John Doe)", "\n"),
    ("Officials said the talks would resume in May.", "\n\nUpdate 5/3/24, 8:15 a.m. ET: This article was updated with additional information.\n\n"
     "Example Times is committed to reporting the facts without fear or favour.\n"),
    ("Officials said the talks would resume in May.", "\n\n(Note) The figures in this release are provisional and may be revised later.\n"),
])
def test_the_body_ends_before_a_trailing_credit_or_a_notice(last, tail):
    text = _STORY + last + tail
    body = find_body(text)
    assert text[:body.end].endswith("would resume in May.")


def test_a_credit_inside_the_sentence_is_no_trailing_credit():
    line = "The report (by the ministry's own auditors) found no fault."
    assert without_trailing_credit(line) == line


@pytest.mark.parametrize("text, name", [
    ("Spain’s Elena Marquez, who visited Tokyo last week, told reporters the talks went well.", "Elena Marquez"),
    ("\"The risk is real,\" said Park Min-jae, a lecturer at a university in Seoul.", "Park Min-jae"),
])
def test_an_owner_or_a_place_word_opening_a_persons_name(matcher, text, name):
    assert name in found(matcher, text)[1]


def test_a_place_word_closing_a_name_is_still_a_place(matcher):
    assert "Yoyogi Park" not in found(matcher, "The rally at Yoyogi Park drew crowds, said organiser Ken Sato.")[1]


@pytest.mark.parametrize("text, absent", [
    ("The ministers discussed the stalled Doha trade round.", "Doha"),
    ("The launch came at 6 a.m. Beijing time on Friday.", "Beijing"),
    ("The Tokyo declaration was signed in 1993.", "Tokyo"),
])
def test_a_capital_modifying_a_round_a_clock_or_a_document_is_no_actor(matcher, text, absent):
    assert absent not in [t for t, _ in found(matcher, text)[0]]


@pytest.mark.parametrize("text, name", [
    ("The town and Pingtung County concluded a friendship agreement in 1995.", "Pingtung County"),
    ("The new name was decided by Miyako City after a public hearing.", "Miyako City"),
])
def test_a_local_government_named_by_its_place_acts(matcher, text, name):
    assert name in found(matcher, text)[1]


def test_a_local_government_word_in_a_place_is_a_place(matcher):
    assert found(matcher, "A school in Pingtung County was damaged by the storm.")[1] == set()


def test_people_in_a_municipality_are_not_its_government(matcher):
    assert found(matcher, "Fishermen in Pingtung County said the catch was poor.")[1] == set()


@pytest.mark.parametrize("text, absent", [
    ("The carrier sailed through the Luzon Strait between Taiwan and the Philippines on Monday.", "the Philippines"),
    ("A patrol plane flew between Miyako and Taiwan twice.", "Taiwan"),
    ("The chain runs from Japan through Taiwan to the Philippines.", "Taiwan"),
])
def test_the_ends_of_a_stretch_of_sea_or_air_are_places(matcher, text, absent):
    assert absent not in [t for t, _ in found(matcher, text)[0]]


@pytest.mark.parametrize("text, present", [
    ("Talks between Japan and China resumed in May.", "China"),
    ("Relations between Tokyo and Seoul improved last year.", "Seoul"),
    ("The agreement between Japan and the Philippines takes effect in June.", "the Philippines"),
])
def test_the_parties_between_which_something_is_are_actors(matcher, text, present):
    assert present in [t for t, _ in found(matcher, text)[0]]


@pytest.mark.parametrize("text, name", [
    ("A cross-party caucus headed by Noboru Kanda, a veteran lawmaker, sent the letter.", "Noboru Kanda"),
    ("The delegation, led by Chen Wen-hao, arrived in Naha on Monday.", "Chen Wen-hao"),
])
def test_the_leader_of_what_the_sentence_names_is_a_person(matcher, text, name):
    assert name in found(matcher, text)[1]


def test_a_body_leading_is_no_person(matcher):
    assert found(matcher, "The coalition led by Democratic Progressive Party members walked out.")[1] == set()


def test_a_counterpart_to_a_law_is_no_person(matcher):
    text = "Lawmakers will study a Japanese counterpart to the Taiwan Relations Act of the United States."
    assert found(matcher, text)[1] == set()


def test_an_owned_shared_name_is_its_owners_not_the_publishers(matcher):
    text = "The Asahi Shimbun\n\nHeadline\n\nChina protested on Monday, and its Foreign Ministry summoned the envoy."
    mentions, _ = matcher.find(text, text.index("China protested"), len(text))
    assert "jp-mofa" not in {m.actor_id for m in mentions}


def test_an_aside_in_brackets_closing_the_article_is_no_credit():
    line = "Tokyo protested at once. (By contrast, Seoul said nothing.)"
    assert without_trailing_credit(line) == line


@pytest.mark.parametrize("text, name", [
    ("Karin Holm, the Swedish liberal who chairs the assembly's Asia delegation, called the vote a mistake.", "Karin Holm"),
    ("Omar Haddad, a former diplomat who teaches at a university in Amman, disagreed.", "Omar Haddad"),
])
def test_a_post_said_with_a_verb_is_a_role(matcher, text, name):
    assert name in found(matcher, text)[1]
