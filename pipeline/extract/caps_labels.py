"""Upper-case speaker labels of official transcripts and meeting records ('MINISTER KAO KUANG-CHI:',
'DEPUTY MINISTER LINGHU:', 'SENATOR JANE DOE (D-XX):', 'LEILA HARDWICK, HOST:'). The name matcher reads cased names, so a person whom
such a record names only in its labels would be missed. Pure functions over text; the title test is passed in
(the titles are data in titles.yaml).

- a label made of a known title and two or three further words introduces a person: the words after the title;
- so does a label of two or three words followed by a comma and a title or a broadcast role ('..., HOST:');
- a label made of a known title and one word names a person by family name (resolved by the caller to the
  person of that family name the document names).
"""
import re
from typing import Callable

# a line opening with upper-case words (a dot after an abbreviated title: 'MR.'), optional bracketed notes
# ('(陳毓龍)', '(DPP)', '(D-MA)'), then a colon
_CAPS_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,6})"
                         r"(?:,[ \t]*(?P<role>[A-Z][A-Z\-]*(?:[ \t]+[A-Z][A-Z\-]*){0,3}))?"
                         r"(?:[ \t]*[(（][^()（）\n]{1,30}[)）])*[ \t]*:")
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "at", "by"})
# a broadcast transcript's role after the name ('LEILA HARDWICK, HOST:', 'DANIEL OCHOA, BYLINE:')
BROADCAST_ROLES = frozenset({"host", "co-host", "anchor", "byline", "correspondent", "reporter", "presenter", "moderator"})


def cased(word: str) -> str:
    """'KUANG-CHI' -> 'Kuang-chi', 'KAO' -> 'Kao' (the romanised style of the gold names: only the first letter up)."""
    return word[:1] + word[1:].lower()


def caps_labels(text: str, start: int, end: int, *, is_title: Callable[[str], bool]) -> list[tuple[int, int, str, int]]:
    """(start, end, name, n_words) of the name part of each upper-case label opened by a title: the words after
    the longest leading title (is_title gets the casefolded words), one to three of them, title-cased.
    'SUMMARY OF PROCEEDINGS:' or 'RELATED ARTICLES:' open with no title and name no one."""
    out = []
    for m in _CAPS_LABEL.finditer(text, start, end):
        words = list(re.finditer(r"[^ \t]+", m.group("label")))
        role = (m.group("role") or "").casefold()
        if role and 2 <= len(words) <= 3 and (role in BROADCAST_ROLES or is_title(role)) \
                and not any(is_title(w.group(0).casefold()) or w.group(0).casefold() in _FUNCTION_WORDS for w in words):
            out.append((m.start("label"), m.end("label"), " ".join(cased(w.group(0)) for w in words), len(words)))
            continue
        for k in range(len(words) - 1, 0, -1):      # the longest title first ('DEPUTY MINISTER', not 'DEPUTY')
            rest = words[k:]
            if len(rest) > 3 or not is_title(" ".join(w.group(0) for w in words[:k]).casefold()):
                continue
            if any(is_title(w.group(0).casefold()) or w.group(0).casefold() in _FUNCTION_WORDS for w in rest):
                break   # 'DEPUTY MINISTER OF FOREIGN AFFAIRS:' is a title alone
            s, e = m.start("label") + rest[0].start(), m.start("label") + rest[-1].end()
            out.append((s, e, " ".join(cased(w.group(0)) for w in rest), len(rest)))
            break
    return out


def label_person(family: str, at: int, named: dict[str, list[tuple[int, str]]], registry: Callable[[str], str | None]) -> str | None:
    """The person a family-name label ('MINISTER KAO:') stands for: the latest person of that family name the
    document named before the label, else the first it names after it (a meeting record may name the speaker in
    full only in a later label), else the registry's only person of that family name (registry(family))."""
    persons = named.get(family, [])
    before = [pid for pos, pid in persons if pos < at]
    if before:
        return before[-1]
    return persons[0][1] if persons else registry(family)
