"""Tests of pipeline/evaluation.py on synthetic tables, and of the gold files themselves."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline.evaluation import PRECISION_RANK, Gold, calibration, evaluate, load_gold, normalise
from pipeline.quality import format_markdown, format_report

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
DOCS_DIR = ROOT / "seeds" / "documents"

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
TOPICS = {"jp_tw_security_cooperation", "jp_tw_official_relations", "defense_of_taiwan",
          "us_strategic_clarity", "one_china_policy", "taiwan_independence"}
ACTOR_TYPES = {"person", "state", "government_body", "political_party", "legislature", "military",
               "organization", "think_tank", "media", "company", "international_org"}

TEXT_A = ("Caption. Photo: AFP\n\nOn March 8, Japan rejected a proposal by Tsai Ing-wen. "
          "Tsai wants security talks with Japan.\n\nThe author is a fellow.")
TEXT_B = "China protested on Friday. Beijing opposes official ties with Taiwan. Japan rejected Tsai."

GOLD_A = """
source_file: a.txt
published_date: 2019-03-22
body_quote_first: "On March 8"
body_quote_last: "talks with Japan."
actors:
  - {name: Japan, actor_type: state, country: JPN, mentions: [Japan]}
  - {name: Tsai Ing-wen, actor_type: person, country: TWN, mentions: [Tsai Ing-wen, Tsai]}
events:
  - {key: reject, event_type: REJECT, quote: "Japan rejected a proposal by Tsai Ing-wen", source: [Japan],
     target: [Tsai Ing-wen], date_start: 2019-03-08, date_end: 2019-03-08, date_precision: day}
stances:
  - {actor: Tsai Ing-wen, topic: jp_tw_security_cooperation, polarity: support,
     quote: "Tsai wants security talks with Japan."}
"""
GOLD_B = """
source_file: b.txt
published_date: null
body_quote_first: "China protested"
body_quote_last: "Japan rejected Tsai."
actors:
  - {name: China, actor_type: state, country: CHN, mentions: [China, Beijing]}
  - {name: Taiwan, actor_type: state, country: TWN, mentions: [Taiwan]}
  - {name: Japan, actor_type: state, country: JPN, mentions: [Japan]}
  - {name: Tsai Ing-wen, actor_type: person, country: TWN, mentions: [Tsai]}
events:
  - {key: protest, event_type: ACCUSE, quote: "China protested on Friday", source: [China], target: [],
     date_start: null, date_end: null, date_precision: unknown}
  - {key: reject, event_type: REJECT, quote: "Japan rejected Tsai.", source: [Japan], target: [Tsai Ing-wen],
     date_start: 2019-01-01, date_end: 2019-12-31, date_precision: year}
stances:
  - {actor: China, topic: jp_tw_official_relations, polarity: oppose,
     quote: "Beijing opposes official ties with Taiwan."}
"""


def slug(name: str) -> str:
    return normalise(name).replace("'", "")


def perfect_tables(gold: Gold, texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Release tables that reproduce the gold exactly (one claim per gold event quote)."""
    docs, mentions, claims, stances = [], [], [], []
    aliases: dict[str, set[str]] = {}
    events: dict[str, dict] = {}
    for i, doc in enumerate(gold.docs):
        text, did = texts[doc.source_file], f"d{i}"
        start, last = text.find(doc.body_quote_first), text.find(doc.body_quote_last)
        docs.append(dict(doc_id=did, source_file=doc.source_file, text=text, body_start=start,
                         body_end=last + len(doc.body_quote_last), published_date=doc.published_date))
        for a in doc.actors:
            aliases.setdefault(a.name, set()).update(a.mentions)
            m = a.mentions[0] if a.mentions else a.name
            pos = text.find(m)
            mentions.append(dict(mention_id=f"m{len(mentions)}", doc_id=did, actor_id=slug(a.name),
                                 char_start=pos, char_end=pos + len(m), text=m))
        for ev in doc.events:
            pos = text.find(ev.quotes[0])
            cid = f"c{len(claims)}"
            claims.append(dict(claim_id=cid, doc_id=did, char_start=pos, char_end=pos + len(ev.quotes[0]),
                               text=ev.quotes[0], claimant_id=None, kind="event", modality="asserted",
                               predicate=ev.event_type, subject_ids=[slug(s) for s in ev.source],
                               object_ids=[slug(t) for t in ev.target], topic_id=None, polarity=None,
                               date_start=ev.date_start, date_end=ev.date_end, date_precision=ev.date_precision))
            row = events.setdefault(ev.key, dict(event_id=f"e-{ev.key}", event_type=ev.event_type,
                                                 date_precision="unknown", date_start=None, date_end=None,
                                                 source_actor_ids=set(), target_actor_ids=set(),
                                                 claim_ids=[], doc_ids=[]))
            if PRECISION_RANK[ev.date_precision] > PRECISION_RANK[row["date_precision"]]:
                row.update(date_start=ev.date_start, date_end=ev.date_end, date_precision=ev.date_precision)
            row["source_actor_ids"].update(slug(s) for s in ev.source)
            row["target_actor_ids"].update(slug(t) for t in ev.target)
            row["claim_ids"].append(cid)
            row["doc_ids"].append(did)
        for s in doc.stances:
            stances.append(dict(stance_id=f"s{len(stances)}", actor_id=slug(s.actor), topic_id=s.topic,
                                polarity=s.polarity, claim_ids=[], doc_ids=[did], evidence=s.quote))
    for row in events.values():
        row["source_actor_ids"] = sorted(row["source_actor_ids"])
        row["target_actor_ids"] = sorted(row["target_actor_ids"])
        for col in ("date_start", "date_end"):
            row[col] = dt.date.fromisoformat(row[col]) if row[col] else None
    actors = [dict(actor_id=slug(n), name=n, actor_type="state", country=None, aliases=sorted(al),
                   origin="registry") for n, al in aliases.items()]
    return {"documents": pd.DataFrame(docs), "mentions": pd.DataFrame(mentions), "claims": pd.DataFrame(claims),
            "actors": pd.DataFrame(actors), "events": pd.DataFrame(list(events.values())),
            "stances": pd.DataFrame(stances).drop_duplicates(["actor_id", "topic_id", "polarity"])}


