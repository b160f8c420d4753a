"""A speaker's party as a second holder (GUIDELINES, Stances: "A named body speaking as such holds the stance itself";
"Officials and their states": the body a speaker speaks for holds it too when the words ascribe the position to it by
name). A party member who says her party holds a position ('JCP lawmaker X said the Japanese Communist Party opposes
...', a Diet turn '○X (JCP) The Japanese Communist Party opposes ...') states the party's position: the party is the
named subject of the reported words and the document ties the speaker to it (a title, an apposition, a party label in
brackets after the name). A party the words name that is not the speaker's own is only what the words are about.

Pure functions over compiled patterns; the holders' kinds come from the registry (actor_type political_party)."""
import re

from pipeline.extract.actors import Mention
from pipeline.extract.stance_officials import fronted_subject, reported_subject, titled_by_body

# a party label in brackets right after the speaker's name: 'INOUE Satoko (JCP)', 'Kim Ji-ho (DPP)'
LABEL_OPEN = re.compile(r"\s*\(\s*")
LABEL_CLOSE = re.compile(r"\s*\)")


def labelled_by(text: str, mentions: list[Mention], person: str, party: str) -> bool:
    """Whether a mention of the party stands in brackets right after a mention of the person."""
    people = [m for m in mentions if m.actor_id == person]
    return any(LABEL_OPEN.fullmatch(text, p.end, b.start) and LABEL_CLOSE.match(text, b.end)
               for p in people for b in mentions if b.actor_id == party and 0 <= b.start - p.end <= 4)


def party_ties(text: str, mentions: list[Mention], persons, is_party) -> dict[str, frozenset]:
    """person actor_id -> the parties the document ties them to (a title, an apposition or a bracketed label: 'JCP
    lawmaker X', 'X, a lawmaker of the JCP', '○X (JCP)'), over the whole document."""
    parties = {m.actor_id for m in mentions if is_party(m.actor_id)}
    if not parties:
        return {}
    ties: dict[str, set] = {}
    for p in {m.actor_id for m in mentions if m.actor_id in persons}:
        for party in parties:
            if titled_by_body(text, mentions, p, party) or labelled_by(text, mentions, p, party):
                ties.setdefault(p, set()).add(party)
    return {p: frozenset(v) for p, v in ties.items()}


def speaker_party(text: str, sentence_start: int, verb_at: int | None, pos: int, mentions: list[Mention], claimant: str,
                  kind_of, ties: dict) -> str | None:
    """The speaker's own party when their words at pos name it as the position's subject, else None. verb_at: the
    speaker's verb (None for a turn or a quotation without one: the words then open with the party); kind_of(actor_id)
    -> the registry's actor type; ties: party_ties of the document."""
    own = ties.get(claimant)
    if not own:
        return None
    if verb_at is not None and verb_at < pos:
        party = reported_subject(text, verb_at, pos, mentions)
    else:
        party = fronted_subject(text, sentence_start, pos, mentions)
    return party if party in own and kind_of(party) == "political_party" else None
