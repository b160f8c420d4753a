"""The publisher naming itself inside its own story: 'told the Herald', 'confirmed the passage to TODAY', 'did not
respond to a request for comment from HKFP', 'Rappler has reached out to the embassy'. The outlet is an actor of the
story (it asked, it was told), but the registry cannot hold every outlet and the body names it by a short form of its
masthead. The masthead is the page's first line (the second when the first is the site's domain: 'smh.com.au' over
'The Sydney Morning Herald'), before the body; a word of it used in the body as the one who asks or is told is the
outlet. Apart from actor_discovery.py because the cue is the page's layout (its masthead), not the wording around a
name alone. Pure functions: text in, spans out."""
import re
from functools import lru_cache

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


# a masthead in Chinese or Japanese script ('公視新聞網 PNN'): its English name may be on the next line
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def masthead_lines(text: str, body_start: int) -> list[str]:
    """The masthead's line(s) before the body: the first line, or the line after a domain line; after a line in
    Chinese or Japanese script, also the line that follows it ('公視新聞網 PNN' over 'PTS News Network')."""
    lines = [ln.strip() for ln in text[:body_start].splitlines() if ln.strip()][:3]
    if lines and DOMAIN_LINE.match(lines[0]) and len(lines) > 1:
        lines = lines[1:]
    return lines[:2] if len(lines) > 1 and CJK.search(lines[0]) else lines[:1]


def masthead_segments(text: str, body_start: int) -> list[str]:
    """The masthead's segments ('PTS News Network | Public Television Service'): names the outlet may be registered by."""
    return [seg for line in masthead_lines(text, body_start) for seg in SEGMENT_SPLIT.split(line) if seg]


def masthead_names(text: str, body_start: int, line: int = 0) -> tuple[str, list[str]]:
    """(full name, name words) of the masthead printed before the body: its first line, or the line after a domain
    line, first segment only, Latin words only, without a leading 'The' and a closing acronym of the other words
    ('Hong Kong Free Press HKFP' -> 'Hong Kong Free Press', words ['Hong', 'Kong', 'Free', 'Press', 'HKFP']).
    line: which of masthead_lines."""
    lines = masthead_lines(text, body_start)[line:]
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
    out = []
    for line in range(len(masthead_lines(text, start))):
        out += _masthead_word_mentions(text, start, end, *masthead_names(text, start, line), is_known=is_known)
    return sorted(set(out))


@lru_cache(maxsize=4096)
def _forms_pattern(forms: tuple) -> re.Pattern:
    """The whole-word pattern of a masthead word's forms, compiled once per word and process (an outlet's pages share
    their masthead; bounded for a corpus of many outlets)."""
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(map(re.escape, forms))})(?![\w\-])")


def _masthead_word_mentions(text, start, end, full, words, *, is_known) -> list[tuple[int, int, str]]:
    """The mentions of one masthead line's words (full: its name, words: its Latin words)."""
    if not full:
        return []
    out = []
    for w in dict.fromkeys(words):
        if w.casefold() in MEDIUM_WORDS or is_known(w) or len(w) < 3:
            continue
        # a lower-case logo ('rappler') is written capitalised in the text, an upper-case one ('BERNAMA') too when
        # it is a word rather than an acronym (the body writes 'Bernama')
        forms = [w.capitalize()] if w.islower() else [w, w.capitalize()] if w.isupper() and len(w) > 4 and full == w else [w]
        pattern = _forms_pattern(tuple(forms))
        for m in pattern.finditer(text, start, end):
            if REPORTING_BEFORE.search(text, max(start, m.start() - 30), m.start()) or REPORTING_AFTER.match(text, m.end()):
                name = m.group(0) if full.islower() or full == w.upper() else full
                out.append((m.start(), m.end(), name))
    return out
