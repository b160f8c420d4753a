"""A declaration asked for or made that an act will be done: 'the US should say plainly that it would defend Taiwan',
'we should make it clear, in writing, that we will defend Taiwan', 'a clear statement that the United States would
come to Taiwan's defense'. The clarity is in the declaring words (a manner adverb after a verb of saying, or a frame
that is clear by itself), the act in the that-clause; vocabulary in seeds/topics.yaml (declaration_*, declared_acts).
Used by stances.topic_readings for the topics that list them."""
import re

# (a short parenthesis may stand before 'that': 'make it clear, in writing, that ...'; up to five words of subject and
# one adverb between the modal and the act: 'that the United States would defend', 'that Japan would quickly help')
THAT_CLAUSE = r"(?:\s*,[^,;:.]{1,30},)?\s+that\s+(?:[\w.’'\-]+\s+){1,5}?(?:will|would)\s+(?:\w+ly\s+)?"


def _alternation(items) -> str:
    # longest first, then by text: the pattern must not depend on the hash seed's set order (test_perf15)
    return "|".join(re.escape(i).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for i in sorted(set(items), key=lambda i: (-len(i), i)))


def compile_declaration(verbs, manners, frames, acts) -> re.Pattern | None:
    """The pattern of a declaration of one of acts (named group 'decl': the declaring words), None without acts."""
    if not acts or not (frames or verbs and manners):
        return None
    declaring = []
    if verbs and manners:
        # one word may stand between the verb and its manner ('tell Beijing plainly', 'say more clearly')
        declaring.append(rf"(?:{_alternation(verbs)})\s+(?:[\w’'\-]+\s+)?(?:{_alternation(manners)})")
    if frames:
        declaring.append(rf"(?:{_alternation(frames)})")
    return re.compile(rf"\b(?P<decl>{'|'.join(declaring)}){THAT_CLAUSE}(?:{_alternation(acts)})(?!\w)", re.IGNORECASE)


def declaration_reading(sentence: str, pattern: re.Pattern | None) -> tuple[int, str] | None:
    """(start, text) of the declaring words of a declaration in the sentence (the modality is read there: 'should not
    say clearly that ...' denies it), None when there is none."""
    if pattern is None:
        return None
    m = pattern.search(sentence)
    return (m.start("decl"), m.group("decl")) if m else None
