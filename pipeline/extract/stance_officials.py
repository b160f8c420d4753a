"""Officials and their states (GUIDELINES, Stances: "Officials and their states"): the one who speaks holds what they
say; the state they speak for holds it too when the words ascribe the position to it, by name ('Hayashi said Japan
opposes ...') or in the institutional voice of a sitting official ('"We firmly oppose ...," the spokesperson said',
"our government's position"). Lawmakers, party officials, former officials and analysts speak for no state.

Pure functions over compiled role patterns (role words are data: seeds/lexicons/attribution.yaml)."""
import re
from dataclasses import dataclass

from pipeline.extract.actors import Mention
from pipeline.extract.phrases import longest_first


# only name words may follow a role that ends the phrase before a name ('Foreign Minister [Yoshimasa Hayashi]'), after
# the office's capitalised complement ('Minister of National Defense [X]', 'Minister for Foreign Affairs [X]'; capitals
# read case-sensitively, the roles being compiled case-blind: 'Party for the People leader X welcomed [Lin]' is no title)
NAME_WORDS_AFTER = (r"(?:\s+(?:of|for)(?:\s+(?:(?:of|for|and|the)\s+)*(?-i:[A-Z])[\w’'\-]*){1,6}?)?"
                    r"(?:\s+[A-Z][\w.’'\-]*){0,3}\s*$")


@dataclass(frozen=True)
class Roles:
    official: re.Pattern       # a sitting office: minister, spokesperson, ambassador, ...
    unofficial: re.Pattern     # a role that speaks for no state: lawmaker, party, analyst, ...
    past: re.Pattern           # a past role: former, then-, retired
    official_end: re.Pattern   # the same roles ending a phrase before a name
    unofficial_end: re.Pattern


def _words(items) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted({str(i) for i in items}, key=longest_first))


def compile_roles(attribution: dict | None) -> Roles | None:
    """The role patterns of attribution.yaml (None when it lists none)."""
    a = attribution or {}
    if not a.get("official_roles"):
        return None
    official = r"(?<![\w\-])(?:{})(?!\w)".format(_words(a["official_roles"]))
    # (a role word inside an office's name is no role: 'the Taipei Economic and Cultural Representative Office')
    unofficial = r"(?<![\w\-])(?:{})(?!\w)(?!\s+(?-i:Office|Offices)\b)".format(_words(a.get("unofficial_roles") or ["lawmaker"]))
    past = r"(?<![\w\-])(?:{})(?=[\s\-])".format(_words(w.rstrip("-") for w in a.get("past_role_markers") or ["former"]))
    return Roles(re.compile(official, re.IGNORECASE), re.compile(unofficial, re.IGNORECASE), re.compile(past, re.IGNORECASE),
                 re.compile(official + NAME_WORDS_AFTER, re.IGNORECASE), re.compile(unofficial + NAME_WORDS_AFTER, re.IGNORECASE))


# the role phrase before a name runs back to the last clause break or coordination ('Foreign Minister X and
# former Defense Minister Y': each name has its own); the role ends it, only name words may follow it
PHRASE_BREAK = re.compile(r".*(?:[.;:!?()“”\"\n]|,\s|\band\s|\bwith\s|\bsaid\s|\bsays\s)", re.DOTALL)
# an apposition after the name: ', Japan's foreign minister,' / ', a former defense minister,' (not a relative
# clause or a reporting verb: ', who ...', ', said ...')
APPOSITION = re.compile(r"\s*,\s*(?!who\b|which\b|whose\b|said\b|says\b|told\b|added\b|according\b)([^,;:“”\"()]{3,90}?)\s*(?=[,.;:()]|$)")   # (or its bracketed acronym: '..., spokesperson for the Ministry of National Defense (MND),')


# a bracketed form of the name right after it (its native script, a romanisation, an initial): 'Zhu Fenglian (朱凤莲)'
NAME_BRACKET = re.compile(r"\s*\([^()\n]{1,25}\)")


# a role in apposition before the name, set off by commas ('On Sunday a spokesman for China's foreign ministry, [X], said'):
# the phrase from its article to the comma right before the name
FRONT_APPOSITION = re.compile(r"\b(?:a|an|the)\s+([^,;:“”\"()]{3,70}),\s*$", re.IGNORECASE)


def _role_of(phrase: str, roles: Roles, at_end: bool) -> str | None:
    """'official', 'unofficial' (a past or non-state role) or None for a role phrase; before a name (at_end) the
    role must end the phrase ('LDP lawmaker X', 'former Foreign Minister X'), in an apposition it may stand anywhere."""
    official = (roles.official_end if at_end else roles.official).search(phrase)
    unofficial = (roles.unofficial_end if at_end else roles.unofficial).search(phrase)
    if unofficial or (official and roles.past.search(phrase)):
        return "unofficial"
    return "official" if official else None


