"""Names and the context patterns around them, shared by actor matching, generic-name resolution and
discovery: name-token grammar, folding of romanisation and spelling variants, the Mention and
DiscoveredActor records, and compiled context patterns (datelines, places, owners, titles' positions)."""
import re
from functools import lru_cache
import unicodedata
from dataclasses import dataclass, field

# Latin letters with diacritics too ('Eduardo Año', 'Yōko Kamikawa')
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿĀ-ž"
# "O'Connor", 'McCain', 'MacArthur': a prefix before a second capital
# 'FlorCruz', 'DeSantis', 'LaHood': a second capital joining two parts of one family name
NAME_TOKEN = rf"(?:O[’']|Mc|Mac(?=[{_UPPER}]))?[{_UPPER}][{_LOWER}’'\-]+(?:[{_UPPER}][{_LOWER}]{{2,}})?(?:-[{_LOWER}]+)?"
# 'Luiz Inácio Lula da Silva', 'Jan van der Berg': lowercase particles before the last name; Philippine and Latin
# American names write them capitalised ('Renato Cruz De Castro', 'Albert Del Rosario', 'Juan Dela Cruz')
_PARTICLE_TAIL = (rf"(?:[ \t]+(?:da|de|do|dos|das|di|du|van|von|der|den|bin|al|De|Del|Dela|Della|Da|Dos|Van|Von|Der)){{1,2}}"
                  rf"[ \t]+{NAME_TOKEN}")
_CAPITAL_PARTICLE = r"(?:De|Del|Dela|Della|Da|Dos|Van|Von|Der)[ \t]"   # a particle, not a name's last word
_NEXT_TOKEN = rf"[ \t]+(?!{_CAPITAL_PARTICLE}){NAME_TOKEN}"
# an initial stands for a given name ('R. Venkataraman', 'John F. Kennedy'), as 'Ma.' for Maria in Philippine names
# ('Ma. Teresita Daza'); never inside an abbreviation ('U.S. Navy': the initial stands alone, a space after it)
_INITIAL = r"(?<![\w.])(?:[A-Z]|Ma)\.(?=[ \t])"
# Indian and British house styles drop the initial's full stop ('Harsh V Pant')
_MIDDLE_INITIAL = r"(?:[ \t]+[A-Z]\.?(?=[ \t]))?"
PERSON_NAME = (rf"(?:{_INITIAL}[ \t]+{NAME_TOKEN}(?:{_NEXT_TOKEN}){{0,1}}|"
               rf"{NAME_TOKEN}{_MIDDLE_INITIAL}(?:(?:{_NEXT_TOKEN}){{0,2}}{_PARTICLE_TAIL}|(?:{_NEXT_TOKEN}){{1,2}}))")  # never across a line break
_MIDDLE_INITIAL_RE = re.compile(r"(?<=\w)[ \t]+[A-Z]\.?(?=[ \t])")


def without_middle_initials(name: str) -> str:
    """'Laura M. Rosenberger' -> 'Laura Rosenberger': the form a registry (or a later mention) names the person by."""
    return _MIDDLE_INITIAL_RE.sub("", name)


