"""The narrative's memory of days per actor and per speaker: a wire story dates its lede and goes on with the
same actors' acts on that occasion without repeating the day (moved out of timing.py, unchanged)."""
from pipeline.extract.background_times import occasion_times
from pipeline.extract.dates import TimeRef
from pipeline.extract.timing import RELATIVE_CLAUSE, generic_today

# The day an actor last acted on in the narrative: a wire story dates its lede ('Hua told a press briefing on
# Monday') and goes on, paragraph after paragraph, with the same actors' acts on that occasion without
# repeating the day ('"We urge ...," Hua said'; 'Tsai thanked Mori ...'). Kept per actor with the index of the
# sentence that named it; dropped once the narrative names another time (it has moved to another occasion).
ACTOR_DAY_GAP = 4     # sentences an occasion's day is carried over (beyond, the story has usually moved on)


def remember_days(days: dict[str, tuple[TimeRef, int]], *, index: int, sentence_times: list[TimeRef],
                  dated: list[tuple[list[str], TimeRef | None]], present: set[str],
                  text: str | None = None, undated: frozenset[str] = frozenset()) -> dict[str, tuple[TimeRef, int]]:
    """The actor days after sentence index: entries whose day the sentence's own times contradict are dropped (the
    narrative moved on); each actor of an act dated to a day gets that day, and with a single day in the sentence
    every actor named in it ('During a meeting with Tsai on Sunday, Mori ...': Tsai too)."""
    # a time in a non-restrictive relative clause (', which arrived on Sunday,') is background, not a new occasion
    if text is not None:
        spans = [m.span() for m in RELATIVE_CLAUSE.finditer(text)]
        sentence_times = [t for t in sentence_times if not any(a <= t.start and t.end <= b for a, b in spans)
                          and not generic_today(text, t)]     # nor a generic 'today' ('"... where it is today"')
        # nor a noun's own time or a period's start ('the 1972 communique', 'since 2019'): no new occasion
        sentence_times = occasion_times(text, sentence_times)
    known = [t for t in sentence_times if t.precision != "unknown" and t.date_start is not None]
    if known:
        starts = {t.date_start for t in known}
        days = {a: v for a, v in days.items() if v[0].date_start in starts}
    elif undated:
        # 'On November 7 Takaichi told the Diet ... Beijing demanded that she retract the remark. She refused.': another
        # actor's undated act is another occasion named in between (GUIDELINES, Dates, 'Acts around a dated
        # occasion'); the actors last dated before it no longer go on with their day
        days = {a: v for a, v in days.items() if a in undated}
    else:
        days = dict(days)
    for actors, t in dated:     # (a range too: 'told reporters afterwards' goes on with 'He called on ...', dates18)
        if t is not None and t.precision in ("day", "range") and t.date_start is not None:
            for a in actors:
                days[a] = (t, index)
    # the sentence's one day: the one day its acts were dated to (a time no act takes, 'Today's talks', dates nobody)
    act_days = {t.date_start: t for _, t in dated if t is not None and t.precision == "day" and t.date_start is not None}
    if not known and act_days:
        # 'The next day, Xue wrote ...': an act dated by an anaphoric day moves the narrative as an explicit time
        # does; an actor last dated on another day no longer goes on with it (GUIDELINES, Dates: 'no other time or
        # occasion named in between')
        days = {a: v for a, v in days.items() if v[0].date_start in act_days or v[1] == index}
    one = next(iter(act_days.values())) if len(act_days) == 1 else None
    if one is not None:
        for a in present:
            days.setdefault(a, (one, index))
            days[a] = (days[a][0], index) if days[a][0].date_start == one.date_start else days[a]
    return days


def speaker_day(said_on: dict[str, tuple[TimeRef, int]], speaker: str | None, frame_day: TimeRef | None, *,
                index: int) -> dict[str, tuple[TimeRef, int]]:
    """The days speakers were last quoted on, after sentence index: 'At a briefing on Thursday, Lin said the voyage
    was lawful' records Thursday for Lin even when the sentence codes no act, so that the quotation that goes on
    ('"We hope Japan will stay calm," Lin said') is placed on that day. Only a day-precision time of the
    reporting frame counts."""
    if speaker is None or frame_day is None or frame_day.precision != "day" or frame_day.date_start is None:
        return said_on
    return {**said_on, speaker: (frame_day, index)}


def spoken_day(said_on: dict[str, tuple[TimeRef, int]], speaker: str | None, subjects: list[str], *,
               index: int) -> TimeRef | None:
    """The day of a verbal act the speaker performs in an undated quotation ('"We urge ...," Wang said'): the day
    the speaker was last quoted on within ACTOR_DAY_GAP sentences; None for anyone else's act."""
    if speaker is None or subjects != [speaker] or speaker not in said_on:
        return None
    day, at = said_on[speaker]
    return day if 0 < index - at <= ACTOR_DAY_GAP else None


def actor_day(days: dict[str, tuple[TimeRef, int]], subjects: list[str], *, index: int) -> TimeRef | None:
    """The day an undated act of subjects falls on: the day the narrative last named for one of them, within
    ACTOR_DAY_GAP sentences (the first subject's first); None when none was named."""
    for a in subjects:
        if a in days and 0 < index - days[a][1] <= ACTOR_DAY_GAP:
            return days[a][0]
    return None


def speaker_act_day(said_on: dict[str, tuple[TimeRef, int]], subjects: list[str], last_day: TimeRef | None, *,
                    index: int) -> TimeRef | None:
    """The day of an undated act whose sole subject was last quoted on a dated occasion ('"...," Lee told a party
    meeting on Sunday. Lee also demanded ...'; 'Kong issued a statement on the 19th saying ... Kong urged ...'): the
    speaker goes on with the occasion of the saying (GUIDELINES, Dates, 'Acts around a dated occasion': a saying is
    a dated act), within ACTOR_DAY_GAP sentences and with no other day named since; else None."""
    if len(subjects) != 1 or subjects[0] not in said_on or last_day is None:
        return None
    day, at = said_on[subjects[0]]
    return day if 0 < index - at <= ACTOR_DAY_GAP and last_day.date_start == day.date_start else None


def undated_actors(claims: list[dict], text: str, sentence_start: int, perfect_at, *, reported: bool) -> frozenset[str]:
    """The subjects of a sentence's asserted acts left undated, other than an act in the perfect ('has protested',
    'had lodged': done at no named occasion) and an act reported in a speaker's words about another; claims are the
    sentence's event claims, perfect_at(text, offset) tells a perfect at a trigger's offset into text, reported that
    the sentence has a reporting frame of its own (a transcript turn's speaker narrates, and reports no one)."""
    out = set()
    for c in claims:
        if c["kind"] != "event" or c["modality"] != "asserted" or c["date_precision"] != "unknown" or not c["trigger"]:
            continue
        if reported and c["claimant_id"] is not None and c["claimant_id"] not in c["subject_ids"]:
            continue     # another's act in the speaker's words ('He said China had ... and urged ...'): no new occasion
        at = c["text"].find(c["trigger"])
        if at < 0 or perfect_at(text, sentence_start + at):
            continue
        out.update(c["subject_ids"])
    return frozenset(out)
