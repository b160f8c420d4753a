"""Who asserts a sentence: the claimant and reporting verb of quoted or reported speech ('..., Zhao added',
'according to Reuters', 'X told reporters', 'X put it bluntly: "..."'), a mixin of ClaimExtractor (it uses the
extractor's lexicon)."""
import re
from functools import cached_property

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import FRAME_AUX
from pipeline.extract.sentences import Sentence
from pipeline.extract.stances import NOT_A_VERB, PART_OF_GROUP, PREPOSITION_BEFORE, drop_modifiers
from pipeline.extract.statements import (APPOSITIVE_GAP, COORDINATED_SPEAKER_GAP, PRONOUN_SPEAKER, SENTENCE_SUBJECT_PREFIX,
                                         SPEAKER_TIME_GAP, UNNAMED_ROLE_OF, inside_quotation,
                                         quotation_open_at)

SPEAKER_GAP = re.compile(r"[\s,]*(?:[^,]{0,60},\s*)?(?:\w+ly\s+)?" + FRAME_AUX)
# (a possessive too: "Saito's remark", "the minister's comment")
NOUN_USE_BEFORE = re.compile(r"(?:\b(?i:the|a|an|this|that|its|their|his|her|our)|[\w.\-]['’]s)\s+(?:[\w’'\-]+\s+)?$")
# a naming frame, not the sentence's attribution: 'lodged what the Chinese foreign ministry called "stern representations"'
WHAT_NAMED = re.compile(r"\bwhat\s+(?:[\w’'.\-]+\s+){1,5}$", re.IGNORECASE)
# a participle after the piece its speaker delivered: 'X delivered a speech arguing that ...', 'X issued a statement saying'
SPOKEN_PIECE_BEFORE = re.compile(r"\b(?:speech|address|statement|remarks|post|article|op-ed|editorial|commentary|essay|column|"
                                 r"letter|message|tweet|interview|report|paper|lecture|testimony)\s+$", re.IGNORECASE)
# a quotation introduced by a colon after its speaker's clause ('Kishida put it bluntly: "..."')
# 'it' as the subject of a reporting verb: the body that last opened a sentence ('Taiwan's foreign ministry defended the
# voyage. It said ...', 'The DFA sought to contain the damage. In a statement, it said ...')
# a name and then a coordinated verb ('summoned Ambassador X and told him ...', 'briefed the Governor and asked ...'): the
# name is the first verb's object, the speaker is that verb's subject (COORDINATED_SPEAKER_GAP below)
VP_COORDINATION_GAP = re.compile(r"\s*,?\s*(?:and|but)\s+", re.IGNORECASE)
IT_SPEAKER = re.compile(r"(?<![\w’'\-])(?:it|It)\s+(?:has\s+|had\s+)?(?:also\s+|further\s+|then\s+|later\s+)?$")
# the full name of a body before its bracketed acronym, opening the sentence ('The Department of Foreign Affairs (DFA)')
FULL_NAME_BEFORE_BRACKET = re.compile(r"[\s“‘\"]*(?:[Tt]he\s+)?[A-Z][\w’'.\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'.\-]*){0,7}\s*")
# a person's affiliation between their name and their reporting verb: a capitalised body name after 'of', 'at' or 'from',
# no punctuation ('of the PLA's Academy of Military Science', 'at the Brookings Institution')
# (lower-case modifiers may open the body's name: 'of the ruling Liberal Democratic Party', 'of the opposition DPJ')
AFFILIATION_GAP = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}[A-Z][^,;:“”\"()\n]{1,80}?\s+"
                             + FRAME_AUX)
# the same affiliation before an apposition that the body's name heads ('X (...) of the ruling DPP, who chairs ..., called on'):
# the body only qualifies the person before it
AFFILIATION_BEFORE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
# the words that may open a person's title before their name as the sentence's subject, beyond SENTENCE_SUBJECT_PREFIX's
# ('In Tokyo, former Defense Minister X of the ruling LDP said')
TITLE_MODIFIERS = re.compile(r"\b(?:former|retired|senior|veteran|opposition|ruling|deputy|vice|then)\s+")
COLON_QUOTE = re.compile(r":\s*[“\"]")
# an apposition after the subject before the colon does not count against its few words ('X, a lawmaker and former adviser
# to the prime minister, made the same point at a seminar: "..."')
COLON_APPOSITION = re.compile(r"\s*,\s*(?!and\b|but\b)[^,;:“”\"]{3,120},")


