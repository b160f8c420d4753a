"""A statement's demands and refusals (moved out of statement_events.py, events30): the admonition read in a
speaker's reported words (statement_admonitions.py), a 'must' demand beside an act the sentence already gives, and a
negated 'accept' (statement_refusals.py), with the hypothetical framing that cancels them. A mixin of
StatementEvents; needs the extractor's `knowledge`, `lexicon`, `_refusals`, `_country`, `_commentator` and
`_foreign_mentions`."""

from __future__ import annotations

import re
from functools import cached_property

from pipeline.extract.actors import Mention
from pipeline.extract.sentences import Sentence
from pipeline.extract.statement_admonitions import admonition, compile_admonitions
from pipeline.extract.statement_assurances import assurance, compile_assurances
from pipeline.extract.statement_refusals import compile_denials, denial, refusal
from pipeline.extract.statements import QUOTED, frame_modality


# (events28) the reporting verbs that name an addressee right after them, and what may stand before the addressee's
# name (a title: 'told Ambassador Cheng', 'told the Chinese ambassador, Wu', 'told visiting Foreign Minister X')
TOLD = frozenset({"told", "tells", "telling", "tell"})
ADDRESSEE_GAP = re.compile(r"\s+(?:(?:the|visiting|[A-Z][\w.\-]*|ambassador|envoy|minister|counterpart|foreign|deputy|chinese|japanese)[\s,]+){0,4}",
                           re.IGNORECASE)


# (events26) a condition in the sentence ('would be "a provocation" if it went ahead', 'unless', 'were to'): the
# evaluation is of a hypothetical act (GUIDELINES: only asserted events); a warning keeps its act ('warned that if ...')
CONDITION = re.compile(r"\b(?:if(?!\s+(?:necessary|needed|required|need\s+be)\b)|unless|were\s+to|in\s+case)\b", re.IGNORECASE)
WARNED = re.compile(r"\bwarn", re.IGNORECASE)


# another report between the speaker's verb and a condition: the condition is that speaker's ('X called the law "a
# blank cheque", and his party said it might protest if it were passed')
LATER_REPORT = re.compile(r"\b(?:said|says|told|added|stated|announced)\b", re.IGNORECASE)


def hypothetical(text: str, s: Sentence, verb_at: int, verb: str) -> bool:
    """Whether the speaker's reported words evaluate a hypothetical act: a condition (CONDITION) in the sentence, not
    in a warning (a warning is an act whatever it conditions) and not after a later report of someone else."""
    cond = CONDITION.search(text, s.start, s.end)
    if cond is None or WARNED.search(text, s.start, s.end):
        return False
    return cond.start() < verb_at or not LATER_REPORT.search(text, verb_at + len(verb), cond.start())


# what a verb of asking takes: an addressee (a few words) and a to-infinitive, or a that-clause
ASKED_CLAUSE = re.compile(r"\s+(?:that\b|(?:[^.;:!?“”\"]{1,80}?\s)?to\s+[“\"‘]?(?!the\b|a\b|an\b)[a-z]+)", re.IGNORECASE)


