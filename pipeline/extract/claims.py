"""Claims from one document: sentences -> event, stance and statement claims with their
claimant, modality, actors, topic and date."""
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from pipeline.extract.actors import ActorMatcher, DiscoveredActor, Mention
from pipeline.extract.body import Body, find_body
from pipeline.extract.descriptions import DescriptionResolver
from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.meetings import noun_meeting, occurred_after
from pipeline.extract.predicates import (MANNER_GERUND, PREPOSITION_OBJECT, _any_of, ambiguity_allows, drop_parenthesised, drop_possessors, is_verb_coordination,
                                         predicate_shape, relative_antecedent, subject_group)
from pipeline.extract.sentences import Sentence, split_sentences
from pipeline.extract.spans import SpanSet
from pipeline.extract.stances import PREPOSITION_BEFORE, causal_clause, clause_subject, compile_topics, speaker_group, topic_readings, topics_gate
from pipeline.extract.statements import (PAST_MAIN_CLAUSE, after_last_quote, characterise, frame_modality, frame_time,
                                         quote_closers, statement_act)
from pipeline.extract.transcripts import FIRST_PERSON_SUBJECT, speaker_segments
from pipeline.extract.timing import attribution_frame_start, clause_time, date_columns
from pipeline.knowledge import Knowledge

EXTRACTOR_NAME = "twjp-rules"
EXTRACTOR_VERSION = "1.3.1"
# Where a clause ends: what lies beyond names other participants.
CLAUSE_BREAK = re.compile(r";|:|—|–(?=\s)|,\s+(?:but|while|whereas|although|though|which|who|where|when|as|because|since|so)\b|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b")
COORDINATION_GAP = re.compile(r"^[\s,]*(?:and|or|as well as|along with|,)\s+(?:[\w’'.\-()]+\s+){0,8}?$|^\s*,\s*$|^\s*(?:and|or)\s*$")
PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
INFINITIVE_OK = re.compile(r"\b(?:went on|began|started|continued|managed|decided|moved|voted|proceeded|chose|agreed|sought|tried|tended|used)\s+to\s+$", re.IGNORECASE)
PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
QUOTE_CHARS = "“”‘’\""
QUOTES_TO_SPACE = str.maketrans({"“": " ", "”": " ", '"': " "})   # same offsets; cue phrases match across quotes
COORDINATED_FINITE_VERB = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)*$", re.IGNORECASE)
# auxiliaries between a speaker and the reporting verb ('Biden did not say', 'Suga has repeatedly said')
FRAME_AUX = (r"(?:(?:did|does|do|has|have|had|would|will|could|might|may|not|never|also|repeatedly|\w+ly)\s+|n[’']t\s+|"
             r"(?:went on|goes on|go on|began|continued|proceeded|moved)\s+to\s+)*")
SPEAKER_GAP = re.compile(r"[\s,]*(?:[^,]{0,60},\s*)?(?:\w+ly\s+)?" + FRAME_AUX)
# 'said (that) it had summoned': a pronoun subject of the reported clause right after the reporting verb
REPORTED_PRONOUN = re.compile(r"\s+(?:that\s+)?(it|he|she|they)\s+(?:(?:\w+ly|also|had|has|have|then|later)\s+)*", re.IGNORECASE)
# 'He urged Tokyo ...', 'Later, she visited ...': a personal pronoun opening the clause as its subject
# refers to the person named last before the sentence
PRONOUN_SUBJECT = re.compile(r"[\s“‘\"]*(?:(?:but|and|then|later|however|meanwhile|separately|earlier|also|still),?\s+)?"
                             r"(?:[^,;:“”]{0,60},\s*)?(?:he|she)\s+" + FRAME_AUX, re.IGNORECASE)
# 'held a summit at the White House', 'met in Tokyo': a place, not a participant
LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|off)\s+(?:the\s+)?$")
OBJECT_GAP = re.compile(r"\s+(?:(?:the|his|her|its|their)\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}")   # titles before a name
# a sentence opening with a meeting adjunct: 'At the leaders' summit in ...,', 'During their talks on Monday,'
FRONTED_MEETING = re.compile(r"[\s“‘\"]*(?:At|During|In|On the sidelines of|On the margins of)\s+(?:(?:the|a|an|their|his|her|its|this|"
                             r"last|first|[\w’'\-]+[’'](?:s\b)?)\s+)?(?:[\w’'\-]+\s+){0,3}$")
