"""Lexicons from seeds/ compiled into patterns: verb inflection, event triggers, modality and
attribution cues. Built once per knowledge version."""
import re
from dataclasses import dataclass

from pipeline.extract.gapped import AMOUNT_IN, QUANTITY_OF, SHIFTED_PP, GappedTriggers
from pipeline.extract.phrases import PhraseMatcher, _tokens, _trie_pattern, longest_first
from pipeline.knowledge import Knowledge

SPACES = re.compile(r"\s+")

VOWELS = "aeiou"
# the proper name of a recurring event before its noun counts as one modifier: 'held the first "Japan-U.S.-Taiwan
# Strategic Dialogue"', 'held the first round of the Japan-Taiwan Maritime Cooperation Dialogue' (capitalised words,
# dotted abbreviations inside: 'U.S.'; no lower-case word, so no verb or clause can hide in it; no possessive: 'Pelosi's
# visit' is someone's act, not a name)
EVENT_NAME = r"\s+[“\"‘]?(?-i:[A-Z][\w\-]*(?:\.[\w\-]*)*)(?:\s+(?-i:[A-Z][\w\-]*(?:\.[\w\-]*)*))*(?![\w’'])"
# a temporal preposition opens an adjunct, never the light verb's object ('drills announced after X's visit')
TEMPORAL_PREPOSITIONS = r"(?:after|before|during|following|until|amid)"
COMPLEMENT_PREPOSITIONS = r"(?:on|about|with|to|for|over|against|in|at|from|by|into|regarding|concerning|between|among|toward|towards)"


def inflect(lemma: str, irregular: dict) -> set[str]:
    """Surface forms of a verb or phrasal verb ('turn down' -> turns down, turned down, ...)."""
    head, _, rest = lemma.partition(" ")
    rest = f" {rest}" if rest else ""
    forms = {head}
    if head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        past, more = head + "d", {head + "s", head[:-1] + "ing"}
    elif head.endswith("y") and len(head) > 2 and head[-2] not in VOWELS:
        past, more = head[:-1] + "ied", {head[:-1] + "ies", head + "ing"}
    elif head.endswith(("s", "x", "z", "ch", "sh")):
        past, more = head + "ed", {head + "es", head + "ing"}
    elif (3 <= len(head) <= 4 and head[-1] not in VOWELS + "wxy" and head[-2] in VOWELS
          and head[-3] not in VOWELS):
        past, more = head + head[-1] + "ed", {head + "s", head + head[-1] + "ing"}  # stop -> stopped
    else:
        past, more = head + "ed", {head + "s", head + "ing"}
    forms |= more
    irr = irregular.get(head)
    if isinstance(irr, dict):
        forms |= {str(v) for v in irr.values() if v}
    elif isinstance(irr, (list, tuple)):
        forms |= {str(v) for v in irr if v}
    else:
        forms.add(past)
    return {f + rest for f in forms}


def _alternatives(phrases) -> list[str]:
    return [re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=longest_first)]


def inflection_kinds(lemma: str, irregular: dict) -> dict[str, set[str]]:
    """Surface form -> its inflection kinds (base, past, pp, pres3, ing) of a verb or phrasal verb,
    so that the event rules can tell a finite past verb from an infinitive or a gerund."""
    head, _, rest = lemma.partition(" ")
    rest = f" {rest}" if rest else ""
    kinds: dict[str, set[str]] = {}

    def add(form, kind):
        for f in str(form).split("/"):
            if f:
                kinds.setdefault(f + rest, set()).add(kind)
    add(head, "base")
    irr = irregular.get(head)
    if isinstance(irr, (list, tuple)) and len(irr) >= 4:
        for form, kind in zip(irr[:4], ("past", "pp", "pres3", "ing")):
            add(form, kind)
        for form in irr[4:]:
            add(form, "ing" if str(form).endswith("ing") else "past")
        return kinds
    for form in inflect(lemma, irregular):
        h = form.partition(" ")[0]
        if h == head:
            continue
        kind = "ing" if h.endswith("ing") else "past" if h.endswith("d") else "pres3" if h.endswith("s") else "past"
        kinds.setdefault(form, set()).add(kind)
    return kinds


def form_kind(kinds: set[str]) -> str:
    """The reading the event rules use when a form is ambiguous ('set' is base, past and pp)."""
    for k in ("past", "pp", "pres3", "ing", "base"):
        if k in kinds:
            return k
    return "base"


