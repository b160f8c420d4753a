"""Whose is a shared-name body that speaks ('A Defense Ministry official said the Self-Defense Force had not ...',
'the Foreign Ministry, which said Taiwan would seek ...')? A ministry's source names its own government as the subject
of what it reports (in the third person: 'said that Tokyo hoped'), so the country of the first actor that opens a
clause the body reports, in the body's own sentence, is its country. A possessor ('said China's ships') or an
adjective ('said the Chinese ambassador') is what it reports on, so only an actor followed by its verb counts."""
import re

from pipeline.extract.names import SENTENCE_END, Mention

# the body speaks right after its name: 'official said', 'spokesman, speaking on condition of anonymity, said', ', which said'
SPEAKS_AFTER = re.compile(r"(?:[ \t]+(?:officials?|spokes(?:man|woman|person)|sources?))?(?:,[^,.;:\n]{1,60},)?,?[ \t]+"
                          r"(?:which[ \t]+|who[ \t]+)?(?:said|says|added)\b")
# a reported clause's subject: 'said that Japan', 'and that Tokyo', 'said the Maritime Self-Defense Force'
CLAUSE_OPEN_BEFORE = re.compile(r"\b(?:said|says|added|that)[ \t]+(?:the[ \t]+)?$")
# ... followed by its verb: 'Japan would', 'Tokyo hoped', 'the Force had not'
VERB_AFTER = re.compile(r"[ \t]+(?:would|will|had|has|have|was|were|is|are|did|does|could|should|can|may|might|must|"
                        r"[a-z]+ed)\b")


def reported_subject_country(text: str, pos: int, end: int, registry: list[Mention], actors_by_id: dict) -> str | None:
    """The country of the first registry actor that opens a clause reported by the body named just before pos
    (pos = the end of its name), within the body's sentence; None when the body does not speak there."""
    speaks = SPEAKS_AFTER.match(text, pos, min(end, pos + 90))
    if speaks is None:
        return None
    stop = SENTENCE_END.search(text, speaks.end(), min(end, speaks.end() + 300))
    limit = stop.start() if stop else min(end, speaks.end() + 300)
    for x in sorted(registry, key=lambda r: r.start):
        if x.start < speaks.end() or x.start >= limit:
            continue
        if "'s " in x.text or "’s " in x.text:
            continue   # "said China's coast guard had ...": a body named by its owner is what the source reports on
        if not CLAUSE_OPEN_BEFORE.search(text, max(pos, x.start - 20), x.start) or not VERB_AFTER.match(text, x.end):
            continue
        actor = actors_by_id.get(x.actor_id)
        if actor is not None and actor.country:
            return actor.country
    return None
