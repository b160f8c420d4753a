"""Definite descriptions: 'the prime minister', 'the ministry', 'the spokesperson' refer back to the
latest actor the document introduced with that title or named with that head word.

- a person title (titles.yaml person_titles) after 'the' refers to the latest person mentioned with a
  title ending in it: 'Foreign Minister Wang Yi ... the minister'. A vice or deputy title is not the
  plain one ('Vice President Lai' is not 'the president').
- an organisation head (titles.yaml organization_heads) after 'the' refers to the latest organisation
  whose name holds that word: 'Japan's Foreign Ministry ... the ministry'.

A description followed by a name ('the Prime Minister Fumio Kishida') or by 'of'/'for' ('the minister of
defence') is a title, not a reference. Without an earlier match it names no one."""
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.extract.actors import DiscoveredActor, Mention
from pipeline.extract.government_descriptions import compile_governments, government_descriptions
from pipeline.extract.group_descriptions import compile_groups, group_descriptions
from pipeline.extract.phrases import _tokens, _trie_pattern, longest_first
from pipeline.extract.spans import SpanSet

NOT_A_REFERENCE_AFTER = re.compile(r"\s+(?:of|for|general|elect)\b|\s+[A-Z]|[\-‐]")
SENTENCE_BREAK = re.compile(r"[.!?][”’\"]?\s")


@dataclass(frozen=True)
class Antecedent:
    start: int
    actor_id: str
    title: str | None      # casefolded title the person was introduced with
    name: str              # casefolded name (organisations)


def _phrase_alternatives(phrases) -> list[str]:
    return [re.escape(p).replace(r"\ ", r"\s+") for p in sorted({p.casefold() for p in phrases}, key=longest_first)]


def _factored(alternatives: list[str]) -> str:
    """The alternatives factored by common prefix (the same language), or plainly joined when one does not split
    into simple tokens."""
    tokens = [_tokens(a) for a in alternatives]
    return _trie_pattern(tokens) if tokens and all(t is not None for t in tokens) else "|".join(alternatives)


