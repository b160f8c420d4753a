"""A state named by its government: 'the Kishida government', 'President Ma Ying-jeou's government', 'the Biden
administration', and a bare 'the government' in a sentence whose earlier names all belong
to one country ('Foreign Minister X said the government had protested ...').

A state and its government are one actor (tests/gold/GUIDELINES.md), so a leader's government is the state of
the leader's country, not the leader. A surname modifying the noun ('the Kishida government') becomes a mention of
that state; a possessive or a full name ('Fumio Kishida's government', 'the Donald Trump administration') still
refers to the person, who stays a mention, and the noun is the state's. A governor's or a mayor's administration
is a prefecture's or a city's (titles.yaml government_descriptions.subnational_titles): no state. A bare 'the
government' names the state of the one country the sentence has named before it; with two
countries, or none, it names no one (a wrong source is worse than a missing one)."""
import re
from collections.abc import Callable, Mapping

from pipeline.extract.actors import Mention
from pipeline.extract.phrases import longest_first

SENTENCE_BREAK = re.compile(r"[.!?][”’\"]?\s+(?=[“‘\"]?[A-Z])|\n")
# 'the government of Japan', 'the government in Tokyo': the phrase names its own owner
OWNED_AFTER = re.compile(r"\s+(?:of|in|and)\b")
# 'Lai's Government Information Office': the noun opens another name
NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted({w.casefold() for w in words}, key=longest_first))


def compile_governments(spec: Mapping | None) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """(noun after a leader's name, bare description, subnational title) patterns from the lexicon."""
    spec = spec or {}
    nouns, bare, local = spec.get("nouns") or (), spec.get("bare") or (), spec.get("subnational_titles") or ()
    owner = re.compile(r"([’']s)?\s+((?i:" + _alternation(nouns) + r"))(?![\w\-])") if nouns else None
    bare_re = re.compile(r"(?<![\w\-])(?i:the)\s+((?i:" + _alternation(bare) + r"))(?![\w\-’'])") if bare else None
    # before the name ('Okinawa Governor Denny Tamaki') or in an appositive after it ('Tamaki, the governor of ...')
    local_re = re.compile(r"(?<![\w\-])(?i:" + _alternation(local) + r")(?![\w\-])[\s\w.\-]{0,3}$|"
                          r"^\s*,\s+(?:(?i:the|a)\s+)?(?:[\w\-]+\s+)?(?i:" + _alternation(local) + r")(?![\w\-])",
                          re.MULTILINE) if local else None
    return owner, bare_re, local_re


def _subnational(text: str, actor_id: str, mentions: list[Mention], local_re: re.Pattern | None) -> bool:
    """Whether the person is introduced anywhere with a subnational title: 'Okinawa Governor Denny Tamaki',
    'Tamaki, the governor of Okinawa'."""
    if local_re is None:
        return False
    for m in mentions:
        if m.actor_id != actor_id:
            continue
        if local_re.search(text[max(0, m.start - 30):m.start] + "\n" + text[m.end:m.end + 40]):
            return True
    return False


def _sentence_start(text: str, pos: int, floor: int) -> int:
    start = floor
    for b in SENTENCE_BREAK.finditer(text, max(floor, pos - 400), pos + 2):   # (+2: the lookahead sees the capital)
        if b.end() <= pos:
            start = b.end()
    return start


def government_descriptions(text: str, start: int, end: int, mentions: list[Mention], *, compiled,
                            type_of: Callable[[str], str | None], state_of: Callable[[str], str | None],
                            outside: Callable[[int, int], bool]) -> list[Mention]:
    """mentions with each leader's government turned into its state, plus one 'description' mention per bare
    'the government' that names one state. state_of(actor_id) is the state actor of the actor's country."""
    owner_re, bare_re, local_re = compiled
    out = list(mentions)
    if owner_re is not None:
        replaced: dict[int, Mention] = {}
        added_states: list[Mention] = []
        for i, m in enumerate(mentions):
            noun = owner_re.match(text, m.end)
            if not noun or noun.end() > end or type_of(m.actor_id) != "person" or not outside(m.start, noun.end()) \
                    or OWNED_AFTER.match(text, noun.end()) \
                    or (noun.group(2)[0].isupper() and NAME_GOES_ON.match(text, noun.end())) \
                    or any(x.start < noun.end() and noun.start(2) < x.end for x in mentions[i + 1:i + 3]):
                continue
            state = state_of(m.actor_id)
            if state is None or _subnational(text, m.actor_id, mentions, local_re):
                continue
            if noun.group(1) or " " in m.text.strip():
                # 'Fumio Kishida's government', 'the Donald Trump administration': the name still refers to the
                # person, who stays a mention; the noun is the state's
                added_states.append(Mention(noun.start(2), noun.end(), noun.group(2), state, "description", 0.7))
            else:     # 'the Kishida government': the surname only modifies the state's name
                replaced[i] = Mention(m.start, noun.end(), text[m.start:noun.end()], state, "description", 0.7)
        out = [replaced.get(i, m) for i, m in enumerate(mentions)] + added_states
    if bare_re is None:
        return sorted(out, key=lambda m: (m.start, m.end))
    taken = [(m.start, m.end) for m in out]
    named = [m for m in out if m.method != "description"]
    added = []
    for d in bare_re.finditer(text, start, end):
        if OWNED_AFTER.match(text, d.end()) or not outside(d.start(), d.end()) \
                or any(a < d.end() and d.start() < b for a, b in taken):
            continue
        lo = _sentence_start(text, d.start(), start)
        states = {state_of(m.actor_id) for m in named if lo <= m.start and m.end <= d.start()}
        if len(states) != 1 or None in states:
            continue     # no country before it in the sentence, more than one, or a name of unknown country
        added.append(Mention(d.start(1), d.end(), d.group(1), states.pop(), "description", 0.6))
    return sorted(out + added, key=lambda m: (m.start, m.end))
