"""Reported speech as an act: the reporting frame's own modality and time, the verbal act a named
speaker's position amounts to (syntax.yaml statement_events), and naming verbs typed by their
complement (syntax.yaml characterisation). Pure functions."""
import re

from pipeline.extract.clauses import FRAME_AUX
from pipeline.extract.dates import TimeRef
from pipeline.extract.sentences import Sentence

NEGATED_FRAME = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+ly\s+)?$|\b(?:declined|refused)\s+to\s+$", re.IGNORECASE)
HYPOTHETICAL_FRAME = re.compile(r"\b(?:would|could|might|may|will|should|must)\s+(?:not\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# '..., was more outspoken, saying ...': a participial reporting verb takes the tense of its main clause
PAST_MAIN_CLAUSE = re.compile(r"\b(?:was|were|had|said|told|\w+ed)\b[^.;]*,\s*$", re.IGNORECASE)
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
AFTER_VERB_BREAK = re.compile(r"\bthat\b|[“\",]")
# the complement after a named object: 'an important friend', '“a troublemaker”', 'as a threat'
CHARACTERISED_AS = re.compile(r"[\s“‘\"]*(?:as\s+)?[“‘\"]?((?:a|an|the|its|our|their|his|her)\s+[^,.;:”’\"]{1,60})")
WORDS = re.compile(r"[\w\-]+")
# -- attribution grammar (used by ClaimExtractor.attribution) --
# what may stand between a speaker and the reporting verb without a comma: a native-script name in
# brackets and a time ('spokesman Guo Jiakun (郭嘉昆) yesterday said')
TIME_GAP = r"(?:(?:yesterday|today|earlier|later|also|again|then|on\s+\w+day|last\s+\w+|\w+ly)\s+)*"
SPEAKER_TIME_GAP = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?" + TIME_GAP + FRAME_AUX)
# an apposition or relative clause between the speaker and the verb: 'Zhu Fenglian, a spokesperson for
# the Taiwan Affairs Office, said'; 'Akiko Shimoda, who is visiting Taiwan, said': the name inside it
# is not the speaker
# (two appositions may stand there: 'Su Tzu-yun, a research fellow at the institute, a think tank funded by ..., told')
APPOSITIVE_GAP = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?!and\b|but\b)[^,;:“”\"]{3,110}){1,2},\s*" + TIME_GAP + FRAME_AUX)
APPOSITION_AFTER = re.compile(r"\s*,\s*[^,;:“”\"]{0,120}")
# an unnamed member speaking for a named body: 'a spokesperson for China's Ministry of Foreign Affairs said', 'an official
# at Taiwan's Ocean Affairs Council said' (the body is the speaker; a named member would be named instead)
UNNAMED_ROLE_OF = re.compile(r"\b(?:an?|one)\s+(?:(?:senior|unnamed|[A-Z][\w.\-]*)\s+)?(?:spokesperson|spokesman|spokeswoman|"
                             r"official|representative)\s+(?:for|of|at|from|in)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*['’]s\s+)?$",
                             re.IGNORECASE)
# the sentence's subject did something else first: 'Taiwan's Foreign Ministry welcomed the visit and said ...'
# (a short quoted phrase may stand in the first predicate: 'expressed "grave concern" last July and said ...')
# (a time and its bracketed date may stand before the first verb: 'Li on Sunday (Jun 4) warned ... and said')
COORDINATED_SPEAKER_GAP = re.compile(r"\s+(?:(?:also|later|then|again|\w+ly|yesterday|today|on\s+\w+day)\s+)*(?:\([^()]{1,20}\)\s+)?"
                                     r"[a-z]+(?:ed|s)\b"
                                     r"(?:[^;:“”\"]|[“\"][^;:“”\"]{1,40}[”\"]){0,100}?"
                                     r"\s+and\s+(?:(?:also|later|then|\w+ly)\s+)*" + FRAME_AUX)
# a pronoun speaker right before the reporting verb, also in the passive ('he said', 'she was quoted as saying')
# ('He also said ...', 'She later told reporters ...': an adverb of sequence may stand between, events30)
PRONOUN_SPEAKER = re.compile(r"\b(?:he|she)\s+(?:(?:also|later|then|further|again)\s+)?(?:(?:was|is|has\s+been)\s+(?:(?:quoted|cited)\s+as\s+)?)?$",
                             re.IGNORECASE)
