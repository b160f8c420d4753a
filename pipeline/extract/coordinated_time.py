"""Which main clause a sentence's time belongs to. A coordinated main clause without a time of its own takes the time of the main clause before it (dates17;
GUIDELINES, Dates: 'A time expression of a sentence dates every act of that sentence's main clauses, whoever the
actor'): 'we issued a statement on Saturday congratulating Tsai, and we also congratulated the people of Taiwan';
'China fired missiles on Thursday, and Japan lodged a protest'. Not across a sequel ('and later', 'and then'), a
perfect or a modal ('and Tokyo has protested', 'and will send'), nor from a time in a subordinate or relative clause
('after X met Y on Monday, and ...'). Pure functions; offsets are into the sentence text."""
from __future__ import annotations

import re

from pipeline.extract.dates import TimeRef

# ', and <clause>' / ', but <clause>' / '; <clause>': the boundary of a coordinated main clause
COORDINATION = re.compile(r"(?:,\s*(?:and|but)|;)\s+", re.IGNORECASE)
# what keeps the coordinated clause off the first clause's time
OFF_TIME = re.compile(r"\b(?:later|then|subsequently|eventually|since|afterwards|has|have|had|will|would|could|should|"
                      r"may|might|must|plans?|intends?|aims?|expects?|yet|never)\b|[“”\"]", re.IGNORECASE)
# a past-tense verb in the coordinated clause ('and we also congratulated'): a present one ('and we hope that ...') is
# said now, not on the first clause's day
PAST = re.compile(r"\b(?:\w+ed|met|held|sent|told|said|took|gave|made|began|flew|went|led|left|spoke|drew|struck|sought|"
                  r"brought|broke|cut|set|hit|won|saw|became|came|ran|withdrew|stood|kept|paid|sold|bought|fell|threw|wrote|"
                  r"rang|fought|chose|rose|shot|bound|laid|lost|read|sat)\b", re.IGNORECASE)
# a subordinate or relative clause opened before the first clause's time, in the same comma segment
SUBORDINATE = re.compile(r"\b(?:when|after|before|since|because|although|though|if|while|until|which|who|whose|that|as)\b",
                         re.IGNORECASE)


def coordinated_time(text: str, times: list[TimeRef], local: int) -> TimeRef | None:
    """The time of the main clause before the coordinated clause holding the trigger at local, else None."""
    before = [t for t in times if t.end <= local and t.precision != "unknown" and t.date_start is not None]
    if not before:
        return None
    t = before[-1]
    coord = None
    for m in COORDINATION.finditer(text, t.end, local):
        coord = m
    if coord is None or OFF_TIME.search(text, coord.end(), local) or re.search(r"[,;:(]", text[coord.end():local]):
        return None
    verb_end = re.match(r"[\w\-]*", text[local:]).end() + local
    if not PAST.search(text, coord.end(), verb_end):
        return None
    # the time belongs to the first main clause: no subordinator in its comma segment, no quotation open before it
    seg_start = max(text.rfind(",", 0, t.start), text.rfind(";", 0, t.start), 0)
    if SUBORDINATE.search(text, seg_start, t.start) or (text[:t.start].count("“") > text[:t.start].count("”")) \
            or text[:t.start].count('"') % 2 == 1:
        return None
    # nor another comma-separated clause between the time and the coordination (',  ..., and'): one step only
    if re.search(r"[,;]", text[t.end:coord.start()]):
        return None
    return t


# 'After the inauguration of President Tsai in May, Taipei recalled ...', 'After the 2024 drill, the ministry accused ...':
# a fronted after-phrase on a noun (no verb of its own) whose time is the noun's; the main clause's act comes after it
# at no stated distance and stays unknown (gold h7 q05, h12 u08, h16 y10). An after-clause with a verb ('After the
# talks ended on Monday, ...') is left as it was.
FRONTED_AFTER = re.compile(r"[\s“‘\"]*(?:after|following)\s+(?:the|a|an|his|her|its|their)\s+(?P<np>(?:[^,;:]|,\s*(?:19|20)\d\d\b){1,120}),",
                           re.IGNORECASE)
VERB_IN_PHRASE = re.compile(r"\b(?:\w+ed|met|held|sent|told|said|took|gave|made|began|flew|went|left|spoke|was|were|is|are|"
                            r"has|have|had|did|won|came|fell|broke)\b", re.IGNORECASE)


def fronted_after(text: str) -> re.Match | None:
    """The fronted after-phrase on a noun that opens text, else None."""
    m = FRONTED_AFTER.match(text)
    return m if m is not None and not VERB_IN_PHRASE.search(m.group("np")) else None
