"""'It' as the subject of an act, standing for the state or body the narrative is about: 'Beijing was furious. It
summoned the Japanese ambassador ...', 'Taipei moved quickly. On 15 May, it froze the hiring of ... and recalled its
representative'. News reports name a government once and go on with 'it' for its next steps, as they go on with
'he'/'she' for a person (clauses.PRONOUN_SUBJECT, resolved to the last person named).

The antecedent is the body the last sentence is about: the one non-person source of all its acts, else the name that
opens it as its subject; a sentence that names no actor leaves it as it was, one that names others without making
either of them its subject clears it (the pronoun would be a guess). Pure functions over text and mentions."""
import re

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import TIME_OPENER

# 'It summoned ...', 'On Monday, it also recalled ...', 'and it froze ...': 'it' opening the clause as the act's subject,
# with only adverbs/auxiliaries before the verb (never 'it is'/'it was': no act reaches this rule through them)
IT_SUBJECT = re.compile(r"[\s“‘\"]*(?:(?:but|and|then|later|meanwhile|separately|also),?\s+)?(?:[^,;:“”\"]{0,50},\s*)?"
                        + TIME_OPENER + r"it\s+(?:(?:also|then|later|again|quickly|immediately|swiftly|promptly|"
                        r"has|had|have|formally|officially|\w+ly)\s+)*", re.IGNORECASE)
# what may stand between the start of a clause (the sentence's, or after a comma) and its subject: an article
_HEAD_GAP = re.compile(r"[\s“‘\"]*(?:the\s+)?", re.IGNORECASE)
# the subject is followed by its verb (a lower-case word, not a possessive or another name)
_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|again|has|had|have|was|is|on\s+\w+day|\w+ly)\s+)*"
                         r"(?!(?:and|or|but|nor|of|in|for|to|with|on|at|from|by|about|over|into|than|who|which|that)\b)[a-z]{3,}\b")


def body_antecedent(text: str, start: int, end: int, mentions: list[Mention], acts: list[dict], *,
                    persons: frozenset[str] | set[str], previous: str | None) -> str | None:
    """The body (no person) a following 'it' stands for after the sentence text[start:end] with these mentions
    and acts (event dicts with subject_ids); previous: the antecedent before this sentence."""
    if not mentions:
        return previous           # a sentence without names goes on about the same body
    sources = {tuple(a["subject_ids"]) for a in acts if a.get("subject_ids")}
    if len(sources) == 1:
        (only,) = sources
        if len(only) == 1 and only[0] not in persons:
            return only[0]
    # the names that open a clause as its subject ('Taipei moved quickly', 'When ... fell short, Taipei moved')
    heads = {m.actor_id for m in mentions
             if _HEAD_GAP.fullmatch(text, max(start, text.rfind(",", start, m.start) + 1), m.start)
             and _VERB_AFTER.match(text, m.end, end)}
    if len(heads) == 1 and not heads & set(persons):
        return heads.pop()
    return None


def it_subject(text: str, clause_start: int, anchor: int) -> bool:
    """Whether the clause opens with 'it' as the subject of the verb at anchor."""
    return IT_SUBJECT.fullmatch(text, clause_start, anchor) is not None
