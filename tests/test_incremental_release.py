"""A release built after one more document (the extraction cache and curate's event memo kept from the run
before) holds the same tables, byte for byte, as a release built cold from the same documents: the seed
documents with their curation files, four documents first, then a fifth that adds claims to events of the
others; and then with one document removed and another changed."""
import shutil

import dagster as dg
import pytest

from pipeline import PROJECT_ROOT
from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
from pipeline.io_manager import ParquetIOManager
from pipeline.release import latest_release
from pipeline.resources import PipelineConfig

SEEDS = PROJECT_ROOT / "seeds"
TABLES = ("documents", "claims", "mentions", "actors", "events", "stances", "topics", "rejects")


def build(state, documents):
    """One run of every asset and check on `documents`, with its storage, cache and releases under `state`."""
    result = dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS], instance=dg.DagsterInstance.ephemeral(),
        resources={"pipeline_config": PipelineConfig(documents_dir=str(documents), seeds_dir=str(SEEDS),
                                                     releases_dir=str(state / "releases"), cache_dir=str(state / "cache"),
                                                     workers=1, gold_dir=""),
                   "io_manager": ParquetIOManager(base_dir=str(state / "storage"))})
    assert result.success
    return latest_release(state / "releases")


def tables(release):
    return {name: (release / f"{name}.parquet").read_bytes() for name in TABLES}


def corpus(folder, keep):
    folder.mkdir()
    for path in SEEDS.joinpath("documents").iterdir():
        if path.suffix != ".txt" or path.name in keep:
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def seed_names():
    return sorted(p.name for p in SEEDS.joinpath("documents").glob("*.txt"))


def test_one_more_document_equals_a_cold_build(tmp_path, seed_names):
    four = corpus(tmp_path / "four", set(seed_names[:-1]))
    everything = corpus(tmp_path / "all", set(seed_names))
    build(tmp_path / "state", four)
    assert list((tmp_path / "state" / "cache").glob("event-groups-*.json"))
    incremental = build(tmp_path / "state", everything)
    cold = build(tmp_path / "cold", everything)
    assert incremental.name == "v1.1.0" and cold.name == "v1.0.0"
    assert tables(incremental) == tables(cold)

    # one document gone, another changed (a sentence added): again the same as cold
    changed = tmp_path / "changed"
    shutil.copytree(everything, changed)
    (changed / seed_names[0]).unlink()
    with open(changed / seed_names[1], "a", encoding="utf-8") as fh:
        fh.write("\n\nOn 3 March 2021, China accused Japan of provocations near the Senkaku Islands.\n")
    assert tables(build(tmp_path / "state", changed)) == tables(build(tmp_path / "cold2", changed))
