"""Pure-function tests of the stances11 round: officials and their states (GUIDELINES, Stances). The speaker holds what
they say; their state holds it too when the words name it or a sitting official speaks in the government's voice
('we firmly oppose', "our government's position"); a lawmaker's, former official's or analyst's words never make their
state a holder. Own example sentences: text in -> (holder as mentioned, topic, polarity) out."""
import pytest
import yaml

from pipeline.extract.actors import Mention
from pipeline.extract.stance_officials import compile_roles, institutional_we, speaker_roles
from tests.test_stances9 import holders

ROLES = compile_roles(yaml.safe_load(open("seeds/lexicons/attribution.yaml", encoding="utf-8")))


def _roles(text: str, name: str) -> str | None:
    start = text.index(name)
    return speaker_roles(text, [Mention(start, start + len(name), name, "p", "alias", 1.0)], {"p"}, ROLES).get("p")


@pytest.mark.parametrize("text, name, role", [
    ("Chinese Foreign Ministry spokesperson Wu Qian told reporters on Monday.", "Wu Qian", "official"),
    ("On Friday, Japanese Defense Minister Taro Yamada said so.", "Taro Yamada", "official"),
    ("Lee Min, South Korea's foreign minister, said so.", "Lee Min", "official"),
    ("Ambassador Carl Berg said so.", "Carl Berg", "official"),
    ("Former Defense Minister Ken Ota said so.", "Ken Ota", "unofficial"),
    ("Ken Ota, a former defense minister, said so.", "Ken Ota", "unofficial"),
    ("LDP lawmaker Jun Mori said so.", "Jun Mori", "unofficial"),
    ("Anna Berg, a senior fellow at a Washington think tank, said so.", "Anna Berg", "unofficial"),
    ("Prime Minister Aki Sato and former Prime Minister Jun Ito met.", "Aki Sato", "official"),
    ("Jun Ito said so.", "Jun Ito", None),
    # sitting when the words were said; not sitting yet
    ("Mia Lin, then minister of the Ocean Affairs Council, told me so.", "Mia Lin", "official"),
    ("Ambassador nominee Tom Reed told senators so.", "Tom Reed", "unofficial"),
])
def test_speaker_roles(text, name, role):
    assert _roles(text, name) == role


@pytest.mark.parametrize("text, cue, yes", [
    ("“We firmly oppose it", "oppose", True),
    ("“We have never supported it", "supported", True),
    ("“We will not accept it", "accept", True),
    ("“They oppose it", "oppose", False),
    ("“We heard that they oppose it", "oppose", False),
    ("“We urge Japan to stop sending wrong signals", "sending", True),
    ("“We respect that, but they reject it", "reject", False),
])
def test_institutional_we(text, cue, yes):
    assert institutional_we(text, 0, text.index(cue)) is yes


