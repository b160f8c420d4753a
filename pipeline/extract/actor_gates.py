"""Cheap exact preconditions of the document pass's discovery scans (perf37): a scan whose every match holds one of a
few literals (a medium noun, a plural title, 'including'/'such'/'like', a kind noun) is skipped on a document without
any of them, and two whole-text scans that Python's engine tries at every offset are read at the offsets of a literal
instead. Each test is a necessary condition of a match, so the output is the scan's own. Pure functions."""
import re


def holds_any(text: str, start: int, end: int, literals) -> bool:
    """Whether one of literals occurs whole inside text[start:end] (a scan bounded so can match only there)."""
    return any(text.find(w, start, end) >= 0 for w in literals)


# the literals each match of a scan holds: actor_labels.PLURAL_TITLE's titles, actor_contexts.list_pattern's
# 'including|such as|like', media_names._MEDIUM's medium nouns (their first words: 'news agency' holds 'news')
PLURAL_TITLES = ("Reps.", "Sens.", "Senators", "Representatives", "Congressmen", "Congresswomen", "Lawmakers")
LIST_WORDS = ("including", "such", "like")
MEDIUM_WORDS = ("newspaper", "daily", "broadcaster", "magazine", "weekly", "tabloid", "news", "television", "TV")


def may_name_outlets(text: str, start: int, end: int) -> bool:
    """Whether media_names.named_outlets may find any: a medium noun, or a transcript label's '(Outlet):' bracket."""
    return holds_any(text, start, end, MEDIUM_WORDS) or (text.find("(", start, end) >= 0 and text.find(":", start, end) >= 0)


# re's IGNORECASE matches these non-ASCII letters to ASCII ones ('ı', 'İ' to 'i', 'ſ' to 's', the Kelvin sign to 'k');
# str.lower() does not: a text holding one is left to the pattern
_FOLDING_TO_ASCII = ("ı", "İ", "ſ", "K")


def holds_any_folded(text: str, start: int, end: int, literals, pattern: re.Pattern) -> bool:
    """holds_any of lower-case literals in any case, as pattern (their IGNORECASE alternation) would find them."""
    if any(c in text for c in _FOLDING_TO_ASCII):
        return pattern.search(text, start, end) is not None
    low = text[start:end].lower()
    return any(w in low for w in literals)


_ACRONYM_AT = re.compile(r"\(([A-Z]{2,6})\)")


def bracket_acronyms(text: str, start: int, end: int):
    """(start, acronym) of each match of r'[ \\t]*\\(([A-Z]{2,6})\\)' in text[start:end], as finditer gives them, read
    at each '(' (the pattern's blanks would be tried at every offset): a match starts at the blanks before its bracket,
    after the previous match."""
    out, floor, q = [], start, text.find("(", start, end)
    while q >= 0:
        m = _ACRONYM_AT.match(text, q, end)
        if m is None:
            q = text.find("(", q + 1, end)
            continue
        s = q
        while s > floor and text[s - 1] in " \t":
            s -= 1
        out.append((s, m.group(1)))
        floor = m.end()
        q = text.find("(", floor, end)
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"   # re's \w on str


def starts_not_after(pattern: re.Pattern, text: str, start: int, end: int, not_after: str) -> list[int]:
    """The starts of finditer('(?<![\\w<not_after>])' + pattern) in text[start:end], the lookbehind read in Python
    after a search for pattern alone (which re can start by its first characters). A rejected offset is passed by one
    character, an accepted match by its end, as finditer does (the matches are not empty)."""
    out, p = [], start
    while (m := pattern.search(text, p, end)) is not None:
        q = m.start()
        before = text[q - 1:q]
        if before and (_word_char(before) or before in not_after):
            p = q + 1
            continue
        out.append(q)
        p = m.end() if m.end() > q else q + 1
    return out
