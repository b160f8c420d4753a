"""Schema validation that never drops silently: failing rows go to rejects with the reason."""
import json

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from schemas import PRIMARY_KEYS, Rejects
from schemas.frames import frame


def _row_json(row: pd.Series) -> str:
    return json.dumps({k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in row.items()},
                      sort_keys=True, ensure_ascii=False, default=str)


def validate_or_reject(df: pd.DataFrame, model: type[pa.DataFrameModel], table: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, rejects). Row-level failures become rejects; table-level failures (a missing
    column, a wrong dtype that cannot be coerced) are code defects and raise."""
    try:
        return model.validate(df, lazy=True), frame(Rejects, [])
    except SchemaErrors as err:
        cases = err.failure_cases
        row_cases = cases[cases["index"].notna()]
        if len(row_cases) < len(cases):
            table_level = cases[cases["index"].isna()]
            raise ValueError(f"{table}: table-level schema failure: "
                             f"{table_level[['column', 'check']].drop_duplicates().to_dict('records')}") from err
        reasons: dict = {}
        for _, case in row_cases.iterrows():
            reasons.setdefault(case["index"], []).append(f"{case['column'] or 'row'}: {case['check']}")
        key = PRIMARY_KEYS.get(table)
        rejects = [{"table": table, "row_key": str(df.loc[i, key]) if key else str(i),
                    "reason": "; ".join(sorted(set(r))), "row_json": _row_json(df.loc[i])}
                   for i, r in sorted(reasons.items(), key=lambda kv: str(kv[0]))]
        valid = df.drop(index=list(reasons)).reset_index(drop=True)
        return model.validate(valid, lazy=True), frame(Rejects, rejects)


def failure_report(df: pd.DataFrame, model: type[pa.DataFrameModel], limit: int = 20) -> list[str]:
    """Human-readable schema failures of a frame (empty when it conforms)."""
    try:
        model.validate(df, lazy=True)
        return []
    except SchemaErrors as err:
        cases = err.failure_cases
        return [f"{c['column'] or 'table'}: {c['check']} (row {c['index']}, value {c['failure_case']!r})"
                for _, c in cases.head(limit).iterrows()] + ([f"... and {len(cases) - limit} more"] if len(cases) > limit else [])
