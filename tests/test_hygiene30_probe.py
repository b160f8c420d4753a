"""Domain vocabulary moved from the extractor's code into seeds/lexicons/vocabulary.yaml (session 30, hygiene30):
the rules built from the data read realistic sentences as the hardcoded lists did."""
from pathlib import Path

import pytest

from pipeline.knowledge import KNOWLEDGE_FILES, knowledge_hash, load_knowledge

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(SEEDS)


def test_vocabulary_file_is_knowledge_and_versioned(knowledge, tmp_path):
    assert "lexicons/vocabulary.yaml" in KNOWLEDGE_FILES
    assert knowledge.vocabulary, "seeds/lexicons/vocabulary.yaml loads into Knowledge.vocabulary"
    # a change to the word lists changes the knowledge hash, hence the extractor id and the cache folder
    (tmp_path / "lexicons").mkdir()
    for name in KNOWLEDGE_FILES:
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    before = knowledge_hash(tmp_path)
    with open(tmp_path / "lexicons/vocabulary.yaml", "a", encoding="utf-8") as f:
        f.write("\n# edited\n")
    assert knowledge_hash(tmp_path) != before


# -- meeting participants (pipeline/extract/meeting_participants.py) ---------------------------------------------
@pytest.mark.parametrize("subject, ok", [
    ("The two ministers ", True),
    ("Both sides also ", True),
    ("The visiting Japanese lawmakers ", True),
    ("The two heads of state ", True),
    ("The Philippine and Japanese ministers ", False),    # a coordination is no bare group noun
    ("The ministers later ", False),                       # a time word leaves the act unknown
    ("The three Australian prime ministers ", True),
    ("The officials ", True),
    ("The analysts ", False),                               # no party of the meeting
    ("The Korean ministers ", False),                       # modifiers are the listed ones only (as before)
])
def test_meeting_participants(knowledge, subject, ok):
    from pipeline.extract.meeting_participants import compile_participants
    pattern = compile_participants(knowledge.vocabulary.get("meeting_participants"))
    assert (pattern.fullmatch(subject) is not None) is ok


# -- asset people (asset_subjects.py, asset_anaphora.py) -----------------------------------------------------------
@pytest.fixture(scope="module")
def extractor(knowledge):
    from pipeline.extract.claims import ClaimExtractor
    return ClaimExtractor(knowledge)


@pytest.mark.parametrize("clause, state", [
    ("Two Chinese warships sailed through the Tsushima Strait on Monday", True),
    ("a Japanese patrol vessel collided with a fishing boat", True),
    ("Japanese lawmakers visited Taipei on Tuesday", False),        # people: no state's asset
    ("a Chinese delegation arrived in Tokyo", False),
    ("Chinese boats gathered near the islands", False),             # a bare boat is mostly civilian
    ("two Chinese patrol boats entered the contiguous zone", True),
    ("A Chinese cargo ship sailed through the strait", False),       # civilian craft (civilian_modifiers first)
    ("a Taiwanese sport-fishing vessel capsized", False),
    ("two Chinese merchant vessels entered the port", False),
    ("a Chinese tourist ship docked at Naha", False),
])
def test_asset_people_are_no_state_asset(extractor, clause, state):
    pattern = extractor._demonym_assets()["pattern"]
    assert (pattern.match(clause) is not None) is state


@pytest.mark.parametrize("clause, second", [
    ("Two Chinese destroyers and a supply ship sailed", "and a supply ship"),
    ("Two Chinese destroyers and a cargo ship sailed", None),        # civilian_modifiers coordinated
    ("Two Chinese destroyers and two research vessels sailed", "and two research vessels"),   # not in that list (as before)
])
def test_civilian_second_asset(extractor, clause, second):
    m = extractor._demonym_assets()["pattern"].match(clause)
    assert m is not None
    tail = clause[len("Two Chinese destroyers"):m.end()].strip(" ,")
    assert (tail or None) == second


