"""Which time expression dates a claim: the trigger's own clause, never a dateline or the time of a
trailing attribution frame (', the ministry said on Tuesday')."""
import re
from datetime import date

from pipeline.extract import occasion_words
from pipeline.extract.came_after import came_after_time
from pipeline.extract.coordinated_time import coordinated_time
from pipeline.extract.subordinate_acts import colon_lead_time
from pipeline.extract.dates import ANAPHORIC_DAY, TimeRef, anaphoric_day, count_anchor
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.sentences import Sentence

# 'TOKYO, March 5 (Reuters) -', 'BEIJING, Aug. 10 (Xinhua) --', 'Taipei, Aug. 10 (CNA)': the wire's filing day
DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .,]*\d{1,2}\s*(?:\([A-Za-z .]{2,20}\)\s*(?:--|[–—-])?|(?:--|[–—-]))")


COMMA_OR_SEMICOLON = re.compile(r"[,;]")


def clause_time(times: list[TimeRef], s: Sentence, clause: tuple[int, int], trigger_start: int,
                frame_start: int | None = None, *, past_forms: frozenset[str] = frozenset()) -> TimeRef | None:
    """The time expression of the trigger's own clause (nearest before it, else after it); a time in a
    trailing attribution frame (', the ministry said on Tuesday') dates the statement, not the event."""
    c_start, c_end = clause[0] - s.start, clause[1] - s.start
    limit = c_end if frame_start is None or frame_start <= trigger_start else min(c_end, frame_start - s.start)
    dateline = DATELINE.match(s.text)
    local = trigger_start - s.start
    times = [t for t in times if not foreign_time(s.text, t, local, times)]
    if present_perfect(s.text, c_start, local):
        # 'Earlier this month, Beijing banned ..., a measure Tokyo has protested': a present perfect takes no definite
        # past time from before it (the time is another verb's); only its own ('has lodged a protest on Monday')
        times = [t for t in times if t.start > local]
    inside = [t for t in times if c_start <= t.start and t.end <= limit and not (dateline and t.end <= dateline.end())]
    fronted = FRONTED_SINCE.match(s.text)
    if fronted and fronted.end() <= local:
        # 'Since the DPP took power in May, Beijing has suspended ...': the time opens a period, the act falls in it
        inside = [t for t in inside if t.start >= fronted.end()]
    # 'agreed on Wednesday', 'met Lai ... on Monday': a time right after the verb is its own
    right_after = [t for t in inside if 0 <= t.start - local <= 40 and not COMMA_OR_SEMICOLON.search(s.text[local:t.start])]
    if right_after:
        return right_after[0]
    # a time after a that-complement's start dates the complement ('urged X to state that Japan would maintain
    # the policy set out in 1972'), not the trigger
    inside = [t for t in inside if t.start <= local or not COMPLEMENT_START.search(s.text, local, t.start)]
    # nor a time after a participial adjunct or a subordinate clause that follows the trigger ('criticized the
    # lawmakers, saying their trip violated commitments made when Japan normalized relations in 1972'); a short
    # quoted name in the object ('signed a "Reciprocal Access Agreement" in Manila on July 8') opens no clause
    plain = mask_short_quotes(s.text)
    inside = [t for t in inside if t.start <= local or not LATER_CLAUSE.search(plain, local, t.start)]
    return own_later_time(s.text, inside, local) or nearest_time(inside, local) or scene_time(s.text, times, local) \
        or coordinated_time(s.text, times, local, past_forms=past_forms) \
        or colon_lead_time(s.text, times, local)     # 'Tension rose in May 2012: boats entered ...' (dates18)


# ', and the GSDF deployed ...', '; Tokyo protested ...': a coordinated main clause with a subject of its own
COORDINATED = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?!(?:then|later|also)\b)", re.IGNORECASE)
# an infinitive or a that-complement between the trigger and a later time makes the time the complement's
# ('agreed to hold talks in March')
COMPLEMENT_BETWEEN = re.compile(r"[,;]|\bto\s+\w+|\bthat\b")


def own_later_time(text: str, inside: list[TimeRef], local: int) -> TimeRef | None:
    """'The garrison opened in 2019, and the GSDF deployed a battery there in March 2020': the time of the
    trigger's own coordinated clause, after the trigger, over a time an earlier clause named for its own verb."""
    before = [t for t in inside if t.start <= local]
    after = [t for t in inside if t.start > local]
    if not before or not after or not COORDINATED.search(text, before[-1].end, local):
        return None
    return None if COMPLEMENT_BETWEEN.search(text, local, after[0].start) else after[0]


