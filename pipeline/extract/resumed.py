"""The subject of a main verb that resumes after a non-restrictive relative clause: 'Tadashi Ikeda, who heads
the association, met Ou'; 'The association, which serves as Japan's embassy, issued a statement'; 'Ikeda, head
of the association, which represents Japan, met Ou'. The clause rules cut a sentence at ', who' / ', which', so
the main verb's clause starts inside the relative clause and its subject lies before it. Pure functions."""
from __future__ import annotations

import re

from pipeline.extract.actors import Mention
from pipeline.extract.clauses import _clause_bounds, _group
from pipeline.extract.predicates import subject_group
from pipeline.extract.sentences import Sentence

# 'said it "firmly opposes"', 'said that it strongly condemns': a pronoun right after the reporting verb is the
# speaker, who voices its own present position (used by the event rules' performative reading)
REPORTED_SELF = re.compile(r"\s+(?:that\s+)?(it|they|we)\s+(?:\w+ly\s+)*[“\"‘]?(?:\w+ly\s+)*", re.IGNORECASE)
# the clause opens with a relative pronoun after a comma
RELATIVE_OPEN = re.compile(r",\s*(?:who|which)\s*$", re.IGNORECASE)
# ... and the verb follows the comma that closes it (adverbs may stand between: ', later met')
CLOSED_BEFORE_VERB = re.compile(r",\s*(?:(?:\w+ly|also|then|later|again|jointly)\s+)*$", re.IGNORECASE)


def resumed_subject(text: str, s: Sentence, clause_start: int, anchor: int, mentions: list[Mention],
                    asset_re: re.Pattern | None = None) -> list[Mention] | None:
    """The named subject of the verb at anchor when it follows a closed ', who/which ...,' clause, read on the
    sentence with that relative clause blanked out (the comma that closes it kept, so an apposition before it
    still points to its head); None when the verb does not resume a main clause or has no named subject."""
    opener = RELATIVE_OPEN.search(text, max(s.start, clause_start - 10), clause_start)
    closer = CLOSED_BEFORE_VERB.search(text, clause_start, anchor)
    if opener is None or closer is None or closer.start() <= clause_start:
        return None
    rel_start, comma = opener.start(), closer.start()
    kept = [m for m in mentions if m.end <= rel_start or m.start >= anchor]
    main_start = _clause_bounds(text, s, max(s.start, rel_start - 1))[0]
    # first with the closing comma ('Ikeda, head of the association, which ..., met': the apposition's head),
    # then without it ('Ikeda, who ..., met': the name right before the relative clause)
    for cut in (comma, closer.end()):
        blanked = text[:rel_start] + " " * (cut - rel_start) + text[cut:]
        found = subject_group(blanked, main_start, anchor, kept, _group, asset_re)
        if found:
            return found
    return None
