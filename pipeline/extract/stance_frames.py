"""How a stance's own frame qualifies it: negations that do not deny the position cue (continuity, contrast),
concessions that take no position, and acts (holding talks) that credit only those who choose them. Pure
functions over compiled patterns; used by ClaimExtractor.stances."""
import re
from functools import lru_cache

# Negations that do not deny the position cue after them. A denied change affirms continuity ('there is no
# change to Japan's position of maintaining ...', 'has not changed its policy of ...'); a contrastive 'rather
# than' / 'instead of' denies everything after it in its clause, however far ('should respect X rather than
# send generals to help them resist Y').
CONTINUITY_NEGATION = re.compile(r"\b(?:no\s+change|not\s+(?:\w+ly\s+)?(?:change|alter|affect|modify)[ds]?|never\s+changed|unchanged)\b"
                                 r"(?![^,;:]*\b(?:not|never|no)\b)(?=[^;:]*$)", re.IGNORECASE)
CONTRASTIVE_NEGATION = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)
# a negative quantifier as the clause's subject denies its predicate as 'not' would ('None of this requires Tokyo
# to abandon ...', 'Nothing in the accord obliges ...', 'No one is proposing ...')
# (also the subject of a reported clause: 'Hayashi said nothing in the strategy requires ...')
NEGATIVE_SUBJECT = re.compile(r"(?:^[\s“‘\"]*(?:(?:but|and|yet|so)\s+)?|\b(?:that|said|says|say|added|noted|stressed|argued|insisted)\s+)"
                              r"(?:none\s+of|nothing|no\s+one|nobody|neither)\b[^,;:]*$", re.IGNORECASE)


# a concession grants a case without taking a position on it ('talks, even if they have to remain unofficial')
CONCESSIVE = re.compile(r"\beven\s+if\b", re.IGNORECASE)
# a condition's own clause states no position either ('If Japanese forces were to take part in a conflict over
# Taiwan, it would be seen as ...'); the main clause after it may ('If China attacks, Japan must defend Taiwan')
CONDITION_CLAUSE = re.compile(r"[\s“‘\"]*(?:if|unless|in\s+case|in\s+the\s+event\s+that)\b[^,;:—]*$", re.IGNORECASE)


# the matter of a question put to someone ('Rice, asked whether the United States would defend Taiwan, ...', 'Asked
# if Tokyo would hold talks, Hayashi said ...'): what was asked is no one's position, the answer may be
ASKED_MATTER = re.compile(r"\b(?:ask|asks|asked|asking|question|questions|questioned|wonder|wonders|wondered)\b"
                          r"[^.;:?!]{0,80}?\b(?:whether|if)\b[^,;:.?!—]*$"
                          # the topic of a question ('I would like to ask about the so-called ...', 'Asked about the visit,
                          # ...'): a cue in it is the asker's wording of the matter, not a position
                          r"|\b(?:ask|asks|asked|asking|inquire|inquires|inquired|enquire|enquired)\s+(?:[\w’'\-]+\s+){0,3}?"
                          r"(?:about|regarding|concerning)\b[^,;:.?!—]*$", re.IGNORECASE)


def asked_matter(sentence_before: str) -> bool:
    """Whether the words of a sentence before a cue end inside the matter of a question put to someone."""
    return bool(ASKED_MATTER.search(sentence_before))


def negative_subject(clause_before: str) -> bool:
    """Whether the clause before a cue opens with a negative quantifier subject ('None of this requires ...'):
    it denies even a self-sufficient phrase, which otherwise carries its own negation."""
    return bool(NEGATIVE_SUBJECT.search(clause_before))


def stance_modality(clause_before: str, modality: str) -> str:
    """The modality of a position cue given the words of its clause before it (clause_before) and the
    modality read from its nearest words: a continuity frame lifts a negation, a contrast imposes one, a
    concession ('even if') makes it hypothetical (a holder's position is never read from a concession)."""
    if CONCESSIVE.search(clause_before) or CONDITION_CLAUSE.match(clause_before):
        return "concessive"
    if modality == "negated" and CONTINUITY_NEGATION.search(clause_before):
        return "asserted"
    if modality != "negated" and (CONTRASTIVE_NEGATION.search(clause_before) or NEGATIVE_SUBJECT.search(clause_before)):
        return "negated"
    return modality


