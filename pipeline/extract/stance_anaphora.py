"""Positions on a matter named before the sentence or its clause (GUIDELINES, Stances: a position "shown by an act
reported as such"): 'When Taipei proposed a security dialogue, Tokyo turned it down', '... including military
exchanges, violates the one-China principle. We firmly oppose it.', 'Taiwan welcomed the change.', 'Kuan welcomed
the drill'. A position cue (or an act cue) governs an anaphoric object (a pronoun, or a definite noun of a reported
act: 'the move', 'the idea', 'the drill'); the matter, and so the topic, is the first topic keyword of the clauses
before the cue in the sentence, else of the sentence before it (the matter under discussion usually opens it).

Pure functions over compiled patterns; the topics' keywords are the TopicCues matchers (stance_cues.py). The anaphor
words are English grammar (pronouns, determiners and nouns of reported acts), not domain vocabulary."""
import re

from pipeline.extract.stance_acts import PASSIVE_BEFORE
from pipeline.extract.stance_frames import security_context

# nouns that name a reported act or proposal, after a determiner: the anaphor's head (a generic one refers to any
# matter; a specific one, SPECIFIC_HEAD, only to a matter that names it: 'condemned the drills' after a sentence on
# 'drills', never after one on a security dialogue)
ACT_NOUNS = (r"(?:move|moves|step|steps|change|changes|decision|plan|plans|proposal|proposals|idea|ideas|request|requests|"
             r"initiative|development|arrangement|drill|drills|exercise|exercises|talks|meeting|renaming|deal|agreement|"
             r"announcement|effort|efforts|gesture|measure|measures|offer|suggestion|call|push|approach)")
SPECIFIC_HEAD = re.compile(r"(?:drill|exercise|talks|meeting|renaming|deal|agreement)", re.IGNORECASE)
# (a determiner and up to two modifiers: 'the negative move', 'this positive step', 'such a dangerous idea'); a bare
# pronoun object ('oppose it', 'welcomed this') ends its clause
ANAPHOR = re.compile(r"\s+(?:(?:it|this|them)(?=\s*(?:[.,;:!?”\"’')]|$|\s+(?:again|too|as\s|outright|firmly|strongly|and\s|in\s|on\s|at\s|"
                     r"when\s|because\s|for\s|\-)))|(?:the|this|that|these|such\s+an?|the\s+latest|a\s+similar)\s+"
                     r"(?:[a-z\-]+\s+){0,2}?" + ACT_NOUNS + r"\b(?!\s+(?:to|of|with|between|for|that)\b))",
                     re.IGNORECASE)
# a phrasal verb of refusal split by its pronoun object: 'turned it down', 'ruled it out', 'shot the idea down'
SPLIT_REFUSAL = re.compile(r"\b(?:turn|turns|turned|turning|rule|rules|ruled|ruling|shoot|shoots|shot|shooting|vote|votes|"
                           r"voted|voting|brush|brushes|brushed|brushing|wave|waved|waves)\s+(?:it|this|them|the\s+(?:[a-z\-]+\s+)?"
                           + ACT_NOUNS + r")\s+(?:down|out|off|aside)\b", re.IGNORECASE)
# a cheap test before the cues are scanned: a sentence without any anaphor word has no anaphoric reading
ANAPHOR_HINT = re.compile(r"\b(?:it|this|them|" + ACT_NOUNS[3:-1] + r")\b", re.IGNORECASE)
# ... read as words: every alternative is a run of word characters, so the hint matches exactly where a maximal run of
# word characters is one of them, case aside; an ASCII sentence's lower-cased runs are compared with the set in C
# (several times cheaper than the case-blind search); other text keeps the search (Unicode case folding)
HINT_WORDS = frozenset(("it", "this", "them", *ACT_NOUNS[3:-1].split("|")))
WORD_RUN = re.compile(r"\w+")


def anaphor_hint(sentence: str) -> bool:
    """Whether ANAPHOR_HINT.search(sentence) finds a match (same answer)."""
    if sentence.isascii():
        return not HINT_WORDS.isdisjoint(WORD_RUN.findall(sentence.lower()))
    return ANAPHOR_HINT.search(sentence) is not None
WORD = re.compile(r"[\w’'\-]+")
# keywords starting at most this many words after the first one name the same matter
SAME_MATTER_WORDS = 2
# How much text before the sentence holds the sentence before it (the matter under discussion), in characters
BEFORE_CHARS = 400
SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘'A-Z(])")


