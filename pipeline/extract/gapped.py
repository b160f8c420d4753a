"""Multi-word verb entries with words slipped in: 'lodged a stern protest', 'sent some 150 aircraft into',
'held two rounds of talks', 'withdrew their invitation', 'turned the application down'.

The lexicon's phrases ('lodge a protest', 'send aircraft', 'turn down') are matched literally by the trigger
matcher; wire prose puts determiners, numbers, adjectives, possessives and adverbs between the verb and the
rest of the phrase, moves a short comma-closed PP before the object ('conveyed to the Chinese side, through
diplomatic channels, Japan's concern') and separates a particle from its verb ('turned the request down').

GappedTriggers finds those spans: a matcher over the verb forms that head a multi-word entry finds the heads;
at each head one regex (compiled per head form on first use) reads a bounded gap and then one of that head's
rests. The gap is a few single words that are no preposition, conjunction or clause opener, so it never
crosses a clause or a complement ('held a meeting on the talks', 'sent a message to the aircraft'). The cost
is one anchored match per occurrence of a head verb, and nothing for a sentence without one.

`finditer` merges these spans into the literal matcher's: a gapped span replaces the literal matches that
start inside it (its own verb alone, a noun of the gap), and only when it is longer than the literal match
at its start, so wherever the literal matcher already reads the whole phrase nothing changes.
"""
import re
from dataclasses import dataclass

from pipeline.extract.phrases import PhraseMatcher, longest_first

DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "some", "any", "one's"}
# the word after the verb that makes the rest a prepositional complement (no object gap: 'called publicly for')
PREPOSITIONS = {"on", "about", "with", "to", "for", "over", "against", "in", "at", "from", "by", "into", "regarding",
                "concerning", "between", "among", "toward", "towards", "through", "near", "past", "around", "of",
                "upon", "off", "out", "up", "down", "away", "back", "aside", "behind", "onto", "under", "across",
                "along", "as", "that", "like", "together", "no", "eye", "on", "out"}
# particles a verb's object may separate from it ('turned the request down', 'called the drills off')
SEPARABLE = {"down", "off", "out", "away", "back", "over", "aside", "up"}
# ... except where the separated reading is another verb: 'pushed the date back' (postponed), 'hit Japan back'
NOT_SEPARABLE = {"push back", "hit back", "fire back", "back down", "back off", "back away", "give in", "cave in",
                 "talk up", "talk down", "step up", "sign up", "set up", "turn up", "look up", "take up", "make up"}
# words that never stand inside the gap: prepositions, conjunctions, clause openers, reporting words, pronouns
# that start a clause ('held that ...', 'sent word to', 'said it ...')
STOP = (r"on|about|with|to|for|over|against|in|at|from|by|into|regarding|concerning|between|among|toward|towards|"
        r"through|near|after|before|during|following|amid|since|until|than|as|of|off|out|up|down|away|back|under|"
        r"across|along|via|per|and|or|but|nor|that|which|who|whom|whose|what|when|where|while|if|because|although|"
        r"though|whether|it|he|she|they|we|i|you|said|says|say|told|is|are|was|were|be|been|being|has|have|had|"
        r"will|would|could|should|can|may|might|must|not|no|there|here|then|also|so|too|very")
# (no capitalised word: a name inside the phrase is a participant the rules read after the trigger: 'summoned Japan's
# ambassador', 'turned Taiwan down')
GAP_WORD = rf"\s+(?!(?:{STOP})\b)[“\"‘]?(?-i:(?![A-Z]))[\w\-$]+(?:[.,]\d+)*(?:[’']s?)?"
# an amount or a part before 'of': 'two rounds of talks', 'a series of drills', 'dozens of aircraft'
QUANTITY_OF = (r"\s+(?:rounds?|series|number|total|couple|pair|dozens|hundreds|thousands|scores|batch|wave|string|"
               r"host|fleet|flotilla|group|squadron|formation|package|set|slew|raft|barrage)\s+of")
# an approximate amount: 'sent about a dozen warships', 'dispatched more than 20 aircraft' ('about'/'over' are otherwise
# prepositions, which end the gap)
APPROXIMATE = (r"\s+(?:about|around|over|roughly|nearly|almost|approximately|more\s+than|at\s+least|up\s+to)(?=\s+(?:\d|a\s+dozen|"
               r"dozens|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
               r"sixty|seventy|eighty|ninety|hundred))")