def inverted_title_gap(roles) -> str:
    """The text between an inverted reporting verb and its speaker's name when a title stands there: capitalised words
    ('Foreign Minister', 'Ma.'), connectives of a title ('of', 'for', 'the') and lowercase role words with up to two
    modifiers ('foreign ministry spokesman', 'senior defence analyst'); no punctuation, at most eight words."""
    role = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(set(roles), key=longest_first))
    word = r"(?:(?-i:[A-Z][\w.’'\-]*)|the|of|for|and|(?:(?-i:[a-z][\w\-]*)\s+){0,2}(?:" + role + r"))"
    return r"\s+(?:" + word + r"\s+){1,8}"


def _alternation(phrases) -> str:
    return "|".join(_alternatives(phrases))


def _factored_alternation(phrases) -> str:
    """_alternation(phrases) factored by common prefix: the same language, so a pattern whose callers read only
    whether and where a match starts (`search(...).start()`) finds the same starts; Python's engine otherwise tries
    every phrase in turn at each offset."""
    tokens = [_tokens(a) for a in _alternatives(phrases)]
    return _trie_pattern(tokens) if tokens and all(t is not None for t in tokens) else _alternation(phrases)


@dataclass(frozen=True)
class Trigger:
    plover: str
    lemma: str
    mode: str | None
    form: str = "base"                    # base | past | pp | pres3 | ing | noun
    not_before: tuple[str, ...] = ()      # seeds' `ambiguous` conditions of the lemma
    requires_any: tuple[str, ...] = ()
    requires_object: bool = False         # a named actor must follow the verb ('called Biden', not 'called the visit')
    fallback: str | None = None           # the type when requires_any fails ('warned Japan to stop' is ACCUSE, not THREATEN)


