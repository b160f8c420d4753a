"""Who holds a stance read in a sentence, beyond the speaker and the clause subject (stances.py): the partner a
relation keyword names, the antecedent of a relative clause, a name's declared position, someone else's act that a
damage cue reports, and the main clause of a reason clause. Pure functions over compiled patterns."""
import re

from pipeline.extract.actors import Mention
from pipeline.extract.stances import CAUSAL_OPENING, clause_subject


# the partner a relation keyword names right after it: 'official interaction between the United States and
# ...', 'security cooperation with the Philippines'
PARTNER_AFTER = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?(?:between|with)\s+(?:the\s+)?$", re.IGNORECASE)
# a relative clause about the name before it: '... Shinzo Abe, who had described ...' (its position is the name's)
# (also 'which' after a state or body: "Beijing, which claims Taiwan as its own territory, ...")
RELATIVE_WHO = re.compile(r"\s*[,\"”’]{1,3}\s*(?:who|which)\s+[^,;:“”\"]{0,80}")
# a name's declared position or policy: "Japan's position was ...", "Japan's policy of maintaining ..."
# (never a body or an office named after policy: "the LDP's policy council", "the party's policy chief", "Policy Research")
POSITION_OF = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:position|policy|policies|stance|standpoint|relations\s+with|ties\s+with)\b"
                         r"(?!\s+(?i:council|committee|board|chief|head|unit|bureau|office|research|institute|panel|team|"
                         r"director|division|department|chair|chairman|chairwoman|advisers?|advisors?|makers?)\b)")


# the speaker's own government's declared position or policy, named in the first person or as 'the government's':
# "our one-China policy has not changed", "Our government's position ... remains unchanged", "The government's
# basic position is to ..." (GUIDELINES: a state's declared policy is the state's stance; the speaker states it)
OWN_POSITION = re.compile(r"\b(?:our|my\s+government['’]s|(?:our|the)\s+(?:government|country|nation|administration)['’]s)\s+"
                          r"(?:[\w\-]+\s+){0,3}?(?:position|positions|policy|policies|stance|standpoint)\b", re.IGNORECASE)


def own_government_position(sentence: str) -> bool:
    """Whether a speaker's sentence states their own government's declared position or policy."""
    return OWN_POSITION.search(sentence) is not None


def partner_after_keyword(text: str, key_end: int, mentions: list[Mention], country_of) -> str | None:
    """The country of the partner named right after a relation keyword ('... between the United States
    and ...'), None when it names none."""
    for m in mentions:
        if key_end <= m.start <= key_end + 40 and PARTNER_AFTER.fullmatch(text, key_end, m.start):
            return country_of(m.actor_id)
    return None


def relative_antecedent(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The name a relative clause holding offset pos is about ('Abe, who had described ...')."""
    return next((m for m in reversed(mentions) if m.end <= pos and pos - m.end <= 100
                 and RELATIVE_WHO.fullmatch(text, m.end, pos)), None)


def declared_by(text: str, start: int, pos: int, mentions: list[Mention]) -> list[str]:
    """Names whose declared position or policy the clause from start states before offset pos (GUIDELINES:
    a state's declared policy is the state's stance); a policy named in another clause ('Asked about
    Japan's basic policy, Hayashi said ...') is only the matter spoken of."""
    return [m.actor_id for m in mentions if start <= m.start and m.end <= pos and POSITION_OF.match(text, m.end)]


# a nominal subject before a damage cue ('the visit seriously violated', "Japan's actions undermine")
# (a quantified one too: 'any official contact with ...', 'all such moves')
# (after the addressee of a verb of telling: 'told him the sale violated ...')
NOMINAL_SUBJECT = re.compile(r"[\s“‘\"]*(?:(?:him|her|them|us|me)\s+)?(?:that\s+)?(?:the|this|that|these|those|such|its|their|his|her|any|all|every|each|"
                             r"[A-Z][\w’'\-.]*['’]s)\s+", re.IGNORECASE)
# the complementiser that opens the reported clause after adjuncts of the reporting verb ('claimed at a press
# conference that the visit violated ...'): the damage cue's subject stands after it
COMPLEMENTISER = re.compile(r"\bthat\s+(?=\S)", re.IGNORECASE)


def third_party_act(text: str, clause_start: int, verb_end: int | None, pos: int, mentions: list[Mention],
                    claimant: str, country_of, group) -> bool:
    """Whether the act at pos (a damage cue) is someone else's than the speaker's: a named subject other
    than the speaker and not of the speaker's country ('Kishida said Japan would not undermine ...' is his
    own), or a nominal one ('the visit', "Japan's actions") after the reporting verb."""
    start = max(clause_start, verb_end) if verb_end is not None else clause_start
    if not NOMINAL_SUBJECT.match(text, start):
        that = None
        for that in COMPLEMENTISER.finditer(text, start, pos):
            pass
        start = that.start() if that is not None else start
    found = list(dict.fromkeys(m.actor_id for m in clause_subject(text, start, pos, mentions, group)))
    if found:
        own = country_of(claimant)
        return claimant not in found and not (own and all(country_of(a) == own for a in found))
    return bool(NOMINAL_SUBJECT.match(text, start))


def causal_clause(text: str, clause_start: int) -> bool:
    """A reason clause (', as there is no ...') whose position belongs to the main clause's subject."""
    return bool(CAUSAL_OPENING.search(text[max(0, clause_start - 12):clause_start]))


# the named leader of an unnamed group that is a clause's subject: 'a group of lawmakers led by Mr. X submitted a
# proposal calling for ...', 'a delegation headed by X urged ...' (the leader speaks for the group he leads)
LED_BY = re.compile(r"\b(?:group|delegation|team|caucus|panel|committee|coalition|bloc|lawmakers|legislators|members|"
                    r"officials|parliamentarians)\b[^,;:“”\"]{0,60}?\b(?:led|headed|chaired|organi[sz]ed)\s+by\s+"
                    r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?$", re.IGNORECASE)


def group_leader(text: str, clause_start: int, pos: int, mentions: list[Mention]) -> list[str]:
    """The leader named in an unnamed group subject before offset pos, [] when the clause has none."""
    for m in mentions:
        if clause_start <= m.start and m.end <= pos and LED_BY.search(text, max(clause_start, m.start - 120), m.start):
            return [m.actor_id]
    return []
