"""Military formations named by number: 'Escort Flotilla 4', 'Patrol Squadron (VP) 47', 'Carrier Strike Group 5',
'Task Force 70', '12th Marine Regiment', '3rd Infantry Division'. The number is part of the name (there are many
escort flotillas; 'Escort Flotilla 4' is one unit), so the organisation pattern, which stops at the type word, would
find a bare type ('Escort Flotilla') or a unit with its station ('Marine Regiment on Okinawa'). Apart from
actor_discovery.py because the name is built from the number around the type word, not from capitalised words alone.
Pure function: text in, (start, end, name) out; the bracketed designator ('(VP)') is a mention's word, not the name's."""
import re

# formation nouns that take a number (data: the vocabulary of order-of-battle reporting, not of one article)
_UNIT = (r"(?:Division|Flotilla|Squadron|Wing|Group|Regiment|Brigade|Battalion|Fleet|Task[ \t]+Force|Expeditionary[ \t]+Force|"
         r"Air[ \t]+Wing|Army|Corps|Escadrille)")
_WORD = r"[A-Z][\w\-]*"
# '<Words> <unit> (<designator>) <number>': 'Escort Division 8', 'Patrol Squadron (VP) 47'
_NUMBER_AFTER = re.compile(rf"(?<![\w\-])(?P<words>(?:{_WORD}[ \t]+){{0,3}})(?P<unit>{_UNIT})(?:[ \t]+\([A-Z]{{1,6}}\))?[ \t]+\d{{1,3}}(?![\w\-]|[.,:]\d)")
# '<ordinal> <Words> <unit>': '12th Marine Regiment', '3rd Infantry Division', '1st Airborne Brigade'
_ORDINAL_BEFORE = re.compile(rf"(?<![\w\-])\d{{1,3}}(?:st|nd|rd|th)[ \t]+(?:{_WORD}[ \t]+){{0,3}}{_UNIT}(?![\w\-])")
_TAG = re.compile(r"[ \t]*\([A-Z]{1,6}\)")
# both patterns hold a unit noun: a document without one names no formation (one C-level search instead of two scans that
# try their lookbehinds and name words at every offset)
_UNIT_WORD = re.compile(_UNIT)


def numbered_units(text: str, start: int, end: int, *, not_name_words=frozenset()):
    """(start, end, canonical name) of each formation named with its number; the words before the unit noun must be
    capitalised name words (not 'The', 'And' ...: not_name_words)."""
    if _UNIT_WORD.search(text, start, end) is None:
        return []
    out = []
    for m in _NUMBER_AFTER.finditer(text, start, end):
        s = m.start()
        for word in m.group("words").split():
            if word not in not_name_words:
                break
            s = text.index(word, s) + len(word) + 1
        if len(text[s:m.end("unit")].split()) < 2:
            continue     # 'Army 12', 'Group 2': a type word and a number name no one formation
        out.append((s, m.end(), _TAG.sub("", text[s:m.end()])))
    out += [(m.start(), m.end(), m.group(0)) for m in _ORDINAL_BEFORE.finditer(text, start, end)]
    return sorted(out)
