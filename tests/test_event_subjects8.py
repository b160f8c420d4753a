"""Event subjects outside the clause's own names (events8): a reported clause's subject is not its reporter
(clauses.reported_clause_start), a definite asset description takes the owner of the assets the text introduced
(asset_anaphora.py), an asset's owner named after it ('an aircraft of the PLA'), and an act done by using an
instrument ('used his speech to accuse') took place (clauses.INFINITIVE_OK). Own wire-style sentences."""
import pytest

from pipeline.extract.asset_anaphora import compile_asset_anaphora, definite_asset_subject, owner_before
from pipeline.extract.clauses import reported_clause_start, saying_pattern
from tests.test_predicates import events

SAYING = saying_pattern(["said", "says", "told", "reported", "announced", "stated", "states"])


def sources(extractor, text, plover=None):
    return [e["subject_ids"] for e in events(extractor, text) if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, expected", [
    ("Japan's Defense Ministry said Chinese warships sailed through the Miyako Strait on Saturday.", [["china"]]),
    ("The Philippine foreign ministry said on Sunday that three Chinese warships sailed near the shoal.", [["china"]]),
    ("Taiwan's defense ministry told reporters that Chinese warships sailed through the strait on Friday.", [["china"]]),
    ("Japan's Defense Ministry said Japanese destroyers sailed through the strait on Monday.", [["japan"]]),
])
def test_a_reported_clause_subject_is_not_its_reporter(seed_extractor, text, expected):
    assert sources(seed_extractor, text, "MOBILIZE") == expected


def test_a_reported_clause_without_a_nameable_subject_makes_no_event_of_the_reporter(seed_extractor):
    text = "Japan's Defense Ministry said the warships sailed through the Miyako Strait on Saturday."
    assert sources(seed_extractor, text, "MOBILIZE") == []


@pytest.mark.parametrize("text, start", [
    ("the ministry said Chinese ships sailed", len("the ministry said ")),
    ("the ministry said on Monday that two ships sailed", len("the ministry said on Monday that ")),
    ("the United States sold drones", None),     # a capitalised 'States' is a name, not a verb of saying
])
def test_reported_clause_start(text, start):
    assert reported_clause_start(text, 0, text.rindex(" ") + 1, saying=SAYING) == start


@pytest.mark.parametrize("text, expected", [
    ("Two Chinese destroyers were spotted near Yonaguni on Monday. The two destroyers sailed through the strait on Tuesday.",
     [["china"]]),
    ("Chinese H-6 bombers were detected over the East China Sea on Monday. The H-6 bombers flew into the Pacific on Monday.",
     [["china"]]),
    ("Russian bombers were tracked near Hokkaido on Monday. The two bombers flew south along the coast on Monday.", [["russia"]]),
    # no asset introduced with an owner: the description names no one
    ("The F-35 flew over the base on Monday.", []),
    # an introduced asset of another kind: the carriers are not the destroyers
    ("Chinese aircraft carriers were seen in the Pacific on Monday. The destroyers sailed through the strait on Monday.", []),
])
def test_a_definite_asset_subject_takes_the_owner_of_the_assets_introduced(seed_extractor, text, expected):
    assert sources(seed_extractor, text, "MOBILIZE") == expected


@pytest.mark.parametrize("text, expected", [
    ("A Y-9 intelligence-gathering aircraft of the People's Liberation Army violated Japanese airspace on Monday.", [["pla"]]),
    ("Two destroyers of the PLA Navy sailed through the Osumi Strait on Friday.", [["pla-navy"]]),
])
def test_an_asset_owner_named_after_the_asset_is_the_subject(seed_extractor, text, expected):
    assert sources(seed_extractor, text) == expected


def test_owner_before_matches_the_kind_of_asset_and_stays_before_the_anaphor():
    cues = [(10, "china", frozenset({"chinese", "aircraft", "carrier"})), (50, "japan", frozenset({"japanese", "destroyer"}))]
    assert owner_before(cues, 100, "the carrier Liaoning") == "china"
    assert owner_before(cues, 100, "The two destroyers") == "japan"
    # a designation: an aircraft introduced before (the aircraft nouns: vocabulary.yaml asset_kinds)
    assert owner_before(cues, 100, "The Y-9", aircraft=frozenset({"aircraft", "bomber"})) == "china"
    assert owner_before(cues, 40, "The two destroyers") is None   # the Japanese destroyers come after


def test_definite_asset_subject_spans_a_coordinated_group_and_a_list_marker():
    compiled = compile_asset_anaphora({"Chinese": "china"}, ["carrier", "destroyer", "aircraft"])
    text = "b. The carrier Liaoning and three escorts "
    assert definite_asset_subject(text, 0, len(text), compiled=compiled)[2] == "The carrier Liaoning and three escorts"
    assert definite_asset_subject("The G-20 ", 0, 9, compiled=compiled) is None


@pytest.mark.parametrize("text, asserted", [
    ("Wang Yi met Antony Blinken on Friday, who on Saturday used his own speech to accuse China of coercion.", True),
    ("Wang Yi met Antony Blinken on Friday, who on Saturday took the opportunity to accuse China of coercion.", True),
    ("Wang Yi met Antony Blinken on Friday, who on Saturday hoped to accuse China of coercion.", False),
])
def test_an_act_done_by_using_an_occasion_took_place(seed_extractor, text, asserted):
    assert bool(sources(seed_extractor, text, "ACCUSE")) is asserted


@pytest.mark.parametrize("text, expected", [
    ("Japan Air Self-Defense Force fighter jets were scrambled on Monday.", [["jasdf"]]),
    ("Fighter aircraft of the Japan Air Self-Defense Force were scrambled on Monday.", [["jasdf"]]),
    # an agentless passive without a named owner of the assets names no source
    ("The ships were deployed to the area on Monday.", []),
])
def test_a_passive_deployment_of_an_actors_own_assets_is_its_act(seed_extractor, text, expected):
    assert sources(seed_extractor, text, "MOBILIZE") == expected


@pytest.mark.parametrize("text, expected", [
    ("On Monday, one Russian bomber flew over the East China Sea.", [["russia"]]),
    ("On Monday, a Chinese drone, believed to be a WZ-7, flew between Yonaguni and Taiwan.", [["china"]]),
])
def test_a_demonym_asset_subject_with_a_count_or_an_appositive(seed_extractor, text, expected):
    assert sources(seed_extractor, text, "MOBILIZE") == expected


@pytest.mark.parametrize("text, expected", [
    ("On Monday, the Japan Coast Guard patrol ship Koshiki struck the fishing boat.", [["jp-coast-guard"]]),
    ("China's aircraft carrier Shandong sailed through the Bashi Channel on Monday.", [["china"]]),
    ("The JMSDF destroyer JS Takanami sailed through the Taiwan Strait on Thursday.", [["jmsdf"]]),
])
def test_the_owner_of_a_named_asset_is_the_subject(seed_extractor, text, expected):
    assert sources(seed_extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Russian bombers were tracked near Hokkaido on Monday.",        # the watched party is no deployer
    "Two Chinese destroyers were shadowed by nobody named on Friday.",
    "Chinese warships were monitored as they passed the island on Tuesday.",
])
def test_a_watched_asset_is_no_owners_deployment(seed_extractor, text):
    """Merging vocab8's and events8's agentless passives: watching verbs (syntax.yaml `asset_passive_watching`)
    make their subject the watched party, so no MOBILIZE act of its owner."""
    assert sources(seed_extractor, text, "MOBILIZE") == []
