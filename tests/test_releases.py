"""Release lints: every committed release conforms, and its manifest matches its files."""
import hashlib
import json
import subprocess
import sys

import pytest

from pipeline.release import list_releases
from pipeline.validate import validate_release
from tests.conftest import ROOT

RELEASES = list_releases(ROOT / "releases")
CONTRACT_CHECK = ROOT.parent / "shared" / "tools" / "contract_check.py"


def test_there_is_a_release():
    assert RELEASES, "no release under releases/"


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_release_validates(release):
    assert validate_release(release) == []


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_manifest_matches_files(release):
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["version"] == release.name
    listed = {t["file"] for t in manifest["tables"].values()}
    assert listed == {p.name for p in release.glob("*.parquet")}
    for entry in manifest["tables"].values():
        assert hashlib.sha256((release / entry["file"]).read_bytes()).hexdigest() == entry["sha256"]
    assert all(i["status"] in {"ingested", "duplicate", "rejected"} for i in manifest["inputs"])


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_every_table_loads_in_pandas_polars_and_duckdb(release):
    import duckdb
    import pandas as pd
    import polars as pl

    for path in release.glob("*.parquet"):
        n = len(pd.read_parquet(path))
        assert pl.read_parquet(path).height == n
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()[0][0] == n


@pytest.mark.skipif(not CONTRACT_CHECK.exists(), reason="../shared is absent")
@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_consumer_contract_check_conforms(release):
    out = subprocess.run([sys.executable, str(CONTRACT_CHECK), str(release)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "conforms" in out.stdout


def test_latest_pointer_names_the_newest_release():
    assert (ROOT / "releases" / "LATEST").read_text().strip() == RELEASES[-1].name
