"""An act promised or asked for on the condition of an attack on Taiwan: 'Japan must make clear that it would act together
with the United States if Taiwan were attacked', 'the US and Japan would respond if Taiwan were attacked', 'must be ready to
act alongside the United States if Taiwan is attacked'. The act under a modal answers the attack: defending Taiwan (a
negated modal denies it: 'would not intervene if China invaded Taiwan'). The vocabulary is data (seeds/topics.yaml
conditioned_acts, act_conditions); used by stances.topic_readings for the topics that list them. Pure functions."""
import re

# the modal before the act, an adverb and a readiness frame between them ('would quickly respond', 'must be ready to act')
MODAL = (r"\b(?:would|will|must|should|shall|has\s+to|have\s+to|need\s+to|needs\s+to|ought\s+to)\s+(?:not\s+|never\s+)?"
         r"(?:\w+ly\s+)?(?:be\s+(?:ready|prepared|willing|able)\s+to\s+)?")
# between the act and its condition: its partner or manner ('together with the United States', 'militarily'), no clause break
GAP = r"(?:[^,;:.?!—]{0,60}?\s+)?"


def _alternation(items) -> str:
    # longest first, then by text: the pattern must not depend on the hash seed's set order (test_perf15)
    return "|".join(re.escape(i).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for i in sorted(set(items), key=lambda i: (-len(i), i)))


def compile_condition(acts, conditions) -> re.Pattern | None:
    """The pattern of an act under a modal conditioned on one of conditions (named group 'act'), None without both."""
    if not acts or not conditions:
        return None
    cond = rf"(?:if|should|once|in\s+case)\s+(?:{_alternation(conditions)})(?!\w)"
    # the condition after the act ('would respond if Taiwan were attacked') or opening the sentence before its main
    # clause ('If Taiwan is blockaded, Japan has to be ready to act with the United States')
    return re.compile(rf"{MODAL}(?P<act>{_alternation(acts)})\b{GAP}{cond}|"
                      rf"{cond}\s*,\s*(?:[\w.’'\-]+\s+){{1,5}}?{MODAL}(?P<act2>{_alternation(acts)})\b", re.IGNORECASE)


def condition_reading(sentence: str, pattern: re.Pattern | None) -> tuple[int, str] | None:
    """(start, text) of the act (its modality is read there), None when the sentence holds no conditioned act."""
    if pattern is None:
        return None
    m = pattern.search(sentence)
    if m is None:
        return None
    group = "act" if m.group("act") else "act2"
    return m.start(group), m.group(group)
