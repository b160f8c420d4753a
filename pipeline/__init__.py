"""Taiwan–Japan security dataset pipeline: raw documents -> claims -> actors, events, stances -> releases."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# the extractor's patterns compiled once, not in every process (pipeline/regex_cache.py)
from pipeline import regex_cache  # noqa: E402

regex_cache.install()
