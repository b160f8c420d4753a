"""Subjects named only by a demonym and the asset that acts: 'Chinese warships shadowed the flotilla', 'a Japanese
patrol vessel collided with ...', 'Japanese and Taiwanese coast guard cutters practised ...'.

Wire and ministry reports of military movements name the ship or aircraft, not its service; when the only name in
the subject is a demonym (no actor mention), the demonym's state is the source (the extractor cannot tell which
service, and the state is what the reader learns). Pure functions over text; the demonym -> state map and the
asset-noun alternation are data (seeds/actors.yaml demonyms, seeds/lexicons/syntax.yaml asset_nouns).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pipeline.extract.phrases import longest_first

# what may precede the subject in its clause: a fronted time/place adjunct closed by a comma ('On Monday, ')
# (two of them: 'Second, on January 14, one Chinese drone flew'); a clock time needs no comma ('At 09:56 the CGA vessel X
# sprayed', 'from 11:30 the vessels sailed': incident logs)
# (a clause split at the clock's colon opens with its minutes: '56 the CGA vessel')
CLOCK = r"(?:(?:at|from|around|about|by|after|until|since)\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*,?\s+|(?<=\d:)\d{2}(?:\s*[ap]\.?m\.?)?\s*,?\s+)?"
_ADJUNCT = r"(?:[^,;:“”\"]{0,50},\s*){0,2}" + CLOCK
# an indefinite article or a count before the demonym ('a', 'two', '25', 'about 40'); not 'the': 'the Japanese ship
# sailed alone' refers back to a ship whose act the text has already reported
_COUNT = r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|(?:about|around|some|at least|up to|more than|nearly|almost)\s+\d+|\d+)\s+)?"
# a ship's own name after its class noun ('the frigate Winnipeg', 'destroyer JS Suzutsuki (DD-117)'): capitalised words
# (case-sensitive inside the case-insensitive pattern) and an optional hull number in brackets
_SHIP_NAME = r"(?-i:\s+[A-Z][\w\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w\-]*){0,3})"      # ('Prince of Wales')
_NAME = rf"(?:{_SHIP_NAME}(?:\s*\([^()]{{1,20}}\))?)"
# a formation of the assets ('a Chinese navy destroyer group', 'a carrier formation')
_GROUP = r"(?:\s+(?:group|formation|flotilla|squadron))?"
# modifiers of a coordinated second asset: lower-case words only ('a supply ship', 'two escort vessels'), so a name of
# another owner ('and Japan Coast Guard ships') is never read as a modifier (vocabulary.yaml civilian_modifiers coordinated)
_LOWER_WORD = r"(?-i:[a-z0-9][\w\-]*)"
# adverbs/auxiliaries between the subject and the verb ('also', 'had', 'later')
# (after an appositive: 'a Chinese drone, presumed to belong to the PLA, flew')
_VERB_GAP = r"(?:\s*,[^,;:“”\"]{1,80},)?\s+(?:(?:also|then|later|again|reportedly|had|have|has|both|jointly)\s+)*"
# a first verb sharing the subject ('collided with and sank'): the second verb's subject is the same asset
_SHARED_VERB = r"(?:[a-z]+ed(?:\s+(?:with|into|on))?\s+and\s+)?"
# a complement clause opened by 'that' ('said that a Chinese drone flew ...')
_THAT = r"(?:that\s+)?"
# a complement or adverbial clause opened inside the clause ('said that a Chinese drone flew', 'a week after a Japanese
# patrol vessel sank ...', 'when the destroyer JS Sazanami transited'): its subject starts after the conjunction
# (and a clause coordinated after a comma: 'PLA ships operated daily, and a Chinese navy destroyer group passed')
_THAT_RE = re.compile(r"\b(?:that|after|before|when|since|because|while|until|once|as)\s+|,\s+(?:and|but|while)\s+", re.IGNORECASE)


# modifiers between the demonym and the asset noun ('navy', 'coast guard', 'high-altitude', 'J-15'), not a civilian
# craft's ('a Taiwanese fishing boat sank', 'a Chinese cargo ship' are no state's act)
def _modifiers(civilian: Iterable[str], most: int, word: str) -> str:
    """Up to `most` modifier words (lazy), none of them one of the civilian words (vocabulary.yaml civilian_modifiers)."""
    words = "|".join(re.escape(str(w)) for w in civilian)
    return rf"(?:(?!(?:{words})\b){word}\s+){{0,{most}}}?" if words else rf"(?:{word}\s+){{0,{most}}}?"


def demonym_subject_pattern(demonyms: Mapping[str, str], assets: list[str], hulls: Iterable[str] = (),
                            people: Iterable[str] = (), civilian: Mapping[str, Iterable[str]] | None = None) -> re.Pattern | None:
    """One compiled pattern for a clause that opens with '<count> <Demonym> [and <Demonym>] <modifiers> <asset>'
    (or '[the] [<modifiers> <asset>] <hull prefix> <Name>': 'guided-missile destroyer USS Barry'); None when either
    list is empty. Capitalised single-word demonyms only ('Chinese', 'Japanese'). people: the people, offices and
    civilian craft among the asset nouns (seeds/lexicons/vocabulary.yaml asset_people, any case), never such a subject:
    'Japanese lawmakers visited Taipei' is not the state of Japan acting (a group or a legislature, resolved from
    descriptions elsewhere); ships, aircraft and forces are. civilian: vocabulary.yaml civilian_modifiers, the modifiers of
    a civilian craft ('fishing') before the first asset (`first`) and before a coordinated second one (`coordinated`)."""
    words = sorted({d for d in demonyms if d[:1].isupper() and " " not in d}, key=longest_first)
    if not words or not assets:
        return None
    dem = "|".join(re.escape(w) for w in words)
    hull = "|".join(re.escape(h) for h in sorted(set(hulls), key=longest_first)) or "(?!)"
    people = {str(w).casefold() for w in people}
    assets = [a for a in assets if a.casefold() not in people]
    if not assets:
        return None
    asset = "|".join(re.escape(a) for a in sorted(set(assets), key=longest_first))
    civilian = civilian or {}
    modifiers = _modifiers(civilian.get("first") or (), 3, r"[\w\-]+")
    lower_modifiers = _modifiers(civilian.get("coordinated") or (), 2, _LOWER_WORD)
    head = rf"(?:{asset})(?![\w\-]){_GROUP}"
    # 'the Canadian frigate Winnipeg': a definite article only before a named asset (a new ship, not one named before)
    first = (rf"(?:{_COUNT}(?P<d1>{dem})(?:\s*(?:,|and)\s+(?P<d2>{dem}))?\s+{modifiers}{head}{_NAME}?"
             rf"|the\s+(?P<d4>{dem})\s+{modifiers}{head}{_NAME}"
             # ('the Japanese and Philippine coast guards': two owners' assets, no anaphor of one ship)
             rf"|the\s+(?P<d5>{dem})\s*(?:,|and)\s+(?P<d6>{dem})\s+{modifiers}{head}"
             rf"|(?:the\s+)?(?:{modifiers}{head}\s+)?(?-i:(?P<h1>{hull})){_SHIP_NAME}(?:\s*\([^()]{{1,20}}\))?)")
    # a second asset in coordination, of the same owner ('and a supply ship') or of its own ('and the Canadian frigate
    # Winnipeg'): both act
    second = (rf"(?:\s*(?:,\s*and|,|and)\s+(?:(?:the\s+|{_COUNT})(?:(?P<d3>{dem})\s+)?{lower_modifiers}{head}{_NAME}?"
              rf"|(?:the\s+)?(?:{lower_modifiers}{head}\s+)?(?-i:(?P<h3>{hull})){_SHIP_NAME}(?:\s*\([^()]{{1,20}}\))?))?")
    return re.compile(rf"[\s“‘\"]*{_ADJUNCT}{_THAT}{first}{second}{_VERB_GAP}{_SHARED_VERB}", re.IGNORECASE)


def demonym_subject(text: str, clause_start: int, anchor: int, *, pattern: re.Pattern | None,
                    demonyms: Mapping[str, str], hulls: Mapping[str, str] = {}, also: tuple[int, ...] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, state actor id) per demonym when text[clause_start:anchor] is exactly a demonym-asset
    subject; [] otherwise. The demonym must be capitalised in the text ('chinese' is no name). also: further offsets
    where a clause may open (a reported clause after a verb of saying: 'the ministry said Chinese warships sailed')."""
    if pattern is None:
        return []
    # the clause itself, else a complement clause inside it ('Japan's Joint Staff said that a Chinese drone flew')
    starts = [clause_start] + [t.end() for t in _THAT_RE.finditer(text, clause_start, anchor)] + [a for a in also if clause_start < a < anchor]
    m = next((m for st in starts if (m := pattern.fullmatch(text, st, anchor))), None)
    if not m:
        return []
    folded = {k.casefold(): v for k, v in demonyms.items()}
    out = []
    for g in ("d1", "d2", "d4", "d5", "d6", "h1", "d3", "h3"):
        word = m.group(g)
        state = hulls.get(word) if g[0] == "h" else folded.get(word.casefold()) if word else None
        if word and word[:1].isupper() and state and state not in [o[3] for o in out]:
            out.append((m.start(g), m.end(g), word, state))
    return out


