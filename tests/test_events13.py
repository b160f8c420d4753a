"""Event recall mechanisms of task events13, on general wire-style sentences (none copied from gold documents):
named warships and hull prefixes as subjects, coordinated assets, service members as agents, a comma-less fronted
time before a pronoun subject, a clause with a time of its own as another occasion, and the vocabulary of exercising
with a partner, port calls, tour bans and hiring freezes."""
import pytest

from tests.test_predicates import events, event_acts



@pytest.mark.parametrize("text, expected", [
    # a demonym, the class noun and the ship's own name ('the Canadian frigate Winnipeg')
    ("The American destroyer Dewey transited the Taiwan Strait on Friday.", ("MOBILIZE", ("united-states",))),
    ("The Japanese destroyer Sazanami sailed through the Taiwan Strait on Wednesday.", ("MOBILIZE", ("japan",))),
    ("The Russian corvette Sovershenny passed through the Soya Strait on Monday.", ("MOBILIZE", ("russia",))),
    # two named ships of two navies in coordination
    ("The US destroyer Ralph Johnson and the British frigate Richmond sailed through the Taiwan Strait on Sunday.",
     ("MOBILIZE", ("united-kingdom", "united-states"))),
    # hull prefixes name the navy's state
    ("USS Milius transited the Taiwan Strait on Thursday.", ("MOBILIZE", ("united-states",))),
    ("Guided-missile destroyer USS Chung-Hoon sailed through the Taiwan Strait on Saturday.", ("MOBILIZE", ("united-states",))),
    ("The carrier HMS Prince of Wales sailed through the South China Sea last week.", ("MOBILIZE", ("united-kingdom",))),
    ("The helicopter destroyer JS Kaga made a port call at Cam Ranh Bay on Monday.", ("COOPERATE", ("japan",))),
    # a formation of assets, and a second asset of the same owner
    # ('Chinese navy' is the registry's alias of the PLA Navy, GUIDELINES: a nationality adjective with a body the
    # country has one of names that body; events27: the name the demonym opens, not the state)
    ("A Chinese navy destroyer group passed through the Osumi Strait on Tuesday.", ("MOBILIZE", ("pla-navy",))),
    ("Two People's Liberation Army Navy destroyers and a supply ship sailed through the Miyako Strait on Friday.",
     ("MOBILIZE", ("pla-navy",))),
    ("The Japanese and Australian navies conducted a joint exercise in the Coral Sea on Monday.",
     ("COOPERATE", ("australia", "japan"))),
])
def test_named_and_coordinated_assets(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("Some 200 Australian soldiers trained with the US Marine Corps in Darwin in July.", ("COOPERATE", ("australia",))),
    ("Personnel of the China Coast Guard boarded a Philippine supply boat on Monday and fired on its crew.",
     ("ASSAULT", ("china-coast-guard",))),
    ("Sailors of the Japan Maritime Self-Defense Force exercised with the Indian Navy off Goa in May.",
     ("COOPERATE", ("jmsdf",))),
    ("China halted group tours to South Korea in March.", ("SANCTION", ("china",))),
    ("Manila froze the hiring of new workers from the island on Thursday.", ("SANCTION", ("philippines",))),
    ("Two Indian frigates called at Yokosuka port on Wednesday.", ("COOPERATE", ("india",))),
])
def test_service_members_and_vocabulary(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "He called at the meeting for a ceasefire.",                    # 'call at' without a port
    "Officials urged drivers to exercise with caution on the icy roads.",
    "The Japanese ship sailed on alone.",                           # a definite ship named before: no new act
])
def test_no_act_without_context(seed_extractor, text):
    assert not [e for e in events(seed_extractor, text) if e["predicate"] in ("COOPERATE", "MOBILIZE")]


def test_first_person_after_a_fronted_time(seed_extractor):
    text = ("Press conference by the Minister of Defense\n\nMinoru Kihara: Thank you.\n\nDong Jun: Thank you.\n\n"
            "Minoru Kihara: Yesterday I met Defence Minister Richard Marles of Australia. "
            "This week we held talks with the Philippine Coast Guard.")
    acts = [e for e in events(seed_extractor, text) if e["predicate"] == "CONSULT"]
    assert len(acts) == 2


def test_a_clause_with_its_own_time_is_another_occasion(seed_extractor):
    text = "Marles held talks with Lloyd Austin on Tuesday, and on Wednesday he met Gilberto Teodoro."
    consults = [e for e in events(seed_extractor, text) if e["predicate"] == "CONSULT"]
    assert [e["object_ids"] for e in consults] == [["lloyd-austin"], ["gilberto-teodoro"]]


@pytest.mark.parametrize("text, expected", [
    ("Canberra moved quickly. On Monday, it suspended beef imports from the island.", ("SANCTION", ("australia",))),
    ("Seoul was angry. It summoned the Japanese ambassador on Tuesday.", ("ACCUSE", ("south-korea",))),
    ("When the first reply from Manila fell short, Beijing escalated. It halted group tours to the Philippines.",
     ("SANCTION", ("china",))),
    ("The Chinese foreign ministry criticized the visit. It urged Washington to stop official contacts with Taipei.",
     ("REQUEST", ("cn-mfa",))),
])
def test_it_stands_for_the_body_the_narrative_is_about(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


@pytest.mark.parametrize("text", [
    "Japan and China held talks on Monday. It summoned the ambassador on Tuesday.",   # two bodies: no guess
    "Lai met Ishiba in Tokyo. It summoned the ambassador on Tuesday.",                # persons only
    "The drill ended on Friday. It sent warships to the area.",                       # no body named
])
def test_it_without_one_body_is_no_source(seed_extractor, text):
    assert not [e for e in events(seed_extractor, text) if e["predicate"] in ("ACCUSE", "MOBILIZE")
                and text.index(". ") < text.find(e["trigger"])]


@pytest.mark.parametrize("text, expected", [
    ("The pact was signed in Canberra on Tuesday by Defence Minister Richard Marles and Defense Minister Minoru Kihara.",
     ("AGREE", ("minoru-kihara", "richard-marles"))),
    ("The Taiwanese trawler was seized near the islands on Monday by the Japan Coast Guard.",
     ("COERCE", ("jp-coast-guard",))),
])
def test_passive_agent_after_adjuncts(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)


def test_agent_of_another_participle_is_not_the_source(seed_extractor):
    text = "The accord was signed at a ceremony hosted by Singapore."
    assert not [e for e in events(seed_extractor, text) if e["predicate"] == "AGREE" and "singapore" in e["subject_ids"]]


def test_asset_subject_after_a_subordinator(seed_extractor):
    text = "Tensions rose a day after two Russian bombers flew near the islands."
    assert ("MOBILIZE", ("russia",)) in event_acts(seed_extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("The Japan Coast Guard monitored the formation throughout its passage.", ("MOBILIZE", ("jp-coast-guard",))),
    ("The China Coast Guard shadowed the task group off Scarborough Shoal on Sunday.", ("MOBILIZE", ("china-coast-guard",))),
])
def test_watching_a_formation(seed_extractor, text, expected):
    assert expected in event_acts(seed_extractor, text)
