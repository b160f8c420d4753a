"""The act a named speaker performs by the content of what they said, read from frames inside the reported words
(syntax.yaml statement_content): 'X said Japan should pass a law' asks Japan to act (REQUEST); 'X said Taiwan's
application was "very welcome"' endorses it (SUPPORT); 'X said Tokyo would not accept the demands' refuses them
(REJECT). Pure functions; the caller (StatementEvents.statement_event) has already checked that the speaking itself
is asserted, in the past, by a named speaker who is no commentator, and that the sentence reports no other act of
theirs."""
from __future__ import annotations

import re

from pipeline.extract.sentences import Sentence

# the start of the reported content right after the reporting verb: a short time or place adjunct ('on Tuesday',
# 'Tuesday', 'at a press briefing') and 'that'; after a verb of telling first its object ('told reporters', 'told Lin')
ADJUNCT = (r"(?:\s+(?:(?:on|in|at|during|after|last|this|earlier|later)\b[^,;:“”\"]{0,40}?|yesterday|today|"
           r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?\s+(?:that\s+)?")
CONTENT_OPEN = re.compile(ADJUNCT)
TOLD_OPEN = re.compile(r"(?:\s+(?:reporters|journalists|lawmakers|parliament|"
                       r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:conference|briefing|meeting|session|committee|forum|audience)|the\s+[\w\-]+|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}))?"
                       + ADJUNCT)
TELLING = frozenset({"told", "telling", "tells", "tell", "assured", "informed", "briefed"})
# a clause that only supposes its content: 'said that if Japan ..., it should ...', 'said that unless ...'
SUPPOSED = re.compile(r"^\s*[“\"‘]?(?:if|unless|when|whether|once|should\s+\w+\s+\w+\s+)\b", re.IGNORECASE)
SUPPOSING = re.compile(r"\b(?:if|unless|provided\s+that)\b", re.IGNORECASE)
NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never|no)\s+(?:[\w\-]+\s+)?|n[’']t\s+(?:[\w\-]+\s+)?)$", re.IGNORECASE)
# the first pronoun of the content is the speaker's own voice: 'said we must', 'said it would' (no request of another)
OWN_VOICE = frozenset({"i", "we", "it", "he", "she", "they", "its", "our"})


def _content(text: str, s: Sentence, verb_at: int, verb: str) -> tuple[int, str] | None:
    """(offset, words) of the reported content after the reporting verb up to the sentence's end, or None when
    the content is a supposition ('said that if ...')."""
    rx = TOLD_OPEN if verb.split()[0].casefold() in TELLING else CONTENT_OPEN
    m = rx.match(text, verb_at + len(verb), s.end)
    at = m.end() if m else verb_at + len(verb)
    words = text[at:s.end]
    return None if SUPPOSED.match(words) else (at, words)


def content_act(text: str, s: Sentence, verb_at: int, verb: str, *, frames: list[tuple[str, re.Pattern]],
                own: frozenset[tuple[int, int]] = frozenset()) -> str | None:
    """The PLOVER type of the first frame (syntax.yaml statement_content, in its order) that the reported content
    holds in its own first clause, or None. A frame is matched only within the content's first clause (before a
    semicolon or a ', but'), and only when its subject is not the speaker's own pronoun where the frame asks that
    ('said we must ...' is a resolve, no request of anyone). own: the spans of mentions of the speaker and of the
    speaker's own state; a call whose subject names only those ('Defence Minister X said Japan must watch ...') is the
    speaker's own resolve, no request of another."""
    got = _content(text, s, verb_at, verb)
    if got is None:
        return None
    at, words = got
    words = re.split(r";|,\s+(?:but|while|whereas|although)\b", words, maxsplit=1)[0]
    if SUPPOSING.search(words):
        return None      # 'said Japan would not accept such a plan if it were put forward': a supposed refusal
    for plover, rx in frames:
        m = rx.search(words)
        if m is None:
            continue
        if NEGATED_BEFORE.search(words[max(0, m.start() - 24):m.start()]):
            continue     # 'said the drills did not comply with international law': the wording denied
        subject = (m.groupdict().get("subj") or "").strip().casefold()
        if subject and subject.split()[0] in OWN_VOICE:
            continue
        if subject and own and _only_own(text, at + m.start("subj"), at + m.end("subj"), own):
            continue
        return plover
    return None


NAME = re.compile(r"[A-Z][\w’'\-]*")


def _only_own(text: str, start: int, end: int, own: frozenset[tuple[int, int]]) -> bool:
    """Whether every capitalised word of text[start:end] lies in one of the own spans (and there is one)."""
    names = [start + m.start() for m in NAME.finditer(text[start:end])]
    return bool(names) and all(any(a <= n < b for a, b in own) for n in names)


def _phrase(words: str) -> str:
    """A fixed wording as a pattern: spaces may be any whitespace and open a quotation; '*' stands for up to three
    words ('without * consent': 'without Seoul's prior consent')."""
    parts = [re.escape(p).replace(r"\ ", r"\s+[“\"‘]?") for p in words.split(" * ")]
    return r"\s+(?:[\w’'\-]+\s+){0,3}?".join(parts)


def compile_frames(spec: dict) -> list[tuple[str, re.Pattern]]:
    """syntax.yaml statement_content ({TYPE: {subject_modals: [...], phrases: [...]}}) -> [(TYPE, pattern)].
    subject_modals: a modal after a subject of up to six words that opens the content ('Japan should', 'the
    government must "explain"'), not negated ('should not' forbids rather than asks, left out); phrases: fixed
    wordings anywhere in the content's first clause ('was "very welcome"', 'would not accept', 'without * consent')."""
    out = []
    for plover, kinds in (spec or {}).items():
        modals = [re.escape(w).replace(r"\ ", r"\s+") for w in kinds.get("subject_modals") or []]
        if modals:
            out.append((plover, re.compile(
                r"^[“\"‘]?(?P<subj>(?:[\w’'.,\-]+\s+){0,7}?[\w’'.\-]+)\s+(?:" + "|".join(modals) + r")\s+(?!not\b|never\b|be\s+able\b|have\s+(?:been|\w+ed|\w+en)\b)"
                r"(?:\w+ly\s+)?[“\"‘]?[a-z]", re.IGNORECASE)))
        phrases = [_phrase(w) for w in kinds.get("phrases") or []]
        if phrases:
            out.append((plover, re.compile(r"(?<![\w\-])[“\"‘]?(?:" + "|".join(phrases) + r")(?![\w\-])", re.IGNORECASE)))
    return out
