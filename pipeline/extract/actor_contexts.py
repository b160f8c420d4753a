"""Contexts in which a registry name names no acting actor, and the embassies a document names by owner
and city. Pure functions over (text, span); the patterns are compiled once here, the word lists are data
(titles.yaml).

- credits: a photo or wire credit ('(Photo: Cabinet Public Affairs Office)', '[File: Sam Yeh/AFP]', a caption
  line opening '(Yonhap) ...') names who took or supplied a picture, not an actor of the story;
- motion: a capital or state after a verb of travel ('left Taipei', 'will visit Washington', 'flew to Manila')
  is the place travelled to or from;
- coordinated adjectives: 'Australian and New Zealand vessels' - a state name coordinated with a demonym
  and followed by a common noun is an adjective, as the demonym is;
- topics: 'Japan's position on Taiwan', 'policy toward China' - the state is the subject matter;
- acronym clashes: 'TPP' is the Taiwan People's Party, unless the document names the Trans-Pacific Partnership.
"""
import re
from functools import lru_cache

from pipeline.extract.names import (fold, FAMILY_AFTER, FAMILY_BEFORE, APPOSITION_END, CITY_COMMA_BEFORE, FROM_BEFORE, FROM_X_TO_BEFORE, PERSON_NAME, POSSESSIVE_AFTER,
                                    SPATIAL_BEFORE, TO_NAME_AFTER)
from pipeline.extract.phrases import literal_alternation, longest_first

# the caption/credit markers that precede the credited name inside one bracket
_CREDIT_MARK = re.compile(r"\b(?:Photos?|Photograph|File|Images?|Picture|Credit|Courtesy(?:\s+of)?|Source)\s*:\s*"
                          r"[^\n()\[\]]{0,40}$", re.IGNORECASE)
_CLOSES = re.compile(r"(?:,?[ \t]*(?:Ltd|Inc|Co|Corp|LLC)\.?)?[ \t]*(?:[)\]]|$)", re.MULTILINE)
# '[Copyright The Example Press, Ltd.]', '© 2024 Example News': the owner of the text's rights
_COPYRIGHT_BEFORE = re.compile(r"(?:\bCopyright|©)[ \t]*(?:\([Cc]\)[ \t]*)?(?:\d{4}(?:[-–]\d{4})?[ \t]+)?(?:The[ \t]+)?$")
_SENTENCE_CLOSES = re.compile(r"\.(?:\s|$)")
# '(Yonhap) South Korean and Japanese flags ...': a bracketed name opening a line
_PHOTO_AFTER = re.compile(r"[ \t]+(?:[Ff]ile[ \t]+)?(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Ii]mages?|[Gg]raphics?|[Vv]ideo)[)\]]")
_LINE_OPEN_BRACKET = re.compile(r"(?:^|\n)[ \t]*[(\[][ \t]*$")


