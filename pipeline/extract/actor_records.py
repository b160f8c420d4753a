"""The people of a hearing record named only by title and family name. A printed record opens each turn with the
speaker's title and family name and a full stop ('Mr. HUNTER. Thank you, Mr. Chairman.', 'Admiral KEATING. Mr.
Chairman, ...', '    Senator Markey. I want to ...'), often in capitals, and rarely gives a member's full name; the
name matcher, which needs a given and a family name, would miss every member who speaks. In a record (three turns or
more; a parliamentary committee's Hansard closes the name with a colon: 'Senator WONG:'), each turn's title and family name name a person, and so do the same title and name in the text ('as Admiral
Keating said'). Apart from caps_labels.py because the cue is the record's turn layout, not a colon label. Pure
functions: text in, spans out."""
import re
from functools import lru_cache

from pipeline.extract.caps_labels import cased

# the titles a record's turns open with (forms of address of members and witnesses)
# (British and Australian records write 'Mr', 'Dr' without a full stop)
_TITLES = r"Senator|Representative|Congressman|Congresswoman|Delegate|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Admiral|General|Secretary|Ambassador"
# the turn's name closes with a full stop (US records) or a colon (Hansard: 'Senator CHANDLER: Thank you, Chair.')
RECORD_TURN = re.compile(rf"(?m)^[ \t]*(?P<title>{_TITLES})[ \t]+(?P<family>[A-Z][A-Za-z’'\-]+)[.:][ \t]+(?=[A-Z\[“\"])")
MIN_TURNS = 3


@lru_cache(maxsize=4096)
def _turn_name_pattern(title: str, family: str) -> re.Pattern:
    """A title and family name in either case, compiled once per name and process (bounded)."""
    return re.compile(rf"(?<![\w.]){re.escape(title)}[ \t]+(?:{re.escape(family)}|{re.escape(family.upper())})(?![\w’'\-])")


def record_turn_people(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, 'Title Family', family) of every mention of a person the record's turns name by title and family
    name: the turns themselves and the same title and name in the text, in either case ('Mr. HUNTER', 'Mr. Hunter').
    Nothing when the text holds fewer than MIN_TURNS such turns (a sentence may open 'Mr. Abe. ...' by chance)."""
    turns = list(RECORD_TURN.finditer(text, start, end))
    if len(turns) < MIN_TURNS:
        return []
    people = {(m.group("title"), cased(m.group("family"))) for m in turns}
    out = []
    for title, family in sorted(people):
        pattern = _turn_name_pattern(title, family)
        out += [(m.start(), m.end(), f"{title} {family}", family) for m in pattern.finditer(text, start, end)]
    return sorted(out)
