"""The occasion words of the date rules, one list in seeds/lexicons/syntax.yaml (`occasions`, dates20) read by both
readers: the sentence-opening frames of occasion_frames.py ('In his inaugural address,') and the definite
back-reference of timing.occasion_day ('at the meeting', 'told the same news conference'). The patterns are built
once at import from the repository's seeds, as the hard-coded lists they replace were."""
import re
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.extract.phrases import longest_first

SYNTAX = Path(__file__).resolve().parents[2] / "seeds" / "lexicons" / "syntax.yaml"


def alternation(words) -> str:
    """A regex alternation of words, longest first (a phrase before its prefixes: 'phone call' before 'call')."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))


@lru_cache(maxsize=1)
def occasions(path: Path = SYNTAX) -> dict[str, dict]:
    """family -> {nouns, forms} from the seeds' `occasions` block."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {k: {"nouns": list(v.get("nouns") or ()), "forms": list(v.get("forms") or ())}
            for k, v in (data.get("occasions") or {}).items()}


def frame_families() -> dict[str, str]:
    """family -> the alternation of every word naming it (nouns and other forms), for the frames."""
    return {k: alternation(v["nouns"] + v["forms"]) for k, v in occasions().items()}


def anaphor_nouns() -> str:
    """The alternation of the nouns a plain definite back-reference names ('at the meeting')."""
    return alternation(n for v in occasions().values() for n in v["nouns"])
