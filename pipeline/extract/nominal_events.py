"""Acts reported only as a noun: 'Tokyo's protest', 'a visit to Taipei by Lai', 'after the Japanese destroyer's
transit through the strait', 'following Beijing's sanctions on the lawmakers'.

An event noun (syntax.yaml nominal_events: the nouns that name one discrete act, a subset of events.yaml's
nouns) makes an event when its noun phrase names the agent:

- a possessor right before it ("Tokyo's protest", "Lai's recent visit"), also through an asset
  ("the Japanese destroyer's transit");
- a 'by' phrase after it, possibly after its complement ('a visit to Taipei by Lai');
- an 'of' phrase naming an asset of an actor ('the transit of a Chinese carrier').

Its target is a name after 'to/on/against/with/toward' ('sanctions on X', 'a visit to Y'). Only a phrase that
reports an act that happened counts: no modal or planning word in the phrase ('a possible visit', 'the planned
trip'), no governing word of wish or plan before it ('calls for a dialogue', 'ahead of'), no modal right after it
('Lai's visit would anger ...'), and no bare plural with a 'by' agent ('visits by officials' is a habit).
An agentless noun ('the summons of the ambassador') makes no event. Pure functions over the text, the noun's
span and the sentence's mentions."""
import re
from dataclasses import dataclass

from pipeline.extract.actors import Mention

# between a possessor and its noun: adjectives and ordinals, not determiners ("Tokyo's strong protest")
POSSESSIVE_GAP = re.compile(r"[’']s?\s+(?:[a-z][\w\-]*\s+){0,2}")
# the possessor acts through an asset: "the Japanese destroyer's transit", "China's coast guard's incursion"
ASSET_POSSESSIVE_TAIL = re.compile(r"[’']s?\s+(?:[a-z][\w\-]*\s+){0,2}")
# 'a visit to Taipei by Lai': the agent's 'by' after at most one short complement
# (not across 'in advance', 'at the time': a 'by' after a time phrase belongs to the clause's passive verb,
# 'was informed of the visit in advance by the office')
BY_AGENT = re.compile(r"(?:\s+(?:to|of|on|against|through|into|across)\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)?\s+by\s+")
# 'the transit of a Chinese aircraft carrier': an asset of the actor after 'of'
OF_ASSET = re.compile(r"\s+of\s+(?:(?:the|a|an|two|three|four|several)\s+)?")
FROM_AGENT = re.compile(r"\s+from\s+")
# 'the normalization of diplomatic ties between China and Japan': both parties act
BETWEEN = re.compile(r"(?:\s+of\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)?\s+between\s+")
AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+")
OBJECT_PREFIX = re.compile(r"(?:(?:the|then|former|visiting)\s+)*(?:[A-Z][\w’'.\-]*\s+){0,4}")
TITLE_WORDS = re.compile(r"\s+(?:[A-Z][\w’'.\-]*\s+){0,4}")
VERB_FORM = re.compile(r"\b\w+(?:ing|ed)\b")
TARGET = re.compile(r"\s+(?:to|on|against|with|toward|towards|into|over)\s+")
# words inside the noun phrase, or right before it, that make the act unreal or not yet done
UNREAL_BEFORE = re.compile(
    r"\b(?:possible|potential|planned|proposed|prospective|future|upcoming|forthcoming|expected|anticipated|rumou?red|"
    r"hypothetical|any|no|further|more|new\s+round\s+of|calls?\s+for|called\s+for|calling\s+for|plans?\s+for|planning\s+for|"
    r"hopes?\s+for|prospects?\s+of|possibility\s+of|talk\s+of|threat\s+of|risk\s+of|ahead\s+of|prior\s+to|"
    r"demand(?:s|ed)?\s+for|would|could|might|may|will|should|can|must)"
    r"(?:\s+[\w’'\-]+){0,4}?\s*$", re.IGNORECASE)
# a modal or a plan right after the noun phrase: 'Lai's visit would anger Beijing', 'the trip is scheduled for May'
UNREAL_AFTER = re.compile(r"[^,;:.“”\"]{0,50}?\s(?:would|will|could|might|may|should|is\s+(?:expected|scheduled|planned|set|due|likely)|"
                          r"was\s+(?:expected|scheduled|planned|set|due)|has\s+been\s+(?:postponed|cancell?ed|called\s+off)|"
                          r"was\s+(?:postponed|cancell?ed|called\s+off|shelved|scrapped))\b", re.IGNORECASE)
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+(?:[a-z][\w\-]*\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class NominalAct:
    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]


