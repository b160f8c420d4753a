"""A meeting whose subject is a visiting group named by its kind ('the delegation met Prime Minister X', 'Later that
day, the members held talks with Y', 'On Wednesday, Members held an exchange of views with Z').

The group itself is often unnamed (a delegation led by people, 'the five Members'), and group_descriptions.py
resolves it only when the text tied the noun to one body. The meeting is still an asserted act with a named party:
the named partner after the verb. A meeting is symmetric (GUIDELINES: all parties in `source`), so the partner is a
source; the group's own members stay unnamed rather than guessed."""
import re
from collections.abc import Mapping
from dataclasses import dataclass

# what may stand before the group noun in its clause: a fronted time or place adjunct closed by a comma, or a short
# one without ('On Wednesday the delegation met'), then the article and at most two modifiers ('the five Members',
# 'the visiting delegation', 'the Japanese lawmakers'); the nouns are syntax.yaml group_meetings
FRONTED = r"\s*(?:[^,;:“”\"]{1,60},\s*|(?:(?i:on|in|at|later|earlier|the\s+next|the\s+following)\b[^,;:“”\"]{1,40}?\s+))?"
SUBJECT_ADVERB = r"(?:\s+(?i:also|then|later|again|jointly|separately|first|briefly))?\s*$"
# a group defined by an owner in its own words ('members of the LDP met'): the owner is named, not a visiting group
OWNED = re.compile(r"\b(?i:of|from)\s*$")
# the partner opens the object: 'met Prime Minister X', 'held talks with Japan's Minister of Defence, X', 'met the X',
# 'held an exchange of views with X' (the phrase's own words before 'with')
PARTNER_GAP = re.compile(r"\s+(?:(?:[a-z]+\s+){0,2}?(?i:with)\s+)?(?:(?i:the|a|an)\s+)?(?:[A-Z][\w\-’'.]*\s+|(?:of|for|and)\s+){0,6}")


@dataclass(frozen=True)
class GroupMeetings:
    """The meeting verbs and the group subjects of syntax.yaml group_meetings, compiled."""
    heads: frozenset[str]
    subject: re.Pattern | None

    def is_meeting_verb(self, lemma: str) -> bool:
        """'meet', 'hold talks', 'exchange views': a face-to-face meeting whose object is the partner."""
        return lemma.casefold().split()[0] in self.heads

    def group_subject(self, text: str, clause_start: int, anchor: int) -> bool:
        """True when the clause before the verb at anchor is a group noun as the subject ('the delegation', 'Members')."""
        return self.subject is not None and self.subject.match(text, clause_start, anchor) is not None


def compile_group_meetings(rule: Mapping | None) -> GroupMeetings:
    """From syntax.yaml group_meetings: `meeting_heads` (the first word of a meeting verb's lemma), `group_nouns` (after
    'the', any case) and `bare_group_nouns` (capitalised, without 'the'). Without the block no group meets."""
    rule = rule or {}
    nouns, bare = list(rule.get("group_nouns") or ()), list(rule.get("bare_group_nouns") or ())
    # the group the text introduced before: 'the delegation', 'the five Members', or the institution's capitalised
    # 'Members'/'MEPs' ('Japanese lawmakers met X' is an indefinite group of its own, left alone); the words in the
    # lexicon's order (a fixed pattern text, whatever the hash seed)
    groups = ([r"(?i:the)\s+(?:[\w\-]+\s+){0,2}?(?i:" + "|".join(map(re.escape, nouns)) + ")"] if nouns else []) + \
        (["(?:" + "|".join(map(re.escape, bare)) + ")"] if bare else [])
    subject = re.compile(FRONTED + "(?:" + "|".join(groups) + ")" + SUBJECT_ADVERB) if groups else None
    return GroupMeetings(frozenset(h.casefold() for h in rule.get("meeting_heads") or ()), subject)


def meeting_partners(after: list, text: str, verb_end: int, *, coordination) -> list:
    """The named party right after the meeting verb ('met Prime Minister X', 'held talks with Japan's Minister of
    Defence, Y'): the first coordinated group of names after the verb, a possessor ('Japan's') giving way to the name
    in apposition after its title. Empty when no name follows within the clause."""
    if not after or not PARTNER_GAP.fullmatch(text, verb_end, after[0].start):
        return []     # no name opens the object ('met in Tokyo', 'held talks on trade with X')
    names = list(after)
    while len(names) > 1 and re.match(r"[’']s\b", text[names[0].end:names[0].end + 2]):
        names = names[1:]     # 'Japan's Minister of Defence, Shinjiro Koizumi': the minister, not the state
    group = coordination(names, text, nearest_last=False)
    return [x for x in group if not OWNED.search(text, max(verb_end, x.start - 6), x.start)]
