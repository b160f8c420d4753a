"""Statements as events: a named speaker's reported or transcribed position is itself a verbal act
(a mixin of ClaimExtractor; `syntax.yaml` statement_events maps support -> SUPPORT, oppose -> ACCUSE)."""

from __future__ import annotations

import re
from functools import cached_property

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import _clause_bounds
from pipeline.extract.phrases import longest_first
from pipeline.extract.predicates import _any_of
from pipeline.extract.sentences import Sentence
from pipeline.extract.statement_demands import StatementDemands, hypothetical
from pipeline.extract.statements import APPOSITION_AFTER, PAST_MAIN_CLAUSE, QUOTED, WORDS, evaluation_act, frame_modality, statement_act


# an apposition after the speaker's name, up to its end ('Kotani Tetsuo, a professor at Meikai University,')
APPOSITION_OPEN = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,\s+[^,;:“”\"]{3,110}")
# a role word in a title right before the name ('Meikai University professor Kotani Tetsuo')
ROLE_BEFORE = re.compile(r"[\w\-]+\s+(?:[A-Z][\w.\-]*\s+){0,3}$")
# 'said (on Saturday) that it was grateful for ...': the speaker's own feeling, voiced by a pronoun right after the
# reporting verb (a short adjunct may stand before 'that'); the adjective is read from syntax.yaml statement_feelings
OWN_FEELING = re.compile(r"(?:\s+[^,;:“”\"]{1,50}?)?\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:was|were|is|are)\s+[“\"‘]?(?:\w+ly\s+)?([a-z]+)",
                         re.IGNORECASE)


# 'urged the government not to "provoke" Beijing', 'warned against "meddling"', 'should not "provoke"': a quotation inside an infinitive,
# 'against' complement or under 'should/must' names what someone is asked (not) to do, no charge of what they did
ASKED_BEFORE = re.compile(r"\b(?:to|against|should|must)\s+(?:not\s+)?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


# the word at a demand's or refusal's cue in a transcript turn ('should', 'must', 'accept'): the event's trigger
CUE_WORD = re.compile(r"\w*")


# what the speaker said should be done, not what was done: 'should' in the reported words before the position's cue
PRESCRIBED = re.compile(r"\b(?:should|ought\s+to)\b")


# a quotation placed before its reporting verb ('"Japan must stand with Taiwan," he said'): the modal of the quoted
# clause up to the position's cue, 'must' included (its words are a prescription, however the verb reports them)
PRESCRIBED_QUOTED = re.compile(r"\b(?:should|ought\s+to|must)\b", re.IGNORECASE)


def prescribed(text: str, s: Sentence, verb_at: int, verb: str, cue_at: int) -> bool:
    """Whether the reported words prescribe up to the position's cue, whichever side of the reporting verb they
    stand on: after it ('said Japan should ...'), between the verb's end and the cue; before it ('"Japan must
    ...," he said'), between the opening of the cue's clause (the sentence's start or the last quotation mark)
    and the cue."""
    if cue_at >= verb_at:
        return PRESCRIBED.search(text, verb_at + len(verb), cue_at) is not None
    opened = max(text.rfind(q, s.start, cue_at) for q in ('"', "“"))
    return PRESCRIBED_QUOTED.search(text, max(s.start, opened), cue_at) is not None


# what someone without a sitting office says must, should or would happen ('Japan must be ready to act', 'would hand
# Beijing a pretext', 'will never be dragged into a war'): a lawmaker's, former official's or analyst's view, no act
VIEW_MODAL = re.compile(r"\b(?:must|should|ought\s+to|need\s+to|needs\s+to|have\s+to|has\s+to)\b",
                        re.IGNORECASE)


# a second report coordinated in the same sentence ('said X should ... and warned that ...', ', adding that ...'): its
# words may be the act, whatever the first report prescribes
SECOND_REPORT = re.compile(r"(?:,\s*|\s+(?:and|but)\s+(?:also\s+)?)(?:adding|added|warned|said|stressed|accused|charged|noted|insisted)\b",
                           re.IGNORECASE)


# '"a limit, not a blank cheque"', '"no provocation"': a charge denied within the quotation is none
NEGATORS = frozenset({"not", "no", "never", "nor"})
NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|nor)\b[^,;]*$")