# a quotation of at most four words with no clause punctuation: a name or a scare-quoted term ('so-called
# "law enforcement patrols"', 'announced "countermeasures"'), not quoted speech
SHORT_QUOTE = re.compile(r"[“\"](?:[^\s“”\",;:.!?]+\s){0,3}[^\s“”\",;:.!?]+[”\"]")


def mask_short_quotes(text: str) -> str:
    """text with the quotation marks of short quoted names replaced by spaces (same length, offsets kept)."""
    return SHORT_QUOTE.sub(lambda m: " " + m.group(0)[1:-1] + " ", text)


LATER_CLAUSE = re.compile(r",\s+(?:\w+ly\s+)?\w+ing\b|\b(?:when|after|before|since|because|until|whereas|although)\b|[“\"]", re.IGNORECASE)


# a sentence opened by a since-clause: its time is the start of a period, not the time of the main clause's act
FRONTED_SINCE = re.compile(r"[\s“‘\"]*(?:ever\s+)?since\b[^,;:]{1,120},", re.IGNORECASE)
# ', who arrived on Monday,' / ', which was signed in 2019,': a non-restrictive relative clause dates its own verb
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b[^,;:“”\"]*(?:[,;:]|$)")
# 'said on Wednesday that ...', 'told reporters yesterday that ...': the reporting verb's time dates the speaking;
# an earlier act reported in the past perfect with a time of its own ('said on Wednesday that fighters had
# scrambled on Tuesday') is dated by that time (a present-tense position, 'that China firmly opposes', is held
# when said)
REPORTED_THAT = re.compile(r"\b(?:said|says|told|announced|stated|confirmed|reported|added|noted|disclosed|revealed)\b"
                           r"[^,;“”\"]{0,60}?\bthat\b")
BACKSHIFTED = re.compile(r"\bhad\b")
# a sentence that opens with its time ('In August 2021, when ...,'; 'It was not the first time: in 2021, ...'):
# the scene's time, for every clause of the sentence that names none
SCENE_OPENING = re.compile(r"(?:^|:\s*)(?:(?:in|on|during|since|by|last|earlier|late|early)\s+)?$", re.IGNORECASE)
# 'in April, when the coast guard seized ...': a when-clause is dated by the time it follows
WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def foreground_times(text: str, times: list[TimeRef]) -> list[TimeRef]:
    """The times of text outside its non-restrictive relative clauses. 'Lai, who arrived on Monday, attended the
    service': the arrival's day is background; it neither dates the main clause nor stops the main clause from
    taking the day its occasion already has, and it is not the day a later 'At the meeting' refers back to."""
    spans = [m.span() for m in RELATIVE_CLAUSE.finditer(text)]
    return [t for t in times if not any(a <= t.start and t.end <= b for a, b in spans)]


def foreign_time(text: str, t: TimeRef, local: int, times: list[TimeRef]) -> bool:
    """True when time expression t belongs to another verb than the trigger at local: it sits in a relative
    clause the trigger is outside of, or in the frame of a reporting verb whose past-perfect that-complement
    holds the trigger and names a time of its own."""
    for m in RELATIVE_CLAUSE.finditer(text):
        if m.start() <= t.start and t.end <= m.end() and not m.start() <= local < m.end():
            return True
    for m in REPORTED_THAT.finditer(text, 0, local + 1):
        if m.start() < t.start and t.end <= m.end() <= local and BACKSHIFTED.search(text, m.end(), local) \
                and any(o.start >= m.end() for o in times):
            return True
    # 'told students on Friday that the status was open because Japan had not said to whom it gave the island when it
    # renounced its claim': the saying's time does not reach an act in a subordinate clause of its reported words
    # (GUIDELINES, Dates: such an act is no main clause's)
    for m in REPORTED_FRAME_THAT.finditer(text, 0, local + 1):
        if m.start() < t.start and t.end <= m.end() <= local and REPORTED_SUBORDINATE.search(text, m.end(), local):
            return True
    return False


# a reporting frame with its time and addressee before the complement's 'that' ('told a student audience at ... on
# Friday that')
REPORTED_FRAME_THAT = re.compile(r"\b(?:said|says|told|stated|added|noted)\b[^,;“”\"]{0,140}?\bthat\b")
# a subordinate clause opened inside reported words, before the trigger ('... because Japan had not specified ... when it')
REPORTED_SUBORDINATE = re.compile(r"\b(?:because|when|after|before|until|since|although|though|while)\b(?![^,;]*\bsaid\b)",
                                  re.IGNORECASE)