def speaker_roles(text: str, mentions: list[Mention], persons, roles: Roles | None) -> dict[str, str]:
    """actor_id -> 'official' or 'unofficial' for each person the document gives a role (a title before a mention,
    an apposition after it, a title inside it). One unofficial or past role anywhere makes the person unofficial: a
    document that calls someone a former minister or a lawmaker never hears a state in their words."""
    out: dict[str, str] = {}
    if roles is None:
        return out
    for m in mentions:
        if m.actor_id not in persons or out.get(m.actor_id) == "unofficial":
            continue
        window = text[max(0, m.start - 80):m.start]
        cut = PHRASE_BREAK.match(window)
        found = [_role_of(window[cut.end() if cut else 0:] + " " + m.text, roles, at_end=True)]
        if (front := FRONT_APPOSITION.search(window)) is not None and text.startswith(",", m.end):
            found.append(_role_of(front.group(1), roles, at_end=False))   # 'a spokesman for China's foreign ministry, X, said'
        # (the name's own form in brackets may stand before the apposition: 'Zhu Fenglian (朱凤莲), spokesperson of ...')
        after = bracket.end() if (bracket := NAME_BRACKET.match(text, m.end)) is not None else m.end
        if (app := APPOSITION.match(text, after, min(len(text), after + 100))) is not None:
            found.append(_role_of(app.group(1), roles, at_end=False))
        for role in found:
            if role == "unofficial" or role == "official" and m.actor_id not in out:
                out[m.actor_id] = role
    return out


# the institutional first person before a cue: '"We firmly oppose ...', 'we have never supported ...', 'We urge the Japanese
# side to ... stop sending wrong signals ...' (a sitting official's 'we' is their government's): the last subject
# pronoun before the cue is 'we'
# ('our government', 'our country' as a subject is the same institutional voice: '"Our government respects the one-China
# policy," the minister said', 'our country firmly opposes ...')
SUBJECT_PRONOUN = re.compile(r"\b(?:we|i|you|he|she|they|it|our\s+(?:government|country|nation|administration|side))\b"
                             r"(?=\s+(?:\w+ly\s+)?[a-z]+)", re.IGNORECASE)
WE_WINDOW = 150


# the opening of a clause coordinated after the cue's own, in the same words: '..., and we firmly oppose ...'
COORDINATED_CLAUSE_BEFORE = re.compile(r"(?:,\s*(?:and|but)|;)\s*$", re.IGNORECASE)


def institutional_we(text: str, start: int, pos: int, end: int | None = None) -> bool:
    """Whether the last subject pronoun before the cue at pos (from start, at most WE_WINDOW characters back) is 'we'.
    With the sentence's end: when no subject pronoun stands before the cue, a 'we' that opens a clause coordinated after
    it ('"Taiwan is an inalienable part of China's territory, and we firmly oppose ...," the spokesman said')."""
    last, after = None, None
    for m in SUBJECT_PRONOUN.finditer(text, max(start, pos - WE_WINDOW), min(len(text), max(pos + 40, end or 0))):   # (its verb may be the cue)
        if m.start() >= pos:
            after = m
            break
        last = m
    if last is None and end is not None and after is not None and after.end() <= end \
            and COORDINATED_CLAUSE_BEFORE.search(text, max(start, after.start() - 12), after.start()):
        last = after
    return last is not None and last.group(0).casefold().split()[0] in ("we", "our")


# the reported clause after its reporting verb up to its subject: adjuncts of the verb ('told a Lower House committee on
# Tuesday'), then the complementiser; or the subject right after the verb ('said Japan ...')
REPORTED_OPENING = re.compile(r"[\w\-]+(?:\s+(?:[^,;:“”\"]{0,80}?\s)?that)?\s+[“\"]?\s*(?:the\s+)?$")
# (a verb, never a coordination: 'said Taiwan and Japan "need to ..."' is a joint subject, not the state's own word)
STATE_VERB_AFTER = re.compile(r"\s*[“\"]?\s*(?:(?:has|have|had|does|do|did|is|was|will|would|remains?|remained)\s+)?"
                              r"(?:not\s+|never\s+|also\s+|still\s+|always\s+|\w+ly\s+)*(?!(?:and|or|nor|but|of|in|on|at|with|to|as|for|from)\b)[a-z]+(?:s|ed)?\b")


COORDINATED_THAT_AFTER = re.compile(r"\b(?:and|but)\s+(?:also\s+)?that\b", re.IGNORECASE)


# the speaker's own government named by its kind noun at the opening of the reported clause ('Hayashi said the government
# was "not involved"', 'Abe said his government had "consistently supported" ...')
GOVERNMENT_OPENING = re.compile(r"(?:[\w\-]+(?:\s+(?:[^,;:“”\"]{0,80}?\s)?that)?|,?\s*\b(?:and|but)\s+(?:also\s+)?that)\s+[“\"]?\s*"
                                r"(?:the|his|her|our|its)\s+(?:government|administration|cabinet)(?![\w’'\-])", re.IGNORECASE)


