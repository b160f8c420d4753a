"""Probe of the stances28 round: short texts in our own words (wire copy, agency release, transcript, op-ed, feature)
for a Japan-Taiwan topic named by PARAPHRASE: the other party as 'its Japanese counterpart', 'their Taiwanese
counterparts', 'the Japanese side' after a cooperation, exchange, dialogue or talks noun, in a sentence that names a
security matter; and the anaphoric 'policy has not changed'. Half the texts must give NO stance: analysts'
descriptions, forecasts, hypotheticals, others' positions reported, a counterpart of a third country, a meeting of
counterparts that is no cooperation.
Expected rows come from GUIDELINES (Stances), not from the extractor: text in -> {(holder name, topic, polarity)}."""
import pytest

from tests.test_stances24_probe import rows

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
CLR = "us_strategic_clarity"
OCP = "one_china_policy"
S, O = "support", "oppose"
CGA = "Coast Guard Administration"


def _todo(text, present, absent, why):
    return pytest.param(text, present, absent, marks=pytest.mark.xfail(strict=True, reason=why))


# (text, rows that must be read, rows that must not be read)
CASES = [
    # --- the other party as a counterpart, beside a security matter: the speaker's position
    ("Coast Guard Administration chief Lin Wen-hao said the coast guard would keep deepening cooperation with its "
     "Japanese counterpart on search and rescue at sea.", {("Lin Wen-hao", SEC, S)}, set()),
    ("Taiwan's coast guard wants closer cooperation with its Japanese counterpart in patrolling the waters east of the "
     "island, deputy director Tsai Ming-hui said on Monday.", {("Tsai Ming-hui", SEC, S)}, set()),
    ("Defense Minister Chen Kuo-liang said the armed forces hoped to expand exchanges with their Japanese counterparts.",
     {("Chen Kuo-liang", SEC, S)}, set()),
    ("LDP lawmaker Keiji Furuya said Japan's coast guard should step up cooperation with its Taiwanese counterpart.",
     {("Keiji Furuya", SEC, S)}, set()),
    ("\"We will continue to strengthen maritime cooperation with the Japanese side,\" CGA spokesman Hsieh Ching-chin "
     "told reporters.", {("Hsieh Ching-chin", SEC, S)}, set()),
    ("Ocean Affairs Council minister Kuan Bi-ling said Taiwan hoped to hold regular talks with the Japanese side on coast "
     "guard rescue drills.", {("Kuan Bi-ling", SEC, S)}, set()),
    _todo("Japan Coast Guard commandant Ishii Shohei said the agency had no plan for joint patrols with its Taiwanese "
          "counterpart.", {("Ishii Shohei", SEC, O)}, set(), "a refusal 'had no plan for' a keyword: no row (not diagnosed)"),
    # --- NO stance: a counterpart of a third country, a meeting of counterparts, descriptions, forecasts, others' words
    ("Defense Minister Gen Nakatani met his Philippine counterpart in Manila to discuss maritime security.", set(),
     {("Gen Nakatani", SEC, S)}),
    ("US Secretary of State Marco Rubio held security talks with his Japanese counterpart in Tokyo on Tuesday.", set(),
     {("Marco Rubio", SEC, S)}),
    ("Australian Defence Minister Richard Marles said Canberra would deepen defence cooperation with its Japanese "
     "counterpart.", set(), {("Richard Marles", SEC, S)}),
    ("Analysts note that Taiwan's coast guard has worked with its Japanese counterpart on rescues for years.", set(),
     {(CGA, SEC, S)}),
    ("Cooperation between the coast guard and its Japanese counterpart could expand if tensions rise, observers say.",
     set(), {(CGA, SEC, S)}),
    ("If Beijing escalates, the coast guard might need closer cooperation with its Japanese counterpart.", set(),
     {(CGA, SEC, S)}),
    ("China's Foreign Ministry spokesman Lin Jian said the CGA's cooperation with its Japanese counterpart was a "
     "provocation.", {("Lin Jian", SEC, O)}, {("Lin Jian", SEC, S)}),
    ("The coast guard's cooperation with its Japanese counterpart dates back to a 2017 memorandum.", set(),
     {(CGA, SEC, S)}),
    ("Chinese Foreign Minister Wang Yi cancelled a meeting with his Japanese counterpart over the G7 statement on Taiwan.",
     set(), {("Wang Yi", SEC, S), ("Wang Yi", SEC, O)}),
    ("Officials of the Japan Coast Guard and their Taiwanese counterparts attended the fisheries meeting.", set(),
     {("Japan Coast Guard", SEC, S)}),
    ("China lodged representations with the Japanese side over the visit, the embassy said.", set(),
     {(CGA, SEC, S)}),
    ("The report said cooperation with the Japanese side on fisheries has stalled.", set(), {("Taiwan", SEC, S)}),
    # --- held-out 21 classes still open: anaphoric policy, evaluative and prescriptive paraphrases
    _todo("Washington's strategic ambiguity drew questions at the forum. The White House said afterwards that U.S. policy "
          "had not changed.", {("White House", CLR, O)}, set(), "an anaphoric 'policy' resolving to the topic named before"),
    ("The White House said the policy on trade tariffs had not changed.", set(), {("White House", CLR, O)}),
    ("Analysts wondered whether U.S. policy on Taiwan had changed.", set(), {("United States", CLR, O)}),
    _todo("Researcher Lin Pei-hsuan said the next step should be a direct security dialogue with the Japanese government.",
          {("Lin Pei-hsuan", SEC, S)}, set(), "a prescribed 'next step' copula: no cue"),
    ("Analyst Wu Shu-fen said the next step for Beijing could be a blockade drill.", set(), {("Wu Shu-fen", SEC, S)}),
    _todo("Opposition leader Katsuya Okada said it was dangerous for a prime minister to say Japan would use force over "
          "Taiwan.", {("Katsuya Okada", "defense_of_taiwan", O)}, set(), "an evaluative 'dangerous to say' frame: not read"),
    ("Columnist Aiko Mori wrote that it would be dangerous for Tokyo to ignore the naval build-up.", set(),
     {("Aiko Mori", "defense_of_taiwan", O)}),
    _todo("Chang said the drills aimed at improving mutual understanding and coordination between the two coast guards.",
          {("Chang", SEC, S)}, set(), "a purpose clause of a drill reported: no cue"),
    ("The drills aimed at improving coordination between the two coast guards, the report said.", set(),
     {("Taiwan", SEC, S)}),
    ("Some Japanese lawmakers say closer cooperation with the Taiwanese side would anger Beijing.", set(),
     {("Japan", SEC, S), ("Japan", SEC, O)}),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_probe_rows(seed_extractor, text, present, absent):
    got = rows(seed_extractor, text)
    assert present <= got, (present - got, got)
    assert not (absent & got), (absent & got, got)