# (lower-case role nouns belong to the subject's title: 'Chinese Foreign Ministry spokesperson Mao Ning')
# (a wire dateline may open it: 'SINGAPORE: ...', 'SEOUL, Dec. 16 (Yonhap) -- ...')
SENTENCE_SUBJECT_PREFIX = re.compile(r"[\s“‘\"]*(?:[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+)*(?:,[^:;\n]{1,20}?)?(?:\s*\([^()]{1,30}\))?\s*(?::|--|—|–|-)\s+)?"
                                     r"(?:[^,;:“”\"]{0,60},\s*)?(?:(?:the|a|an|[A-Z][\w’'.\-]*|spokesperson|spokesman|"
                                     r"spokeswoman|minister|secretary|ambassador|envoy|lawmaker|legislator|member|official|"
                                     r"chief|director|adviser|advisor)\s+){0,6}")
OPENS_QUOTE = re.compile(r"\s*[“\"]")


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A line that announces someone's own words after it, the form of official releases and full texts ('A translation of
# President Tsai's remarks follows:', 'Following is the full text of the minister's statement:'): the owner of the words
REMARKS_FOLLOW = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}(?:remarks|speech|address|statement|message|comments|letter|"
                            r"article|op-ed|answers)\b[^.:;]{0,40}?(?:\bfollows?|\bas\s+follows|\bbelow|\bis\s+below)?\s*[.:]\s*$",
                            re.IGNORECASE)
REMARKS_INTRO = re.compile(r"\b(?:follows?|as\s+follows|below)\s*[.:]\s*$|^\s*(?:Following|Below|Here)\s+(?:is|are)\b[^.]*:\s*$",
                           re.IGNORECASE)


def remarks_owner(text: str, s: Sentence, mentions) -> str | None:
    """The actor whose words the paragraphs after sentence s are ('A translation of President Tsai's remarks
    follows:'), None when s announces no one's words."""
    m = REMARKS_FOLLOW.search(s.text)
    if m is None or not REMARKS_INTRO.search(s.text):
        return None
    at = s.start + m.start()
    return next((x.actor_id for x in reversed(mentions) if x.end == at), None)


def paragraph_before(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the last non-blank paragraph before offset pos (at most 1,000 characters back)."""
    end = len(text[:pos].rstrip())
    start = text.rfind("\n\n", max(0, end - 1000), end)
    return (max(0, end - 1000) if start < 0 else start + 2), end


QUOTED_SPAN = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


SPACE_OR_PUNCTUATION = re.compile(r"[\s.,;:!?—–\-]")


def wholly_quoted_paragraph(text: str, pos: int) -> bool:
    """Whether the paragraph holding offset pos is a quotation and nothing else (no attribution, no
    narration outside the marks): in news style it goes on with the speaker of the paragraph before
    ('..., Su told RFA.' / '"Japan and Taiwan should ..."')."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", pos)
    para = text[start:len(text) if end < 0 else end].strip()
    return para[:1] in "“\"" and bool(para) and not SPACE_OR_PUNCTUATION.sub("", QUOTED_SPAN.sub("", para))
QUOTE_MARK = re.compile("[“”\"]")


def quote_closers(text: str, sentences: list[Sentence]) -> dict[int, int]:
    """{i: j} for every sentence i inside a quotation that runs on and closes in the later sentence j
    of the same paragraph ('“China firmly opposes ... region. We have lodged ...,” Hua said.': the
    first sentence is Hua's words too). A quotation still open at a paragraph's end is dropped."""
    out: dict[int, int] = {}
    run: list[int] = []
    inside = False
    for i, s in enumerate(sentences):
        if i and PARAGRAPH_BREAK.search(text, sentences[i - 1].end, s.start):
            run, inside = [], False
        for ch in QUOTE_MARK.findall(s.text):   # only the quote marks change the state: no loop over every character
            if ch == "“":
                inside = True
            elif ch == "”":
                inside = False
            elif ch == '"':
                inside = not inside
        if inside:
            run.append(i)
        elif run:
            out.update((k, i) for k in run)
            run = []
    return out


def after_quote_close(s: Sentence, pos: int) -> bool:
    """Whether offset pos lies in the frame after the quotation that closes in sentence s ('...,” Hua said'):
    after its first closing mark and before any quotation it opens next ('...," she said, and accused the
    minister of "making promises ..."')."""
    marks = [i for i in (s.text.find("”"), s.text.find('"')) if i >= 0]
    if not marks:
        return False
    close = min(marks)
    reopen = [i for i in (s.text.find("“", close + 1), s.text.find('"', close + 1)) if i >= 0]
    local = pos - s.start
    return close <= local and (not reopen or local < min(reopen))


