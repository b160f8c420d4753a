"""The date of a verbal act in the perfect inside a speaker's QUOTED words, done by the speaker or by the state the
speaker officially speaks for ('"China has lodged solemn representations with the Japanese side," Qin said', after
'At a briefing on Thursday, spokesman Qin said ...'). GUIDELINES, Dates: an act reported in the perfect inside
someone's words, with no time of its own, runs from the occasion it answers to the day of the saying (`day` when
both coincide); with no dated occasion it stays unknown. The quoted form of reported_perfect.py (which reads only
'said that China had lodged'); the saying is dated by the sentence's frame or by the speaker's last dated day.
Pure functions; the caller gates on a quotation mark and a perfect before the trigger."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.extract.dates import TimeRef
from pipeline.extract.reported_perfect import bounded_response
from pipeline.extract.statements import inside_quotation
from pipeline.extract.timing import perfect_before
from pipeline.extract.voice_days import holds_office, speaks_for_another

QUOTE_MARKS = ('"', "“")
TITLE_REACH = 30     # characters between a body's name and the speaker's ('foreign ministry spokesman ')


def may_quote_perfect(sentence: str, local: int, text: str, trigger_start: int) -> bool:
    """Cheap precondition first (a quotation mark in the sentence), then: the trigger is inside a quotation and in
    a perfect verb phrase ('has lodged', 'have asked', 'had conveyed')."""
    return any(q in sentence for q in QUOTE_MARKS) and perfect_before(text, trigger_start) \
        and inside_quotation(sentence, local)


def official_voice(claimant: str, subjects: list[str], claimant_spans: Iterable[tuple[int, int]], text: str, *,
                   country_of: Callable[[str], str | None], type_of: Callable[[str], str | None],
                   titled_country: str | None = None) -> bool:
    """True when the quoted act is the speaker's own or the act of the state the speaker speaks for: a government
    body, a sitting officeholder or a spokesperson of that state's country (a scholar's or a lawmaker's words about
    their state's acts are no statement of it, GUIDELINES, 'Officials and their states'). titled_country: the
    country of the body in the speaker's title ('Chinese foreign ministry spokesman Lin'), for a speaker the
    registry does not know."""
    if subjects == [claimant]:
        return True
    if len(subjects) != 1 or type_of(subjects[0]) != "state":
        return False
    country = country_of(claimant) or titled_country
    if country is None or country_of(subjects[0]) != country:
        return False
    kind = type_of(claimant)
    if kind == "government_body":
        return True
    spans = list(claimant_spans)
    return kind == "person" and (holds_office(text, spans) or speaks_for_another(text, spans))


def quoted_perfect_time(saying: TimeRef | None, occasion: TimeRef | None) -> TimeRef | None:
    """The saying's day when the occasion the act answers fell on it ('"We have lodged representations," he told
    the briefing' the day of the remark); None otherwise. A quoted present perfect that spans days from an earlier
    occasion is left unknown: the gold leaves it so (h13 v02, 'we have conveyed our concerns' a few days after the
    passage), unlike the reported past perfect's range; nor is a quotation with no dated saying bounded."""
    if saying is None:
        return None
    t = bounded_response(saying.date_start if saying.precision == "day" else None, occasion)
    return t if t is not None and t.precision == "day" else None


def titled_country(mentions: list, spans: list[tuple[int, int]], *, country_of: Callable[[str], str | None],
                   type_of: Callable[[str], str | None]) -> str | None:
    """The country of a government body named right before one of the speaker's mentions or right after it, as
    its title ('Chinese foreign ministry spokesman Lin Wei', 'Lin Wei, a foreign ministry spokesman,'); None
    when there is none."""
    for a, b in spans:
        for m in mentions:      # before the name, or in its apposition ('Lin, a foreign ministry spokesman,')
            if (a - TITLE_REACH <= m.end <= a or b < m.start <= b + TITLE_REACH) \
                    and type_of(m.actor_id) == "government_body":
                c = country_of(m.actor_id)
                if c is not None:
                    return c
    return None
