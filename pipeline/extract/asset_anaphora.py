"""Military assets that act as subjects without naming their owner in the clause: 'The two vessels passed between
Yonaguni and Taiwan', 'The Y-9 flew into the Pacific', 'the carrier Liaoning and three escorts sailed'; and assets
whose owner follows them: 'A Y-9 aircraft of the People's Liberation Army violated Japanese airspace'.

Defence ministries and wire reports introduce the ships and aircraft once with their owner ('Chinese Navy vessels',
"China's two aircraft carriers", 'a frigate of the PLA Navy') and then go on with a definite description ('the
vessels', 'the Y-9', 'the carrier'). The owner of a definite asset subject is the owner named with the latest asset
the text introduced (an 'asset cue'), within a bounded distance; an indefinite asset ('a Japanese destroyer') names
its own owner (asset_subjects.py) or none. Pure functions over text; the asset nouns are data (syntax.yaml
asset_nouns, less the people and offices of vocabulary.yaml asset_people), the demonyms those of seeds/actors.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from pipeline.extract.actors import Mention
from pipeline.extract.asset_subjects import CLOCK
from pipeline.extract.phrases import _tokens, _trie_pattern, longest_first

# a model designation names a military aircraft or missile ('H-6', 'J-15', 'Y-9', 'P-3C', 'F-35B', 'MQ-9'); not 'G-7',
# 'G-20' (groups of states)
DESIGNATION = r"(?!G-\d)[A-Z]{1,3}-\d{1,3}[A-Z]?"
_COUNT = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?"
_MODS = r"(?:[\w\-]+\s+){0,3}?"
# a name after the noun ('the carrier Liaoning', 'the destroyer JS Sazanami'), a hull number ('the vessel 2901',
# 'Haijian 50'), a parenthesis ('(hull number 117)')
_NAME_AFTER = r"(?:\s+(?:[A-Z][\w\-]*|\d{1,5}(?![\w\-])|[“\"][^”\"]{1,20}[”\"])){0,2}(?:\s*\([^()]{1,40}\))?"
_VERB_GAP = r"\s*(?:,[^,;:“”\"]{1,80},\s*)?(?:(?:also|then|later|again|had|have|has|already|both|jointly)\s+)*"
# an item marker of a listed report ('b. The Y-9 flew', '(3) The two vessels passed')
_LIST_MARKER = r"(?:(?:\(?[a-z0-9]{1,2}[.)]|-|•)\s+)?"
MAX_DISTANCE = 3000     # characters between the asset cue and the anaphor: the same report, not an earlier story


def _asset_alternation(assets) -> str:
    words = sorted(set(assets), key=longest_first)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def compile_asset_anaphora(demonyms: Mapping[str, str], assets, people: Iterable[str] = ()) -> dict | None:
    """The compiled patterns of this module from the demonym -> state map and the asset nouns, less the people and
    offices among them (people: vocabulary.yaml asset_people, any case); None without assets."""
    people = {str(w).casefold() for w in people}
    assets = [a for a in assets if a.casefold() not in people]
    alt = _asset_alternation(assets)
    if not alt:
        return None
    head = rf"(?:(?:{alt})s?|{DESIGNATION})"     # (a plural the list lacks: 'carriers')
    greedy = r"(?:[\w\-]+\s+){0,3}"     # a cue's whole asset phrase ('two operational aircraft carriers')
    dem = "|".join(re.escape(d) for d in sorted({d for d in demonyms if d[:1].isupper() and " " not in d}, key=longest_first))
    # a coordinated noun phrase ('and three escorts', 'and the Y-8'): the same group's members
    part = rf"(?:the\s+)?{_COUNT}{_MODS}[\w\-]+{_NAME_AFTER}"
    return {
        # 'The two vessels', 'The Y-9', 'the carrier Liaoning and three escorts', right before the verb
        "definite": re.compile(rf"[\s“‘\"]*{_LIST_MARKER}(?:[^,;:“”\"]{{0,50}},\s*){{0,2}}{CLOCK}(?:that\s+)?(?P<np>the\s+{_COUNT}{_MODS}{head}(?![\w\-]){_NAME_AFTER}"
                               rf"(?:\s*(?:,|and)\s+{part})?){_VERB_GAP}", re.IGNORECASE),
        # 'A Y-9 aircraft of the', 'two destroyers belonging to the': the owner is the name that follows
        "owner_after": re.compile(rf"[\s“‘\"]*(?:[^,;:“”\"]{{0,50}},\s*)?(?:that\s+)?(?:an?\s+|the\s+)?{_COUNT}{_MODS}{head}(?![\w\-])"
                                  rf"{_NAME_AFTER}\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?$", re.IGNORECASE),
        # cues: '<Demonym> [modifiers] <asset>', '<name>['s] [modifiers] <asset>', '<asset> ... of the <name>'
        "demonym_cue": re.compile(rf"\b(?P<d>{dem})\s+{greedy}{head}(?![\w\-])") if dem else None,
        "after_name": re.compile(rf"(?:[’']s)?\s+{_COUNT}{greedy}{head}(?![\w\-])", re.IGNORECASE),
        # '<name>['s] [modifiers] <asset> <Name>' before the verb: 'the Japan Coast Guard patrol ship Koshiki struck'
        # (and the group's other members: 'the MSDF submarine Oyashio and two destroyers called at')
        "named_asset": re.compile(rf"(?:[’']s)?\s+{_COUNT}{greedy}{head}(?![\w\-]){_NAME_AFTER}(?:\s*(?:,|and)\s+{part})?{_VERB_GAP}", re.IGNORECASE),
        "before_name": re.compile(rf"{head}(?![\w\-]){_NAME_AFTER}\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?$", re.IGNORECASE),
        # an asset noun anywhere in a window: whether `before_name` can match there at all (the nouns factored by common
        # prefix, the same language: one scan instead of the full pattern tried at each offset)
        "head_probe": re.compile(rf"(?:{_factored_assets(assets)})s?(?![\w\-])|{DESIGNATION}(?![\w\-])", re.IGNORECASE),
    }


def _factored_assets(assets) -> str:
    words = sorted(set(assets), key=longest_first)
    tokens = [_tokens(re.escape(w).replace(r"\ ", r"\s+")) for w in words]
    if any(t is None for t in tokens):
        return _asset_alternation(assets)     # (cannot happen for escaped words; the plain alternation has the same language)
    return _trie_pattern(tokens)


_WORD = re.compile(r"[A-Za-z][\w\-]*")
_DESIGNATION_RE = re.compile(DESIGNATION)


def _heads(phrase: str) -> frozenset[str]:
    """The common nouns of an asset phrase, singular ('Chinese Navy vessels' -> vessel); a designation adds
    'designation' ('two H-6 bombers' -> two, h-6, bomber, designation). Capitalised words (demonyms, names) tell
    no kind of asset: 'the Japanese ship' is not 'a Japanese warship'."""
    words = {w[:-1] if w.endswith("s") and not w.endswith("ss") else w
             for w in _WORD.findall(phrase) if w[:1].islower() or _DESIGNATION_RE.fullmatch(w)}
    words = {w.casefold() for w in words}
    return frozenset(words | ({"designation"} if _DESIGNATION_RE.search(phrase) else set()))


def asset_cues(text: str, start: int, end: int, mentions: list[Mention], *, compiled: dict | None,
               demonyms: Mapping[str, str]) -> list[tuple[int, str, frozenset[str]]]:
    """(offset, owner id, words of the asset phrase) of each asset introduced with its owner in text[start:end]
    ('Chinese Navy vessels', "China's two aircraft carriers", 'a frigate (hull number 532) of the PLA Navy'), in text order."""
    if compiled is None:
        return []
    found: list[tuple[int, str, frozenset[str]]] = []
    if compiled["demonym_cue"] is not None:
        folded = None     # (folded once per call that finds a cue: the map has ~100 entries, most sentences no cue)
        for m in compiled["demonym_cue"].finditer(text, start, end):
            folded = folded if folded is not None else _folded(demonyms)
            if (state := folded.get(m.group("d").casefold())):
                found.append((m.start(), state, _heads(m.group(0))))
    for x in mentions:
        if not (start <= x.start and x.end <= end):
            continue
        if (m := compiled["after_name"].match(text, x.end, min(end, x.end + 60))) \
                or (_may_end_owner_link(text, max(start, x.start - 80), x.start)
                    and compiled["head_probe"].search(text, max(start, x.start - 80), x.start)
                    and (m := compiled["before_name"].search(text, max(start, x.start - 80), x.start))):
            found.append((x.start, x.actor_id, _heads(m.group(0))))
    return sorted(found)


def _folded(demonyms: Mapping[str, str]) -> dict[str, str]:
    return {k.casefold(): v for k, v in demonyms.items()}


_OWNER_LINKS = ("of", "from", "to")


def _may_end_owner_link(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] can end as `before_name` requires, '... of|from|belonging to [the]' and blanks: a necessary
    test in Python instead of a search of the asset alternation at each of the window's offsets (`$` at hi, or before
    a newline there, follows blanks either way; `\\s` and str.isspace are the same set; the link words' letters have no
    other IGNORECASE forms)."""
    if hi <= lo or not text[hi - 1].isspace():
        return False
    tail = text[lo:hi].rstrip()
    if tail[-3:].lower() == "the" and tail[-4:-3].isspace():
        tail = tail[:-3].rstrip()     # '(?:the\s+)?' after blanks: the link word stands before it
    return tail[-4:].lower().endswith(_OWNER_LINKS)