def is_credit(text: str, start: int, end: int, *, media: bool) -> bool:
    """A name in a photo, wire or copyright credit: after 'Photo:'/'File:'/'Copyright' up to the closing bracket, an outlet
    bracketed alone at a line start, or an outlet joined by a slash to a photographer ('Sam Yeh/AFP')."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    closes = _CLOSES.match(text, end) is not None
    # (each mark holds a literal the window must contain: ~20k names per 300 articles skip both searches)
    rights = ("Copyright" in before or "©" in before) and _COPYRIGHT_BEFORE.search(before) is not None
    if closes and ((":" in before and _CREDIT_MARK.search(before)) or rights):
        return True
    if rights and _SENTENCE_CLOSES.match(text, end):
        return True   # '(C) Copyright 2009 Example News. All rights reserved.': the rights line runs on after a full stop
    if not media:
        return False
    if closes and _LINE_OPEN_BRACKET.search(text, max(0, start - 4), start):
        return True
    if text[start - 1:start] in ("(", "[") and _PHOTO_AFTER.match(text, end):
        return True   # '(CNA photo)', '[Kyodo file photo]': the outlet credited with a picture
    if text[end:end + 1] == "】" and "【" in before:
        return True   # '【Taipei, Kyodo】': a Japanese paper's bracketed dateline credits the wire
    return before.endswith("/") or text[end:end + 1] == "/"


# travel verbs right before a place name: the name is where someone goes or comes from
_MOTION_BEFORE = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|left|leaves?|leaving|(?:arriv(?:e|es|ed|ing)|landed|stopover|stop(?:ped|s)?\s+over)\s+in|"
    r"(?:travel(?:l?ed|l?ing|s)?|fl(?:y|ew|ies|ying|own)|return(?:s|ed|ing)?|trip|journey|headed|bound|march(?:es|ed|ing)?|"
    r"sail(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|on\s+(?:its|their|his|her|the)\s+way|en\s+route)\s+(?:back\s+)?to|"
    r"(?:depart(?:s|ed|ing)?|fled|flown)\s+(?:from\s+)?|"
    r"(?:left|leaves?|leaving|depart(?:s|ed|ing)?|set(?:s|ting)?\s+off|bound)\s+for)\s+$", re.IGNORECASE)   # 'left for South Korea'
# ... before a mission's name: 'marched to the Japanese consulate-general' is where they went
_MOTION_BEFORE_ARTICLE = re.compile(_MOTION_BEFORE.pattern[:-len(r"\s+$")] + r"\s+the\s+$", re.IGNORECASE)


def after_motion_verb(text: str, start: int, article: bool = False) -> bool:
    """'left Taipei', 'to visit Washington', 'flew to Manila': the place travelled to or from (with article: 'marched
    to the embassy')."""
    return (_MOTION_BEFORE_ARTICLE if article else _MOTION_BEFORE).search(text, max(0, start - 34), start) is not None


# 'goes on to Riyadh', 'send a destroyer to Manila' (not 'send a wrong signal to Taiwan', a message's addressee)
_SENT_TO_BEFORE = re.compile(
    r"\b(?:(?:goes|go|went|going)\s+on\s+to|(?:send|sends|sending|sent|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing)?)\s+"
    r"(?:a|an|the|its|his|her|their|two|three|\d+)\s+(?!(?:wrong\s+|clear\s+|strong\s+)?(?:signals?|messages?)\b)"
    r"(?:[\w\-]+\s+){0,2}to)\s+$", re.IGNORECASE)


# 'avoid travelling to Japan', 'warned against visiting Japan': a travel advisory, whose state is its target
_ADVISORY_BEFORE = re.compile(r"\b(?:avoid(?:s|ed|ing)?|against|refrain(?:s|ed|ing)?\s+from)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def destination_before(text: str, start: int) -> bool:
    """The name at start is where someone travels, returns or is sent: 'visit Australia', 'return to Singapore',
    'send a destroyer to Manila' (not the target of an advisory: 'avoid travelling to Japan')."""
    motion = _MOTION_BEFORE.search(text, max(0, start - 30), start) or _SENT_TO_BEFORE.search(text, max(0, start - 60), start)
    return motion is not None and _ADVISORY_BEFORE.search(text, max(0, motion.start() - 40), motion.start()) is None


# a lower-case word the coordinated name would modify; a preposition, conjunction or verb after it ('thanked the
# US and Canada for ...', 'Japan and Australia have ...') ends the noun phrase: the name is a noun, not an adjective
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?!(?:for|to|in|on|at|of|by|as|and|or|but|with|from|over|about|after|before|"
                               r"that|which|who|have|has|had|is|are|was|were|will|would|can|could|should|must|"
                               r"may|might|also|to|said|say|says|agreed|signed|held|jointly)\b)[a-z][a-z\-]+\b")


def coordinated_adjective(text: str, start: int, end: int, demonym_re: re.Pattern | None) -> bool:
    """'Australian and New Zealand navy vessels': coordinated with a demonym and modifying a noun."""
    if demonym_re is None or not _LOWER_WORD_AFTER.match(text, end):
        return False
    return demonym_re.search(text, max(0, start - 30), start) is not None


def demonym_and_pattern(demonyms) -> re.Pattern | None:
    """The pattern of '<Demonym> and ' (or '<Demonym>, ') right before a name."""
    words = sorted({d for d in demonyms if d and " " not in d and d[:1].isupper()}, key=longest_first)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:,|[ \t]+(?:and|or))[ \t]+$")


# 'position on Taiwan', 'policy toward China': the state is what is talked about
_TOPIC_BEFORE = re.compile(r"\b(?:position|positions|stance|policy|policies|views?|attitude|approach|remarks|comments)"
                           r"\s+(?:on|toward|towards|regarding|concerning)\s+$", re.IGNORECASE)


def state_as_topic_before(text: str, start: int) -> bool:
    """'Japan's position on Taiwan is ...': the state as the subject matter of a position."""
    return _TOPIC_BEFORE.search(text, max(0, start - 30), start) is not None


def clash_patterns(clashes: dict[str, list[str]]) -> dict[str, re.Pattern]:
    """One compiled pattern per acronym: any of the other things it abbreviates."""
    return {a: re.compile(r"(?<![\w\-])(?:" + literal_alternation(list(others)) + r")(?![\w\-])")
            for a, others in clashes.items() if others}


def clash_folds(patterns: dict[str, re.Pattern], fold) -> dict[str, list[re.Pattern]]:
    """fold(acronym) -> the clash patterns of the acronyms folding to it: registry_mentions reads one only when an
    upper-case surface with that key is matched (a document names few acronyms; ~1/4 of its clash scans did)."""
    out: dict[str, list[re.Pattern]] = {}
    for acronym, pattern in patterns.items():
        out.setdefault(fold(acronym), []).append(pattern)
    return out


def clashing_acronyms(text: str, start: int, end: int, patterns: dict[str, re.Pattern]) -> set[str]:
    """The acronyms (keys of clash_patterns) that this document uses for something else: it names one of the
    other expansions listed for them ('TPP' with 'Trans-Pacific Partnership' or 'CPTPP')."""
    return {acronym for acronym, pattern in patterns.items() if pattern.search(text, start, end)}


# "China's embassy in Washington", 'the Japanese Embassy in Seoul', 'the US consulate in Naha'
_MISSION = r"(?P<kind>[Ee]mbassy|[Cc]onsulate(?:[ \-][Gg]eneral)?)"
_CITY = r"(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"


def mission_pattern(owner_words: list[str]) -> re.Pattern | None:
    """Owner (a state's name in the possessive, or a demonym) + embassy/consulate + 'in' + city."""
    words = sorted({w for w in owner_words if w}, key=longest_first)
    if not words:
        return None
    alt = literal_alternation(words)   # a factored trie: the owners are some hundred words
    # ... or the formal name, the owner after the mission ('the Embassy of Japan in Manila')
    formal = rf"(?<![\w\-])(?:Embassy|Consulate(?:[ \-]General)?)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<owner2>{alt})[ \t]+in[ \t]+{_CITY.replace('<city>', '<city2>')}\b"
    # the host may go unsaid ('a response from the Chinese embassy'): the mission in the country the story is about
    return re.compile(rf"(?<![\w\-])(?<!\b[Aa][ \t])(?<!\b[Aa]n[ \t])(?P<owner>{alt})(?:[’']s)?[ \t]+{_MISSION}(?:[ \t]+in[ \t]+{_CITY}\b|(?![\w\-]|[ \t]+(?:in|to)[ \t])(?!,[ \t]+[A-Z]))|" + formal)


def missions(text: str, start: int, end: int, pattern: re.Pattern | None, *, country_of, place_name,
             unsaid_host=lambda country: None):
    """(start, end, name, country) of each diplomatic mission named by owner and city; the canonical name is
    'Embassy of <owner state> in <host state or city>' (place_name maps a capital to its state's name); when the
    text names no host ('the Chinese embassy'), unsaid_host(owner country) gives it, else 'Embassy of <owner state>'."""
    if pattern is None or (text.find("mbassy", start, end) < 0 and text.find("onsulate", start, end) < 0):
        return []   # (every match holds 'Embassy'/'embassy' or 'Consulate'/'consulate': a literal test before the scan)
    out = []
    for m in pattern.finditer(text, start, end):
        formal = m.group("owner") is None
        country, owner_name = country_of(m.group("owner2") if formal else m.group("owner"))
        if country is None:
            continue
        said = m.group(0).split()[0] if formal else m.group("kind")
        kind = "Embassy" if said[:1] in "Ee" else "Consulate-General" if "eneral" in m.group(0) else "Consulate"
        city = m.group("city2") if formal else m.group("city")
        host = (place_name(city) or city) if city else unsaid_host(country)
        out.append((m.start(), m.end(), f"{kind} of {owner_name} in {host}" if host else f"{kind} of {owner_name}", country))
    return out


# 'who sit on the legislature's ... Committee', 'chairs the ... Committee', 'a member of the ... Committee': a
# committee named only inside a person's role is a sub-unit in a title, not an actor (GUIDELINES); 'told the
# ... Committee', 'testified before the ... Committee': the committee is where someone speaks, a venue
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:sits?|sat|sitting|serves?|served|serving|seat)\s+on|\bchair(?:s|ed|ing)?|"
    r"\b(?:chair|chairman|chairwoman|chairperson|member|members|convener|convenor|head)\s+of|"
    r"\b(?:told|tells|telling|briefed|briefing|addressed|testif(?:y|ies|ied|ying)\s+(?:before|to)|appear(?:s|ed)?\s+before))\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z][\w\-]*\s+){0,2}[A-Za-z][\w\-]*[’']s\s+)?$", re.IGNORECASE)