# (events26) a modal before an endorsement makes it a wish or a forecast ('"we would welcome talks"'), no act
MODAL_BEFORE = frozenset({"would", "could", "will", "may", "might", "shall"}) | NEGATORS

# (events26) the speaker's own stance right after the reporting verb: '(that) Japan deplores ...', '(that) he deeply
# appreciates ...' (a pronoun or up to three capitalised words, a short adverb, a present verb of syntax.yaml
# statement_own_stances); a short adjunct may stand before 'that' ('said on Friday that ...')
OWN_STANCE = re.compile(r"(?:\s+[^,;:“”\"]{1,30}?)?\s+(?:that\s+)?(?:it|he|she|they|we|(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})"
                        r"\s+(?:\w+ly\s+)?([a-z]+s)\b")

def endorsing_quote(quotes: list[str], endorsements: tuple[str, ...]) -> bool:
    """Whether a quotation of the speaker's endorses (syntax.yaml statement_endorsements), no negation or modal in the
    three words before ('"welcomes every step ..."', '"highly values" the bid'; not '"would welcome"', '"not support"',
    nor 'would "welcome ..."': each quotation comes with the words before it, charging_quotes(with_lead=True))."""
    for q in quotes:
        for e in endorsements:
            at = q.find(e)
            while at >= 0:
                ends = at + len(e)
                whole = (at == 0 or not q[at - 1].isalnum()) and (ends == len(q) or not q[ends].isalnum())
                if whole and not MODAL_BEFORE & set(WORDS.findall(q[max(0, at - 30):at])[-3:]):
                    return True
                at = q.find(e, at + 1)
    return False


def own_stance(text: str, s: Sentence, verb_at: int, verb: str, *, own_stances: dict[str, str], others: list[int],
               foreign: list[tuple[int, int]] = ()) -> str | None:
    """The type of the speaker's own stance voiced right after the reporting verb ('said Japan deplores the
    intrusion': ACCUSE; 'said he appreciates Japan's support': SUPPORT), when another party is named after the stance
    verb (its object: 'said Taiwan values democracy' evaluates no party's act) and the stance's subject is no party of
    another country than the speaker's (foreign: 'Japan's spokesperson said China welcomes ...' reports China's); else None."""
    m = OWN_STANCE.match(text, verb_at + len(verb), s.end)
    if not m or m.group(1) not in own_stances or any(m.start() <= fs < m.start(1) for fs, _ in foreign):
        return None
    return own_stances[m.group(1)] if any(m.end(1) < x < s.end for x in others) else None


# a subject right before its quotation: 'China "welcomes" ...', 'Washington, quote, "fully supports" ...' (not a
# possessive, 'Taiwan's application was "welcome"', where the speaker evaluates the party's act)
SUBJECT_GAP = re.compile(r"[\s,]*(?:quote[\s,]*)?", re.IGNORECASE)


def charging_quotes(s: Sentence, *, with_lead: bool = False, foreign: list[tuple[int, int]] = (),
                    own: list[tuple[int, int]] = ()) -> list[str]:
    """The casefolded quotations of the sentence that may charge someone: the speaker's own wording, less
    quotations inside an asked-for act ('urged X not to "provoke" Y'); with_lead: each with the two words before it
    (a modal there, 'would "welcome ..."', governs the quotation), less quotations right after a party of another
    country than the speaker's (foreign, document offsets: 'said that China "welcomes" ...' is China's position)."""
    lead = (lambda m: " ".join(s.text[max(0, m.start() - 30):m.start()].split()[-2:]) + " ") if with_lead else (lambda m: "")
    return [(lead(m) + m.group(0)).casefold() for m in QUOTED.finditer(s.text)
            if not ASKED_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
            and not any(fe <= s.start + m.start() and SUBJECT_GAP.fullmatch(s.text, fe - s.start, m.start()) for _, fe in foreign)
            and not own_side_only(s.start + m.start(), s.start + m.end(), own, foreign)]