# Before a metonym these make it a place, not an actor ("a summit in Beijing", "the Tokyo office").
FAMILY_BEFORE, FAMILY_AFTER = r"(?<![\w\-])", r"(?=[’']s\b|(?![\w\-]))"  # a bare family name, possibly possessive
PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|around|outside|inside|within|via|across|into|over|the|a|an|of)\s+)$", re.IGNORECASE)
NOT_NAME_WORDS = frozenset(
    "The A An And But If In On At For Of To From By With As This That These Those It He She They We "
    "His Her Their Its Our Then Still Yet Even So While When Where Why What Who How Since Despite "
    "Although Though Moreover However Nevertheless Consequently Thus Also Meanwhile Today Friday "
    "Monday Tuesday Wednesday Thursday Saturday Sunday Japanese Chinese Taiwanese American Korean "
    "Former Late Prime Minister President Deputy Vice Defense Defence Foreign Minister Ministry".split()
)
CHINESE_SURNAMES = frozenset(
    "Chen Lin Huang Chang Zhang Li Lee Wang Wu Liu Tsai Cai Yang Hsu Xu Cheng Zheng Hsieh Xie Kuo Guo "
    "Hung Hong Chiu Qiu Tseng Zeng Liao Lai Hsiao Xiao Chou Zhou Yeh Ye Su Chuang Zhuang Lu Lo Luo Kao "
    "Gao Chiang Jiang Chu Zhu Fang Ho He Ko Ke Ma Hu Sun Song Sung Tang Teng Deng Tsao Cao Yu Yuan Pan "
    "Tu Du Wei Fan Fu Shih Shi Tai Dai Hou Ou Lii Mao Qin Xi Hua Zhao Chao Dong Tung Yen Yan Pai Bai "
    "Kim Park Moon Yoon Choi "
    # more common Chinese surnames (pinyin and Wade-Giles) seen in ministry spokespeople and scholars' names
    "Kong Feng Peng Cui Tian Jia Shen Ding Wen Lei Meng Qian Kang Yin Xue Xia Qiao Zou Xiong Geng Duan Hao "
    "Shao Gong Kung Cao Tsui Tien Shen Ting Hsueh Hsia Chiao Tsou Hsiung Keng Tuan Shao Kuan Guan Yao Fei Bi".split()
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor_id: str
    method: str          # alias | metonym | short_form | discovered | pronoun
    confidence: float


@dataclass
class DiscoveredActor:
    actor_id: str
    name: str
    actor_type: str
    country: str | None
    role: str | None
    family_name: str | None
    aliases: set[str] = field(default_factory=set)


# British and American spellings of the words that recur in the names of institutions: outlets
# differ ("Ministry of Defence" / "Ministry of Defense"), the actor does not.
SPELLINGS = (("defence", "defense"), ("organisation", "organization"), ("centre", "center"), ("programme", "program"),
             ("labour", "labor"))
_SPELLING_RE = re.compile("|".join(b for b, _ in SPELLINGS))
_AMERICAN = dict(SPELLINGS)


# (compiled here, not inline: an inline pattern is compiled again whenever re's cache has dropped it)
_NOT_WORD = re.compile(r"[\W_]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MODIFIED_NOUN_AFTER = re.compile(r"\s+(?:office|meeting|summit|talks|Olympics|Games|University|airport|residents|area|time|"
                                  r"round|trade\s+round|declaration|consensus|process|conference|forum|stock|stocks|market|markets)\b")


@lru_cache(maxsize=1 << 16)     # pure; called for every alias match, mostly with the same few hundred names
def fold(name: str) -> str:
    """Key under which romanisation and spelling variants meet: no case, accents, hyphens or spaces;
    British spellings as American ones."""
    name = unicodedata.normalize("NFKD", name)
    key = _NOT_WORD.sub("", "".join(c for c in name if not unicodedata.combining(c))).casefold()
    return _SPELLING_RE.sub(lambda m: _AMERICAN[m.group(0)], key)


def _spelling_pattern(escaped: str) -> str:
    """Either spelling of a word with a British/American variant ('D(?:efence|efense)')."""
    for british, american in SPELLINGS:
        first = f"[{british[0]}{british[0].upper()}]"
        escaped = re.sub(f"({first})(?:{british[1:]}|{american[1:]})",
                         lambda m, b=british, a=american: f"{m.group(1)}(?:{b[1:]}|{a[1:]})", escaped)
    return escaped


# an owner before a lowercase generic name makes it a name: "its coast guard", "the island's foreign ministry"
OWNER_BEFORE = re.compile(r"(?:\b(?:its|their)|\w[’']s)\s+(?:so-called\s+|own\s+)?$", re.IGNORECASE)
# 'the foreign ministry': the article makes a lowercase two-word generic name definite
DEFINITE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
# a capitalised word (not a sentence opener or function word) before a one-word generic: "Western Army"
UNIT_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An|Its|Their|His|Her|And|Or|Of|Its)\b)[A-Z][a-z]+[ \t]+$")
# a capitalised word inside a sentence right before a family name: 'in Hong Kong', 'the Ma Ying-jeou era'
NAME_WORD_BEFORE = re.compile(r"(?:[a-z,;:][ \t]+)([A-Z][\w\-]*)[ \t]+$")
# before a seat-of-government building it is a place: "at the White House"
LOCATIVE_BEFORE = re.compile(r"\b(?:at|outside|inside|near|in\s+front\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# what precedes a sentence's first word (start, terminal punctuation, line break, opening quote)
SENTENCE_START = re.compile(r"(?:^|[.!?:][”’\"']?[ \t]+|\n[ \t]*|[“\"‘][ \t]*)$")
# a date glued to an organisation's "on ..." tail: "Taipei Guest House on Sunday"
WHEN_AFTER_NAME = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                             r"May|June|July|August|September|October|November|December)\b.*$")
# the possessor of an organisation: "the Foreign Ministry's Asian Affairs Bureau" (a sub-unit)
# ... or a plural one's ("the House of Representatives' Committee on Foreign Affairs")
OWNER_NAME_BEFORE = re.compile(r"\b([A-Z][\w\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w\-]*){0,3})(?:[’']s|(?<=s)[’'])[ \t]+$")
# a state as a location: 'east of Taiwan', 'around the island of Taiwan', 'off Japan', 'in Japan'
SPATIAL_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|around|off|near|across|within|"
                            r"in|into|inside|outside|throughout|the\s+(?:island|coast|shores?)\s+of|off\s+the\s+coast\s+of)"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)