@pytest.mark.parametrize("text, expected", [
    # by name: the official and the state named in the reported clause
    ("Foreign Minister Yoshimasa Hayashi said Japan opposes Taiwan independence.",
     {("Yoshimasa Hayashi", "taiwan_independence", "oppose"), ("Japan", "taiwan_independence", "oppose")}),
    ("Chinese Foreign Ministry spokesperson Mao Ning told reporters that China firmly opposes any official interaction "
     "between Japan and Taiwan.",
     {("Mao Ning", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose")}),
    ("U.S. Secretary of State Antony Blinken said the United States does not support Taiwan independence.",
     {("Antony Blinken", "taiwan_independence", "oppose"), ("U.S.", "taiwan_independence", "oppose")}),
    # the reported words open with the state, the reporting frame follows
    ("Japan would not stand idle if a contingency occurred around Taiwan, Defense Minister Nobuo Kishi said.",
     {("Nobuo Kishi", "defense_of_taiwan", "support"), ("Japan", "defense_of_taiwan", "support")}),
    ("\"China firmly opposes any official contact between Japan and Taiwan,\" spokesperson Mao Ning said.",
     {("Mao Ning", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose")}),
    # the institutional voice of a sitting official
    ("\"We firmly oppose any form of official exchanges between Japan and Taiwan,\" Chinese Foreign Ministry "
     "spokesperson Mao Ning said.",
     {("Mao Ning", "jp_tw_official_relations", "oppose"), ("china", "jp_tw_official_relations", "oppose")}),
    ("\"We will never allow official exchanges between Japan and Taiwan,\" Wang Yi, China's foreign minister, said.",
     {("Wang Yi", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose")}),
    # an act reported with the state as its doer (the frame before or after the words)
    ("China lodged a protest over the visit of Taiwan's president to Japan, Foreign Ministry spokesperson Mao Ning said.",
     {("Mao Ning", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose")}),
    ("Foreign Ministry spokesperson Mao Ning said China had lodged a protest over the visit of Taiwan's president to Japan.",
     {("Mao Ning", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose")}),
    ("\"We have never supported Taiwan independence,\" Japanese Foreign Minister Yoshimasa Hayashi told reporters.",
     {("Yoshimasa Hayashi", "taiwan_independence", "oppose"), ("japan", "taiwan_independence", "oppose")}),
])
def test_official_and_state(seed_extractor, text, expected):
    assert expected <= holders(seed_extractor, text)


@pytest.mark.parametrize("text, speaker, state, topic", [
    # a lawmaker's, a former official's, an analyst's 'we' or named state is no state's position
    ("\"We firmly oppose Taiwan independence,\" former Foreign Minister Yoshimasa Hayashi said.",
     "Yoshimasa Hayashi", "japan", "taiwan_independence"),
    ("LDP lawmaker Keiji Furuya said Japan supports a security dialogue with Taiwan.",
     "Keiji Furuya", "Japan", "jp_tw_security_cooperation"),
    ("\"We firmly oppose Taiwan independence,\" Yoshimasa Hayashi, a former foreign minister, said.",
     "Yoshimasa Hayashi", "japan", "taiwan_independence"),
    ("\"We oppose any official contact between Japan and Taiwan,\" said Li Wei, a professor at Peking University.",
     "Li Wei", "china", "jp_tw_official_relations"),
    # a joint subject is no state's own word
    ("Taiwan's representative in Tokyo, Frank Hsieh, said Taiwan and Japan need to share coast guard information.",
     "Frank Hsieh", "Taiwan", "jp_tw_security_cooperation"),
    # a speaker without a role in the text: the 'we' is theirs only
    ("\"We support a security dialogue with Taiwan,\" Keiji Furuya said.",
     "Keiji Furuya", "japan", "jp_tw_security_cooperation"),
    # a prescription names the state as what the words are about
    ("Foreign Minister Yoshimasa Hayashi said Japan should deepen security cooperation with Taiwan.",
     "Yoshimasa Hayashi", "Japan", "jp_tw_security_cooperation"),
    ("Defense Minister Nobuo Kishi told a forum that Japan had to defend Taiwan.", "Nobuo Kishi", "Japan", "defense_of_taiwan"),
])
def test_no_state_row(seed_extractor, text, speaker, state, topic):
    found = holders(seed_extractor, text)
    assert any(h == speaker and t == topic for h, t, _ in found)
    assert not any(h == state and t == topic for h, t, _ in found)


@pytest.mark.parametrize("text, absent", [
    # a cue word inside a name is no cue ('Ban' of a person's name)
    ("Foreign Minister Ban Ki-moon told the National Assembly's unification committee on Monday that talks would begin.",
     "Ban Ki-moon"),
    # a cue after the keyword but inside a subordinate clause belongs to that clause
    ("Japan broke off diplomatic relations with Taipei when it recognized Beijing in 1972.", "Japan"),
    ("Seoul ended official relations with Taiwan after it recognized the People's Republic.", "Seoul"),
])
def test_no_cue_from_names_or_subordinate_clauses(seed_extractor, text, absent):
    assert not any(h == absent for h, _, _ in holders(seed_extractor, text))


@pytest.mark.parametrize("text, expected", [
    # a predicate cue right after its keyword still reads
    ("Security cooperation with Taiwan is vital, Kishi said.", ("Kishi", "jp_tw_security_cooperation", "support")),
    ("Tokyo sees security cooperation with Taiwan as vital.", ("Tokyo", "jp_tw_security_cooperation", "support")),
])
def test_predicate_cue_after_keyword(seed_extractor, text, expected):
    assert expected in holders(seed_extractor, text)


@pytest.mark.parametrize("text, speaker", [
    # a possibility or an ability before an involvement phrase is a forecast, no position
    ("\"Okinawa will not be able to stay out of a war over Taiwan,\" said Ken Ota, a professor at Ryukyu University.", "Ken Ota"),
    ("Senator Jim Risch said Australia might be drawn into a conflict over Taiwan.", "Jim Risch"),
    ("Marcos said it was hard to imagine a scenario in which Manila could stay out of a war over Taiwan.", "Marcos"),
])
def test_forecast_of_involvement_is_no_stance(seed_extractor, text, speaker):
    assert not any(h == speaker and t == "defense_of_taiwan" for h, t, _ in holders(seed_extractor, text))


@pytest.mark.parametrize("text, expected", [
    # a duty keeps the warning
    ("Japan must not be drawn into a war over Taiwan, Yukio Hatoyama said.", ("Yukio Hatoyama", "defense_of_taiwan", "oppose")),
    ("\"Australia should stay out of a war over Taiwan,\" Paul Keating said.", ("Paul Keating", "defense_of_taiwan", "oppose")),
])
def test_warning_of_involvement_stays(seed_extractor, text, expected):
    assert expected in holders(seed_extractor, text)
