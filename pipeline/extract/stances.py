"""Stances of one sentence: who holds which position on which topic.

A position is read in one of two ways (seeds/topics.yaml):
- a self-sufficient phrase ("a Taiwan contingency is a Japan contingency") carries its polarity;
- a position cue ("supports", "opposes", "called for") governs a topic keyword: same clause, a few
  words apart. An inverse keyword ("unofficial relations", "strategic ambiguity") names the opposite of
  the topic's support position and flips the cue's polarity; a negated cue flips it too.
The holder is the speaker of reported speech (with the speakers coordinated with them), else the named
subject of the clause that holds the cue. The document's own voice (no speaker, no named subject) and
its own forecasts or recommendations hold no stance.

The topics' compiled cues are in stance_cues.py and the holders' clause subjects in stance_subjects.py; their
names stay importable from here (attribution.py, claims.py, stance_claims.py, stance_holders.py and the tests
import them from this module)."""
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.phrases import PhraseMatcher
from pipeline.extract.stance_acts import act_readings
from pipeline.extract.stance_channels import channel_reading
from pipeline.extract.stance_conditions import condition_reading
from pipeline.extract.stance_declarations import declaration_reading
from pipeline.extract.stance_cues import TopicCues, about_other_partner, compile_topics, topics_gate  # noqa: F401
from pipeline.extract.stance_frames import joint_reading, security_context
from pipeline.extract.stance_governed import governing_cue
from pipeline.extract.stance_subjects import (CAUSAL_OPENING, NOT_A_VERB, PART_OF_GROUP, PREPOSITION_BEFORE,  # noqa: F401
                                              clause_subject, drop_modifiers, speaker_group)

# How far a cue may stand from the keyword it governs (in words): 'called for [a security dialogue]',
# 'firmly opposes all forms of [official interactions]'; after it: '[security cooperation] is vital'.
CUE_BEFORE_WORDS = 7
CUE_AFTER_WORDS = 4
QUOTE_OPENERS = frozenset('"“')
# An oppose cue after the keyword as a purpose infinitive is what the act is for, not a verdict on it ('a channel of
# communication [to avoid] accidents', 'share intelligence [to deter] an invasion')
PURPOSE_BEFORE = re.compile(r"\bto\s+$")
# How far an opposing frame may stand from the support cue it governs ('a provocation aimed at [seeking]')
# or after the keyword as its predicate ('attempts to [seek independence] by relying on ... are doomed').
FRAME_BEFORE_WORDS = 4
FRAME_AFTER_WORDS = 7
# the verb of a verdict on the phrase that holds the keyword ('attempts to seek [independence] by relying on
# external forces are doomed to fail'): an oppose cue after it may stand as far as FRAME_AFTER_WORDS
VERDICT_VERB = re.compile(r"\b(?:is|are|was|were|will|would)\b")
WORD = re.compile(r"[\w’'\-]+")
# A modal right before a verb-phrase keyword ("must defend Taiwan", "would not intervene"): the speaker
# states the topic's position itself; its negation (read by the claim's modality) flips it.
# verbs of setting up or carrying on what a keyword names ('should open talks', 'should set up a hotline',
# 'should have a direct line', a causative: 'should let its ministers and [serving officers] meet ...'); never 'require', 'mean', 'be'
# ('would not require diplomatic relations')
SETUP_VERBS = (r"(?:open|set\s+up|start|begin|hold|launch|build|create|establish|form|seek|allow|permit|resume|"
               r"conduct|share|exchange|expand|let|enable|have(?=\s+an?\b))")
