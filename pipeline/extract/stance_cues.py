"""Compiled cues of the stance topics: each topic's keywords, inverse keywords, self-sufficient phrases and
position cues (seeds/topics.yaml) turned into PhraseMatchers once per knowledge version (TopicCues), and the
gates that rule a sentence out before any reading (topics_gate, about_other_partner).

Kept apart from stances.py because it is data compiled once, not rules run per sentence: the readings there
only consume TopicCues."""
import re
from dataclasses import dataclass

from pipeline.extract.lexicon import inflect
from pipeline.extract.literal_gates import gated
from pipeline.extract.phrases import Memo, PhraseMatcher, longest_first
from pipeline.extract.stance_channels import channel_terms, compile_channel, compile_pairs
from pipeline.extract.stance_conditions import compile_condition
from pipeline.extract.stance_declarations import compile_declaration
from pipeline.extract.stance_frames import compile_joint
from pipeline.extract.stance_levels import compile_level

APOSTROPHE = re.compile(r"['’]")
# a possessive, a coordinated modifier or a hyphenated compound modifier may follow a keyword's first word:
# 'upgrade its relations', 'official or military contact', 'security and defence cooperation', 'share
# real-time intelligence', 'defense long-term cooperation'; a comparative before the compound or alone: 'share more
# real-time information', 'share more intelligence' (one flat group: the fast matcher splits it)
POSSESSIVE_SLOT = r"(?:more\s+[a-z]+-[a-z\-]+\s+|more\s+|its\s+|their\s+|our\s+|his\s+|her\s+|or\s+[a-z\-]+\s+|and\s+[a-z\-]+\s+|[a-z]+-[a-z\-]+\s+)?"
OBJECT_SLOT = r"\s+(?:[\w’'\-]+\s+)?(?:[\w’'\-]+\s+)?"   # flat groups: the fast matcher splits them


@dataclass(frozen=True)
class TopicCues:
    topic_id: str
    keywords: PhraseMatcher | None
    inverse: PhraseMatcher | None
    support: PhraseMatcher | None
    oppose: PhraseMatcher | None
    support_phrases: PhraseMatcher | None
    oppose_phrases: PhraseMatcher | None
    # any keyword, inverse keyword or phrase: where it finds nothing the topic has no reading, so one
    # scan rules out a sentence instead of four
    terms: PhraseMatcher | None = None
    countries: frozenset[str] = frozenset()   # topics.yaml countries: the relation the topic is about
    third_parties: frozenset[str] = frozenset()
    context_keywords: PhraseMatcher | None = None   # keywords only where a context term stands too
    context_terms: PhraseMatcher | None = None
    accusation: PhraseMatcher | None = None         # damage cues ('undermine', 'violate')
    # positions shown by acts (stance_acts.py): objects, inverse objects, act verbs, the relation's terms
    act_objects: PhraseMatcher | None = None
    inverse_act_objects: PhraseMatcher | None = None
    act_support: PhraseMatcher | None = None
    act_oppose: PhraseMatcher | None = None
    act_context: PhraseMatcher | None = None
    joint: re.Pattern | None = None   # the relation's parties' joint act ('Japan and Taiwan need to talk')
    channel: re.Pattern | None = None   # one party's channel to the other's forces ('should be able to talk to Taiwan's military')
    pairs: tuple = ()                   # the relation's pairs of parties (stance_channels.py)
    inverse_context: PhraseMatcher | None = None   # inverse keywords only where a context term stands too
    declaration: re.Pattern | None = None   # a declaration that an act will be done (stance_declarations.py)
    declaration_countries: frozenset[str] = frozenset()   # whose declaration: named in the sentence or the holder's state
    level_of: frozenset[str] = frozenset()   # topics whose positions this topic's level terms raise to it (stance_levels.py)
    level: re.Pattern | None = None
    joint_terms: PhraseMatcher | None = None   # the joint subjects as terms: every joint act names one (a gate for joint)
    condition: re.Pattern | None = None   # an act conditioned on an attack (stance_conditions.py)
    charge: PhraseMatcher | None = None   # support phrases whose subject is charged, not the holder (topics.yaml charge_phrases)
    level_oppose: re.Pattern | None = None   # a refusal's reason that raises only oppose rows to this topic (stance_levels.py)
    anaphora: bool = False   # a reaction to a matter named before may hold this topic (stance_anaphora.py)