# 'in Gyeongju, South Korea': the state locates the city before it
APPOSITION_END = re.compile(r"\s*(?:[,.;:)]|$)")   # ... closed like an apposition ('according to Lai, Japan said' is none)
CITY_COMMA_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,\s+$")
# 'stretches from Japan to Indonesia': both ends of a span of territory (not 'arms from Japan to Taiwan')
_SPAN_VERB = r"\b(?:stretch|stretches|stretching|stretched|extend|extends|extending|extended|run|runs|running|range|ranges|ranging)"
FROM_BEFORE = re.compile(_SPAN_VERB + r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)
TO_NAME_AFTER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
FROM_X_TO_BEFORE = re.compile(_SPAN_VERB + r"\s+from\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+to\s+(?:the\s+)?$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"[’']s?\b|[’'](?!\w)")
# the seat that a chamber of commerce carries in its name: '... Chamber of Commerce in Taipei'
CHAMBER_SEAT_AFTER = re.compile(r"[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?")
# a state as the subject matter: "the Taiwan question", "a Taiwan contingency"
STATE_AS_TOPIC_AFTER = re.compile(r"[ \t]+(?:question|issue|problem|contingency|emergency|crisis|conflict|scenario)s?\b")
# "its Foreign Ministry": the owner is the nearest state before
POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# 'TOKYO (Reuters) -', 'TAIPEI, May 24 (AFP) –': the outlet of a dateline wrote the story, it does not act in it
# also 'Taipei, Sept. 26 (CNA) A Japan ...' and 'TOKYO, June 5 Kyodo - Japan ...' (line start to the outlet)
DATELINE_BEFORE = re.compile(r"^[ \t]*(?:[A-Z][A-Z .'\-]{1,30}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2})?[ \t]*\(?$")
DATELINE_AFTER = re.compile(r"\)[ \t]*(?:[-–—:]|(?=[A-Z]))|[ \t]+[-–—:]")
SENTENCE_END = re.compile(r"[.!?][”’\"]?\s+(?=[A-Z“‘\"])")


def _in_compound(text: str, m) -> bool:
    """A name inside a hyphenated compound ('Japan-Taiwan relations'): it names a pair, not the article's country."""
    return text[m.end:m.end + 1] == "-" or text[m.start - 1:m.start] == "-"


def slugify(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", name.casefold()).strip("-") or "actor"


def guess_family_name(name: str) -> str:
    """Family name of a romanised person name: first for Chinese/Korean names ('Lo Chih-cheng'),
    last otherwise ('Masahisa Sato'); a double-barrelled family name ('Ana Okabe-Ferris') is last, its second part
    capitalised where a romanised given name's is not ('Ing-wen')."""
    tokens = name.split()
    if len(tokens) >= 2 and (tokens[0] in CHINESE_SURNAMES or ("-" in tokens[1] and tokens[1].split("-")[1][:1].islower())):
        return tokens[0]
    return tokens[-1]


def _alias_pattern(alias: str, lower_tail: bool = False) -> str:
    """Regex for an alias where hyphens and spaces between syllables are optional; with lower_tail, the
    words after the first may also be written in lower case ('Chinese commerce ministry')."""
    parts = re.split(r"[\s\-‐–]+", alias)
    # typographic apostrophes match plain ones: registry aliases are plain ASCII
    patterns = [_spelling_pattern(re.sub("['’]", "['’]", re.escape(p))) for p in parts]
    if lower_tail:
        patterns[1:] = [f"[{p[0]}{p[0].lower()}]{p[1:]}" if p[:1].isupper() else p for p in patterns[1:]]
    return r"[\s\-‐–]?".join(patterns)


def _leader(counts: dict[str, int]) -> str | None:
    """The key with the strictly highest count, or None."""
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None


def _followed_by_noun(text: str, pos: int) -> bool:
    """'Tokyo Olympics', 'Beijing meeting', 'the Doha trade round', '10 a.m. Beijing time': a metonym used as a
    modifier (of a meeting, a document, a market or a clock) names no actor."""
    return bool(_MODIFIED_NOUN_AFTER.match(text[pos:pos + 20]))

