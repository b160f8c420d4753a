"""Lint of every hand-annotated set (`tests/gold*`): the gold must say what its annotator meant.

A gold file that parses into something else (an unquoted comma in a YAML flow mapping splits a name
into a key) or quotes text that is not in its document scores the extractor against the wrong answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.evaluation import load_gold
from tests.score_sets import documents_of, gold_sets

KEYS = {
    "document": {"source_file", "published_date", "body_quote_first", "body_quote_last", "actors", "events", "stances"},
    "actor": {"name", "actor_type", "country", "mentions"},
    "event": {"key", "event_type", "quote", "other_quotes", "source", "target", "date_start", "date_end",
              "date_precision"},
    "stance": {"actor", "topic", "polarity", "quote"},
}
SETS = gold_sets(include_blind=True)  # the lint reads blind sets too: it checks their form, not the extractor


def test_there_are_gold_sets() -> None:
    assert {p.name for p in SETS} >= {"gold", "gold_heldout"}


@pytest.mark.parametrize("gold_dir", SETS, ids=lambda p: p.name)
def test_gold_files_hold_only_known_keys_and_string_names(gold_dir: Path) -> None:
    problems = []
    for path in sorted(gold_dir.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        problems += [f"{path.name}: key {k!r}" for k in set(raw) - KEYS["document"]]
        for kind, rows in (("actor", raw.get("actors")), ("event", raw.get("events")), ("stance", raw.get("stances"))):
            for row in rows or ():
                problems += [f"{path.name}: {kind} key {k!r} in {row}" for k in set(row) - KEYS[kind]]
        problems += [f"{path.name}: actor name {a['name']!r} is no string" for a in raw.get("actors") or ()
                     if not isinstance(a.get("name"), str)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("gold_dir", SETS, ids=lambda p: p.name)
def test_every_quote_is_in_its_document_and_every_party_is_an_actor_of_the_file(gold_dir: Path) -> None:
    problems = []
    for doc in load_gold(gold_dir).docs:
        text = (documents_of(gold_dir) / doc.source_file).read_text(encoding="utf-8")
        names = {a.name for a in doc.actors}
        quotes = [doc.body_quote_first, doc.body_quote_last, *(m for a in doc.actors for m in a.mentions),
                  *(q for e in doc.events for q in e.quotes), *(s.quote for s in doc.stances)]
        problems += [f"{doc.source_file}: not in the text: {q!r}" for q in quotes if text.find(q) < 0]
        parties = [p for e in doc.events for p in (*e.source, *e.target)] + [s.actor for s in doc.stances]
        problems += [f"{doc.source_file}: {p!r} is no actor of the file" for p in parties if p not in names]
    assert not problems, "\n".join(problems)


def test_routine_scoring_leaves_blind_sets_out() -> None:
    blind = {p.name for p in SETS if (p / "BLIND").exists()}
    routine = {p.name for p in gold_sets()}
    assert routine == {p.name for p in SETS} - blind
    assert "gold" in routine
