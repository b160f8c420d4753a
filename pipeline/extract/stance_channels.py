"""A position for security cooperation stated as a channel one party should have to the other's forces: 'Japan's
coast guard must be able to talk to Taiwan's coast guard', 'our defence officials should be able to talk to their
Taiwanese counterparts', 'the two armed forces ought at least to be able to talk to each other'. The words are the
relation's parties (derived from topics.yaml joint_subjects: 'Japan and Taiwan' -> Japan, Taiwan) and its joint
verbs (joint_verbs: talk, communicate, share, ...), so the rule is data-driven and only fires under a modal of
obligation or need, in a sentence that names a security matter (context_terms). Pure functions over patterns."""
from __future__ import annotations

import re

# the modal of obligation or need, adverbs around it ('ought at least to', 'should really'), an optional ability
# frame ('be able to', 'be allowed to'); a negated modal is read by the claim's modality ('should not talk' = oppose)
CHANNEL_MODAL = (r"\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|ought\s+(?:(?:at\s+least|also|\w+ly)\s+)?to|"
                 r"had\s+better|will\s+have\s+to|would\s+have\s+to)\s+(?:not\s+|never\s+)?(?:(?:at\s+least|also|still|\w+ly)\s+)*"
                 r"(?:be\s+(?:able|allowed|permitted|free)\s+to\s+)?")
# the other party as the verb's partner: possessive or adjectival ('to Taiwan's military', 'with their Japanese
# counterparts'), or a reciprocal when both parties stand in the sentence ('talk to each other')
PARTNER_GAP = r"(?:\s+(?:directly|regularly|openly|freely|securely|information|intelligence|data|notes))?\s+(?:to|with)\s+"
DETERMINER = r"(?:(?:the|their|its|our|his|her)\s+)?"
RECIPROCAL = r"(?:each\s+other|one\s+another)"


AND = re.compile(r"\s+and\s+")


def party_names(joint_subjects) -> list[str]:
    """The relation's parties named in its joint subjects ('Japan and Taiwan', 'Tokyo and Taipei')."""
    # (a subject that names no two parties, 'the two coast guards', is no party of the channel patterns)
    return sorted({p.strip() for s in joint_subjects if AND.search(s) for p in AND.split(s) if p.strip()})


def _party_forms(parties) -> str:
    # a country's possessive ('Taiwan's') or its adjective in -ese ('Taiwanese', 'Japanese'): no list of demonyms
    return "|".join(rf"{re.escape(p)}(?:ese\b|['’]s\b)" for p in parties)


def compile_channel(joint_subjects, joint_verbs) -> re.Pattern | None:
    """The channel pattern of a topic, None without parties or verbs."""
    parties = party_names(joint_subjects)
    verbs = [v for v in joint_verbs if v.split()[0].isalpha()]
    if not parties or not verbs:
        return None
    verb_alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True))
    return re.compile(CHANNEL_MODAL + r"(?P<act>" + verb_alt + r")\b" + PARTNER_GAP + DETERMINER
                      + r"(?:(?P<party>" + _party_forms(parties) + r")|(?P<recip>" + RECIPROCAL + r"))", re.IGNORECASE)


def channel_terms(joint_subjects) -> list[str]:
    """Gate terms (regex alternatives) of the channel pattern: its partner words, so a sentence holding one is scanned."""
    parties = party_names(joint_subjects)
    return ([rf"{re.escape(p)}(?:ese|['’]s)" for p in parties] + [r"each\s+other", r"one\s+another"]) if parties else []


def both_parties(sentence: str, pairs) -> bool:
    """Whether the sentence names both parties of one of the relation's pairs (names or -ese adjectives)."""
    return any(a.search(sentence) and b.search(sentence) for a, b in pairs)


def channel_reading(sentence: str, channel: re.Pattern | None, pairs, in_context) -> tuple[int, str] | None:
    """(start, text) of the verb of a channel one party should have to the other's forces, or None. A reciprocal
    needs both parties in the sentence ('the Japanese and Taiwanese armed forces ... talk to each other')."""
    if channel is None:
        return None
    for m in channel.finditer(sentence):     # (rare: read before the context, both are pure)
        if m.group("recip") and not both_parties(sentence, pairs):
            continue
        return (m.start("act"), m.group("act")) if in_context(sentence) else None
    return None


def compile_pairs(joint_subjects) -> tuple:
    """The relation's pairs of parties as patterns ('Japan and Taiwan' -> (Japan..., Taiwan...)), word-initial so
    that an adjective in -ese counts."""
    pairs = [AND.split(s.strip()) for s in joint_subjects]
    return tuple((re.compile(r"\b" + re.escape(a), re.IGNORECASE), re.compile(r"\b" + re.escape(b), re.IGNORECASE))
                 for a, b in (p for p in pairs if len(p) == 2))
