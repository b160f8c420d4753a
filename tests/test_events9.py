"""Event recall round events9: a fronted meeting adjunct that carries place and time phrases before its comma
('During talks between A and B in Geneva on Monday, ...'), a quotation mark opening the event noun after a light verb
('expressed 'regret' over'), posting personnel to another party's office as cooperation (seeds/lexicons/events.yaml),
and a subject before an appositive that itself holds names ('X, director-general of the ministry's bureau, lodged').
Own wire-style sentences; each mechanism also has sentences it must not fire on (plans, negations, habits,
domestic acts)."""
import pytest

from tests.test_predicates import events


def acts(extractor, text, plover=None, asserted_only=True):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text, asserted_only=asserted_only)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, expected", [
    ("During talks between Wang Yi and Yoshimasa Hayashi in Beijing on April 2, the two sides discussed trade.",
     [("CONSULT", ["wang-yi", "yoshimasa-hayashi"])]),
    ("At a summit between Joe Biden and Fumio Kishida at Camp David last August, the leaders spoke about security.",
     [("CONSULT", ["fumio-kishida", "joe-biden"])]),
    ("During talks between Antony Blinken and Wang Yi in Munich, the two sides exchanged views.",
     [("CONSULT", ["antony-blinken", "wang-yi"])]),
])
def test_a_fronted_meeting_may_carry_place_and_time_phrases(seed_extractor, text, expected):
    assert acts(seed_extractor, text, "CONSULT") == expected


@pytest.mark.parametrize("text", [
    "If talks between Wang Yi and Yoshimasa Hayashi in Beijing on April 2 go ahead, the two sides may discuss trade.",
])
def test_a_conditional_meeting_is_no_event(seed_extractor, text):
    assert acts(seed_extractor, text, "CONSULT") == []


@pytest.mark.parametrize("text, plover, source", [
    ("Chief Cabinet Secretary Nobutaka Machimura on Friday expressed 'regret' over the collision.", "CONCEDE", "nobutaka-machimura"),
    ("China on Monday expressed 'strong dissatisfaction' with Japan.", "ACCUSE", "china"),
    ("Japan lodged a 'strong protest' with China on Tuesday.", "ACCUSE", "japan"),
    ('Beijing lodged "stern representations" with Tokyo over the visit.', "ACCUSE", "china"),
])
def test_a_quotation_mark_may_open_the_event_noun(seed_extractor, text, plover, source):
    assert (plover, [source]) in acts(seed_extractor, text)


@pytest.mark.parametrize("text, source", [
    ("Japan last year quietly appointed a serving government official to its de facto embassy in Taipei.", "japan"),
    ("Australia posted a defence attache to its embassy in Manila in March.", "australia"),
    ("In 2022, Canada assigned a senior officer to its trade office in Taipei.", "canada"),
])
def test_posting_personnel_to_an_office_is_cooperation(seed_extractor, text, source):
    assert ("COOPERATE", [source]) in acts(seed_extractor, text, "COOPERATE")


@pytest.mark.parametrize("text", [
    "The ministry appointed a senior official to lead the task force on Monday.",     # a domestic appointment
    "Japan plans to assign an active-duty officer to its office in Taipei.",          # a plan
    "Japan has not assigned an active-duty officer to the Taipei office.",            # a negation
    "Japan would post an officer to its embassy in Manila if the talks succeed.",     # a hypothetical
])
def test_posting_personnel_not_done_or_domestic_is_no_asserted_event(seed_extractor, text):
    assert acts(seed_extractor, text, "COOPERATE") == []


@pytest.mark.parametrize("text, plover, source", [
    ("On Friday, Kenji Kanasugi, director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, "
     "lodged a protest with Wang Jianmin.", "ACCUSE", "kenji-kanasugi"),
    ("Lin Jian, a spokesman for China's foreign ministry, on Monday criticized Japan.", "ACCUSE", "lin-jian"),
    ("Xi Jinping, China's president, arrived in Seoul on July 3 for a two-day summit.", "CONSULT", "xi-jinping"),
])
def test_the_subject_before_an_appositive_that_holds_names(seed_extractor, text, plover, source):
    assert [source] in [s for p, s in acts(seed_extractor, text, plover)]


@pytest.mark.parametrize("text", [
    "Officials from China's embassy, who spoke anonymously, criticized Japan on Monday.",    # 'from': no subject
    "In a speech to Japan's parliament, which was broadcast live, the minister criticized China.",
])
def test_a_name_governed_by_a_preposition_before_an_appositive_is_no_subject(seed_extractor, text):
    assert [e for e in acts(seed_extractor, text, "ACCUSE") if e[1] in (["china"], ["japan"])] == []


