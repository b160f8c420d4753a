"""A self-sufficient phrase inside the complement of a position cue's object (GUIDELINES, Stances: the holder is the one
who acts or speaks): 'The party opposes any step that would [draw Japan into a war over Taiwan]', 'rejects every
attempt to [abandon Taiwan]'. The phrase names what the cue's object would bring about; the position is the cue's,
stated by the cue's subject in the cue's mood. Read at the phrase alone, its mood is the relative clause's ('would
draw': a forecast, no one's position) and its subject the name inside it ('draws Japan into': Japan holds nothing).

Pure functions over compiled patterns; the object nouns are English nouns of acts and proposals (stance_anaphora's
ACT_NOUNS), not domain vocabulary; the cues are the topic's own (seeds/topics.yaml)."""
import re

from pipeline.extract.stance_anaphora import ACT_NOUNS

# between the cue and the phrase: a quantified or definite object noun of an act, then its relative or infinitive
# clause, up to six words before the phrase ('any step that would draw Japan ', 'all attempts to ', 'the plan, which
# could drag the country ')
OBJECT_COMPLEMENT = re.compile(r"\s+(?:any|every|all|each|the|a|an|such)\s+(?:[a-z\-]+\s+){0,2}?(?:" + ACT_NOUNS[3:-1] +
                               r"|actions?|policy|policies|attempts?|legislation|laws?|bills?|steps?)"
                               r",?\s+(?:that|which|to)\s+(?:[\w’'\-]+\s+){0,6}$", re.IGNORECASE)
# a cheap test before the cues are scanned: no relative or infinitive word before the phrase, no governed phrase
HINT = re.compile(r"\b(?:that|which|to)\b", re.IGNORECASE)
# how far before the phrase the cue may end (characters)
REACH = 120


# an oppose phrase that names the involvement itself as a harm ('[drawn into a war]', '[into a conflict over Taiwan]'):
# opposing what would bring it about opposes the involvement. Other oppose phrases are left to their own reading: one
# naming an abstention ('[abandon Taiwan]', '[stay out of] a war') would state support under an oppose cue, one naming a
# harm ('[wrong signals to independence forces]') opposition, and the words do not tell the two apart
INVOLVEMENT = re.compile(r"(?:into|dragged|drawn|pulled|entangled|embroiled)\b", re.IGNORECASE)


def governing_cue(sentence: str, start: int, polarity: str, cue_list, phrase: str = "") -> tuple | None:
    """(cue_start, cue_text, polarity) of a cue of the phrase's own polarity whose object's relative or infinitive
    clause holds the phrase starting at `start` ('opposes any step that would [draw Japan into a war]'), else None.
    cue_list: (start, end, text, polarity) of the sentence's position cues; phrase: the phrase's words (an oppose
    phrase is governed only when it names the involvement: INVOLVEMENT)."""
    if polarity == "oppose" and not INVOLVEMENT.match(phrase) or not HINT.search(sentence, max(0, start - REACH), start):
        return None
    best = None
    for a, b, text, pol in cue_list:
        if pol == polarity and start - REACH <= b <= start and OBJECT_COMPLEMENT.fullmatch(sentence, b, start) \
                and (best is None or a > best[0]):
            best = (a, text)
    if best is None:
        return None
    return best[0], best[1], polarity