def said_state(text: str, verb_at: int, pos: int, mentions: list[Mention], state: str, role: str | None) -> bool:
    """Whether the clause a reporting verb at verb_at reports (before pos) opens with the speaker's state: by name
    (reported_subject) or, for a sitting official, as 'the government' / 'his government' (GUIDELINES, "Officials and
    their states": the institutional voice)."""
    if reported_subject(text, verb_at, pos, mentions) == state:
        return True
    if role != "official":
        return False
    last = None
    for last in COORDINATED_THAT_AFTER.finditer(text, verb_at, pos):
        pass
    start = last.start() if last is not None else verb_at
    m = GOVERNMENT_OPENING.match(text, start, pos)
    return m is not None and STATE_VERB_AFTER.match(text, m.end()) is not None and not DEONTIC_AFTER.match(text, m.end())


# a duty laid on the named state ('said Japan had to protect ...', 'said Tokyo must ...'): the state is what the words are
# about, not who holds them (GUIDELINES: "Japan should be ready to act")
DEONTIC_AFTER = re.compile(r"\s*[“\"]?\s*(?:(?:also|still|now|really)\s+)?(?:should|must|had\s+to|has\s+to|have\s+to|needs?\s+to|needed\s+to|"
                           r"ought\s+to|had\s+better)\b", re.IGNORECASE)


# a further reported clause of the same verb, coordinated with the first ('said that "..." and that "Japan does not support
# ..."'): its subject stands right after its own complementiser
OPENING_AFTER_THAT = re.compile(r"\s*[“\"]?\s*(?:the\s+)?")


def reported_subject(text: str, verb_at: int, pos: int, mentions: list[Mention]) -> str | None:
    """The name that opens the clause a reporting verb at verb_at reports (before offset pos), else None:
    'Hayashi said Japan opposes ...', 'told the Diet that the United States "does not support" ...', and the subject of
    a coordinated reported clause ('said that ... and that Japan "does not support" ...')."""
    first = next((m for m in mentions if verb_at < m.start and m.end <= pos and REPORTED_OPENING.fullmatch(text, verb_at, m.start)), None)
    coordinated = None
    for coordinated in COORDINATED_THAT_AFTER.finditer(text, verb_at, pos):
        pass
    if coordinated is not None:
        # the cue stands in a later coordinated clause: only that clause's own subject is the one named
        first = next((m for m in mentions if coordinated.end() <= m.start and m.end <= pos
                      and OPENING_AFTER_THAT.fullmatch(text, coordinated.end(), m.start)), None)
    return first.actor_id if first is not None and STATE_VERB_AFTER.match(text, first.end) and not DEONTIC_AFTER.match(text, first.end) \
        else None


# the opening of a sentence whose reporting frame follows it, up to its subject ('“Japan will ...,” he said'); a
# sentence-initial coordinator links it to the speaker's previous sentence and leaves the subject first ('But Japan is
# not in a position to ...')
FRONTED_OPENING = re.compile(r"[\s“‘\"]*(?:(?:But|And|Yet)\s+)?(?:[Tt]he\s+)?$")


def fronted_subject(text: str, start: int, pos: int, mentions: list[Mention]) -> str | None:
    """The name that opens a sentence at start and is the subject of a verb before offset pos, else None:
    'Japan would not stand idle if ..., Hamada said'."""
    first = next((m for m in mentions if start <= m.start and m.end <= pos), None)
    if first is None or not FRONTED_OPENING.fullmatch(text, start, first.start):
        return None
    return first.actor_id if STATE_VERB_AFTER.match(text, first.end) and not DEONTIC_AFTER.match(text, first.end) else None


# the body an official's own title names: right before the name ('CGA Director-General X', 'Foreign Ministry spokesperson
# X') or in an apposition after it ('X, director-general of the Coast Guard Administration,')
TITLE_BEFORE_NAME = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+){0,4}")
APPOSITION_OF_BODY = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,4}(?:of|at|for)\s+(?:the\s+)?")


def titled_by_body(text: str, mentions: list[Mention], person: str, body: str) -> bool:
    """Whether the document titles the person an official of the body (its name in their title or apposition)."""
    people = [m for m in mentions if m.actor_id == person]
    bodies = [m for m in mentions if m.actor_id == body]
    return any(0 <= p.start - b.end <= 45 and TITLE_BEFORE_NAME.fullmatch(text, b.end, p.start)
               or 0 <= b.start - p.end <= 80 and APPOSITION_OF_BODY.fullmatch(text, p.end, b.start)
               for p in people for b in bodies)
