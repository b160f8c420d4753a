"""News outlets the registry lacks, named by the way reporting names them: with a medium noun after the name ('told
The Australian newspaper', 'the Nikkei business daily', 'the Kyodo news agency'), or as the outlet of the journalist
asking in a press-conference transcript ('REPORTER (TV Asahi): ...'). A capitalised 'The' inside a sentence is the
outlet's own word ('The Korea Herald', 'The Australian'), kept in the name. Apart from actor_discovery.py because the
cue is the medium noun or the transcript label, not a type word inside the name. Pure functions: text in, spans out."""
import re

_NAME = r"[A-Z][\w&.’'\-]*(?:[ \t]+[A-Z][\w&.’'\-]*){0,3}"
# the medium nouns of reporting in general (not of one outlet)
_MEDIUM = re.compile(rf"(?<![\w\-])(?P<name>(?:The[ \t]+)?{_NAME})[ \t]+(?:newspaper|daily|business[ \t]+daily|broadcaster|"
                     r"public[ \t]+broadcaster|magazine|weekly|tabloid|news[ \t]+agency|news[ \t]+website|news[ \t]+outlet|"
                     r"television[ \t]+network|TV[ \t]+station)\b")
# 'REPORTER (TV Asahi):', 'QUESTION (Kyodo News):' at a line's start
_LABEL = re.compile(rf"(?:^|\n)[ \t]*(?:REPORTER|Reporter|QUESTION|Question|Q|JOURNALIST|Journalist|CORRESPONDENT|Correspondent)"
                    rf"[ \t]*\((?P<name>{_NAME})\)[ \t]*:")
# 'daily' and 'weekly' are adverbs too ('Receive daily updates', 'Published weekly')
_ADVERB_MEDIUM = re.compile(r"[ \t]+(?:daily|weekly)\b")
# a page's call to subscribe to its own newsletter or edition
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_REPORTED_AFTER = re.compile(r"[ \t]+(?:said|says|reported|reports|wrote|writes|quoted|cited|published|ran)\b")
_PROMOTION_BEFORE = re.compile(r"\b(?:[Ss]ubscribe|[Ss]ign[ \t]+up)[ \t]+(?:to|for)[ \t]+(?:the[ \t]+|our[ \t]+)?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:][”’\"']?[ \t]+|\n[ \t]*|[“\"‘][ \t]*)$")


def named_outlets(text: str, start: int, end: int):
    """(start, end, name) of each outlet named with a medium noun or as a transcript label's bracket; a sentence-opening
    'The' is dropped (it may be the article), one inside a sentence kept (it is the outlet's)."""
    out = []
    for m in _MEDIUM.finditer(text, start, end):
        s, name = m.start("name"), m.group("name")
        if name.startswith("The ") and _SENTENCE_START.search(text, max(0, s - 4), s):
            s, name = s + 4, name[4:]
        if (" " not in name and _ADVERB_MEDIUM.match(text, m.end("name")) and not _THE_BEFORE.search(text, max(0, s - 4), s)
                and not _REPORTED_AFTER.match(text, m.end())) \
                or _PROMOTION_BEFORE.search(text, max(0, s - 20), s):
            continue   # 'Receive daily email updates', 'fly from Tsuiki daily': an adverb ('the Nikkei daily' names a paper); 'Subscribe to the X daily': the page's own promotion
        out.append((s, s + len(name), name))
    out += [(m.start("name"), m.end("name"), m.group("name")) for m in _LABEL.finditer(text, start, end)]
    return sorted(out)


def with_own_article(text: str, start: int) -> int:
    """The start of an outlet's name found after a capitalised 'The' inside a sentence ('told The Korea Herald'):
    before the 'The' (its own word); otherwise start."""
    if text[max(0, start - 4):start] == "The " and not _SENTENCE_START.search(text, max(0, start - 8), start - 4):
        return start - 4
    return start