def scene_time(text: str, times: list[TimeRef], local: int) -> TimeRef | None:
    """The time a sentence opens with ('In August 2021, ...'), or the time a when-clause holding the trigger
    follows ('in April, when ...'), for a trigger whose own clause names no time; else None. A clause counted
    from that time ('..., and the following day he ...') is left to the anaphoric-day resolver."""
    before = [t for t in times if t.end <= local]
    if before and WHEN_AFTER.match(text, before[-1].end) and "when" in text[before[-1].end:local].casefold():
        return before[-1]
    opening = times[0] if times else None
    if opening is not None and opening.start <= local and SCENE_OPENING.search(text[:opening.start]) \
            and not ANAPHORIC_DAY.search(text, opening.end, local) and not any(m.end() <= local for m in REPORTED_THAT.finditer(text, 0, local + 1)):
        return opening
    return None


COMPLEMENT_START = re.compile(r"\bthat\b")


TRAILING_FRAME = re.compile(r"(?:,|[”’\"])\s*(?:(?:according to|citing)\b|[^,“”\"]{0,80}?\b(?:said|says|told|added|noted|stated|announced|reported|wrote|claimed|confirmed)\b)[^“”\"]*$")


def attribution_frame_start(text: str, s: Sentence, lexicon: Lexicon) -> int | None:
    """Offset where a sentence-final attribution frame begins (', the embassy said in a statement on
    Tuesday'), or None."""
    m = TRAILING_FRAME.search(s.text)
    return s.start + m.start() if m else None


def nearest_time(times: list[TimeRef], local_pos: int) -> TimeRef | None:
    """The time expression that governs a trigger: the nearest one before it, else after it."""
    if not times:
        return None
    before = [t for t in times if t.start <= local_pos]
    return before[-1] if before else times[0]


def date_columns(t: TimeRef | None) -> dict:
    """The claim columns of a time expression (all null, precision unknown, without one)."""
    if t is None:
        return {"time_text": None, "date_start": None, "date_end": None, "date_precision": "unknown"}
    return {"time_text": t.text or None, "date_start": t.date_start, "date_end": t.date_end, "date_precision": t.precision}


def anaphor_window(text: str, clause_start: int, trigger_start: int, sentence_end: int) -> str:
    """The text an anaphoric day ('the day before', 'that evening') dating a trigger may sit in: its clause up
    to the trigger, and right after it up to the next comma or 'that' ('told a news conference the day before
    that ...'; 'welcomed the decision that evening, calling it ...')."""
    after = AFTER_TRIGGER.match(text, trigger_start, min(sentence_end, trigger_start + 120))
    end = after.end() if after else trigger_start
    that = COMPLEMENT_THAT.search(text, trigger_start, end)
    return text[clause_start:that.start() if that else end]


# up to a complement's 'that' (not 'that evening'), a comma or a quotation that opens a clause; a short quoted object
# or complement is stepped over ('called the drills "reckless" the same day')
AFTER_TRIGGER = re.compile(r"(?:[^,;“”\"]|“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\")*")
# (nor a demonstrative on the object before a tie: 'described that remark at the time', dates17)
COMPLEMENT_THAT = re.compile(r"\bthat\b(?!\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|month|year)\b)"
                             r"(?!\s+[\w\-]+\s+(?:at\s+the\s+time|the\s+same\s+day|that\s+day|the\s+(?:next|following)\s+day)\b)")


# 'since taking office in May', 'the first since 2016': the start of a period, not an occasion a later
# sentence can go on narrating
SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w\-’']+\s+){0,3}$", re.IGNORECASE)


def period_start(text: str, t: TimeRef) -> bool:
    """True when time expression t (an offset into text) is introduced by 'since'."""
    return SINCE_BEFORE.search(text, max(0, t.start - 40), t.start) is not None


# 'We have lodged strong protests', 'China has decided to': a perfect reports an earlier act, not the speaking
PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|'ve)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def perfect_before(text: str, trigger_start: int) -> bool:
    """True when the trigger at trigger_start is (within) a perfect-tense verb phrase ('have lodged strong protests')."""
    return PERFECT_BEFORE.search(text, max(0, trigger_start - 40), trigger_start) is not None


def publication_day(published: date | None) -> TimeRef | None:
    """The publication day as a time with no text of its own: what a press-briefing transcript's speaker does
    in their own words ('We urge ...', 'We firmly oppose ...') is done on the day the transcript is published."""
    return TimeRef(0, 0, "", published, published, "day") if published is not None else None


# 'today' in someone's words ('"... where it is today," he said'; '"the foundation of today's relationship"') is the
# present in general, not a day the narrative moves to ('today's press conference' outside quotes still is one)
QUOTATION = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def generic_today(text: str, t: TimeRef) -> bool:
    """True when t is a 'today' inside a quotation of text (the sentence it was found in)."""
    return t.text.lower() == "today" and any(m.start() < t.start and t.end <= m.end() for m in QUOTATION.finditer(text))