_COMMITTEE = re.compile(r"\b(?:Committee|Subcommittee|Sub-committee|Caucus)$")


def committee_in_role(text: str, start: int, name: str) -> bool:
    """A committee named where a person sits or chairs ('who chairs the Foreign and National Defense Committee')."""
    return _COMMITTEE.search(name) is not None and _SEAT_BEFORE.search(text, max(0, start - 60), start) is not None


def subunit_title_pattern(subunits: dict):
    """(title before, unit noun at the end) patterns of a sub-unit named in its head's title; None without data."""
    heads, units = subunits.get("heads") or [], subunits.get("units") or []
    if not heads or not units:
        return None
    return (re.compile(r"\b" + literal_alternation(heads) + r"(?:,[ \t]+|[ \t]+of[ \t]+(?:the[ \t]+)?)$", re.IGNORECASE),
            re.compile(r"\b" + literal_alternation(units) + r"$"))


def subunit_in_title(text: str, start: int, name: str, patterns) -> bool:
    """'Director-General, Asian and Oceanian Affairs Bureau', 'Director-General of the X Bureau': the bureau is part of
    its head's title, not an actor ('an official of the X Bureau' names the bureau)."""
    return patterns is not None and patterns[1].search(name) is not None \
        and patterns[0].search(text, max(0, start - 40), start) is not None


