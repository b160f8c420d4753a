"""Which trigger words are predicates of a reported event, and who their subject is.

Pure, regex-level syntax for English news prose (no parser): a trigger is an event only when it is
a finite past/perfect verb (or an event noun governed by a light verb such as "held talks"), with a
named subject in its own clause. Infinitives, gerunds, participles before nouns, generic present
tense and habitual adverbs never make events; passives take their source from "by X"."""
import re
from functools import lru_cache

from pipeline.extract.actors import Mention

# ('this week lodged', 'this morning summoned': a time adverbial before the verb, not a determiner of a participle)
DETERMINER_BEFORE = re.compile(r"\b(?!(?i:this|that)\s+(?i:week|weekend|month|year|morning|afternoon|evening)\s+$)(?i:a|an|the|its|their|his|her|our|this|these|those|such|any|no|every|each|of|for|with)\s+(?:[a-z][\w\-]*\s+)?$")
BE_AUX_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+|not\s+)*$", re.IGNORECASE)
# a past progressive ('said it was imposing sanctions', 'were cancelling talks'): one reported act, as a past
# tense is; a present progressive stays ongoing/generic, 'being' stays passive
# (not after a person's pronoun: 'saying he was visiting in a private capacity' reports an ongoing trip)
PAST_PROGRESSIVE_BEFORE = re.compile(r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bHe\s)(?<!\bShe\s)\b(?:was|were)\s+(?:\w+ly\s+|also\s+|now\s+)?$",
                                     re.IGNORECASE)
# ('said it was tracking Chinese vessels': watching goes on, it is no one act)
WATCHING_VERB = re.compile(r"(?:track|monitor|watch|follow|shadow|patroll?|observ)ing\b", re.IGNORECASE)
# 'the 28,500 troops stationed here', 'forces based in Japan': a standing posture named by a reduced relative
STATIONED_AT = re.compile(r"(?:stationed|based|garrisoned)\s+(?:here|there|in|on|at|across|along|near|abroad|overseas)\b",
                          re.IGNORECASE)
HAVE_AUX_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+(?:\w+ly\s+|not\s+|also\s+|since\s+|already\s+|now\s+|just\s+)*$", re.IGNORECASE)
MODAL_OR_TO_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|shall|should|did|does|do|cannot|"
                                r"(?:can|won|wouldn|couldn|doesn|didn|don|shouldn|mustn)[’']t)\s+(?:\w+ly\s+|not\s+|also\s+)*$", re.IGNORECASE)
INVERTED_MODAL_BEFORE = re.compile(r"\b(?i:would|could|will|should|did|does|do|can|might|may|must|were|had)\s+[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,3}\s+$")
# ('warned the vessel by loudspeaker to leave', 'contacted the ship by radio': 'by' + a means of contact is no agent)
BY_AGENT_AFTER = re.compile(r"^\s+(?:\w+\s+){0,3}?by\s+(?!(?:loudspeakers?|megaphones?|radio|phone|telephone|letter|e-?mail|fax|"
                            r"video(?:\s+link)?|signal\s+lamp|flags?|hand)\b)", re.IGNORECASE)
# 'signed by Japan': an agent right after a past form makes it a passive participle whatever precedes it
BY_AGENT_RIGHT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
QUOTE_MARKS = str.maketrans({"“": " ", "”": " ", '"': " "})
POSSESSIVE_AFTER = re.compile(r"^[’']s?\b")
# a body's own sub-unit named by capitalised words after its possessor ("the Legislative Yuan's Internal Administration
# Committee passed", "the House's Committee on Foreign Affairs adopted"): no actor of its own (GUIDELINES), the body acts
UNIT_OWNER = re.compile(r"^[’']s?(?=\s)")
SUB_UNIT = re.compile(r"\s+(?:(?:[A-Z][\w\-]*|and|of|for)\s+){0,4}?(?:Committee|Subcommittee|Caucus)"
                      r"(?:\s+on(?:\s+(?:[A-Z][\w\-]*|and)){1,4})?(?=\s)")
