"""A position shown by an act on a matter the sentence names only by an anaphoric noun ('Taiwan welcomed the move.',
'We are strongly dissatisfied with the negative move made by the Japanese side', 'Kuan welcomed the drill'): the
matter is what the words just before the sentence were about, read as the topic whose keyword stands last in them.
The act verbs are the topics' act cues (seeds/topics.yaml act_support_cues / act_oppose_cues: welcome, protest,
dissatisfied with, ...), so the rule is data-driven; a visit or trip is an act object of its own (stance_acts.py).
Pure functions over compiled patterns."""
import re

from pipeline.extract.stances import Reading, TopicCues, _cue_matches

# the anaphoric object right after the act verb: a definite or demonstrative determiner, at most one modifier, and a
# noun of a decision or an act ('the move', 'this step', 'the negative move', 'such drills', 'the decision')
ANAPHORIC_OBJECT = re.compile(r"\s+(?:(?:with|over|at|about|to)\s+)?(?:the|this|that|these|those|such)\s+(?:[a-z\-]+\s+)?"
                              r"(?:move|moves|step|steps|decision|decisions|change|changes|plan|plans|drill|drills|exercise|"
                              r"exercises|posting|arrangement|arrangements|proposal|initiative|measure|measures|renaming)\b",
                              re.IGNORECASE)


def discourse_topic(context_before: str, topics: list[TopicCues]) -> str | None:
    """The topic whose keyword stands last in the words before a sentence, None when none stands there."""
    best = None
    for cues in topics:
        if cues.keywords is None or cues.terms is not None and not cues.terms.contains(context_before):
            continue
        last = None
        for last in cues.keywords.finditer(context_before):
            pass
        if last is not None and (best is None or last.start() > best[0]):
            best = (last.start(), cues.topic_id)
    return best[1] if best else None


def anaphoric_act(sentence: str, acts: TopicCues | None, topics: list[TopicCues], context_before: str) -> tuple[str, Reading] | None:
    """(topic_id, reading) of an act on an anaphoric object whose matter the words before the sentence name, else None.
    acts is a topic that holds the act cues (they are one shared list)."""
    if acts is None or not context_before:
        return None
    for a, b, text, pol in _cue_matches(acts.act_support, acts.act_oppose, sentence):
        if (m := ANAPHORIC_OBJECT.match(sentence, b)) is not None:
            topic = discourse_topic(context_before, topics)
            return (topic, Reading(pol, a, text, True, key_end=m.end(), act=True)) if topic else None
    return None