# 'the U.S. Taiwan Relations Act', 'the Japan Self-Defense Forces Law': a state's name opening a document's name
# (the name may be quoted: 'the US "Taiwan Relations Act"')
_DOCUMENT_NOUN = r"(?:Act|Law|Treaty|Communiqu[eé]|Accords?|Declaration|White[ \t]+Paper|Guidelines)"
_DOCUMENT_NAME_AFTER = re.compile(r"[ \t]+[“\"‘]?(?:[A-Z][\w\-]*[ \t]+){1,4}" + _DOCUMENT_NOUN + r"\b")
# 'the Taiwan Relations Act of the United States': a state closing a law's name as its owner
_DOCUMENT_NAME_BEFORE = re.compile(r"\b(?:[A-Z][\w\-]*[ \t]+){1,4}" + _DOCUMENT_NOUN + r"[”\"’]?[ \t]+of[ \t]+(?:the[ \t]+)?$")


def opens_document_name(text: str, end: int, start: int | None = None) -> bool:
    """A state's name followed by the rest of a law's or treaty's name (or, given its start, closing one after
    'of'): part of the document's name."""
    return _DOCUMENT_NAME_AFTER.match(text, end) is not None or (
        start is not None and text.find("of", max(0, start - 80), start) >= 0   # (its 'of', a literal: a cheap test first)
        and _DOCUMENT_NAME_BEFORE.search(text, max(0, start - 80), start) is not None)


