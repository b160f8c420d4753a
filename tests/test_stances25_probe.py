"""Probe of the stances25 round (holder resolution): short multi-sentence texts in our own words (wire copy, transcript
with speaker labels, op-ed, press release) where the holder is named in another sentence, frame or turn than the
position: a speaker introduced before and continued ('X told reporters ... "We will ..."'), the next sentence of a
quotation, a transcript turn, a body's statement; the speaker's state as the second row (GUIDELINES, "Officials and their
states"); and texts where the holder must NOT carry (a new speaker, a third party's view, the document's own voice).
Expected rows come from GUIDELINES (Stances), not from the extractor: text in -> {(holder name, topic, polarity)}."""
import pytest

from tests.test_stances24_probe import CN_MFA, CHINA, JAPAN, TW_MND, TW_MOFA, rows

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
DEF = "defense_of_taiwan"
OCP = "one_china_policy"
IND = "taiwan_independence"
S, O = "support", "oppose"
MAC = "Mainland Affairs Council"
CN_EMB = "Embassy of China in Japan"

# (text, rows that must be read, rows that must not be read)
CASES = [
    # a quotation opened after a colon goes on into its second sentence: the PM's institutional 'we'
    ('Prime Minister Fumio Kishida told reporters on Monday: "I raised the matter with the Chinese side. We will keep '
     'our relations with Taiwan on a non-governmental basis."',
     {("Fumio Kishida", OFF, O), (JAPAN, OFF, O)}, set()),
    # the next quoted sentence after '..., Lin said.'
    ('Taiwan\'s foreign minister Lin Chia-lung addressed the forum on Thursday. "Our two democracies face the same '
     'threat," Lin said. "Taiwan hopes to hold a security dialogue with Japan."',
     {("Lin Chia-lung", SEC, S)}, set()),
    # a transcript turn with a name label
    pytest.param("Mao Ning: Good afternoon. I have no announcements today.\nReporter: What is your response to the lawmakers' visit "
     "to Taipei?\nMao Ning: China firmly opposes any official interaction between Japan and the Taiwan region.",
     {("Mao Ning", OFF, O), ("Mao Ning", OCP, S), (CHINA, OFF, O), (CHINA, OCP, S)}, set(),
                 marks=pytest.mark.xfail(strict=True, reason='the state row needs the speaker titled an official; the transcript names no title')),
    # 'In a statement, the ministry ...' after the ministry is named
    ("China's Foreign Ministry reacted sharply on Friday. In a statement, the ministry said China firmly opposes any "
     "form of official exchanges between Japan and Taiwan.",
     {(CN_MFA, OFF, O), (CN_MFA, OCP, S)}, set()),
    # a statement quoted after the body is named
    pytest.param("Taiwan's defense ministry released a statement on Sunday. \"We welcome closer security cooperation with Japan,\" "
     "the statement said.", {(TW_MND, SEC, S)}, set(),
                 marks=pytest.mark.xfail(strict=True, reason="'the statement said' is no speaker: an unnamed statement of a body named before (not done)")),
    # press release: 'The ministry said' carries the body named before
    ("Taiwan's Ministry of Foreign Affairs thanked Tokyo on Monday for its support. The ministry said Taiwan looks "
     "forward to deepening security cooperation with Japan.", {(TW_MOFA, SEC, S)}, set()),
    # an op-ed quoting an official: the official holds it
    pytest.param("Tokyo cannot wait any longer. As Defense Minister Minoru Kihara put it last week, \"Japan and Taiwan should "
     "share more intelligence.\"", {("Minoru Kihara", SEC, S)}, set(),
                 marks=pytest.mark.xfail(strict=True, reason="'as X put it' is no attribution frame yet (attribution.py)")),
    # the state named by the official as holding its position: speaker and state
    ("Chief Cabinet Secretary Yoshimasa Hayashi said Japan's position on Taiwan, as stated in the 1972 Japan-China "
     "Joint Communique, remains unchanged.", {("Yoshimasa Hayashi", OCP, S), (JAPAN, OCP, S)}, set()),
    # the government named in the quotation, speaker after it
    ('"The Chinese government firmly opposes Taiwan independence," spokesperson Lin Jian said on Wednesday.',
     {("Lin Jian", IND, O), (CHINA, IND, O)}, set()),
    # a former official: no state row
    ("Former prime minister Shinzo Abe said a Taiwan emergency is a Japan emergency.",
     {("Shinzo Abe", DEF, S)}, {(JAPAN, DEF, S)}),
    # a lawmaker's 'we' is not the state's
    ('Lawmaker Keiji Furuya told the gathering: "We must deepen security cooperation with Taiwan."',
     {("Keiji Furuya", SEC, S)}, {(JAPAN, SEC, S)}),
    # a new speaker: the first one does not carry
    ("Kishida said Japan hopes for peace in the Taiwan Strait. Chinese foreign ministry spokesperson Mao Ning said "
     "China opposes official exchanges between Japan and Taiwan.",
     {("Mao Ning", OFF, O)}, {("Fumio Kishida", OFF, O)}),
    # the pronoun subject of 'added' is the last speaker
    ("Hsiao Bi-khim said on Tuesday that Taiwan valued its friendship with Japan. She added that Taiwan hopes to set "
     "up a security dialogue with Japan.", {("Hsiao Bi-khim", SEC, S)}, set()),
    # a role noun ('the minister') continuing a named official
    ("Japan's Defense Minister Minoru Kihara visited Yonaguni on Saturday. The minister said Japan and Taiwan should "
     "share information on Chinese warships.", {("Minoru Kihara", SEC, S)}, set()),
    # 'the spokesperson' continuing: speaker and the named state
    ("Chinese Foreign Ministry spokesperson Mao Ning was asked about the trip on Monday. The spokesperson said China "
     "firmly opposes any official contact between Japan and Taiwan.",
     {("Mao Ning", OFF, O), (CHINA, OFF, O)}, set()),
    # 'according to' a named speaker
    ("Taiwan hopes to hold a security dialogue with Japan, according to Foreign Minister Lin Chia-lung.",
     {("Lin Chia-lung", SEC, S)}, set()),
    # a quoted paragraph after the speaker's paragraph
    ("Hayashi was asked about the visit at a regular news conference.\n\n\"Japan's relations with Taiwan remain "
     "non-governmental working relations,\" Hayashi said.",
     {("Yoshimasa Hayashi", OFF, O), (JAPAN, OFF, O)}, set()),
    # the brief's own construction: speaker introduced, then 'he said' with the institutional 'we'
    ("Kishida told reporters in Tokyo that he would meet the Chinese premier next week. \"We will maintain our "
     "one-China policy as stated in the 1972 Joint Communique,\" he said.",
     {("Fumio Kishida", OCP, S), (JAPAN, OCP, S)}, set()),
    # an embassy's statement
    pytest.param("China's Embassy in Japan said in a statement that Tokyo must stop sending wrong signals to Taiwan "
     "independence forces.", {(CN_EMB, IND, O)}, set(),
                 marks=pytest.mark.xfail(strict=True, reason="actors: 'China's Embassy in Japan' opening a sentence is discovered, not the registry's embassy")),
    # 'the council added' carries the council
    ("The Mainland Affairs Council said on Thursday that the drills threatened regional peace. The council added that "
     "Taiwan will deepen security cooperation with Japan.", {(MAC, SEC, S)}, set()),
    # two quoted speakers in a row: each holds their own words
    ('"We support a security dialogue with Japan," said Joseph Wu. "China firmly opposes any official contacts between '
     'Taiwan and Japan," said Mao Ning.',
     {("Joseph Wu", SEC, S), ("Mao Ning", OFF, O)}, {("Joseph Wu", OFF, O), ("Mao Ning", SEC, S)}),
    # a spokesperson's turn in a briefing with a body label
    ("Q: Japan's new defense white paper mentions Taiwan. What is China's comment?\nA: China firmly opposes any "
     "attempt by Japan to interfere in the Taiwan question. Lin Jian made the remarks at the regular briefing.",
     set(), {("Lin Jian", DEF, S)}),
    # a wire lead with the speaker in the second sentence
    ("Japan and Taiwan should set up a coast guard hotline, a senior Japanese lawmaker said on Monday. Keiji Furuya, "
     "who heads a parliamentary friendship group, made the remark in Taipei.", set(), {(JAPAN, SEC, S)}),
    # a head of state's declared policy: speaker and state
    ("President Lai Ching-te said Taiwan will strengthen its security cooperation with Japan and the United States.",
     {("Lai Ching-te", SEC, S)}, set()),
    # a view frame after the person is named: theirs, a prescription included
    ("Alexander Huang, a strategist in Taipei, is blunter than most. In his view, the Japanese and Taiwanese militaries "
     "ought at least to be able to talk to each other.", {("Alexander Huang", SEC, S)}, set()),
    ("Yoko Kamikawa spoke at length about the region. In her opinion, Japan and Taiwan should share more intelligence.",
     {("Yoko Kamikawa", SEC, S)}, set()),
    # the state named after a first verb that is another act
    pytest.param("Chinese foreign ministry spokesperson Mao Ning criticized the visit and said Beijing firmly opposes any official "
     "exchanges between Japan and Taiwan.", {("Mao Ning", OFF, O), (CHINA, OFF, O)}, set(),
                 marks=pytest.mark.xfail(strict=True, reason="attribution: 'criticized the visit and said ...' finds no speaker (a non-reporting first verb)")),
    # the office's complement in the title: a sitting minister's institutional 'we'
    ('"We will keep deepening security cooperation with Japan," said Minister of Foreign Affairs Lin Chia-lung.',
     {("Lin Chia-lung", SEC, S), ("Taiwan", SEC, S)}, set()),
    # a named state's position reported without a speaker: only the state
    ("Tokyo firmly opposes any change to the status quo by force, and Japan's official position is that relations "
     "with Taiwan are non-governmental.", {(JAPAN, OFF, O)}, set()),
]

