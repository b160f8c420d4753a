"""Round 27's sentence gates (sentence_gates.py) skip only sentences where their rule finds nothing: each gate is
run against its rule's plain scan on generated sentences and on every sentence of the development documents, and
the extractor with the gates gives the same claims as with every gate open."""
import random
from datetime import date
from pathlib import Path

import pytest

import pipeline.extract.sentence_claims as sentence_claims
from pipeline.extract.claims import ClaimExtractor, DocumentInput
from pipeline.extract.dates import TimeRef
from pipeline.extract.drawn_reactions import compile_drawn, drawn_reactions
from pipeline.extract.money_acts import compile_money, money_commitments
from pipeline.extract.occasion_frames import named_occasions
from pipeline.extract.resolution_acts import compile_issued, compile_participles, issued_acts, resolution_acts
from pipeline.extract.sentence_gates import (Precondition, drawn_precondition, literals, may_name_occasions,
                                             money_precondition, resolution_precondition)
from pipeline.extract.sentences import split_sentences
from pipeline.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = ["gold_heldout"] + [f"gold_heldout{k}" for k in range(2, 20)]
DOCUMENTS = sorted((ROOT / "seeds" / "documents").glob("*.txt")) + \
    [p for s in DEV_SETS for p in sorted((ROOT / "tests" / s / "documents").glob("*.txt"))]


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(ROOT / "seeds")


@pytest.fixture(scope="module")
def rules(knowledge):
    """(name, precondition, plain scan: (text, start, end) -> matches) of each gated rule, from the seeds' data."""
    syntax, irregular = knowledge.syntax or {}, knowledge.irregular_verbs or {}
    acts = syntax.get("resolution_acts") or {}
    participles, issued = compile_participles(acts), compile_issued(syntax.get("content_texts"), irregular)
    drawn, types, welcome = compile_drawn(syntax.get("drawn_reactions"), irregular)
    money = compile_money(syntax.get("money_commitments"), irregular)[0]
    return [
        ("resolution", resolution_precondition(syntax),
         lambda t, a, b: resolution_acts(t, a, b, participles=participles, acts=acts)
         + issued_acts(t, a, b, issued=issued, participles=participles, acts=acts)),
        ("drawn", drawn_precondition(syntax), lambda t, a, b: drawn_reactions(t, a, b, pattern=drawn, types=types, welcome=welcome)),
        ("money", money_precondition(syntax, irregular), lambda t, a, b: money_commitments(t, a, b, pattern=money)),
    ]


SUBJECTS = ["The assembly", "Parliament", "The city council", "The ministry", "Tokyo", "The coast guard", "Beijing's move"]
VERBS = ["adopted a resolution", "passed the motion", "approved a non-binding resolution", "issued warnings",
         "broadcast a series of radio challenges", "sent a message", "drew sharp protests", "prompted a formal complaint",
         "sparked objections", "provoked a rebuke", "earned a warm response", "pledged up to ¥732 billion",
         "approved a $2 billion package", "offered 40 million dollars", "committed US$5", "granted about 3 billion yen",
         "said", "held talks"]
TAILS = ["opposing the relocation", "calling on Tokyo to act", "Calling Upon the cabinet", "URGING restraint",
         "from Beijing", "FROM the Chinese embassy", "from Seoul and Manila", "in subsidies", "for the island",
         "on the budget", "ordering the vessel to leave", "demanding that it leave", "to the press", "after the drills"]


def generated_sentences(n: int = 600, seed: int = 31) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join([rnd.choice(SUBJECTS), rnd.choice(VERBS), rnd.choice(TAILS)] +
                     ([rnd.choice(VERBS), rnd.choice(TAILS)] if rnd.random() < 0.3 else [])) + "."
            for _ in range(n)]


@pytest.mark.parametrize("sentence, fires", [
    ("The assembly adopted a resolution opposing the relocation.", {"resolution"}),
    ("The coast guard broadcast warnings demanding that it leave.", {"resolution"}),
    ("The decision drew strong protests from Beijing.", {"drawn"}),
    ("The visit prompted a complaint from Seoul.", {"drawn"}),
    ("Tokyo pledged up to ¥732 billion in subsidies.", {"money"}),
    ("Washington approved a $2 billion package for the island.", {"money"}),
    ("The minister said the talks went well.", set()),
    ("The assembly adopted a resolution on the budget.", set()),
])
def test_each_rule_fires_only_with_its_gate_open(rules, sentence, fires):
    for name, gate, scan in rules:
        assert bool(scan(sentence, 0, len(sentence))) == (name in fires)
        if name in fires:
            assert gate.holds(sentence)


def _sentences_of_documents():
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        for s in split_sentences(text):
            yield text, s.start, s.end


@pytest.mark.parametrize("source", ["generated", "development documents"])
def test_gate_closed_means_no_match(rules, source):
    """Wherever a gate is closed its rule's plain scan finds nothing; and the gates are closed on most sentences."""
    spans = ([(t, 0, len(t)) for t in generated_sentences()] if source == "generated" else list(_sentences_of_documents()))
    assert len(spans) > 500
    for name, gate, scan in rules:
        closed = 0
        for text, a, b in spans:
            if not gate.holds(text, a, b):
                closed += 1
                assert scan(text, a, b) == [], (name, text[a:b])
        if source == "development documents":
            assert closed > 0.5 * len(spans), name      # a gate that never closes spares nothing


def test_precondition_folds_case_as_re_does():
    gate = Precondition((literals(["protest"]),))
    assert gate.holds("PROTESTS FROM X") and gate.holds("Protest")
    assert not gate.holds("no such word") and not gate.holds("protest", 1)
    assert not Precondition((None,)).holds("anything")        # no data: no pattern, never open
    assert Precondition(()).holds("anything")


DAY = TimeRef(0, 9, "on Monday", date(2025, 3, 3), date(2025, 3, 3), "day")
UNKNOWN = TimeRef(0, 9, "recently", None, None, "unknown")


@pytest.mark.parametrize("text, times, acts", [
    ("At the meeting, Lin asked for more.", [], []),
    ("The exercise ended recently.", [UNKNOWN], []),
    ("The summit was held on Monday.", [DAY], []),
    ("They met with Kihara.", [], [(5, DAY)]),
])
def test_named_occasions_gate(text, times, acts):
    found = named_occasions(text, times, acts)
    assert bool(found) <= may_name_occasions(times, acts)
    if not may_name_occasions(times, acts):
        assert found == {}


def _extract_all(ex, docs):
    return [(r.claims, r.mentions) for r in map(ex.extract, docs)]


def test_extractor_gated_equals_ungated(knowledge, monkeypatch):
    """The claims and mentions of generated and real documents, gates on vs every gate open."""
    docs = [DocumentInput(f"gen{k}", " ".join(generated_sentences(40, seed=k)), published_date=date(2025, 1, 1)) for k in range(3)]
    for path in DOCUMENTS[::24]:
        docs.append(DocumentInput(path.stem, path.read_text(encoding="utf-8"), published_date=date(2025, 1, 1)))
    gated = _extract_all(ClaimExtractor(knowledge), docs)
    ungated_ex = ClaimExtractor(knowledge)
    for name in ("_resolution_gate", "_drawn_gate", "_money_gate"):
        ungated_ex.__dict__[name] = Precondition(())
    monkeypatch.setattr(sentence_claims, "may_name_occasions", lambda times, acts: True)
    assert _extract_all(ungated_ex, docs) == gated