FRONTED_END = re.compile(r"\s*[,–—]\s*\S")   # the adjunct ends; the main clause follows
TITLE_GAP = re.compile(r"\s+(?:[A-Z][\w.\-]*\s+)+")
FRONTED_SUBJECT_GAP = re.compile(r"\s+(?:(?:both|the|and)\s+)*(?:[A-Z][\w’'.\-]*\s+){0,5}")
FINITE_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|both|jointly|again|then)\s+)*(?!to\b|and\b|or\b|of\b|in\b|on\b|at\b|for\b|with\b)[a-z]+(?:ed|[^s\W]s|ew|ave|ent|oke|old|ook|id|et|ade|aid)\b")
NEXT_WORD = re.compile(r"\s+([\w\-]+)")
# a present perfect ('has lodged') takes no definite past time, so it never inherits one
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|not|also|already|now|just|since)\s+)*$", re.IGNORECASE)
INDIRECT_QUESTION = re.compile(r"\bwhether\b", re.IGNORECASE)
NOUN_USE_BEFORE = re.compile(r"\b(?i:the|a|an|this|that|its|their|his|her|our)\s+(?:[\w’'\-]+\s+)?$")


@dataclass(frozen=True)
class DocumentInput:
    doc_id: str
    text: str
    title: str | None = None
    author: str | None = None
    published_date: date | None = None
    body_start: int | None = None      # when None, the body is found here
    body_end: int | None = None
    excluded: tuple[tuple[int, int], ...] = ()


@dataclass
class DocumentExtraction:
    body_start: int
    body_end: int
    excluded: list[tuple[int, int]]
    claims: list[dict]
    mentions: list[dict]
    discovered: dict[str, DiscoveredActor]


def extractor_id(knowledge: Knowledge) -> str:
    """Names the extractor and the knowledge version every claim was made with."""
    return f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}+kb.{knowledge.version}"


def stable_id(prefix: str, *parts) -> str:
    return f"{prefix}-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause breaks of a sentence (found once, not once per trigger)."""
    found = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence)]
    return [a for a, _ in found], [b for _, b in found]


