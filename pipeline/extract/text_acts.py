"""Two readings of a verb that depend on who speaks: a press release's own act in the simple present ('The MAC
urges Beijing to ...', 'The CGA thanks the Japan Coast Guard'), and an act inside an indirect question ('declined to
say whether Koizumi had approved the démarche'), which is asked about, not asserted. Pure functions over text."""
import re

from pipeline.extract.timing import performed_by_text

# 'whether ...', 'asked if ...': an indirect question; 'regardless of whether' opens a concession, not a question
INDIRECT_QUESTION = re.compile(r"(?<!regardless of )(?<!irrespective of )\bwhether\b|\b(?:asked|ask|asks|wondered|know|knows|"
                               r"say|said|confirm|confirmed|clear)\s+if\b", re.IGNORECASE)


def in_indirect_question(text: str, sentence_start: int, pos: int) -> bool:
    """True when an indirect question opens between the sentence start and pos (the cue may lie outside the
    verb's six-word modality window: 'whether Kishida, the Prime Minister, had approved')."""
    return INDIRECT_QUESTION.search(text, sentence_start, pos) is not None


def press_release_act(text: str, clause_start: int, trigger_start: int, plover: str, *, performative: frozenset[str]) -> bool:
    """True when the third-person present verb at trigger_start is a performative the text itself performs
    (timing.performed_by_text: 'urges', 'condemns', 'thanks', 'protests', no habitual adverb) and its type is a
    verbal act (syntax.yaml performative_types, or a protest, which official_protest retypes)."""
    return (plover in performative or plover == "PROTEST") and performed_by_text(text, clause_start, trigger_start)


# 'the Beijing authorities', 'the Japanese side', 'the Chinese government': a party named by a description
PARTY_DESCRIPTION = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3}(?:authorities|side|government|leadership|administration)\b")


def addressed_to_party(text: str, end: int, mention_starts: list[int], object_gap: re.Pattern) -> bool:
    """True when the verb ending at end is addressed to a party: a name right after it (object_gap: titles and a
    determiner may stand between) or a party description ('urges the Beijing authorities'); 'Japan urges restraint'
    states a standing position, no act."""
    return any(object_gap.fullmatch(text, end, x) for x in mention_starts if x >= end) or PARTY_DESCRIPTION.match(text, end) is not None