MODAL_BEFORE = re.compile(r"\b(?:must|should|will|would|shall|has to|have to|had to|need to|needs to|ought to|"
                          # a progressive after the modal: 'should be sharing [radar data]'
                          r"is ready to|are ready to|is willing to|are willing to)\s+(?:not\s+|never\s+)?(?:(?:\w+ly|now|also|still|first|then)\s+)?(?:be\s+[a-z]+ing\s+)?"
                          # one verb and its determiner may stand between: 'should open [talks with Taiwan]',
                          # 'should at least set up a [hotline]' (never a copula: 'would be a blow to ...')
                          # (an adjective may follow the determiner: 'should build a direct [communication channel]')
                          # readiness prescribed: 'must be ready (together) to [deter an attack]', 'should be prepared to [defend Taiwan]'
                          r"(?:be\s+(?:ready|prepared|able|willing)\s+(?:together\s+|jointly\s+)?to\s+)?"
                          # or a passive push into the act: 'should not be misled into [interfering in the Taiwan issue]'
                          r"(?:be\s+(?:misled|drawn|dragged|lured|tempted|pushed|pressured|goaded)\s+into\s+)?"
                          # preparing for what the keyword names: 'must plan (openly) (with the United States) for the
                          # [defence of Taiwan]', 'should prepare for a [...]'
                          # (progressive, the partner and a manner in commas: 'should be planning with us, openly, to [defend Taiwan]')
                          r"(?:(?:be\s+)?(?:plan|prepare|get\s+ready|planning|preparing|getting\s+ready)\s+(?:\w+ly\s+)?"
                          r"(?:(?:together\s+)?with\s+(?:us|(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}),?\s+)?(?:\w+ly,?\s+)?"
                          r"(?:for\s+(?:the|a|an)|to)\s+)?"
                          # a verb phrase coordinated before the setup verb shares the modal: 'should make these transits
                          # routine and open a direct [channel]'
                          r"(?:(?:(?!and\b)[\w\-]+\s+){1,5}?and\s+(?=" + SETUP_VERBS + r"\s))?"
                          # (two modifiers may follow the determiner, and 'at least' the verb: 'should open a regular
                          # defense [channel with Taiwan]', 'should open at least a working-level [hotline]')
                          r"(?:at\s+least\s+)?(?:" + SETUP_VERBS + r"\s+(?:at\s+least\s+)?(?:(?:a|an|the|their|its|our)\s+(?:[a-z][a-z\-]*\s+){0,2})?)?$",
                          re.IGNORECASE)
# characters before a keyword read for MODAL_BEFORE (a coordinated verb phrase may stand between the modal and the setup verb)
MODAL_REACH = 90
# an existential prescription: 'There must be a [channel between the two militaries]', 'there should be more
# [intelligence sharing]', 'there needs to be a direct [hotline]' (the speaker asks for what the keyword names)
THERE_MUST_BE = re.compile(r"\bthere\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:not\s+|never\s+)?(?:also\s+|now\s+)?be\s+"
                           r"(?:(?:a|an|some|more|regular|direct|formal)\s+)*(?:[a-z\-]+\s+)?$", re.IGNORECASE)