# an amount's 'in'/'of' before what it counts: '$1 million in emergency aid', 'one million dollars in assistance'
AMOUNT_IN = r"(?:(?<=million)|(?<=billion)|(?<=trillion)|(?<=dollars)|(?<=yen)|(?<=euros)|(?<=\d))\s+(?:in|of|worth\s+of)"
# a short PP moved before a long object, closed by its comma: 'conveyed to the Chinese side, through diplomatic
# channels, Japan's concern'; or a named addressee: 'expressed to Tokyo its regret'
SHIFTED_PP = r"\s*,?\s+(?:to|through|via)\s+(?:[^,;.:“”\"()\n]{1,40},|(?:the\s+)?[A-Z][\w\-]*(?=\s+(?:its|their|his|her|the|a|an)\b))"
ADVERB = r"\s+(?:\w{3,}ly|also|again|once\s+again|jointly|together|then)"
OBJECT = r"(?:\s+(?:it|them|this|that|these|those)|(?:\s+(?!(?:" + STOP + r")\b)(?-i:(?![A-Z]))[\w’'\-]+){1,3}?)"
MAX_GAP_WORDS = 4
# heads that are also the perfect auxiliary: 'had talks' is an act, but 'had proposed talks' / 'has sought a meeting'
# is the perfect of another verb, so these entries match only literally (no words slipped in)
AUXILIARY_HEADS = {"have", "has", "had", "having"}


@dataclass(frozen=True)
class GappedMatch:
    """A match-like span: the trigger rules read group(0), start() and end()."""
    text: str
    a: int
    b: int
    key: str
    rest: int = -1      # where the entry's rest starts ('agreement' in 'concluded a sister-city agreement')

    def group(self, i: int = 0) -> str:
        return self.text[self.a:self.b]

    def start(self, i: int = 0) -> int:
        return self.a

    def end(self, i: int = 0) -> int:
        return self.b


def _rest_pattern(words: list[str]) -> str:
    return r"\s+".join(re.escape(w) for w in words)


def split_entry(key: str) -> tuple[str, str, list[str]] | None:
    """(head, kind, rest words) of a multi-word verb form: kind 'object' (the rest is an object noun phrase: a gap
    of modifiers may precede it), 'particle' (a separable particle) or 'complement' (a preposition: only adverbs)."""
    words = key.split()
    if len(words) < 2:
        return None
    head, rest = words[0], words[1:]
    if rest[0] in DETERMINERS and len(rest) > 1:
        rest = rest[1:]
    if len(rest) == 1 and rest[0] in SEPARABLE:
        return head, "particle", rest
    if rest[0] in PREPOSITIONS or rest[0] in DETERMINERS or not re.fullmatch(r"[\w\-]+", rest[0]):
        return head, "complement", rest
    return head, "object", rest


