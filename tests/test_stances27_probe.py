"""Probe of the stances27 round: short texts in our own words (wire copy, party statement, op-ed, transcript, feature)
for a position stated through a phrase that sits in the complement of a cue's object ('opposes any step that would
draw Japan into a war over Taiwan': the cue's subject holds it, in the cue's mood), the entanglement idioms around it,
and the held-out 21 misses by class (a counterpart named for a country, parties holding a joint drill, an evaluative
predicate on strategic ambiguity), with texts that must give NO stance (analysts' forecasts, hypotheticals, a question,
a charge reported of others, an unnamed group, the document's own voice).
Expected rows come from GUIDELINES (Stances), not from the extractor: text in -> {(holder name, topic, polarity)}."""
import pytest

from tests.test_stances24_probe import CHINA, JAPAN, rows

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
DEF = "defense_of_taiwan"
CLR = "us_strategic_clarity"
OCP = "one_china_policy"
S, O = "support", "oppose"
JCP = "Japanese Communist Party"


def _todo(text, present, absent, why):
    return pytest.param(text, present, absent, marks=pytest.mark.xfail(strict=True, reason=why))


# (text, rows that must be read, rows that must not be read)
CASES = [
    # --- a phrase in the relative or infinitive clause of a cue's object: the cue's subject, the cue's mood
    ("The Liberal Democratic Party opposes any step that would draw Japan into a military confrontation over Taiwan.",
     {("Liberal Democratic Party", DEF, O)}, {(JAPAN, DEF, O)}),
    ("The Japanese Communist Party opposes any legislation that could pull Japan into a conflict over Taiwan.",
     {(JCP, DEF, O)}, {(JAPAN, DEF, O)}),
    ("The Japanese Communist Party condemned the plan, which would draw Japan into a war over Taiwan.",
     {(JCP, DEF, O)}, set()),
    ("Kazuo Shii, chair of the Japanese Communist Party, opposes any step that would draw Japan into a war over Taiwan.",
     {("Kazuo Shii", DEF, O)}, {(JAPAN, DEF, O)}),
    ("The Constitutional Democratic Party of Japan welcomed any step that would help the United States defend Taiwan.",
     {("Constitutional Democratic Party of Japan", DEF, S)}, set()),
    ("The Japanese Communist Party rejected every attempt to drag the country into a war over Taiwan.",
     {(JCP, DEF, O)}, set()),
    # (an oppose phrase of abstention under an oppose cue is not read as opposition: opposing abandonment is support)
    ("The Liberal Democratic Party opposes any move to abandon Taiwan.", set(), {("Liberal Democratic Party", DEF, O)}),
    ("The Liberal Democratic Party rejected any plan to stay out of a war over Taiwan.", set(),
     {("Liberal Democratic Party", DEF, O)}),
    # (the speaker's own: a duty, an accusation)
    ("Okinawa Governor Denny Tamaki said Japan \"must not be drawn into a war over Taiwan\".",
     {("Denny Tamaki", DEF, O)}, {(JAPAN, DEF, O)}),
    ("Chinese foreign ministry spokesman Lin Jian said Beijing firmly opposes any attempt to include Taiwan in the scope "
     "of the US-Japan alliance.", {("Lin Jian", OCP, S), (CHINA, OCP, S)}, set()),
    _todo("The Japanese Communist Party opposes the revision, which it says would drag Japan into a war over Taiwan.",
          {(JCP, DEF, O)}, set(), "a reported clause inside the relative ('which it says would'): not read"),
    _todo("The Japanese Communist Party said it opposes any move that would turn Okinawa into a forward base for a war "
          "over Taiwan.", {(JCP, DEF, O)}, set(), "the war named past the cue's reach, no entanglement phrase: not read"),
    # --- a member's words naming her own party as the position's subject: the party holds it too
    ("JCP lawmaker Satoko Inoue said the Japanese Communist Party opposes any step that would draw Japan into a war over "
     "Taiwan.", {("Satoko Inoue", DEF, O), (JCP, DEF, O)}, set()),
    ("Satoko Inoue, a lawmaker of the Japanese Communist Party, said the Japanese Communist Party opposes defending Taiwan.",
     {("Satoko Inoue", DEF, O), (JCP, DEF, O)}, set()),
    ("LDP policy chief Koichi Hagiuda said the LDP wanted security exchanges with Taiwan to be expanded.",
     {("Koichi Hagiuda", SEC, S), ("Liberal Democratic Party", SEC, S)}, set()),
    # (a prescription for the party is the speaker's; a party that is not the speaker's is only talked about)
    ("LDP policy chief Koichi Hagiuda said the LDP should deepen security exchanges with Taiwan.",
     {("Koichi Hagiuda", SEC, S)}, {("Liberal Democratic Party", SEC, S)}),
    ("Analyst Kenji Mori said the Japanese Communist Party opposes defending Taiwan.", set(), {(JCP, DEF, O)}),
    _todo("LDP lawmaker Keiji Furuya said the Democratic Progressive Party supports Taiwan independence.", set(),
          {("Keiji Furuya", "taiwan_independence", S)}, "another party's position reported is read as the speaker's"),
    _todo("Analyst Kenji Mori said the Japanese Communist Party opposes any step that would draw Japan into a war over "
          "Taiwan.", set(), {("Kenji Mori", DEF, O)}, "another body's position reported is read as the speaker's"),
    # --- NO stance: forecasts, hypotheticals, a question, unnamed groups, a charge reported, the document's voice
    ("Analysts say the new security law could draw Japan into a war over Taiwan.", set(), {(JAPAN, DEF, O)}),
    ("Some commentators fear that the agreement might drag Japan into a conflict over Taiwan.", set(), {(JAPAN, DEF, O)}),
    ("If the alliance is stretched too far, Japan could be dragged into a war over Taiwan.", set(), {(JAPAN, DEF, O)}),
    ("The question of whether Japan would be drawn into a war over Taiwan dominated the debate.", set(), {(JAPAN, DEF, O)}),
    ("Tokyo's opposition parties oppose any bill that would draw Japan into a conflict over Taiwan.", set(),
     {(JAPAN, DEF, O)}),
    ("The editorial board believes Japan should stay out of any war over Taiwan.", set(), {(JAPAN, DEF, O)}),
    _todo("Beijing has long accused Tokyo of seeking to drag Japan into a war over Taiwan, a charge Tokyo denies.",
          set(), {(JAPAN, DEF, O)}, "the object of 'drag' read as the holder of the accused act"),
    _todo("Former defence official Kenji Mori said critics who fear being dragged into a war over Taiwan are wrong.",
          set(), {("Kenji Mori", DEF, O)}, "a fear attributed to others and rejected is read as the speaker's"),
    # --- held-out 21 classes not done this round
    # (passes since actors19: a party leader after the party's name is the person, the party its own)
    ("Social Democratic Party leader Mizuho Fukushima accused the cabinet of dragging Japan into a war over Taiwan.",
     {("Mizuho Fukushima", DEF, O)}, set()),
    _todo("Tom Barrett, an analyst, said strategic ambiguity has served Washington well for forty years.",
          {("Tom Barrett", CLR, O)}, set(), "an evaluative predicate after an inverse keyword: no cue"),
    _todo("Researcher Lin Pei-hsuan said the next step should be a direct security dialogue with the Japanese government.",
          {("Lin Pei-hsuan", SEC, S), ("Lin Pei-hsuan", OFF, S)}, set(), "a prescribed 'next step' copula: no cue"),
    # (the counterpart paraphrase is read since stances28)
    ("Coast Guard Administration director Chang Chung-lung said the coast guard would keep deepening practical "
     "cooperation with its Japanese counterpart.", {("Chang Chung-lung", SEC, S)}, set()),
    _todo("The Chinese Embassy in Japan said Yonaguni must not become a forward base for interfering in China's internal "
          "affairs.", {("Embassy of China in Japan", OCP, S)}, set(), "interference named as a base's purpose: not read"),
    _todo("Professor Park Ji-hoon said Seoul should make clear that US forces in South Korea will not be used in a Taiwan "
          "conflict.", {("Park Ji-hoon", DEF, O)}, set(), "'a Taiwan conflict' is no keyword"),
    # (unnamed officials of both sides hold nothing)
    ("The two sides reaffirmed their commitment to deepening security cooperation, Japanese and Taiwanese officials "
     "said.", set(), {(JAPAN, SEC, S), ("Taiwan", SEC, S)}),
    ("Lawmaker Wang Ting-yu said the two sides should hold a security dialogue.", {("Wang Ting-yu", SEC, S)}, set()),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_probe_rows(seed_extractor, text, present, absent):
    got = rows(seed_extractor, text)
    assert present <= got, (present - got, got)
    assert not (absent & got), (absent & got, got)
