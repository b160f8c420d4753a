"""Events written as nouns, a mixin of EventRules (pipeline/extract/events.py): a meeting noun whose phrase or
fronted adjunct names its participants ('a Japan-India summit was held', 'At the summit, X and Y agreed') and an act
written only as a noun whose phrase names its agent ("Tokyo's protest"). Kept apart from the verb loop: these claims
take their participants from the noun phrase (pipeline/extract/meetings.py, nominal_events.py), not from a subject."""
import re

from pipeline.extract.actors import Mention
from pipeline.extract.background_relatives import OWN_TIME
from pipeline.extract.clauses import _group, _unique_ids
from pipeline.extract.meetings import ADJUNCT, noun_meeting, occurred_after
from pipeline.extract.nominal_events import nominal_act
from pipeline.extract.predicates import iterative_after
from pipeline.extract.sentences import Sentence
from pipeline.extract.text_acts import in_indirect_question

# a sentence opening with a meeting adjunct: 'At the leaders' summit in ...,', 'During their talks on Monday,'
FRONTED_MEETING = re.compile(r"[\s“‘\"]*(?:At|During|In|On the sidelines of|On the margins of)\s+(?:(?:the|a|an|their|his|her|its|this|"
                             r"last|first|[\w’'\-]+[’'](?:s\b)?)\s+)?(?:[\w’'\-]+\s+){0,3}$")
# the adjunct ends (after up to two place/time phrases: 'During talks between A and B in Beijing on April 2,'); the main
# clause follows
FRONTED_END = re.compile(ADJUNCT + ADJUNCT + r"\s*[,–—]\s*\S")
TITLE_GAP = re.compile(r"\s+(?:[A-Z][\w.\-]*\s+)+")
FRONTED_SUBJECT_GAP = re.compile(r"\s+(?:(?:both|the|and)\s+)*(?:[A-Z][\w’'.\-]*\s+){0,5}")
FINITE_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|both|jointly|again|then)\s+)*(?!to\b|and\b|or\b|of\b|in\b|on\b|at\b|for\b|with\b)[a-z]+(?:ed|[^s\W]s|ew|ave|ent|oke|old|ook|id|et|ade|aid)\b")


