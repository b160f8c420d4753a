"""Probe of the stances24 round: short texts in our own words, varied registers (wire copy, press release,
op-ed, transcript, feature), with the stance rows GUIDELINES (Stances) asks for. Holders: named, pronoun, role
noun, 'the ministry', state metonyms, the op-ed author (never a holder); indirect stances (welcomed, voiced
concern, urged, refusals for lack of diplomatic relations, split-China wordings); texts that must give NO stance
(a question, a hypothetical, a position only mentioned inside another speaker's words, unnamed groups).
Expected rows come from GUIDELINES, not from the extractor: text in -> {(holder name, topic, polarity)} out."""
from datetime import date
from functools import lru_cache

import pytest
import yaml

from pipeline.extract.claims import DocumentInput

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
DEF = "defense_of_taiwan"
CLR = "us_strategic_clarity"
OCP = "one_china_policy"
IND = "taiwan_independence"
S, O = "support", "oppose"


@lru_cache(maxsize=1)
def _registry_names() -> dict:
    with open("seeds/actors.yaml", encoding="utf-8") as f:
        return {a["actor_id"]: a["name"] for a in yaml.safe_load(f)}


def rows(extractor, text):
    """{(holder's registry name, or its first mention for an unregistered actor, topic, polarity)}."""
    doc = DocumentInput("doc-0000000000000000", text, published_date=date(2025, 6, 3), body_start=0, body_end=len(text))
    ext = extractor.extract(doc)
    names = dict(_registry_names())
    for m in ext.mentions:
        names.setdefault(m["actor_id"], m["text"])
    return {(names.get(c["subject_ids"][0], c["subject_ids"][0]), c["topic_id"], c["polarity"])
            for c in ext.claims if c["kind"] == "stance"}


CHINA, JAPAN, TAIWAN, US = "China", "Japan", "Taiwan", "United States"
CN_MFA = "Ministry of Foreign Affairs of the People's Republic of China"
TW_MOFA = "Ministry of Foreign Affairs of Taiwan"
TW_MND = "Ministry of National Defense of Taiwan"

# (text, rows that must be read, rows that must not be read)
CASES = [
    # wire copy: a spokesperson in the institutional voice -> speaker and state
    ("Chinese Foreign Ministry spokesperson Lin Jian said on Tuesday that China firmly opposes any form of official "
     "exchanges between Japan and the Taiwan region.",
     {("Lin Jian", OCP, S), ("Lin Jian", OFF, O), (CHINA, OCP, S), (CHINA, OFF, O)}, set()),
    # pronoun holder in the next sentence
    ("Taiwan's Foreign Minister Lin Chia-lung met reporters in Taipei on Friday. He said Taiwan hopes to hold a "
     "security dialogue with Japan.", {("Lin Chia-lung", SEC, S)}, set()),
    # 'the ministry' carried from the previous sentence
    ("China's Foreign Ministry issued a statement on Sunday. The ministry said it resolutely opposes separatist "
     "activities aimed at Taiwan independence.", {(CN_MFA, IND, O)}, set()),
    # a state metonym showing a position by an act
    ("Beijing protested the visit of a Japanese vice minister to Taipei last week.", {(CHINA, OFF, O)}, set()),
    # welcoming an act
    ("Taiwan's Ministry of Foreign Affairs welcomed the visit to Taipei by a Japanese vice minister, calling it a "
     "milestone for bilateral ties.", {(TW_MOFA, OFF, S)}, set()),
    ("Taipei welcomed the first joint drill between the Japan Coast Guard and Taiwan's coast guard.",
     {(TAIWAN, SEC, S)}, set()),
    # voiced concern over cooperation = oppose it (not read yet: 'concern over' is no cue, a feared contingency is no
    # position on defending Taiwan)
    pytest.param("Wang Yi voiced serious concern over growing military cooperation between Japan and Taiwan.",
                 {("Wang Yi", SEC, O)}, set(), marks=pytest.mark.xfail(reason="'concern over' not a cue", strict=True)),
    # urged, with a role-noun apposition and a pronoun in the next sentence
    ("Hsiao Bi-khim met visiting Japanese lawmakers on Monday. She urged them to deepen security cooperation with "
     "Taiwan.", {("Hsiao Bi-khim", SEC, S)}, set()),
    ("Lawmaker Keiji Furuya urged the government to set up a hotline between the Japan Coast Guard and Taiwan's coast "
     "guard.", {("Keiji Furuya", SEC, S)}, {("Keiji Furuya", OFF, S), (JAPAN, SEC, S)}),
    # refusal for lack of diplomatic relations = oppose both
    ("Tokyo turned down Taipei's request for a security dialogue, citing the absence of diplomatic relations.",
     {(JAPAN, SEC, O), (JAPAN, OFF, O)}, {(TAIWAN, SEC, O)}),
    ("Japan cannot hold defense talks with Taiwan because the two have no diplomatic relations, Yoshimasa Hayashi said.",
     {("Yoshimasa Hayashi", SEC, O), ("Yoshimasa Hayashi", OFF, O)}, set()),
    # split-China wordings
    ("Ambassador Wu Jianghao said there is only one China in the world and Taiwan is an inalienable part of China's "
     "territory.", {("Wu Jianghao", OCP, S)}, set()),
    ("In a speech, Lai Ching-te said the Republic of China and the People's Republic of China are not subordinate to "
     "each other.", {("Lai Ching-te", IND, S)}, {("Lai Ching-te", OCP, O)}),
    # the speaker carried to the next quoted sentence
    ('"We will never accept foreign interference," said Lin Jian. "Japan must stop conniving with Taiwan independence '
     'forces."', {("Lin Jian", IND, O)}, set()),
    # negation: a sitting prime minister on his state's policy
    ("Fumio Kishida said Japan does not support Taiwan independence.",
     {("Fumio Kishida", IND, O), (JAPAN, IND, O)}, {("Fumio Kishida", IND, S)}),
    # keeping ambiguity = oppose clarity
    ("Antony Blinken said the United States would maintain its policy of strategic ambiguity.",
     {("Antony Blinken", CLR, O), (US, CLR, O)}, set()),
    # press release, a body as holder (named with its country: a bare 'Ministry of National Defense' is several states')
    ("Taiwan's Ministry of National Defense (MND) said it will continue to deepen exchanges with Japan on regional security.",
     {(TW_MND, SEC, S)}, set()),
    # a declared policy = the state's stance
    ("Japan's official position is that it does not support Taiwan independence.", {(JAPAN, IND, O)}, set()),
    # the state alone, reported by the narrator
    ("Beijing has long opposed official contacts between Tokyo and Taipei.", {(CHINA, OFF, O), (CHINA, OCP, S)}, set()),
    # a defense minister's call for readiness
    ("Gen Nakatani said Japan must be prepared to defend Taiwan if it is attacked.", {("Gen Nakatani", DEF, S)}, set()),
    # a feature: a lawmaker's opinion, his 'we' is no state's
    pytest.param('"We need a proper security channel with Taipei," said Keiji Furuya, who heads a pro-Taiwan caucus.',
                 {("Keiji Furuya", SEC, S)}, {(JAPAN, SEC, S)},
                 marks=pytest.mark.xfail(reason="'channel with Taipei' not a keyword", strict=True)),
    # reactions to a matter named before (stance_anaphora.py): the clause before, or the sentence before
    ("When Taipei proposed a security dialogue last year, the Japanese government turned it down, citing the absence of "
     "diplomatic relations.", {(TAIWAN, SEC, S), (JAPAN, SEC, O), (JAPAN, OFF, O)}, {(TAIWAN, SEC, O)}),
    ("Lawmakers in Tokyo have floated a security dialogue with Taipei. Beijing condemned the move on Tuesday.",
     {(CHINA, SEC, O)}, set()),
    ("The two coast guards held their first joint drill off Yonaguni in May. Taiwan's Ocean Affairs Council welcomed "
     "the drill.", {("Ocean Affairs Council", SEC, S)}, set()),
    ("Taipei asked for intelligence sharing with Tokyo, but the Japanese government rejected the request.",
     {(JAPAN, SEC, O)}, set()),
    ("I must stress that any military contact with the Taiwan region violates the one-China principle. We firmly oppose "
     "it, Lin Jian said.", {("Lin Jian", SEC, O)}, {("Lin Jian", OCP, O)}),
    # opposing interference over Taiwan = one-China support
    ("Mao Ning said China firmly opposes Japan's interference in China's internal affairs on the Taiwan question.",
     {("Mao Ning", OCP, S)}, set()),
]