def compile_role_of_name(roles) -> re.Pattern:
    """A role noun right after a body or party, then a capital: the body only qualifies the person named after it ('Upper
    House member Kazuyoshi Nagai', 'LDP lawmaker X'); roles: vocabulary.yaml name_roles (never matches without)."""
    alternation = "|".join(re.escape(str(r)) for r in roles or ()) or "(?!)"
    return re.compile(rf"\s+(?:{alternation})\s+[A-Z]")


# a preposition and a modifier before a name: the object inside an apposition ('a member of the opposition [DPJ]')
# (a determiner is no modifier: 'a spokesperson for the Taiwan Affairs Office said' names its speaker's body)
MODIFIED_OBJECT_BEFORE = re.compile(r"\b(?:of|for|at|in|from|with)\s+(?:the\s+)?(?!(?:said|the|a|an|its|their)\b)[a-z][\w\-]*\s+$")
# a prescribed utterance, not a report: 'Tokyo should say clearly that ...', 'Washington must state plainly ...' (the
# words are the sentence's speaker's demand of that subject; its speaker is the one who prescribes)
# a reporting verb in the passive ('China is expected to ...', 'Tokyo is said to have ...', 'he was told that ...'): its
# subject is what others expect, say or tell, not a speaker (the agent is unnamed; 'was quoted as saying' is one phrase)
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|generally|largely|also|not|still|now|"
                            r"\w+ly)\s+)?$", re.IGNORECASE)
PRESCRIBED_SPEECH = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to|had\s+better)\s+(?:also\s+|now\s+|finally\s+|\w+ly\s+)?$",
                               re.IGNORECASE)


# a reporting verb with its speaker right before 'according to' ('X said, according to Y', 'X told the envoy, according to a
# ministry statement'): X is the speaker, Y only the channel that reports the words
SAID_BEFORE_SOURCE = re.compile(r"\b(?:said|says|told(?:\s+[\w.’'\-]+){1,3}),\s*$")

QUOTE_OR_COMMA_END = re.compile(r"[,”’\"']\s*$")


