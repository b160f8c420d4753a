"""Shared building blocks of the table schemas.

Every table is held in pandas with pyarrow-backed dtypes, so that what is
validated is exactly what is written to Parquet (strings, date32, list<string>).
"""
import pandas as pd
import pandera.pandas as pa
import pyarrow

CONTRACT_VERSION = "1"

String = pd.ArrowDtype(pyarrow.string())
Int = pd.ArrowDtype(pyarrow.int64())
Float = pd.ArrowDtype(pyarrow.float64())
Date = pd.ArrowDtype(pyarrow.date32())
StringList = pd.ArrowDtype(pyarrow.list_(pyarrow.string()))

ACTOR_TYPES = (
    "person", "state", "government_body", "political_party", "legislature", "military",
    "organization", "think_tank", "media", "company", "international_org",
)
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
DATE_PRECISIONS = ("day", "month", "year", "range", "unknown")
CLAIM_KINDS = ("event", "stance", "statement")
MODALITIES = ("asserted", "negated", "hypothetical", "prescriptive", "planned")
POLARITIES = ("support", "oppose", "neutral")
ORIGINS = ("registry", "discovered")


class BaseConfig(pa.DataFrameModel.Config):
    """Strict (no undeclared columns) and coercing (dtypes are enforced, not hoped for)."""

    strict = True
    coerce = True
    ordered = True


class TableModel(pa.DataFrameModel):
    """Base of every table model: carries the shared config."""

    Config = BaseConfig
