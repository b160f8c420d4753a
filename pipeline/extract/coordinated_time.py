"""Which main clause a sentence's time belongs to. A coordinated main clause without a time of its own takes the time of the main clause before it (dates17;
GUIDELINES, Dates: 'A time expression of a sentence dates every act of that sentence's main clauses, whoever the
actor'): 'we issued a statement on Saturday congratulating Tsai, and we also congratulated the people of Taiwan';
'China fired missiles on Thursday, and Japan lodged a protest'. Not across a sequel ('and later', 'and then'), a
perfect or a modal ('and Tokyo has protested', 'and will send'), nor from a time in a subordinate or relative clause
('after X met Y on Monday, and ...'). Pure functions; offsets are into the sentence text."""
from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.extract.dates import TimeRef

# ', and <clause>' / ', but <clause>' / '; <clause>': the boundary of a coordinated main clause
COORDINATION = re.compile(r"(?:,\s*(?:and|but)|;)\s+", re.IGNORECASE)
# what keeps the coordinated clause off the first clause's time
OFF_TIME = re.compile(r"\b(?:later|then|subsequently|eventually|since|afterwards|has|have|had|will|would|could|should|"
                      r"may|might|must|plans?|intends?|aims?|expects?|yet|never)\b|[“”\"]", re.IGNORECASE)
# a past-tense verb in the coordinated clause ('and we also congratulated'): a present one ('and we hope that ...') is
# said now, not on the first clause's day. Regular pasts by their ending; irregular ones from the verb table
# (seeds/lexicons/verbs.yaml, Knowledge.irregular_verbs), passed in as `past_forms`
REGULAR_PAST = re.compile(r"\b\w+ed\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z]+")


def irregular_past_forms(irregular: Mapping | None) -> frozenset[str]:
    """The simple past forms of the verb table (its first column; 'was/were' is two), casefolded."""
    return frozenset(f.strip().casefold() for forms in (irregular or {}).values() if forms
                     for f in str(forms[0]).split("/") if f.strip())


def has_past(text: str, start: int, end: int, past_forms: frozenset[str]) -> bool:
    """Whether text[start:end] holds a past-tense verb: a regular '-ed' form or one of past_forms."""
    return bool(REGULAR_PAST.search(text, start, end)) or \
        any(w.group().casefold() in past_forms for w in WORD.finditer(text, start, end))


# a subordinate or relative clause opened before the first clause's time, in the same comma segment
SUBORDINATE = re.compile(r"\b(?:when|after|before|since|because|although|though|if|while|until|which|who|whose|that|as)\b",
                         re.IGNORECASE)


CLAUSE_OR_PAREN = re.compile(r"[,;:(]")


WORD_RUN = re.compile(r"[\w\-]*")


COMMA_OR_SEMICOLON = re.compile(r"[,;]")


def coordinated_time(text: str, times: list[TimeRef], local: int, *,
                     past_forms: frozenset[str] = frozenset()) -> TimeRef | None:
    """The time of the main clause before the coordinated clause holding the trigger at local, else None."""
    before = [t for t in times if t.end <= local and t.precision != "unknown" and t.date_start is not None]
    if not before:
        return None
    t = before[-1]
    coord = None
    for m in COORDINATION.finditer(text, t.end, local):
        coord = m
    if coord is None or OFF_TIME.search(text, coord.end(), local) or CLAUSE_OR_PAREN.search(text[coord.end():local]):
        return None
    verb_end = WORD_RUN.match(text[local:]).end() + local
    if not has_past(text, coord.end(), verb_end, past_forms):
        return None
    # the time belongs to the first main clause: no subordinator in its comma segment, no quotation open before it
    seg_start = max(text.rfind(",", 0, t.start), text.rfind(";", 0, t.start), 0)
    if SUBORDINATE.search(text, seg_start, t.start) or (text[:t.start].count("“") > text[:t.start].count("”")) \
            or text[:t.start].count('"') % 2 == 1:
        return None
    # nor another comma-separated clause between the time and the coordination (',  ..., and'): one step only
    if COMMA_OR_SEMICOLON.search(text[t.end:coord.start()]):
        return None
    return t


# 'After the inauguration of President Tsai in May, Taipei recalled ...', 'After the 2024 drill, the ministry accused ...':
# a fronted after-phrase on a noun (no verb of its own) whose time is the noun's; the main clause's act comes after it
# at no stated distance and stays unknown (gold h7 q05, h12 u08, h16 y10). An after-clause with a verb ('After the
# talks ended on Monday, ...') is left as it was.
FRONTED_AFTER = re.compile(r"[\s“‘\"]*(?:after|following)\s+(?:the|a|an|his|her|its|their)\s+(?P<np>(?:[^,;:]|,\s*(?:19|20)\d\d\b){1,120}),",
                           re.IGNORECASE)
# a verb in the phrase: an auxiliary, or a past form (regular, or the verb table's irregular ones, as above)
AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|have|had|did)\b", re.IGNORECASE)


def fronted_after(text: str, *, past_forms: frozenset[str] = frozenset()) -> re.Match | None:
    """The fronted after-phrase on a noun that opens text, else None."""
    m = FRONTED_AFTER.match(text)
    if m is None:
        return None
    verb = AUXILIARY.search(text, m.start("np"), m.end("np")) or has_past(text, m.start("np"), m.end("np"), past_forms)
    return None if verb else m