# the keyword as the means of an opposed act: 'we should not provoke Beijing by [talking about military cooperation]',
# 'would damage ties by pursuing ...': the speaker opposes the means whether or not the act is negated
BY_MEANS = re.compile(r"\bby\s+[a-z]+ing\b", re.IGNORECASE)
# an oppose cue that something undergoes ('dragged into', 'drawn into'): its negation restates the warning ('must not be
# drawn into interfering in ...', 'must never be dragged into a war over Taiwan')
UNDERGONE_CUE = re.compile(r"(?:dragged|drawn|entangled|embroiled|sucked)\b", re.IGNORECASE)
# (only a prescribed abstention: 'would not provoke Beijing by holding talks' says the talks are harmless)
PRESCRIBED_NOT = re.compile(r"\b(?:should|must|ought\s+to|need\s+to|have\s+to)\s+not\s+(?:\w+ly\s+)?$|\b(?:shouldn|mustn)[’']t\s+$",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """One position found in a sentence (offsets relative to the sentence)."""
    polarity: str
    cue_start: int
    cue_text: str
    negatable: bool          # a cue (negation flips it); a phrase carries its own negation
    inverse: bool = False    # the cue governs an inverse keyword (its polarity was flipped)
    key_end: int = -1        # end of the keyword the cue governs (-1: a self-sufficient phrase)
    accusation: bool = False  # a damage cue ('violated'): its subject's position, not a reporting speaker's
    act: bool = False        # shown by an act ('protested the visit'): its doer's position, not a reporting speaker's
    declared: bool = False   # a declaration asked for ('should say openly that it would defend Taiwan'): stance_declarations.py
    conditioned: bool = False  # an act conditioned on an attack (stance_conditions.py): a speaker's position, never a subject's
    charge: bool = False     # a charge against its subject ('interfered in China's internal affairs'): a speaker's position only
    # a phrase read at the cue that governs it (stance_governed.py): the phrase's own offset and words, its claim's trigger
    phrase_start: int = -1
    phrase_text: str = ""


@lru_cache(maxsize=8)
def _cue_matches(support: PhraseMatcher | None, oppose: PhraseMatcher | None, sentence: str) -> tuple:
    """(start, end, text, polarity) of every cue in a sentence; the same for every topic that shares the lists."""
    return tuple((m.start(), m.end(), m.group(0), pol) for rx, pol in ((support, "support"), (oppose, "oppose")) if rx
                 for m in rx.finditer(sentence))


def _words_between(text: str, a: int, b: int) -> int:
    return len(WORD.findall(text[a:b]))


def _scan(cues: TopicCues, name: str, sentence: str, gate):
    """The matches of cues' matcher `name` (stance_cues.GATED) in the sentence, as finditer gives them. gate (or None)
    is (starts, names): the offsets where the topics' gate matches (stance_cues.topics_gate) and the names of the
    topic's matchers that may start at one of them (stance_cues.gated_by_pair). Each match of a GATED matcher starts at
    such an offset: it is tried there only, and not at all when its name is not among those."""
    rx = getattr(cues, name)
    if rx is None:
        return ()
    if gate is None:
        return rx.finditer(sentence)
    return rx.finditer_at(sentence, gate[0]) if name in gate[1] else ()


LOWER_LETTER = re.compile(r"[a-z]")


def topic_readings(sentence: str, cues: TopicCues, clause_of, *, context_before: str = "", gate=None,
                   has_terms: bool | None = None) -> list[Reading]:
    """Positions on one topic in a sentence: phrases first, then cue + keyword pairs in one clause.
    clause_of(offset) -> (start, end) gives the clause around a sentence offset; context_before holds the words just
    before the sentence (the matter under discussion, read only for the parties' joint act and channel). gate and
    has_terms only spare work: the gate's offsets and their first characters (see _scan), whether cues.terms matches."""
    if cues.terms is not None and not (has_terms if has_terms is not None else cues.terms.contains(sentence)):
        return []
    out = []
    for name, pol in (("support_phrases", "support"), ("oppose_phrases", "oppose")):
        for m in _scan(cues, name, sentence, gate):
            if pol == "oppose" and EPISTEMIC_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue     # 'might be drawn into a conflict', 'will not be able to stay out of it': a forecast, no position
            dismissed = pol == "support" and _phrase_dismissed(sentence, cues, m.start(), m.end())
            # an oppose phrase built on an inverse keyword ('remains non-governmental') affirms what that keyword names,
            # as a support cue on it does: the speaker's act is no accusation
            affirms = pol == "oppose" and cues.inverse is not None and cues.inverse.contains(m.group(0))
            # a support phrase without a negation of its own is denied by one before it ('should not [abandon strategic
            # ambiguity]', 'is not necessarily [a Japan contingency]'); a phrase that carries one, or opens with a name, is not.
            # An oppose phrase is a warning whose negation restates it ('must never be [dragged into a war]', 'not to send
            # [wrong signals to independence forces]')
            # A phrase dismissed by a cue that carries its own negation ('will never tolerate [a security dialogue with
            # Taiwan]', 'has no intention to [abandon strategic ambiguity]') is denied once, by the cue: the negation the
            # modality finds before the phrase is that cue's, and read again it would flip the dismissal back
            negatable = pol == "support" and m.group(0)[:1].islower() and not OWN_NEGATION.search(m.group(0)) \
                and not (dismissed and OWN_NEGATION.search(dismissed))
            charge = pol == "support" and cues.charge is not None and cues.charge.contains(m.group(0))
            # ('opposes any step that would [draw Japan into a war]': the cue's position, its subject and mood)
            gov = None if dismissed else governing_cue(sentence, m.start(), pol, _cue_matches(cues.support, cues.oppose, sentence),
                                                       m.group(0))
            out.append(Reading("oppose" if dismissed else gov[2] if gov else pol, gov[0] if gov else m.start(),
                               gov[1] if gov else m.group(0), negatable, affirms, charge=charge,
                               phrase_start=m.start() if gov else -1, phrase_text=m.group(0) if gov else ""))
    if not out and (decl := declaration_reading(sentence, cues.declaration)):
        out.append(Reading("support", decl[0], decl[1], True, declared=True))     # 'should say plainly that it would defend Taiwan'
    if not out and (cond := condition_reading(sentence, cues.condition)):
        out.append(Reading("support", cond[0], cond[1], True, conditioned=True))     # 'would act with the US if Taiwan were attacked'
    if out:
        return sorted(out, key=lambda r: r.cue_start)
    # (a joint act names its parties as a joint subject: where none may start, joint_reading finds nothing)
    if (gate is None or "joint_terms" in gate[1]) and \
            (joint := joint_reading(sentence, cues.joint, cues.context_terms, context_before=context_before)):   # 'Japan and Taiwan need to talk'
        return [Reading("support", joint[0], joint[1], True)]
    if chan := channel_reading(sentence, cues.channel, cues.pairs, lambda x: security_context(x, cues.context_terms)
                               or bool(context_before) and security_context(context_before, cues.context_terms)):
        return [Reading("support", chan[0], chan[1], True)]     # 'should be able to talk to Taiwan's coast guard'
    inverse = [(m.start(), m.end(), True) for m in _scan(cues, "inverse", sentence, gate)]
    keys = [(m.start(), m.end(), False) for m in _scan(cues, "keywords", sentence, gate)
            if not any(a < m.end() and m.start() < b for a, b, _ in inverse) and not INSTITUTION_AFTER.match(sentence, m.end())
            and not COMPOUND_MODIFIER_AFTER.match(sentence, m.end())
            and not GENERIC_PARTNER.match(sentence, m.end()) and not _other_pair_before(sentence, m.start(), cues.pairs)]
    if cues.context_keywords is not None and security_context(sentence, cues.context_terms):
        keys += [(m.start(), m.end(), False) for m in _scan(cues, "context_keywords", sentence, gate)
                 if not any(a < m.end() and m.start() < b for a, b, _ in keys + inverse)]
    if cues.inverse_context is not None and security_context(sentence, cues.context_terms):
        # ('opposes any attempt to include Taiwan in the scope of the alliance' upholds one China)
        inverse += [(m.start(), m.end(), True) for m in _scan(cues, "inverse_context", sentence, gate)
                    if not any(a < m.end() and m.start() < b for a, b, _ in keys + inverse)]
    if not keys and not inverse:
        return _act_readings(sentence, cues, clause_of, gate)
    cue_list = _cue_matches(cues.support, cues.oppose, sentence)
    best = None
    for k_start, k_end, flip in keys + inverse:
        c_start, c_end = clause_of(k_start)
        for a, b, cue_text, pol in cue_list:
            # (a cue whose first word is the clause break itself belongs to the clause it opens: ', as stated in [...]')
            if a < k_end and k_start < b or not ((c_start <= a or a < c_start < b) and b <= c_end):
                continue       # a cue inside the keyword ('back Taiwan') or in another clause governs nothing
            if pol == "support" and OUTSIDE_BEFORE.search(sentence, max(0, a - 12), a):
                continue       # 'relying on foreign support': a noun, the means of the act
            if b <= k_start:
                if WITHHELD_WORDS.match(sentence, b):
                    continue   # 'declined to say whether ... a conflict over Taiwan': no answer, no rejection
                if CAUSE_BETWEEN.search(sentence, b, k_start):
                    continue   # 'an apology was impossible because [our one-China policy] has to be respected': another clause
                if INSTRUMENT_BEFORE.search(sentence, max(b, k_start - 40), k_start):
                    continue   # 'lodged a protest with Taipei through its [de facto embassy]': the channel, not the object
                dist = _words_between(sentence, b, k_start)
                if dist > CUE_BEFORE_WORDS or COMPLEMENT_AFTER_CUE.match(sentence, b) and not DIRECTIVE_CUE.match(cue_text):
                    continue
            elif a >= k_end:
                if pol == "oppose" and PURPOSE_BEFORE.search(sentence, max(0, a - 4), a):
                    continue
                # the partners a relation keyword names are part of it: '[security cooperation] between Japan
                # and Taiwan should be deepened', '[intelligence sharing] with Japan is a fantasy'
                partner = PARTNER_PHRASE.match(sentence, k_end, a)
                gap_start = partner.end() if partner else k_end
                dist = _words_between(sentence, gap_start, a)
                # (a quotation opening at the cue itself is no break: 'separatist forces would "never succeed"')
                quoted = a - 1 if a > gap_start and sentence[a - 1] in QUOTE_OPENERS else a
                if AFTER_GAP_BREAK.search(sentence, gap_start, quoted) and not PREDICATE_COORDINATION.fullmatch(sentence, gap_start, a) \
                        or dist > CUE_AFTER_WORDS and not (
                        pol == "oppose" and dist <= FRAME_AFTER_WORDS and VERDICT_VERB.search(sentence, k_end, a)):
                    continue   # '[security cooperation] is vital'; past a comma the cue has another subject
                dist += 1      # a governing verb before its object reads first
            else:
                continue
            if pol == "oppose" and UNDERGONE_CUE.match(cue_text) and EPISTEMIC_BEFORE.search(sentence, max(0, a - 40), a):
                continue       # 'might be drawn into a conflict over Taiwan': a forecast (as for the phrases)
            # an oppose cue whose means the keyword is ('should not provoke Beijing by talking about [...]'): no flip
            negatable = not (pol == "oppose" and b <= k_start and BY_MEANS.search(sentence, b, k_start)
                             and PRESCRIBED_NOT.search(sentence, max(0, a - 25), a)) and not UNDERGONE_CUE.match(cue_text)
            if pol == "support" and (frame := _framed_as_opposed(sentence, cue_list, a, b, k_end, c_start, c_end)):
                pol = "oppose"     # 'a provocation aimed at seeking [Taiwan independence]': the frame's polarity
                # a negative frame ('is not in a position to hold ...') already is the negation the clause reads
                negatable = not NEGATIVE_FRAME.search(frame)
                # 'must not provoke Beijing by [expanding] defense exchanges': the frame's means, abstention prescribed
                if negatable and BY_MEANS.search(sentence, max(c_start, a - 40), b) and (
                        f := sentence.rfind(frame, c_start, a)) >= 0 and PRESCRIBED_NOT.search(sentence, max(0, f - 25), f):
                    negatable = False
            polarity = pol if not flip else ("oppose" if pol == "support" else "support")
            damage = cues.accusation is not None and bool((m := cues.accusation.match(cue_text)) and m.end() == len(cue_text))
            cand = (dist, a, Reading(polarity, a, cue_text, negatable, flip, k_end, damage))
            if best is None or cand[:2] < best[:2]:
                best = cand
    if best:
        return [best[2]]
    if acted := _act_readings(sentence, cues, clause_of, gate):
        return acted
    for k_start, k_end, flip in sorted(keys + inverse):
        if (MODAL_BEFORE.search(sentence, max(0, k_start - MODAL_REACH), k_start) or THERE_MUST_BE.search(sentence, max(0, k_start - 50), k_start)) \
                and LOWER_LETTER.match(sentence[k_start]):
            return [Reading("oppose" if flip else "support", k_start, sentence[k_start:k_end], True, flip, k_end)]
    return []


def _act_readings(sentence: str, cues: TopicCues, clause_of, gate=None) -> list[Reading]:
    """A position shown by an act on an object of the topic ('protested the visit'; stance_acts.py). gate as for _scan:
    where no act object may start, act_readings finds no object, hence no reading (its act cues are not scanned)."""
    if cues.act_objects is None and cues.inverse_act_objects is None:
        return []
    if gate is not None and "act_objects" not in gate[1] and "inverse_act_objects" not in gate[1]:
        return []
    return [Reading(pol, a, text, True, flip, end, act=True) for pol, a, text, end, flip in
            act_readings(sentence, cues.act_objects, cues.inverse_act_objects, cues.act_context,
                         _cue_matches(cues.act_support, cues.act_oppose, sentence), clause_of)]


# A cue that opens a reported clause ('We have always held that ...', 'I want to stress that ...', 'hopes that')
# takes the clause as its object, not a keyword inside it: the clause's own cues (or none) give the position.
# A directive's clause is what it asks for ('urged that Japan open talks'), a declaration's what it makes plain
# ('state clearly that it would defend Taiwan' = clarity): they still govern.
COMPLEMENT_AFTER_CUE = re.compile(r"\s+(?:to\s+[a-z]+\s+)?that\s+(?!is\b|was\b|are\b|were\b|will\b|would\b|has\b|have\b|had\b)",
                                  re.IGNORECASE)
DIRECTIVE_CUE = re.compile(r"(?:urg|call|propos|suggest|recommend|demand|insist|ask|request|press|push|advocat|"
                           r"stat|say|said|mak|made|spell)", re.IGNORECASE)
# a refusal to speak after a refusal cue ('declined to say whether', 'refused to comment on'): the speaker withholds
# a position rather than rejecting the matter
# ... and a wish to ask ('I want to ask about Taiwan and our security relationship', 'would like to ask about the so-called
# ...'): the matter of a question, no position on it
WITHHELD_WORDS = re.compile(r"\s+to\s+(?:say|comment|confirm|disclose|discuss|elaborate|specify|speculate|answer|reveal|"
                            r"give\s+details|go\s+into|be\s+drawn|ask|inquire|enquire|raise\s+(?:a\s+)?questions?)\b"
                            # (a cue that ends in its own 'to': 'would like to [ask about] ...')
                            r"|\s+(?:ask|inquire|enquire)\b", re.IGNORECASE)
# a causal or concessive subordinator between a cue and a keyword after it opens the keyword's own clause, whose
# predicate (or none) gives the position ('said talks were impossible because [the one-China policy] must be respected')
CAUSE_BETWEEN = re.compile(r"\b(?:because|although|though|whereas)\b", re.IGNORECASE)
# a keyword named as the means of an act ('through its de facto embassy', 'via official channels') is not what the act
# is about
INSTRUMENT_BEFORE = re.compile(r"\b(?:through|via|by\s+way\s+of)\s+(?:(?:its|their|the|his|her|a|an|our)\s+)?(?:[\w\-]+\s+)?$",
                               re.IGNORECASE)
# the partners named right after a relation keyword: 'between Japan and Taiwan', 'with the Philippines'; or their
# forces named by a possessive ('between their air forces', 'between our coast guard and theirs', 'between the two militaries')
PARTNER_PHRASE = re.compile(r"\s+(?:between|with|among)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?"
                            r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?)?(?=\s)|"
                            r"\s+between\s+(?:our|their|the\s+two|both)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+"
                            r"\s+and\s+(?:theirs|ours|yours|(?:their|our|its)\s+(?:[a-z\-]+\s+)?[a-z\-]+)(?=\s)|"
                            r"\s+between\s+(?:our|their|the\s+two|both)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+(?=\s)")
