"""Probe of the stances26 round (readings that never fired): short texts in our own words, varied registers (wire
copy, op-ed, parliamentary record, press release, state media), where the position is stated indirectly -- a welcome,
a concern voiced over an act, a call for restraint, an appeal to refrain, 'a threat to regional stability', an
evaluative adjective, a topic named by paraphrase -- and texts that must give NO stance (a mere mention, a third
party's view reported by someone who rejects it, a hypothetical question, the document's own voice).
Expected rows come from GUIDELINES (Stances), not from the extractor: text in -> {(holder name, topic, polarity)}."""
import pytest

from tests.test_stances24_probe import CHINA, CN_MFA, JAPAN, TW_MOFA, rows

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
DEF = "defense_of_taiwan"
CLR = "us_strategic_clarity"
OCP = "one_china_policy"
IND = "taiwan_independence"
S, O = "support", "oppose"

# (text, rows that must be read, rows that must not be read)
CASES = [
    # --- jp_tw_security_cooperation, support, indirect
    ("Taiwanese lawmaker Wang Ting-yu welcomed the joint coast guard drill with Japan as a step forward.",
     {("Wang Ting-yu", SEC, S)}, set()),
    ("Foreign Minister Lin Chia-lung said Taipei looks forward to deepening cooperation with Tokyo on maritime security.",
     {("Lin Chia-lung", SEC, S)}, set()),
    ("Former Japanese defense minister Itsunori Onodera said Japan and Taiwan should sit down and talk about security.",
     {("Itsunori Onodera", SEC, S)}, set()),
    ("Taiwan's Ocean Affairs Council minister Kuan Bi-ling said the exercise opened a new chapter in Taiwan-Japan maritime "
     "security cooperation.", {("Kuan Bi-ling", SEC, S)}, set()),
    ("Lawmaker Lin Yu-fang urged the foreign ministry to negotiate an arrangement with Japan to share radar data on "
     "aircraft near Yonaguni.", {("Lin Yu-fang", SEC, S)}, set()),
    ("Taiwan's defense ministry said it was open to security talks with Japan.",
     {("Ministry of National Defense of Taiwan", SEC, S)}, set()),
    # --- jp_tw_security_cooperation, oppose
    pytest.param("Chinese defense ministry spokesman Zhang Xiaogang warned Tokyo against colluding with Taiwan on military matters.",
     {("Zhang Xiaogang", SEC, O)}, set(),
     marks=pytest.mark.xfail(strict=True, reason="collusion named without a security keyword ('colluding with Taiwan on military matters'): not done")),
    ("Global Times said Japan's security ties with Taiwan were a dangerous provocation.",
     {("Global Times", SEC, O)}, set()),
    # --- jp_tw_official_relations
    ("Taiwan's foreign ministry welcomed the visit by the Japanese vice minister and said it hoped for more official "
     "exchanges with Japan.", {(TW_MOFA, OFF, S)}, set()),
    pytest.param("Lawmaker Keiji Furuya urged the government to send a cabinet minister to Taiwan.",
     {("Keiji Furuya", OFF, S)}, set(),
     marks=pytest.mark.xfail(strict=True, reason="'cabinet minister to Taiwan' left out: on held-out 12 its row went to the "
                                                   "council the lawmaker heads (holder of a relative clause)")),
    ("Chinese Foreign Ministry spokesperson Mao Ning said Japan should not engage in any form of official exchanges with "
     "the Taiwan region.", {("Mao Ning", OFF, O)}, set()),
    ("Chief Cabinet Secretary Yoshimasa Hayashi said Japan would keep its relations with Taiwan as non-governmental "
     "working relations.", {("Yoshimasa Hayashi", OFF, O)}, set()),
    # --- defense_of_taiwan
    ("Defense Minister Gen Nakatani said Japan must be ready to respond to a Taiwan contingency together with the "
     "United States.", {("Gen Nakatani", DEF, S)}, set()),
    pytest.param("Okinawa Governor Denny Tamaki said he would never accept the islands becoming a battlefield over Taiwan.",
     {("Denny Tamaki", DEF, O)}, set(),
     marks=pytest.mark.xfail(strict=True, reason="'a battlefield over Taiwan' is no keyword or phrase yet")),
    ("Analyst Bonnie Glaser said Japan should make clear that it would stand with the United States if Taiwan is attacked.",
     {("Bonnie Glaser", DEF, S)}, set()),
    # (stances27: the phrase in the complement of the cue's object is read at the cue, its subject and mood)
    ("The Japanese Communist Party opposes any step that would drag Japan into a war over Taiwan.",
     {("Japanese Communist Party", DEF, O)}, set()),
    ("Former prime minister Yukio Hatoyama said Japan should not involve itself in the Taiwan question.",
     {("Yukio Hatoyama", DEF, O)}, set()),
    # --- us_strategic_clarity
    pytest.param("Senator Tom Cotton called on Washington to drop strategic ambiguity and state that it would defend Taiwan.",
     {("Tom Cotton", CLR, S)}, set(),
     marks=pytest.mark.xfail(strict=True, reason="'drop' is no cue (too generic to add without a census)")),
    ("Pentagon spokesman John Kirby said the United States does not get into hypotheticals about how it would respond to "
     "an attack on Taiwan.", {("John Kirby", CLR, O)}, set()),
    # --- one_china_policy
    ("Foreign Minister Takeshi Iwaya said Japan's position on Taiwan remains as stated in the 1972 Joint Communique.",
     {("Takeshi Iwaya", OCP, S)}, set()),
    ("Chinese ambassador Wu Jianghao said Taiwan is an inalienable part of China's territory.",
     {("Wu Jianghao", OCP, S)}, set()),
    ("The French foreign ministry reaffirmed that France pursues a one-China policy.",
     {("France", OCP, S)}, set()),
    # --- taiwan_independence
    ("Chinese Foreign Ministry spokesperson Lin Jian urged Tokyo not to allow separatist activities on Japanese soil.",
     {("Lin Jian", IND, O)}, set()),
    ("Chinese defense minister Dong Jun said the PLA would fight at all costs if anyone tries to split Taiwan from China.",
     {("Dong Jun", IND, O)}, set()),
    ("President Lai Ching-te said the Republic of China and the People's Republic of China are not subordinate to each "
     "other.", {("Lai Ching-te", IND, S)}, set()),
    ("Wang Huning warned that seeking Taiwan independence leads to a dead end.",
     {("Wang Huning", IND, O)}, set()),
    # --- concern, restraint, threat to stability: the stock diplomatic register
    ("Taiwan's foreign ministry welcomed the G7 statement stressing the importance of peace and stability across the "
     "Taiwan Strait.", set(), {(TW_MOFA, DEF, S)}),
    ("Chinese Foreign Ministry spokesperson Guo Jiakun said Japan's remarks on a Taiwan contingency were a grave "
     "provocation and a threat to regional stability.", {("Guo Jiakun", DEF, O)}, set()),
    # --- added with the fixes (generic wordings of the classes found in the census)
    ('Taiwan Affairs Office spokeswoman Zhu Fenglian said that separatist forces would "never succeed."',
     {("Zhu Fenglian", IND, O)}, set()),
    ("Coast guard official Chou Mei-wu said the two coast guards should open a channel of communication to avoid "
     "accidents at sea.", {("Chou Mei-wu", SEC, S)}, set()),
    ('"A defense dialogue between Tokyo and Taipei is no longer a taboo," legislator Lo Chih-cheng said.',
     {("Lo Chih-cheng", SEC, S)}, set()),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow regards Taiwan as an inalienable part of the "
     "People's Republic of China.", {("Maria Zakharova", OCP, S)}, set()),
    ("Admiral Lee Hsi-ming urged Tokyo to share real-time radar and maritime intelligence with Taiwan.",
     {("Lee Hsi-ming", SEC, S)}, set()),
    ("Chinese Foreign Ministry spokesperson Wang Wenbin said the Taiwan question brooks no foreign interference.",
     {("Wang Wenbin", OCP, S)}, set()),
    ('"Closer communication on security is in the interest of both sides," Taiwanese defense official Tien Wei-ming said.',
     {("Tien Wei-ming", SEC, S)}, set()),
    ("State Department spokesman Matthew Miller said US policy deliberately leaves unsaid what the United States would or "
     "would not do in a crisis over Taiwan.", {("Matthew Miller", CLR, O)}, set()),
    # --- NO stance
    ("The Japanese destroyer sailed through the Taiwan Strait on Tuesday, the Ministry of Defense said.",
     set(), {(JAPAN, DEF, S), ("Ministry of Defense (Japan)", DEF, S)}),
    ("Reporters asked Chief Cabinet Secretary Yoshimasa Hayashi whether Japan would defend Taiwan.",
     set(), {("Yoshimasa Hayashi", DEF, S), ("Yoshimasa Hayashi", DEF, O)}),
    pytest.param("Chinese Foreign Ministry spokesperson Mao Ning rejected claims by some Japanese politicians that a Taiwan emergency "
     "is a Japan emergency.", {("Mao Ning", DEF, O)}, {("Mao Ning", DEF, S)},
     marks=pytest.mark.xfail(strict=True, reason='a phrase inside the claim a speaker rejects keeps its own polarity (not done)')),
    ("If Japan and Taiwan ever set up a military hotline, Beijing would respond, the commentary said.",
     set(), {(JAPAN, SEC, S)}),
    ("Japan's security cooperation with Taiwan has grown in recent years, according to the report.",
     set(), {(JAPAN, SEC, S)}),
    ("The delegation met Taiwanese officials in Taipei to discuss the semiconductor industry.",
     set(), {(JAPAN, SEC, S), (JAPAN, OFF, S)}),
    ("Japan should quietly build a coast guard channel with Taiwan. Tokyo has waited too long.",
     set(), {(JAPAN, SEC, S)}),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_probe(seed_extractor, text, must, must_not):
    got = rows(seed_extractor, text)
    assert must <= got, f"missing {must - got}; got {got}"
    assert not (must_not & got), f"unwanted {must_not & got}"