class GappedTriggers:
    """The trigger matcher plus gapped readings of its multi-word verb entries (see the module docstring)."""

    def __init__(self, literal: PhraseMatcher, verb_keys: dict[str, str], *, vetoes: tuple[str, ...] = (),
                 types: dict[str, str] | None = None, light_forms: frozenset[str] = frozenset()):
        """literal: the trigger matcher; verb_keys: multi-word verb surface form (casefolded) -> its lemma; vetoes: words
        that make a gap another reading ('held joint drills with X' is a cooperation: syntax.yaml joint_markers)."""
        self.literal = literal
        self.types = types or {}      # trigger key -> its type: a gap's own event noun of another type wins
        self.light_forms = light_forms   # light-verb forms (syntax.yaml): their event nouns have rules of their own
        self.veto = re.compile(rf"\b(?:{'|'.join(map(re.escape, vetoes))})\b", re.IGNORECASE) if vetoes else None
        self._rests: dict[str, dict[str, list[tuple[str, str]]]] = {}     # head -> kind -> [(rest, key)]
        for key, lemma in verb_keys.items():
            split = split_entry(key)
            if split is None:
                continue
            head, kind, rest = split
            base = " ".join(lemma.casefold().split())
            if kind == "particle" and (base in NOT_SEPARABLE or base.split()[0] == "back"):
                kind = "complement"
            self._rests.setdefault(head, {}).setdefault(kind, []).append((" ".join(rest), key))
        self.heads = PhraseMatcher([re.escape(h) for h in sorted(self._rests, key=longest_first)],
                                   before=r"(?<![\w\-])", after=r"(?![\w\-])", flags=re.IGNORECASE) if self._rests else None
        self._compiled: dict[str, tuple[re.Pattern, dict[str, str]]] = {}
        # a head's pattern matches only where every word of one of its rests follows it in the window: a literal test
        # (ASCII text and words, where lower() is re's IGNORECASE) before compiling or running the pattern
        self._rest_words = {head: rests if all(w.isascii() for r in rests for w in r) else None
                            for head, kinds in self._rests.items()
                            for rests in [sorted({tuple(r.lower().split()) for items in kinds.values() for r, _ in items})]}

    def _head_pattern(self, head: str) -> tuple[re.Pattern, dict[str, str]]:
        got = self._compiled.get(head)
        if got is None:
            kinds = self._rests[head]
            lookup: dict[str, str] = {}
            branches = []
            for kind, items in kinds.items():
                for rest, key in items:
                    lookup.setdefault(f"{kind}:{rest}", key)
                rests = "|".join(_rest_pattern(r.split()) for r in sorted({r for r, _ in items}, key=longest_first))
                name = {"object": "o", "particle": "p", "complement": "c"}[kind]
                if kind == "object":
                    gap = rf"(?:{SHIFTED_PP}){{0,2}}(?:{GAP_WORD}|{QUANTITY_OF}|{APPROXIMATE}|{AMOUNT_IN}){{0,{MAX_GAP_WORDS}}}?\s+[“\"‘]?"
                elif kind == "particle":
                    gap = rf"{OBJECT}\s+"
                else:
                    gap = rf"(?:{ADVERB}){{1,2}}\s+"
                branches.append(rf"{gap}(?P<{name}>{rests})")
            got = self._compiled[head] = (re.compile(rf"(?:{'|'.join(branches)})(?![\w\-])", re.IGNORECASE), lookup)
        return got

    def key_of(self, surface: str) -> str | None:
        """The lexicon key of a gapped surface ('lodged a stern protest' -> 'lodged a protest')."""
        head, _, _ = surface.partition(" ")
        head = head.casefold()
        if head not in self._rests:
            return None
        rests = self._rest_words[head] if surface.isascii() else None
        if rests is not None and not any(all(w in surface.lower() for w in r) for r in rests):
            return None       # (the pattern's fullmatch needs one rest's words: the gapped() test, on the surface)
        pattern, lookup = self._head_pattern(head)
        m = pattern.fullmatch(surface, len(head))
        if m is None:
            return None
        kind, g = next((k, g) for k, g in (("object", "o"), ("particle", "p"), ("complement", "c")) if m.groupdict().get(g))
        rest = " ".join(m.group(g).casefold().split())
        return lookup.get(f"{kind}:{rest}")

    def gapped(self, text: str, pos: int, end: int) -> list[GappedMatch]:
        out = []
        if self.heads is None:
            return out
        low = text.lower() if text.isascii() else None
        for h in self.heads.finditer(text, pos, end):
            head = h.group(0).casefold()
            if head in AUXILIARY_HEADS:
                continue
            rests = self._rest_words[head] if low is not None else None
            if rests is not None and not any(all(low.find(w, h.end(), end) >= 0 for w in r) for r in rests):
                continue
            pattern, lookup = self._head_pattern(head)
            m = pattern.match(text, h.end(), end)
            if m is None:
                continue
            kind, g = next((k, g) for k, g in (("object", "o"), ("particle", "p"), ("complement", "c")) if m.groupdict().get(g))
            gap = text[h.end():m.start(g)]
            if not gap.strip() or (self.veto is not None and self.veto.search(gap)):
                continue      # no gap: the literal matcher reads it; a vetoed gap: another rule reads it
            key = lookup.get(f"{kind}:{' '.join(m.group(g).casefold().split())}")
            if key is not None:
                out.append(GappedMatch(text, h.start(), m.end(), key, m.start(g)))
        return out

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        literal = list(self.literal.finditer(text, pos, end))
        gapped = self.gapped(text, pos, end)
        if not gapped:
            yield from literal
            return
        at = {m.start(): m.end() for m in literal}
        # longer than the literal match at its start, and not inside a literal match that starts before it
        gapped = [g for g in gapped if g.b > at.get(g.a, g.a) and not any(m.start() < g.a < m.end() for m in literal)
                  and not any(g.a < m.start() < g.rest and m.end() == g.b and self._type(m.group(0)) not in (None, self.types.get(g.key))
                              for m in literal)      # 'concluded a sister-city agreement': the longer noun's own type
                  # 'held two rounds of talks', 'expressed its sincere gratitude': the rest is an event noun of the same type,
                  # which the light-verb rules read already (with their own tense and voice rules)
                  and not (g.rest in at and at[g.rest] == g.b and self._type(g.text[g.rest:g.b]) == self.types.get(g.key)
                           and g.key.split()[0] in self.light_forms)]
        spans, last = [], -1
        for g in gapped:                       # (heads come in order; a later head inside an earlier span is dropped)
            if g.a >= last:
                spans.append(g)
                last = g.b
        merged = [m for m in literal if not any(g.a <= m.start() < g.b for g in spans)] + spans
        yield from sorted(merged, key=lambda m: m.start())

    def _type(self, surface: str) -> str | None:
        return self.types.get(" ".join(surface.casefold().split()))

    def __getattr__(self, name):
        # the literal matcher's other methods; never for dunders or 'literal' itself (unpickling looks those up
        # before __dict__ is filled)
        if name.startswith("__") or name == "literal":
            raise AttributeError(name)
        return getattr(self.literal, name)