OWN_NEGATION = re.compile(r"\b(?:not|no|never|without|cannot)\b|n[’']t\b", re.IGNORECASE)
# a keyword whose partners are countries in general or a state's own local bodies names no relation of the topic
# ('military cooperation between countries should ...', 'a joint exercise with the prefecture and municipalities')
# ... but the PRC's formula for every state that recognises it, Japan among them, paired with Taiwan ('military contact between
# countries having diplomatic relations with China and the Taiwan region') names the relation
GENERIC_PARTNER = re.compile(r"\s+(?:with|between|among|amongst)\s+(?:(?:the|other|all|various|many|several|some|"
                             r"individual|local)\s+)*(?:countries|nations|states|prefectures?|municipalit(?:y|ies)|"
                             r"local\s+(?:governments?|authorities)|localities|cities|towns|villages)\b"
                             r"(?!\s+(?:having|that\s+have|with|which\s+have)\s+diplomatic\s+(?:relations|ties)\s+with\s+China)",
                             re.IGNORECASE)
# a support cue that is a noun after an outside source ('seek independence by relying on foreign support'): the means of
# the act the keyword names, not the speaker's approval
OUTSIDE_BEFORE = re.compile(r"\b(?:foreign|external|outside|overseas)\s+$", re.IGNORECASE)
# a keyword that opens an institution's name is no topic ("Taiwan's defense ministry", "security council",
# "Taiwan's defense authorities", "Taiwan's defense chief")
INSTITUTION_AFTER = re.compile(r"\s+(?i:ministry|minister|ministers|department|bureau|agency|office|council|committee|"
                               r"authority|authorities|chief|chiefs|establishment|"
                               r"official|officials|spokesman|spokeswoman|spokesperson)\b")