# a protest's addressee and preposition between its cue and the matter it is about: 'lodged representations with the
# JFSS over the exercise', 'protested to Tokyo about the move' (only for a cue of protest: OBJECT_GAP before ANAPHOR)
OBJECT_GAP = re.compile(r"(?:\s+(?:with|to)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s*){1,4}?)?\s+(?:over|about|against|regarding|concerning)(?=\s)")
REPRESENTATION_CUE = re.compile(r"(?i:protest|representations|complaint|dissatisf|displeasure)")


def anaphoric_cue(sentence: str, cue_list) -> tuple | None:
    """(polarity, cue_start, cue_text, anaphor_end, specific head or '') of a cue that governs an anaphoric object right after it ('firmly
    oppose it', 'welcomed the change', 'turned it down'), else None. cue_list: (start, end, text, polarity) of the
    sentence's position and act cues."""
    if m := SPLIT_REFUSAL.search(sentence):
        return "oppose", m.start(), m.group(0), m.end(), _head(m.group(0))
    best = None
    for a, b, text, pol in cue_list:
        if PASSIVE_BEFORE.search(sentence, max(0, a - 20), a):
            continue     # 'the request was rejected': no holder in its subject
        if (m := ANAPHOR.match(sentence, b) or (
                (g := OBJECT_GAP.match(sentence, b)) and REPRESENTATION_CUE.search(text) and ANAPHOR.match(sentence, g.end()))) \
                and (best is None or a < best[1]):
            best = (pol, a, text, m.end(), _head(m.group(0)))
    return best


def _head(anaphor: str) -> str:
    """The specific head noun of an anaphor ('drill' of 'the joint drill'), '' for a pronoun or a generic head."""
    m = SPECIFIC_HEAD.search(anaphor)
    return m.group(0).lower() if m else ""


def previous_sentence(before: str) -> str:
    """The last sentence of the text before a sentence (its paragraph's, or the one before the break)."""
    before = before[-BEFORE_CHARS:].rstrip()
    ends = [m.end() for m in SENTENCE_END.finditer(before)]
    return before[ends[-1]:] if ends else before


# How far back a specific head ('the drill', 'the talks') may find the sentences that name it, in characters: a report
# names the act in its lead and the reactions paragraphs later ('The two coast guards held their first joint drill ...
# [a researcher's comment] ... Kuan welcomed the drill')
HEAD_BEFORE_CHARS = 2500
# how many earlier sentences naming the head are read, nearest first (a nearer one may name it by the anaphor only:
# '... said at a briefing after the exercise')
HEAD_SENTENCES = 3
PARAGRAPH_BREAK = re.compile(r"\n\s*\n\s*")


def head_sentences(before: str, head: str) -> list[str]:
    """The sentences before the previous one (in the text before a sentence, up to HEAD_BEFORE_CHARS back) that name the
    specific head ('drill' of 'the drill'), nearest first, at most HEAD_SENTENCES; [] without a head."""
    if not head:
        return []
    before = before[-HEAD_BEFORE_CHARS:].rstrip()
    # (a paragraph break ends a sentence too: a headline or a dateline holds no stop)
    ends = [0, *sorted({*(m.end() for m in SENTENCE_END.finditer(before)), *(m.end() for m in PARAGRAPH_BREAK.finditer(before))})]
    out = []
    # (the previous sentence, ends[-1]:, is read as a segment already)
    for a, b in zip(reversed(ends[:-1]), reversed(ends[1:])):
        if a == 0 and len(before) >= HEAD_BEFORE_CHARS or len(out) == HEAD_SENTENCES:
            break       # (a cut sentence: its start is not in the window)
        if head in before[a:b].lower():
            out.append(before[a:b])
    return out


def antecedent_topics(segments, topics, named_other=lambda seg, cues: False, *, head: str = "") -> list[str]:
    """The topic ids of the first topic keyword of the first segment that holds one (segments nearest first: the
    clauses before the cue, then the sentence before); the topics whose keyword starts there (several when their
    keywords overlap). named_other(segment, cues) says the segment is about another relation than the topic's."""
    for seg in segments:
        if head and head not in seg.lower():
            continue     # 'the drill' refers to a matter that names a drill
        first, found = None, []
        for cues in topics:
            starts = [m.start() for m in cues.keywords.finditer(seg)] if cues.keywords is not None else []
            if cues.context_keywords is not None and security_context(seg, cues.context_terms):
                starts += [m.start() for m in cues.context_keywords.finditer(seg)]
            if not starts or named_other(seg, cues):
                continue
            found.append((min(starts), cues.topic_id))
        if found:
            # (keywords starting a few words apart name one matter: 'a vice-ministerial [security dialogue]')
            first = min(s for s, _ in found)
            return [t for s, t in found if len(WORD.findall(seg[first:s])) <= SAME_MATTER_WORDS]
    return []