def owner_before(cues, pos: int, anaphor: str, *, owner_ok: Callable[[str], bool] | None = None,
                 aircraft: frozenset[str] = frozenset()) -> str | None:
    """The owner of the last asset cue before pos that introduced the kind of asset the anaphor names ('The two
    vessels' <- 'Chinese Navy vessels'; 'the carrier Liaoning' <- "China's aircraft carriers"; 'The Y-9' <- 'Chinese
    H-6 bombers and a Y-9', else 'Chinese aircraft'); none after pos ('The destroyers shadowed Chinese warships').
    aircraft: the nouns of an aircraft (vocabulary.yaml asset_kinds), which a designation ('the Y-9') refers back to."""
    heads = _heads(anaphor) - {"the", "two", "three", "four", "five", "six", "several", "and"}
    for at, owner, words in reversed(list(cues)):
        if at >= pos or (owner_ok is not None and not owner_ok(owner)):
            continue
        if (heads - {"designation"}) & words or ("designation" in heads and words & aircraft):
            return owner
    return None


def definite_asset_subject(text: str, clause_start: int, anchor: int, *, compiled: dict | None) -> tuple[int, int, str] | None:
    """(start, end, surface) of a definite asset description that is the whole subject of the verb at anchor ('The two
    vessels passed', 'The Y-9 flew'), else None."""
    if compiled is None:
        return None
    m = compiled["definite"].fullmatch(text, clause_start, anchor)
    return (m.start("np"), m.end("np"), m.group("np")) if m else None


