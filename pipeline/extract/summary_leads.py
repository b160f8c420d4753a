"""A paragraph that opens with an undated summary of an actor's act and goes on with its detail ('Taipei welcomed
the statement. Its foreign ministry thanked the three countries on Saturday, spokesman X said'): the summary is the
act the next sentence dates, so it takes that sentence's day (the gold dates such lead-ins with the detail's day:
h12 u04, h13 v05 x2, h16 y04)."""
import re
from datetime import date
from typing import Callable

from pipeline.extract.dates import TimeRef, find_time_expressions
from pipeline.extract.sentences import Sentence


def paragraph_lead(text: str, s: Sentence, body_start: int = 0) -> bool:
    """True when sentence s opens its paragraph (the text before it, back to a line break, is blank)."""
    before = text[body_start:s.start].rstrip(" \t")
    return not before or before.endswith("\n")


def detail_day(text: str, s: Sentence, nxt: Sentence | None, next_times: list[TimeRef], *,
               published: date | None) -> TimeRef | None:
    """The one day the sentence after a paragraph-opening summary s names (nxt in the same paragraph), else None.
    The caller checks that s names no time and that nxt is about the same actor."""
    if nxt is None or "\n" in text[s.end:nxt.start] or not paragraph_lead(text, s):
        return None
    days = [t for t in next_times if t.precision == "day" and t.date_start is not None
            and (published is None or t.date_start <= published)]
    return days[0] if len({t.date_start for t in days}) == 1 else None


# the collective actors a lead-in sums up before giving their voice (a state's ministry or spokesperson, a party's
# leader): a person's or an agency's own undated act opening a paragraph is not a summary ('Machimura called the
# collision regrettable', 'Coast guard vessels warned the boat')
COLLECTIVE = frozenset({"state", "political_party"})
# a government body's undated lead-in is a summary too when the next sentence gives the body's voice: its subject is a
# spokesperson ('The ministry welcomed the pact. Its spokesman X said on Monday ...'; GUIDELINES, Dates: 'a
# spokesperson for the body that acted' continues its act); not a body's material act ('Coast guard vessels
# warned the boat') nor one another voice details (dates18)
BODY = "government_body"
VOICE_OPENING = re.compile(r"\W*(?:(?:its|their|the\s+\w+(?:'s|’s))\s+)?(?:(?:chief|deputy|top|senior|official|ministry)\s+)?"
                           r"(?:spokes(?:man|woman|person|people)|press\s+secretary)\b", re.IGNORECASE)


def date_summary_leads(text: str, sentences: list[Sentence], claims: list[dict], mentions_of: Callable, *,
                       published: date | None, country_of: Callable[[str], str | None],
                       type_of: Callable[[str], str | None]) -> None:
    """Dates, in place, each undated asserted event of a state or party opening a paragraph with no time by
    detail_day, when the next sentence names the event's actor or an actor of its country ('Taipei welcomed ...
    Taiwan's foreign ministry thanked ... on Saturday'; not 'Beijing welcomed ... Japanese officials met on Thursday')."""
    index = {s.start: i for i, s in enumerate(sentences)}
    for c in claims:
        if c["kind"] != "event" or c["modality"] != "asserted" or c["date_precision"] != "unknown" or not c["subject_ids"] \
                or not all(type_of(a) in COLLECTIVE | {BODY} for a in c["subject_ids"]):
            continue
        i = index.get(c["char_start"])
        if i is None or i + 1 >= len(sentences) or find_time_expressions(sentences[i].text, published=published):
            continue
        s, nxt = sentences[i], sentences[i + 1]
        if any(type_of(a) == BODY for a in c["subject_ids"]) and not VOICE_OPENING.match(nxt.text):
            continue
        countries = {country_of(a) for a in c["subject_ids"]} - {None}
        if not any(m.actor_id in c["subject_ids"] or country_of(m.actor_id) in countries for m in mentions_of(nxt)):
            continue
        t = detail_day(text, s, nxt, find_time_expressions(nxt.text, published=published), published=published)
        if t is not None:
            c.update({"time_text": t.text or None, "date_start": t.date_start, "date_end": t.date_end,
                      "date_precision": t.precision})