def _alternatives(items, *, hyphen_space: bool = False, irregular: dict | None = None) -> list[str]:
    """Regexes of word-bounded phrases; with irregular, cues are inflected on their first word
    ('propose' -> proposed, proposes; 'call for' -> called for)."""
    if irregular is not None:
        items = {form for item in items for form in inflect(item.strip(), irregular)}
        # 'warned Tokyo against sending ...', 'cautioned the Japanese side against': an object may stand
        # between a cue's verb and its 'against'
        return [APOSTROPHE.sub("['’]", re.escape(k)).replace(r"\ ", OBJECT_SLOT if k.endswith(" against") else r"\s+", 1)
                .replace(r"\ ", r"\s+") for k in sorted(set(items), key=longest_first)]
    sep = r"[\s\-]+" if hyphen_space else r"\s+"
    # a possessive may stand after a keyword's first word ('upgrade its relations', 'deepen their
    # security cooperation'); a cue ('call for') takes none
    first_sep = sep + (POSSESSIVE_SLOT if hyphen_space else "")
    # straight and curly apostrophes are one character to a reader ("China's" / "China’s")
    return [APOSTROPHE.sub("['’]", re.escape(k).replace(r"\ ", first_sep, 1).replace(r"\ ", sep))
            for k in sorted(set(items), key=longest_first)]


# reported speech shifts a self-sufficient phrase's present into the past ('said Taiwan was China's Taiwan', 'said a
# Taiwan contingency was a Japan contingency'): each 'is'/'are' phrase reads in the past too
BACKSHIFT = {"is": "was", "are": "were"}
IS_ARE = re.compile(r"\b(is|are)\b")


def _backshifted(phrases) -> list[str]:
    """The phrases and their past-tense forms (the first 'is'/'are' in the past)."""
    return [*phrases, *(IS_ARE.sub(lambda m: BACKSHIFT[m.group(1)], p, count=1) for p in phrases if IS_ARE.search(p))]


def _matcher(alternatives: list[str]) -> PhraseMatcher | None:
    return PhraseMatcher(alternatives, before=r"(?<!\w)", after=r"(?!\w)", flags=re.IGNORECASE) if alternatives else None


