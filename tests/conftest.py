import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Worker processes (pipeline.layers, workers=2) must import the code under test, not whatever copy of
# `pipeline` the shared venv has installed (a worktree tests its own code).
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def fixture_knowledge():
    from pipeline.knowledge import load_knowledge

    return load_knowledge(FIXTURES / "seeds")


@pytest.fixture(scope="session")
def seed_knowledge():
    from pipeline.knowledge import load_knowledge

    return load_knowledge(ROOT / "seeds")


@pytest.fixture(scope="module")
def extracted(fixture_knowledge):
    """The fixture documents through ingest and extract: (documents, claims, mentions, discovered) frames,
    built once per test module (a module may change its copies)."""
    from pipeline.layers import extract_layer, ingest_layer, resolve_discovered

    ingested = ingest_layer(FIXTURES / "documents")
    claims, mentions, discovered = extract_layer(ingested.documents, fixture_knowledge)
    claims_df, mentions_df, discovered_df, _ = resolve_discovered(claims, mentions, discovered, fixture_knowledge)
    return ingested.documents, claims_df, mentions_df, discovered_df


@pytest.fixture(scope="session")
def seed_curate_inputs(seed_knowledge):
    """The seeds through ingest and extract, with their own curation files: the arguments of curate_layer
    (claims, mentions, discovered, knowledge, documents, overrides). Frames are shared: do not change them."""
    from pipeline.curation import load_overrides
    from pipeline.layers import extract_layer, ingest_layer, resolve_discovered

    seeds = ROOT / "seeds"
    docs = ingest_layer(seeds / "documents").documents
    claims, mentions, discovered = extract_layer(docs, seed_knowledge)
    claims_df, mentions_df, discovered_df, _ = resolve_discovered(claims, mentions, discovered, seed_knowledge)
    return claims_df, mentions_df, discovered_df, seed_knowledge, docs, load_overrides(seeds / "curation")


@pytest.fixture(scope="module")
def matcher(seed_knowledge):
    """An ActorMatcher over the real seeds/ registry for the actor tests, one per test module as before."""
    from pipeline.extract.actors import ActorMatcher

    return ActorMatcher(seed_knowledge)


@pytest.fixture(scope="session")
def seed_extractor(seed_knowledge):
    """One extractor over the real seeds/ knowledge for every rule test (building one compiles the lexicons)."""
    from pipeline.extract.claims import ClaimExtractor

    return ClaimExtractor(seed_knowledge)


@pytest.fixture(scope="session")
def fixture_extractor(fixture_knowledge):
    from pipeline.extract.claims import ClaimExtractor

    return ClaimExtractor(fixture_knowledge)
