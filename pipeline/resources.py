"""Configuration as Dagster resources: where documents, seeds, releases and the extraction cache
live, and how many processes extract."""
import os
from functools import lru_cache
from pathlib import Path

import dagster as dg
from pydantic import Field

from pipeline import PROJECT_ROOT
from pipeline.knowledge import Knowledge, knowledge_hash, load_knowledge
from pipeline.regex_cache import file_name as regex_file_name


@lru_cache(maxsize=4)
def _cached_knowledge(seeds_dir: str, digest: str) -> Knowledge:
    return load_knowledge(Path(seeds_dir))


class PipelineConfig(dg.ConfigurableResource):
    """Folders the pipeline reads and writes; relative paths are taken from the project root."""

    documents_dir: str = "seeds/documents"
    seeds_dir: str = "seeds"
    releases_dir: str = "releases"
    curation_dir: str = ""      # the curators' override files; empty = <seeds_dir>/curation
    cache_dir: str = ""     # extraction cache; empty: <DAGSTER_HOME or .dagster>/storage/extraction_cache
    use_cache: bool = True
    regex_cache: bool = Field(default=True, description=(
        "Keep the extractor's compiled long regular expressions in <cache_dir>/regex-<interpreter>.json, "
        "used only while documents are extracted (pipeline/regex_cache.py): a process then rebuilds them "
        "instead of compiling ~700 long patterns again. The same output either way; false: compile every time."))
    workers: int = 0        # extraction processes per step; 0: one per CPU core (set 1 under a distributing executor)
    extract_chunks: int = 8  # documents split into this many chunks (stable hash of doc_id), one extraction step each
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
    def curation_path(self) -> Path:
        return self._path(self.curation_dir) if self.curation_dir else self.seeds_path / "curation"

    @property
    def cache_path(self) -> Path:
        if self.cache_dir:
            return self._path(self.cache_dir)
        home = dg.EnvVar("DAGSTER_HOME").get_value()
        return (Path(home) if home else PROJECT_ROOT / ".dagster") / "storage" / "extraction_cache"

    @property
    def regex_cache_path(self) -> Path | None:
        """The kept regex code's file (in the cache folder, named by the interpreter); None when switched off."""
        return self.cache_path / regex_file_name() if self.regex_cache else None

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)

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


# PipelineConfig's fields read from the environment, and their defaults (use_cache is not configurable there);
# `python -m pipeline run` writes a resolved config back into the same variables for the run (cli.run_environment)
CONFIG_ENV = {"documents_dir": "TWJP_DOCUMENTS_DIR", "seeds_dir": "TWJP_SEEDS_DIR", "releases_dir": "TWJP_RELEASES_DIR",
              "curation_dir": "TWJP_CURATION_DIR", "cache_dir": "TWJP_CACHE_DIR", "workers": "TWJP_WORKERS",
              "extract_chunks": "TWJP_EXTRACT_CHUNKS", "gold_dir": "TWJP_GOLD_DIR"}
CONFIG_DEFAULTS = {"documents_dir": "seeds/documents", "seeds_dir": "seeds", "releases_dir": "releases", "curation_dir": "",
                   "cache_dir": "", "workers": "0", "extract_chunks": "8", "gold_dir": "tests/gold"}


def default_config() -> PipelineConfig:
    """From the environment when set (the variables of CONFIG_ENV), else CONFIG_DEFAULTS."""
    values = {field: dg.EnvVar(name).get_value(CONFIG_DEFAULTS[field]) for field, name in CONFIG_ENV.items()}
    for field in ("workers", "extract_chunks"):      # an empty variable means the default
        values[field] = int(values[field] or CONFIG_DEFAULTS[field])
    return PipelineConfig(**values)
