"""A dated lead-in that announces an actor's reply before giving it ('Beijing's answer came the next day. Its foreign
ministry spokesperson said China "firmly opposes" ...'): the lead dates the reply, and the next sentence is that
reply, spoken by the actor or by someone of its side (GUIDELINES, Dates, "Acts around a dated occasion": the actor of
a dated act, continuing it with no time of its own, a spokesperson for the body that acted). Pure functions."""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Iterable

from pipeline.extract.dates import TimeRef, anaphoric_day
from pipeline.extract.sentences import Sentence

# "<X>'s answer/response/reaction/reply came <time>." or '<X> reacted/responded/hit back <time>.': the whole sentence
# is the announcement; a time that is no day ('came within hours', 'reacted angrily') dates nothing
LEAD = re.compile(r"^\s*(?:(?P<who>[^.;:“”\"]{1,80}?)['’]s?\s+(?:official\s+|formal\s+|first\s+)?"
                  r"(?:answer|response|reaction|reply|retort|rejoinder|rebuttal)\s+came|"
                  r"(?P<actor>[A-Z][^.;:,“”\"]{0,60}?)\s+(?:hit|struck|fired|pushed)\s+back|"
                  r"(?P<who2>[A-Z][^.;:,“”\"]{0,60}?)\s+(?:reacted|responded|retaliated|replied|answered))"
                  r"\s+(?P<when>[^.;:,“”\"]{2,40}?)\s*\.?\s*$")


def reply_lead(text: str, s: Sentence, times: list[TimeRef], last_day: TimeRef | None) -> tuple[TimeRef, int] | None:
    """(the day, the end offset of the replying actor's name) when sentence s is such a lead whose time is one day
    (its own, or counted from the narrative's last named day: 'the same afternoon', 'a day later'); else None."""
    m = LEAD.match(s.text)
    if m is None:
        return None
    own = [t for t in times if m.start("when") <= t.start and t.precision == "day" and t.date_start is not None]
    t = own[0] if len(own) == 1 else anaphoric_day(m.group("when"), last_day) if not times else None
    who = next(g for g in ("who", "actor", "who2") if m.group(g) is not None)
    return (t, s.start + m.end(who)) if t is not None else None


def date_reply_detail(claims: list[dict], lead: tuple[TimeRef, list[str]], sentence_text: str, *,
                      country_of: Callable[[str], str | None], published: date | None) -> None:
    """Dates, in place, each undated asserted event among claims (those of the sentence right after a reply lead, in
    its paragraph) whose actors are the lead's actor, of its country, or of no known country ('Beijing's answer ...'
    -> the Chinese spokesperson's act); an actor of another country is not the reply."""
    t, owners = lead
    if published is not None and t.date_start > published:
        return
    sides = {country_of(a) for a in owners} - {None}
    for c in claims:
        if c["kind"] != "event" or c["modality"] != "asserted" or c["date_precision"] != "unknown" or not c["subject_ids"]:
            continue
        if all(a in owners or country_of(a) in sides | {None} for a in c["subject_ids"]):
            c.update({"time_text": t.text or None, "date_start": t.date_start, "date_end": t.date_end,
                      "date_precision": t.precision})


def lead_owners(mentions: Iterable, possessor_end: int, sentence_start: int) -> list[str]:
    """The actors named in the lead before its "'s answer" (the replying side)."""
    return [m.actor_id for m in mentions if sentence_start <= m.start and m.end <= possessor_end + 2]