def own_side_only(start: int, end: int, own: list[tuple[int, int]], foreign: list[tuple[int, int]]) -> bool:
    """Whether the quotation at start..end names a party of the speaker's own country and none of another
    ('"We welcome Japan's efforts," Kishida said': praise of one's own side, a stance, no act toward a party)."""
    return any(start <= a < end for a, _ in own) and not any(start <= a < end for a, _ in foreign)


def threatened_harm(text: str, start: int, end: int, *, harms: re.Pattern | None) -> bool:
    """Whether the words between start and end name a harm someone will suffer ('would be "dragged into the fire"',
    'will pay a heavy price', 'must be cut off'): a modal, up to a few words, a harm of syntax.yaml statement_threats,
    with no negation in between ('would not pay any price' threatens nothing)."""
    return harms is not None and harms.search(text, start, end) is not None


def reported_evaluation(text: str, s: Sentence, verb_at: int, verb: str, *, accusing: frozenset[str],
                        phrases: tuple[str, ...] = (), feelings: dict[str, str], harms: re.Pattern | None = None,
                        endorsements: tuple[str, ...] = (), own_stances: dict[str, str] | None = None,
                        others: list[int] = (), foreign: list[tuple[int, int]] = (), own_side: list[tuple[int, int]] = ()) -> str | None:
    """The act a named speaker performs by what the reported words evaluate, or None:
    - the speaker's own feeling right after the verb ('said it was grateful for the visit': SUPPORT,
      'said they were dismayed': ACCUSE; syntax.yaml statement_feelings);
    - a quotation that charges someone with wrongdoing in the speaker's own words ('said the passage "sent the
      wrong signal"', '"... is hyping the Taiwan question," X said': ACCUSE; syntax.yaml statement_accusations,
      words of charge only). A quotation that merely describes ('"the talks were frank"', '"we share deep concerns"')
      evaluates nothing and makes no event; unquoted paraphrase is left to the copula rule (evaluation_act)."""
    if threatened_harm(text, s.start, s.end, harms=harms):
        return "THREATEN"     # GUIDELINES: a warning that names a harm the addressee will suffer, however it is reported
    own = OWN_FEELING.match(text, verb_at + len(verb), s.end)
    if own and own.group(1).casefold() in feelings:
        return feelings[own.group(1).casefold()]
    quotes = charging_quotes(s)
    for q in quotes:
        words = WORDS.findall(q)
        if any(w in accusing and not NEGATORS & set(words[max(0, i - 3):i]) for i, w in enumerate(words)):
            return "ACCUSE"
        if any(p in q and not NEGATED_BEFORE.search(q, max(0, q.find(p) - 20), q.find(p)) for p in phrases):
            return "ACCUSE"
    if own_stances and (plover := own_stance(text, s, verb_at, verb, own_stances=own_stances, others=list(others), foreign=foreign)):
        return plover
    if endorsements and endorsing_quote(charging_quotes(s, with_lead=True, foreign=foreign, own=own_side), endorsements):
        return "SUPPORT"
    return None


def compile_harms(harms) -> re.Pattern | None:
    """syntax.yaml statement_threats: a modal, at most six words without a negation or a clause break, a harm phrase
    (quotation marks may open it), longest phrase first."""
    if not harms:
        return None
    alternation = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(set(harms), key=longest_first))
    return re.compile(r"\b(?:will|would|must|shall)\s+(?!not\b|never\b)(?:(?!not\b|never\b)[\w’'\-]+\s+){0,6}?[“\"‘']?(?:"
                      + alternation + r")\b", re.IGNORECASE)