# Holding talks or a drill is a position only of those who choose to (GUIDELINES: parties that voluntarily
# hold security talks): a state, agency or military that holds one carries out a policy stated elsewhere.
HOLDING_CUE = re.compile(r"(?:hold|holds|held|holding|convene|convenes|convened|convening)", re.IGNORECASE)
OFFICIAL_TYPES = frozenset({"state", "government_body", "military"})


# ... unless the holding is what the body asks for: 'proposed that Taipei and Tokyo hold a dialogue', 'urged Japan to hold
# talks' (a proposal is a position whoever makes it)
ASKED_BEFORE = re.compile(r"\b(?:propos(?:e|es|ed|ing|al)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:for|on)|suggest(?:s|ed|ing)?|"
                          r"recommend(?:s|ed|ing)?|want(?:s|ed)?|hope(?:s|d)?|wish(?:es|ed)?|push(?:es|ed)?\s+for)\b[^.;:]{0,80}$",
                          re.IGNORECASE)


ASKED_DOER_REACH = 45    # characters from the asking verb to the holding cue when the holding has its own named subject


def credited_by_act(cue_text: str, actor_type: str | None, before: str = "", doer: bool = False) -> bool:
    """Whether a holder of a reading is credited with it: not an official body whose cue is holding an event, unless the
    words before the cue (before) ask for it; nobody but its doer when another name is the holding's own subject right
    before it (doer: 'the exercises the U.S. and Japan hold on ...' is their holding, not the speaker's)."""
    if not HOLDING_CUE.fullmatch(cue_text):
        return True
    asked = ASKED_BEFORE.search(before)
    # (the doer as the asked clause's subject: 'proposed that Taipei and Tokyo hold'; deeper in it, a relative clause:
    # 'proposed that Seoul send observers to the exercises the U.S. and Japan hold')
    if asked and (not doer or len(before) - asked.start() <= ASKED_DOER_REACH):
        return True
    return not doer and actor_type not in OFFICIAL_TYPES


# The agents of a passive act after its cue ('the dialogue was held ..., co-hosted by A, B and C', 'talks attended
# by lawmakers from A and B', 'a proposal by A'): those who chose the act hold the position, not the act's grammatical
# subject (a dialogue, a proposal). A few words may stand between 'by' and the name ('by senior lawmakers from').
AGENT_FRAME = re.compile(r"\b(?:(?:co-)?(?:hosted|organi[sz]ed|sponsored|convened)|attended|proposed|initiated|"
                         r"put\s+forward|proposals?|initiatives?)\s+by\s+(?:[\w’'\-]+\s+){0,8}?$", re.IGNORECASE)


def passive_agents(text: str, pos: int, clause_end: int, mentions, group) -> list:
    """The named agents of a passive act after offset pos in its clause (the first name after the frame and
    the names coordinated with it), [] when the clause holds none."""
    after = [m for m in mentions if pos <= m.start and m.end <= clause_end]
    for i, m in enumerate(after):
        # the act is passive ('was held ..., co-hosted by') or a noun ('a proposal by'); an active cue has its own
        # subject ('Japan supports the talks proposed by Taiwan': Japan holds it)
        if AGENT_FRAME.search(text, max(pos, m.start - 60), m.start) and (
                PASSIVE.search(text, max(0, pos - 30), m.start) or NOUN_CUE.match(text, pos)):
            agents = group(after[i:], text, nearest_last=False)
            # a list of hosts ('A (AA), the B, and C's D'): commas, 'and', articles, possessors, acronyms
            for prev, nxt in zip(after[i:], after[i + 1:]):
                if nxt not in agents and not AGENT_GAP.fullmatch(text, prev.end, nxt.start):
                    break
                agents = agents if nxt in agents else [*agents, nxt]
            return agents
    return []


PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en)|held|put|made)\b", re.IGNORECASE)
NOUN_CUE = re.compile(r"(?:proposals?|initiatives?)\b", re.IGNORECASE)
AGENT_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?(?:[A-Z][\w.\-]*['’]s\s+)?")


# The relation's two parties as the one subject of a joint act under a modal or a verb of need: 'Japan and Taiwan
# need to talk', 'Tokyo and Taipei should be sharing radar data', 'Japan and Taiwan must now think, and together,
# about ...'. Up to four words (adverbs, a comma) between the modal and the act verb; a negated modal is read by
# the claim's modality ('should not talk' = oppose). Only where the sentence names a security matter.
# Up to five words may stand before the act ('should set up a channel to [share] ...'), never a word of delay, whose
# negation urges the act rather than denying it ('must not wait for a crisis to start talking').
JOINT_GAP = r"(?:(?!(?:wait|waits|waited|waiting|until|unless|before|without)\b)[\w’'\-]+,?\s+){0,5}?"
# (a quotation may open at the modal: 'Japan and Taiwan "should begin a real dialogue on security"')
JOINT_MODAL = (r"\s+[“\"]?(?:(?:now|also|still|then|really|\w+ly)\s+)*(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|"
               r"ought\s+to|had\s+better|will\s+have\s+to|would\s+have\s+to)\s+(?:not\s+|never\s+)?(?:be\s+)?" + JOINT_GAP)
# The parties as the object of a directive: whoever urges or encourages them to act jointly supports the act ('we
# ought to be encouraging Tokyo and Taipei to share what they see', 'urged Japan and Taiwan to exchange information')
JOINT_DIRECTIVE = (r"\b(?:urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|"
                   r"call(?:s|ed|ing)?\s+on|help(?:s|ed|ing)?|want(?:s|ed|ing)?|allow(?:s|ed|ing)?)\s+(?:both\s+)?")
JOINT_TO = r"\s+to\s+(?:(?:\w+ly|also|now)\s+)?(?:be\s+)?"
# The parties' joint act as what a wish or a purpose clause wants: 'we hope Tokyo and Taipei can talk', 'so that our coast
# guards can talk to each other' (the speaker wants the act, as with a modal of need)
JOINT_WISH = r"\b(?:so\s+that|in\s+order\s+that|hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?)\s+(?:that\s+)?"
JOINT_WISH_MODAL = r"\s+(?:can|could|will|would|may)\s+(?:(?:\w+ly|also|now|finally|then)\s+)?(?:be\s+able\s+to\s+)?"


def compile_joint(subjects, verbs) -> re.Pattern | None:
    """The joint-act pattern of a topic (topics.yaml joint_subjects, joint_verbs), None without both lists."""
    if not subjects or not verbs:
        return None
    alt = lambda items: "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in sorted(items, key=len, reverse=True))  # noqa: E731
    return re.compile(r"(?:(?<!\w)(?:" + alt(subjects) + ")" + JOINT_MODAL + "|" + JOINT_DIRECTIVE + "(?:" + alt(subjects) + ")" + JOINT_TO
                      + "|" + JOINT_WISH + "(?:" + alt(subjects) + ")" + JOINT_WISH_MODAL + r")(?P<act>" + alt(verbs) + r")(?!\w)", re.IGNORECASE)


# a context term that names an office is no security matter of the sentence ('Former Minister of Defense X said ...',
# 'Defense Minister Y', 'the Ministry of National Defense')
OFFICE_BEFORE = re.compile(r"\b(?:Minister|Ministry|Secretary|Department|Agency|Vice-Minister)\s+(?:of|for)\s+(?:National\s+|State\s+for\s+)?$")
OFFICE_AFTER = re.compile(r"\s+(?:Minister|Ministry|Secretary|Department|Agency|Vice-Minister|Attaché|Attache)\b")


@lru_cache(maxsize=8)    # pure; asked again for the same sentence by joint_reading, channel_reading and topic_readings
def security_context(sentence: str, context) -> bool:
    """Whether a context term (topics.yaml context_terms) names a security matter in the sentence, not an office."""
    return context is not None and _security_context(sentence, context)


@lru_cache(maxsize=32)
def _security_context(sentence: str, context) -> bool:
    """security_context, memoised: each topic reads it for the same sentence (and the same words before it), and
    topics share their context terms (a pure function of both)."""
    return any(
        not OFFICE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) and not OFFICE_AFTER.match(sentence, m.end())
        for m in context.finditer(sentence))


def joint_reading(sentence: str, joint: re.Pattern | None, context, *, context_before: str = "") -> tuple[int, str] | None:
    """(start, text) of the act verb of a joint act of the relation's parties ('Japan and Taiwan should not [talk]':
    its modality is read there) where the sentence, or the words just before it (context_before), names a security
    matter: the parties' joint act is about what the discourse is about ('The two militaries track the same ships.
    "Japan and Taiwan ought to be sharing that data"')."""
    m = joint.search(sentence) if joint is not None else None    # (rare: read before the context, both are pure)
    if m is None or not (security_context(sentence, context) or context_before and security_context(context_before, context)):
        return None
    return m.start("act"), m.group("act")