# a keyword that is the first half of a compound modifier names a kind of thing, not the topic ('Taiwanese
# defense-related lawmakers', 'security-minded officials', 'a defense-oriented budget')
COMPOUND_MODIFIER_AFTER = re.compile(r"-(?:related|linked|oriented|minded|focused|centred|centered|heavy|savvy)\b", re.IGNORECASE)
# a possibility or an ability before an oppose phrase of involvement ('Japan might be [drawn into a conflict]', 'Batanes
# will not be able to [stay out of] it', 'a scenario in which it could [stay out of] a conflict'): the speaker forecasts
# what may happen and states no position (a duty keeps it: 'must not be drawn into', 'should stay out of')
EPISTEMIC_BEFORE = re.compile(r"\b(?:might|may|could|can|cannot|can[’']t|able\s+to)\s+(?:not\s+|never\s+)?(?:be\s+)?(?:\w+ly\s+)?$",
                              re.IGNORECASE)
# Between a keyword and a cue after it: past a comma, a coordinator or a subordinator the cue has another subject
# ('broke off [diplomatic relations] with Taipei when it recognized ...': the cue is the subordinate clause's)
AFTER_GAP_BREAK = re.compile(r"[,;:“”\"]|\b(?:and|or|but|when|whenever|while|after|before|because|since|if|unless|until|"
                             r"although|though|whereas|once)\b")
