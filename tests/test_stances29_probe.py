"""Probe of the stances29 round: short texts in our own words (wire copy, agency release, feature, transcript) for
the HOLDER and ANAPHORIC-TOPIC classes of stance misses.
- anaphoric topic: a reaction to 'the drill' / 'the exercise' reported paragraphs after the sentence that introduced it
  (the sentence before names something else); a protest 'with X over the exercise'; never a drill of another relation
  (the PLA's drills, a Japan-Philippines exercise);
- holder: a spokesperson's 'we' in a clause coordinated after the position ('..., and we firmly oppose ...'), a
  bracketed native-script name before the apposition that gives the role, a role word inside an office's name
  ('Representative Office' is no lawmaker); a body that reports its own state's act ('Beijing lodged a protest ...,
  the Chinese embassy said') is left (xfail) for a ruling;
- paraphrase: a modal followed by 'now' before the act ('should now build a coast guard hotline'); serving officers
  named with their force ('serving Self-Defense Forces officers'); 'cooperate with Taiwan' beside a security matter.
Half the texts must give NO such row. Expected rows come from GUIDELINES (Stances), not from the extractor:
text in -> {(holder name, topic, polarity)}."""
import pytest

from tests.test_stances24_probe import rows

SEC = "jp_tw_security_cooperation"
OFF = "jp_tw_official_relations"
OCP = "one_china_policy"
S, O = "support", "oppose"
CHINA, TAIWAN = "China", "Taiwan"


def _todo(text, present, absent, why):
    return pytest.param(text, present, absent, marks=pytest.mark.xfail(strict=True, reason=why))


DRILL_LEAD = ("The Japan Coast Guard and Taiwan's Coast Guard Administration held their first joint search-and-rescue drill off "
              "Yonaguni in May, officials in Tokyo and Taipei said.\n\n")
CAUTION = "Researchers said the quiet approach reflected fear of provoking Beijing.\n\n"