@pytest.fixture()
def gold(tmp_path: Path) -> Gold:
    (tmp_path / "a.yaml").write_text(textwrap.dedent(GOLD_A), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(textwrap.dedent(GOLD_B), encoding="utf-8")
    return load_gold(tmp_path)


@pytest.fixture()
def tables(gold: Gold) -> dict[str, pd.DataFrame]:
    return perfect_tables(gold, {"a.txt": TEXT_A, "b.txt": TEXT_B})


def assert_perfect(m: dict) -> None:
    for part in ("actors", "events", "stances"):
        assert (m[part]["precision"], m[part]["recall"], m[part]["f1"]) == (1.0, 1.0, 1.0), part
    ev = m["events"]
    assert ev["type_accuracy"] == ev["date_accuracy"] == ev["source_accuracy"] == ev["source_exact_accuracy"] == 1.0
    assert ev["events_on_non_asserted"] == 0 and ev["gold_quotes_not_found"] == 0
    assert m["body"]["exact"] == m["body"]["n_documents"] and m["body"]["mean_abs_char_error"] == 0


def test_load_gold_merges_nothing_and_keeps_dates(gold: Gold) -> None:
    assert [d.source_file for d in gold.docs] == ["a.txt", "b.txt"]
    assert gold.docs[0].published_date == "2019-03-22" and gold.docs[1].published_date is None
    assert gold.docs[0].events[0].date_start == "2019-03-08"


def test_perfect_prediction_scores_one(gold: Gold, tables: dict) -> None:
    assert_perfect(evaluate(tables, gold))


def test_real_gold_perfect_prediction_scores_one() -> None:
    gold = load_gold(GOLD_DIR)
    texts = {d.source_file: (DOCS_DIR / d.source_file).read_text(encoding="utf-8") for d in gold.docs}
    assert_perfect(evaluate(perfect_tables(gold, texts), gold))


def test_missing_event_lowers_recall(gold: Gold, tables: dict) -> None:
    tables["events"] = tables["events"][tables["events"].event_id != "e-protest"]
    ev = evaluate(tables, gold)["events"]
    assert ev["precision"] == 1.0 and ev["recall"] == 0.5 and ev["unmatched_keys"] == ["protest"]


def test_duplicate_event_row_lowers_precision(gold: Gold, tables: dict) -> None:
    dup = tables["events"][tables["events"].event_id == "e-reject"].assign(event_id="e-reject-2")
    tables["events"] = pd.concat([tables["events"], dup], ignore_index=True)
    ev = evaluate(tables, gold)["events"]
    assert ev["recall"] == 1.0 and ev["precision"] == 2 / 3 and ev["fp"] == 1


def test_event_outside_any_quote_is_false_positive(gold: Gold, tables: dict) -> None:
    claims = tables["claims"]
    claims.loc[claims.predicate == "ACCUSE", ["char_start", "char_end"]] = [27, 40]  # "Beijing opposes"
    ev = evaluate(tables, gold)["events"]
    assert ev["recall"] == 0.5 and ev["precision"] == 0.5


def test_wrong_type_lowers_type_accuracy(gold: Gold, tables: dict) -> None:
    tables["events"].loc[tables["events"].event_id == "e-reject", "event_type"] = "PROTEST"
    ev = evaluate(tables, gold)["events"]
    assert ev["type_accuracy"] == 0.5 and ev["f1"] == 1.0


def test_two_acts_of_one_sentence_are_matched_by_type(tmp_path: Path) -> None:
    # both claims span the whole sentence (CONTRACT.md: the claims of a sentence share offsets); the gold quotes
    # are the same sentence, so only the type tells which predicted event codes which gold event
    text = "Japan protested and rejected the plan."
    (tmp_path / "c.yaml").write_text(textwrap.dedent("""
        source_file: c.txt
        published_date: null
        body_quote_first: "Japan protested"
        body_quote_last: "the plan."
        actors:
          - {name: Japan, actor_type: state, country: JPN, mentions: [Japan]}
        events:
          - {key: a-reject, event_type: REJECT, quote: "Japan protested and rejected the plan.", source: [Japan],
             target: [], date_start: null, date_end: null, date_precision: unknown}
          - {key: b-protest, event_type: PROTEST, quote: "Japan protested and rejected the plan.", source: [Japan],
             target: [], date_start: null, date_end: null, date_precision: unknown}
        stances: []
        """), encoding="utf-8")
    gold = load_gold(tmp_path)
    ev = evaluate(perfect_tables(gold, {"c.txt": text}), gold)["events"]
    assert ev["f1"] == 1.0 and ev["type_accuracy"] == 1.0


def test_date_accuracy_uses_most_precise_gold_date(gold: Gold, tables: dict) -> None:
    events = tables["events"]
    assert events.loc[events.event_id == "e-reject", "date_precision"].item() == "day"
    assert evaluate(tables, gold)["events"]["date_accuracy"] == 1.0  # null == null for "protest"
    events.loc[events.event_id == "e-reject", "date_precision"] = "year"
    assert evaluate(tables, gold)["events"]["date_accuracy"] == 0.5


def test_wrong_source_lowers_source_accuracy(gold: Gold, tables: dict) -> None:
    events = tables["events"]
    events.at[events.index[events.event_id == "e-protest"][0], "source_actor_ids"] = ["japan"]
    assert evaluate(tables, gold)["events"]["source_accuracy"] == 0.5
    events.at[events.index[events.event_id == "e-protest"][0], "source_actor_ids"] = ["china", "japan"]
    ev = evaluate(tables, gold)["events"]
    assert ev["source_accuracy"] == 1.0 and ev["source_exact_accuracy"] == 0.5


def test_non_asserted_claim_counts(gold: Gold, tables: dict) -> None:
    tables["claims"].loc[0, "modality"] = "hypothetical"
    assert evaluate(tables, gold)["events"]["events_on_non_asserted"] == 1


def test_missing_and_extra_actor_mentions(gold: Gold, tables: dict) -> None:
    mentions = tables["mentions"]
    tables["mentions"] = mentions[~((mentions.doc_id == "d1") & (mentions.actor_id == "taiwan"))]
    assert evaluate(tables, gold)["actors"]["recall"] == 5 / 6
    extra = pd.DataFrame([dict(mention_id="mx", doc_id="d0", actor_id="china", char_start=0, char_end=1, text="C")])
    tables["mentions"] = pd.concat([mentions, extra], ignore_index=True)
    act = evaluate(tables, gold)["actors"]
    assert act["recall"] == 1.0 and act["precision"] == 6 / 7


def test_actor_matching_folds_case_hyphens_and_diacritics_one_to_one(gold: Gold, tables: dict) -> None:
    actors = tables["actors"]
    actors.loc[actors.actor_id == "tsaiingwen", ["name", "aliases"]] = ["TSAI Íngwen", None]
    assert evaluate(tables, gold)["actors"]["f1"] == 1.0
    twin = actors[actors.actor_id == "tsaiingwen"].assign(actor_id="zz-tsai-twin")
    tables["actors"] = pd.concat([actors, twin], ignore_index=True)
    claims = tables["claims"]
    claims.at[0, "subject_ids"] = ["japan", "zz-tsai-twin"]
    act = evaluate(tables, gold)["actors"]
    assert act["recall"] == 1.0 and act["fp"] == 1


def test_wrong_stance_polarity_lowers_stance_scores(gold: Gold, tables: dict) -> None:
    tables["stances"].loc[tables["stances"].actor_id == "china", "polarity"] = "support"
    st = evaluate(tables, gold)["stances"]
    assert st["precision"] == 0.5 and st["recall"] == 0.5


def test_body_boundary_errors(gold: Gold, tables: dict) -> None:
    tables["documents"].loc[0, "body_start"] -= 5
    body = evaluate(tables, gold)["body"]
    assert body["exact"] == 1 and body["mean_abs_char_error"] == 5 / 4 and body["errors"]["a.txt"] == (-5, 0)


def test_reports_render(gold: Gold, tables: dict) -> None:
    m = evaluate(tables, gold)
    text, md = format_report(m), format_markdown(m)
    assert "events" in text and "1.000" in text and "body boundaries exact" in text
    assert md.startswith("| metric |") and "| stances |" in md


@pytest.mark.parametrize("pairs, ece, brier", [
    ([(1.0, True), (1.0, True)], 0.0, 0.0),                       # sure and right: perfectly calibrated
    ([(0.75, True), (0.75, False)], 0.25, 0.3125),                # a 0.75 bin that is right half the time
    ([(0.95, False)], 0.95, 0.9025),                              # confident and wrong
    ([], None, None),
])
def test_calibration_bins_ece_and_brier(pairs, ece, brier) -> None:
    cal = calibration(pairs)
    assert cal["n"] == len(pairs) and sum(b["n"] for b in cal["bins"]) == len(pairs)
    assert (cal["ece"] is None and ece is None) or cal["ece"] == pytest.approx(ece)
    assert (cal["brier"] is None and brier is None) or cal["brier"] == pytest.approx(brier)


def test_event_calibration_counts_wrong_rows_in_their_bin(gold: Gold, tables: dict) -> None:
    t = dict(tables)
    events = t["events"].copy()
    events["confidence"] = 0.95
    # a second row on the first event's own claim: one-to-one matching leaves one of the two wrong
    extra = events.iloc[[0]].assign(event_id="e-extra", confidence=0.65)
    t["events"] = pd.concat([events, extra], ignore_index=True)
    m = evaluate(t, gold)["events"]
    cal = m["calibration"]
    assert cal["n"] == m["tp"] + m["fp"] == len(events) + 1 and m["fp"] == 1
    assert sum(round(b["n"] * b["precision"]) for b in cal["bins"]) == m["tp"]
    assert {b["range"] for b in cal["bins"]} == {"0.6-0.7", "0.9-1.0"}
    assert cal["ece"] > 0
    assert "share right" in format_report(evaluate(t, gold)) and "Confidence calibration" in format_markdown(evaluate(t, gold))


# ---------------------------------------------------------------- the gold files themselves
GOLD_FILES = sorted(GOLD_DIR.glob("*.yaml"))


def test_gold_covers_every_seed_document() -> None:
    assert {f.stem + ".txt" for f in GOLD_FILES} == {p.name for p in DOCS_DIR.glob("*.txt")}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_consistent(path: Path) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = (DOCS_DIR / raw["source_file"]).read_text(encoding="utf-8")
    meta = pd.read_csv(DOCS_DIR / "documents.csv", dtype=str).set_index("source_file")
    expected = meta.loc[raw["source_file"], "published_date"]
    assert (str(raw["published_date"]) if raw["published_date"] else None) == (None if pd.isna(expected) else expected)
    start, last = text.find(raw["body_quote_first"]), text.find(raw["body_quote_last"])
    assert 0 <= start < last
    body = text[start:last + len(raw["body_quote_last"])]
    names = [a["name"] for a in raw["actors"]]
    assert len(names) == len(set(names))
    for a in raw["actors"]:
        assert a["actor_type"] in ACTOR_TYPES and (a["country"] is None or len(a["country"]) == 3)
        assert all(m in body for m in a["mentions"]), a["name"]
    for e in raw["events"]:
        for q in [e["quote"], *e.get("other_quotes", [])]:
            assert q in text, (e["key"], q)
        assert e["event_type"] in PLOVER and e["date_precision"] in PRECISION_RANK
        assert set(e["source"]) | set(e["target"]) <= set(names) and e["source"], e["key"]
        assert (e["date_start"] is None) == (e["date_end"] is None) == (e["date_precision"] == "unknown")
    for s in raw["stances"]:
        assert s["quote"] in text and s["actor"] in names and s["topic"] in TOPICS
        assert s["polarity"] in {"support", "oppose", "neutral"}


def test_shared_event_keys_agree_on_type() -> None:
    types: dict[str, set[str]] = {}
    for path in GOLD_FILES:
        for e in yaml.safe_load(path.read_text(encoding="utf-8"))["events"]:
            types.setdefault(e["key"], set()).add(e["event_type"])
    assert all(len(t) == 1 for t in types.values())
    keys_per_file = [{e["key"] for e in yaml.safe_load(p.read_text(encoding="utf-8"))["events"]} for p in GOLD_FILES]
    assert all(len(k) == len(yaml.safe_load(p.read_text(encoding="utf-8"))["events"])
               for k, p in zip(keys_per_file, GOLD_FILES))  # one row per real event in each file
