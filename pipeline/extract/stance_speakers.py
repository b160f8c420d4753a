"""A second speaker in one sentence: 'A told X that ..., and B argued that "..."'. The sentence has one
claimant (the first speaker); the words after the second speaker's own verb of saying are the second speaker's.
Pure function over mentions; used by StanceClaims. The verbs of saying are the project's data (attribution.yaml
reporting_verbs, inflected by the Lexicon: `lexicon.reporting_re`), passed in as `saying`."""
import re

# the coordinator that opens the second speaker's clause, title words allowed before the name ('and Senator B said')
COORDINATED_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|while|but|whereas)\s+(?:[A-Z][\w.\-]*\s+){0,3}$")
# between the name and its verb of saying: a space, an adverb may stand first ('B flatly said')
ADVERB_GAP = re.compile(r"\s+(?:\w+ly\s+)?")


def later_speaker(text: str, verb_end: int, pos: int, mentions, is_person, saying) -> str | None:
    """The actor id of a person who speaks, by a coordinated verb of saying of their own (`saying`: a matcher of the verbs'
    forms with .match(text, pos)), between the claimant's verb (verb_end) and a cue at pos; None when the cue's words are
    still the claimant's."""
    found = None
    for m in mentions:
        if verb_end <= m.start and m.end <= pos and is_person(m.actor_id) \
                and COORDINATED_BEFORE.search(text, max(verb_end, m.start - 60), m.start) \
                and (gap := ADVERB_GAP.match(text, m.end)) is not None and saying.match(text, gap.end()) is not None:
            found = m.actor_id      # the last one before the cue
    return found
