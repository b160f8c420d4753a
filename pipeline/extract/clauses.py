"""Clauses and coordinated names inside a sentence, shared by the event, stance and attribution rules:
where the clause around an offset begins and ends, the group of names coordinated with the nearest
one, and the small grammar of subjects (auxiliaries, pronoun subjects) several rules read."""
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from pipeline.extract.actors import Mention
from pipeline.extract.sentences import Sentence
from pipeline.extract.phrases import longest_first

# Where a clause ends: what lies beyond names other participants.
# ', and he ...', ', and the following day ...': a coordinated clause with a subject or a time of its own (also after a
# quotation that closes on the comma: '... cooperation," and she urged')
CLAUSE_BREAK = re.compile(r";|:|—|–(?=\s)|,\s+(?:but|while|whereas|although|though|which|whom?|where|when|as|because|since|so)\b|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b|"
                          r",[”\"]?\s+and\s+(?=(?:(?i:yesterday|today|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|month|year))\s+)?"
                          r"(?:he|she|they|we|I)\s|the\s+(?:following|next|previous|same)\s+day\b|(?:later|then|afterwards)\b)")
COORDINATION_GAP = re.compile(r"^[\s,]*(?:and|or|as well as|along with|,)\s+(?:[\w’'.\-()]+\s+){0,8}?$|^\s*,\s*$|^\s*(?:and|or)\s*$")
# an infinitive whose act took place: after a verb of carrying out ('went on to', 'managed to') or a causative in the
# past or as a participle, whose object did it ('prompting Beijing to lodge a protest', 'forced Japan to scramble jets')
# ('decided to' is not among them: a decision is a plan, GUIDELINES "decided to dispatch ... this time")
INFINITIVE_OK = re.compile(r"\b(?:went on|began|started|continued|managed|moved|voted|proceeded|chose|agreed|sought|tried|tended|used)\s+to\s+$|"
                           r"\b(?:prompted|prompting|forced|forcing|compelled|compelling|led|leading|caused|causing|spurred|spurring)\s+"
                           r"(?:[\w’'.\-]+\s+){0,5}?to\s+$|"
                           # an instrument used for the act: 'used his speech to accuse', 'seized the occasion to announce'
                           r"\b(?:used|using)\s+(?:the|a|an|his|her|its|their|this|that)\s+(?:[\w’'.\-]+\s+){0,4}?to\s+$|"
                           r"\b(?:took|taking|seized|seizing)\s+(?:the|this|that|an?)\s+(?:opportunity|occasion|chance)\s+to\s+$",
                           re.IGNORECASE)
# auxiliaries between a speaker and the reporting verb ('Biden did not say', 'Suga has repeatedly said')
# (sentence adverbs that are not in -ly may stand there too: 'Ishii nonetheless believes ...', 'she still argues ...')
FRAME_AUX = (r"(?:(?:did|does|do|has|have|had|would|will|could|might|may|not|never|also|repeatedly|nonetheless|nevertheless|"
             r"still|again|even|\w+ly)\s+|n[’']t\s+|"
             r"(?:went on|goes on|go on|began|continued|proceeded|moved)\s+to\s+)*")
# a time adverbial fronted without a comma before a pronoun subject ('Yesterday I met ...', 'This week we held ...',
# 'On Monday he called ...'): speech and transcripts put the time first and leave the comma out
TIME_OPENER = (r"(?:(?:yesterday|today|tonight|this|last|earlier|later|on)\s+(?:(?:morning|afternoon|evening|night|week|month|year|"
               r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|"
               r"november|december)\s+){0,2}|yesterday\s+|today\s+)?")
# 'He urged Tokyo ...', 'Later, she visited ...': a personal pronoun opening the clause as its subject
# refers to the person named last before the sentence
PRONOUN_SUBJECT = re.compile(r"[\s“‘\"]*(?:(?:but|and|then|later|however|meanwhile|separately|earlier|also|still),?\s+)?"
                             r"(?:[^,;:“”]{0,60},\s*|(?:the\s+(?:following|next|previous|same)\s+day|afterwards)\s+)?" + TIME_OPENER +
                             r"(?:he|she)\s+" + FRAME_AUX,
                             re.IGNORECASE)
# 'We urge the Japanese side ...', 'I'd like to stress ...': the speaker as the clause's subject
FIRST_PERSON_SUBJECT = re.compile(r"[\s“‘\"]*(?:(?:but|and|so|also|here),?\s+)?(?:[^,;:“”]{0,60},\s*)?" + TIME_OPENER +
                                  r"(?:we|i)(?:[’']d|[’']ve|[’']ll)?\s+"
                                  r"(?:(?:also|have|has|had|will|would|must|do|did|always|once\s+again|again|firmly|strongly|"
                                  r"hereby|\w+ly)\s+)*$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause breaks of a sentence (found once, not once per trigger)."""
    found = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence)]
    return [a for a, _ in found], [b for _, b in found]


def _clause_bounds(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    """The clause around offset pos: from the last break before it to the first break after it."""
    local = pos - s.start
    starts, ends = _clause_breaks(s.text)
    before = bisect_right(ends, local)       # breaks that end at or before pos
    after = bisect_left(starts, local)       # the first break that starts at or after pos
    start = ends[before - 1] if before else 0
    end = starts[after] if after < len(starts) else len(s.text)
    return s.start + start, s.start + end


PARENTHESIS_GAP = re.compile(r"\s*\([^)]*\)\s*")


def _group(mentions: list[Mention], text: str, nearest_last: bool) -> list[Mention]:
    """The coordinated group of mentions nearest the trigger ('Suga and Kono')."""
    if not mentions:
        return []
    ordered = mentions if not nearest_last else list(reversed(mentions))
    group = [ordered[0]]
    for m in ordered[1:]:
        a, b = (m, group[-1]) if nearest_last else (group[-1], m)
        gap = text[a.end:b.start]
        if COORDINATION_GAP.match(gap) or not gap.strip() or PARENTHESIS_GAP.fullmatch(gap):
            group.append(m)
        else:
            break
    return sorted(group, key=lambda m: m.start)


def _unique_ids(mentions) -> list[str]:
    return list(dict.fromkeys(m.actor_id for m in mentions))


# verbs of saying whose complement is a clause with a subject of its own: 'the ministry said Chinese warships sailed',
# 'told reporters on Monday that two destroyers had entered'. The reporter is no subject of the reported verb
# (a narrower list than attribution.yaml's reporting verbs, many of which also take an object: 'urged Japan', 'accused X')
SAYING_LEMMAS = ("say", "tell", "add", "note", "state", "report", "announce", "confirm", "claim", "reveal", "disclose",
                 "write", "explain", "insist", "assert", "allege", "indicate", "acknowledge", "admit", "stress")


def saying_pattern(forms) -> re.Pattern | None:
    """One pattern for a verb of saying and the 'that' opening its complement within a few words ('said on Monday that')."""
    words = sorted({f.casefold() for f in forms}, key=longest_first)
    if not words:
        return None
    # case-sensitive: a verb is lower-case in running text ('the United States' holds no 'states')
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b(?:[^,;:“”\"]{0,40}?\bthat\b)?\s*")


def reported_clause_start(text: str, start: int, anchor: int, *, saying: re.Pattern | None) -> int | None:
    """Where the reported clause holding the verb at anchor begins when a verb of saying stands in text[start:anchor]
    (after the last one, and after its 'that'), else None."""
    if saying is None:
        return None
    last = None
    for last in saying.finditer(text, start, anchor):
        pass
    return last.end() if last is not None else None