# ... but a predicate coordinated with the cue shares its subject: '[its one-China policy] is clear and has not changed',
# '[the policy] remains firm and unchanged'
PREDICATE_COORDINATION = re.compile(r"\s+(?:is|are|was|were|remains|remain|remained)\s+(?:\w+ly\s+)?[a-z]+\s+and\s+", re.IGNORECASE)
# Between an opposing frame and the support cue it governs: no coordination, no new clause ...
# ... but two verbs sharing the frame's object ('stop conniving at and supporting ...')
FRAME_COORDINATION = re.compile(r"\s+[a-z]+ing(?:\s+(?:at|in|with|on|to))?\s+and\s+")
# an accusation cue and the 'of' that opens what it charges (up to ACCUSED_OF_WORDS words before the support cue it frames)
ACCUSATION_FRAME = re.compile(r"accus", re.IGNORECASE)
ACCUSED_OF = re.compile(r"\bof\b")
ACCUSED_OF_WORDS = 15
NEGATIVE_FRAME = re.compile(r"\b(?:not|no|never)\b", re.IGNORECASE)
FRAME_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)


# a hyphenated compound of two or more names right before a keyword ('U.S.-Japan defense cooperation', 'Japan-U.S.
# security cooperation'): the relation the keyword is about
PAIR_BEFORE = re.compile(r"(?<![\w.\-])([A-Z][\w.]*(?:-[A-Z][\w.]*)+)\s+$")


