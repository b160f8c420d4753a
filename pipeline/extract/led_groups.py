"""A group subject that names only its leader in an apposition ('Fourteen allies, led by Eswatini, submitted a
proposal', 'A delegation of lawmakers, led by X of the ruling party, met Y'): the group itself is unnamed, its
leader acts for it, so the leader is the verb's named source. Only when no other subject was found."""
import re

# the apposition's opening right before the leader's name
LED_BY = re.compile(r",\s+(?:led|headed|spearheaded)\s+by\s+(?:(?:the|then)\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}$")
# from the leader's name to the verb: the leader's affiliation ('of the ruling Liberal Democratic Party') and the
# apposition's closing comma, then at most an adverb or two
LED_CLOSE = re.compile(r"(?:\s+(?:of|from)\s+[^,;:“”\"()]{1,70})?\s*,\s*(?:(?:\w+ly|also|then|later|jointly)\s+){0,2}$")


def led_group_subject(text: str, clause_start: int, anchor: int, mentions: list):
    """The leader named in a 'led by' apposition that closes right before the verb at anchor, else None; a name in
    the leader's affiliation ('of the ruling Liberal Democratic Party') is no subject."""
    for x in mentions:
        if clause_start <= x.start and x.end <= anchor and LED_BY.search(text, max(clause_start, x.start - 80), x.start) \
                and LED_CLOSE.fullmatch(text, x.end, anchor):
            return x
    return None
