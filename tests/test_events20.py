"""Event recall round events20: a reaction an act drew from another party is that party's act (drawn_reactions.py,
syntax.yaml drawn_reactions); an issued warning or challenge is an act through its content participle
(resolution_acts.issued_acts, syntax.yaml content_texts); a commitment of an amount of money is aid (money_acts.py,
syntax.yaml money_commitments); the light-verb gap takes a recurring event's proper name as one modifier
(lexicon.EVENT_NAME); a signing verb ends an activity rather than signing it (syntax.yaml signing activities).
Own wire-style sentences; each rule also has sentences it must leave alone."""
import pytest

from tests.test_predicates import events


def acts(extractor, text, plover=None, asserted_only=True):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text, asserted_only=asserted_only)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, source", [
    ("Tokyo granted the former president a visa in 2001, a decision that drew strong protests from Beijing.", "china"),
    ("Chinese warships sailed near the islands on Monday, prompting a sharp protest from Tokyo.", "japan"),
    ("The minister called Taiwan a country, drawing a formal protest from China and thanks from Taipei.", "china"),
    ("The joint statement sparked a swift rebuke from the Chinese embassy.", "embassy-of-china"),
    ("The arms sale provoked condemnation from Beijing and Moscow.", "china"),
])
def test_a_drawn_reaction_is_the_reacting_party_s_act(seed_extractor, text, source):
    assert any(source in s for p, s in acts(seed_extractor, text, "ACCUSE"))


@pytest.mark.parametrize("text", [
    "The visit drew a warm response from Taipei.",                     # a welcome is no protest
    "The white paper drew an angry response from Beijing.",            # a vague lead-sentence reaction: no act of its own
    "The exhibition drew large crowds from across Japan.",             # no reaction noun
    "The decision drew protests from residents of the island.",        # no named party after 'from'
])
def test_no_drawn_reaction_without_a_protest_of_a_party(seed_extractor, text):
    assert acts(seed_extractor, text, "ACCUSE") == []


def test_a_hedged_drawn_reaction_is_not_asserted(seed_extractor):
    text = "The remarks could draw criticism from Beijing."
    assert acts(seed_extractor, text, "ACCUSE") == []


@pytest.mark.parametrize("text, source", [
    ("The Philippine Coast Guard issued a series of radio challenges ordering the Chinese vessel to leave.", "ph-coast-guard"),
    ("The Japan Coast Guard broadcast warnings demanding that the boat leave the area.", "jp-coast-guard"),
])
def test_an_issued_warning_with_a_demand_is_a_request(seed_extractor, text, source):
    assert ("REQUEST", [source]) in acts(seed_extractor, text, "REQUEST")


def test_a_bare_radio_warning_is_no_request(seed_extractor):
    assert acts(seed_extractor, "The Air Self-Defense Force scrambled fighter jets and issued radio warnings.", "REQUEST") == []


@pytest.mark.parametrize("text, source", [
    ("Japan's trade ministry pledged up to ¥500 billion in subsidies for the new plant.", "jp-meti"),
    ("Washington approved a $1 billion package for the Philippines on Friday.", "united-states"),
    ("The Ministry of Economy, Trade and Industry used the occasion to pledge 300 billion yen for a second factory.", "jp-meti"),
])
def test_a_commitment_of_money_is_aid(seed_extractor, text, source):
    found = acts(seed_extractor, text)
    assert ("AID", [source]) in found
    assert not [a for a in found if a[0] == "AGREE"]


@pytest.mark.parametrize("text", [
    "Japan pledged to strengthen its coast guard.",       # a pledge without money stays what it was
    "The $2 billion approved last year has not been spent.",
])
def test_no_aid_without_a_money_commitment(seed_extractor, text):
    assert acts(seed_extractor, text, "AID") == []


@pytest.mark.parametrize("text, plover, sources", [
    ('Japan and Taiwan held the first "Japan-U.S.-Taiwan Strategic Dialogue" by video link on Friday.', "CONSULT", ["japan", "taiwan"]),
    ("Japan held the first round of the Japan-Taiwan Maritime Cooperation Dialogue in Tokyo.", "CONSULT", ["japan"]),
    ("The Cabinet Secretariat and the Okinawa Prefectural Government held their first tabletop exercise.", "COOPERATE",
     ["jp-cabinet-secretariat", "okinawa-prefectural-government"]),
    ("The coast guards of Japan and the Philippines concluded a four-day trilateral maritime exercise off Kagoshima on Monday.",
     "COOPERATE", ["japan", "philippines"]),
])
def test_a_light_verb_takes_a_modified_event_noun(seed_extractor, text, plover, sources):
    assert (plover, sources) in acts(seed_extractor, text)


def test_a_signed_agreement_stays_an_agreement(seed_extractor):
    found = acts(seed_extractor, "Japan and the Philippines concluded a reciprocal access agreement in Manila on Monday.")
    assert ("AGREE", ["japan", "philippines"]) in found