# an appositive that names the asset's owner ('one Chinese drone, presumed to belong to the People's Liberation Army,
# flew'): the owner the report gives beats the demonym's state
_BELONG_TO = re.compile(r",[^,;:“”\"]{0,40}?\bbelong(?:s|ing)?\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def named_owners(text: str, demo: list[tuple[int, int, str, str]], anchor: int, mentions) -> list[tuple[int, int, str, str]]:
    """The demonym subjects of demonym_subject, each replaced by the registered name it opens ('a Chinese navy
    destroyer': 'Chinese navy' is the PLA Navy, GUIDELINES: a nationality adjective with a body the country has one
    of), and all of them by the owner an appositive before the verb names ('..., presumed to belong to the PLA,')."""
    if not demo or not mentions:
        return demo
    if "belong" in text[demo[-1][1]:anchor]:
        owner = next((x for x in mentions if demo[-1][1] < x.start and x.end <= anchor
                      and _BELONG_TO.search(text, demo[-1][1], x.start)), None)
        if owner is not None:
            return [(owner.start, owner.end, owner.text, owner.actor_id)]
    by_start = {x.start: x for x in mentions if x.start >= demo[0][0] and x.start < anchor}
    out = []
    for a, b, w, state in demo:
        x = by_start.get(a)
        hit = (x.start, x.end, x.text, x.actor_id) if x is not None and x.end > b else (a, b, w, state)
        if hit[3] not in [o[3] for o in out]:
            out.append(hit)
    return out