# the last word of each of state_as_place's patterns before the name (SPATIAL_BEFORE's prepositions, FROM_BEFORE's
# 'from', FROM_X_TO_BEFORE's 'to'), before an optional 'the'; CITY_COMMA_BEFORE ends with a comma
_PLACE_LAST_WORDS = ("of", "around", "off", "near", "across", "within", "in", "into", "inside", "outside", "throughout",
                     "from", "to")


def _may_place_before(before: str) -> bool:
    """False only where none of state_as_place's before-patterns can match: each ends with blanks after one of
    _PLACE_LAST_WORDS (maybe then 'the') or after a comma. A cheap literal test: most names stand after other words."""
    words = before.split()   # (str.split's blanks are re's \s)
    if not words or not before[-1].isspace():
        return False
    last = words[-1]
    if last.endswith(","):
        return True
    if not last.isascii():
        return True   # (IGNORECASE folds some non-ASCII letters to ASCII ones: leave such words to the patterns)
    if last.lower().endswith(_PLACE_LAST_WORDS):
        return True
    if last.lower() == "the" and len(words) > 1:
        prev = words[-2]
        return not prev.isascii() or prev.lower().endswith(_PLACE_LAST_WORDS)
    return False


def state_as_place(text: str, start: int, end: int) -> bool:
    """A state (or its capital) named as a location: after a spatial preposition, as an end of 'from X to Y',
    or after a city it locates."""
    if POSSESSIVE_AFTER.match(text, end) or text[end:end + 1] == "-" or text[start - 1:start] == "-":
        return False  # "into Japan's airspace", 'in the China-Japan Joint Statement': an owner or a pair
    before = text[max(0, start - 40):start]
    if not _may_place_before(before):
        return False
    return bool(SPATIAL_BEFORE.search(before) or (CITY_COMMA_BEFORE.search(before) and APPOSITION_END.match(text, end))
                or (FROM_BEFORE.search(before) and TO_NAME_AFTER.match(text, end)) or FROM_X_TO_BEFORE.search(before))


# 'Japanese companies including Panasonic and Canon', 'think tanks such as RAND': names listed as examples of a
# kind of organisation are organisations of that kind
_ITEM = r"[A-Z][\w&’'\-.]*(?:[ \t]+[A-Z][\w&’'\-.]*){0,3}"


def list_pattern(kinds: dict[str, str]) -> re.Pattern | None:
    """'<kind noun> including|such as|like A, B and C' over the plural nouns of kinds (noun -> actor type)."""
    if not kinds:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"\b(?P<noun>{nouns})[ \t]+(?:including|such[ \t]+as|like)[ \t]+"
                      rf"(?P<list>{_ITEM}(?:[ \t]*,[ \t]*{_ITEM})*(?:,?[ \t]+(?:and|or)[ \t]+{_ITEM})?)")


