"""Organisations the registry lacks, named right after the noun of their kind ('the group Yonaguni Residents Against
the Base', 'the advocacy group Friends of the Earth Japan'): reporters introduce small groups so, and the name needs
no type word of its own. Apart from actor_discovery.py because the cue is the kind noun before the name, not a head
word inside it. Pure functions: text in, spans out."""
import re

_WORD = r"[A-Z][\w’'\-]*"
_LINK = r"(?:of|for|against|the|and|on|in|to)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_LINK}[ \t]+){{0,2}}{_WORD}){{1,7}}"
_WHEN = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
                  "August September October November December".split())


def kind_pattern(kinds: dict[str, str]) -> re.Pattern | None:
    """'the (<modifier>) <kind noun> <Capitalised Name>', 'a <kind noun>, the <Name>' over the singular kind nouns (noun -> actor type)."""
    if not kinds:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    # ... or in apposition to it: 'a citizens' group, the Buzen Network Against Base Expansion'
    return re.compile(rf"\b(?:[Tt]he|an?)[ \t]+(?:[a-z][\w’'\-]*[ \t]+)?(?P<noun>{nouns})(?:,[ \t]+the)?[ \t]+(?P<name>{_NAME})")


def kind_named(text: str, start: int, end: int, pattern: re.Pattern | None, kinds: dict[str, str]):
    """(start, end, name, actor type) of each organisation named right after its kind noun."""
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text, start, end):
        words = m.group("name").split()
        while words and (words[-1] in _WHEN or re.fullmatch(_LINK, words[-1])):
            words.pop()    # 'the group X Y on Monday' never reaches here (lowercase 'on'), but 'X Y Monday' may
        if len([w for w in words if w[:1].isupper()]) < 2:
            continue
        name = " ".join(words)
        out.append((m.start("name"), m.start("name") + len(name), name, kinds[m.group("noun")]))
    return out


def appositive_kind_pattern(kinds: dict[str, str]) -> re.Pattern | None:
    """'<Name>, a <modifiers> <kind noun>,' over the kind nouns a company or outlet is introduced by (noun -> actor type):
    'Adora Cruises, a Shanghai-based operator, cancelled ...', 'Evergreen Marine, a Taiwanese shipping company,'."""
    if not kinds:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'\-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}}),[ \t]+an?[ \t]+(?P<role>(?:[\w’'\-]+[ \t]+){{0,3}}?)"
                      rf"(?P<noun>{nouns})(?=[ \t]*[,.;]|[ \t]+(?:that|which|based|owned|in|from|with)\b)")


def appositive_kinds(text: str, start: int, end: int, pattern: re.Pattern | None, kinds: dict[str, str]):
    """(start, end, name, actor type, role words) of each organisation introduced by an appositive naming its kind; the name's
    words are capitalised words only (no sentence opener: the caller drops registry names and non-name words)."""
    if pattern is None:
        return []
    return [(m.start("name"), m.end("name"), m.group("name"), kinds[m.group("noun")], m.group("role"))
            for m in pattern.finditer(text, start, end) if not any(w in _WHEN for w in m.group("name").split())
            and not _NAME_GOES_BACK.search(text, max(start, m.start() - 40), m.start())]


# a capitalised word and a link word right before: the name began earlier ('the Council for Aerospace Security Studies,
# a Tokyo-based think tank': its tail is no name of its own)
_NAME_GOES_BACK = re.compile(r"[A-Z][\w’'\-]*[ \t]+(?:of|for|and|on|against|the)[ \t]+$")