def compile_topics(topics, irregular: dict) -> list[TopicCues]:
    """Compiled cue lists of every topic (once per knowledge version). Topics share their cue lists
    (YAML anchors): one matcher per distinct list, so a sentence's cues are found once (_cue_matches)."""
    out, shared = [], {}

    def cue_matcher(items):
        key = tuple(items)
        if key not in shared:
            shared[key] = _matcher(_alternatives(items, irregular=irregular))
        return shared[key]

    for t in topics:
        if not t.keywords:
            continue
        kw, inverse, support_phrases, oppose_phrases, context, acts, inverse_acts, inverse_context = (
            _alternatives(items, hyphen_space=True) for items in
            (t.keywords, getattr(t, "inverse_keywords", ()),
             _backshifted((*getattr(t, "support_phrases", ()), *getattr(t, "charge_phrases", ()))),
             _backshifted(getattr(t, "oppose_phrases", ())),
             getattr(t, "context_keywords", ()), getattr(t, "act_objects", ()), getattr(t, "inverse_act_objects", ()),
             getattr(t, "inverse_context_keywords", ())))
        out.append(TopicCues(t.topic_id, _matcher(kw), _matcher(inverse),
                             cue_matcher(t.support_cues), cue_matcher(t.oppose_cues),
                             _matcher(support_phrases), _matcher(oppose_phrases),
                             _matcher(sorted({*kw, *inverse, *support_phrases, *oppose_phrases, *context, *acts, *inverse_acts,
                                              *inverse_context, *_alternatives(getattr(t, "declared_acts", ()), hyphen_space=True),
                                              *_alternatives(getattr(t, "joint_subjects", ())),
                                              *_alternatives(getattr(t, "act_conditions", ())),
                                              *channel_terms(getattr(t, "joint_subjects", ()))})),
                             frozenset(getattr(t, "countries", ())), frozenset(getattr(t, "third_parties", ())),
                             _matcher(context), _matcher(_alternatives(getattr(t, "context_terms", ()), hyphen_space=True)),
                             cue_matcher(getattr(t, "accusation_cues", ())),
                             _matcher(acts), _matcher(inverse_acts), cue_matcher(getattr(t, "act_support_cues", ())),
                             cue_matcher(getattr(t, "act_oppose_cues", ())),
                             _matcher(_alternatives(getattr(t, "act_context", ()), hyphen_space=True)),
                             _gated(compile_joint(getattr(t, "joint_subjects", ()), getattr(t, "joint_verbs", ()))),
                             compile_channel(getattr(t, "joint_subjects", ()), getattr(t, "joint_verbs", ())),
                             compile_pairs(getattr(t, "joint_subjects", ())), _matcher(inverse_context),
                             compile_declaration(*(getattr(t, k, ()) for k in ("declaration_verbs", "declaration_manners",
                                                                               "declaration_frames", "declared_acts"))),
                             frozenset(getattr(t, "declaration_countries", ())),
                             frozenset(getattr(t, "level_of", ())), compile_level(getattr(t, "level_terms", ())),
                             _matcher(_alternatives(getattr(t, "joint_subjects", ()))),
                             compile_condition(getattr(t, "conditioned_acts", ()), getattr(t, "act_conditions", ())),
                             _matcher(_alternatives(getattr(t, "charge_phrases", ()), hyphen_space=True)),
                             compile_level(getattr(t, "level_oppose_terms", ())), bool(getattr(t, "anaphora", False))))
    return out


def _gated(pattern: re.Pattern | None):
    """A joint pattern behind its literal gate (literal_gates.gated): it is searched on most sentences that hold a term
    and matches on almost none; the gate (a party's name and one of the joint verbs, read from the sentence's shared
    fold) skips the IGNORECASE search where a literal is missing (90% of those sentences on c300). Same matches. (The
    channel pattern gated so cost more than it saved: its scan fails fast.)"""
    return None if pattern is None else gated(pattern)


def about_other_partner(cues: TopicCues, named: set[str]) -> bool:
    """A sentence that names a country outside the topic's relation (and its third parties) and misses
    one of its countries ('Japan and the Philippines agreed to expand joint exercises') is about another
    relation. A sentence that names no country ('the two sides agreed ...') may still be about it."""
    return bool(cues.countries) and not cues.countries <= named and bool(named - cues.countries - cues.third_parties)


def topics_gate(topics: list[TopicCues]) -> PhraseMatcher | None:
    """Matches wherever some topic's terms match: a sentence it finds nothing in holds no reading."""
    return _matcher(sorted({a for t in topics if t.terms for a in t.terms.alternatives}))



# A topic's matchers whose alternatives are all among its terms (compile_topics puts them there), with the terms' own
# boundaries: each of their matches starts where topics_gate matches (tests/test_perf26.py checks it on the seeds)
GATED = ("terms", "support_phrases", "oppose_phrases", "inverse", "keywords", "context_keywords", "inverse_context",
         "act_objects", "inverse_act_objects", "joint_terms")


def gated_by_pair(topics: list[TopicCues]) -> Memo:
    """pair of characters -> per topic, the names of its GATED matchers that may start with it (PhraseMatcher.may_start;
    every matcher without the fast form). Filled on first use of each pair: a sentence's pairs at the gate's offsets
    tell, in one look-up each, which matchers to try at all."""
    return Memo(lambda pair: tuple(frozenset(f for f in GATED if (rx := getattr(t, f)) is not None and rx.may_start((pair,)))
                                   for t in topics))