class Attribution:
    """claimant() and attribution() of ClaimExtractor (needs self.lexicon)."""

    @cached_property     # a body or party qualifying the person named after it ('LDP lawmaker X'): vocabulary.yaml name_roles
    def _role_of_name(self) -> re.Pattern:
        return compile_role_of_name((self.knowledge.vocabulary or {}).get("name_roles"))

    def claimant(self, text: str, s: Sentence, mentions: list[Mention], last_person: str | None) -> tuple[str | None, str | None]:
        """(actor_id, reporting verb) of who asserts the sentence when it is quoted or reported."""
        who, verb, _ = self.attribution(text, s, mentions, last_person)
        return who, verb

    def attribution(self, text: str, s: Sentence, mentions: list[Mention],
                    last_person: str | None) -> tuple[str | None, str | None, int | None]:
        """(actor_id, reporting verb, offset of the verb) of the sentence's reported speech."""
        m = self.lexicon.according_re.search(s.text)
        if m and SAID_BEFORE_SOURCE.search(s.text, 0, m.start()):
            m = None     # '"...," Lai said, according to a Presidential Office statement': Lai speaks, the statement reports it
        if m:
            after = [x for x in mentions if x.start >= s.start + m.end() and x.start <= s.start + m.end() + 40]
            if after:
                return after[0].actor_id, "according to", s.start + m.start()
        for rv in self.lexicon.reporting_re.finditer(s.text):
            v_start, v_end = s.start + rv.start(), s.start + rv.end()
            if rv.group(0).casefold() in self.lexicon.reporting_lemmas and NOUN_USE_BEFORE.search(text, max(s.start, v_start - 40), v_start):
                continue     # 'the Taiwan question', 'the report': a noun, not a reporting verb
            if WHAT_NAMED.search(text, max(s.start, v_start - 60), v_start):
                continue     # 'what the ministry called "..."': a name given to a thing, not the frame of the sentence
            if PRESCRIBED_SPEECH.search(text, max(s.start, v_start - 30), v_start):
                continue     # 'the U.S. should state plainly that ...': demanded of the subject, not said by it
            if rv.group(0).endswith(("ed", "told", "said", "thought", "known", "seen")) and " " not in rv.group(0).strip() \
                    and PASSIVE_BEFORE.search(text, max(s.start, v_start - 30), v_start):
                continue     # 'China is expected to blockade ...': someone else's expectation about the subject
            if rv.group(0).split()[0].endswith("ing") and (text[max(s.start, v_start - 2):v_start].strip() == ","
                                                            or SPOKEN_PIECE_BEFORE.search(text, max(s.start, v_start - 30), v_start)):
                # ', accusing ...' / ', saying ...': a participle's speaker is its main clause's subject, not the
                # nearest name ('Hua, ..., lodged what the ministry called "...", accusing Abe of ...': Hua)
                opener = next(iter(drop_modifiers(text, [x for x in mentions if s.start <= x.start and x.end <= v_start])), None)
                if opener is not None and SENTENCE_SUBJECT_PREFIX.fullmatch(text, s.start, opener.start) \
                        and not NOT_A_VERB.match(text[opener.end:v_start]) and not self._role_of_name.match(text, opener.end):
                    return opener.actor_id, rv.group(0), v_start
                if opener is not None and self._role_of_name.match(text, opener.end):
                    continue     # its subject is a person the matcher did not name: not the nearest name before it
            if inside_quotation(s.text, rv.start()):
                continue     # a verb of the quoted words ('"Washington should state plainly ...'), not the frame
            before = [x for x in mentions if x.end <= v_start and v_start - x.end <= 60
                      and (not PREPOSITION_BEFORE.search(text, max(s.start, x.start - 20), x.start)
                           or UNNAMED_ROLE_OF.search(text, max(s.start, x.start - 60), x.start)   # 'a spokesperson for X said'
                           and "," not in text[x.end:v_start])   # (not when an appositive names them: ', Kong Quan, said')
                      and not PART_OF_GROUP.search(text, max(s.start, x.start - 60), x.start)   # 'Some in the LDP said'
                      # the body an apposition ties its unnamed speaker to: 'X, a senior member of the opposition Democratic
                      # Party's panel, said' (the matcher did not name X; the party did not speak)
                      and not MODIFIED_OBJECT_BEFORE.search(text, max(s.start, x.start - 30), x.start)
                      and not inside_quotation(s.text, x.start - s.start)]   # '"... to defend Taiwan," said X': a quoted name
            after = [x for x in mentions if x.start >= v_end and x.start - v_end <= 3]
            if titled := self._titled_speaker_after(text, v_end, mentions):
                after = [titled]     # '"...," said spokesperson X', 'said Foreign Ministry spokesman Y': the titled person
            head = next((x for x in reversed(mentions) if s.start <= x.start and x.end <= v_start and v_start - x.end <= 160
                         and APPOSITIVE_GAP.fullmatch(text, x.end, v_start)
                         and not PREPOSITION_BEFORE.search(text, max(s.start, x.start - 20), x.start)), None)
            if head is not None and (person := self._person_of_body(text, s, head, mentions)) is not None:
                return person, rv.group(0), v_start    # 'X (...) of the ruling DPP, who chairs ..., called on': X
            if head is not None:
                return head.actor_id, rv.group(0), v_start
            if (member := self._affiliated_speaker(text, s, v_start, mentions)) is not None:
                return member, rv.group(0), v_start    # 'Bonnie Glaser of the German Marshall Fund said': the person
            gap_before = text[before[-1].end:v_start] if before else ""
            if before and (SPEAKER_GAP.fullmatch(gap_before) or SPEAKER_TIME_GAP.fullmatch(gap_before)
                           or len(gap_before.split()) <= 1) and not VP_COORDINATION_GAP.fullmatch(gap_before):
                return before[-1].actor_id, rv.group(0), v_start
            if after and QUOTE_OR_COMMA_END.search(text[max(s.start, v_start - 3):v_start]):
                return after[0].actor_id, rv.group(0), v_start
            opener = next((x for x in mentions if s.start <= x.start and x.end <= v_start
                           and COORDINATED_SPEAKER_GAP.fullmatch(text, x.end, v_start)), None)
            if opener is not None and (SENTENCE_SUBJECT_PREFIX.fullmatch(text, s.start, opener.start)
                                       or (colon_at := text.rfind(": ", s.start, opener.start)) >= 0
                                       and SENTENCE_SUBJECT_PREFIX.fullmatch(text, colon_at + 1, opener.start)):
                # 'X welcomed the visit and said ...'; also after a lead-in before a colon ('The reaction was immediate:
                # the same day, X summoned Y and told him ...')
                return opener.actor_id, rv.group(0), v_start

            if IT_SPEAKER.search(text, max(s.start, v_start - 20), v_start) and getattr(self, "_last_body", None):
                return self._last_body, rv.group(0), v_start     # 'The ministry defended the voyage. It said ...'
            pron = PRONOUN_SPEAKER.search(text, max(s.start, v_start - 30), v_start)
            if pron and last_person:
                return last_person, rv.group(0), v_start
        colon = COLON_QUOTE.search(s.text)
        if colon is not None:
            # 'Kishida put it bluntly: "..."', 'The ministry's reply was short: "..."': the subject before the colon speaks
            c_at = s.start + colon.start()
            opener = next(iter(drop_modifiers(text, [x for x in mentions if s.start <= x.start and x.end <= c_at])), None)
            if opener is not None and SENTENCE_SUBJECT_PREFIX.fullmatch(text, s.start, opener.start) \
                    and not NOT_A_VERB.match(text[opener.end:c_at]) \
                    and len(text[(a.end() if (a := COLON_APPOSITION.match(text, opener.end, c_at)) else opener.end):c_at].split()) <= 8:
                return opener.actor_id, ":", c_at
        return None, None, None

    def _affiliated_speaker(self, text: str, s: Sentence, v_start: int, mentions: list[Mention]) -> str | None:
        """A person named before a reporting verb with their affiliation between ('Zhao Xiaozhuo of the PLA's Academy of
        Military Science told reporters', 'X of the German Marshall Fund said'): the person speaks, not the body."""
        persons = getattr(self, "_doc_persons", ())
        for x in reversed(mentions):
            if not (s.start <= x.start and x.end <= v_start and v_start - x.end <= 100):
                continue
            # (the person opens the sentence as its subject: 'X met Y at the ministry and urged ...' is X's act, not Y's)
            if (x.actor_id in persons or self._actor_kind(x.actor_id) == "person") and AFFILIATION_GAP.fullmatch(text, x.end, v_start) \
                    and _subject_prefix(text, s.start, x.start):
                return x.actor_id
        return None

    def _person_of_body(self, text: str, s: Sentence, head: Mention, mentions: list[Mention]) -> str | None:
        """The person a body names as their affiliation right before it, the person opening the sentence ('X of the
        ruling DPP, who ..., called on'), else None."""
        persons = getattr(self, "_doc_persons", ())
        for x in mentions:
            if s.start <= x.start and x.end <= head.start and head.start - x.end <= 60 \
                    and (x.actor_id in persons or self._actor_kind(x.actor_id) == "person") \
                    and AFFILIATION_BEFORE.fullmatch(text, x.end, head.start) and _subject_prefix(text, s.start, x.start):
                return x.actor_id
        return None

    def _titled_speaker_after(self, text: str, v_end: int, mentions: list[Mention]) -> Mention | None:
        """The speaker named after an inverted reporting verb behind a title ('said spokesperson Teresita Daza', 'said
        Foreign Ministry spokesman Wang Wenbin', 'said analyst Bonnie Glaser'): the first mention the title reaches
        that is not itself a body qualifying the person after it (None: no title, or no name after it)."""
        gap_re = getattr(self.lexicon, "speaker_title_gap_re", None)
        if gap_re is None:
            return None
        for x in sorted((x for x in mentions if v_end < x.start <= v_end + 80), key=lambda x: x.start):
            if x.start - v_end <= 3 and not self._role_of_name.match(text, x.end):
                return None          # a name right after the verb: the plain case
            if x.start - v_end > 3 and not gap_re.fullmatch(text, v_end, x.start):
                return None
            if not self._role_of_name.match(text, x.end):
                return x
        return None