class StatementEvents(StatementDemands):
    """Needs the extractor's `knowledge`, `lexicon`, `_naming` and `_is_habitual`."""

    def statement_event(self, text: str, s: Sentence, mentions: list[Mention], claimant: str | None,
                        verb: str | None, verb_at: int | None, stances: list[dict], event_sources: set[str]) -> dict | None:
        """A named speaker's reported position is itself a verbal act (syntax.yaml statement_events:
        support -> SUPPORT, oppose -> ACCUSE) when the speaking is asserted ('said', not 'did not say',
        'would say') and the sentence reports no other act of the speaker."""
        kinds = (self.knowledge.syntax or {}).get("statement_events") or {}
        if claimant is None or verb_at is None or verb is None or not kinds:
            return None
        if claimant in event_sources:
            # the sentence reports the speaker's act already ('said China "firmly opposes" ...'); only a demand in the
            # same words is a row of its own ('... and that Tokyo must "stop all actions ..."': REQUEST, GUIDELINES)
            return self._demand_beside_act(text, s, mentions, claimant, verb, verb_at)
        # a position read in the speaker's apposition describes them ('said Grant Newsham, a strong proponent
        # of ...'): a stance, but nothing said there and then
        own = [m.end for m in mentions if m.actor_id == claimant]
        kept = [st for st in stances if not any(e <= st["trigger_start"] and APPOSITION_AFTER.fullmatch(text, e, st["trigger_start"])
                                                for e in own)]
        if stances and not kept:
            return None
        stances = kept
        if self._commentator(text, s, mentions, claimant):
            return None      # 'said Ayumi Kotani, a senior research fellow at ...': an expert's view, no act of statecraft
        if self._question_frame is not None and self._question_frame.search(text, s.start, s.end):
            return None      # 'I would like to ask about the law, which ...': a question announced, no act (syntax.yaml question_frames)
        if frame_modality(text, s, verb_at) != "asserted":
            return None      # 'did not say', 'would say'
        if getattr(self, "_doc_roles", {}).get(claimant) == "unofficial" and VIEW_MODAL.search(text, s.start, s.end) \
                and not SECOND_REPORT.search(text, verb_at + len(verb), s.end):
            return None      # 'Former minister X said Japan "must be ready to act"': a view of what should happen, a stance
        past = self.lexicon.is_past(verb) or (verb.casefold().endswith("ing") and PAST_MAIN_CLAUSE.search(text, s.start, verb_at))
        if not past or self._is_habitual(text, _clause_bounds(text, s, verb_at)[0], verb_at, verb_at + len(verb)):
            return None      # a present 'maintains' is a standing position; 'has repeatedly stated' no single act
        act = statement_act(kinds, stances, non_acts=self._statement_non_acts) if stances else None
        if act is not None and act["plover"] == "ACCUSE" and self.asked_act(text, verb, verb_at, s.end):
            act = {**act, "plover": "REQUEST"}    # 'It urged Washington and Tokyo to "stop interfering ..."' (statement_demands.py)
        if threatened_harm(text, s.start, s.end, harms=self._reported_evaluation["harms"]):
            # 'told a forum that the Japanese people would be "dragged into the fire"': the harm makes it a threat
            # (GUIDELINES), whatever opposition the same words voice
            return {"plover": "THREATEN", "sources": [claimant]}
        if act is not None and any(prescribed(text, s, verb_at, verb, st["trigger_start"]) for st in stances):
            # 'argued that the government should state ...', 'said the US "should stop pretending"': a view of what
            # should be done is a stance, not an act (GUIDELINES: a prescription, unless asked with a verb of asking;
            # 'must'/'would' were tried too: they also drop sitting officials' SUPPORT the gold codes, -5 matched)
            act = None
        if act is None and hypothetical(text, s, verb_at, verb):
            return None      # 'said any visit would be "a provocation" if it went ahead': a hypothetical act evaluated
        if act is None and (refused := self._refusal(text, s, mentions, claimant, verb, verb_at)) is not None:
            act = {"plover": refused, "sources": [claimant]}    # 'said it cannot accept the accusations' (statement_refusals.py)
        if act is None and self._naming is not None and (plover := evaluation_act(text, s, verb_at, verb, self._naming[2])):
            act = {"plover": plover, "sources": [claimant]}    # 'said Lai's transit was "a provocation"'
        if act is None and (plover := reported_evaluation(text, s, verb_at, verb, **self._reported_evaluation,
                                                          others=[m.start for m in mentions if m.actor_id != claimant],
                                                          foreign=self._foreign_mentions(s, mentions, claimant),
                                                          own_side=self._foreign_mentions(s, mentions, claimant, own=True))):
            act = {"plover": plover, "sources": [claimant]}    # 'said it was grateful', 'said it "sent the wrong signal"'
        if act is None and getattr(self, "_doc_roles", {}).get(claimant) != "unofficial" and \
                (plover := self._admonition(text, s, verb_at, verb, mentions, claimant)):
            act = {"plover": plover, "sources": [claimant]}    # 'said Japan should "handle the issue with prudence"'
        elif act is not None and act["plover"] == "ACCUSE" and getattr(self, "_doc_roles", {}).get(claimant) != "unofficial" and \
                self._admonition(text, s, verb_at, verb, mentions, claimant, demands=False) == "REQUEST":
            # '"Japan must stop its provocations," X said': the demand is REQUEST, the charge its own ACCUSE row (GUIDELINES)
            # (a 'should' + demand verb beside a charge, 'should "stop sending wrong signals"', added 3 false rows: events30)
            act = {**act, "also": ["REQUEST"]}
        # (events11: a statement typed by its reported content alone, 1.11.0's statement_content frames 'said Japan
        # should ...' = REQUEST, 'would not accept' = REJECT, 'was welcome' = SUPPORT, was removed: over fourteen sets
        # it added 8 false events and 11 matched ones, 6 of those of another type than the gold's; on held-out 13, the
        # set nobody developed it on, 3 false events and no match. A reported call or refusal stays a stance claim.)
        return act

    @property
    def _reported_evaluation(self) -> dict:
        """reported_evaluation's vocabularies, built once from syntax.yaml."""
        cached = self.__dict__.get("_reported_evaluation_cache")
        if cached is None:
            syntax = self.knowledge.syntax or {}
            words = [w.casefold() for w in syntax.get("statement_accusations") or []]
            cached = {"accusing": frozenset(w for w in words if " " not in w), "phrases": tuple(w for w in words if " " in w),
                      "feelings": {w.casefold(): kind for kind, words in (syntax.get("statement_feelings") or {}).items() for w in words},
                      "harms": compile_harms(syntax.get("statement_threats")),
                      "endorsements": tuple(sorted({w.casefold() for w in syntax.get("statement_endorsements") or ()}, key=longest_first)),
                      "own_stances": {w.casefold(): kind for kind, words in (syntax.get("statement_own_stances") or {}).items() for w in words}}
            self.__dict__["_reported_evaluation_cache"] = cached
        return cached

    def _foreign_mentions(self, s: Sentence, mentions: list[Mention], claimant: str, *, own: bool = False) -> list[tuple[int, int]]:
        """(start, end) of the sentence's mentions of actors of a known country other than the speaker's known one
        (own: of the speaker's own country)."""
        mine = self._country(claimant) or getattr(self, "_doc_countries", {}).get(claimant)
        if mine is None:
            return []
        return [(m.start, m.end) for m in mentions if s.start <= m.start < s.end and m.actor_id != claimant
                and (c := self._country(m.actor_id)) is not None and (c == mine) == own]

    def statement_targets(self, text: str, s: Sentence, mentions: list[Mention], claimant: str, verb: str | None,
                          verb_at: int | None) -> list[str]:
        """The parties a speaker's typed statement is about (GUIDELINES Events, target): the actors of a known country
        other than the speaker's named in the reported words (after the reporting verb, or the quotation before it:
        'called Japan's move "a provocation"', 'cannot accept China's protest'), in order; none when the speaker's country
        is unknown (whose side is evaluated cannot be told) or the reported words cannot be placed."""
        if verb is None or verb_at is None:
            return []
        # the words before the verb when quoted or when the verb closes the sentence ('..., the ministry said on Tuesday.')
        before = QUOTED.search(text, s.start, verb_at) or len(text[verb_at + len(verb):s.end].strip()) < 25
        start, end = (s.start, verb_at) if before else (verb_at + len(verb), s.end)
        foreign = self._foreign_mentions(s, mentions, claimant)
        return list(dict.fromkeys(m.actor_id for m in mentions if start <= m.start < end and (m.start, m.end) in foreign))

    @cached_property
    def _question_frame(self) -> re.Pattern | None:
        """syntax.yaml question_frames: a speaker announcing a question ('I would like to ask about', 'let me ask')."""
        frames = (self.knowledge.syntax or {}).get("question_frames") or ()
        if not frames:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(frames), key=longest_first))
                          + r")\b", re.IGNORECASE)

    @cached_property
    def _statement_non_acts(self) -> tuple[str, ...]:
        """syntax.yaml statement_non_acts, casefolded."""
        return tuple(" ".join(w.casefold().split()) for w in (self.knowledge.syntax or {}).get("statement_non_acts") or ())

    def spoken_event(self, speaker: str, stances: list[dict], event_sources: set[str], *, text: str = "",
                     sentence_start: int | None = None, sentence: Sentence | None = None,
                     mentions: list[Mention] = ()) -> tuple[dict | None, str | None, int | None]:
        """A transcript speaker's position is a verbal act made there and then (statement_events, as for
        an asserted 'said'); (act, its cue as the trigger, the cue's offset). A 'should' before the cue from a
        speaker the document gives no sitting office (a lawmaker, an analyst: 'we should not provoke Beijing',
        'Washington should say it will defend Taiwan') is their view of what should be done: a stance, no act
        (GUIDELINES; an official's 'should' is a demand on the party named, 'The US side should stop ...')."""
        kinds = (self.knowledge.syntax or {}).get("statement_events") or {}
        if not kinds or speaker in event_sources or not (stances or sentence is not None):
            return None, None, None
        end = stances[0]["trigger_start"] if stances else (sentence.end if sentence is not None else 0)
        if sentence_start is not None and getattr(self, "_doc_roles", {}).get(speaker) != "official" \
                and VIEW_MODAL.search(text, sentence_start, end):
            return None, None, None
        if self._question_frame is not None and sentence_start is not None and \
                self._question_frame.search(text, sentence_start, end):
            return None, None, None     # a legislator's 'I would like to ask about ...': the question is no act
        act = statement_act(kinds, stances, non_acts=self._statement_non_acts) if stances else None
        if sentence is not None and not hypothetical(text, sentence, sentence.start, ""):
            act, cue = self.spoken_demand(text, sentence, list(mentions), speaker, act, stances)   # statement_demands.py
            if cue is not None:
                return act, CUE_WORD.match(text, cue).group(0), cue
        return (act, stances[0]["trigger"], stances[0]["trigger_start"]) if act else (None, None, None)

    def _commentator(self, text: str, s: Sentence, mentions: list[Mention], claimant: str) -> bool:
        """Whether the sentence describes the speaker by a commentator's role (syntax.yaml commentator_roles): in an
        apposition right after a mention of them ('X, a professor at ...') or in a title right before it ('analyst X')."""
        roles = tuple((self.knowledge.syntax or {}).get("commentator_roles") or ())
        if not roles:
            return False
        rx = _any_of(roles)
        for m in mentions:
            if m.actor_id != claimant or not (s.start <= m.start < s.end):
                continue
            appo = APPOSITION_OPEN.match(text, m.end, min(s.end, m.end + 120))
            if appo and rx.search(appo.group(0)):
                return True
            if ROLE_BEFORE.search(text, max(s.start, m.start - 40), m.start) and rx.search(text, max(s.start, m.start - 40), m.start):
                return True
        return False
