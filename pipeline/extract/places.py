"""States named as the ends of a stretch of territory, sea or air: 'the Bashi Channel between Taiwan and the
Philippines', 'flew between Okinawa and Miyako', 'a drone between Yonaguni and Taiwan', 'runs from Japan through
Taiwan to the Philippines'. 'Talks between Japan and China' or 'relations between Tokyo and Beijing' are the states'
own; what makes the pair a place is the word before 'between' (a stretch of sea or air, a passage, a verb of motion
or position) or a conjunct that is a place and no actor. Pure functions over (text, span)."""
import re
from typing import Callable

_SPATIAL = (r"channel|channels|strait|straits|waters|water|gap|airspace|sea|seas|space|area|areas|zone|zones|line|border|"
            r"boundary|passage|route|routes|corridor|distance|stretch|islands|miles|kilometers|kilometres|km|"
            r"fl(?:y|ew|ies|ying|own)|sail(?:s|ed|ing)?|pass(?:es|ed|ing)?|transit(?:s|ed|ing)?|operat(?:e|es|ed|ing)|"
            r"lies|lie|lying|located|situated|halfway|midway|somewhere")
_NAME = r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?"
# the second conjunct: '... between <X> and (the) ' right before the name
_SECOND = re.compile(rf"\b(?P<before>\w+)[ \t]+between[ \t]+(?:the[ \t]+)?(?P<other>{_NAME})[ \t]+and[ \t]+(?:the[ \t]+)?$")
# the first conjunct: '... between (the) ' right before it, ' and (the) <Y>' right after
_FIRST_BEFORE = re.compile(r"\b(?P<before>\w+)[ \t]+between[ \t]+(?:the[ \t]+)?$")
_FIRST_AFTER = re.compile(rf"[ \t]+and[ \t]+(?:the[ \t]+)?(?P<other>{_NAME})")
_SPATIAL_WORD = re.compile(rf"(?:{_SPATIAL})$", re.IGNORECASE)
# 'runs from Japan through Taiwan to the Philippines': a waypoint of a span
_THROUGH = re.compile(rf"\bfrom[ \t]+(?:the[ \t]+)?{_NAME}[ \t]+(?:through|via)[ \t]+(?:the[ \t]+)?$")
_TO_AFTER = re.compile(rf"[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]")
_SPAN_TO = re.compile(rf"\bfrom[ \t]+(?:the[ \t]+)?{_NAME}[ \t]+(?:through|via)[ \t]+(?:the[ \t]+)?{_NAME}[ \t]+to[ \t]+(?:the[ \t]+)?$")


def between_places(text: str, start: int, end: int, *, is_actor: Callable[[str], bool]) -> bool:
    """The name at text[start:end] is an end of a stretch 'between X and Y' (after a spatial word or a verb of
    motion, or paired with a place that is_actor rejects), or a waypoint or end of 'from X through Y to Z'."""
    before = text[max(0, start - 80):start]
    if "between" not in before and "from" not in before:
        return False      # (every pattern here holds one of the two words, case-sensitive: most names follow neither)
    m = _SECOND.search(before)
    if m is None and (m := _FIRST_BEFORE.search(before)) is not None:
        after = _FIRST_AFTER.match(text, end)
        m = (m, after) if after else None
    else:
        m = (m, m) if m else None
    if m is not None:
        word, other = m[0].group("before"), m[1].group("other")
        if _SPATIAL_WORD.match(word) or not is_actor(other):
            return True
    return bool((_THROUGH.search(before) and _TO_AFTER.match(text, end)) or _SPAN_TO.search(before))


# 'gave a speech at Waseda University', 'told a news conference at the Legislative Yuan', 'told reporters at Parliament
# House', 'a gathering in a building of the House of Representatives': where an occasion of speech takes place ('a
# researcher at X' is an affiliation: a role noun, not an occasion, comes before 'at')
_OCCASION_AT = re.compile(
    r"\b(?:speech|speeches|address|lecture|lectures|talk|news[ \t]+conference|press[ \t]+conference|press[ \t]+briefing|"
    r"audience|reporters|journalists|students|cadets|graduates|ceremony|rally|gathering|reception|banquet|seminar|symposium|event)"
    r"[ \t]+(?:held[ \t]+)?(?:at|in)[ \t]+(?:the[ \t]+)?$"
    r"|\b(?:building|buildings|premises|grounds|campus|compound|auditorium|hall|chamber)[ \t]+of[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE)
# ... of which only the building a body owns ('a building of the House of Representatives') is no mention of the body: a
# named body given as the place where someone speaks is an actor of the document (GUIDELINES Actors, goldfix12)
_BUILDING_OF = re.compile(r"\b(?:building|buildings|premises|grounds|campus|compound|auditorium|hall|chamber)[ \t]+of[ \t]+"
                          r"(?:the[ \t]+)?$", re.IGNORECASE)


def occasion_venue(text: str, start: int) -> bool:
    """The name at start is where a speech, news conference or gathering takes place (or the building it is held in)."""
    return _OCCASION_AT.search(text, max(0, start - 40), start) is not None


def building_of(text: str, start: int) -> bool:
    """The name at start owns the building named right before it ('in a building of the House of Representatives')."""
    return _BUILDING_OF.search(text, max(0, start - 40), start) is not None