def _clause_bounds(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    """The clause around offset pos: from the last break before it to the first break after it."""
    local = pos - s.start
    starts, ends = _clause_breaks(s.text)
    before = bisect_right(ends, local)       # breaks that end at or before pos
    after = bisect_left(starts, local)       # the first break that starts at or after pos
    start = ends[before - 1] if before else 0
    end = starts[after] if after < len(starts) else len(s.text)
    return s.start + start, s.start + end


def _group(mentions: list[Mention], text: str, nearest_last: bool) -> list[Mention]:
    """The coordinated group of mentions nearest the trigger ('Suga and Kono')."""
    if not mentions:
        return []
    ordered = mentions if not nearest_last else list(reversed(mentions))
    group = [ordered[0]]
    for m in ordered[1:]:
        a, b = (m, group[-1]) if nearest_last else (group[-1], m)
        gap = text[a.end:b.start]
        if COORDINATION_GAP.match(gap) or not gap.strip() or re.fullmatch(r"\s*\([^)]*\)\s*", gap):
            group.append(m)
        else:
            break
    return sorted(group, key=lambda m: m.start)


def _unique_ids(mentions) -> list[str]:
    return list(dict.fromkeys(m.actor_id for m in mentions))


class ClaimExtractor:
    """Turns one document into claims and mentions; holds the compiled knowledge."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.matcher = ActorMatcher(knowledge)
        self.lexicon = Lexicon(knowledge)
        self.extractor = extractor_id(knowledge)
        naming = (knowledge.syntax or {}).get("characterisation") or {}
        self._naming = ({v.casefold() for v in naming.get("verbs", [])}, {w.casefold() for w in naming.get("positive", [])},
                        {w.casefold() for w in naming.get("negative", [])}) if naming.get("verbs") else None
        self.topic_cues = compile_topics(knowledge.topics, knowledge.irregular_verbs)
        self.topic_gate = topics_gate(self.topic_cues)
        self._performative = frozenset((knowledge.syntax or {}).get("performative_types") or ())
        titles = knowledge.titles or {}
        self.descriptions = DescriptionResolver(titles.get("person_titles") or [], list(titles.get("organization_heads") or {}))
        self.registry_persons = frozenset(a.actor_id for a in knowledge.actors if a.actor_type == "person")

    # -- modality ----------------------------------------------------------------------------
    def modality(self, text: str, s: Sentence, pos: int) -> str:
        """Modality of the predication at offset pos, read from the words before it in its clause
        and from the sentence frame (conditionals, questions)."""
        c_start, _ = _clause_bounds(text, s, pos)
        before = text[c_start:pos]
        window = " ".join(before.split()[-6:])
        coordinated = COORDINATED_FINITE_VERB.search(before)
        if coordinated and re.match(r"\w+ed\b|(?:met|held|sent|made|told|led|took|gave|won|fought|sought|struck|paid)\b", text[pos:pos + 12]):
            window = coordinated.group(0)   # '... would respond and urged X': the second verb has its own modality
        sentence_head = s.text[:max(0, pos - s.start)]
        if s.text.rstrip(QUOTE_CHARS + " ").endswith("?"):
            return "hypothetical"
        if re.match(r"\s*[“‘\"]?(?:if|unless|should|were|had)\b", s.text, re.IGNORECASE) or \
                re.search(r"\b(?:if|unless|in case|in the event)\b[^,]*,?\s*$", sentence_head, re.IGNORECASE) and "," not in sentence_head[-40:]:
            return "hypothetical"
        res = self.lexicon.modality_res
        if "negated" in res and res["negated"].contains(window):
            return "negated"
        for kind in ("prescriptive", "hypothetical", "planned"):
            if kind in res and res[kind].contains(window):
                return kind
        if re.search(r"\bto\s+$", before) and not INFINITIVE_OK.search(before):
            return "planned"
        for kind in ("prescriptive", "hypothetical"):
            if kind in res and res[kind].contains(s.text) and re.search(r"\b(?:it is|it's)\s+(?:imperative|essential|necessary|vital)\b|could be established|should be\b", s.text, re.IGNORECASE):
                return kind
        return "asserted"

    # -- attribution -------------------------------------------------------------------------
    def claimant(self, text: str, s: Sentence, mentions: list[Mention], last_person: str | None) -> tuple[str | None, str | None]:
        """(actor_id, reporting verb) of who asserts the sentence when it is quoted or reported."""
        who, verb, _ = self.attribution(text, s, mentions, last_person)
        return who, verb

    def attribution(self, text: str, s: Sentence, mentions: list[Mention],
                    last_person: str | None) -> tuple[str | None, str | None, int | None]:
        """(actor_id, reporting verb, offset of the verb) of the sentence's reported speech."""
        m = self.lexicon.according_re.search(s.text)
        if m:
            after = [x for x in mentions if x.start >= s.start + m.end() and x.start <= s.start + m.end() + 40]
            if after:
                return after[0].actor_id, "according to", s.start + m.start()
        for rv in self.lexicon.reporting_re.finditer(s.text):
            v_start, v_end = s.start + rv.start(), s.start + rv.end()
            if rv.group(0).casefold() in self.lexicon.reporting_lemmas and NOUN_USE_BEFORE.search(text, max(s.start, v_start - 40), v_start):
                continue     # 'the Taiwan question', 'the report': a noun, not a reporting verb
            before = [x for x in mentions if x.end <= v_start and v_start - x.end <= 60
                      and not PREPOSITION_BEFORE.search(text, max(s.start, x.start - 20), x.start)]
            after = [x for x in mentions if x.start >= v_end and x.start - v_end <= 3]
            gap_before = text[before[-1].end:v_start] if before else ""
            if before and (SPEAKER_GAP.fullmatch(gap_before) or len(gap_before.split()) <= 1):
                return before[-1].actor_id, rv.group(0), v_start
            if after and re.search(r"[,”’\"']\s*$", text[max(s.start, v_start - 3):v_start]):
                return after[0].actor_id, rv.group(0), v_start
            pron = re.search(r"\b(?:he|she)\s+$", text[max(s.start, v_start - 5):v_start], re.IGNORECASE)
            if pron and last_person:
                return last_person, rv.group(0), v_start
        return None, None, None

    # -- events ------------------------------------------------------------------------------
    def events(self, text: str, s: Sentence, mentions: list[Mention], *, persons: frozenset[str] = frozenset(),
               speaker: str | None = None, speaker_verb_end: int | None = None, last_person: str | None = None) -> list[dict]:
        """Event claims of one sentence: one per finite event predicate with a named subject
        (see pipeline/extract/predicates.py for what counts as a predicate)."""
        out = []
        last_subject: list[str] = [speaker] if speaker else []
        frame = attribution_frame_start(text, s, self.lexicon)   # ', the ministry said': its speaker is no participant
        for m in self.lexicon.trigger_re.finditer(text, s.start, s.end):
            trig = self.lexicon.trigger(m.group(0))
            if trig is None or any(x.start <= m.start() < x.end for x in mentions):
                continue
            c_start, c_end = _clause_bounds(text, s, m.start())
            fallback = None
            if not ambiguity_allows(trig, text, m.end(), text[c_start:c_end]):
                if not (trig.fallback and ambiguity_allows(replace(trig, requires_any=()), text, m.end(), text[c_start:c_end])):
                    continue
                fallback = trig.fallback     # the context word is missing: the weaker reading ('warned X to stop' = ACCUSE)
            shape = None
            surface = m.group(0).casefold()
            if surface in self.lexicon.nouns or (trig.form in ("ing", "pres3") and surface.split()[0] in self.lexicon.nouns):
                # 'talks', 'protest', 'a meeting with', 'the talks with': try the noun reading first
                shape = predicate_shape(text, c_start, m.start(), m.end(), "noun", self.lexicon.light_verb_re)
            noun_reading = shape is not None
            if noun_reading and self._modifies_asset(text, m.end()):
                continue     # 'patrol vessels', 'exercise areas': the noun modifies another noun, no act
            if shape is None and trig.form != "noun":
                shape = predicate_shape(text, c_start, m.start(), m.end(), trig.form, self.lexicon.light_verb_re)
            if shape is None and trig.plover == "CONSULT" and surface.split()[0] in self.lexicon.nouns:
                # 'meeting with' (the verb's -ing form) read as the noun 'meeting'
                noun_end = m.end() if surface in self.lexicon.nouns else m.start() + len(surface.split()[0])
                named = self._named_meeting(text, s, m, noun_end, trig, mentions, (c_start, c_end), last_person)
                if named is not None:
                    out.append(named)
                    continue
            if shape is None and noun_reading is False and surface in self.lexicon.nouns and trig.plover == "CONSULT":
                fronted = self._fronted_meeting(text, s, m, mentions)
                if fronted is not None:
                    out.append(fronted)
                continue
            if shape is None and trig.form == "base" and speaker and trig.plover in self._performative \
                    and FIRST_PERSON_SUBJECT.fullmatch(text, c_start, m.start()):
                shape = ("active", m.start())     # '“We urge the Japanese side to ...”': said, hence done
            if shape is None:
                continue
            voice, anchor = shape
            if self._is_habitual(text, c_start, anchor, m.end()):
                continue
            after = [x for x in mentions if m.end() <= x.start and x.end <= c_end
                     and (frame is None or m.start() >= frame or x.start < frame)
                     and not LOCATIVE_BEFORE.search(text, max(c_start, x.start - 12), x.start)]
            if voice == "passive":
                by = re.match(r"\s+(?:\w+\s+){0,3}?by\s+", text[m.end():m.end() + 30])
                agents = [x for x in after if by and re.fullmatch(r"(?:the\s+)?", text[m.end() + by.end():x.start], re.IGNORECASE)]
                if not agents:
                    continue     # an agentless passive names no source
                sources = _group([x for x in after if x.start >= agents[0].start], text, nearest_last=False)
                targets = _group([x for x in mentions if c_start <= x.start and x.end <= anchor], text, nearest_last=True)
            elif voice == "participle":
                # the free adjunct's subject is the main clause's: the last event's source, else the speaker
                sources = [x for x in mentions if x.actor_id in last_subject and x.start < m.start()][:len(last_subject)] \
                    if last_subject else []
                if not sources and last_subject:
                    sources = [Mention(m.start(), m.start(), "", last_subject[0], "pronoun", 0.7)]
                if not sources and MANNER_GERUND.search(text, max(c_start, m.start() - 40), m.start()):
                    # 'On June 27, Suga cited it in giving a blunt nay': the clause's head name
                    head = next((x for x in drop_possessors(text, [x for x in mentions if c_start <= x.start and x.end <= m.start()])
                                 if not PREPOSITION_OBJECT.search(text, max(s.start, x.start - 30), x.start)), None)
                    sources = [head] if head is not None else []
                if not sources:
                    continue
                targets = _group([x for x in after if x not in sources], text, nearest_last=False)
            else:
                sources = subject_group(text, c_start, anchor, mentions, _group, self.lexicon.asset_re)
                if sources is None:
                    ante = relative_antecedent(text, s.start, c_start, mentions, set(persons))
                    if ante is not None and not [x for x in mentions if c_start <= x.start and x.end <= anchor]:
                        sources = [ante]
                    elif last_subject and is_verb_coordination(text, c_start, anchor):
                        sources = [x for x in mentions if x.actor_id in last_subject][:len(last_subject)] or None
                    elif speaker and speaker_verb_end is not None and speaker_verb_end <= anchor \
                            and (pron := REPORTED_PRONOUN.fullmatch(text, speaker_verb_end, anchor)):
                        # 'the ministry said it had summoned ...': the speaker is the subject
                        sources = [Mention(pron.start(1), pron.end(1), pron.group(1), speaker, "pronoun", 0.7)]
                    elif last_person and PRONOUN_SUBJECT.fullmatch(text, c_start, anchor):
                        sources = [Mention(c_start, c_start, "", last_person, "pronoun", 0.7)]
                    elif speaker and FIRST_PERSON_SUBJECT.fullmatch(text, c_start, anchor):
                        sources = [Mention(c_start, c_start, "", speaker, "pronoun", 0.7)]   # '“We urge ...,” X said'
                if not sources:
                    continue
                targets = _group([x for x in after if x not in sources], text, nearest_last=False)
            if trig.requires_object and not noun_reading and not [x for x in targets if OBJECT_GAP.fullmatch(text, m.end(), x.start)]:
                continue     # 'called the visit a show of support': a verb that needs a named object has none
            modality = self.modality(text, s, anchor)
            if voice == "irrealis" and modality == "asserted" and not INFINITIVE_OK.search(text[max(s.start, anchor - 40):anchor]):
                continue     # 'can meet', 'to visit' under a non-modal verb: no realised event, no modal cue either
            last_subject = _unique_ids(sources)
            plover, mode = self._joint_reading(text, anchor, m.start(), trig)
            if fallback:
                plover, mode = fallback, None
            if noun_reading:
                plover, mode = self._cancelled_reading(text, anchor, plover, mode)
            named_as = self._characterisation(text, m.end(), c_end, mentions, trig)
            if named_as == "none":
                continue         # 'called X a Y' without an evaluation: a description, no event
            if named_as is not None:
                plover, mode = named_as, None
            out.append({"trigger": m.group(0), "trigger_start": m.start(), "plover": plover, "mode": mode,
                        "subject_ids": _unique_ids(sources), "object_ids": [a for a in _unique_ids(targets) if a not in _unique_ids(sources)],
                        "modality": modality, "clause": (c_start, c_end),
                        "registry_share": sum(x.method in ("alias", "short_form") for x in sources) / len(sources)})
        # a fronted meeting whose participants' act the main clause reports is that act ('During talks, X and Y agreed')
        acts = {tuple(e["subject_ids"]) for e in out if not e.get("fronted")}
        out = [e for e in out if not (e.get("fronted") and tuple(e["subject_ids"]) in acts)]
        # one claim per type and source set in a sentence
        seen, unique = set(), []
        for e in out:
            key = (e["plover"], tuple(e["subject_ids"]))
            if key not in seen:
                seen.add(key)
                unique.append(e)
        return unique

    def _characterisation(self, text: str, end: int, clause_end: int, mentions: list[Mention], trig) -> str | None:
        """'called Taiwan an important friend': the PLOVER type of a naming verb with an object and a
        complement (syntax.yaml characterisation), 'none' when the complement carries no evaluation,
        None when the verb is not used to name its object."""
        if self._naming is None or trig.lemma.casefold() not in self._naming[0]:
            return None
        obj = next((x for x in mentions if end <= x.start <= end + 2), None)
        if obj is None:
            return None
        return characterise(text, obj.end, clause_end, self._naming[1], self._naming[2])

    def _joint_reading(self, text: str, anchor: int, start: int, trig) -> tuple[str, str | None]:
        """'held joint drills', 'a combined exercise': an act done together is cooperation
        (syntax.yaml: joint_markers -> joint_type), whatever type the bare noun has."""
        syntax = self.knowledge.syntax or {}
        markers = tuple(syntax.get("joint_markers") or ())
        if anchor < start and markers and _any_of(markers).search(text, anchor, start):
            return syntax.get("joint_type", "COOPERATE"), trig.mode
        return trig.plover, trig.mode

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

    def _modifies_asset(self, text: str, end: int) -> bool:
        nxt = NEXT_WORD.match(text, end)
        return bool(nxt) and nxt.group(1).casefold() in self.lexicon.asset_words

    def _cancelled_reading(self, text: str, anchor: int, plover: str, mode: str | None) -> tuple[str, str | None]:
        """'cancelled a planned meeting', 'postponed the drills': an event noun governed by a cancellation
        verb is the cancelling act (syntax.yaml cancellation: types maps the noun's type to the act's)."""
        rx = self.lexicon.cancel_re
        if rx is None or not rx.match(text, anchor) or plover not in self.lexicon.cancel_types:
            return plover, mode
        new = self.lexicon.cancel_types[plover]
        return new, self.lexicon.cancel_modes.get(new)

    def _is_habitual(self, text: str, clause_start: int, anchor: int, end: int) -> bool:
        """A habitual/iterative adverb in the verb group ('has repeatedly rejected', 'frequently probes')."""
        rx = self.lexicon.habitual_re
        if rx is None:
            return False
        window = " ".join(text[clause_start:anchor].split()[-3:]) + " " + " ".join(text[end:end + 40].split()[:2])
        return bool(rx.search(window))

    # -- stances -----------------------------------------------------------------------------
    def stances(self, text: str, s: Sentence, mentions: list[Mention], claimant: str | None,
                verb_at: int | None = None, last_person: str | None = None) -> list[dict]:
        """Stance claims of one sentence, one per (holder, topic) (see pipeline/extract/stances.py)."""
        out, seen = [], set()
        if claimant is not None and verb_at is not None and frame_modality(text, s, verb_at) == "negated":
            return out       # 'Biden did not say whether ...': the speaker expressed no position
        sentence = s.text.translate(QUOTES_TO_SPACE)    # 'punish “Taiwan independence” diehards'
        if self.topic_gate is None or not self.topic_gate.contains(sentence):
            return out
        clause_of = lambda local: tuple(x - s.start for x in _clause_bounds(text, s, s.start + local))  # noqa: E731
        for cues in self.topic_cues:
            for r in topic_readings(sentence, cues, clause_of):
                pos = s.start + r.cue_start
                modality = self.modality(text, s, pos)
                if INDIRECT_QUESTION.search(text, _clause_bounds(text, s, pos)[0], pos):
                    modality = "hypothetical"    # 'the question is whether Tokyo will ...': asks, asserts nothing
                polarity = r.polarity
                if modality == "negated" and r.negatable:
                    polarity = "oppose" if polarity == "support" else "support"
                if claimant is not None:
                    holders = speaker_group(text, mentions, claimant)
                else:
                    if modality not in ("asserted", "negated"):
                        continue     # the document's own forecast, plan or recommendation
                    c_start, _ = _clause_bounds(text, s, pos)
                    found = clause_subject(text, c_start, pos, mentions, _group)
                    if not found and causal_clause(text, c_start) and c_start > s.start:
                        p_start, _ = _clause_bounds(text, s, c_start - 1)
                        found = clause_subject(text, p_start, c_start, mentions, _group)
                    holders = _unique_ids(found)
                    if not holders and last_person and PRONOUN_SUBJECT.fullmatch(text, c_start, pos):
                        holders = [last_person]
                for holder in holders:
                    if (holder, cues.topic_id) in seen:
                        continue
                    seen.add((holder, cues.topic_id))
                    out.append({"topic_id": cues.topic_id, "polarity": polarity, "holder": holder, "trigger": r.cue_text,
                                "trigger_start": pos, "modality": "asserted" if modality == "negated" else modality,
                                "attributed": claimant is not None, "from_cue": r.negatable,
                                "negated": modality == "negated" and r.negatable,
                                # what the speaker does in words: the cue's own polarity, before an inverse keyword
                                "act": polarity if not r.inverse else ("oppose" if polarity == "support" else "support")})
                break        # one reading per topic and sentence: the first phrase or the governing cue
        return out

    # -- statements as events --------------------------------------------------------------
    def statement_event(self, text: str, s: Sentence, mentions: list[Mention], claimant: str | None,
                        verb: str | None, verb_at: int | None, stances: list[dict], event_sources: set[str]) -> dict | None:
        """A named speaker's reported position is itself a verbal act (syntax.yaml statement_events:
        support -> SUPPORT, oppose -> ACCUSE) when the speaking is asserted ('said', not 'did not say',
        'would say') and the sentence reports no other act of the speaker."""
        kinds = (self.knowledge.syntax or {}).get("statement_events") or {}
        if claimant is None or verb_at is None or verb is None or not kinds or claimant in event_sources:
            return None
        if not stances or frame_modality(text, s, verb_at) != "asserted":
            return None      # 'did not say', 'would say'
        past = self.lexicon.is_past(verb) or (verb.casefold().endswith("ing") and PAST_MAIN_CLAUSE.search(text, s.start, verb_at))
        if not past or self._is_habitual(text, _clause_bounds(text, s, verb_at)[0], verb_at, verb_at + len(verb)):
            return None      # a present 'maintains' is a standing position; 'has repeatedly stated' no single act
        return statement_act(kinds, stances)

    def _with_descriptions(self, text: str, body: Body, mentions: list[Mention],
                           discovered: dict[str, DiscoveredActor]) -> list[Mention]:
        """The mentions plus the definite descriptions that refer back to them ('the ministry')."""
        types = {d.actor_id: d.actor_type for d in discovered.values()}

        def kind_of(actor_id: str) -> str | None:
            actor = self.knowledge.actors_by_id.get(actor_id)
            t = actor.actor_type if actor is not None else types.get(actor_id)
            return None if t in (None, "state") else "person" if t == "person" else "organisation"

        def name_of(actor_id: str) -> str:
            actor = self.knowledge.actors_by_id.get(actor_id)
            return actor.name if actor is not None else next((d.name for d in discovered.values() if d.actor_id == actor_id), "")

        excluded = SpanSet(body.excluded)
        return self.descriptions.resolve(text, body.start, body.end, mentions, kind_of=kind_of, name_of=name_of,
                                         discovered=discovered, outside=lambda a, b: not excluded.overlaps(a, b))

    def spoken_event(self, speaker: str, stances: list[dict], event_sources: set[str]) -> tuple[dict | None, str | None, int | None]:
        """A transcript speaker's position is a verbal act made there and then (statement_events, as for
        an asserted 'said'); (act, its cue as the trigger, the cue's offset)."""
        kinds = (self.knowledge.syntax or {}).get("statement_events") or {}
        if not kinds or not stances or speaker in event_sources:
            return None, None, None
        act = statement_act(kinds, stances)
        return (act, stances[0]["trigger"], stances[0]["trigger_start"]) if act else (None, None, None)

    # -- a document --------------------------------------------------------------------------
    def extract(self, doc: DocumentInput) -> DocumentExtraction:
        if doc.body_start is None or doc.body_end is None:
            body = find_body(doc.text, title=doc.title, author=doc.author)
        else:
            body = Body(doc.body_start, doc.body_end, list(doc.excluded))
        text = doc.text
        mentions, discovered = self.matcher.find(text, body.start, body.end, body.excluded)
        mentions = self._with_descriptions(text, body, mentions, discovered)
        types = {d.actor_id: d.actor_type for d in discovered.values()}
        segments = speaker_segments(text, body.start, body.end, mentions, lambda a: (
            self.knowledge.actors_by_id[a].actor_type if a in self.knowledge.actors_by_id else types.get(a)))
        sentences = split_sentences(text, start=body.start, end=body.end, excluded=body.excluded)
        claims: list[dict] = []
        person_ids = self.registry_persons | {d.actor_id for d in discovered.values() if d.actor_type == "person"}
        last_person = None
        mention_starts = [m.start for m in mentions]  # mentions are sorted by (start, end)
        prev: tuple[int, TimeRef | None, set[str]] = (-1, None, set())   # end, sole time, actors of the last sentence
        closers = quote_closers(text, sentences)

        def sentence_mentions(s: Sentence) -> list[Mention]:
            first = bisect_left(mention_starts, s.start)
            last = bisect_right(mention_starts, s.end, lo=first)
            return [m for m in mentions[first:last] if m.end <= s.end]

        for i, s in enumerate(sentences):
            in_s = sentence_mentions(s)
            core = drop_parenthesised(text, in_s)     # the names that can act: no '(鄭麗文)' or '(KMT)' after a name
            claimant, verb, verb_at = self.attribution(text, s, core, last_person)
            if claimant is None and i in closers:     # a quotation whose speaker is named where it closes
                closing = sentences[closers[i]]
                who, _, at = self.attribution(text, closing, drop_parenthesised(text, sentence_mentions(closing)), last_person)
                claimant = who if who is not None and after_last_quote(closing, at) else None
            spoken = segments.speaker_at(s.start) if claimant is None else None   # a transcript speaker's words
            claimant = claimant or spoken
            times = find_time_expressions(s.text, published=doc.published_date)
            base = {"doc_id": doc.doc_id, "char_start": s.start, "char_end": s.end, "text": s.text,
                    "claimant_id": claimant, "extractor": self.extractor}
            made = False
            carried = prev[1] if prev[0] >= 0 and not times and "\n\n" not in text[prev[0]:s.start] else None
            for e in self.events(text, s, core, persons=person_ids, speaker=claimant,
                                 speaker_verb_end=verb_at + len(verb) if verb_at is not None and verb else None,
                                 last_person=last_person):
                t = clause_time(times, s, e["clause"], e["trigger_start"], frame_start=attribution_frame_start(text, s, self.lexicon))
                if t is None and carried is not None and e["modality"] == "asserted" and set(e["subject_ids"]) & prev[2] \
                        and not PRESENT_PERFECT.search(text, max(s.start, e["trigger_start"] - 40), e["trigger_start"]):
                    t = carried      # 'On March 2, Tsai gave an interview. Tsai proposed ...': the same occasion
                conf = _event_confidence(e, t)
                claims.append({**base, **date_columns(t), "kind": "event", "modality": e["modality"], "predicate": e["plover"],
                               "mode": e["mode"], "trigger": e["trigger"], "subject_ids": e["subject_ids"],
                               "object_ids": e["object_ids"], "topic_id": None, "polarity": None, "confidence": conf,
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "event", e["plover"], e["trigger_start"])})
                made = True
            sentence_stances = self.stances(text, s, core, claimant, verb_at, last_person)
            for st in sentence_stances:
                t = times[0] if times else None
                claims.append({**base, **date_columns(t), "kind": "stance", "modality": st["modality"], "predicate": "STANCE",
                               "mode": None, "trigger": st["trigger"], "subject_ids": [st["holder"]], "object_ids": [],
                               "topic_id": st["topic_id"], "polarity": st["polarity"],
                               "confidence": 0.75 if st["attributed"] else 0.6,
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "stance", st["topic_id"], st["polarity"], st["holder"])})
                made = True
            sentence_events = [c for c in claims if c["kind"] == "event" and c["char_start"] == s.start]
            event_sources = {a for c in sentence_events for a in c["subject_ids"]}
            if spoken:
                said, verb, verb_at = self.spoken_event(spoken, sentence_stances, event_sources)
            else:
                said = self.statement_event(text, s, core, claimant, verb, verb_at, sentence_stances, event_sources)
            if said is not None and not any(c["predicate"] == said["plover"] for c in sentence_events):
                t = frame_time(times, s, verb_at)
                claims.append({**base, **date_columns(t), "kind": "event", "modality": "asserted", "predicate": said["plover"],
                               "mode": None, "trigger": verb, "subject_ids": said["sources"], "object_ids": [],
                               "topic_id": None, "polarity": None,
                               "confidence": round(0.6 + (0.1 if t and t.precision != "unknown" else 0.0), 3),
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "event", said["plover"], verb_at)})
            if not made and in_s:
                t = times[0] if times else None
                claims.append({**base, **date_columns(t), "kind": "statement", "modality": self.modality(text, s, s.end),
                               "predicate": verb, "mode": None, "trigger": verb, "subject_ids": _unique_ids(in_s),
                               "object_ids": [], "topic_id": None, "polarity": None, "confidence": 0.9,
                               "claim_id": stable_id("clm", doc.doc_id, s.start, s.end, "statement")})
            persons = [m for m in in_s if m.actor_id in person_ids]
            if persons:
                last_person = persons[-1].actor_id
            known = [t for t in times if t.precision != "unknown"]
            # who the sentence is about: its speaker, its events' sources, its first name outside a prepositional
            # phrase ('On March 8, Suga rejected the proposal made by Tsai': Suga, not Tsai)
            about = {a for c in claims if c["char_start"] == s.start and c["kind"] == "event" for a in c["subject_ids"]}
            head = next((m for m in drop_possessors(text, in_s)
                         if not PREPOSITION_OBJECT.search(text, max(s.start, m.start - 30), m.start)), None)
            prev = (s.end, known[0] if len(known) == 1 and len(times) == 1 else None,
                    about | ({head.actor_id} if head else set()) | ({claimant} if claimant else set()))
        mention_rows = [{"mention_id": stable_id("mnt", doc.doc_id, m.start, m.end), "doc_id": doc.doc_id,
                         "actor_id": m.actor_id, "char_start": m.start, "char_end": m.end, "text": m.text,
                         "method": m.method, "confidence": m.confidence} for m in mentions]
        return DocumentExtraction(body.start, body.end, body.excluded, claims, mention_rows, discovered)


def _event_confidence(e: dict, t: TimeRef | None) -> float:
    """A heuristic score from the evidence's strength (see the codebook's calibration note)."""
    score = 0.55 + 0.2 * e["registry_share"] + (0.1 if e["object_ids"] else 0.0) + (0.1 if t and t.precision != "unknown" else 0.0)
    return round(min(score, 0.95), 3)
