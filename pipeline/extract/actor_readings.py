"""Readings of a registry name that name no actor: a kind of the body ("an 'Asian NATO'") and a state's short name
used as an adjective before what the state has ('U.S. bases', 'the New Zealand supply ship'). Pure functions over
text and offsets, read by ActorMatcher.registry_mentions (actors.py)."""
import re

# an indefinite article and a capitalised modifier before an organisation's name, the name ending its noun phrase
# ("calls for an 'Asian NATO'", 'a Pacific NATO'): a body of that kind, imagined, not the organisation itself
KIND_OF_BODY_BEFORE = re.compile(r"\b[Aa]n?[ \t]+[“\"‘']?[A-Z][\w\-]*[ \t]+$")
KIND_OF_BODY_AFTER = re.compile(r"[”\"’']?(?:[ \t]*[,.;:)]|$|[ \t]+(?:in|on|at|to|for|with|and|or|that|which|of|would|could|was|is)\b)")


def kind_of_body(text: str, start: int, end: int) -> bool:
    """"an 'Asian NATO'", 'a Pacific NATO,': the name after an article and a capitalised modifier, ending the phrase."""
    return KIND_OF_BODY_BEFORE.search(text, max(0, start - 30), start) is not None \
        and KIND_OF_BODY_AFTER.match(text, end) is not None


def asset_after_pattern(nouns, modifiers=()) -> re.Pattern | None:
    """A state's name before a lower-case noun of what it has ('U.S. bases', 'New Zealand supply ship'), from the
    lexicon's nouns that never read as a verb after a subject and the noun modifiers that may stand between
    (titles.yaml state_asset_nouns, state_asset_modifiers; a hyphenated compound may too: 'guided-missile destroyer')."""
    nouns = sorted({n for n in nouns if n}, key=lambda w: (-len(w), w))   # (a set: ties by name, same text whatever the hash seed)
    if not nouns:
        return None
    between = "|".join(re.escape(m) for m in sorted({m for m in modifiers if m}, key=lambda w: (-len(w), w)))
    return re.compile(r"[ \t]+(?:(?:[a-z][\w]*-[\w\-]+" + (f"|{between}" if between else "") + r")[ \t]+)?"
                      r"(?:" + "|".join(re.escape(n) for n in nouns) + r")\b(?!-)")


# an outlet bracketed alone after a sentence's end, closing its line: 'Chen receives guests at the Presidential Office.
# (中央社)', '... during the drill. (Kyodo)': the credit of a caption or a picture, no actor of the story
CAPTION_CREDIT_BEFORE = re.compile(r"[.。!?！？”\"][ \t]*[(（]$")
CAPTION_CREDIT_AFTER = re.compile(r"[)）][ \t]*(?:\n|$)")


def closing_credit(text: str, start: int, end: int) -> bool:
    """A (media) name in brackets after a full stop, nothing after it on its line: a caption's credit."""
    return CAPTION_CREDIT_BEFORE.search(text, max(0, start - 4), start) is not None and CAPTION_CREDIT_AFTER.match(text, end) is not None


# a coordinated list of places after a spatial preposition: 'held across Guam, the Northern Mariana Islands, Palau and
# the Federated States of Micronesia', 'drew criticism in Washington, Warsaw and Vilnius': every item is a place
_ITEM = r"(?:the[ \t]+)?[A-Z][\w.\-’']*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.\-’']*){0,5}"
LISTED_PLACE_BEFORE = re.compile(rf"\b(?:in|across|throughout|around|near|inside|outside|within)[ \t]+{_ITEM}"
                                 rf"(?:[ \t]*,[ \t]*{_ITEM}){{0,6}}(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?$")
# 'lies closer to Taipei than to the Japanese capital': a distance to the place
PROXIMITY_BEFORE = re.compile(r"\b(?:lies|lie|lying|located|situated|sits|is|are)[ \t]+(?:\w+[ \t]+)?(?:closer|nearer|close|next)"
                              r"[ \t]+to[ \t]+$")
# 'the issue of North Korea', 'the question of Taiwan': the state is what is talked about
ISSUE_OF_BEFORE = re.compile(r"\b(?:issue|issues|question|questions|problem|problems)[ \t]+of[ \t]+$", re.IGNORECASE)
# "covered North Korea's nuclear program", "North Korea's nuclear and missile programs": the state's programme, a topic
PROGRAM_AFTER = re.compile(r"[’']s[ \t]+(?:(?:nuclear|missile|ballistic[ \-]missile|weapons?|space)[ \t]+(?:(?:and|or)[ \t]+)?){1,3}"
                           r"(?:programs?|programmes?|arsenals?|ambitions|development)\b")


def state_reads_as_place_or_topic(text: str, start: int, end: int) -> bool:
    """A state's name (or capital) that names a place or a topic: an item of a list of places, a distance's end,
    'the issue of X', "X's nuclear program"."""
    if text[end:end + 1] in "’'" and PROGRAM_AFTER.match(text, end):
        return True
    before = text[max(0, start - 160):start]
    if not before or not before[-1].isspace():
        return False
    if ISSUE_OF_BEFORE.search(before[-24:]) or PROXIMITY_BEFORE.search(before[-40:]):
        return True
    if text[end:end + 1] in "’'" or not ("," in before or " and " in before or " or " in before):
        return False
    m = LISTED_PLACE_BEFORE.search(before)
    if m is None or (before.rstrip().endswith(",") and LIST_GOES_ON.match(text, end) is None):
        return False   # after a bare comma the list must go on ('in Tokyo, Japan said' is a city and its state's statement)
    rest = LIST_REST.match(text, end)
    # ... and end the phrase: 'In the drill in the West Philippine Sea, the Philippines, Japan and Australia sailed
    # together' lists the subjects of the verb after it, a frame's place before them
    return PHRASE_END.match(text, rest.end()) is not None


LIST_GOES_ON = re.compile(r"[ \t]*,|,?[ \t]+(?:and|or)[ \t]")
LIST_REST = re.compile(rf"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?{_ITEM}|,?[ \t]+(?:and|or)[ \t]+{_ITEM})*")
PHRASE_END = re.compile(r"[ \t]*(?:[,.;:)”\"]|$|\n|[ \t]*(?:in|on|at|for|to|with|since|during|from|as|after|before|over|last|this|"
                        r"next|until|through|between|where|when|while|because|but)\b)")