def _other_pair_before(sentence: str, start: int, pairs) -> bool:
    """Whether the keyword at start is named as another relation's ('U.S.-Japan defense cooperation' is no Japan-Taiwan
    cooperation): a compound of names before it that holds neither of the topic's pairs of parties (pairs as in
    stance_channels.compile_pairs; a topic without pairs has no such relation)."""
    m = PAIR_BEFORE.search(sentence, max(0, start - 40), start) if pairs else None
    return m is not None and not any(a.search(m.group(1)) and b.search(m.group(1)) for a, b in pairs)


def _phrase_dismissed(sentence: str, cues: TopicCues, start: int, end: int) -> str | None:
    """A support phrase that an oppose cue governs: right before it ('rejected a [security dialogue with
    Taiwan]', 'the so-called [...]') or as its predicate ('[...] is wishful thinking'). Its holder opposes it.
    Returns the governing cue (None: not dismissed)."""
    for oa, ob, cue_text, opol in _cue_matches(cues.support, cues.oppose, sentence):
        if opol != "oppose":
            continue
        if ob <= start and _words_between(sentence, ob, start) <= 2 and not FRAME_BREAK.search(sentence, ob, start):
            return cue_text
        if oa >= end and _words_between(sentence, end, oa) <= CUE_AFTER_WORDS and VERDICT_VERB.search(sentence, end, oa) \
                and not FRAME_BREAK.search(sentence, end, oa):
            return cue_text
    return None