def quotation_open_at(text: str, pos: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at offset pos (its words go on in the
    sentence there): the last curly mark before pos opens, or an odd number of straight marks precede it."""
    start = text.rfind("\n\n", 0, pos)
    para = text[start + 1 if start >= 0 else 0:pos]
    if "“" in para or "”" in para:
        return para.rfind("“") > para.rfind("”")
    return para.count('"') % 2 == 1


def inside_quotation(sentence: str, local: int) -> bool:
    """Whether offset local of a sentence lies inside a quotation it opens ('"The United States should state
    plainly ...': the quoted speaker's verb, not the sentence's reporting frame)."""
    before = sentence[:local]
    if before.rfind("“") > before.rfind("”"):
        return True
    # a straight mark opens when it follows a space or the sentence's start, else it closes (a sentence
    # may begin inside a quotation opened before it: 'nothing," she said')
    last = before.rfind('"')
    return last >= 0 and (last == 0 or before[last - 1] in " \t\n(—–")


def frame_modality(text: str, s: Sentence, verb_at: int) -> str:
    """Modality of the reporting verb itself, from its own auxiliaries ('did not say', 'would say'),
    not from the reported content before it."""
    before = text[max(s.start, verb_at - 30):verb_at]
    if NEGATED_FRAME.search(before):
        return "negated"
    return "hypothetical" if HYPOTHETICAL_FRAME.search(before) else "asserted"


def frame_time(times: list[TimeRef], s: Sentence, verb_at: int) -> TimeRef | None:
    """The time of a reporting clause: outside quotations, before the reporting verb or right after it
    ('said on Tuesday', 'said in 2021 that ...'), never inside the reported content."""
    local = verb_at - s.start
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(s.text)]
    free = [t for t in times if not any(a <= t.start < b for a, b in quoted)]
    # 'told a House of Representatives committee on Wednesday': the verb's object may stand before its time
    near = [t for t in free if t.start >= local and t.start - local <= 50 and not AFTER_VERB_BREAK.search(s.text, local, t.start)]
    if near:
        return near[0]
    before = [t for t in free if t.end <= local]
    return before[-1] if before else None


def statement_act(kinds: dict, stances: list[dict], *, non_acts: tuple[str, ...] = ()) -> dict | None:
    """{'plover', 'sources'} of the verbal act a speaker's stances amount to, or None. kinds is
    syntax.yaml statement_events ({polarity: {type, topics?}}); a stance's 'act' is the polarity of
    what the speaker does in words (the cue's own polarity, before an inverse keyword flips it).
    non_acts: cue phrases that restate a declared non-support (syntax.yaml statement_non_acts), no act."""
    held = [st for st in stances if st["attributed"] and st["act"] in kinds
            and (not kinds[st["act"]].get("topics") or st["topic_id"] in kinds[st["act"]]["topics"])
            and not any(n in " ".join(st["trigger"].casefold().split()) for n in non_acts)]
    held = [st for st in held if not (st.get("negated") and st["act"] == "oppose")]   # 'will not send troops' accuses no one
    held = [st for st in held if st["from_cue"]] or held   # a position verb types the act before a set phrase
    polarities = {st["act"] for st in held}
    if len(polarities) != 1:
        return None          # no position, or mixed positions: no single act to type
    return {"plover": kinds[polarities.pop()]["type"], "sources": list(dict.fromkeys(st["holder"] for st in held))}


def characterise(text: str, object_end: int, clause_end: int, positive: set[str], negative: set[str]) -> str | None:
    """'ACCUSE' / 'SUPPORT' from the complement after a named object ('called Japan a troublemaker'),
    'none' for a neutral complement, None when no complement follows (a phone call)."""
    complement = CHARACTERISED_AS.match(text, object_end, clause_end)
    if not complement:
        return None
    words = {w.casefold() for w in WORDS.findall(complement.group(1))}
    if words & negative:
        return "ACCUSE"
    if words & positive:
        return "SUPPORT"
    return "none"


# 'said (that) Lai's transit was "a provocation ..."', '"... it is the troublemaker of the region," Tung said': a copula
# in the reported words whose complement evaluates its subject
EVALUATING_COPULA = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|would\s+be|remains?|constitutes?|"
                               r"constituted|amounts?\s+to|amounted\s+to)\s+(?![“\"‘']?(?:not|no|never)\b)([^,.;:!?]{1,80})", re.IGNORECASE)


def evaluation_act(text: str, s: Sentence, verb_at: int, verb: str, negative: set[str]) -> str | None:
    """'ACCUSE' when a named speaker's reported words call their subject something negative (syntax.yaml
    characterisation negative: 'was "a provocation"', 'were "extremely wrong"', 'is completely unacceptable'),
    else None. Only the reported words count: after the reporting verb, or inside quotation marks."""
    after = text[verb_at + len(verb):s.end]
    quoted = " ".join(m.group(0) for m in QUOTED.finditer(s.text))
    for part in (after, quoted):
        for m in EVALUATING_COPULA.finditer(part):
            if {w.casefold() for w in WORDS.findall(m.group(1))} & negative:
                return "ACCUSE"
    return None