# texts where no one named holds a stance
NONE = [
    # an op-ed's author in the byline: the author's own voice is not annotated
    "By Tetsuo Kotani\n\nJapan should hold a security dialogue with Taiwan now, before it is too late.",
    # the document's voice after a speaker's paragraph
    "Kishida spoke to reporters on Monday.\n\nJapan should hold a security dialogue with Taiwan, analysts say.",
]

# rows a speaker named before must NOT get
NOT_HELD = [
    # a reported view of someone else in the next sentence
    ("Kishida met Taiwanese lawmakers in Tokyo on Monday. The visitors urged Japan to open a security dialogue with "
     "Taiwan.", ("Fumio Kishida", SEC, S)),
    # what others want, in the speaker's words
    ("Lin Jian said Tokyo had been warned. Some Japanese politicians want to open official talks with Taiwan, the "
     "report noted.", ("Lin Jian", OFF, S)),
    # a view frame with no person named before: the document's
    ("Japan's defense budget rose again. In his view, Japan should hold a security dialogue with Taiwan.", ("Japan", SEC, S)),
    # a quoted third party inside the speaker's words
    ('Mao Ning said the lawmaker\'s claim that "Japan must defend Taiwan" was dangerous.', ("Mao Ning", DEF, S)),
    # the next paragraph opens with another named holder
    ("Hayashi declined to comment on the drills.\n\nTaiwan's President Lai Ching-te said Taiwan hopes to hold a "
     "security dialogue with Japan.", ("Yoshimasa Hayashi", SEC, S)),
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