def owner_after_asset(text: str, clause_start: int, anchor: int, mentions: list[Mention], *,
                      compiled: dict | None, verb_gap: re.Pattern) -> Mention | None:
    """The owner named after an asset subject ('A Y-9 aircraft of the People's Liberation Army violated'): the
    mention that follows 'of the' when the asset phrase opens the clause and only adverbs stand before the verb."""
    if compiled is None:
        return None
    for x in mentions:
        if clause_start <= x.start and x.end <= anchor and compiled["owner_after"].fullmatch(text, clause_start, x.start) \
                and verb_gap.fullmatch(text, x.end, anchor):
            return x
    return None


VERB_GAP_RE = re.compile(_VERB_GAP, re.IGNORECASE)
# what may open a clause before an asset's owner ('On Monday, the', 'Two', 'a')
_OPENING = re.compile(rf"[\s“‘\"]*{_LIST_MARKER}(?:[^,;:“”\"]{{0,50}},\s*){{0,2}}{CLOCK}(?:that\s+)?(?:(?:the|a|an)\s+)?{_COUNT}", re.IGNORECASE)


def owner_of_named_asset(text: str, clause_start: int, anchor: int, mentions: list[Mention], *,
                         compiled: dict | None) -> Mention | None:
    """The owner named before an asset that carries its own name ('the Japan Coast Guard patrol ship Koshiki struck',
    "China's aircraft carrier Shandong sailed", 'the CGA's patrol vessel Keelung shadowed'): the ship's name between
    the asset noun and the verb hides the owner from the subject rules."""
    if compiled is None:
        return None
    first = next((x for x in mentions if clause_start <= x.start < anchor), None)
    if first is None or first.end > anchor or not _OPENING.fullmatch(text, clause_start, first.start):
        return None
    return first if compiled["named_asset"].fullmatch(text, first.end, anchor) else None
