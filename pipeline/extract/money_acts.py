"""A commitment of money to another party is aid: 'pledged up to ¥732 billion in subsidies for a second plant',
'approved up to ¥476 billion in support', 'approved a $2 billion package for the island'. The verb alone reads as an
agreement (pledge) or as no act (approve, which needs an agreement as its object); its object, an amount of money
right after it, makes the act AID (GUIDELINES: aid is money, goods or services given).

The verbs and the type are data (syntax.yaml money_commitments); the amount is a currency sign or a currency word
with a number, optionally 'up to'/'about'/'an additional' before it and 'in <noun>' or 'package' after it. Pure
functions over text."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.extract.lexicon import inflect
from pipeline.extract.phrases import longest_first

# the amount: '$2 billion', 'US$500 million', '¥732 billion', '5 billion yen', '300 million dollars'
AMOUNT = (r"(?:(?:up\s+to|about|around|nearly|almost|roughly|some|more\s+than|over|an\s+additional|another|a(?:\s+further)?)\s+)?"
          r"(?:(?:US|NT|A)?[$¥€£]\s?\d[\d.,]*(?:\s+(?:million|billion|trillion))?"
          r"|\d[\d.,]*\s+(?:million|billion|trillion)\s+(?:yen|dollars|euros|pesos))")


def compile_money(table: Mapping | None, irregular: Mapping | None = None) -> tuple[re.Pattern | None, str, str | None]:
    """The pattern of syntax.yaml money_commitments (verb forms, then the amount) with its type and mode;
    (None, '', None) without data."""
    table = table or {}
    verbs = {f for lemma in table.get("verbs") or () for f in inflect(str(lemma), irregular or {})}
    if not verbs or not table.get("type"):
        return None, "", None
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=longest_first))
    return re.compile(rf"(?<![\w\-])(?:{alt})\s+{AMOUNT}(?![\w\d])", re.IGNORECASE), str(table["type"]), table.get("mode")


def money_commitments(text: str, start: int, end: int, *, pattern: re.Pattern | None) -> list[tuple[int, int]]:
    """(verb start, amount end) of each commitment of an amount of money in text[start:end]."""
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