class DescriptionResolver:
    """Built once per knowledge version from the titles lexicon."""

    def __init__(self, person_titles: list[str], organization_heads: list[str], *, groups: dict | None = None,
                 governments: dict | None = None, subordinate: Iterable[str] = ()):
        # words that make a title a subordinate's ('vice', 'deputy': 'the minister' is not the vice minister):
        # vocabulary.yaml subordinate_titles
        self.subordinate = tuple(f"{str(w).casefold()} " for w in subordinate)
        self.groups = compile_groups(groups)     # kind descriptions: 'the two allies', 'the delegation'
        self.governments = compile_governments(governments)   # 'the Kishida government', 'the government'
        self.titles = sorted({t.casefold() for t in person_titles if t.strip()}, key=longest_first)
        # a bare 'the government' is a state's (GUIDELINES: a state and its government are one actor), resolved by
        # government_descriptions or not at all, never the latest body whose name ends in 'Government' (a prefecture's
        # or a city's): 'Chief Cabinet Secretary X said the government would act' after 'Okinawa Prefectural Government'
        state_nouns = {w.casefold() for w in ((governments or {}).get("bare") or ())}
        self.heads = sorted({h.casefold() for h in organization_heads if h.strip()} - state_nouns, key=longest_first)
        self._word_patterns: dict[str, re.Pattern] = {}   # _word_pattern's, one per head word
        words = _phrase_alternatives([*self.titles, *self.heads])
        self.description_re = re.compile(r"(?<![\w\-])the\s+(" + "|".join(words) + r")(?![\w\-])", re.IGNORECASE) \
            if words else None
        # the title right before a person's name ('Foreign Minister Wang Yi'). The alternatives are factored by common
        # prefix (phrases._trie_pattern: the same language; the plain alternation of ~500 titles was tried at each of
        # the 60 offsets): the same matches, since at a given start a match's group can only end where the window's
        # trailing blanks begin (no title ends in a blank), so whichever alternative matches, the span is the same
        self.title_before = re.compile(r"(?<![\w\-])(" + _factored(_phrase_alternatives(self.titles))
                                       + r")[ \t]+$", re.IGNORECASE) if self.titles else None

    def _title_of(self, text: str, m: Mention, role: str | None) -> str | None:
        if role:
            return " ".join(role.casefold().split())
        found = self.title_before.search(text, max(0, m.start - 60), m.start) if self.title_before else None
        return " ".join(found.group(1).casefold().split()) if found else None

    def resolve(self, text: str, start: int, end: int, mentions: list[Mention], *,
                kind_of: Callable[[str], str | None], name_of: Callable[[str], str],
                discovered: dict[str, DiscoveredActor], outside: Callable[[int, int], bool],
                type_of: Callable[[str], str | None] | None = None,
                state_of: Callable[[str], str | None] | None = None) -> list[Mention]:
        """mentions plus one 'description' mention per resolved definite description. kind_of(actor_id)
        is 'person', 'organisation' or None (states and others are not described this way); with type_of (the
        actor's type) the kind descriptions of group_descriptions are resolved too, and with state_of (the state
        of an actor's country) the governments of government_descriptions."""
        if type_of is not None and state_of is not None:
            # first: 'the Kishida government' is the state, so 'Kishida' is no antecedent of 'the prime minister'
            mentions = government_descriptions(text, start, end, mentions, compiled=self.governments, type_of=type_of,
                                               state_of=state_of, outside=outside)
        mentions = self._titled(text, start, end, mentions, kind_of=kind_of, name_of=name_of, discovered=discovered, outside=outside)
        if type_of is None:
            return mentions
        return group_descriptions(text, start, end, mentions, compiled=self.groups, type_of=type_of, outside=outside)

    def _titled(self, text: str, start: int, end: int, mentions: list[Mention], *, kind_of, name_of, discovered,
                outside) -> list[Mention]:
        """The title and organisation-head descriptions ('the minister', 'the ministry')."""
        roles = {d.actor_id: d.role for d in discovered.values() if d.actor_type == "person"}
        antecedents: list[Antecedent] = []
        for m in mentions:
            kind = kind_of(m.actor_id)
            if kind == "person":
                antecedents.append(Antecedent(m.start, m.actor_id, self._title_of(text, m, roles.get(m.actor_id)), ""))
            elif kind == "organisation":
                antecedents.append(Antecedent(m.start, m.actor_id, None, f"{name_of(m.actor_id)} {m.text}".casefold()))
        if not antecedents or self.description_re is None:
            return mentions
        taken = SpanSet((m.start, m.end) for m in mentions)   # (an overlap test in O(log n) per description)
        out = list(mentions)
        for d in self.description_re.finditer(text, start, end):
            head_start = d.start(1)
            words = " ".join(d.group(1).casefold().split())
            if NOT_A_REFERENCE_AFTER.match(text, d.end()) or not outside(head_start, d.end()) \
                    or taken.overlaps(head_start, d.end()):
                continue
            match = next((a for a in reversed(antecedents) if a.start < d.start() and self._fits(words, a)), None)
            if match is not None and match.title is None and self._ministers_own(text, words, antecedents, d.start()):
                continue
            if match is not None:
                out.append(Mention(head_start, d.end(), text[head_start:d.end()], match.actor_id, "description", 0.7))
        return sorted(out, key=lambda m: (m.start, m.end))

    @staticmethod
    def _ministers_own(text: str, words: str, antecedents: list[Antecedent], pos: int) -> bool:
        """'Defense Minister Koo said the ministry had deployed ...': a minister named earlier in the sentence
        speaks of his own ministry, not of the last ministry the article named (another country's)."""
        if words != "ministry":
            return False
        person = next((a for a in reversed(antecedents) if a.start < pos and not a.name), None)   # persons have no name key
        if person is None or SENTENCE_BREAK.search(text[person.start:pos]):
            return False
        return any(a.actor_id == person.actor_id and a.title and a.title.endswith("minister") for a in antecedents)

    def _word_pattern(self, words: str) -> re.Pattern:
        """words as a whole word; compiled once per head word and process (heads are a fixed list)."""
        pattern = self._word_patterns.get(words)
        if pattern is None:
            pattern = self._word_patterns[words] = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
        return pattern

    def _fits(self, words: str, a: Antecedent) -> bool:
        if a.title is not None:
            if words not in self.titles:
                return False
            if a.title == words:
                return True
            return a.title.endswith(" " + words) and not a.title.startswith(self.subordinate)
        if a.name and words in self.heads:
            return words in a.name and self._word_pattern(words).search(a.name) is not None
        return False


# what may open the clause before a described subject: nothing, punctuation, a conjunction or a fronted phrase
# ending in a comma ('On Monday, the ministry summoned ...'); never a verb or a preposition ('met the envoy appointed')
DESCRIBED_SUBJECT_OPENER = re.compile(r"(?:^|[,;:“”\"(]|\b(?i:and|but|while|when|that|after|before|as|then|since|because|whereas))\s*"
                                      r"(?i:the)?\s*$")


def described_subject_before(text: str, clause_start: int, pos: int, mentions: list[Mention]) -> bool:
    """Whether a resolved definite description is the subject right before the verb at pos: 'The ministry summoned
    the ambassador', 'the council urged ...'. The article before a lowercase noun otherwise reads as a participle
    modifying a noun ('the proposed dialogue'); a description the resolver tied to an actor is a noun phrase, so
    the verb after it is finite."""
    last = next((m for m in reversed(mentions) if m.end <= pos), None)
    if last is None or last.method != "description" or text[last.end:pos].strip() or last.start < clause_start:
        return False
    return DESCRIBED_SUBJECT_OPENER.search(text[max(clause_start, last.start - 80):last.start]) is not None
