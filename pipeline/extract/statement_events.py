"""Statements as events: a named speaker's reported or transcribed position is itself a verbal act
(a mixin of ClaimExtractor; `syntax.yaml` statement_events maps support -> SUPPORT, oppose -> ACCUSE)."""

from __future__ import annotations

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import _clause_bounds
from pipeline.extract.sentences import Sentence
from pipeline.extract.statements import APPOSITION_AFTER, PAST_MAIN_CLAUSE, evaluation_act, frame_modality, statement_act


class StatementEvents:
    """Needs the extractor's `knowledge`, `lexicon`, `_naming` and `_is_habitual`."""

    def statement_event(self, text: str, s: Sentence, mentions: list[Mention], claimant: str | None,
                        verb: str | None, verb_at: int | None, stances: list[dict], event_sources: set[str]) -> dict | None:
        """A named speaker's reported position is itself a verbal act (syntax.yaml statement_events:
        support -> SUPPORT, oppose -> ACCUSE) when the speaking is asserted ('said', not 'did not say',
        'would say') and the sentence reports no other act of the speaker."""
        kinds = (self.knowledge.syntax or {}).get("statement_events") or {}
        if claimant is None or verb_at is None or verb is None or not kinds or claimant in event_sources:
            return None
        # a position read in the speaker's apposition describes them ('said Grant Newsham, a strong proponent
        # of ...'): a stance, but nothing said there and then
        own = [m.end for m in mentions if m.actor_id == claimant]
        kept = [st for st in stances if not any(e <= st["trigger_start"] and APPOSITION_AFTER.fullmatch(text, e, st["trigger_start"])
                                                for e in own)]
        if stances and not kept:
            return None
        stances = kept
        if frame_modality(text, s, verb_at) != "asserted":
            return None      # 'did not say', 'would say'
        past = self.lexicon.is_past(verb) or (verb.casefold().endswith("ing") and PAST_MAIN_CLAUSE.search(text, s.start, verb_at))
        if not past or self._is_habitual(text, _clause_bounds(text, s, verb_at)[0], verb_at, verb_at + len(verb)):
            return None      # a present 'maintains' is a standing position; 'has repeatedly stated' no single act
        act = statement_act(kinds, stances) if stances else None
        if act is None and self._naming is not None and (plover := evaluation_act(text, s, verb_at, verb, self._naming[2])):
            act = {"plover": plover, "sources": [claimant]}    # 'said Lai's transit was "a provocation"'
        return act

    def spoken_event(self, speaker: str, stances: list[dict], event_sources: set[str]) -> tuple[dict | None, str | None, int | None]:
        """A transcript speaker's position is a verbal act made there and then (statement_events, as for
        an asserted 'said'); (act, its cue as the trigger, the cue's offset)."""
        kinds = (self.knowledge.syntax or {}).get("statement_events") or {}
        if not kinds or not stances or speaker in event_sources:
            return None, None, None
        act = statement_act(kinds, stances)
        return (act, stances[0]["trigger"], stances[0]["trigger_start"]) if act else (None, None, None)
