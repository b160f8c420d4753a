"""Event rules of the events3 round, on general sentences written for the test (text in, event claims out), on the
seed knowledge: bracketed native names in appositive subjects, quoted nouns after light verbs, statement gerunds,
pronoun subjects after a quotation, iterative clauses, commentators, withheld answers, membership applications."""
from datetime import date

import pytest

from tests.test_predicates import events as predicate_events

PUBLISHED = date(2024, 5, 24)     # a Friday


def events(extractor, text):
    return predicate_events(extractor, text, published=PUBLISHED, asserted_only=True)


def summary(extractor, text):
    return sorted((e["predicate"], tuple(e["subject_ids"])) for e in events(extractor, text))


@pytest.mark.parametrize("text, plover, source", [
    # an appositive name followed by its native-script name or abbreviation in brackets is still the subject
    ("Taiwan's envoy to Tokyo, Lee Yi-yang (李逸洋), called on Japan to open a security dialogue.", "REQUEST", "lee-yi-yang"),
    ("The council's minister, Kuan Bi-ling (DPP), urged Japan to hold regular drills.", "REQUEST", "kuan-bi-ling"),
    # a quotation or a '2+2' label between the light verb and the noun
    ('Yoko Kamikawa expressed "grave concern" over the missile launches.', "ACCUSE", "yoko-kamikawa"),
    ('China lodged "stern representations" with Japan over the visit.', "ACCUSE", "china"),
    # 'issued a statement <time> V-ing': the statement's act is its issuer's
    ("Yoko Kamikawa issued a statement on Monday congratulating Lai Ching-te on his inauguration.", "SUPPORT", "yoko-kamikawa"),
    ("China's foreign ministry issued a statement condemning Japan.", "ACCUSE", "cn-mfa"),
    # vocabulary of diplomatic reporting
    ("Taiwan applied to join the trade pact last week.", "REQUEST", "taiwan"),
    ("China submitted its application to join the pact on Thursday.", "REQUEST", "china"),
    ("Joanne Ou hit back on Thursday.", "ACCUSE", "joanne-ou"),
    ("Japan recalled its envoy to Seoul on Monday.", "SANCTION", "japan"),
    ("Yoshihide Suga held a telephone talk with Joe Biden on Monday.", "CONSULT", "yoshihide-suga"),
])
def test_event_rules(seed_extractor, text, plover, source):
    assert (plover, (source,)) in [(p, s[:1]) for p, s in summary(seed_extractor, text)]


def test_protest_addressed_to_an_agency_is_verbal_disapproval(seed_extractor):
    got = summary(seed_extractor, "The Okinawa Prefectural Fisheries Federation protested to the Fisheries Agency on Thursday.")
    assert [p for p, _ in got] == ["ACCUSE"]


def test_pronoun_after_a_closing_quotation_is_the_sentence_person(seed_extractor):
    text = ('Kuan Bi-ling called the drill "a milestone for maritime cooperation," and she called on Japan to '
            'hold such drills every year.')
    assert ("REQUEST", ("kuan-bi-ling",)) in summary(seed_extractor, text)


@pytest.mark.parametrize("text", [
    # iterative or standing: no single occasion
    "China has sent coast guard ships into the area regularly since 2012.",
    "Japan has stationed missile units on the islands since 2016.",
    "Taiwan's defence ministry has hosted retired Japanese officers as advisers in recent years.",
    # a withheld answer is no rejection of anyone
    "Minoru Kihara declined to speculate about Beijing's motives.",
    "Shinjiro Koizumi refused to discuss the plan with reporters.",
    # 'that' opens a clause: the noun after it is no object of the light verb
    "Japan has made clear that the food ban stood in the way.",
    # a result participle and an acknowledgment of a view are no concessions
    "Taiwan and Japan signed a fisheries deal, easing a long-running source of friction.",
])
def test_no_event_of_that_kind(seed_extractor, text):
    got = summary(seed_extractor, text)
    assert not [p for p, _ in got if p in ("MOBILIZE", "CONSULT", "REJECT", "SANCTION", "CONCEDE")]


def test_a_perfect_without_since_is_still_an_event(seed_extractor):
    assert ("MOBILIZE", ("japan",)) in summary(seed_extractor, "Japan has deployed troops to Yonaguni.")


@pytest.mark.parametrize("text", [
    '"Supporting Taiwan at the assembly costs Japan little," said Ayumi Kotani, a senior research fellow at a Tokyo institute.',
    '"Tokyo needs Taipei on its side and should not fight it," said Tetsuo Kotani, a professor at Meikai University.',
])
def test_a_commentators_quote_is_no_act(seed_extractor, text):
    assert events(seed_extractor, text) == []


def test_a_spokespersons_quote_is_still_an_act(seed_extractor):
    text = '"We oppose Japan\'s moves," said Wang Wenbin, a spokesperson for the Chinese foreign ministry.'
    assert ("ACCUSE", ("wang-wenbin",)) in summary(seed_extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a warning of a consequence is a threat; any other 'warned that' only reports
    ('Wang Wenbin warned that Japan would "pay a price" for the visit.', [("THREATEN", ("wang-wenbin",))]),
    ("Fumio Kishida warned that the economy would slow next year.", []),
    # coordinated after a statement, the warning is part of it (the statement's one accusation, no threat)
    ('Wang Wenbin said Japan "must stop" its provocations and warned that it would "pay a price."', [("ACCUSE", ("wang-wenbin",))]),
    ('Wang Wenbin said the visit was "a grave mistake" and warned Japan against "playing with fire."', [("ACCUSE", ("wang-wenbin",))]),
])
def test_warnings(seed_extractor, text, expected):
    got = [x for x in summary(seed_extractor, text) if x[0] in ("THREATEN", "ACCUSE")]
    assert got == expected


def test_a_title_with_a_country_before_the_name_is_no_coordination(seed_extractor):
    # 'Ambassador to Japan Wu Jianghao': 'Japan' belongs to the title, the name is the subject
    assert ("ACCUSE", ("wu-jianghao",)) in summary(seed_extractor, "Chinese Ambassador to Japan Wu Jianghao criticized the visit on Monday.")


def test_a_that_clause_act_after_a_non_reporting_verb_is_its_own_event(seed_extractor):
    # only a statement ('said ... and warned that') absorbs the coordinated act; a summons does not
    text = "Sun Weidong summoned the ambassador on Thursday and demanded that Japan retract the remarks."
    assert ("REQUEST", ("sun-weidong",)) in summary(seed_extractor, text)


def test_an_event_noun_modifying_an_occasion_is_no_act(seed_extractor):
    # 'a welcome ceremony': the ceremony is hosted, nobody is welcomed as an act of support
    got = summary(seed_extractor, "Xi Jinping held talks with Lula and hosted a welcome ceremony and banquet for him.")
    assert "SUPPORT" not in [p for p, _ in got] and ("CONSULT", ("xi-jinping",)) in got
