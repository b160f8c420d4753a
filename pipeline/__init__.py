"""Taiwan–Japan security dataset pipeline: raw documents -> claims -> actors, events, stances -> releases."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
