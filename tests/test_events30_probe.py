"""Event round events30 probe: statements as events. GUIDELINES, Events: a demand that another party stop or abide by
something is REQUEST however it is worded ('should stop', 'should abide by'), a warning with 'should not' ACCUSE; a
naming verb with an evaluating complement types the act ('called the post unacceptable': ACCUSE); an assurance that a
commitment is steadfast is verbal endorsement, SUPPORT, also after another act of the same subject; a denial of the
other side's claim ('no territorial dispute') or a reply that the act goes ahead as planned turns it down, REJECT;
transcript turns read demands and refusals as reported speech does. Hypothetical framing, a speaker's own side and
announcements give no event. Own wording, text in -> event rows out (base 7fc8d8a: 13 of 22 fail)."""
from datetime import date

import pytest

from tests.probe_helpers import event_rows

PUBLISHED = date(2025, 6, 13)   # a Friday


def rows(extractor, text):
    return event_rows(extractor, text, PUBLISHED)


# (text, {type: count}, source of a row of the first type, or None)
CASES = [
    # demands with 'should' + a demand verb on another country's party: REQUEST (a pronoun speaker after 'also')
    ("Lin Jian said on Tuesday that Japan should stop interfering in China's internal affairs.", {"REQUEST": 1}, "lin-jian"),
    ("Mao Ning spoke at a briefing on Monday. She also said Tokyo should stop arming Taiwan.", {"REQUEST": 1}, "mao-ning"),
    ("Lin Jian said on Monday that the US side should abide by the one-China principle.", {"REQUEST": 1}, "lin-jian"),
    ("Lin Jian said on Monday that the Japanese side should immediately halt its military cooperation with Taipei.",
     {"REQUEST": 1}, "lin-jian"),
    # a warning with 'should not' stays ACCUSE; the speaker's own side's 'should stop' is a prescription
    ("Lin Jian said on Monday that Japan should not meddle in the Taiwan question.", {"ACCUSE": 1}, "lin-jian"),
    ("Yoshimasa Hayashi said on Friday that Japan should stop relying on imports of rare earths.", {}, None),
    ("Lin Jian said China would oppose any move if Japan should stop its cooperation.", {}, None),
    # a reporting verb of asking with an unresolved subject: the demand, not the opposition its words voice
    ("China's Foreign Ministry issued a statement on Saturday. It urged Washington and Tokyo to \"stop interfering in "
     "China's internal affairs.\"", {"REQUEST": 1, "ACCUSE": 0}, "cn-mfa"),
    # naming verbs with a bare evaluative complement
    ("Marco Rubio on Friday called the consul general's post unacceptable.", {"ACCUSE": 1}, "marco-rubio"),
    ("Lin Jian on Tuesday called the Japanese minister's remarks extremely dangerous.", {"ACCUSE": 1}, "lin-jian"),
    ("Fumio Kishida called Xi Jinping on Tuesday.", {"CONSULT": 1}, "fumio-kishida"),
    # assurances of commitment: SUPPORT, also as a second predicate
    ("Marco Rubio spoke with Toshimitsu Motegi by telephone on Friday and reaffirmed that the US commitment to the defense "
     "of Japan is unwavering.", {"CONSULT": 1, "SUPPORT": 1}, "marco-rubio"),
    ("Nancy Pelosi met Tsai Ing-wen on Wednesday and told lawmakers that America's \"determination to stand with Taiwan "
     "remains ironclad.\"", {"CONSULT": 1, "SUPPORT": 1}, "nancy-pelosi"),
    ("Lloyd Austin said on Monday that the US commitment to the alliance with Japan remains ironclad.", {"SUPPORT": 1}, "lloyd-austin"),
    ("Lloyd Austin did not say whether the US commitment to Taiwan was unwavering.", {}, None),
    # denials of the other side's claim and replies that the act goes ahead: REJECT
    ("Yoshimasa Hayashi said on Monday that there was \"no territorial dispute\" over the islands.", {"REJECT": 1}, "yoshimasa-hayashi"),
    ("Taiwan's Presidential Office responded on Tuesday that the referendum would go ahead as planned.", {"REJECT": 1},
     "tw-presidential-office"),
    ("Taiwan's Presidential Office said on Tuesday that the ceremony would go ahead as planned.", {}, None),
    ("Lin Jian said there would be no territorial dispute if Japan returned the islands.", {"REJECT": 0}, None),
    # transcript turns: demands and refusals
    ("BEIJING, June 10 -- Mao Ning, spokesperson for the Ministry of Foreign Affairs, answered questions from the press "
     "at the regular press conference on June 10, 2025.\n\nQuestion: What is your comment on the visit?\n\nMao Ning: We "
     "have noted the reports.\n\nQuestion: Japan has announced new drills near Taiwan. What is your comment?\n\nMao Ning: "
     "The Japanese side should stop sending wrong signals to Taiwan independence forces.", {"REQUEST": 1}, "mao-ning"),
    ("TOKYO, June 10 -- Chief Cabinet Secretary Yoshihide Suga answered questions from the press at a regular press "
     "conference on June 10, 2025.\n\nQuestion: What is the schedule today?\n\nYoshihide Suga: I will meet the cabinet."
     "\n\nQuestion: China has lodged representations over the islands. What is your response?\n\nYoshihide Suga: We "
     "cannot accept China's representations.", {"REJECT": 1}, "yoshihide-suga"),
    # a transcript turn of a speaker with no sitting office: a view, no demand
    ("WASHINGTON -- The committee heard witnesses on June 10, 2025.\n\nCHAIRMAN: Thank you.\n\nMichael Green: I "
     "think Beijing should stop its coercion of Japan.\n\nCHAIRMAN: Thank you.\n\nMichael Green: Thank you.", {"REQUEST": 0}, None),
]


@pytest.mark.parametrize("text, want, source", CASES)
def test_events30(seed_extractor, text, want, source):
    found = rows(seed_extractor, text)
    counts = {}
    for r in found:
        counts[r["event_type"]] = counts.get(r["event_type"], 0) + 1
    got = [(r["event_type"], r["source_actor_ids"]) for r in found]
    assert {k: counts.get(k, 0) for k in want} == want, got
    if not want:
        assert found == [], got
    if source is not None:
        assert any(source in r["source_actor_ids"] for r in found if r["event_type"] == next(iter(want))), got
