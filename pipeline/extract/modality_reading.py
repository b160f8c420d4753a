"""The modality of a predication (asserted, negated, hypothetical, prescriptive, planned) from the words before
it in its clause and from the sentence frame: conditionals, questions, 'it is imperative', a 'to' right before.

A mixin of ClaimExtractor (it reads self.lexicon's modality cues), kept apart from claims.py, which assembles
claims, because it only reads cues and needs no actors."""
import re

from pipeline.extract.clauses import INFINITIVE_OK, _clause_bounds
from pipeline.extract.sentences import Sentence

QUOTE_CHARS = "“”‘’\""
COORDINATED_FINITE_VERB = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)*$", re.IGNORECASE)
# a relative clause or an apposition between a subject and its verb ('X, which ..., met'; 'X, a former minister, met')
INTERRUPTING_PHRASE = re.compile(r"\s*(?:who|which|whose|whom|a|an|the|head|chief|chairman|director|leader)\b", re.IGNORECASE)
TRAILING_AUXILIARY = re.compile(r"\s(?:(?:was|were|has|have|had|is|are|been|also|already|then|since)\s+)+$")
MEANS_GERUND = re.compile(r"\bby\s+$")
RELATIVE_OPENER = re.compile(r"\b(?:who|which|whose)\s*$", re.IGNORECASE)
# the month, not the modal: 'in May', 'since May,', 'May 2016', 'May 20'
MONTH_MAY = re.compile(r"\b(?<=\s)May\b(?=\s+\d|\s*,|\s+(?:last|this|next)\s+year)|(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\bon\s)|"
                       r"(?<=\bmid\s)|(?<=\bmid-)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bearly\s)|(?<=\blate\s)|(?<=\blast\s)|(?<=\bfrom\s))May\b")

# modality's fixed patterns, compiled once (the same patterns and flags as the former re.match / re.search calls)
PAST_VERB_AT = re.compile(r"\w+ed\b|(?:met|held|sent|made|told|led|took|gave|won|fought|sought|struck|paid)\b")
CONDITIONAL_OPENING = re.compile(r"\s*[“‘\"]?(?:if|unless|should|were|had)\b", re.IGNORECASE)
CONDITIONAL_BEFORE = re.compile(r"\b(?:if|unless|in case|in the event)\b[^,]*,?\s*$", re.IGNORECASE)
TO_BEFORE = re.compile(r"\bto\s+$")
HEAD_CUE = re.compile(r"\b(?:it is|it's)\s+(?:imperative|essential|necessary|vital)\b|could be established|should be\b", re.IGNORECASE)


class ModalityReading:
    """ClaimExtractor's modality reading (needs self.lexicon)."""

    def modality(self, text: str, s: Sentence, pos: int) -> str:
        """Modality of the predication at offset pos, read from the words before it in its clause
        and from the sentence frame (conditionals, questions)."""
        c_start, _ = _clause_bounds(text, s, pos)
        before = text[c_start:pos]
        # ('X, which ..., was signed', '..., have called': the auxiliary of the main verb after the aside)
        aux = TRAILING_AUXILIARY.search(before)
        if aux and before[:aux.start()].rstrip().endswith(","):
            before = before[:aux.start()].rstrip()
        if before.rstrip().endswith(","):
            # 'X, which represents ... in the absence of ties, met Y': the verb right after a relative clause or an
            # apposition takes no cue from inside it (an aside keeps its frame: 'rather than ..., granting')
            cut = max(0, before.rstrip()[:-1].rfind(","))
            if INTERRUPTING_PHRASE.match(before, cut + 1 if cut else 0) or \
                    (not cut and RELATIVE_OPENER.search(text, max(s.start, c_start - 10), c_start)):
                before = before[:cut]
        window = " ".join(before.split()[-6:])
        if MEANS_GERUND.search(before):
            # 'should build on the agreement by agreeing on ...': a means gerund is done only as its verb is
            window = " ".join(before.split()[-14:])
        if "May" in window:     # the month, not the modal ('took power in May, Beijing has'); the test spares the regex
            # (read on a longer tail: 'On May 1, the Coast Guard Administration' cut to six words loses the 'On')
            window = " ".join(MONTH_MAY.sub(" ", " ".join(before.split()[-10:])).split()[-6:])
        coordinated = COORDINATED_FINITE_VERB.search(before)
        if coordinated and PAST_VERB_AT.match(text[pos:pos + 12]):
            window = coordinated.group(0)   # '... would respond and urged X': the second verb has its own modality
        sentence_head = s.text[:max(0, pos - s.start)]
        if s.text.rstrip(QUOTE_CHARS + " ").endswith("?"):
            return "hypothetical"
        # (the comma test first: both are pure, so 'B and C' -> 'C and B' gives the same verdict)
        if CONDITIONAL_OPENING.match(s.text) or \
                "," not in sentence_head[-40:] and CONDITIONAL_BEFORE.search(sentence_head):
            return "hypothetical"
        res = self.lexicon.modality_res
        if "negated" in res and res["negated"].contains(window):
            return "negated"
        for kind in ("prescriptive", "hypothetical", "planned"):
            if kind in res and res[kind].contains(window):
                return kind
        # ('to' right before the predicate needs before.rstrip() to end in 'to': the test spares the regex)
        if before.rstrip().endswith("to") and TO_BEFORE.search(before) and not INFINITIVE_OK.search(before):
            return "planned"
        # the sentence up to the predicate: a cue in a later clause or quotation ('called for a hotline, adding that
        # officers "should be allowed to meet"') frames that clause, not this act
        head = text[s.start:min(s.end, pos + 20)]
        for kind in ("prescriptive", "hypothetical"):
            # the short fixed pattern first: it rules out most sentences before the lexicon scan
            if kind in res and HEAD_CUE.search(head) and res[kind].contains(head):
                return kind
        return "asserted"