def _framed_as_opposed(sentence: str, cue_list, a: int, b: int, k_end: int, c_start: int, c_end: int) -> str | None:
    """A support cue ('seeking', 'promote') that an oppose cue of the same clause frames: before it
    ('accused him of seeking to split the country', 'opposes attempts to promote ...') or as the predicate
    of the phrase it opens ('attempts to seek independence ... are doomed to fail'). The speaker opposes
    what the cue would support. Returns the framing cue (None: no frame)."""
    for oa, ob, otext, opol in cue_list:
        if opol != "oppose" or not (c_start <= oa and ob <= c_end):
            continue
        if ob <= a and _words_between(sentence, ob, a) <= FRAME_BEFORE_WORDS and (
                not FRAME_BREAK.search(sentence, ob, a) or FRAME_COORDINATION.fullmatch(sentence, ob, a)):
            return otext
        # an accusation frames the whole of its 'of' complement ('accused the party of "handing the industry to Japan in
        # exchange for support for their separatist agenda"'): what it charges the accused with, however far
        if ob <= a and ACCUSATION_FRAME.match(otext) and (of := ACCUSED_OF.search(sentence, ob, a)) \
                and _words_between(sentence, of.end(), a) <= ACCUSED_OF_WORDS and not FRAME_BREAK.search(sentence, of.end(), a):
            return otext
        if oa >= k_end and b <= k_end and _words_between(sentence, k_end, oa) <= FRAME_AFTER_WORDS \
                and not FRAME_BREAK.search(sentence, k_end, oa) and not PURPOSE_BEFORE.search(sentence, max(0, oa - 4), oa):
            return otext
    return None
