"""Curation: every override kind applies, stale ones are reported, errors name file and line,
and re-running extraction with the overrides in place gives the same curated tables."""
import shutil
from datetime import date
from textwrap import dedent

import dagster as dg
import pandas as pd
import pytest

from pipeline.curation import CurationError, load_overrides
from pipeline.curation.review import review_queue
from pipeline.layers import curate_layer, extract_layer, ingest_layer, resolve_discovered
from pipeline.release import read_release
from tests.conftest import FIXTURES

HEAD = "who: tester\n  when: 2026-11-22\n  why: test\n"


def curated(extracted, knowledge, folder=None):
    documents, claims, mentions, discovered = extracted
    return curate_layer(claims, mentions, discovered, knowledge, documents, load_overrides(folder))


def overrides_dir(tmp_path, **files):
    """Write override files: kind=YAML text ('HEAD' in it stands for who/when/why)."""
    folder = tmp_path / "curation"
    folder.mkdir(exist_ok=True)
    for kind, text in files.items():
        (folder / f"{kind}.yaml").write_text(dedent(text).replace("HEAD\n", HEAD))
    return folder


def status(tables) -> dict:
    return dict(zip(tables["curation_report"]["override_id"], tables["curation_report"]["status"]))


def rows(df, **where) -> pd.DataFrame:
    mask = pd.Series(True, index=df.index)
    for col, value in where.items():
        mask &= df[col].map(lambda v: value in list(v) if hasattr(v, "__len__") and not isinstance(v, str) else v == value)
    return df[mask]


def test_without_overrides_nothing_is_marked(extracted, fixture_knowledge):
    t = curated(extracted, fixture_knowledge)
    for name in ("claims", "actors", "events", "stances"):
        assert t[name]["curation"].isna().all(), name
    assert len(t["curation_report"]) == 0
    pd.testing.assert_frame_equal(t["claims"].drop(columns="curation"), extracted[1].drop(columns="curation"))


def test_fixture_demonstrations_all_apply(extracted, fixture_knowledge):
    t = curated(extracted, fixture_knowledge, FIXTURES / "curation")
    assert set(status(t).values()) == {"applied"}
    actors = t["actors"].set_index("actor_id")
    assert actors.loc["kenji-tanaka", "country"] == "JPN"
    assert "President Tsai Ing-wen" in list(actors.loc["tsai-ing-wen", "aliases"])
    request = t["events"][t["events"]["event_type"] == "REQUEST"]
    assert len(request) == 1 and request.iloc[0]["n_documents"] == 2          # merged across a.txt and b.txt
    assert list(request.iloc[0]["curation"]) == ["fx-claim-date", "fx-event-merge"]
    consult = t["events"][t["events"]["event_type"] == "CONSULT"].iloc[0]
    assert list(consult["target_actor_ids"]) == ["taiwan"] and "Taiwan" in consult["summary"]
    suga = rows(t["stances"], actor_id="yoshihide-suga").iloc[0]
    assert suga["n_documents"] == 2 and list(suga["curation"]) == ["fx-stance-add"]
    added = t["claims"][t["claims"]["extractor"] == "curation:fx-stance-add"].iloc[0]
    doc = extracted[0].set_index("doc_id").loc[added["doc_id"]]
    assert doc["text"][added["char_start"]:added["char_end"]] == added["text"]


