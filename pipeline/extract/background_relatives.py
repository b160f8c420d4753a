"""Acts told as background in a relative clause on the sentence's subject: 'Foreign Minister X, who hosted the
meeting, told reporters ...', 'Minister Y, who signed the communiqué, insisted ...', 'Mayor Z, who has pushed for a
larger presence, welcomed ...'. The clause describes who the speaker or actor is; the sentence reports its main verb.
Such a clause with no time of its own is no event (the hosting or signing, when it is the article's occasion, is
reported where the article tells it); one with a time ('who met Hu in Santiago last month', 'who arrived on Monday')
narrates an occasion and stays. A relative clause at the end of the sentence ('sent an envoy, Z, who apologised')
continues the narrative and stays too (pure functions; used by pipeline/extract/events.py)."""
import re

# ', who (has) (also) VERB': the trigger is the relative clause's own verb (auxiliaries and adverbs between)
WHO_BEFORE = re.compile(r",\s+who\s+(?:(?:has|have|had|also|once|then|previously|later|earlier|\w+ly)\s+){0,3}$", re.IGNORECASE)
# a time of the relative clause's own: a day, month, year, a relative time word
# (an abbreviated month ends on its dot: 'in Busan on Oct. 30')
OWN_TIME = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|"
                      r"september|october|november|december|\d{4}|"
                      r"\d{1,2}(?:st|nd|rd|th)|yesterday|today|tonight|last|this|next|earlier|later|ago|previous|recently|"
                      r"morning|afternoon|evening|week|month|year|years|decade|days?)\b|"
                      r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.", re.IGNORECASE)
# a verb after the relative clause's closing comma: the main clause goes on ('..., told reporters', '..., insisted')
MAIN_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?(?!(?:and|or|but|which|who|whose|where|when|while|the|a|an|his|her|its|their|"
                        r"including|as|in|on|at|for|with|from|to|of|by|after|before)\b)[a-z]+\b")


def background_relative(text: str, sentence_start: int, sentence_end: int, trigger_start: int) -> bool:
    """Whether the trigger at trigger_start is the verb of an undated non-restrictive 'who' clause on the sentence's
    subject: the clause opens after the subject (no comma before it in the sentence) and closes with a comma that
    the main clause's verb follows."""
    who = WHO_BEFORE.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    if who is None or "," in text[sentence_start:who.start()]:
        return False
    close = text.find(",", trigger_start, sentence_end)
    if close < 0 or OWN_TIME.search(text, who.start(), close):
        return False
    return MAIN_AFTER.match(text, close, sentence_end) is not None


def occasion_host(text: str, sentence_start: int, trigger_start: int, trigger: str, hosts: frozenset[str]) -> bool:
    """Whether the reduced participle at trigger_start ('hosted', syntax.yaml occasion_hosts) describes the noun
    before it ('a forum hosted by X'): no comma between them, so it modifies that noun rather than adding a clause."""
    if trigger.casefold() not in hosts:
        return False
    before = text[sentence_start:trigger_start].rstrip()
    return bool(before) and before[-1] not in ",;:—–(" and re.search(r"[A-Za-z]$", before) is not None


# ', who arrived on Monday for a three-day visit,' / ', which docked in Manila on Friday,': a relative clause's opening
# the relative clause's own occasion: a visit or trip that the main clause's meeting is part of
VISIT_NOUN = re.compile(r"\b(?:visit|trip|tour|stopover)\b", re.IGNORECASE)
RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s+(?:(?:has|have|had|also|once|then|first|previously|later|earlier|\w+ly)\s+){0,3}$",
                           re.IGNORECASE)


def dated_relative(text: str, sentence_start: int, sentence_end: int, trigger_start: int) -> int | None:
    """The start of the dated non-restrictive relative clause whose verb is at trigger_start and that names a visit,
    or None: 'Aso, who
    arrived in Taiwan on Monday for a three-day visit, met Tsai on Tuesday' narrates two occasions, the arrival
    (its own time) and the meeting, so the clause's act is not folded into the main clause's act of the same type."""
    rel = RELATIVE_OPEN.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    if rel is None:
        return None
    close = text.find(",", trigger_start, sentence_end)
    if close < 0 or not OWN_TIME.search(text, rel.start(), close) or not VISIT_NOUN.search(text, trigger_start, close):
        return None      # ('Lin, who arrived at Haneda on Monday evening, held talks': the arrival is the talks' occasion)
    return rel.start()