def narrated_day(times: list[TimeRef], published: date | None, *, text: str | None = None) -> TimeRef | None:
    """The last day among a sentence's times that the narrative can go on from ('that evening', 'the day
    before'); a day after publication ('takes effect next Monday') is a plan, not a narrated occasion, and a generic
    'today' quoted in the sentence text none either."""
    return next((t for t in reversed(times) if t.precision == "day"
                 and (published is None or t.date_start is None or t.date_start <= published)
                 and (text is None or not generic_today(text, t))), None)


# an occasion the narrative already named, referred back to by a definite noun ('During the meeting, ...',
# 'told the same news conference', 'on the sidelines of the ceremony', 'at the summit'): acts placed there
# happen on the day the narrative named for it (the nouns: seeds/lexicons/syntax.yaml `occasions`)
OCCASION_ANAPHOR = re.compile(r"\b(?:(?:on|at)\s+that\s+occasion\b|(?:at|during)\s+the\s+same\s+(?!time\b|way\b|level\b|rate\b|pace\b)[a-z]+\b|(?:at|during|after|following|on the sidelines of|on the margins of|in|told|addressing|"
                              r"speaking (?:at|to|after))\s+the\s+(?:same\s+)?(?:" + occasion_words.anaphor_nouns() + r")\b"
                              r"(?!\s+(?:of|on|with|in|between|by)\b)"
                              r"(?!\s+(?:this|next|last)\b))", re.IGNORECASE)


# 'after the meeting' (GUIDELINES, Dates): bounded by the occasion and the publication, a day only when they coincide
AFTER_OCCASION = re.compile(r"\b(?:after|following)\s", re.IGNORECASE)


def occasion_day(text: str, last_day: TimeRef | None, *, published: date | None = None) -> TimeRef | None:
    """The day of an occasion text refers back to ('At the meeting, Lin asked ...'): the narrative's last named
    day; 'after the meeting' runs from that day to the publication (a range, known only with it); None without
    such a reference or without a named day."""
    if last_day is None or last_day.date_start is None or last_day.precision != "day":
        return None
    m = OCCASION_ANAPHOR.search(text)
    if m is None:
        return None
    if AFTER_OCCASION.search(m.group(0)) and published is not None and published > last_day.date_start:
        return TimeRef(m.start(), m.end(), m.group(0), last_day.date_start, published, "range")
    return TimeRef(m.start(), m.end(), m.group(0), last_day.date_start, last_day.date_end, "day")


# 'The MAC expresses its strongest condemnation', 'MOFA also urges Beijing to ...', 'The ministry welcomes the
# decision': a performative verb in the simple present, third person, is the act the text itself performs (a
# press release, a statement reproduced in full); it is done on the day the text is published. A habitual
# adverb makes it a custom instead ('Tokyo routinely protests such flights').
PERFORMATIVE_PRESENT = re.compile(
    r"\b(?:expresses|extends|conveys|reiterates|reaffirms|urges|calls\s+(?:on|upon)|condemns|welcomes|"
    r"thanks(?!\s+to\b)|protests|demands|appeals\s+to|denounces|deplores|congratulates|commends|applauds)\b", re.IGNORECASE)
# a determiner makes the word a noun ('the protests', 'its demands', 'with thanks')
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my|these|those|such|of|with|and|many|mass)\s+$", re.IGNORECASE)
HABITUAL_BEFORE = re.compile(r"\b(?:always|often|regularly|routinely|repeatedly|usually|frequently|generally|"
                             r"typically|continually|constantly|consistently|never)\s+(?:\w+\s+)?$", re.IGNORECASE)


CLAUSE_OR_QUOTE_MARK = re.compile(r"[,;:“”\"]")


def performed_by_text(text: str, clause_start: int, trigger_start: int) -> bool:
    """True when the trigger at trigger_start is, or directly follows (same clause, no comma, ≤ 60 characters), a
    third-person present-tense performative verb ('expresses its gratitude', 'urges Beijing'), not habitual."""
    lo = max(clause_start, trigger_start - 60)
    for m in PERFORMATIVE_PRESENT.finditer(text, lo, trigger_start + 30):
        if m.start() > trigger_start or CLAUSE_OR_QUOTE_MARK.search(text[m.end():trigger_start]):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if reported_words(text, clause_start, m.start()):
            continue
        # ('have lodged protests': a noun object of a perfect, an earlier act)
        if not HABITUAL_BEFORE.search(before) and not NOUN_BEFORE.search(before) and not perfect_before(text, m.start()):
            return True
    return False