def _next_mention(mentions: list[Mention], pos: int, limit: int = 2) -> Mention | None:
    return next((m for m in mentions if pos <= m.start <= pos + limit), None)


def _name_at(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The name a prepositional object starting at pos refers to, past its titles: 'then US House Speaker Nancy
    Pelosi' is Pelosi, 'Chinese President Xi Jinping' is Xi (a country before a title modifies the person)."""
    first = next((m for m in mentions if m.start >= pos and OBJECT_PREFIX.fullmatch(text, pos, m.start)), None)
    if first is None:
        return None
    for m in mentions:
        if m.start >= first.end and TITLE_WORDS.fullmatch(text, first.end, m.start):
            first = m
    return first


def _names_between(text: str, end: int, mentions: list[Mention]) -> tuple[Mention, ...]:
    """'the normalization of relations between Japan and China': the two parties of a symmetric act."""
    between = BETWEEN.match(text, end)
    if not between:
        return ()
    first = _name_at(text, between.end(), mentions)
    joined = AND.match(text, first.end) if first is not None else None
    second = _name_at(text, joined.end(), mentions) if joined else None
    return (first, second) if second is not None and second.actor_id != first.actor_id else ()


def _possessor(text: str, start: int, mentions: list[Mention], asset_re: re.Pattern | None) -> Mention | None:
    """The name owning the noun at start: "Tokyo's protest", "the Japanese destroyer's transit"."""
    before = [m for m in mentions if m.end <= start and start - m.end <= 60]
    if not before:
        return None
    last = before[-1]
    if POSSESSIVE_GAP.fullmatch(text, last.end, start):
        return last
    asset = asset_re.match(text, last.end, start) if asset_re is not None else None
    if asset and ASSET_POSSESSIVE_TAIL.fullmatch(text, asset.end(), start):
        return last
    return None


def _by_agent(text: str, end: int, mentions: list[Mention]) -> Mention | None:
    """'a visit to Taipei by Lai', 'a protest from Tokyo': the agent of a passive-like noun phrase."""
    by = BY_AGENT.match(text, end) or FROM_AGENT.match(text, end)
    return _name_at(text, by.end(), mentions) if by else None


def _of_asset(text: str, end: int, mentions: list[Mention], asset_re: re.Pattern | None) -> Mention | None:
    """'the transit of a Chinese aircraft carrier': the actor whose asset the 'of' phrase names."""
    of = OF_ASSET.match(text, end)
    if not of or asset_re is None:
        return None
    owner = _next_mention(mentions, of.end(), 0)
    asset = asset_re.match(text, owner.end) if owner is not None else None
    # 'a blockade of Taiwan involving warships': a verb form between the name and the asset starts another phrase
    return owner if asset and not VERB_FORM.search(asset.group(0)) else None


def is_unreal(text: str, phrase_start: int, start: int, end: int, *, plural: bool, by_agent: bool) -> bool:
    """Whether the noun phrase reports no realised act: a modal or planning word in or before it, a modal after it,
    or a bare plural with a 'by' agent ('visits by officials': a habit)."""
    window = text[max(0, phrase_start - 40):start]
    if UNREAL_BEFORE.search(window):
        return True
    if UNREAL_AFTER.match(text, end):
        return True
    if plural and by_agent and not DEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return True
    return False


def nominal_act(text: str, start: int, end: int, mentions: list[Mention], *, asset_re: re.Pattern | None = None,
                plural: bool = False) -> NominalAct | None:
    """The agent and target the noun phrase of the event noun at [start, end) names, when it reports a realised act."""
    agent = _possessor(text, start, mentions, asset_re)
    by_agent = False
    if agent is None:
        agent = _by_agent(text, end, mentions)
        by_agent = agent is not None
    if agent is None:
        agent = _of_asset(text, end, mentions, asset_re)
    if agent is None:
        pair = _names_between(text, end, mentions)
        if pair and not is_unreal(text, start, start, end, plural=plural, by_agent=False):
            return NominalAct(pair, ())
        return None
    phrase_start = agent.start if agent.end <= start else start
    if is_unreal(text, phrase_start, start, end, plural=plural, by_agent=by_agent):
        return None
    target_at = TARGET.match(text, end)
    target = _name_at(text, target_at.end(), mentions) if target_at else None
    targets = (target,) if target is not None and target.actor_id != agent.actor_id else ()
    return NominalAct((agent,), targets)
