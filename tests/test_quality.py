"""The release README's quality section scores the extractor alone (no override) and the curated
release separately: curation must never show up as extractor quality."""
from textwrap import dedent

import pytest

from pipeline.curation import load_overrides
from pipeline.evaluation import evaluate, load_gold
from pipeline.layers import curate_layer
from pipeline.quality import extractor_tables, release_quality, summary

GOLD_A = """\
source_file: a.txt
published_date: 2019-03-22
body_quote_first: "On March 8, Chief Cabinet Secretary"
body_quote_last: "Taiwanese officials in Taipei on Friday."
actors:
  - {name: Yoshihide Suga, actor_type: person, country: JPN, mentions: ["Yoshihide Suga"]}
  - {name: Tsai Ing-wen, actor_type: person, country: TWN, mentions: ["Tsai Ing-wen", "Tsai"]}
events:
  - key: suga-reject
    event_type: REJECT
    quote: "Chief Cabinet Secretary Yoshihide Suga rejected the proposal"
    source: [Yoshihide Suga]
    target: [Tsai Ing-wen]
    date_start: 2019-03-08
    date_end: 2019-03-08
    date_precision: day
stances: []
"""

REMOVE_THE_REJECTION = """\
- id: q1
  who: tester
  when: 2026-12-01
  why: test
  action: remove
  document: a.txt
  quote: "Yoshihide Suga rejected the proposal"
"""


@pytest.fixture(scope="module")
def extraction(extracted):
    return dict(zip(("documents", "claims", "mentions", "discovered"), extracted))


@pytest.fixture()
def gold_dir(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.yaml").write_text(GOLD_A, encoding="utf-8")
    return folder


def curated(extraction, knowledge, folder=None) -> dict:
    overrides = load_overrides(folder) if folder else []
    return {"documents": extraction["documents"],
            **curate_layer(extraction["claims"], extraction["mentions"], extraction["discovered"], knowledge,
                           extraction["documents"], overrides)}


def test_extractor_tables_cover_only_the_gold_documents(extraction, fixture_knowledge):
    tables = extractor_tables(extraction["documents"], extraction["claims"], extraction["mentions"],
                              extraction["discovered"], fixture_knowledge, {"a.txt"})
    a_doc = set(extraction["documents"].loc[extraction["documents"]["source_file"] == "a.txt", "doc_id"])
    assert set(tables["documents"]["doc_id"]) == a_doc
    for name in ("claims", "mentions"):
        assert len(tables[name]) and set(tables[name]["doc_id"]) <= a_doc, name
    assert tables["events"]["curation"].isna().all()


def test_curation_changes_the_release_figures_not_the_extractor_figures(extraction, fixture_knowledge, gold_dir, tmp_path):
    plain = curated(extraction, fixture_knowledge)
    folder = tmp_path / "curation"
    folder.mkdir()
    (folder / "events.yaml").write_text(dedent(REMOVE_THE_REJECTION), encoding="utf-8")
    edited = curated(extraction, fixture_knowledge, folder)
    assert len(edited["events"]) == len(plain["events"]) - 1          # the override did remove an event

    md_plain, raw_plain, sum_plain = release_quality(plain, extraction, fixture_knowledge, gold_dir)
    md_edited, raw_edited, sum_edited = release_quality(edited, extraction, fixture_knowledge, gold_dir)
    assert raw_plain == raw_edited                                      # the extractor's figures ignore curation
    assert sum_plain["extractor"] == sum_edited["extractor"] == summary(raw_plain)
    gold = load_gold(gold_dir)
    assert sum_edited["release"] == summary(evaluate(dict(edited), gold))
    assert sum_edited["release"]["events"]["recall"] < sum_plain["release"]["events"]["recall"]
    assert "**The extractor alone**" in md_edited and "**This release**" in md_edited


def test_no_gold_or_uncovered_gold_gives_no_section(extraction, fixture_knowledge, tmp_path):
    tables = curated(extraction, fixture_knowledge)
    assert release_quality(tables, extraction, fixture_knowledge, None) == (None, None, None)
    other = tmp_path / "gold"
    other.mkdir()
    (other / "z.yaml").write_text(GOLD_A.replace("source_file: a.txt", "source_file: z.txt"), encoding="utf-8")
    assert release_quality(tables, extraction, fixture_knowledge, other) == (None, None, None)
