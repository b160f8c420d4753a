"""Round 28's event-stage preconditions (events.py): the cheap half of each gate is tested first (a digit before the
money verbs, 'from' before the reaction nouns, an adopted or issued text's noun before the content participles), and
the attribution frame and the commentator test are read only once a trigger has participants to find. Each cheap
test is checked against its rule's plain scan on generated sentences and every development sentence, and the
stage's output on sentences that need the frame or the commentator test is the one the eager reading gave."""
import random
from datetime import date
from pathlib import Path

import pytest

import pipeline.extract.events as events
from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.extract.drawn_reactions import compile_drawn, drawn_reactions
from pipeline.extract.money_acts import compile_money, money_commitments
from pipeline.extract.resolution_acts import (ADOPTED, ADOPTED_NOUNS, compile_issued, compile_participles, issued_acts,
                                              resolution_acts)
from pipeline.extract.sentences import split_sentences
from pipeline.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = ["gold_heldout"] + [f"gold_heldout{k}" for k in range(2, 21)]
DOCUMENTS = sorted((ROOT / "seeds" / "documents").glob("*.txt")) + \
    [p for s in DEV_SETS for p in sorted((ROOT / "tests" / s / "documents").glob("*.txt"))]


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(ROOT / "seeds")


@pytest.fixture(scope="module")
def extractor(knowledge):
    return ClaimExtractor(knowledge)


@pytest.fixture(scope="module")
def rules(knowledge, extractor):
    """(name, cheap precheck, plain scan: (text, start, end) -> matches) of each rule, from the seeds' data."""
    syntax, irregular = knowledge.syntax or {}, knowledge.irregular_verbs or {}
    acts = syntax.get("resolution_acts") or {}
    participles, issued = compile_participles(acts), compile_issued(syntax.get("content_texts"), irregular)
    drawn, types, welcome = compile_drawn(syntax.get("drawn_reactions"), irregular)
    money = compile_money(syntax.get("money_commitments"), irregular)[0]
    return [
        ("resolution", extractor._text_nouns,
         lambda t, a, b: resolution_acts(t, a, b, participles=participles, acts=acts)
         + issued_acts(t, a, b, issued=issued, participles=participles, acts=acts)),
        ("drawn", events.FROM, lambda t, a, b: drawn_reactions(t, a, b, pattern=drawn, types=types, welcome=welcome)),
        ("money", events.DIGIT, lambda t, a, b: money_commitments(t, a, b, pattern=money)),
    ]


SUBJECTS = ["The prefectural assembly", "The upper house", "A town council", "The defence ministry", "Seoul",
            "The patrol boat", "The announcement"]
VERBS = ["passed a resolution", "adopted the committee's motion", "approved two non-binding motions", "issued a notice",
         "relayed repeated radio warnings", "transmitted orders", "sparked a formal protest", "drew a rebuke",
         "triggered complaints", "elicited a sharp objection", "invited a cool response", "pledged 12 billion yen",
         "committed about $300 million", "allocated €45m", "offered up to 1.5 trillion won", "said", "met officials"]
TAILS = ["condemning the launch", "urging calm", "CALLING ON the government to reconsider", "Opposing the transfer",
         "from Manila", "From the Taiwanese side", "from Canberra, Wellington and Ottawa", "in loans", "for reconstruction",
         "about fishing quotas", "telling the ship to turn back", "warning that it would act", "to reporters", "last week"]


def generated_sentences(n: int = 700, seed: int = 35) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join([rnd.choice(SUBJECTS), rnd.choice(VERBS), rnd.choice(TAILS)] +
                     ([rnd.choice(VERBS), rnd.choice(TAILS)] if rnd.random() < 0.3 else [])) + "."
            for _ in range(n)]


def _sentences_of_documents():
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        for s in split_sentences(text):
            yield text, s.start, s.end


@pytest.mark.parametrize("source", ["generated", "development documents"])
def test_precheck_failed_means_no_match(rules, source):
    """Wherever a cheap precheck fails its rule's plain scan finds nothing."""
    spans = [(t, 0, len(t)) for t in generated_sentences()] if source == "generated" else list(_sentences_of_documents())
    assert len(spans) > 500
    for name, precheck, scan in rules:
        fired = 0
        for text, a, b in spans:
            found = scan(text, a, b)
            fired += bool(found)
            if precheck.search(text, a, b) is None:
                assert found == [], (name, text[a:b])
        if source == "generated":
            assert fired > 20, name      # (the generated sentences do exercise each rule)


def test_adopted_nouns_are_the_patterns_nouns():
    assert ADOPTED.pattern.endswith("(?:" + "|".join(f"{n}s?" for n in ADOPTED_NOUNS) + r")\b")
    for sentence in ["The diet passed a motion", "The assembly unanimously adopted its RESOLUTIONS"]:
        assert ADOPTED.search(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # a trailing attribution frame: its speaker is no participant of the act before it
    ("Japan lodged a protest with China, the Foreign Ministry said.", [("ACCUSE", ["japan"], ["china"], "asserted")]),
    ("China conducted drills near Taiwan, the Japanese Defense Ministry said on Friday.", [("MOBILIZE", ["china"], [], "asserted")]),
    # a commentator's words lend no act to the commentator
    ("Taiwan's military will hold exercises next month, said Lin Mei, a research fellow at the Institute for National Defense.",
     [("MOBILIZE", ["roc-armed-forces"], [], "planned")]),
    # no trigger: nothing is read (the frame and the commentator test are not needed)
    ("The weather was calm on Sunday, the agency said.", []),
])
def test_sentence_events(extractor, sentence, expected):
    doc = DocumentInput("t35", sentence, published_date=date(2025, 6, 2))
    claims = [c for c in extractor.extract(doc).claims if c["kind"] == "event"]
    assert [(c["predicate"], c["subject_ids"], c["object_ids"], c["modality"]) for c in claims] == expected


def test_frame_read_only_with_participants(extractor, monkeypatch):
    """attribution_frame_start is called only for sentences whose trigger reached the participant step."""
    calls = []
    original = events.attribution_frame_start
    monkeypatch.setattr(events, "attribution_frame_start", lambda *a: calls.append(a[1]) or original(*a))
    text = "The weather was calm on Sunday, the agency said. Ships waited in port."
    extractor.extract(DocumentInput("t35b", text, published_date=date(2025, 6, 2)))
    assert calls == []