# 'X said in a statement that the department "welcomes ..."': a present tense in someone's reported words is theirs,
# said when they said it, not the text's own act on its publication day
REPORTED_OPEN = re.compile(r"\b(?:said|says|told|stated|added|noted|wrote|announced)\b[^.;]*?(?:\bthat\b|[“\"])", re.IGNORECASE)


def reported_words(text: str, clause_start: int, at: int) -> bool:
    """True when the position at lies in quoted or reported speech opened since clause_start's sentence part."""
    lo = max(text.rfind("\n", 0, at), text.rfind(". ", 0, clause_start)) + 1    # this sentence only
    part = text[lo:at]
    quoted = part.count("“") > part.count("”") or part.count('"') % 2 == 1
    return quoted or REPORTED_OPEN.search(text, lo, at) is not None


# 'the proposal made by Tsai', 'a visit arranged by the council': a by-phrase names the agent of another, earlier
# act the sentence refers to, not a participant of the occasion it dates
AGENT_BY = re.compile(r"\bby\s+(?:(?:the|former|President|Prime|Minister|Mr\.?|Ms\.?)\s+){0,3}$", re.IGNORECASE)


def occasion_participant(text: str, mention_start: int) -> bool:
    """True unless the name at mention_start is introduced by 'by' (the agent of another act)."""
    return AGENT_BY.search(text, max(0, mention_start - 40), mention_start) is None


# ', prompting Japan to scramble jets', ', forcing the ships to leave': a consequence participle whose act follows
# from (and is dated by) the clause before it
# (and ', which prompted Tokyo to lodge a protest': a sentential relative on the clause, GUIDELINES, Dates)
CONSEQUENCE_PARTICIPLE = re.compile(r"[,;]\s*(?:(?:prompting|forcing|leading|causing|triggering|spurring)|which\s+(?:prompted|forced|led|"
                                    r"caused|triggered|spurred))\s+[^,;]{0,80}$", re.IGNORECASE)


def consequence_time(times: list[TimeRef], s: Sentence, trigger_start: int) -> TimeRef | None:
    """The time before a consequence participle that governs the trigger ('a Y-9 flew ... on February 13, prompting
    the JASDF to scramble fighters'; 'in November, which prompted Tokyo to protest'), else None. Times are offsets
    into s.text."""
    local = trigger_start - s.start
    m = CONSEQUENCE_PARTICIPLE.search(s.text, max(0, local - 120), local)
    if m is None:
        return None
    before = [t for t in times if t.end <= m.start() and t.precision != "unknown" and t.date_start is not None]
    return before[-1] if before else None


def trailing_anaphoric_day(text: str, s: Sentence, times: list[TimeRef], trigger_start: int,
                           last_day: TimeRef | None, *, last_time: TimeRef | None = None) -> TimeRef | None:
    """The day an anaphoric expression right after the trigger names ('summoned the ambassador two days later',
    'welcomed the decision the next day'), counted from the sentence's last day before the trigger, else from the
    narrative's last named day; None without one. ('The transit came two weeks after the PLA staged drills': the
    drills counted back from the transit's day, came_after.)"""
    counted = came_after_time(text, s.start, s.text, trigger_start, times, last_day)
    if counted is not None:
        return counted
    window = anaphor_window(text, trigger_start, trigger_start, s.end)
    if not ANAPHORIC_DAY.search(window):
        return None
    before = [t for t in times if t.precision == "day" and s.start + t.end <= trigger_start]
    months = [t for t in times if t.precision == "month" and s.start + t.end <= trigger_start]
    return anaphoric_day(window, before[-1] if before else count_anchor(last_day, months[-1] if months else last_time))


# 'Tokyo has protested', 'Beijing has also postponed the second round of negotiations': the trigger is in (the object
# of) a present perfect, a past act at no definite time; up to six words between the auxiliary and the trigger, none
# opening another clause or an infinitive ('has a plan to send' is no perfect)
PRESENT_PERFECT_VP = re.compile(r"\b(?:has|have|'ve)\s+(?:(?!(?:that|which|who|to|and|but|or)\b)[\w\-’']+\s+){0,6}$",
                                re.IGNORECASE)


def present_perfect(text: str, clause_start: int, trigger_start: int) -> bool:
    """True when the trigger at trigger_start (offsets into text) sits in a present-perfect verb phrase of its clause."""
    return PRESENT_PERFECT_VP.search(text, max(clause_start, trigger_start - 60, 0), trigger_start) is not None