class Lexicon:
    """Compiled event, modality and attribution cues."""

    def __init__(self, knowledge: Knowledge):
        irregular = knowledge.irregular_verbs
        self.triggers: dict[str, Trigger] = {}
        self.nouns: set[str] = set()
        for et in knowledge.event_types:
            amb = et.ambiguous or {}
            for lemma in et.verbs:
                cond = amb.get(lemma) or {}
                for form, kinds in inflection_kinds(lemma.strip(), irregular).items():
                    self.triggers.setdefault(re.sub(r"\s+", " ", form.casefold()),
                                             Trigger(et.plover, lemma, (et.modes or {}).get(lemma), form_kind(kinds),
                                                     tuple(cond.get("not_before") or ()), tuple(cond.get("requires_any") or ()),
                                                     bool(cond.get("requires_object")), cond.get("fallback")))
            for noun in et.nouns:
                self.nouns.add(noun.casefold())
                cond = amb.get(noun) or {}
                self.triggers.setdefault(noun.casefold(), Trigger(et.plover, noun, (et.modes or {}).get(noun), "noun",
                                                                  tuple(cond.get("not_before") or ()), tuple(cond.get("requires_any") or ())))
        literal = PhraseMatcher(_alternatives(self.triggers), before=r"(?<![\w\-])", after=r"(?![\w\-])",
                                flags=re.IGNORECASE)
        # multi-word verb entries also match with modifiers inside ('lodged a stern protest', 'turned it down')
        self.trigger_re = GappedTriggers(literal, {k: t.lemma for k, t in self.triggers.items() if t.form != "noun" and " " in k},
                                         vetoes=tuple((getattr(knowledge, "syntax", None) or {}).get("joint_markers") or ()),
                                         types={k: t.plover for k, t in self.triggers.items()})
        syntax = getattr(knowledge, "syntax", None) or {}
        light = set()
        for lemma in syntax.get("light_verbs", []):
            light |= inflect(lemma, irregular)
        # cancellation verbs ("cancelled a planned meeting") govern an event noun like light verbs do
        cancel = (syntax.get("cancellation") or {})
        cancel_forms = set()
        for lemma in cancel.get("verbs", []):
            cancel_forms |= inflect(lemma, irregular)
        light |= cancel_forms
        self.trigger_re.light_forms = frozenset(f.casefold() for f in light)
        self.cancel_types: dict[str, str] = dict(cancel.get("types") or {})
        self.cancel_modes: dict[str, str] = dict(cancel.get("modes") or {})
        self.cancel_re = re.compile(rf"(?:{_alternation(cancel_forms)})(?![\w])", re.IGNORECASE) if cancel_forms else None
        # a light verb, then up to four words (article, adjective, amount: 'two rounds of', '1.24 million'), then the noun;
        # ('held their first "2+2" talks'; a quotation may open on the noun: 'expressed "grave concern"');
        # never across 'that' ('made clear that the ban ...': a clause, not an object) nor a preposition that opens another noun's complement ('signed a memorandum on cooperation',
        # 'held talks with the opposition': the noun there is no object of the light verb)
        # a PP moved before the object may stand right after the verb ('conveyed to the Chinese side, through diplomatic
        # channels, Japan's concern'), and an amount before 'of' counts as one word ('held a fresh round of talks')
        # (only where a match starts is read, predicates.predicate_shape: the light verbs factored, _factored_alternation)
        self.light_verb_re = re.compile(rf"(?<![\w])(?:{_factored_alternation(light)})(?:{SHIFTED_PP}){{0,2}}(?:{QUANTITY_OF}(?:\s+the(?=\s+[A-Z]))?|{AMOUNT_IN}|{EVENT_NAME}|\s+(?!{COMPLEMENT_PREPOSITIONS}\b|{TEMPORAL_PREPOSITIONS}\b|that\b)[\w’'\-$“”\"‘+/]+(?:[.,]\d+)*){{0,4}}?\s+[“\"‘']?$",
                                        re.IGNORECASE) if light else None
        assets = syntax.get("asset_nouns") or []
        self.asset_words = {a.casefold() for a in assets if " " not in a}
        # an actor's name as the modifier of what it acts through: 'four China Coast Guard vessels', 'a JMSDF destroyer'
        # (one or more: 'China's aircraft carrier', where 'aircraft' is an asset noun of its own)
        # and a second asset of the same owner in coordination ('four China Coast Guard vessels and a supply ship',
        # lower-case modifiers only: 'and Japanese ships' are another owner's)
        self.asset_re = re.compile(rf"(?:\s+(?:[\w\-]+\s+){{0,2}}?(?:{_alternation(assets)})(?![\w]))+"
                                   rf"(?:\s+and\s+(?:an?\s+|the\s+|(?:one|two|three|four|five|six|several|\d+)\s+)?"
                                   rf"(?-i:[a-z][\w\-]*\s+){{0,2}}?(?:{_alternation(assets)})(?![\w]))?", re.IGNORECASE) if assets else None
        self.habitual_re = re.compile(rf"(?<![\w])(?:{_alternation(syntax.get('habitual', []))})(?![\w])", re.IGNORECASE) \
            if syntax.get("habitual") else None
        mod = knowledge.modality
        self.modality_res = {
            kind: PhraseMatcher(_alternatives(c.casefold() for c in mod.get(kind, [])), before=r"(?<![\w])",
                                after=r"(?![\w])", flags=re.IGNORECASE)
            for kind in ("negated", "hypothetical", "prescriptive", "planned") if mod.get(kind)
        }
        mandative = set()
        for lemma in mod.get("mandative") or []:
            mandative |= inflect(lemma, irregular)
        # 'proposed that X set up ...': a subjunctive that-clause (call: 'called for ... that' is rare; 'called that' none)
        self.mandative_re = re.compile(rf"(?<![\w])(?:{_alternation(mandative)})(?:\s+for)?\s+that\b", re.IGNORECASE) \
            if mandative else None
        att = knowledge.attribution
        verbs = set()
        for lemma in att.get("reporting_verbs", []):
            verbs |= inflect(lemma, irregular)
        self.reporting_forms = {v.casefold() for v in verbs}
        self.reporting_lemmas = {str(v).casefold() for v in att.get("reporting_verbs", [])}
        self.reporting_past = {f.casefold() for lemma in att.get("reporting_verbs", [])
                               for f, kinds in inflection_kinds(lemma, irregular).items() if kinds & {"past", "pp"}}
        not_before = att.get("reporting_not_before") or []
        compound = rf"(?![\s\-]+(?:{_alternation(not_before)})\b)" if not_before else ""
        self.reporting_re = PhraseMatcher(_alternatives(verbs), before=r"(?<![\w])", after=r"(?![\w])" + compound,
                                          flags=re.IGNORECASE)
        self.according_re = re.compile(rf"(?<![\w])(?:{_alternation(att.get('according_to', ['according to']))})\s+",
                                       re.IGNORECASE)
        # the role words of a title printed between an inverted reporting verb and its speaker ('..., said spokesperson X',
        # 'said Foreign Ministry spokesman Y', 'said defence analyst Z'): attribution.yaml's official and unofficial roles
        roles = [str(r) for r in (att.get("official_roles") or []) + (att.get("unofficial_roles") or [])]
        self.speaker_title_gap_re = re.compile(inverted_title_gap(roles), re.IGNORECASE) if roles else None

    def trigger(self, surface: str) -> Trigger | None:
        found = self.triggers.get(SPACES.sub(" ", surface.casefold()))
        if found is None and " " in surface:
            key = self.trigger_re.key_of(SPACES.sub(" ", surface))     # 'lodged a stern protest' -> 'lodged a protest'
            found = self.triggers.get(key) if key else None
        return found

    def is_past(self, verb: str) -> bool:
        """A reporting verb in the past ('said', 'told reporters'; 'according to' reports a past act)."""
        v = SPACES.sub(" ", verb.casefold())
        return v in self.reporting_past or v == "according to"