class NounEvents:
    """Event claims of ClaimExtractor read from a meeting or act noun (its modality, lexicon and readings)."""

    def _fronted_meeting(self, text: str, s: Sentence, m, mentions: list[Mention]) -> dict | None:
        """'At the leaders' summit in May 2022 in Tokyo, both Kishida and Biden reaffirmed ...': a meeting
        noun in a fronted adjunct is a meeting of the main clause's named subjects."""
        if not FRONTED_MEETING.match(text, s.start, m.start()):
            return None
        comma = text.find(",", m.end(), s.end)
        if comma < 0:
            return None
        after = [x for x in mentions if x.start > comma]
        # 'U.S. President Joe Biden': a country before a title is the person's modifier, not a participant
        after = [x for i, x in enumerate(after)
                 if not (i + 1 < len(after) and TITLE_GAP.fullmatch(text, x.end, after[i + 1].start))]
        if not after or not FRONTED_SUBJECT_GAP.fullmatch(text, comma + 1, after[0].start):
            return None
        group = _group(after, text, nearest_last=False)
        if len(_unique_ids(group)) < 2:
            return None      # a meeting is joint: 'At a press conference, Lin Jian said' names one speaker
        verb_at = group[-1].end
        if not FINITE_AFTER_SUBJECT.match(text, verb_at):
            return None
        trig = self.lexicon.trigger(m.group(0))
        return {"trigger": m.group(0), "trigger_start": m.start(), "plover": trig.plover, "mode": trig.mode,
                "subject_ids": _unique_ids(group), "object_ids": [], "modality": self.modality(text, s, verb_at + 1),
                "clause": (s.start, comma), "registry_share": sum(x.method in ("alias", "short_form") for x in group) / len(group),
                "fronted": True}

    def _named_meeting(self, text: str, s: Sentence, m, noun_end: int, trig, mentions: list[Mention], clause: tuple[int, int],
                       last_person: str | None) -> dict | None:
        """A meeting noun whose phrase names its participants ('a Japan-India summit was held', 'In his
        summit with Suga, ...'; see pipeline/extract/meetings.py), asserted by a predicate of occurrence
        after it or by its place as a fronted adjunct."""
        meeting = noun_meeting(text, m.start(), noun_end, mentions)
        if meeting is None:
            return None
        occurred = occurred_after(text, meeting.end, s.end)
        fronted = occurred is None and FRONTED_MEETING.match(text, s.start, m.start()) is not None \
            and FRONTED_END.match(text, meeting.end, s.end) is not None
        if occurred is None and not fronted:
            return None
        ids = _unique_ids(meeting.participants)
        if meeting.possessive_pronoun:      # 'his summit with Suga': the person the sentence is about
            main = [x for x in mentions if x.start >= meeting.end]
            head = main[0] if fronted and main and FRONTED_SUBJECT_GAP.fullmatch(text, meeting.end + 1, main[0].start) else None
            owner = head.actor_id if head is not None else last_person
            ids = [owner, *ids] if owner else []
        ids = list(dict.fromkeys(ids))
        if len(ids) < 2:
            return None
        return {"trigger": m.group(0), "trigger_start": m.start(), "plover": trig.plover, "mode": trig.mode,
                "subject_ids": ids, "object_ids": [], "modality": self.modality(text, s, occurred if occurred else s.end),
                "clause": clause, "registry_share": sum(x.method in ("alias", "short_form") for x in meeting.participants)
                / len(meeting.participants), "fronted": fronted}

    def _nominal_event(self, text: str, s: Sentence, m, trig, mentions: list[Mention], clause: tuple[int, int],
                       earlier: list[dict]) -> dict | None:
        """An act written only as a noun whose phrase names its agent ("Tokyo's protest", 'a visit to Taipei by Lai';
        see pipeline/extract/nominal_events.py), asserted by the sentence too; not the object of a reaction found
        earlier in its clause ('slammed Pelosi's trip': the reaction is the act reported)."""
        if self._modifies_asset(text, m.end()):
            return None      # 'transit route', 'protest vessels': the noun modifies another noun
        reactions = set((self.knowledge.syntax or {}).get("nominal_reaction_types") or ())
        if any(e["plover"] in reactions and clause[0] <= e["trigger_start"] < m.start() for e in earlier):
            return None
        act = nominal_act(text, m.start(), m.end(), mentions, asset_re=self.lexicon.asset_re,
                          plural=m.group(0).casefold().endswith("s") and not m.group(0).casefold().endswith("ss"))
        if act is None or self.modality(text, s, m.start()) != "asserted" or in_indirect_question(text, s.start, m.start()):
            return None
        topics = {w.casefold() for w in (self.knowledge.syntax or {}).get("nominal_topics") or ()}
        if m.group(0).casefold() in topics and not OWN_TIME.search(text, s.start, s.end):
            return None      # "Lee's visit was arranged by ...": an undated trip is what the sentence is about
        if self._is_habitual(text, clause[0], m.start(), m.end()) or \
                iterative_after(text, m.start(), m.end(), clause[1], words=self._iterative_words):
            return None      # "Japan's exercises with X have been held regularly": a series, not one act
        sources = _unique_ids(act.sources)
        plover, mode = trig.plover, trig.mode
        if plover == "PROTEST":
            plover, mode = self._official_protest(sources, plover, mode)
        return {"trigger": m.group(0), "trigger_start": m.start(), "plover": plover, "mode": mode,
                "subject_ids": sources, "object_ids": [a for a in _unique_ids(act.targets) if a not in sources],
                "modality": "asserted", "clause": clause,
                "registry_share": sum(x.method in ("alias", "short_form") for x in act.sources) / len(act.sources), "nominal": True}