def _subject_prefix(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is what may stand before a sentence's subject name, title modifiers included."""
    return bool(SENTENCE_SUBJECT_PREFIX.fullmatch(text, start, end)
                or SENTENCE_SUBJECT_PREFIX.fullmatch(TITLE_MODIFIERS.sub(lambda m: "X" * (len(m.group(0)) - 1) + " ", text[start:end])))


def opening_body(text: str, s: Sentence, mentions: list[Mention], actor_type, last_body: str | None) -> str | None:
    """The named body (not a person) that opens a sentence as its subject, outside any quotation: what a later 'it said'
    refers to. A person opening the sentence ends the reference; a sentence opened by neither, or inside a quotation
    an earlier sentence opened, keeps the last one."""
    if quotation_open_at(text, s.start):
        return last_body
    for m in mentions:
        if inside_quotation(s.text, m.start - s.start):
            continue
        # (an acronym in brackets after the full name may be the mention: 'The Department of Foreign Affairs (DFA), ...')
        bracketed = text[max(s.start, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")"
        if not (FULL_NAME_BEFORE_BRACKET if bracketed else SENTENCE_SUBJECT_PREFIX).fullmatch(text, s.start, m.start - 1 if bracketed else m.start) \
                or NOT_A_VERB.match(text[m.end + 1 if bracketed else m.end:m.end + 40]):
            return last_body
        kind = actor_type(m.actor_id)
        return None if kind in (None, "person") else m.actor_id
    return last_body
