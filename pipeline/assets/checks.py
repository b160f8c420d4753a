"""Asset checks: each table's Pandera schema, and the contract's cross-table rules. All blocking:
a failure stops the release and lists the failing rows as check metadata. One warning, not
blocking: curation overrides that no longer match anything."""
import dagster as dg
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from pipeline import integrity
from pipeline.curation import stale_overrides
from schemas import PRIMARY_KEYS, TABLE_MODELS

FAILING_ROWS_SCHEMA = dg.TableSchema(columns=[
    dg.TableColumn("row_key", "string", description="primary key of the failing row (or its position)"),
    dg.TableColumn("column", "string"), dg.TableColumn("check", "string"), dg.TableColumn("value", "string")])


def schema_failures(df: pd.DataFrame, model: type[pa.DataFrameModel], key: str | None,
                    limit: int = 50) -> tuple[int, list[dict]]:
    """(number of failure cases, the first `limit` of them as rows: primary key, column, check, value)."""
    try:
        model.validate(df, lazy=True)
        return 0, []
    except SchemaErrors as err:
        cases = err.failure_cases

    def row_key(index) -> str:
        if pd.isna(index):
            return "(table)"
        return str(df.loc[index, key]) if key and key in df.columns and index in df.index else f"row {index}"

    return len(cases), [{"row_key": row_key(c["index"]), "column": str(c["column"] or "(row)"), "check": str(c["check"]),
                         "value": str(c["failure_case"])[:120]} for _, c in cases.head(limit).iterrows()]


def _result(failures: list[str], passed_text: str, rows: list[dict] | None = None,
            n_failures: int | None = None) -> dg.AssetCheckResult:
    metadata = {"failures": dg.MetadataValue.md("\n".join(f"- {f}" for f in failures[:50]) or passed_text),
                "n_failures": len(failures) if n_failures is None else n_failures}
    if rows:
        metadata["failing_rows"] = dg.MetadataValue.table(
            [dg.TableRecord(r) for r in rows], schema=FAILING_ROWS_SCHEMA)
    return dg.AssetCheckResult(passed=not failures, metadata=metadata)


def schema_check(table: str) -> dg.AssetChecksDefinition:
    model = TABLE_MODELS["rejects" if table.endswith("rejects") else table]

    @dg.asset_check(asset=table, name=f"{table}_schema", blocking=True,
                    description=f"{table} conforms to the Pandera model {model.__name__} (types, vocabularies, row rules).")
    def _check(df: pd.DataFrame) -> dg.AssetCheckResult:
        n, rows = schema_failures(df, model, PRIMARY_KEYS.get(table))
        failures = [f"{r['column']}: {r['check']} ({r['row_key']}, value {r['value']!r})" for r in rows]
        failures += [f"... and {n - len(rows)} more"] if n > len(rows) else []
        return _result(failures, f"all {len(df)} rows conform", rows, n_failures=n)

    # the check reads the asset itself
    return _check


SCHEMA_CHECKS = [schema_check(t) for t in ("documents", "claims", "mentions", "actors", "events", "stances", "topics", "rejects")]


@dg.asset_check(asset="claims", blocking=True, additional_ins={"documents": dg.AssetIn("documents")},
                description="Every claim's text equals documents.text[char_start:char_end] and lies in the body.")
def claims_match_document_text(claims: pd.DataFrame, documents: pd.DataFrame) -> dg.AssetCheckResult:
    return _result(integrity.claim_slices(documents, claims), f"all {len(claims)} claims match their slice")


@dg.asset_check(asset="mentions", blocking=True, additional_ins={"documents": dg.AssetIn("documents")},
                description="Every mention's text equals its document slice.")
def mentions_match_document_text(mentions: pd.DataFrame, documents: pd.DataFrame) -> dg.AssetCheckResult:
    return _result(integrity.mention_slices(documents, mentions), f"all {len(mentions)} mentions match their slice")


# the columns the cross-table rules read (integrity.foreign_keys, document_counts: a table's key first)
RULE_COLUMNS = {"documents": ["doc_id"], "claims": ["claim_id", "doc_id", "claimant_id", "subject_ids", "object_ids", "topic_id"],
                "mentions": ["mention_id", "doc_id", "actor_id"], "actors": ["actor_id"],
                "stances": ["stance_id", "actor_id", "topic_id", "claim_ids", "doc_ids", "n_documents"], "topics": ["topic_id"]}


@dg.asset_check(asset="events", blocking=True,
                additional_ins={n: dg.AssetIn(n, metadata={"columns": RULE_COLUMNS[n]})
                                for n in ("documents", "claims", "mentions", "actors", "stances", "topics")},
                description="Every foreign key and every ID list resolves (claims, mentions, events, stances).")
def foreign_keys_resolve(events: pd.DataFrame, documents: pd.DataFrame, claims: pd.DataFrame, mentions: pd.DataFrame,
                         actors: pd.DataFrame, stances: pd.DataFrame, topics: pd.DataFrame) -> dg.AssetCheckResult:
    tables = {"documents": documents, "claims": claims, "mentions": mentions, "actors": actors, "events": events,
              "stances": stances, "topics": topics}
    return _result(integrity.foreign_keys(tables) + integrity.document_counts(tables), "every reference resolves")


@dg.asset_check(asset="events", blocking=True,
                additional_ins={"claims": dg.AssetIn("claims", metadata={"columns": ["claim_id", "modality", "kind"]})},
                description="Every event has at least one claim and rests only on asserted event claims.")
def events_rest_on_asserted_claims(events: pd.DataFrame, claims: pd.DataFrame) -> dg.AssetCheckResult:
    return _result(integrity.events_rest_on_asserted_claims(events, claims), f"all {len(events)} events rest on asserted claims")


@dg.asset_check(asset="stances", blocking=True, description="Every stance has at least one claim.")
def stances_have_claims(stances: pd.DataFrame) -> dg.AssetCheckResult:
    return _result(integrity.stances_have_claims(stances), f"all {len(stances)} stances have claims")


@dg.asset_check(asset="curation_report", blocking=False,
                description="Every curation override in seeds/curation/ still matches the rows it was written for "
                            "(warning: a stale override is listed, the release is still written).")
def curation_overrides_match(curation_report: pd.DataFrame) -> dg.AssetCheckResult:
    stale = stale_overrides(curation_report)
    return dg.AssetCheckResult(
        passed=not stale, severity=dg.AssetCheckSeverity.WARN,
        metadata={"stale": dg.MetadataValue.md("\n".join(f"- `{s['id']}` ({s['file']}:{s['line']}): {s['reason']}"
                                                          for s in stale) or "every override applied"),
                  "n_stale": len(stale), "n_overrides": len(curation_report)})


CURATION_CHECKS = [curation_overrides_match]

INTEGRITY_CHECKS = [claims_match_document_text, mentions_match_document_text, foreign_keys_resolve,
                    events_rest_on_asserted_claims, stances_have_claims]