@pytest.mark.parametrize("text, plover, source", [
    ("The CGA's Northern Branch immediately dispatched the patrol vessel Hsun Hu No. 7 to the area.", "MOBILIZE",
     "tw-coast-guard-administration"),
    ("Taiwan's representative office in Canberra welcomed the agreement.", "SUPPORT", "taiwan"),
    ("China's government lodged a protest with Japan on Monday.", "ACCUSE", "china"),
])
def test_an_actor_acts_through_its_offices_after_a_possessive(seed_extractor, text, plover, source):
    assert (plover, [source]) in acts(seed_extractor, text, plover)


@pytest.mark.parametrize("text", [
    "Beijing's intentions worried Japan.",                               # a possessed noun that is no office
    "Japan's government plans to lodge a protest with China.",           # a plan
    "Taiwan's representative office in Tokyo regularly welcomes visiting delegations.",   # a habit
])
def test_an_office_after_a_possessive_makes_no_asserted_event_when_nothing_was_done(seed_extractor, text):
    assert acts(seed_extractor, text) == []


@pytest.mark.parametrize("text, source", [
    ('Spokesman Yeh Chen-hui said Taiwan had "noted with regret" the remark by Mr. Fukuda.', "yeh-chen-hui"),
    ('The US Indo-Pacific Command said the Chinese ship "executed manoeuvres in an unsafe manner".', "us-indopacom"),
])
def test_quoted_words_of_disapproval_make_a_statement_a_criticism(seed_extractor, text, source):
    assert ("ACCUSE", [source]) in acts(seed_extractor, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    'Japanese Foreign Minister Taro Kono said Japan "deeply regretted" the loss of life in the collision.',
    'Taiwan\'s defense ministry said it would "remain vigilant" and monitor the situation.',
])
def test_own_regret_or_readiness_is_no_criticism(seed_extractor, text):
    assert acts(seed_extractor, text, "ACCUSE") == []


@pytest.mark.parametrize("text, plover, source", [
    ("The Pacific island nation of Palau hosted Lai Ching-te on Sunday.", "CONSULT", "palau"),
    ("Last week, the small island nation of Nauru cut diplomatic ties with Taipei.", "SANCTION", "nauru"),
])
def test_a_kind_noun_and_of_name_the_subject(seed_extractor, text, plover, source):
    assert (plover, [source]) in acts(seed_extractor, text, plover)


def test_a_name_after_a_preposition_and_a_kind_noun_stays_an_object(seed_extractor):
    text = "Japan established relations with the island nation of Palau in 1994."
    assert acts(seed_extractor, text, "COOPERATE") == [("COOPERATE", ["japan"])]


@pytest.mark.parametrize("text, expected", [
    ("Nauru cut diplomatic ties with Taipei, and on Monday China resumed diplomatic relations with Nauru.",
     [("SANCTION", ["nauru"]), ("COOPERATE", ["china"])]),
    ("Japan signed a deal with Taipei, and later that day China lodged a protest.",
     [("AGREE", ["japan"]), ("ACCUSE", ["china"])]),
])
def test_a_name_opening_a_coordinated_clause_is_its_subject(seed_extractor, text, expected):
    assert acts(seed_extractor, text) == expected


@pytest.mark.parametrize("text, plover, source", [
    ("A spokesman for the council, Liang Wen-chieh, on Monday criticized Beijing.", "ACCUSE", "liang-wen-chieh"),
    ("The foreign ministry's spokesperson, Lin Jian, also criticized Japan on Monday.", "ACCUSE", "lin-jian"),
    ("After talks with China, Japan, on Monday, signed a deal with Taiwan.", "AGREE", "japan"),
])
def test_a_name_in_apposition_then_adverbs_is_the_subject(seed_extractor, text, plover, source):
    assert (plover, [source]) in acts(seed_extractor, text, plover)


def test_an_appositive_name_before_a_coordinated_verb_is_no_subject(seed_extractor):
    text = "The ministry summoned the ambassador of China, Wu Jianghao, and lodged a protest."
    assert [s for _, s in acts(seed_extractor, text)] in ([], [[]])


@pytest.mark.parametrize("text, plover, source", [
    ("Wu said the trip violated the commitments Japan made when it normalized relations with China in 1972.",
     "COOPERATE", "japan"),
    ("The ministry said the remarks violated the commitments Manila made when it established diplomatic ties with "
     "Beijing in 1975.", "COOPERATE", "philippines"),
    ("Saito said Japan had not specified to whom the island was handed over when it renounced its claim to it.",
     "CONCEDE", "japan"),
])
def test_when_it_refers_to_the_body_subject_before(seed_extractor, text, plover, source):
    assert (plover, [source]) in acts(seed_extractor, text, plover)


@pytest.mark.parametrize("text", [
    "Japan will respond when it decides to establish ties with Taiwan.",       # a future act
    "Taiwan would protest if it were excluded when it applied to join the pact.",
])
def test_when_it_in_a_clause_not_asserted_makes_no_event(seed_extractor, text):
    assert [a for a in acts(seed_extractor, text) if a[0] == "COOPERATE"] == []