# texts that must give no stance at all
NONE = [
    # op-ed: the author's own voice
    "Japan should open a security dialogue with Taiwan now. Tokyo cannot afford to wait for Washington.",
    # a question
    "Would Japan really defend Taiwan if China attacked the island?",
    # a hypothetical of the narrator
    "If Tokyo were to recognize Taipei, the reaction from Beijing would be severe.",
    # unnamed critics
    "Critics say the government has quietly abandoned strategic ambiguity.",
    # declined to comment is no refusal of the topic
    "Japan declined to comment on whether it would help defend Taiwan.",
    # a forecast by the document
    "Security cooperation between Japan and Taiwan is likely to deepen next year.",
    # a reaction to another relation's act, or to a threat (no Japan-Taiwan matter)
    "Japan and the Philippines agreed on joint patrols. Beijing criticized the move.",
    "China held large drills simulating a blockade of Taiwan. Taiwan's defence ministry condemned the drills.",
    "Japanese industry has long sought to avoid a Taiwan contingency but has not managed to stop it.",
    # a reporter's question in a transcript
    "Reporter: Does the ministry support a security dialogue with Taiwan?",
]

# rows a speaker must NOT get for a position held in another's words
NOT_HELD = [
    ('Wang Yi said Taro Kono\'s remark that "Japan must defend Taiwan" showed dangerous thinking.',
     ("Wang Yi", DEF, S)),
    ("Mao Ning was asked about reports that Taipei wants a security dialogue with Tokyo.", ("Mao Ning", SEC, S)),
    ("Lin Jian said that if Japan ever opened official ties with Taiwan, relations with China would collapse.",
     ("Lin Jian", OFF, S)),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_probe_rows(seed_extractor, text, present, absent):
    got = rows(seed_extractor, text)
    assert present <= got, (present - got, got)
    assert not absent & got, got


@pytest.mark.parametrize("text", NONE)
def test_probe_no_stance(seed_extractor, text):
    assert rows(seed_extractor, text) == set()


@pytest.mark.parametrize("text, row", NOT_HELD)
def test_probe_not_held(seed_extractor, text, row):
    assert row not in rows(seed_extractor, text)
