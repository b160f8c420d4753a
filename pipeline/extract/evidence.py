"""The evidence span of each event of a sentence that reports several acts. One sentence often reports two
or three acts ('Taipei recalled its envoy, and the foreign ministry demanded an apology'; 'X called the
sanctions "regrettable" and urged Beijing to lift them'): each event's claim then quotes its own part of the
sentence, cut where the next act's coordination begins, so that the claim text shows the act it codes.
A sentence with one act keeps the whole sentence. Pure functions."""
from __future__ import annotations

import re

# where the next act's part begins: a coordination (', and', 'and', ';', a comma), searched between the end of
# one trigger and the start of the next; the last one wins (the next act's subject follows it)
# ('lodged representations with Japan after a Japanese vice minister visited': the later act's part opens at the
# subordinator that introduces it)
PART_BREAK = re.compile(r";\s*|,?\s+(?:and|but|while|whereas|as well as|after|before|when|because|since|following|amid|"
                        r"prompting|forcing|leading|saying|adding|which|who)\s+|,\s+", re.IGNORECASE)


def event_parts(sentence_start: int, sentence_end: int, triggers: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """[(start, end)] per trigger (start, end) of one sentence, in the given order: the sentence cut between
    consecutive distinct triggers at the last coordination before the later one (else at the later
    trigger's start). Triggers at the same offset share a part; a single trigger gets the sentence."""
    order = sorted(set(triggers))
    if len(order) < 2:
        return [(sentence_start, sentence_end)] * len(triggers)
    cuts = []
    for (a_start, a_end), (b_start, _) in zip(order, order[1:]):
        lo = max(a_end, a_start)
        breaks = [m for m in PART_BREAK.finditer(text, lo, b_start)] if lo < b_start else []
        cuts.append(breaks[-1].start() if breaks else b_start)
    bounds = {}
    for i, t in enumerate(order):
        start = sentence_start if i == 0 else cuts[i - 1]
        end = sentence_end if i == len(order) - 1 else cuts[i]
        while start < end and text[start] in " \t\n,;":
            start += 1
        bounds[t] = (start, max(end, start + 1))
    return [bounds[t] for t in triggers]
