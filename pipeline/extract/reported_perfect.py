"""The date of an act reported in the past perfect inside someone's words (GUIDELINES, Dates): 'Wang said on
Monday that China had lodged representations' puts the lodging after the occasion it answers and no later than
the saying, so it spans from the day the narrative last named before the report to the day of the saying (or the
publication day when the saying is undated): `range`, or `day` when both coincide. Without a named day before
it the act stays unknown (GUIDELINES: 'with no dated occasion it stays null'): the saying's day is its latest
bound, not its date; when the reported clause has a time of its own, the act is left to the other rules."""
import re
from datetime import date, timedelta

from pipeline.extract.dates import TimeRef
from pipeline.extract.sentences import Sentence
from pipeline.extract.statements import frame_time
from pipeline.extract.actor_days import spoken_day

# the answer for a reported perfect with no dated occasion: bounded above by the saying only, so not dated (dates20)
UNBOUNDED = TimeRef(0, 0, "", None, None, "unknown")

# 'had lodged', 'had already conveyed', 'had also made': the trigger in a past-perfect verb phrase (at most two
# adverbs between; 'had been' passives included)
PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:(?!(?:that|which|who|to|and|but|or|not|no)\b)[\w\-’']+\s+){0,2}$", re.IGNORECASE)
# a report answers an occasion of the last days: an older named day is background, not the occasion
MAX_RESPONSE_DAYS = 7


# 'had lodged a protest with the Chinese side and asked it to ...': a second verb sharing the auxiliary (an adverb
# at most after 'and'; no clause, relative or quotation opened in between, and no new subject)
PAST_PERFECT_CONJUNCT = re.compile(r"\bhad\s+(?:(?!\b(?:that|which|who|when|but|after|before)\b)[^.;:“”\"\n,]|\n){1,100}?"
                                   r"\band\s+(?:(?:also|then|later|\w+ly)\s+)?$", re.IGNORECASE)


def past_perfect_at(text: str, trigger_start: int) -> bool:
    """True when the trigger at trigger_start (an offset into text) heads or follows a 'had' perfect, or is a verb
    coordinated with one ('had lodged a protest and asked ...')."""
    return PAST_PERFECT_BEFORE.search(text, max(0, trigger_start - 40), trigger_start) is not None \
        or ("had" in text[max(0, trigger_start - 120):trigger_start]
            and PAST_PERFECT_CONJUNCT.search(text, max(0, trigger_start - 120), trigger_start) is not None)


def reported_perfect_time(text: str, *, trigger_start: int, verb_at: int | None, saying: TimeRef | None,
                          published: date | None, occasion: TimeRef | None) -> TimeRef | None:
    """The range of a past-perfect act in reported words: from occasion (the narrative's last named day before
    the report) to the saying's day (saying; the publication day when None). verb_at is the reporting verb's
    offset in text, which must precede the trigger; None when the act is not such a report or a bound is unknown."""
    if verb_at is None or verb_at >= trigger_start or not past_perfect_at(text, trigger_start):
        return None
    if saying is not None:
        if saying.precision != "day" or saying.date_start is None:
            return None
        end = saying.date_start
    elif published is not None:
        end = published
    else:
        return None
    return bounded_response(end, occasion)


def bounded_response(end: date | None, occasion: TimeRef | None) -> TimeRef | None:
    """From the occasion's day to end (the saying's day): `range`, `day` when both coincide; None when either is
    not a day, or the occasion is after the saying or more than MAX_RESPONSE_DAYS before it."""
    if end is None or occasion is None or occasion.precision != "day" or occasion.date_start is None:
        return None
    start = occasion.date_start
    if start > end or end - start > timedelta(days=MAX_RESPONSE_DAYS):
        return None
    return TimeRef(0, 0, "", start, end, "day" if start == end else "range")


def reported_perfect_claim_time(text: str, s: Sentence, *, trigger_start: int, verb_at: int, main: list[TimeRef],
                                times: list[TimeRef], said_on: dict, claimant: str | None,
                                published: date | None, narrated: list[tuple[TimeRef, str | None]], index: int,
                                days: dict | None = None) -> TimeRef | None:
    """reported_perfect_time for an act of sentence s whose reporting verb is at verb_at: the saying is dated by
    the sentence's reporting frame, else by the day the speaker was last quoted on ('Wang said on Tuesday ...
    He said China had lodged ...'); a time of the reported clause itself leaves the act to the other rules.
    narrated holds the days the narrative named before s, in order, each with the speaker whose saying it dated
    (or None); the occasion is the last one that dated no one's saying (another spokesperson's 'Matsuno said on the
    12th ...' is a report, not the trip the lodging answers, dates19), else the last that is not this speaker's own
    saying ('Wang said on Monday ... Wang said China had lodged ...': Monday is the saying, not the occasion)."""
    if not past_perfect_at(text, trigger_start):
        return None
    saying = frame_time(main, s, verb_at)
    if saying is not None and saying.text and s.start + saying.start > trigger_start:
        return None      # 'He said Japan had lodged a protest on November 9': the act's own time, not the saying's
    if any(s.start + t.start > verb_at and t is not saying for t in times):
        return None      # 'said that China had lodged a protest on Sunday': the act's own time
    # only the sentence's own saying day is refused as the act's date: a day carried from the narrative (the
    # speaker's body acting that day) is left to the other rules
    own_saying = saying is not None
    if saying is None and claimant is not None:
        saying = spoken_day(said_on, claimant, [claimant], index=index)
    if saying is None and claimant is not None and days and claimant in days and days[claimant][1] == index - 1:
        # 'Kihara called the post "inappropriate" at his press conference on November 10. He said Japan had lodged a
        # protest': the speaker's own dated act of the sentence before is the saying's occasion, so its day bounds the
        # act above and is not the occasion the act answers (that sentence's narrated day is left out)
        saying = days[claimant][0]
        if narrated and narrated[-1][0].date_start == saying.date_start:
            narrated = narrated[:-1]
    if verb_at >= trigger_start:
        return None      # the words before their reporting verb: not read as a report here
    return reported_perfect_time(text, trigger_start=trigger_start, verb_at=verb_at, saying=saying,
                                 published=published,
                                 occasion=response_occasion(narrated, claimant)) \
        or (UNBOUNDED if own_saying else None)


def response_occasion(narrated: list[tuple[TimeRef, str | None]], claimant: str | None) -> TimeRef | None:
    """The occasion a reported act answers: the last narrated day that dated no one's saying, else the last that is
    not the claimant's own saying (see reported_perfect_claim_time)."""
    return next((d for d, who in reversed(narrated) if who is None), None) \
        or next((d for d, who in reversed(narrated) if who != claimant), None)
