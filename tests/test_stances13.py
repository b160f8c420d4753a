"""Pure-function tests of the stances13 round: the general vocabulary of positions on the six topics (seeds/topics.yaml)
written from how governments, officials, lawmakers and analysts state positions, not from the gold documents: stock
phrases of approval ('holds fast to', 'stands by', 'is conducive to') and of objection ('is firmly
against', 'grave concern', 'stern representations', 'harmful'), and the topics' common wordings ('reunify', 'the sole
legal government of China', 'splittism', 'independence-leaning', 'defense collaboration', 'joint patrols', 'substantive
relations', 'military aid to Taiwan', "Taiwan's security is Japan's security"). Own example sentences with other
speakers: text in -> (holder as mentioned, topic, polarity) out."""
import pytest

from tests.test_stances9 import holders


@pytest.mark.parametrize("text, expected", [
    # support cues: official stock phrases
    ("Chinese Foreign Ministry spokesperson Lin Jian said Beijing holds fast to the one-China principle.",
     {("Lin Jian", "one_china_policy", "support"), ("Beijing", "one_china_policy", "support")}),
    ("Rahm Emanuel said the United States stands by its one-China policy.",
     {("Rahm Emanuel", "one_china_policy", "support"), ("United States", "one_china_policy", "support")}),
    ("Kishida said Japan intends to push forward joint coast guard drills with Taiwan.",
     {("Kishida", "jp_tw_security_cooperation", "support"), ("Japan", "jp_tw_security_cooperation", "support")}),
    ("Rubio said the United States will supply defensive weapons to Taiwan.",
     {("Rubio", "defense_of_taiwan", "support"), ("United States", "defense_of_taiwan", "support")}),
    ("Analyst Bonnie Glaser said defense collaboration between Japan and Taiwan is desirable.",
     {("Bonnie Glaser", "jp_tw_security_cooperation", "support")}),
    ("Lawmaker Keiji Furuya said a substantive relationship between Japan and Taiwan is desirable.",
     {("Keiji Furuya", "jp_tw_official_relations", "support")}),
    # oppose cues: objection in the words of diplomatic protest
    ("Defense Minister Gen Nakatani said Japan is firmly against any unilateral attempt to declare independence.",
     {("Gen Nakatani", "taiwan_independence", "oppose"), ("Japan", "taiwan_independence", "oppose")}),
    ("Wang Wenbin said China is firmly against Japan's security cooperation with Taiwan.",
     {("Wang Wenbin", "jp_tw_security_cooperation", "oppose"), ("China", "jp_tw_security_cooperation", "oppose")}),
    ("Lin Jian said Japan's military support for Taiwan is harmful to China-Japan relations.",
     {("Lin Jian", "defense_of_taiwan", "oppose")}),
    ("Lin Jian said China lodged stern representations over official contacts between Japan and Taiwan.",
     {("Lin Jian", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose"),
      ("Lin Jian", "one_china_policy", "support"), ("China", "one_china_policy", "support")}),
    ("The spokesman said Beijing is resolutely against any foreign interference in the Taiwan question.",
     {("Beijing", "one_china_policy", "support")}),
    ("Guo Jiakun said China lodged solemn representations with Japan, voicing its strong condemnation of official "
     "interactions with Taiwan.",
     {("Guo Jiakun", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose"),
      ("Guo Jiakun", "one_china_policy", "support"), ("China", "one_china_policy", "support")}),
    # the topics' common wordings
    ("Shinjiro Koizumi said Japan should expand cooperation on security with Taiwan.",
     {("Shinjiro Koizumi", "jp_tw_security_cooperation", "support")}),
    ("Premier Li Qiang said China will realize complete reunification.",
     {("Li Qiang", "one_china_policy", "support"), ("China", "one_china_policy", "support"),
      ("Li Qiang", "taiwan_independence", "oppose"), ("China", "taiwan_independence", "oppose")}),
    ("Xi said the motherland must be and will be reunified.", {("Xi", "one_china_policy", "support")}),
    ("Mao Ning said Japan must honour the Potsdam Proclamation and the Cairo Declaration.",
     {("Mao Ning", "one_china_policy", "support")}),
    ("Zhu Fenglian said the DPP authorities are pushing independence-leaning policies and that China firmly opposes splittism.",
     # (the second reported clause names her state: its row too, GUIDELINES "Officials and their states")
     {("Zhu Fenglian", "taiwan_independence", "oppose"), ("China", "taiwan_independence", "oppose")}),
    ("Joseph Wu said Taipei welcomes the joint patrols of the Japanese and Taiwanese coast guards.",
     {("Joseph Wu", "jp_tw_security_cooperation", "support"), ("Taipei", "jp_tw_security_cooperation", "support")}),
    ("Former Prime Minister Shinzo Abe said Taiwan's security is Japan's security.",
     {("Shinzo Abe", "defense_of_taiwan", "support")}),
    ("Taiwanese President Lai Ching-te said there is no need to declare independence because Taiwan is already a "
     "sovereign country.", {("Lai Ching-te", "taiwan_independence", "support")}),
    # negations are read by the modality once: a cue that carries its own negation would flip it twice
    ("Kurt Campbell said Washington has no plans to abandon strategic ambiguity.",
     {("Kurt Campbell", "us_strategic_clarity", "oppose"), ("Washington", "us_strategic_clarity", "oppose")}),
    ("Wang Yi said China will never accept any form of Taiwan independence.",
     {("Wang Yi", "taiwan_independence", "oppose"), ("China", "taiwan_independence", "oppose")}),
    # a phrase dismissed by a cue with its own negation is denied once ('will never tolerate [a security dialogue
    # with Taiwan]' = oppose, not a double negation)
    ("Wang Yi said Beijing will never tolerate a security dialogue with Taiwan.",
     {("Wang Yi", "jp_tw_security_cooperation", "oppose"), ("Beijing", "jp_tw_security_cooperation", "oppose")}),
    ("Kurt Campbell said Washington has no intention to abandon strategic ambiguity.",
     {("Kurt Campbell", "us_strategic_clarity", "oppose"), ("Washington", "us_strategic_clarity", "oppose")}),
    # another relation, or no position: nothing
    ("Foreign Minister Takeshi Iwaya expressed grave concern over the joint military exercises between China and Russia.",
     set()),
    # a contingency feared or an alliance called important takes no position on defending Taiwan
    ("Kishida voiced concern over a possible Taiwan contingency.", set()),
    ("Austin said the US-Japan alliance is important for regional stability.", set()),
])
def test_vocabulary(seed_extractor, text, expected):
    assert holders(seed_extractor, text) == expected
