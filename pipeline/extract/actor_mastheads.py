"""The publisher naming itself inside its own story: 'told the Herald', 'confirmed the passage to TODAY', 'did not
respond to a request for comment from HKFP', 'Rappler has reached out to the embassy'. The outlet is an actor of the
story (it asked, it was told), but the registry cannot hold every outlet and the body names it by a short form of its
masthead. The masthead is the page's first line (the second when the first is the site's domain: 'smh.com.au' over
'The Sydney Morning Herald'), before the body; a word of it used in the body as the one who asks or is told is the
outlet. Apart from actor_discovery.py because the cue is the page's layout (its masthead), not the wording around a
name alone. Pure functions: text in, spans out."""
import re

# a domain name alone on a line: 'smh.com.au', 'todayonline.com', 'DW.COM'
DOMAIN_LINE = re.compile(r"^[\w\-]+(?:\.[\w\-]+)+$")
# the masthead's segments: 'CommonWealth Magazine | English'
SEGMENT_SPLIT = re.compile(r"\s*[|｜•·]\s*|\s{3,}")
LATIN_WORD = re.compile(r"[A-Za-z][\w&’'\-]*")
# what the outlet does or has done to it as a party to the story: asked, was told, reached out, learned
REPORTING_BEFORE = re.compile(r"\b(?:told|tells|telling|to|from|by|contacted|asked|interviewed)[ \t]+(?:the[ \t]+)?$")
REPORTING_AFTER = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+|was[ \t]+)?(?:learned|learnt|understands|reached[ \t]+out|contacted|asked|"
                             r"obtained|sought|requested|interviewed|spoke|approached|reported|has[ \t]+seen|saw)\b")
# words of a masthead that are no outlet's name on their own (the medium, the edition, the site's sections)
MEDIUM_WORDS = frozenset("the magazine news press times daily online english edition weekly journal post review "
                         "home world politics opinion international subscribe login".split())


def masthead_names(text: str, body_start: int) -> tuple[str, list[str]]:
    """(full name, name words) of the masthead printed before the body: its first line, or the line after a domain
    line, first segment only, Latin words only, without a leading 'The' and a closing acronym of the other words
    ('Hong Kong Free Press HKFP' -> 'Hong Kong Free Press', words ['Hong', 'Kong', 'Free', 'Press', 'HKFP'])."""
    lines = [ln.strip() for ln in text[:body_start].splitlines() if ln.strip()][:2]
    if lines and DOMAIN_LINE.match(lines[0]) and len(lines) > 1:
        lines = lines[1:]
    if not lines:
        return "", []
    words = LATIN_WORD.findall(SEGMENT_SPLIT.split(lines[0])[0])
    if len(words) > 6:
        return "", []      # a headline or a sentence, not a masthead
    name_words = [w for w in words if w != "The"]
    if len(name_words) > 2 and name_words[-1].isupper() and name_words[-1] == "".join(w[0] for w in name_words[:-1]).upper():
        full = " ".join(name_words[:-1])
    else:
        full = " ".join(name_words)
    return full, words


def masthead_outlet_mentions(text: str, start: int, end: int, *, is_known) -> list[tuple[int, int, str]]:
    """(start, end, outlet name) of each body word that is a word of the masthead, used as the one who asks or is told.
    is_known(word) says the word is a registry name, a demonym or a common capitalised word: never the outlet alone."""
    full, words = masthead_names(text, start)
    if not full:
        return []
    out = []
    for w in dict.fromkeys(words):
        if w.casefold() in MEDIUM_WORDS or is_known(w) or len(w) < 3:
            continue
        # a lower-case logo ('rappler') is written capitalised in the text
        pattern = re.compile(rf"(?<![\w\-]){re.escape(w if not w.islower() else w.capitalize())}(?![\w\-])")
        for m in pattern.finditer(text, start, end):
            if REPORTING_BEFORE.search(text, max(start, m.start() - 30), m.start()) or REPORTING_AFTER.match(text, m.end()):
                name = full if not full.islower() else m.group(0)
                out.append((m.start(), m.end(), name))
    return sorted(out)