def listed_names(text: str, start: int, end: int, pattern: re.Pattern | None, kinds: dict[str, str]):
    """(start, end, name, actor type) of each name listed after a kind of organisation."""
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text, start, end):
        kind = kinds[m.group("noun")]
        for item in re.finditer(_ITEM, m.group("list")):
            name = item.group(0).rstrip(".")
            s = m.start("list") + item.start()
            out.append((s, s + len(name), name, kind))
    return out


# '"... ," Matthias Brandt of the German Institute ... said': the name right after a quotation's closing mark,
# followed by its affiliation or an apposition, is the quoted speaker (the reporting verb may come much later)
_QUOTE_SPEAKER = re.compile(rf"[,?!][”\"][ \t]+(?P<after>{PERSON_NAME})(?=[ \t]+(?:of|at|from|with)[ \t]|,[ \t])")


def quoted_speakers(text: str, start: int, end: int):
    """Matches (group 'after') of a person named right after a quotation, before an affiliation."""
    return _QUOTE_SPEAKER.finditer(text, start, end)


def hyphen_fragment(text: str, start: int) -> bool:
    """A name starting right after a word and a hyphen ('La Dialogue' of 'Shangri-La Dialogue', 'Japan Security
    Consultative Committee' of 'U.S.-Japan Security ...'): the tail of a longer compound name, not a name."""
    return start > 1 and text[start - 1] == "-" and (text[start - 2].isalnum() or text[start - 2] == ".")


# "Australia's Joint Standing Committee on Treaties", "Tokyo's Waseda University": a registry name's possessive opens
# the phrase the organisation pattern matched; the owner is another actor, not a word of the organisation's name
# ('People's Liberation Army' keeps its first word: 'People' names no actor)
_POSSESSIVE_OPENING = re.compile(r"^(?P<owner>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})[’']s[ \t]+(?=[A-Z])")


def registry_owner_stripped(name: str, by_key) -> str | None:
    """name without an opening possessive of a registered state or person (by_key: folded alias -> actor); None when the
    owner is a registered body or party ("the Kuomintang's International Affairs Department": a unit of that actor)."""
    m = _POSSESSIVE_OPENING.match(name)
    owner = by_key.get(fold(m.group("owner"))) if m else None
    if owner is None:
        return name
    return name[m.end():] if owner.actor_type in ("state", "person") else None


def subunit_at_pattern(heads: list[str]) -> re.Pattern | None:
    """' at (the) <capitalised words> <organisation head>' right after an organisation's name: the name is a
    department, institute or centre inside that organisation ('director of the Institute of Japanese Studies at
    Nankai University', 'the Center for Asian Studies at the Chinese Academy of Social Sciences'), which the
    person's role names; the organisation after 'at' is the actor."""
    if not heads:
        return None
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'\-]*[ \t]+(?:(?:of|for|and)[ \t]+)?){0,5}(?:" + alternation + r")\b")


# 'in the Taiwan Strait, and Chief Cabinet Secretary X urged': after the comma a new clause, not an appositive role
CLAUSE_AFTER_COMMA = re.compile(r"(?:and|but|or|while|whereas|as|when)\b")
_CAPITAL_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_WHEN_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
                        "August September October November December".split())
_ACRONYM = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")


def name_continues(text: str, end: int, title_words: re.Pattern) -> bool:
    """A capitalised word right after an organisation's head word that is no title ('Lowy Institute Director') and no day
    or month ('the Foreign Ministry Monday'): the name goes on ('Philippine Daily Inquirer'), the match is a fragment."""
    m = _CAPITAL_WORD.match(text, end)
    return m is not None and m.group(1) not in _WHEN_WORDS and not title_words.fullmatch(m.group(1))


def registry_acronym_after(text: str, end: int, by_key) -> bool:
    """'the Department of Foreign Affairs (DFA)': the bracketed acronym is a registry alias, so the full name is that
    registered actor's (named by the acronym), not a new one."""
    m = _ACRONYM.match(text, end)
    return m is not None and fold(m.group(1)) in by_key and getattr(by_key[fold(m.group(1))], "actor_type", "") != "state"


