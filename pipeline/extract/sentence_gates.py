"""Preconditions of the sentence rules that run on every sentence and almost never fire (perf31): a rule is skipped,
with the same output, when a sentence lacks what every one of its matches must hold. Each precondition is derived
from the rule's own data (the syntax.yaml table its pattern is built from), so a word added there widens its gate.

A precondition is a few literal alternations searched case-insensitively in the sentence, as the rule's patterns
are (re.IGNORECASE, same case rules: a plain str.casefold() test would miss the spellings `re` folds and casefold
does not, like a dotless 'ı'); a sentence passes when each of them is found. One C-level search per group, against
the rule's Python scan and the calls it makes per sentence.

- resolution and issued texts (resolution_acts.py): both type an act only by a content participle after the noun
  (content_type), so a sentence without one of syntax.yaml resolution_acts' participles has none;
- drawn reactions (drawn_reactions.py): the pattern holds a reaction noun and the word 'from';
- money commitments (money_acts.py): the pattern holds a verb form of the table and an amount, which has a digit;
- named occasions (occasion_frames.named_occasions): an occasion word is dated only by a dated act of the sentence
  or a known time of it; without either the sentence names no dated occasion."""
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from pipeline.extract.lexicon import inflect
from pipeline.extract.literal_gates import may_match, pattern_tests
from pipeline.extract.phrases import longest_first

DIGIT = re.compile(r"\d")


def literals(words: Iterable[str]) -> re.Pattern | None:
    """A case-insensitive search for any of words as plain text (no word boundaries: a superset of the rule's
    matches); None without words."""
    words = sorted({str(w) for w in words if str(w)}, key=longest_first)
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE) if words else None


@dataclass(frozen=True)
class Precondition:
    """What every match of a rule holds: one match of each of `needs` in the sentence. A missing group (no data:
    the rule has no pattern either) never holds."""
    needs: tuple[re.Pattern | None, ...]

    def holds(self, text: str, start: int = 0, end: int | None = None) -> bool:
        end = len(text) if end is None else end
        # each group's literals tested first on the sentence's shared 4-grams (literal_gates; a necessary condition of
        # the search, so the result is the search's): the search runs only where they are present
        return all(p is not None and may_match(pattern_tests(p), text, start, end) and p.search(text, start, end) is not None
                   for p in self.needs)


def resolution_precondition(syntax: dict) -> Precondition:
    """resolution_acts / issued_acts: a content participle of syntax.yaml resolution_acts."""
    return Precondition((literals(syntax.get("resolution_acts") or {}),))


def drawn_precondition(syntax: dict) -> Precondition:
    """drawn_reactions: a reaction noun of syntax.yaml drawn_reactions, and 'from'."""
    table = syntax.get("drawn_reactions") or {}
    return Precondition((literals(str(k).casefold() for k in table.get("nouns") or {}), literals(["from"])))   # (compile_drawn's nouns)


def money_precondition(syntax: dict, irregular: dict | None) -> Precondition:
    """money_commitments: a verb form of syntax.yaml money_commitments (inflected as compile_money inflects them),
    and a digit (every AMOUNT holds one)."""
    table = syntax.get("money_commitments") or {}
    forms = {f for lemma in table.get("verbs") or () for f in inflect(str(lemma), irregular or {})}
    return Precondition((literals(forms), DIGIT))


def may_name_occasions(times, acts) -> bool:
    """Whether named_occasions can find anything: a dated act of the sentence, or a known time of it (its `known`)."""
    return bool(acts) or any(t.precision != "unknown" and t.date_start is not None for t in times)


class SentenceGates:
    """Mixin of ClaimExtractor: the preconditions, built once from its knowledge."""

    @cached_property
    def _resolution_gate(self) -> Precondition:
        return resolution_precondition(self.knowledge.syntax or {})

    @cached_property
    def _drawn_gate(self) -> Precondition:
        return drawn_precondition(self.knowledge.syntax or {})

    @cached_property
    def _money_gate(self) -> Precondition:
        return money_precondition(self.knowledge.syntax or {}, self.knowledge.irregular_verbs or {})