# between a passive's subject and its participle ('were scrambled', 'had been dispatched')
PASSIVE_GAP = re.compile(r"\s*(?:(?:also|then|later|again|had|have|has|been|were|was|is|are|immediately|quickly)\s+)*", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^[’']s\b")


def passive_asset_owner(text: str, c_start: int, anchor: int, mentions: list[Mention], *, subject: list[Mention] | None,
                        asset_re: re.Pattern | None, compiled: dict | None) -> Mention | None:
    """The named owner of the assets that are the subject of an agentless passive deployment ('Japan Air Self-Defense
    Force fighter jets were scrambled', 'Fighter aircraft of the ASDF were scrambled'): reports name the assets, and their
    owner deployed them. subject: the clause's named subject (predicates.subject_group); None when the subject is not
    one named actor's assets."""
    if subject and len(subject) == 1 and asset_re is not None and asset_re.match(_POSSESSIVE.sub("", text[subject[0].end:anchor])):
        return subject[0]
    return owner_after_asset(text, c_start, anchor, mentions, compiled=compiled, verb_gap=PASSIVE_GAP)


def demonym_owner(cues, pos: int, anaphor: str, *, state: str, country_of: Callable[[str], str | None],
                  ships: frozenset[str] = frozenset(), aircraft: frozenset[str] = frozenset()) -> str | None:
    """The owner of a definite asset named with a demonym ('the Chinese vessel left', 'the Japanese ship sailed'): the
    latest asset cue before pos of that state's own bodies that introduced the kind, or a ship for a ship ('China Coast
    Guard vessel 2302' -> the China Coast Guard; 'the JMSDF destroyer JS Takanami' -> the JMSDF); another owner's
    asset of the same kind is not it; else an asset of the kind introduced by the demonym alone ('Chinese warships'),
    which is the state's. None without a cue: 'the Japanese ship sailed alone' may be any earlier ship's. ships, aircraft:
    the nouns of a ship and of an aircraft (vocabulary.yaml asset_kinds): 'the Japanese ship' may refer back to 'the JMSDF
    destroyer JS Takanami'."""
    country = country_of(state)
    if country is None:
        return None
    own = [c for c in cues if c[1] != state and country_of(c[1]) == country]
    owner = owner_before(own, pos, anaphor, aircraft=aircraft)
    if owner is None and _heads(anaphor) & ships:
        owner = next((o for at, o, words in reversed(own) if at < pos and words & ships), None)
    # ('Chinese warships were seen ... The Chinese ships sailed'): the assets introduced by the demonym alone
    return owner or owner_before([c for c in cues if c[1] == state], pos, anaphor, aircraft=aircraft)
