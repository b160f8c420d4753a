"""Event round events28 probe: what a speaker's typed statement is about and the classes events26 left. GUIDELINES,
Events: a negated 'accept' of another party's protest, claim, criticism or representations is REJECT, of an act or
arrangement of others ACCUSE; a demand ('X must stop ...') is REQUEST, a charge in the same words its own ACCUSE row;
the target of a statement is the party whose act or words it evaluates. Analysts, hypotheticals, the speaker's own
side's prescriptions give no event. Own wording, text in -> event rows out; cases still wrong are strict xfails."""
from datetime import date

import pytest

from tests.probe_helpers import event_rows, xfail_case

PUBLISHED = date(2025, 6, 13)   # a Friday


def rows(extractor, text):
    return event_rows(extractor, text, PUBLISHED)


_xfail = xfail_case


# (text, {type: count}, source of the first row of the first type, a target it must name, or None)
CASES = [
    # (d) a negated 'accept' of another party's protest or claim: REJECT, whoever the subject ('it', 'the ministry')
    ("China's Foreign Ministry said on Friday it would not accept Japan's protest.", {"REJECT": 1}, "cn-mfa", "japan"),
    ("Taiwan's Ocean Affairs Council said on Tuesday it cannot accept the groundless accusations by the Taiwan Affairs Office.",
     {"REJECT": 1}, "tw-ocean-affairs-council", "cn-taiwan-affairs-office"),
    ("Taiwan's Ministry of Foreign Affairs on Tuesday said it does not accept Japan's claim to an exclusive economic zone.",
     {"REJECT": 1}, "tw-mofa", "japan"),
    ("Japan's Foreign Ministry said on Tuesday that it cannot accept China's protest.", {"REJECT": 1}, "jp-mofa", "china"),
    ("The ministry does not accept Japan's claim to a zone around the reef, Taiwan's Ministry of Foreign Affairs said on Tuesday.",
     {"REJECT": 1}, "tw-mofa", "japan"),
    # ... of an act of others: opposition, ACCUSE
    ("Hirokazu Matsuno told reporters on Friday that the government \"cannot accept\" the intrusion by Chinese ships.",
     {"ACCUSE": 1}, "hirokazu-matsuno", None),
    ("Lin Jian said on Monday that China would \"not accept\" any arrangement that includes Taiwan.", {"ACCUSE": 1}, "lin-jian", None),
    # an opposition told to the other party's envoy is the content of the protest made to it: no row of its own
    ("Fumio Kishida on Tuesday told Ambassador Cheng Yonghua that Japan \"cannot accept\" the intrusion by Chinese ships.", {}, None, None),
    # not an act: hypothetical, a concession denied, an analyst
    ("Lin Jian said China would never accept any arrangement that includes Taiwan if Japan insisted.", {}, None, None),
    ("Yoshimasa Hayashi said on Monday that Japan does not accept responsibility for the incident.", {}, None, None),
    _xfail("A professor at Keio University said Tokyo cannot accept Beijing's claims.", {}, None, None,
           "the event machinery reads a named subject's negated accept (refusals.py) whoever reports it; not the statement rule"),
    # (c) a demand with 'must' on another country's party: REQUEST; a charge in the same words: its own ACCUSE row
    ("\"Japan must immediately stop its provocations,\" Mao Ning said on Monday.", {"REQUEST": 1, "ACCUSE": 1}, "mao-ning", "japan"),
    ("Lin Jian said on Tuesday that Tokyo must \"withdraw its troops from the islands at once\".", {"REQUEST": 1}, "lin-jian", "japan"),
    ("South Korea's foreign ministry said on Monday that Japan must obtain Seoul's consent before sending troops.",
     {"REQUEST": 1}, None, "japan"),
    ("\"We urge the Japanese side to stop such dangerous moves,\" Mao Ning told reporters on Monday.", {"REQUEST": 1}, "mao-ning", "japan"),
    ("Lin Jian said on Monday that China \"firmly opposes\" Japan's plan and that Tokyo must \"stop all provocative actions\".",
     {"ACCUSE": 1, "REQUEST": 1}, "lin-jian", None),
    ("Yoshimasa Hayashi said on Monday that Japan does not accept the notion that the islands are disputed.", {}, None, None),
    _xfail("\"We do not accept the idea that the drills are a threat,\" Lai Ching-te said on Monday.", {}, None, None,
           "a charge word ('a threat') inside a quotation is read as the speaker's charge (events26) even under a denied idea"),
    # the speaker's own side's 'must', an analyst's 'must', a coordinated subject: prescriptions, no event
    ("Yoshimasa Hayashi said on Friday that Japan must strengthen its own defenses.", {}, None, None),
    ("A professor at Keio University said Japan must stop provoking China.", {}, None, None),
    ("Lai Ching-te said on Monday that Taiwan and Japan must deepen their cooperation.", {}, None, None),
    ("Analysts said Beijing must show restraint.", {}, None, None),
    # (b) naming verbs with an evaluating complement: the evaluated party is the target
    ("Lin Jian on Tuesday described Japan's move as \"an insult to the Chinese people\".", {"ACCUSE": 1}, "lin-jian", "japan"),
    ("Xinhua on Wednesday called Tokyo's defense budget \"a dangerous step backward\".", {"ACCUSE": 1}, "xinhua", "japan"),
    ("Lai Ching-te on Monday called Japan \"a true friend of Taiwan\".", {"SUPPORT": 1}, "lai-ching-te", "japan"),
    ("One analyst called the drills \"a serious problem for the region\".", {}, None, None),
    _xfail("The Global Times called the deployment \"a dagger pointed at the mainland\" in an editorial on Monday.",
           {"ACCUSE": 1}, "global-times", None, "a metaphor of threat ('a dagger') is no word of the evaluation lists"),
    # (a) targets of content-typed statements
    ("Lai Ching-te said on Monday that Japan's decision was \"a dangerous step\" for the region.", {"ACCUSE": 1}, "lai-ching-te", "japan"),
    ("Yoshimasa Hayashi on Monday voiced concern over China's drills near Taiwan.", {"ACCUSE": 1}, "yoshimasa-hayashi", "china"),
    ("Taiwan's Ministry of Foreign Affairs said on Saturday it \"sincerely welcomes\" the Japanese parliament's resolution.",
     {"SUPPORT": 1}, "tw-mofa", None),
    # (e) concern voiced or conveyed by an official: ACCUSE; by analysts: none
    ("Japan's Foreign Ministry voiced serious concern on Friday over the Chinese missile launches.", {"ACCUSE": 1}, "jp-mofa", None),
    ("Yoshimasa Hayashi conveyed Japan's concern to the Chinese ambassador on Tuesday.", {"ACCUSE": 1}, "yoshimasa-hayashi", None),
    ("Analysts voiced concern over the drills.", {}, None, None),
    # controls
    ("Mao Ning said any such visit would be \"a dangerous provocation\" if it went ahead.", {}, None, None),
    ("Mao Ning will criticize the plan at a press conference next week.", {}, None, None),
]


@pytest.mark.parametrize("text, want, source, target", CASES)
def test_statement_rows(seed_extractor, text, want, source, target):
    found = rows(seed_extractor, text)
    counts = {}
    for r in found:
        counts[r["event_type"]] = counts.get(r["event_type"], 0) + 1
    got = [(r["event_type"], r["source_actor_ids"], r["target_actor_ids"]) for r in found]
    assert {k: counts.get(k, 0) for k in want} == want, got
    if not want:
        assert found == [], got
    first = next((r for r in found if r["event_type"] == next(iter(want))), None) if want else None
    if source is not None:
        assert source in first["source_actor_ids"], got
    if target is not None:
        assert target in first["target_actor_ids"], got