@lru_cache(maxsize=4096)
def _family_pattern(family: str) -> re.Pattern:
    """One family name as family_matches reads it, compiled once per name and process (bounded)."""
    return re.compile(FAMILY_BEFORE + "(?:" + re.escape(family) + ")" + FAMILY_AFTER)


def family_matches(text: str, start: int, end: int, unique_re, extra: set[str]):
    """The matches of one regex over the registry's unique family names (unique_re) plus this document's
    `extra` ones (longest name first), without compiling a pattern per document: one pattern per extra name, kept
    for the process (a corpus names the same people again); at each leftmost match position the longest of the
    parts' matches is the union's (two names matching at one offset differ in length; the registry part first)."""
    if not extra:
        yield from unique_re.finditer(text, start, end)
        return
    # (a name absent from the text as a substring cannot match: no pattern, no scan)
    parts = [unique_re, *(_family_pattern(f) for f in sorted(extra, key=longest_first) if f in text)]
    p = start
    # each part's next match from p, kept while it still starts at or after p: a search from a later p finds the same
    # leftmost match (lookbehinds see the whole text), so no part's text is scanned twice
    pending = [part.search(text, p, end) for part in parts]
    while p <= end:
        for i, (m, part) in enumerate(zip(pending, parts)):
            if m is not None and m.start() < p:
                pending[i] = part.search(text, p, end)
        found = [m for m in pending if m]
        if not found:
            return
        q = min(m.start() for m in found)
        m = max((m for m in found if m.start() == q), key=lambda m: m.end())
        yield m
        p = m.end() if m.end() > q else q + 1


# 'REPORTER (Kyodo News): ...' in a press-conference transcript: the outlet of the journalist asking, an actor of the
# exchange, where a dateline ('TAIPEI (Reuters) -') names a city before the bracket
SPEAKER_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:REPORTER|Reporter|QUESTION|Question|Q|JOURNALIST|Journalist|"
                                  r"CORRESPONDENT|Correspondent|PRESS|Press)[ \t]*\($")


# a capitalised word opening a sentence or line right before a family name ('Hong Kong is ...'): the name's first word
OPENING_WORD_BEFORE = re.compile(r"(?:^|[.!?][”’\"']?[ \t]+|\n[ \t]*)([A-Z][\w\-]*)[ \t]+$")
# the rest of a hyphenated pair or trio of states naming their alliance ('-U.S. alliance', '-Japan-Australia security alliance')
ALLIANCE_COMPOUND_AFTER = re.compile(r"(?:-[A-Z][\w.]*(?:[ \t][A-Z][a-z]+)?)+[ \t]+(?:security[ \t]+|military[ \t]+|defen[cs]e[ \t]+)?[Aa]lliance\b")
# 'the 78th session of the United Nations General Assembly', 'on the sidelines of the ASEAN Regional Forum'
# (not 'on the sidelines of': the organisation named in a meeting's name is annotated, GUIDELINES Actors)
SESSION_OF_BEFORE = re.compile(r"\b(?:session|sessions)[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# "Hao Pei-chih, who represents Taiwan in Paris, said": 'who' after a name's comma is said of a person (bodies take
# 'which'); a plural verb after it ('..., who are') speaks of a group
WHO_PERSON = re.compile(rf"(?<![\w’'\-])(?P<before>{PERSON_NAME})(?:[ \t]*[(（][^()（）\n]{{1,20}}[)）])?,[ \t]+who[ \t]+"
                        r"(?!(?:are|were|have|do|say|sit|live|work|serve)\b)[a-z]")


def words_after_pattern(words) -> re.Pattern | None:
    """Any of words right after a name (longest first), or None for no words."""
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b") if words else None


def names_meeting(text: str, start: int, end: int, event_after: re.Pattern | None) -> bool:
    """An organisation's name naming its meeting: before a meeting noun ('the APEC summit') or after 'session of'."""
    return bool((event_after is not None and event_after.match(text, end)) or SESSION_OF_BEFORE.search(text, max(0, start - 30), start))


# words that open a sentence before a name without being part of it ('Later Tsai left'); the rest is told by case
_OPENERS = frozenset("Later Earlier Yesterday Last Next Now Here There Afterwards Separately Instead Only Both Asked Speaking "
                     "Recently Previously Finally Initially Currently Again Indeed Similarly Likewise Notably Back Soon Once "
                     "Privately Publicly Officially Unlike Like Under Before After Until Among".split())


def opening_name_word(text: str, lo: int, pos: int):
    """The match of a capitalised word opening the sentence right before pos when it is a name's first word ('Hong Kong
    is'): not an opener, and never written lower-case in the text (an English word is, somewhere: 'later', 'now')."""
    m = OPENING_WORD_BEFORE.search(text, lo, pos)
    if m is None or m.group(1) in _OPENERS:
        return None
    lower = m.group(1).lower()
    # (the lower-case word must occur as a substring before its whole-word pattern can match: most names never do)
    return None if lower in text and _lower_word_pattern(lower).search(text) else m


@lru_cache(maxsize=4096)
def _lower_word_pattern(word: str) -> re.Pattern:
    """word as a whole word, compiled once per word and process (bounded: the words are a corpus's opening words)."""
    return re.compile(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])")