# What may stand between a subject and its verb: an appositive, a parenthesis, adverbs, a time phrase
# ('has since praised': the adverb 'since', not a since-clause, which has its own words); a name's bracketed
# abbreviation may open the appositive ('the Council (MAC), the cabinet-level body in charge of ..., condemned').
SUBJECT_GAP = re.compile(
    r"^(?:\s*\([^()]{1,40}\)(?=\s*,))?(?:\s*,[^,;:“”\"]{1,90},)?(?:\s*\([^)]*\))?"
    # (a quotation may open on the auxiliary: 'Japan "cannot accept" the protest')
    r"(?:\s+[“\"]?(?:also|then|later|again|both|all|jointly|together|already|just|once|finally|first|last|"
    r"reportedly|publicly|formally|officially|flatly|firmly|strongly|sharply|swiftly|quickly|separately|"
    r"\w+ly|on\s+\w+(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?|in\s+\w+(?:\s+\d{4})?|"
    r"earlier|recently|since|last\s+\w+|this\s+\w+|today|yesterday|tonight|(?:on\s+)?\w+day\s+(?:morning|afternoon|evening|night)|"
    # a time adverbial of the news day ('late Tuesday', 'early on Wednesday', 'on the 3rd', 'earlier in the day',
    # 'the same day'): wire style puts it between subject and verb
    r"(?:late|early)\s+(?:on\s+)?\w+day|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|on\s+\d{1,2}\s+[A-Za-z]+\.?(?:\s+\d{4})?|in\s+the\s+(?:day|week|month|year|morning|afternoon|evening)|"
    r"the\s+(?:same|next|following|previous)\s+(?:day|morning|afternoon|evening|week|month)|has|have|had|was|were|is|are|be|been|did|does|do|will|would|could|cannot|can|"
    r"should|must|may|might|shall|not|never|\w*n[’']t|to|yet|plans?|planned|intends?|intended|aims?|aimed|expected|"
    r"set|scheduled|due|going|wants?|hopes?|needs?|seeks?|sought|vowed|pledged|promised|decided|went\s+on|began|"
    r"started|continued|tried|moved|refused|failed|declined|chose|proceeded|managed))*\s*[“\"‘']?$",
    re.IGNORECASE)
# a present participle opening a free adjunct after a comma ('criticized X on Thursday, accusing them of')
PARTICIPLE_AFTER_COMMA = re.compile(r"[^\s,]\s*,\s*(?:(?:also|then|later|again|further|while|before|after)\s+)?$", re.IGNORECASE)
# 'joined Washington in condemning', 'responded by summoning': a gerund of manner is the main subject's act
MANNER_GERUND = re.compile(r"[a-z]\s+(?:(?:an?|the|his|her|its|their)\s+[\w\-]+\s+)?(?:in|by)\s+$")
# 'issued a statement on Monday congratulating Lai', 'released a statement praising X': the gerund says what the
# statement did, an act of the clause's subject (no comma needed, unlike a free adjunct)
# ('sent a letter to the minister on Monday calling for', 'wrote to Beijing demanding': up to two short adjuncts, the
# addressee among them)
STATEMENT_GERUND = re.compile(r"\b(?:(?i:issued|released|published|posted|put\s+out|sent|wrote|delivered)\s+(?i:a|an|its|his|her|their)\s+"
                              r"(?:[\w\-]+\s+){0,2}?(?i:statement|message|letter|letters|post|note|notes|cable)|(?i:wrote))"
                              r"(?:\s+(?i:on|in|at|to|late|early|earlier|later|last|this)(?:\s+[\w\-.’']+){1,3}?){0,2}\s+$")
COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|appears?)\b", re.IGNORECASE)
# '... and (had) lodged': a coordinated verb, with its own perfect auxiliary
# ('but once again declined', 'and again urged': a repeated act on this occasion is still one act)
VERB_COORDINATION_GAP = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|had\s+|has\s+|have\s+|(?:once\s+)?again\s+)*[“\"‘']?$", re.IGNORECASE)
APPOSITIVE_COMMA = re.compile(r"\s*,\s*")
APPOSITIVE_CLOSE = re.compile(r"\s*,")
APPOSITIVE_THE = re.compile(r",\s+the\s+$")
COORDINATED_DESCRIPTION = re.compile(r"\band\s+[^,;:]*$")
# 'X and its Taiwanese counterpart, ' before the counterpart's name in apposition
COUNTERPART_BEFORE = re.compile(r"\s+and\s+(?:its|his|her|their)\s+(?:[A-Z][\w\-]*\s+)?counterparts?\s*,\s+(?:the\s+)?")
NAME_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")
# a preposition right before a name makes it the object of that preposition ('between Tokyo and Taipei')
PREPOSITION_OBJECT = re.compile(r"\b(?i:between|among|of|for|with|from|to|against|about|over|toward|towards|than|like|"
                                r"including|involving)\s+(?:(?i:the|both)\s+)?$")