# (text, rows that must be read, rows that must not be read)
CASES = [
    # --- anaphoric topic: the matter named paragraphs before, by the head the anaphor repeats
    (DRILL_LEAD + CAUTION + "Ocean Affairs Council Minister Kuan Bi-ling welcomed the drill in a post on social media.",
     {("Kuan Bi-ling", SEC, S)}, set()),
    ("Japanese and Taiwanese coast guard cutters held a joint exercise east of Ishigaki last week, the first of its kind.\n\n"
     "Neither government announced it in advance. Officials on both sides declined to give details.\n\n"
     "Chinese Foreign Ministry spokesperson Lin Jian condemned the exercise at a briefing on Monday.",
     {("Lin Jian", SEC, O)}, set()),
    (DRILL_LEAD + CAUTION + "Japanese lawmaker Keiji Furuya praised the drill and called for more.",
     {("Keiji Furuya", SEC, S)}, set()),
    (DRILL_LEAD + "China lodged stern representations with Tokyo over the drill, the Chinese embassy said.",
     {(CHINA, SEC, O)}, set()),
    # NO row: drills of another relation, a head the sentences before do not name, a drill far outside the window
    ("The People's Liberation Army launched joint drills around Taiwan on Thursday.\n\nBeijing said little more.\n\n"
     "Taiwan's Defense Minister Wellington Koo condemned the drills as reckless.", set(),
     {("Wellington Koo", SEC, O)}),
    ("Japan and the Philippines held joint naval drills in the South China Sea last month.\n\n"
     "Analysts said the timing was telling.\n\nPhilippine Defense Secretary Gilberto Teodoro welcomed the drills.", set(),
     {("Gilberto Teodoro", SEC, S)}),
    (DRILL_LEAD + CAUTION + "Ocean Affairs Council Minister Kuan Bi-ling welcomed the decision to resume fishery talks.",
     set(), {("Kuan Bi-ling", SEC, S)}),
    # --- holder: the institutional 'we' of a sitting official in a coordinated clause after the position
    ("\"Taiwan is an inalienable part of China's territory, and we firmly oppose any attempt to create two Chinas,\" "
     "Chinese Foreign Ministry spokesman Liu Jianchao said.", {("Liu Jianchao", OCP, S), (CHINA, OCP, S)}, set()),
    ("\"The Taiwan question is China's internal affair, and we will not tolerate any outside interference,\" Foreign "
     "Minister Qin Gang said on Tuesday.", {("Qin Gang", OCP, S), (CHINA, OCP, S)}, set()),
    # NO state row: an analyst's 'we', a 'we' that opens no coordinated clause
    ("\"Taiwan is part of China's territory, and we should accept that,\" said Lu Xiang, a researcher at the Chinese "
     "Academy of Social Sciences.", set(), {(CHINA, OCP, S)}),
    # --- holder: the role after a bracketed native-script name; a role word inside an office's name
    ("Zhu Fenglian (朱凤莲), spokesperson of the Taiwan Affairs Office, told reporters in Beijing: \"We firmly oppose "
     "any form of official interaction between Japan and the Taiwan region.\"", {("Zhu Fenglian", OFF, O), (CHINA, OFF, O)},
     set()),
    ("Lee Yi-yang, the head of the Taipei Economic and Cultural Representative Office in Japan, said Taiwan hopes to build "
     "a regular security dialogue with Japan.", {("Lee Yi-yang", SEC, S), (TAIWAN, SEC, S)}, set()),
    # --- holder: a body that reports its own state's act speaks as such
    _todo("Beijing lodged a protest with Tokyo over the visit by the Japanese vice minister to Taipei, the Chinese embassy in "
          "Tokyo said in a statement.", {(CHINA, OCP, S), ("Chinese embassy in Tokyo", OCP, S)}, set(),
          "GUIDELINES ('a named body speaking as such holds the stance') vs test_stance_holders8 (a body reporting an act "
          "is not its doer): left for the lead's ruling"),
    # NO embassy row: a body that reports another state's act
    ("Taipei welcomed the visit by the Japanese vice minister, the Chinese embassy in Tokyo said in a statement.", set(),
     {("Chinese embassy in Tokyo", OFF, S)}),
    # --- paraphrase: a modal with 'now' before the act
    ("Thomas Reinholt, a fellow at the Hudson Institute, said Japan and Taiwan should now build a standing coast guard "
     "hotline.", {("Thomas Reinholt", SEC, S)}, set()),
    ("Analyst Mark Okada said Japan and Taiwan might now find it harder to build a coast guard hotline.", set(),
     {("Mark Okada", SEC, S)}),
    # --- paraphrase: serving officers named with their force
    ("Kosuke Arakaki, a member of the Okinawa Prefectural Assembly, has called for Tokyo to allow serving Self-Defense "
     "Forces officers to attend disaster exercises in Hualien.", {("Kosuke Arakaki", OFF, S)}, set()),
    ("Keiji Furuya urged the government to let serving SDF officers take part in rescue drills with Taiwan.",
     {("Keiji Furuya", OFF, S)}, set()),
    ("Keiji Furuya said serving SDF officers rarely visit Taiwan.", set(), {("Keiji Furuya", OFF, S), ("Keiji Furuya", OFF, O)}),
    # --- paraphrase: the verb of cooperation with the other side beside a security matter
    ("Keiji Furuya said Japan should cooperate with Taiwan on maritime security.", {("Keiji Furuya", SEC, S)}, set()),
    ("Philippine Defense Secretary Gilberto Teodoro said Manila would cooperate with Japan on maritime security.", set(),
     {("Gilberto Teodoro", SEC, S)}),
    ("Keiji Furuya said Japan would cooperate with Taiwan on tourism promotion.", set(), {("Keiji Furuya", SEC, S)}),
    # --- left: a statement's words credited to the body that issued it, a hope about a drill
    _todo("The Chinese Embassy in Japan said in a statement that it had lodged representations.\n\n\"China firmly opposes any "
          "form of official exchanges between Japan and the Taiwan region,\" the statement said.",
          {("Embassy of China in Japan", OFF, O)}, set(), "'the statement said' is not resolved to the body that issued it"),
    _todo(DRILL_LEAD + "Coast guard chief Chang Chung-lung said the CGA hoped the drill could become a regular fixture.",
          {("Chang Chung-lung", SEC, S)}, set(), "a hope about an anaphoric matter ('hoped the drill could become ...'): no act cue"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_probe_rows(seed_extractor, text, present, absent):
    got = rows(seed_extractor, text)
    assert present <= got, (present - got, got)
    assert not (absent & got), (absent & got, got)