# -- body words and one-word cores (derived_aliases.py) ------------------------------------------------------------
def test_body_words_come_from_the_vocabulary(knowledge):
    from pipeline.extract.derived_aliases import body_words, one_word_cores
    assert {"ministry", "embassy", "coast guard".split()[1], "cabinet"} <= body_words(knowledge)
    assert {"diet", "senate", "ministry"} <= one_word_cores(knowledge)


@pytest.mark.parametrize("text, surface, actor", [
    ("China's commerce ministry said on Monday it would act.", "China's commerce ministry", "cn-mofcom"),   # body word
    ("The Japanese coast guard said its patrol ships left.", "Japanese coast guard", "jp-coast-guard"),   # owned core
    ("Officials of the Kishida cabinet met.", "Kishida cabinet", "jp-cabinet"),                           # leader's body
    ("Japan's cabinet approved the plan.", "Japan's cabinet", "jp-cabinet"),                             # one-word core
])
def test_lower_case_body_names_match(knowledge, text, surface, actor):
    from pipeline.extract.actors import ActorMatcher
    found, _ = ActorMatcher(knowledge).find(text, 0, len(text))
    assert (surface, actor) in {(m.text, m.actor_id) for m in found}


# -- role nouns after a body (attribution.py) ------------------------------------------------------------------------
@pytest.mark.parametrize("after_body, qualifies", [
    (" lawmaker Kazuyoshi Nagai said", True),       # 'LDP lawmaker Kazuyoshi Nagai': the party qualifies the person
    (" spokeswoman Hua Chunying said", True),
    (" spokesperson Mao Ning", True),
    (" senior fellow Bonnie Glaser", False),        # a modifier first: not right after the body
    (" said on Monday", False),
    (" members Nagai and Kihara", False),           # the listed singular only (as before)
])
def test_name_roles(extractor, after_body, qualifies):
    assert (extractor._role_of_name.match(after_body) is not None) is qualifies


# -- unnamed spokespeople of a named body (unnamed_speakers.py) ----------------------------------------------------
@pytest.mark.parametrize("sentence, kind", [
    ('"We firmly oppose it," an embassy spokesperson said.', "embassy"),
    ("A ministry spokesman told reporters the talks would go on.", "ministry"),
    ("The council official said the plan was final.", "council"),
    ("A senior consulate official noted the change.", "consulate"),
    ("A party spokesman said the vote was close.", None),        # a party is no body kind of the list
])
def test_unnamed_speaker_bodies(extractor, sentence, kind):
    m = extractor._unnamed_body_speaker.search(sentence)
    assert (m.group(1).casefold() if m else None) == kind


# -- asset kinds (asset_anaphora.py via event_subjects.py) --------------------------------------------------------
def test_asset_kinds_refer_back(extractor):
    from pipeline.extract.asset_anaphora import demonym_owner, owner_before
    ships, aircraft = extractor._asset_kinds
    cues = [(10, "china", frozenset({"chinese", "h-6", "bomber"})), (60, "jp-msdf", frozenset({"jmsdf", "destroyer"}))]
    assert owner_before(cues, 100, "The Y-9", aircraft=aircraft) == "china"       # a designation: an aircraft
    assert owner_before(cues, 100, "The Y-9") is None                              # no aircraft nouns, no antecedent
    country = {"japan": "JPN", "jp-msdf": "JPN", "china": "CHN"}.get
    # 'the Japanese ship' <- 'the JMSDF destroyer': a ship noun for a ship noun
    assert demonym_owner(cues, 100, "the Japanese ship", state="japan", country_of=country, ships=ships,
                         aircraft=aircraft) == "jp-msdf"


# -- subordinate titles (descriptions.py) ------------------------------------------------------------------------
@pytest.mark.parametrize("title, fits", [
    ("foreign minister", True),             # 'the minister' <- 'Foreign Minister X'
    ("vice foreign minister", False),       # a subordinate's title
    ("deputy defense minister", False),
    ("senior state minister", False),
    ("defense minister", True),
])
def test_subordinate_titles(extractor, title, fits):
    from pipeline.extract.descriptions import Antecedent
    a = Antecedent(0, "x", title, None)
    assert extractor.descriptions._fits("minister", a) is fits
