"""A second speaker in one sentence: 'A told the session that "...," and B argued that "..."'. The sentence has one
claimant (the first speaker); the words after the second speaker's own verb of saying are the second speaker's.
Pure function over mentions; used by StanceClaims."""
import re

# the coordinator that opens the second speaker's clause, title words allowed before the name ('and Senator B said')
COORDINATED_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|while|but|whereas)\s+(?:[A-Z][\w.\-]*\s+){0,3}$")
# the second speaker's verb of saying right after the name (an adverb may stand first: 'B flatly said')
SAYING_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:said|says|argued|argues|added|adds|told|tells|warned|warns|insisted|insists|"
                          r"noted|notes|stressed|stresses|contended|contends|countered|replied|responded|wrote|writes|"
                          r"maintained|asserted|declared|urged|urges|called|suggested|suggests|proposed|proposes)\b")


def later_speaker(text: str, verb_end: int, pos: int, mentions, is_person) -> str | None:
    """The actor id of a person who speaks, by a coordinated verb of saying of their own, between the claimant's verb
    (verb_end) and a cue at pos; None when the cue's words are still the claimant's."""
    found = None
    for m in mentions:
        if verb_end <= m.start and m.end <= pos and is_person(m.actor_id) \
                and COORDINATED_BEFORE.search(text, max(verb_end, m.start - 60), m.start) and SAYING_AFTER.match(text, m.end):
            found = m.actor_id      # the last one before the cue
    return found