# a gathering's name: its last word names a meeting ('Ketagalan Forum', 'Raisina Dialogue', 'Munich Security Conference')
_MEETING_LAST_WORD = re.compile(r"\b(?:Forum|Dialogue|Conference|Summit|Symposium)$")
# ... addressed or attended as such: 'said at the', 'told the', 'spoke to the', 'in Davos for the'
_ADDRESSED_BEFORE = re.compile(r"\b(?:at|for|to|told|tells|telling|addressed|addresses|addressing|attended|attends|attending)"
                               r"[ \t]+(?:the[ \t]+)?$")


def meeting_as_venue(text: str, start: int, name: str, title_words: re.Pattern) -> bool:
    """An unregistered gathering named where someone speaks at, to or for it: the event, not an actor; after a role
    ('a fellow at the Pacific Forum') it is the organisation the person works for."""
    if not _MEETING_LAST_WORD.search(name) or not (before := _ADDRESSED_BEFORE.search(text, max(0, start - 20), start)):
        return False
    words = text[max(0, before.start() - 30):before.start()].split()
    return not (words and title_words.fullmatch(words[-1].strip(",")))


# a facility a service's name opens ('Marine Corps Air Station Futenma', 'Air Force Base Andersen'): a base, a place
_FACILITY_AFTER = re.compile(r"[ \t]+(?:Air[ \t]+Station|Air[ \t]+Base|Naval[ \t]+Base|Air[ \t]+Field|Airfield|Base|Barracks|Station|Camp)\b")


def names_facility(text: str, end: int) -> bool:
    """A military body's name at text[:end] opening the name of a base or station."""
    return text[end:end + 1] == " " and text[end + 1:end + 2].isupper() and _FACILITY_AFTER.match(text, end) is not None


# 'the One China policy', 'a one China principle' written without the hyphen: a formula's name, no state acting
_FORMULA_AFTER = re.compile(r"[ \t]+(?:[Pp]olicy|[Pp]rinciple|[Ff]ramework|[Cc]onsensus|[Pp]olicies)\b")


def one_state_formula(text: str, start: int, end: int) -> bool:
    """The state's name at text[start:end] inside 'one <state> policy / principle' (the formula, a document's name)."""
    return text[max(0, start - 4):start].casefold() == "one " and _FORMULA_AFTER.match(text, end) is not None
