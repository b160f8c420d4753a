"""Who holds a stance by grammar: the named subject of the clause that holds a cue (clause_subject) and the
speakers coordinated with a reported speaker (speaker_group), with the patterns that tell a subject from a
name that only modifies, possesses or follows a preposition.

Kept apart from stances.py because it reads holders, not positions, and needs no topic: attribution.py and
stance_holders.py use it too."""
import re

from pipeline.extract.actors import Mention
from pipeline.extract.predicates import drop_possessors, subject_group

# What may open a clause before its subject: a fronted time or place phrase ending in a comma, a
# conjunction, titles and other capitalised words ("On March 8, Japanese Chief Cabinet Secretary ...").
SUBJECT_PREFIX = re.compile(
    r"^[\s“‘\"]*(?:[^,;:“”]{0,60},\s*)?"
    r"(?:(?:the|a|an|and|but|so|yet|then|also|both|however|meanwhile|when|after|before|while|once|(?![\w’'\-]*ing\b)[A-Z][\w’'.\-]*)[\s,]+){0,6}$")
CAUSAL_OPENING = re.compile(r"(?:^|[\s,])(?:as|because|since)\s*$", re.IGNORECASE)


# a name followed by one of these nouns modifies it ("The Taiwan question is a red line"): no subject
NOT_A_VERB = re.compile(r"^\s+(?:question|issue|Strait|region|independence|contingency|emergency|problem|card)\b|^[’']|^\s+(?:of|in|on|at|for|to|with|and|or|from|by|as|into|over|under|about|the|a|an)\b|^\s*[^\w\s,(]")
# A country or organisation name that modifies the next name ("U.S. President Joe Biden").
# A lower-case role noun may follow it ("Upper House member Kazuyoshi Nagai", "LDP lawmaker X", "ministry spokesman Y").
NAME_MODIFIER_GAP = re.compile(r"^\s+(?:(?:[A-Z][\w.\-]*|member|members|lawmakers?|legislators?|parliamentarians?|"
                               r"spokes(?:man|woman|person)|official|officials|envoy|ambassador|representative|"
                               r"chairman|chairwoman|chair|president|secretary-general|leader|head|chief|"
                               r"minister|adviser|advisor|researcher|fellow|scholar|analyst|expert|professor)\s+){1,4}$")


# an unnamed part of a body is no holder ('Some in Japan's ruling Liberal Democratic Party have called for ...')
PART_OF_GROUP = re.compile(r"\b(?i:some|many|most|several|few|others|those)\s+(?:in|of|within|inside|from)\s+"
                           r"(?:the\s+)?(?:[\w’'.\-]+\s+){0,3}$")
PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|on|at|for|to|with|from|by|into|over|about|against|between|toward|towards|"
                                r"under|than|like)\s+(?:the\s+)?$", re.IGNORECASE)


def drop_modifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions minus possessors and name modifiers of the next mention."""
    kept = drop_possessors(text, mentions)
    return [m for i, m in enumerate(kept)
            if not (i + 1 < len(kept) and NAME_MODIFIER_GAP.match(text[m.end:kept[i + 1].start]))]


# a fronted adverbial clause ('When Aso visited Taipei, China opposed ...', 'Since Tsai's party took power, Beijing has
# ...'): its subject is not the main clause's; the main clause starts after one of its commas
SUBORDINATE_OPENING = re.compile(r"[\s“‘\"]*(?:when|whenever|since|after|before|while|once|although|though|because|as|if|"
                                 r"unless|until|whereas)\s", re.IGNORECASE)


def clause_subject(text: str, clause_start: int, pos: int, mentions: list[Mention], group) -> list[Mention]:
    """The named subject of the clause that holds offset pos: the leftmost name (with the names
    coordinated with it) that opens the clause and is followed by a verb; else the subject right
    before the cue ("Tokyo urged Beijing to stop ..." -> Tokyo, not Beijing). Past a fronted adverbial
    clause, the subject of the main clause after it."""
    if SUBORDINATE_OPENING.match(text, clause_start):
        for comma in re.finditer(",", text[clause_start:pos]):
            if found := clause_subject(text, clause_start + comma.end(), pos, mentions, group):
                return found
    before = drop_modifiers(text, [m for m in mentions if clause_start <= m.start and m.end <= pos])
    before = [m for m in before if not PREPOSITION_BEFORE.search(text[max(clause_start, m.start - 20):m.start])
              and not PART_OF_GROUP.search(text, max(clause_start, m.start - 60), m.start)]
    for i, m in enumerate(before):
        after = text[m.end:min(pos, m.end + 40)]
        if NOT_A_VERB.match(after):
            continue
        subject = group(before[:i + 1], text, nearest_last=True)
        if SUBJECT_PREFIX.match(text[clause_start:subject[0].start]):
            return subject
        break
    found = subject_group(text, clause_start, pos, before, group) or []
    if found and DIRECTIVE_OBJECT_BEFORE.search(text, max(clause_start, found[0].start - 40), found[0].start):
        return []        # 'It urged Japan to abide by ...': the one urged is asked for the position, not its holder
    return found


# a directive verb right before a name: that name is the directive's object ('urged Japan to', 'called on Tokyo to')
DIRECTIVE_OBJECT_BEFORE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|"
                                     r"told|tell(?:s|ing)?|warn(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|request(?:s|ed|ing)?|"
                                     r"demand(?:s|ed|ing)?|advis(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|exhort(?:s|ed|ing)?)\s+(?:the\s+)?$",
                                     re.IGNORECASE)


# (title words may stand between 'and' and the name, never a verb or a relative: 'and lodged what the ministry ...')
SPEAKER_AND = re.compile(r"^\s*,?\s*(?:and|&)\s+(?:(?!(?:what|that|which|who|whom)\b|[a-z]+ed\b)[\w.\-]+\s+){0,6}$")


def speaker_group(text: str, mentions: list[Mention], claimant: str) -> list[str]:
    """The claimant and the names joined to it by 'and' ('Kishida and U.S. President Biden reaffirmed');
    a comma alone is no coordination of speakers ('... with Taiwan, Suga said')."""
    own = [m for m in mentions if m.actor_id == claimant]
    if not own:
        return [claimant]
    upto = drop_modifiers(text, [m for m in mentions if m.end <= own[0].end])
    ids = [claimant]
    for prev, nxt in zip(reversed(upto[:-1]), reversed(upto)):
        if not SPEAKER_AND.match(text[prev.end:nxt.start]):
            break
        ids.insert(0, prev.actor_id)
    return list(dict.fromkeys(ids))