class StatementDemands:
    """The demand and refusal readings of a statement (see the module)."""

    def _admonition(self, text: str, s: Sentence, verb_at: int, verb: str, mentions: list[Mention], claimant: str,
                    demands: bool = True) -> str | None:
        """statement_admonitions over the reported words (after the verb, or the quotation before it), another party
        being a mention of an actor of another country than the speaker's (statement_admonitions.admonition)."""
        start, end = (verb_at + len(verb), s.end) if not QUOTED.search(text, s.start, verb_at) else (s.start, verb_at)
        return self._admonition_in(text, s, start, end, mentions, claimant, demands)

    def _admonition_in(self, text: str, s: Sentence, start: int, end: int, mentions: list[Mention], claimant: str,
                       demands: bool = True) -> str | None:
        """statement_admonitions over text[start:end], the speaker's words in sentence s (see _admonition)."""
        compiled = self._admonitions
        if compiled is None or not compiled[0].search(text, s.start, s.end):
            return None      # the gate: no modal of the table in the sentence
        mine = self._country(claimant) or getattr(self, "_doc_countries", {}).get(claimant)
        if mine is None:
            return None      # a speaker of no known country: whose side is admonished cannot be told
        # a party of a known other country ('Japan should', said a Chinese spokesperson); an organisation of no
        # country ('ASEAN should', said a member's minister) is not counted as another party
        others = [(m.start, m.end, m.actor_id != claimant and (c := self._country(m.actor_id)) is not None and c != mine)
                  for m in mentions if s.start <= m.start < s.end]
        return admonition(text, start, end, others=others, compiled=compiled, demands=demands)

    def spoken_demand(self, text: str, s: Sentence, mentions: list[Mention], speaker: str, act: dict | None,
                      stances: list[dict]) -> tuple[dict | None, int | None]:
        """(act, offset of its cue: the modal or the refusal's 'accept') of a transcript speaker's sentence read with the demand and refusal readings of a
        reported statement (events30): 'The US side should abide by ... and stop its military contact' (REQUEST, in
        place of the opposition its cue 'stop' voices when the cue stands in the demanded clause), 'Japan should "not be
        misled"' (ACCUSE), 'We cannot accept China's representations' (REJECT); (act, None) unchanged otherwise. A
        speaker the document makes no sitting official gives no demand (their 'should' is a view)."""
        if getattr(self, "_doc_roles", {}).get(speaker) != "official":
            return act, None
        demand = self._admonition_in(text, s, s.start, s.end, mentions, speaker)
        modal = self._admonitions[0].search(text, s.start, s.end) if demand else None
        if demand == "REQUEST" and modal is not None:
            if act is None or all(st["trigger_start"] > modal.start() for st in stances):
                return {"plover": "REQUEST", "sources": [speaker]}, modal.start()
            return ({**act, "also": ["REQUEST"]} if act["plover"] == "ACCUSE" else act), None
        if act is not None:
            return act, None
        if demand is not None and modal is not None:
            return {"plover": demand, "sources": [speaker]}, modal.start()
        found = refusal(text, s.start, s.end, rejected=self._refusals[1], non_objects=self._refusal_non_objects)
        return ({"plover": found[0], "sources": [speaker]}, text.rfind("accept", s.start, found[1])) if found else (None, None)

    def _demand_beside_act(self, text: str, s: Sentence, mentions: list[Mention], claimant: str, verb: str,
                           verb_at: int) -> dict | None:
        """REQUEST when a sitting official's asserted past report, whose sentence already gives the speaker's act,
        also demands with 'must' of another country's party (statement_admonitions), else None."""
        if self._admonitions is None or not self._admonitions[0].search(text, s.start, s.end):
            return None      # the gate: no modal of the table in the sentence
        if getattr(self, "_doc_roles", {}).get(claimant) == "unofficial" or self._commentator(text, s, mentions, claimant) \
                or frame_modality(text, s, verb_at) != "asserted" or not self.lexicon.is_past(verb) \
                or hypothetical(text, s, verb_at, verb):
            return None
        if self._admonition(text, s, verb_at, verb, mentions, claimant) != "REQUEST":
            return None
        return {"plover": "REQUEST", "sources": [claimant]}

    def _refusal(self, text: str, s: Sentence, mentions: list[Mention], claimant: str, verb: str, verb_at: int) -> str | None:
        """The type of a negated 'accept' with an object in the sentence (statement_refusals.refusal), or None. An
        opposition told to another country's party ('told Ambassador Cheng that Japan "cannot accept" the intrusion')
        is the content of the protest made to that party, one row with it (GUIDELINES: a protest narrated with its
        content stays one row); a refusal of its protest or claim stays its own REJECT."""
        found = refusal(text, s.start, s.end, rejected=self._refusals[1], non_objects=self._refusal_non_objects)
        if found is None:
            # 'said there was "no territorial dispute"', 'responded that the vote would go ahead as planned' (events30)
            start, end = (verb_at + len(verb), s.end) if not QUOTED.search(text, s.start, verb_at) else (s.start, verb_at)
            return "REJECT" if denial(text, start, end, verb=verb, denials=self._denials) is not None else None
        if found[0] == "ACCUSE" and verb.casefold() in TOLD:
            after = verb_at + len(verb)
            if any(ms >= after and ADDRESSEE_GAP.fullmatch(text, after, ms) for ms, _ in self._foreign_mentions(s, mentions, claimant)):
                return None
        return found[0]

    @cached_property
    def _refusal_non_objects(self) -> frozenset[str]:
        """syntax.yaml statement_refusals non_objects: first words of an object that is no act of anyone."""
        spec = (self.knowledge.syntax or {}).get("statement_refusals") or {}
        return frozenset(w.casefold() for w in spec.get("non_objects") or ())

    @cached_property
    def _denials(self):
        return compile_denials((self.knowledge.syntax or {}).get("statement_refusals"))

    @cached_property
    def _admonitions(self):
        return compile_admonitions((self.knowledge.syntax or {}).get("statement_admonitions"))

    @cached_property
    def _assurances(self):
        return compile_assurances((self.knowledge.syntax or {}).get("statement_assurances"))

    def assurance_act(self, text: str, s: Sentence, sentence_events: list[dict],
                      claimant: str | None) -> tuple[dict | None, str | None, int | None]:
        """SUPPORT for a reported assurance of steadfast commitment (statement_assurances.py) in a sentence that gives
        no statement act: coordinated after another act ('spoke with Motegi ... and reaffirmed that our commitment ...
        is unwavering'), the act's subject's; else the speaker's. (act, its reporting verb, the verb's offset); act None
        when there is none or the reporting verb is not asserted."""
        if self._assurances is None or not self._assurances.search(text, s.start, s.end):
            return None, None, None      # the gate (also the only match attempt for most sentences)
        at = assurance(text, s.start, s.end, pattern=self._assurances, coordinated=True)
        if at is not None and sentence_events and sentence_events[0]["subject_ids"]:
            source = sentence_events[0]["subject_ids"][0]
        else:
            at = assurance(text, s.start, s.end, pattern=self._assurances)
            source = claimant
        if at is None or source is None or frame_modality(text, s, at) != "asserted" or hypothetical(text, s, at, ""):
            return None, None, None
        if any(c["predicate"] == "SUPPORT" and source in c["subject_ids"] for c in sentence_events):
            return None, None, None
        return {"plover": "SUPPORT", "sources": [source]}, text[at:at + 40].split()[0], at

    @cached_property
    def _request_verbs(self) -> frozenset[str]:
        """syntax.yaml statement_request_verbs, casefolded."""
        return frozenset(" ".join(str(v).casefold().split()) for v in (self.knowledge.syntax or {}).get("statement_request_verbs") or ())

    def asked_act(self, text: str, verb: str, verb_at: int, end: int) -> bool:
        """Whether the reporting verb is one of asking with an addressee and an infinitive or a that-clause after it
        ('urged Washington and Tokyo to "stop ..."', 'demanded that Japan apologise'): the statement is a demand."""
        return " ".join(verb.casefold().split()) in self._request_verbs and ASKED_CLAUSE.match(text, verb_at + len(verb), end) is not None