# a name introduced by a kind noun and 'of' ('the Pacific island nation of Palau', 'the city of Kaohsiung'): the whole
# phrase, not a preposition's object, when no preposition governs it
KIND_OF = re.compile(r"\b(?i:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?i:nation|country|state|island|islands|kingdom|republic|city|town|"
                     r"prefecture|province|archipelago|territory|county|port)\s+of\s+(?:(?i:the)\s+)?$")
# ', and on Monday X ...': a coordination of clauses (a lowercase adjunct after the conjunction), not of names
CLAUSE_COORDINATION = re.compile(r"\s*[,;]\s*(?:and|but|while|whereas)\s+(?:[a-z][\w\-]*\s+){1,6}")
RELATIVE_START = re.compile(r"(?:,\s*|\b)(?:who|which)\s*$", re.IGNORECASE)

# the patterns of word_after, ambiguity_allows and drop_possessors, compiled once (same patterns, same flags)
NEXT_WORDS = re.compile(r"[\w’'\-$]+")
NEXT_WORDS_RAW = re.compile(r"[\w’'\-]+")
AMOUNT_OR_MODIFIER = re.compile(r"[$\d.,]+|million|billion|trillion|new|additional|further|more|possible|potential|"
                                r"proposed|planned|latest|first|second|major|large|large-scale|record|fresh")
POSSESSIVE_GAP = re.compile(r"[’']s?\s+(?:[A-Z][\w\-]*\s+)?")


