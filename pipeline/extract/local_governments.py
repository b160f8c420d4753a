"""Local governments named by their place: 'Hualien County concluded a sister-city agreement', 'a matter decided by
Ishigaki City'. A place name with a local-government word (City, County, Prefecture, Town...) is a place ('a school
in Hualien County') unless it acts: the subject of a verb of decision, agreement or statement, or the agent after
'by'. Then it is that municipality's government (GUIDELINES: a government body). Pure function over text."""
import re

from pipeline.extract.actor_gates import holds_any_folded

# a preposition of place right before the name: 'in Hualien County', 'off Chiba Prefecture'
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|off|of|to|across|around|outside|inside|within|into|for|across)[ \t]+(?:the[ \t]+)?$")
_LOCAL = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t](?:City|County|Prefecture|Town|Township|Village)"
_ACTS = (r"(?:said|says|announced|decided|agreed|concluded|signed|protested|requested|asked|urged|approved|rejected|"
         r"welcomed|opposed|demanded|sent|dispatched|donated|pledged|offered|invited|hosted)")
LOCAL_GOVERNMENT = re.compile(rf"(?<![\w\-])(?:(?P<name>{_LOCAL})(?=[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+|will[ \t]+|would[ \t]+)?{_ACTS}\b)|"
                              rf"(?<=\bby[ \t])(?P<name2>{_LOCAL})\b)")


# every pattern below holds a level word ('City', 'prefectural', 'Town'; _DESCRIBED's in any case): without one in the
# text a document names no municipality these read (discover skips them all)
_LEVEL_WORD = re.compile(r"(?i:town|city|county|village|township|prefectur)")
_LEVEL_WORDS = ("town", "city", "county", "village", "township", "prefectur")


def may_name_local_governments(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a level word, which each match of the patterns below does."""
    return holds_any_folded(text, start, end, _LEVEL_WORDS, _LEVEL_WORD)   # (a literal test in lower case: the IGNORECASE scan is slow)


def acting_local_governments(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of each municipality named by its place that acts in text[start:end]."""
    out = []
    for m in LOCAL_GOVERNMENT.finditer(text, start, end):
        g = "name" if m.group("name") else "name2"
        if g == "name" and PLACE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue   # 'Analysts in Hualien County said': the analysts said it, in the place
        out.append((m.start(g), m.end(g), m.group(g)))
    return out


# 'the Hualien county government', 'the Hualien County government', 'the Yonaguni town office', "Yonaguni's town council", 'the Okinawa prefectural
# assembly': a municipality's government or assembly described in lower case after its place name
_DESCRIBED = re.compile(r"(?<![\w\-])(?:(?:The|the|A|An)[ \t]+)?(?P<place>(?!(?:The|A|An)\b)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:[’']s)?[ \t]+"
                        r"(?P<kind>(?i:town|city|county|village|township|prefectural))[ \t]+(?P<body>government|office|hall|council|assembly)\b")
# 'the city council of Ishigaki', 'the town office of Yonaguni': the same bodies with the place after 'of'
_DESCRIBED_OF = re.compile(r"\b[Tt]he[ \t]+(?P<kind>town|city|county|village|township|prefectural)[ \t]+(?P<body>government|office|council|assembly)"
                           r"[ \t]+of[ \t]+(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")
_UNIT = {"town": "Town", "city": "City", "county": "County", "village": "Village", "township": "Township", "prefectural": "Prefecture"}


def described_local_governments(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, name, actor type) of each municipal government or assembly described in lower case after its place:
    the government (or its office, its hall) is the municipality's ('Yonaguni Town', 'Hualien County'; a prefecture's
    is its 'Prefectural Government'), the council or assembly the municipality's legislature ('Yonaguni Town Council')."""
    out = []
    for m in sorted([*_DESCRIBED.finditer(text, start, end), *_DESCRIBED_OF.finditer(text, start, end)], key=lambda m: m.start()):
        # 'the Hualien County government': the unit word may be capitalised as part of the place's name
        place, kind, body = m.group("place"), m.group("kind").lower(), m.group("body")
        s = m.start("place") if m.re is _DESCRIBED else m.start("kind")
        if body in ("council", "assembly"):
            name, actor_type = f"{place} {'Prefectural' if kind == 'prefectural' else _UNIT[kind]} {body.title()}", "legislature"
        elif kind == "prefectural":
            name, actor_type = f"{place} Prefectural Government", "government_body"
        else:
            name, actor_type = f"{place} {_UNIT[kind]}", "government_body"
        out.append((s, m.end(), name, actor_type))
    return out


# 'the prefectural assembly', 'the town council': a municipality's legislature named by its level alone; the
# municipality is the one of that level the document named most before it ('Fukuoka Prefecture', 'the Okinawa
# Prefectural Government', 'Chikujo town', 'the town of Yonaguni')
_BARE = re.compile(r"\b[Tt]he[ \t]+(?P<kind>prefectural|city|town|village)[ \t]+(?P<body>assembly|council)\b(?![ \t]+of[ \t]+[A-Z])")
_PLACE_OF_LEVEL = {
    "prefectural": re.compile(r"\b(?P<place>[A-Z][a-z]+)[ \t]+(?:Prefecture|prefecture|Prefectural|prefectural)\b"),
    "city": re.compile(r"\b(?P<place>[A-Z][a-z]+)[ \t]+(?:City|city)\b(?![ \t]+(?:assembly|council|Assembly|Council))|\bcity[ \t]+of[ \t]+(?P<of>[A-Z][a-z]+)"),
    "town": re.compile(r"\b(?P<place>[A-Z][a-z]+)[ \t]+(?:Town|town)\b(?![ \t]+(?:assembly|council|Assembly|Council))|\btown[ \t]+of[ \t]+(?P<of>[A-Z][a-z]+)"),
    "village": re.compile(r"\b(?P<place>[A-Z][a-z]+)[ \t]+(?:Village|village)\b|\bvillage[ \t]+of[ \t]+(?P<of>[A-Z][a-z]+)"),
}


def bare_local_legislatures(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of each 'the <level> assembly|council' whose municipality the document named before it
    ('Fukuoka Prefecture ... the prefectural assembly' is the Fukuoka Prefectural Assembly); none when it named none.
    The municipality is the one of that level the document named most often before it.""" 
    out = []
    for m in _BARE.finditer(text, start, end):
        kind, body = m.group("kind"), m.group("body")
        places = [p.group("place") or p.group("of") for p in _PLACE_OF_LEVEL[kind].finditer(text, 0, m.start())]
        places = [p for p in places if p not in ("The", "A", "An", "This", "Our", "That", "Each", "Every")]
        if places:   # the municipality the document names most ('Tsuiki in Fukuoka Prefecture ... Nyutabaru in Miyazaki'), the later on a tie
            level = "Prefectural" if kind == "prefectural" else kind.title()
            place = max(reversed(places), key=places.count)
            out.append((m.start("kind"), m.end(), f"{place} {level} {body.title()}"))
    return out
