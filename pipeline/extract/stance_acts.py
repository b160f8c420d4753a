"""Positions shown by acts rather than position verbs (GUIDELINES, Stances: a position "shown by an act
reported as such"): 'lodged stern representations with Japan over the visit', 'protested the trip',
'summoned the envoy over the visit', 'welcomed the minister's trip'.

The act verb carries the polarity (seeds/topics.yaml act_support_cues / act_oppose_cues); its object tells
the topic (act_objects: a visit or trip between Japan and Taiwan is an official interaction). An inverse act
object names what the topic's support position opposes (a protest over an official visit upholds the
one-China policy); only a protest reads on it, since welcoming a visit says nothing of one China.
An act object is read only where the sentence names the relation (act_context: 'Japan', 'Tokyo'), so a
protest over another country's visit is no position on Japan–Taiwan ties."""
import re

# How far an act verb may stand before its object: 'lodged stern representations with Japan over [the visit]',
# "summoned Japan's ambassador over [the trip]" (a verb further away acts on something else)
ACT_BEFORE_WORDS = 6
WORD = re.compile(r"[\w’'\-]+")
# a new clause or coordination between act and object: the act has another object
ACT_BREAK = re.compile(r"[;:“”\"]|,\s|\b(?:and|but|while|which|who|that|after|before|when|because)\b")
# a passive act verb ('had been rebuffed in requests to visit Japan'): its subject undergoes the act, it holds no position
PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a clause of its own with another named subject ('X said ..., while party leader Y welcomed the trip'): the act
# is Y's, not the speaker's, and the holder rules of the sentence would credit the speaker
# (the clause begins after the conjunction: it is read before the clause start, the subject after it)
CONTRAST_BEFORE = re.compile(r"\b(?:while|whereas|but)\s*$")
OTHER_SUBJECT = re.compile(r"\s*(?:[a-z\-]+\s+){0,3}[A-Z]")


def act_readings(sentence: str, act_objects, inverse_objects, act_context, cue_list, clause_of) -> list[tuple]:
    """(polarity, cue_start, cue_text, object_end, inverse) of the act closest before an act object in its
    clause; cue_list holds the sentence's act cues as (start, end, text, polarity)."""
    if not cue_list or act_context is None or not act_context.contains(sentence):
        return []
    objects = [(m.start(), m.end(), False) for m in act_objects.finditer(sentence)] if act_objects else []
    objects += [(m.start(), m.end(), True) for m in inverse_objects.finditer(sentence)] if inverse_objects else []
    best = None
    for o_start, o_end, flip in objects:
        c_start, _ = clause_of(o_start)
        if CONTRAST_BEFORE.search(sentence[max(0, c_start - 10):c_start]) and OTHER_SUBJECT.match(sentence, c_start):
            continue
        for a, b, text, pol in cue_list:
            if b > o_start or a < c_start or flip and pol == "support" or PASSIVE_BEFORE.search(sentence, max(0, a - 20), a):
                continue
            dist = len(WORD.findall(sentence[b:o_start]))
            if dist > ACT_BEFORE_WORDS or ACT_BREAK.search(sentence, b, o_start):
                continue
            polarity = pol if not flip else ("oppose" if pol == "support" else "support")
            cand = (dist, a, (polarity, a, text, o_end, flip))
            if best is None or cand[:2] < best[:2]:
                best = cand
    return [best[2]] if best else []