def word_after(text: str, pos: int, *, skip_determiner: bool = True) -> str:
    """The next words after pos (after a determiner/possessive and any numbers or amounts)."""
    words = NEXT_WORDS.findall(text[pos:pos + 80])
    words = [w.casefold() for w in words]
    if skip_determiner and words and words[0] in {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these"}:
        words = words[1:]
        while words and AMOUNT_OR_MODIFIER.fullmatch(words[0]):
            words = words[1:]
    return " ".join(words[:4])


def ambiguity_allows(trigger, text: str, end: int, clause: str) -> bool:
    """The seeds' `ambiguous` conditions of one lemma: `not_before` cancels the reading when the next
    words start with an item, `requires_any` keeps it only when the clause holds an item."""
    if trigger.not_before:      # (the next words are read only for a lemma that has such items: most have none)
        nxt_raw = " ".join(w.casefold() for w in NEXT_WORDS_RAW.findall(text[end:end + 80])[:4])
        nxt = word_after(text, end)
        for item in trigger.not_before:
            item = item.casefold()
            if (nxt_raw + " ").startswith(item + " ") or (nxt + " ").startswith(item + " "):
                return False
    if trigger.requires_any:
        return bool(_any_of(trigger.requires_any).search(clause))
    return True


@lru_cache(maxsize=4096)
def _any_of(items: tuple[str, ...]) -> re.Pattern:
    """One compiled, case-insensitive word-bounded alternation per item list (compiled once)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True)) + r")(?!\w)",
                      re.IGNORECASE)


# how far before an event noun its light verb may stand: four words, or a moved PP ('conveyed to the Chinese side,
# through diplomatic channels, Japan's concern'); the light-verb pattern itself bounds the words between
LIGHT_VERB_WINDOW = 100


def predicate_shape(text: str, clause_start: int, start: int, end: int, form: str,
                    light_verb_re: re.Pattern | None) -> tuple[str, int] | None:
    """('active' | 'passive', anchor offset) when the trigger at [start, end) heads a finite event
    predicate, else None. form is the trigger's inflection kind: past, pp, pres3, base, ing, noun."""
    before = text[max(clause_start, start - 40):start]
    if form == "noun":
        # an event noun is an event only as the object of a light verb ("held talks", "lodged a protest")
        if light_verb_re is None:
            return None
        m = light_verb_re.search(text[max(clause_start, start - LIGHT_VERB_WINDOW):start])
        if not m:
            return None
        anchor = start - len(text[max(clause_start, start - LIGHT_VERB_WINDOW):start]) + m.start()
        lv_before = text[max(clause_start, anchor - 40):anchor]
        if MODAL_OR_TO_BEFORE.search(lv_before):
            return ("irrealis", anchor)
        return ("passive", anchor) if BE_AUX_BEFORE.search(lv_before) else ("active", anchor)
    if form == "ing" and (PARTICIPLE_AFTER_COMMA.search(before) or STATEMENT_GERUND.search(text, max(clause_start, start - 80), start) or
                          MANNER_GERUND.search(before) and not COPULA.search(text, clause_start, start)):
        return ("participle", start)   # '..., accusing them of', '..., calling for': an act of the main clause's subject
    if form == "ing" and PAST_PROGRESSIVE_BEFORE.search(before) and not WATCHING_VERB.match(text, start):
        return ("active", start)
    if form in ("ing", "pres3"):
        return None              # gerunds/participles; generic or habitual present
    if MODAL_OR_TO_BEFORE.search(before):
        # infinitive or modal ('would reject', 'plans to visit', 'did not meet'): a claim whose
        # modality decides; it is never an asserted event unless a completed-action verb governs it
        return ("irrealis", start) if form in ("base", "past") else None
    if form == "base":
        # a modal before the subject: question or inversion ('Why would Japan reject', 'Should China attack')
        return ("irrealis", start) if INVERTED_MODAL_BEFORE.search(before) else None
    if BE_AUX_BEFORE.search(before):
        return ("passive", start)
    if HAVE_AUX_BEFORE.search(before):
        return ("active", start)
    if STATIONED_AT.match(text, start):
        return None              # 'the troops stationed here': a station verb has an object, so this is a participle
    if DETERMINER_BEFORE.search(before) and not BY_AGENT_AFTER.match(text[end:end + 30]):
        return None              # "the proposed dialogue": an adjectival participle
    if form == "pp" and not BY_AGENT_AFTER.match(text[end:end + 30]):
        return None              # a bare participle without an agent
    if form in ("pp", "past") and (BY_AGENT_RIGHT_AFTER.match(text, end) or
                                   BY_AGENT_AFTER.match(text[end:end + 30]) and not _has_subject_slot(before)):
        return ("reduced", start)  # reduced relative: "a platform set up by the United States", "the agreement signed by X and Y"
    return ("active", start)


# 'has stationed missile units since 2016', 'has sent ships ... since the purchase': a perfect verb with a 'since' time
# where a complement clause opens after the verb: an infinitive or a that/whether clause
COMPLEMENT_OPEN = re.compile(r"\b(?:that|whether|to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b)[a-z]+)\b")
SINCE_TIME = re.compile(r"\bsince\s+(?:\d{4}\b|the\s|its\s|their\s|then\b|last\s|early\s|late\s|[A-Z][a-z]+\s+\d{4}\b)")
# 'has protested more than 20 times', 'scrambled over 500 times last year': an approximate count of occasions is a
# tally, no one occasion (an exact 'entered the waters seven times on Monday' tells one day's incursion and stays)
TALLY = re.compile(r"\b(?:(?:more|fewer|less)\s+than|over|nearly|almost)\s+(?:\d[\d,]*|[a-z]+(?:ty|teen)|a\s+dozen|a\s+hundred)\s+times\b"
                   r"(?!\s+(?:as|more|larger|bigger|higher|greater|faster|over)\b)", re.IGNORECASE)


def iterative_after(text: str, anchor: int, end: int, clause_end: int, *, words: tuple[str, ...]) -> bool:
    """The rest of the verb's clause makes it a series or a standing state, not one occasion: an iterative adverb
    anywhere after it ('sent ships into the area regularly', 'hosted officers in recent years'), or 'since <time>'
    after a perfect ('has stationed units there since 2016')."""
    complement = COMPLEMENT_OPEN.search(text, end, clause_end)
    clause_end = complement.start() if complement else clause_end   # 'called on Japan to hold drills every year': the ask is one act
    if end >= clause_end:
        return False
    if words and _any_of(words).search(text, end, clause_end) or TALLY.search(text, end, clause_end):
        return True
    return bool(HAVE_AUX_BEFORE.search(text, max(0, anchor - 40), anchor) and SINCE_TIME.search(text, end, clause_end))


CAPITAL_WORD_END = re.compile(r"[A-Z][\w’'\-]*\s*$")


def _has_subject_slot(before: str) -> bool:
    return bool(CAPITAL_WORD_END.search(before))


def subject_group(text: str, clause_start: int, anchor: int, mentions: list[Mention],
                  coordination, asset_re: re.Pattern | None = None) -> list[Mention] | None:
    """The named subject right before the verb at anchor: the nearest mention whose gap to the verb
    holds only an appositive, adverbs, auxiliaries or a time phrase; a possessor ("Beijing's
    intentions") is no subject. Returns None when the verb has no nameable subject."""
    # a native-script name or abbreviation in brackets belongs to the name before it ('Lee Yi-yang (李逸洋), called')
    before = drop_parenthesised(text, drop_possessors(text, [m for m in mentions if clause_start <= m.start and m.end <= anchor]))
    if not before:
        return None
    last = before[-1]
    gap = text[last.end:anchor]
    bracket = NAME_BRACKET.match(gap)
    if bracket and APPOSITIVE_COMMA.fullmatch(gap, bracket.end()):
        gap = gap[bracket.end():]     # ', Lee Yi-yang (李逸洋), called on': the appositive name, then its verb
    owned = POSSESSIVE_AFTER.match(gap)
    unit = SUB_UNIT.match(gap, owner.end()) if (owner := UNIT_OWNER.match(gap)) else None
    if unit:
        gap = gap[unit.end():]      # "the House of Representatives' Committee on Foreign Affairs adopted": the House
    elif owned:
        # "the council's previous delegation visited", "China's coast guard ships entered": the owner acts through its
        # assets; any other possessed noun ("Beijing's intentions") is the subject, and names no actor
        if asset_re is None or not asset_re.match(gap, owned.end()):
            return described_by_appositive(text, clause_start, anchor, before, coordination)
        gap = gap[owned.end():]
    gap = gap.translate(QUOTE_MARKS)     # 'China "firmly opposes"': a quotation may open between subject and verb
    asset = asset_re.match(gap) if asset_re is not None else None
    if asset:
        gap = gap[asset.end():]      # 'China Coast Guard vessels entered': the actor acts through its assets
    # ('a local group, the X Network, marched': a name in apposition after a described subject may open on 'the'; not
    # after a name, 'Zhang, the Foreign Ministry spokeswoman,', which that apposition describes, nor after a
    # description coordinated with a name, 'X and its counterpart, the Y Association,', where both are the subject)
    the = APPOSITIVE_THE.search(text, max(0, last.start - 8), last.start)
    if the is not None and (any(text[m.end:the.start()].strip() in ("", ")") for m in before[:-1])
                            or COORDINATED_DESCRIPTION.search(text, clause_start, the.start())):
        the = None
    appositive_name = (text[max(0, last.start - 2):last.start].strip() == "," or the is not None) \
        and (closing := APPOSITIVE_CLOSE.match(gap)) \
        and SUBJECT_GAP.match(gap[closing.end():])
    if (closing := APPOSITIVE_CLOSE.match(gap)) and SUBJECT_GAP.match(gap[closing.end():]) \
            and (pair := counterpart_pair(text, clause_start, before, coordination)):
        return pair       # 'X and its Taiwanese counterpart, Y, signed': both sign
    # ('A spokesman for the council, Liang Wen-chieh, on Monday criticized': a name in apposition, closed by its comma,
    # then what may stand between a subject and its verb)
    if not SUBJECT_GAP.match(gap) and not appositive_name:
        head = appositive_head(text, clause_start, before, last) if APPOSITIVE_COMMA.fullmatch(gap) else None
        group = coordination(before[:before.index(head) + 1], text, nearest_last=True) if head is not None else []
        if not group or PREPOSITION_OBJECT.search(text, max(clause_start, group[0].start - 30), group[0].start):
            return described_by_appositive(text, clause_start, anchor, before, coordination)
        return group
        # (', Liang Wen-chieh, criticized': a name in an appositive before its verb is still the subject;
        # 'Keiji Furuya, chairman of the Council, met': the name the appositive describes is)
    group = coordination(before, text, nearest_last=True)
    plural = [m for m in group if (m.start, m.end) == (last.start, last.end)]
    if len(plural) > 1:
        group = plural    # 'talks between A and B, the two allies accused': a plural description is the whole subject
    kind = KIND_OF.search(text, max(clause_start, group[0].start - 60), group[0].start) if group else None
    if kind and not PREPOSITION_OBJECT.search(text, max(clause_start, kind.start() - 30), kind.start()):
        return group      # 'the small island nation of Palau cut ties': 'of' names the subject itself
    if group and PREPOSITION_OBJECT.search(text, max(clause_start, group[0].start - 30), group[0].start):
        if len(group) > 1 and CLAUSE_COORDINATION.match(text, group[-2].end, group[-1].start):
            return group[-1:]   # 'cut ties with Taipei, and on Monday China resumed': the last name opens a new clause
        if len(group) > 1 and APPOSITIVE_COMMA.fullmatch(text, group[-2].end, group[-1].start):
            return group[-1:]   # 'a spokesperson for the Council, Liang Wen-chieh, criticized': the appositive names the subject
        if len(group) > 1 and not text[group[0].end:group[1].start].strip():
            return group[1:]    # 'Ambassador to Japan Wu Jianghao warned': the title's country, then the name
        if len(group) > 1 and FRONTED_CLOSE.fullmatch(text, group[-2].end, group[-1].start):
            return group[-1:]   # 'after Pelosi's visit to Taipei, the PLA fired': a fronted phrase's comma, then the subject
        return None      # 'experts on cooperation between Tokyo and Taipei have suggested': an object, not the subject
    return group


# the comma that closes a fronted phrase before the subject's name ('after the visit to Taipei, the PLA fired')
FRONTED_CLOSE = re.compile(r"\s*,\s*the\s+")
APPOSITIVE_OPEN = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s+(?:a|an|the|its|his|her)?\b[^,;:“”\"]{0,90}$")


# a comma-closed appositive right before the verb ('Kenji Kanasugi, director-general of the ministry's Asian affairs bureau,
# lodged'): what SUBJECT_GAP allows after the subject, with the appositive required
# (after a bracketed abbreviation or native-script name: 'the Council (MAC), the body in charge of China policy,')
APPOSITIVE_BEFORE_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,[^,;:“”\"()]{1,90},")


def described_by_appositive(text: str, clause_start: int, anchor: int, before: list[Mention], coordination) -> list[Mention] | None:
    """The subject when names inside an appositive stand between it and the verb ('X, director-general of the Foreign
    Ministry's bureau, lodged', 'X, a minister at the Chinese Embassy in Tokyo, said'): the last name before the
    appositive's opening comma whose gap to the verb is that appositive (plus what SUBJECT_GAP allows), when it is no
    object of a preposition. None when there is no such name."""
    for i in range(len(before) - 2, -1, -1):
        m = before[i]
        apposition = APPOSITIVE_BEFORE_VERB.match(text, m.end, anchor)
        if apposition is None or not SUBJECT_GAP.match(text[apposition.end():anchor]):
            continue
        if text[apposition.end():anchor].strip().startswith(","):
            return None
        group = coordination(before[:i + 1], text, nearest_last=True)
        if not group or PREPOSITION_OBJECT.search(text, max(clause_start, group[0].start - 30), group[0].start):
            return None
        return group
    return None


def counterpart_pair(text: str, clause_start: int, before: list[Mention], coordination) -> list[Mention] | None:
    """'X and his Japanese counterpart, Y,' / 'X and their counterparts, Y and Z,': the named counterpart in apposition
    is coordinated with X (the subject is both), when X is no object of a preposition."""
    for i in range(len(before) - 1):
        if COUNTERPART_BEFORE.fullmatch(text, before[i].end, before[i + 1].start):
            first = coordination(before[:i + 1], text, nearest_last=True)
            if not first or PREPOSITION_OBJECT.search(text, max(clause_start, first[0].start - 30), first[0].start):
                return None
            return first + coordination(before[i + 1:], text, nearest_last=True)
    return None


def appositive_head(text: str, clause_start: int, before: list[Mention], last: Mention) -> Mention | None:
    """The name an appositive ending right before the verb describes ('Keiji Furuya, chairman of the Council, met'):
    the mention right before the appositive's opening comma, when it is no object of a preposition."""
    for m in reversed(before[:-1]):
        if APPOSITIVE_OPEN.fullmatch(text, m.end, last.start):
            return None if PREPOSITION_OBJECT.search(text, max(clause_start, m.start - 30), m.start) else m
    return None


def drop_possessors(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions minus possessors of the next mention ('Taiwan' in "Taiwan's Coast Guard
    Administration"), which belong to that name, not to the coordination."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and POSSESSIVE_GAP.fullmatch(text[m.end:nxt.start]):
            continue
        out.append(m)
    return out


def drop_parenthesised(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions minus those in a parenthesis right after another name: a native-script name, an
    abbreviation or an affiliation ('Cheng Li-wun (鄭麗文)', '(DPP)', '(KMT)') belongs to that name, and
    is neither the subject nor a participant of its own."""
    out = []
    for i, m in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        if prev is not None and PARENTHESIS_OPEN.fullmatch(text, prev.end, m.start) and PARENTHESIS_CLOSE.match(text, m.end):
            continue
        out.append(m)
    return out


PARENTHESIS_OPEN = re.compile(r"\s*\((?:[^()]{0,40}[,;/]\s*)?")
PARENTHESIS_CLOSE = re.compile(r"[^()]{0,40}\)")


# 'welcomed the decision but urged Tokyo ...': 'but' breaks the clause (clauses.CLAUSE_BREAK), so the coordinating
# word lies just before the clause's start, and only adverbs/auxiliaries stand between it and the verb
BUT_BEFORE = re.compile(r"\bbut\s*$", re.IGNORECASE)
BARE_VERB_GAP = re.compile(r"\s*(?:(?:\w+ly|also|then|later|had|has|have|(?:once\s+)?again)\s+)*")


def is_verb_coordination(text: str, clause_start: int, anchor: int) -> bool:
    """'... said X and warned Y', '... welcomed X but urged Y': the verb shares the subject of the previous predicate."""
    if VERB_COORDINATION_GAP.search(text[max(clause_start, anchor - 30):anchor]):
        return True
    return BUT_BEFORE.search(text, max(0, clause_start - 6), clause_start) is not None \
        and BARE_VERB_GAP.fullmatch(text, clause_start, anchor) is not None


# a comma before a list item: 'X conceded defeat, congratulated Y and announced ...' (adverbs may stand between)
COMMA_BEFORE = re.compile(r",\s*(?:(?:\w+ly|also|then|later)\s+)*$", re.IGNORECASE)
LIST_CLOSE = re.compile(r"[^;:]*?\band\s+(?:\w+ly\s+)?[a-z]+ed\b")


def is_list_verb(text: str, clause_start: int, anchor: int, sentence_end: int) -> bool:
    """'X conceded defeat, congratulated Y and announced ...': a bare verb right after a comma, in a list that an
    'and' + verb closes later in the sentence, shares the subject of the list's first verb."""
    return COMMA_BEFORE.search(text, max(clause_start, anchor - 40), anchor) is not None \
        and LIST_CLOSE.match(text, anchor, sentence_end) is not None


def relative_antecedent(text: str, sentence_start: int, clause_start: int, mentions: list[Mention],
                        persons: set[str]) -> Mention | None:
    """The antecedent of a clause opened by ', who' / ', which': the nearest person mention before
    it for 'who', the nearest mention for 'which'."""
    head = text[max(sentence_start, clause_start - 8):clause_start]
    m = RELATIVE_START.search(head)
    if not m:
        return None
    who = m.group(0).strip(", ").casefold() == "who"
    cands = [x for x in mentions if sentence_start <= x.start and x.end <= clause_start - len(m.group(0))]
    if who:
        cands = [x for x in cands if x.actor_id in persons]
    return cands[-1] if cands else None