def test_actors_merge_and_split(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, actors="""
        - id: m1
          HEAD
          action: merge
          actor_id: yoshihide-suga
          merge: [kenji-tanaka]
        - id: s1
          HEAD
          action: split
          actor_id: tsai-ing-wen
          into: tsai-other
          name: Tsai Other
          actor_type: person
          country: TWN
          where: [{document: b.txt}]
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert status(t) == {"m1": "applied", "s1": "applied"}
    actors = t["actors"].set_index("actor_id")
    assert "kenji-tanaka" not in actors.index
    assert "m1" in list(actors.loc["yoshihide-suga", "curation"])
    assert not (t["mentions"]["actor_id"] == "kenji-tanaka").any()
    assert actors.loc["tsai-other", "origin"] == "discovered" and list(actors.loc["tsai-other", "curation"]) == ["s1"]
    b_doc = extracted[0].set_index("source_file").loc["b.txt", "doc_id"]
    in_b = t["mentions"][t["mentions"]["doc_id"] == b_doc]
    assert "tsai-other" in set(in_b["actor_id"]) and "tsai-ing-wen" not in set(in_b["actor_id"])
    assert "tsai-ing-wen" in set(t["mentions"]["actor_id"])       # a.txt keeps the president


def test_actors_remove_at_a_place_and_add_a_mention(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, actors="""
        - id: rm1
          HEAD
          action: remove
          actor_id: tsai-ing-wen
          where: [{document: a.txt, quote: "Tsai proposed a security dialogue with Tokyo"}]
        - id: add1
          HEAD
          action: add_mention
          actor_id: japan
          document: a.txt
          quote: Chief Cabinet Secretary
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert status(t) == {"rm1": "applied", "add1": "applied"}
    documents = extracted[0].set_index("source_file")
    a_doc, text = documents.loc["a.txt", "doc_id"], documents.loc["a.txt", "text"]
    start = text.index("Tsai proposed a security dialogue with Tokyo")
    end = start + len("Tsai proposed a security dialogue with Tokyo")
    a_mentions = t["mentions"][t["mentions"]["doc_id"] == a_doc]
    tsai_there = a_mentions[(a_mentions["actor_id"] == "tsai-ing-wen") & (a_mentions["char_start"] < end)
                            & (a_mentions["char_end"] > start)]
    assert tsai_there.empty                                                  # removed at that place ...
    assert (a_mentions["actor_id"] == "tsai-ing-wen").any()                  # ... and only there
    removed = t["rejects"][t["rejects"]["reason"].str.startswith("removed by curation override rm1")]
    assert len(removed) >= 1 and set(removed["table"]) == {"mentions"}       # nothing dropped silently
    claims_there = t["claims"][(t["claims"]["doc_id"] == a_doc) & (t["claims"]["char_start"] < end)
                               & (t["claims"]["char_end"] > start)]
    assert not any("tsai-ing-wen" in list(c) for c in claims_there["subject_ids"])
    assert all("rm1" in list(c) for c in claims_there["curation"] if c is not None) and claims_there["curation"].notna().any()
    added = a_mentions[a_mentions["method"] == "curation"]
    assert len(added) == 1 and added.iloc[0]["actor_id"] == "japan" and added.iloc[0]["text"] == "Chief Cabinet Secretary"
    assert text[added.iloc[0]["char_start"]:added.iloc[0]["char_end"]] == "Chief Cabinet Secretary"
    assert "add1" in list(t["actors"].set_index("actor_id").loc["japan", "curation"])


def test_actor_place_overrides_go_stale(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, actors="""
        - id: rm-none
          HEAD
          action: remove
          actor_id: tsai-ing-wen
          where: [{document: a.txt, quote: "If China attacked Taiwan"}]
        - id: add-known
          HEAD
          action: add_mention
          actor_id: yoshihide-suga
          document: a.txt
          quote: Yoshihide Suga
        - id: add-outside
          HEAD
          action: add_mention
          actor_id: japan
          document: a.txt
          quote: Test Author
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert status(t) == {"rm-none": "stale", "add-known": "stale", "add-outside": "stale"}
    report = t["curation_report"].set_index("override_id")
    assert "not named at the given places" in report.loc["rm-none", "detail"]
    assert "names this actor here itself" in report.loc["add-known", "detail"]
    assert "outside the article body" in report.loc["add-outside", "detail"]


@pytest.mark.parametrize("entry, message", [
    ("action: remove\n  actor_id: japan\n", "needs where"),
    ("action: remove\n  actor_id: japan\n  where: [{quote: x}]\n", "each remove place needs a document"),
    ("action: add_mention\n  actor_id: japan\n  document: a.txt\n", "needs quote"),
    ("action: add_mention\n  actor_id: japan\n  document: a.txt\n  quote: ['x']\n", "as text"),
])
def test_actor_place_overrides_malformed(tmp_path, entry, message):
    folder = tmp_path / "curation"
    folder.mkdir()
    (folder / "actors.yaml").write_text(f"- id: bad\n  {HEAD}  {entry}")
    with pytest.raises(CurationError, match=message):
        load_overrides(folder)


def test_claims_reject_and_correct_modality_and_claimant(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, claims="""
        - id: r1
          HEAD
          action: reject
          document: a.txt
          quote: Minister Kenji Tanaka met Taiwanese officials
        - id: c1
          HEAD
          action: set
          document: a.txt
          quote: Japan should hold talks with Taiwan.
          kind: event
          set: {modality: asserted, claimant_id: japan}
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert status(t) == {"r1": "applied", "c1": "applied"}
    assert not t["claims"]["text"].str.contains("Kenji Tanaka met").any()
    rejected = t["rejects"][t["rejects"]["reason"].str.contains("curation override r1")]
    assert len(rejected) == 1 and rejected.iloc[0]["table"] == "claims"
    consult = t["events"][t["events"]["event_type"] == "CONSULT"]
    assert len(consult) == 1 and list(consult.iloc[0]["source_actor_ids"]) == ["japan"]   # the Tanaka one is gone
    assert list(consult.iloc[0]["curation"]) == ["c1"]
    corrected = t["claims"][t["claims"]["curation"].notna()].iloc[0]
    assert corrected["modality"] == "asserted" and corrected["claimant_id"] == "japan"


def test_events_set_split_add_remove(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, events="""
        - id: e-split
          HEAD
          action: split
          document: b.txt
          quote: Yoshihide Suga turned down
          event_type: REJECT
        - id: e-set
          HEAD
          action: set
          document: b.txt
          quote: Yoshihide Suga turned down
          event_type: REJECT
          set: {event_type: PROTEST, date_start: 2019-03-09, date_precision: day}
        - id: e-add
          HEAD
          action: add
          document: a.txt
          quote: Japan should hold talks with Taiwan.
          event_type: COOPERATE
          source_actor_ids: [japan]
          target_actor_ids: [taiwan]
        - id: e-remove
          HEAD
          action: remove
          document: a.txt
          quote: Kenji Tanaka met
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert set(status(t).values()) == {"applied"}, t["curation_report"]
    ev = t["events"]
    reject, protest = ev[ev["event_type"] == "REJECT"], ev[ev["event_type"] == "PROTEST"]
    assert len(reject) == 1 and len(protest) == 1 and reject.iloc[0]["n_documents"] == 1
    assert str(protest.iloc[0]["date_start"]) == "2019-03-09" and protest.iloc[0]["summary"].startswith("Yoshihide Suga PROTEST")
    assert list(protest.iloc[0]["curation"]) == ["e-set", "e-split"]
    claims = t["claims"].set_index("claim_id")
    assert all(claims.loc[c, "predicate"] == "PROTEST" for c in protest.iloc[0]["claim_ids"])
    added = ev[ev["event_type"] == "COOPERATE"].iloc[0]
    assert claims.loc[added["claim_ids"][0], "text"] == "Japan should hold talks with Taiwan."
    assert not (ev["event_type"] == "CONSULT").any()


def test_stances_remove_set_add(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, stances="""
        - id: st-remove
          HEAD
          action: remove
          document: a.txt
          quote: Tsai proposed a security dialogue
        - id: st-set
          HEAD
          action: set
          document: a.txt
          quote: Chief Cabinet Secretary Yoshihide Suga rejected
          actor_id: yoshihide-suga
          set: {polarity: neutral}
        - id: st-add
          HEAD
          action: add
          document: b.txt
          quote: Tsai Ing-wen's call for a security dialogue
          actor_id: tsai-ing-wen
          topic_id: jp_tw_security_cooperation
          polarity: support
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert set(status(t).values()) == {"applied"}
    st = t["stances"]
    tsai = rows(st, actor_id="tsai-ing-wen")
    assert len(tsai) == 1 and tsai.iloc[0]["n_documents"] == 1 and list(tsai.iloc[0]["curation"]) == ["st-add"]
    assert list(rows(st, actor_id="yoshihide-suga")["polarity"]) == ["neutral"]


def test_an_added_event_with_other_participants_in_a_found_events_sentence_applies(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, events="""
        - id: other-request
          HEAD
          action: add
          document: a.txt
          quote: Tsai proposed a security dialogue with Tokyo
          event_type: REQUEST
          source_actor_ids: [yoshihide-suga]
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert status(t) == {"other-request": "applied"}
    requests = t["events"][t["events"]["event_type"] == "REQUEST"]
    assert {tuple(r) for r in requests["source_actor_ids"]} >= {("tsai-ing-wen",), ("yoshihide-suga",)}


def test_stale_overrides_are_reported_not_ignored(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, claims="""
        - id: gone-quote
          HEAD
          action: reject
          document: a.txt
          quote: Japan recognised Taiwan
        - id: gone-doc
          HEAD
          action: reject
          document: nowhere.txt
          quote: anything
    """, events="""
        - id: known-now
          HEAD
          action: add
          document: a.txt
          quote: Tsai proposed a security dialogue with Tokyo
          event_type: REQUEST
          source_actor_ids: [tsai-ing-wen]
        - id: outside-body
          HEAD
          action: add
          document: a.txt
          quote: By Test Author
          event_type: REQUEST
          source_actor_ids: [tsai-ing-wen]
    """, actors="""
        - id: no-such-actor
          HEAD
          action: merge
          actor_id: japan
          merge: [nobody-at-all]
    """)
    t = curated(extracted, fixture_knowledge, folder)
    report = t["curation_report"].set_index("override_id")
    assert set(report["status"]) == {"stale"}
    assert "not found" in report.loc["gone-quote", "detail"] and "nowhere.txt" in report.loc["gone-doc", "detail"]
    assert "extractor now finds" in report.loc["known-now", "detail"]
    assert "outside the article body" in report.loc["outside-body", "detail"]
    assert report.loc["gone-quote", "file"] == "claims.yaml" and report.loc["gone-doc", "line"] == 9   # the text opens with a blank line
    # a stale override changes nothing
    pd.testing.assert_frame_equal(t["events"], curated(extracted, fixture_knowledge)["events"])


@pytest.mark.parametrize("text, message", [
    ("- id: x\n  who: a\n  when: 2026-11-22\n  why: b\n  action: reject\n  document: a.txt\n  qoute: typo\n", "claims.yaml:1: unknown key"),
    ("- id: x\n  who: a\n  when: 2026-11-22\n  why: b\n  action: reject\n", "claims.yaml:1: needs an address"),
    ("- id: x\n  who: a\n  when: 2026-11-22\n  why: b\n  action: reject\n  document: a.txt\n", "document AND quote"),
    ("- id: ok\n  who: a\n  when: 2026-11-22\n  why: b\n  action: reject\n  claim_id: c\n- id: y\n  when: 2026-11-22\n"
     "  why: b\n  action: reject\n  claim_id: c\n", "claims.yaml:7: missing who"),
    ("- id: x\n  who: YOUR-NAME\n  when: 2026-11-22\n  why: b\n  action: reject\n  claim_id: c\n", "fill in who"),
    ("- id: x\n  who: a\n  when: 2026-11-22\n  why: b\n  action: set\n  claim_id: c\n  set: {modality: maybe}\n", "modality must be one of"),
    ("- id: x\n  who: a\n  when: 2026-11-22\n  why: b\n  action: set\n  claim_id: c\n  set: {date_start: 2019-01-01}\n", "needs date_precision"),
    ("- id: x\n  who: a\n  when: 2026-11-22\n  why: b\n  action: delete\n  claim_id: c\n", "action 'delete' is not one of"),
    ("- id: x\n  who: [unclosed\n", "claims.yaml:3: not valid YAML"),
])
def test_malformed_override_files_name_file_and_line(tmp_path, text, message):
    (tmp_path / "claims.yaml").write_text(text)
    with pytest.raises(CurationError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_overrides(tmp_path)


def test_duplicate_ids_across_files_are_refused(tmp_path):
    entry = "- id: same\n  who: a\n  when: 2026-11-22\n  why: b\n  action: reject\n  claim_id: c\n"
    (tmp_path / "claims.yaml").write_text(entry)
    (tmp_path / "claims-more.yaml").write_text(entry)
    with pytest.raises(CurationError, match="already used at claims-more.yaml:1"):
        load_overrides(tmp_path)


def test_rerunning_extraction_with_overrides_reproduces_the_curated_tables(fixture_knowledge, tmp_path):
    """Extraction from scratch twice, documents listed in another order the second time."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt", "documents.csv"):
        shutil.copy(FIXTURES / "documents" / name, docs / name)
    runs = []
    for folder in (FIXTURES / "documents", docs):
        ingested = ingest_layer(folder)
        documents = ingested.documents.iloc[::-1].reset_index(drop=True) if folder == docs else ingested.documents
        claims, mentions, discovered = extract_layer(documents, fixture_knowledge)
        c, m, d, _ = resolve_discovered(claims, mentions, discovered, fixture_knowledge)
        runs.append(curate_layer(c, m, d, fixture_knowledge, documents, load_overrides(FIXTURES / "curation")))
    for name in ("claims", "mentions", "actors", "events", "stances", "rejects", "curation_report"):
        pd.testing.assert_frame_equal(runs[0][name], runs[1][name], obj=name)
    assert runs[0]["events"]["curation"].notna().any()


def test_review_queue_fixes_are_valid_overrides_that_apply(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, stances="""
        - id: conflict
          HEAD
          action: add
          document: b.txt
          quote: Yoshihide Suga turned down Tsai Ing-wen's call for a security dialogue
          actor_id: yoshihide-suga
          topic_id: jp_tw_security_cooperation
          polarity: support
          date_start: 2019-03-08
          date_precision: day
    """)
    t = curated(extracted, fixture_knowledge, folder)
    items = review_queue({"documents": extracted[0], **t}, limit=None, today=date(2026, 11, 22))
    first = items[0]
    assert first.kind == "stances" and "conflicting stances" in first.reason
    assert {i.kind for i in items} >= {"stances", "claims", "events"}
    assert items == review_queue({"documents": extracted[0], **t}, limit=None, today=date(2026, 11, 22))
    # the suggested line, once a curator fills in who and why, loads and fixes the conflict
    fixes = tmp_path / "fixes"
    fixes.mkdir()
    (fixes / "stances.yaml").write_text((folder / "stances.yaml").read_text() + "\n"
                                        + first.fix.replace("YOUR-NAME", "tester").replace("TODO: ", "") + "\n")
    fixed = curated(extracted, fixture_knowledge, fixes)
    assert set(status(fixed).values()) == {"applied"}
    suga = rows(fixed["stances"], actor_id="yoshihide-suga")
    assert suga["polarity"].nunique() == 1


def test_confirm_marks_rows_and_takes_them_off_the_review_queue(extracted, fixture_knowledge, tmp_path):
    documents = extracted[0]
    plain = curated(extracted, fixture_knowledge)
    queue = review_queue({"documents": documents, **plain}, limit=None, today=date(2026, 12, 1))
    event_item = next(i for i in queue if i.kind == "events")
    claim_item = next(i for i in queue if i.kind == "claims")
    event = plain["events"].set_index("event_id").loc[event_item.row_id]
    claim = plain["claims"].set_index("claim_id").loc[claim_item.row_id]
    source = documents.set_index("doc_id")["source_file"]
    event_claim = plain["claims"].set_index("claim_id").loc[event["claim_ids"][0]]
    folder = overrides_dir(tmp_path, events=f"""
        - id: ok-event
          HEAD
          action: confirm
          document: {source[event_claim["doc_id"]]}
          quote: "{event_claim["text"][:40]}"
          event_type: {event["event_type"]}
    """, claims=f"""
        - id: ok-claim
          HEAD
          action: confirm
          document: {source[claim["doc_id"]]}
          quote: "{claim["text"][:40]}"
          kind: {claim["kind"]}
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert status(t) == {"ok-event": "applied", "ok-claim": "applied"}
    for name in ("claims", "events", "stances", "actors"):                 # confirming changes no value ...
        pd.testing.assert_frame_equal(t[name].drop(columns="curation"), plain[name].drop(columns="curation"), obj=name)
    assert "ok-event" in list(t["events"].set_index("event_id").loc[event_item.row_id, "curation"])
    assert "ok-claim" in list(t["claims"].set_index("claim_id").loc[claim_item.row_id, "curation"])
    after = review_queue({"documents": documents, **t}, limit=None, today=date(2026, 12, 1))
    ids = {i.row_id for i in after}                                          # ... but the rows leave the queue
    assert event_item.row_id not in ids and claim_item.row_id not in ids
    assert len(after) < len(queue)
    everything = review_queue({"documents": documents, **t}, limit=None, today=date(2026, 12, 1), include_reviewed=True)
    assert {i.row_id for i in everything} == {i.row_id for i in queue}


def test_confirm_goes_stale_when_the_row_is_gone(extracted, fixture_knowledge, tmp_path):
    folder = overrides_dir(tmp_path, events="""
        - id: ok-gone
          HEAD
          action: confirm
          document: a.txt
          quote: If China attacked Taiwan
          event_type: ASSAULT
    """, actors="""
        - id: ok-nobody
          HEAD
          action: confirm
          actor_id: nobody-at-all
    """)
    t = curated(extracted, fixture_knowledge, folder)
    assert status(t) == {"ok-gone": "stale", "ok-nobody": "stale"}


def test_review_finds_discovered_actor_resembling_registry(extracted, fixture_knowledge):
    documents, claims, mentions, discovered = extracted
    t = curate_layer(claims, mentions, discovered, fixture_knowledge, documents)
    actors = pd.concat([t["actors"], t["actors"][t["actors"]["actor_id"] == "kenji-tanaka"].assign(
        actor_id="yoshihide-suga-2", name="Yoshihide Suga", aliases=[["Yoshihide Suga"]] * 1)], ignore_index=True)
    items = review_queue({"documents": documents, **t, "actors": actors}, limit=None)
    actor_items = [i for i in items if i.kind == "actors"]
    assert len(actor_items) == 1 and "yoshihide-suga-2" in actor_items[0].fix and "merge" in actor_items[0].fix


def test_dagster_flags_stale_overrides_and_the_manifest_lists_them(tmp_path, capsys):
    from pipeline.cli import main
    from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
    from pipeline.io_manager import ParquetIOManager
    from pipeline.resources import PipelineConfig
    import json

    folder = tmp_path / "curation"
    shutil.copytree(FIXTURES / "curation", folder)
    with open(folder / "claims.yaml", "a") as fh:
        fh.write("\n- id: stale-one\n  " + HEAD + "  action: reject\n  document: a.txt\n  quote: no such sentence\n")
    result = dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS], instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
        run_config={"ops": {"release": {"config": {"version": ""}}}},
        resources={"pipeline_config": PipelineConfig(documents_dir=str(FIXTURES / "documents"),
                                                     seeds_dir=str(FIXTURES / "seeds"), curation_dir=str(folder),
                                                     releases_dir=str(tmp_path / "releases")),
                   "io_manager": ParquetIOManager(base_dir=str(tmp_path / "storage"))})
    assert result.success                                   # a warning, not a blocking failure
    check = next(e for e in result.get_asset_check_evaluations() if e.check_name == "curation_overrides_match")
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN and "stale-one" in check.metadata["stale"].value
    report_meta = result.asset_materializations_for_node("curate")
    review_md = next(m.metadata["review_queue"].value for m in report_meta if m.asset_key.path == ["curation_report"])
    assert "```yaml" in review_md and "action: reject" in review_md   # the fixture has low-confidence claims
    release = tmp_path / "releases" / "v1.0.0"
    manifest = json.loads((release / "manifest.json").read_text())
    assert [s["id"] for s in manifest["curation"]["stale"]] == ["stale-one"]
    assert manifest["curation"]["rows_curated"]["events"] == 2
    readme = (release / "README.md").read_text()
    assert "## Curation" in readme and "2 events" in readme and "stale-one" in readme
    assert main(["review", "--limit", "3", "--all", str(release)]) == 0
    out = capsys.readouterr().out
    assert out.count("fix (seeds/curation/") == 3
    assert main(["review", "--limit", "0", str(release)]) == 0          # curated rows are left out by default
    assert capsys.readouterr().out.count("fix (seeds/curation/") < len(review_queue(read_release(release), limit=None,
                                                                                    include_reviewed=True))
