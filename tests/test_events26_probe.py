"""Event round events26 probe: a statement typed by its CONTENT. A speech act (said, told, stated, quoted words,
'according to') whose reported words evaluate another party's act or stance takes the evaluation's type
(GUIDELINES Events: criticism, warning, 'opposes' by a spokesperson or state media = ACCUSE; verbal endorsement =
SUPPORT; demand = REQUEST; refusal = REJECT), the source being the speaker. Analysts' commentary, conditionals,
prescriptions and negated evaluations give no event. Own wording, text in -> event rows out. Cases still wrong are
strict xfails with the reason."""
from datetime import date

import pytest

from tests.probe_helpers import event_rows, xfail_case

PUBLISHED = date(2025, 6, 13)   # a Friday


def rows(extractor, text):
    return event_rows(extractor, text, PUBLISHED)


_xfail = xfail_case


# (text, {type: count}, expected source of the first row of the first type, or None)
CASES = [
    # quoted criticism by a spokesperson or a ministry
    ("Mao Ning said on Monday that the Japanese lawmakers' trip to Taipei was \"extremely dangerous\".",
     {"ACCUSE": 1}, "mao-ning"),
    ("\"Japan's remarks are irresponsible and seriously damage regional stability,\" Lin Jian told reporters on Tuesday.",
     {"ACCUSE": 1}, "lin-jian"),
    ("China's Foreign Ministry said on Wednesday the drills by Japan were \"a deliberate provocation\".",
     {"ACCUSE": 1}, "cn-mfa"),
    ("Wang Wenbin said Tokyo's decision \"severely undermines\" trust between the two countries.",
     {"ACCUSE": 1}, "wang-wenbin"),
    # concern voiced by an official body about another party's act
    ("Japan's Foreign Ministry said on Thursday it had \"serious concern\" about the Chinese missile launches.",
     {"ACCUSE": 1}, "jp-mofa"),
    ("Yoshimasa Hayashi said on Friday Japan deplores the Chinese coast guard's intrusion into its waters.",
     {"ACCUSE": 1}, "yoshimasa-hayashi"),
    ("Yoshimasa Hayashi expressed serious concern on Friday over the Chinese military drills near Taiwan.",
     {"ACCUSE": 1}, "yoshimasa-hayashi"),
    # state media
    ("The Global Times said in an editorial on Monday that the Japanese defense paper was \"full of lies\".",
     {"ACCUSE": 1}, "global-times"),
    ("Xinhua said on Tuesday that Tokyo's moves were \"dangerous and irresponsible\".",
     {"ACCUSE": 1}, "xinhua"),
    # reported evaluation by a naming verb
    ("Chen Binhua on Wednesday called the Japanese delegation's visit \"a dangerous provocation\".",
     {"ACCUSE": 1}, "chen-binhua"),
    # welcome, praise, appreciation
    ("Taiwan's Ministry of Foreign Affairs said on Saturday it \"sincerely welcomes\" the Japanese parliament's resolution.",
     {"SUPPORT": 1}, "tw-mofa"),
    ("Lai Ching-te said on Monday he deeply appreciates Japan's support for Taiwan's participation in the WHO.",
     {"SUPPORT": 1}, "lai-ching-te"),
    ("\"We highly value the Japanese government's steadfast support,\" Lai Ching-te said on Tuesday.",
     {"SUPPORT": 1}, "lai-ching-te"),
    ("Taiwan's Ministry of Foreign Affairs welcomed the G7 statement on Thursday.",
     {"SUPPORT": 1}, "tw-mofa"),
    # a demand in quotes: REQUEST
    ("\"Japan must immediately stop its provocations,\" Mao Ning said on Monday.", {"REQUEST": 1}, "mao-ning"),   # events28
    # an official's 'X should ...' about another party: a warning, ACCUSE as the development gold codes it
    # (events30: 'should' + a demand verb, 'should "stop ..."', is a demand, REQUEST: the development gold codes the five
    # such rows REQUEST, h7 q03, h13 v08, h14 w07, h22 f05, f10, none ACCUSE)
    ("Lin Jian said on Friday that Japan should \"stop interfering in China's internal affairs\".",
     {"REQUEST": 1}, "lin-jian"),
    ("Mao Ning said on Tuesday that countries outside the region should not stir up trouble in the South China Sea.",
     {"ACCUSE": 1}, "mao-ning"),
    ("\"Security cooperation between countries should not target any third party,\" Lin Jian told a briefing on Monday.",
     {"ACCUSE": 1}, "lin-jian"),
    # the speaker's own side's 'should': a prescription, no event
    ("Yoshimasa Hayashi said on Monday that Japan should strengthen its defenses in the southwest.", {}, None),
    ("Shinichi Kitaoka, a professor at the University of Tokyo, said China should stop its drills.", {}, None),
    ("Lai Ching-te said Taiwan and Japan should \"deepen their security cooperation\".", {}, None),   # coordinated: own side too
    ("Lin Jian said China and Japan should \"manage their differences\" through dialogue.", {}, None),
    ("Lai Ching-te said Taiwan would \"welcome any opportunity\" to work with Japan.", {}, None),    # a wish, no act
    ("Mao Ning said China \"firmly opposes\" the Japanese lawmakers' visit to Taipei.", {"ACCUSE": 1}, "mao-ning"),
    ("Yoshimasa Hayashi said on Friday that China \"welcomes\" the agreement.", {}, None),   # another state's position reported
    ("Yoshimasa Hayashi said on Friday that Taiwan's bid was \"welcome\" and deserved support.", {"SUPPORT": 1}, "yoshimasa-hayashi"),
    # a refusal
    ("China's Foreign Ministry said on Friday it would not accept Japan's protest.", {"REJECT": 1}, "cn-mfa"),   # events28
    # controls that already work
    ("Mao Ning criticized Japan on Monday.", {"ACCUSE": 1}, "mao-ning"),
    ("Hua Chunying said China was \"strongly dissatisfied\" with the remarks.", {"ACCUSE": 1}, "hua-chunying"),
    # commentary by analysts: no event
    ("Shinichi Kitaoka, a professor at the University of Tokyo, said the drills were \"dangerous\".", {}, None),
    ("Analysts said the exercises were a provocation aimed at Taipei.", {}, None),
    ("\"It's an irresponsible move,\" said one analyst at a Tokyo think tank.", {}, None),
    # evaluations of no act / generic commentary
    ("Mao Ning said peace in the Taiwan Strait was \"important\" for the region.", {}, None),
    ("Lai Ching-te said Taiwan values democracy and freedom.", {}, None),
    # conditionals, prescriptions, negations
    ("Mao Ning said any such visit would be \"a dangerous provocation\" if it went ahead.", {}, None),
    ("If Japan sent troops, China would call it a provocation, Lin Jian said.", {}, None),
    ("Lai Ching-te did not say whether he welcomed the decision.", {}, None),
    ("Lin Jian said the trip was \"not a provocation\" in China's view.", {}, None),
    ("Mao Ning will criticize the plan at a press conference next week.", {}, None),
    ("Japan's Foreign Ministry plans to express concern about the drills.", {}, None),
]


@pytest.mark.parametrize("text, want, source", CASES)
def test_statement_content_rows(seed_extractor, text, want, source):
    found = rows(seed_extractor, text)
    counts = {}
    for r in found:
        counts[r["event_type"]] = counts.get(r["event_type"], 0) + 1
    assert {k: counts.get(k, 0) for k in want} == want, [(r["event_type"], r["source_actor_ids"]) for r in found]
    if not want:
        assert found == [], [(r["event_type"], r["source_actor_ids"]) for r in found]
    if source is not None:
        first = next(r for r in found if r["event_type"] == next(iter(want)))
        assert source in first["source_actor_ids"]
