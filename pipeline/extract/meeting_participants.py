"""The participants of a dated meeting going on with it: 'Kamikawa met Manalo in Manila on Tuesday. [...] The two
ministers agreed ...'; 'On Wednesday the delegation met President Lai. [...] The members also met ...'. A group noun
for the meeting's parties ('the two ministers', 'the members', 'both sides') is the meeting's actor continuing the
occasion (GUIDELINES, Dates, 'Acts around a dated occasion'), whether or not the event rules resolved it to names.
Only the bare group noun (optionally 'also') before the verb: 'later', a time or another subject leaves the act
unknown, and the meeting's day must still be the narrative's last day (no other time named since)."""
import re

from pipeline.extract.actor_days import ACTOR_DAY_GAP
from pipeline.extract.dates import TimeRef

MEETING_TYPES = frozenset({"CONSULT"})    # a meeting, talks, a visit: the acts whose parties a group noun names

def compile_participants(spec: dict | None) -> re.Pattern | None:
    """The clause before the verb: a definite group noun of the meeting's parties, nothing else but 'also' ('The two
    Japanese ministers also'); the modifiers and group nouns are seeds/lexicons/vocabulary.yaml meeting_participants.
    None without group nouns."""
    spec = spec or {}
    nouns = [str(w) for w in spec.get("group_nouns") or ()]
    if not nouns:
        return None
    modifiers = "|".join(re.escape(str(w)) for w in spec.get("modifiers") or ()) or "(?!)"
    return re.compile(rf"(?:The|Both)\s+(?:(?:{modifiers})\s+)*(?:{'|'.join(re.escape(w) for w in nouns)})(?:\s+also)?\s+$")


# a meeting the event rules coded no act for (its party is no registry actor: 'A group of lawmakers met Lai on
# Wednesday'): the sentence's one day still dates the meeting its parties go on with
MEETING_VERB = re.compile(r"\b(?:met|held talks|hosted|received)\b")


def remember_meeting(met: tuple[TimeRef, int] | None, claims: list[dict], *, index: int, sentence_text: str,
                     main: list[TimeRef]) -> tuple[TimeRef, int] | None:
    """The last dated meeting after sentence index: an asserted meeting act of the sentence dated to one day, or
    (no act dated) a meeting verb in a sentence whose only time is one day."""
    days = {c["date_start"] for c in claims if c["kind"] == "event" and c["predicate"] in MEETING_TYPES
            and c["modality"] == "asserted" and c["date_precision"] == "day" and c["date_start"] is not None}
    if len(days) == 1:
        day = next(iter(days))
        return (TimeRef(0, 0, "", day, day, "day"), index)
    if not days and len(main) == 1 and main[0].precision == "day" and main[0].date_start is not None \
            and not any(c["kind"] == "event" and c["date_start"] is not None for c in claims) \
            and MEETING_VERB.search(sentence_text):
        return (main[0], index)
    return met


def participants_day(met: tuple[TimeRef, int] | None, sentence_text: str, trigger_at: int, last_day: TimeRef | None,
                     *, index: int, participants: re.Pattern | None) -> TimeRef | None:
    """The meeting's day for an act whose subject is the group noun of its parties (trigger_at: the verb's offset
    in the sentence), within ACTOR_DAY_GAP sentences and with no other day named since; else None.
    participants: compile_participants's pattern."""
    if participants is None or met is None or last_day is None or not sentence_text.startswith(("The ", "Both ")):
        return None
    day, at = met
    if not 0 < index - at <= ACTOR_DAY_GAP or last_day.date_start != day.date_start:
        return None
    return day if participants.fullmatch(sentence_text[:trigger_at]) else None
