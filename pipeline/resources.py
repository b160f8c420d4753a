"""Configuration as Dagster resources: where documents, seeds and releases live."""
from functools import lru_cache
from pathlib import Path

import dagster as dg

from pipeline import PROJECT_ROOT
from pipeline.knowledge import Knowledge, knowledge_hash, load_knowledge


@lru_cache(maxsize=4)
def _cached_knowledge(seeds_dir: str, digest: str) -> Knowledge:
    return load_knowledge(Path(seeds_dir))


class PipelineConfig(dg.ConfigurableResource):
    """Folders the pipeline reads and writes; relative paths are taken from the project root."""

    documents_dir: str = "seeds/documents"
    seeds_dir: str = "seeds"
    releases_dir: str = "releases"
    gold_dir: str = "tests/gold"   # hand annotation scored into each release README; "" or a missing folder: none

    def _path(self, value: str) -> Path:
        p = Path(value)
        return p if p.is_absolute() else PROJECT_ROOT / p

    @property
    def documents_path(self) -> Path:
        return self._path(self.documents_dir)

    @property
    def seeds_path(self) -> Path:
        return self._path(self.seeds_dir)

    @property
    def releases_path(self) -> Path:
        return self._path(self.releases_dir)

    @property
    def gold_path(self) -> Path | None:
        """The gold folder when configured and present."""
        if not self.gold_dir:
            return None
        p = self._path(self.gold_dir)
        return p if p.is_dir() else None

    def knowledge(self) -> Knowledge:
        """The domain knowledge, loaded once per content version."""
        return _cached_knowledge(str(self.seeds_path), knowledge_hash(self.seeds_path))


def default_config() -> PipelineConfig:
    """From the environment when set (TWJP_DOCUMENTS_DIR, TWJP_SEEDS_DIR, TWJP_RELEASES_DIR, TWJP_GOLD_DIR)."""
    return PipelineConfig(
        documents_dir=dg.EnvVar("TWJP_DOCUMENTS_DIR").get_value("seeds/documents"),
        seeds_dir=dg.EnvVar("TWJP_SEEDS_DIR").get_value("seeds"),
        releases_dir=dg.EnvVar("TWJP_RELEASES_DIR").get_value("releases"),
        gold_dir=dg.EnvVar("TWJP_GOLD_DIR").get_value("tests/gold"),
    )
