"""'Call on' as a visit, not a demand: 'called on the Prime Minister at his office' (a courtesy call, CONSULT),
'called on the foreign minister's office to convey the ministry's gratitude' (the visit that carried a message:
the message's type, SUPPORT). 'Called on Japan to stop ...' stays a demand (REQUEST): the infinitive is what
the object is asked to do. The difference is the infinitive: none at all (a visit), or a verb of carrying a message
whose subject is the caller (syntax.yaml visit_calls: conveying). Pure functions."""
from __future__ import annotations

import re

# the first to-infinitive after the object, inside the sentence: 'to convey', 'to personally deliver'
INFINITIVE = re.compile(r"\bto\s+[“\"‘']?(?:\w+ly\s+)?([a-z]+)\b")
# a relative clause on the object: the infinitive may come after it (not after an appositive: ", the mayor said")
RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|whose|where)\b", re.IGNORECASE)
# where the call's clause ends: a comma (unless a relative clause on the object opens there), a semicolon, 'that'
CLAUSE_BREAK = re.compile(r"[,;]|\bthat\b")
# 'called on X for restraint': a demand as well
FOR_AFTER = re.compile(r"\bfor\b", re.IGNORECASE)
# the words after the conveying verb, one at a time (the message noun is among the first four: 'the ministry's gratitude')
NEXT_WORDS = [re.compile(r"(?:\s+[^\s.,;:]+){%d}" % k) for k in range(1, 5)]


def visit_call_reading(text: str, end: int, clause_end: int, sentence_end: int, *, conveying: frozenset[str],
                       noun_type) -> str | None:
    """The type of a 'call on' ending at `end` read as a visit: 'visit' for a call with no infinitive (the visit
    itself), the type of the conveyed message noun for 'to convey ...' (noun_type: noun -> PLOVER
    type or None; 'visit' when the message has no type), None when the call is a demand (any other infinitive).
    The infinitive is looked for in the call's clause ('When X called on him in Taipei, Ma said he wanted Japan to
    be ...' has none), across a relative clause on the object ('called on Japan, which hosts the talks, to stop')."""
    if RELATIVE_AFTER.match(text, clause_end):
        clause_end = sentence_end
    brk = CLAUSE_BREAK.search(text, end, clause_end)
    if brk is not None and not (brk.group(0) == "," and RELATIVE_AFTER.match(text, brk.start())):
        clause_end = brk.start()     # the infinitive of another clause ('..., Ma said he wanted Japan to be') is not the call's
    window = text[end:clause_end]
    inf = INFINITIVE.search(window)
    if inf is None:
        if FOR_AFTER.search(window):
            return None
        return "visit"
    if inf.group(1).casefold() not in conveying:
        return None
    after = end + inf.end()
    for words in NEXT_WORDS:     # the first typed noun among the next few words
        m = words.match(text, after, clause_end)
        if not m:
            break
        word = m.group(0).split()[-1].strip("“”\"'’").casefold()
        if (plover := noun_type(word)) is not None:
            return plover
    return "visit"
