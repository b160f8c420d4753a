"""Pure-function tests of the stances15 round: stances whose topic and cue stand in their sentence but that gave no
row or a wrong holder. A speaker named behind a title after an inverted reporting verb ('"...," said spokesperson X');
a colon quotation whose speaker carries an apposition; sentence adverbs in the speaker's frame; contact or a channel
between the two militaries read as official relations too (GUIDELINES, Topics); a modal's object with two modifiers;
a coordinated predicate ('is clear and has not changed'); a causal clause that ends a cue's reach; the inflections of
'exchange information'; Taiwan brought into an alliance's scope. Own example sentences with other speakers: text in ->
(holder as mentioned, topic, polarity) out."""
import re

import pytest

from pipeline.extract.lexicon import inverted_title_gap
from tests.test_stances9 import holders


@pytest.mark.parametrize("gap, ok", [
    (" spokesperson ", True), (" Foreign Ministry spokesman ", True), (" Foreign Minister ", True),
    (" senior defence analyst ", True), (" Ma. ", True), (" the ministry's ", False), (" on Tuesday, ", False),
    (" in a statement that ", False),
])
def test_inverted_title_gap(gap, ok):
    rx = re.compile(inverted_title_gap(["spokesperson", "spokesman", "minister", "analyst"]), re.IGNORECASE)
    assert bool(rx.fullmatch(gap)) is ok


@pytest.mark.parametrize("text, expected", [
    # a title between an inverted reporting verb and the speaker's name
    ('"China firmly opposes official exchanges between Japan and Taiwan," said spokesman Wang Wenbin.',
     {("Wang Wenbin", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose"),
      ("Wang Wenbin", "one_china_policy", "support"), ("China", "one_china_policy", "support")}),
    ('"China firmly opposes official exchanges between Japan and Taiwan," said Foreign Ministry spokesman Wang Wenbin.',
     {("Wang Wenbin", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose"),
      ("Wang Wenbin", "one_china_policy", "support"), ("China", "one_china_policy", "support")}),
    ('"Japan should open a security dialogue with Taiwan," said analyst Bonnie Glaser.',
     {("Bonnie Glaser", "jp_tw_security_cooperation", "support")}),
    ('"South Korea respects the one-China policy," said Foreign Minister Chung Eui-yong.',
     {("Chung Eui-yong", "one_china_policy", "support")}),
    # contact or a channel between the militaries is official as well as security cooperation
    ("Joseph Wu said there must be a hotline between the militaries of Japan and Taiwan.",
     {("Joseph Wu", "jp_tw_security_cooperation", "support"), ("Joseph Wu", "jp_tw_official_relations", "support")}),
    ("Taro Aso said Japan and Taiwan need to talk, officer to officer, before a crisis.",
     {("Taro Aso", "jp_tw_security_cooperation", "support"), ("Taro Aso", "jp_tw_official_relations", "support")}),
    ("Wang Wenbin said China firmly opposes any form of military contact between Japan and the Taiwan region.",
     {("Wang Wenbin", "jp_tw_security_cooperation", "oppose"), ("China", "jp_tw_security_cooperation", "oppose"),
      ("Wang Wenbin", "jp_tw_official_relations", "oppose"), ("China", "jp_tw_official_relations", "oppose")}),
    # ... not a talk about another side's military
    ("Taro Aso said Japan and Taiwan must talk about how to respond if China's military blockades the island.",
     {("Taro Aso", "jp_tw_security_cooperation", "support")}),
    # ... but a channel between coast guards (civilian agencies) is security cooperation only
    ("Taro Aso said Tokyo should open a hotline between the two coast guards.",
     {("Taro Aso", "jp_tw_security_cooperation", "support")}),
    # two modifiers after a prescribed set-up verb's determiner
    ("Taro Aso said Tokyo should open a regular defense channel with Taiwan.",
     {("Taro Aso", "jp_tw_security_cooperation", "support"), ("Taro Aso", "jp_tw_official_relations", "support")}),
    ("Joseph Wu said Taiwan and Japan should establish at least a channel for sharing information on maritime incidents.",
     {("Joseph Wu", "jp_tw_security_cooperation", "support")}),
    # the talks themselves after a verb of starting them
    ("Joseph Wu said Japan and Taiwan should begin quiet talks on maritime security.",
     {("Joseph Wu", "jp_tw_security_cooperation", "support")}),
    # a predicate coordinated with the continuity cue
    ("Wang Yi said China's position on the one-China principle is clear and has not changed.",
     {("Wang Yi", "one_china_policy", "support"), ("China", "one_china_policy", "support")}),
    # a cue of the main clause does not reach into a causal clause
    ("Lin Jian said a meeting was impossible because the one-China principle must be respected.",
     {("Lin Jian", "one_china_policy", "support")}),
    # Taiwan brought into the scope of an alliance (opposing it upholds one China as well: stances17)
    ("Lin Jian said China firmly opposes any attempt to include Taiwan in the scope of the US-Philippines alliance.",
     {("Lin Jian", "defense_of_taiwan", "oppose"), ("China", "defense_of_taiwan", "oppose"),
      ("Lin Jian", "one_china_policy", "support"), ("China", "one_china_policy", "support")}),
    # a keyword as the first half of a compound modifier names no topic
    ("Taro Aso said the LDP wanted exchanges between Japanese and Taiwanese defense-related lawmakers to be expanded.",
     set()),
    # 'would like' without an infinitive is a wish for its object
    ('"We would like a working channel between the two coast guards," Joseph Wu said.',
     {("Joseph Wu", "jp_tw_security_cooperation", "support")}),
    # the one a directive is addressed to does not hold what it is urged to do
    ('It urged Japan to "abide by the one-China principle".', set()),
    ("The ministry called on Seoul to respect the one-China policy.", set()),
    ("Wang Yi urged Seoul to respect the one-China policy.", {("Wang Yi", "one_china_policy", "support")}),
    # 'it' as a reporting verb's subject: the body that opened the last narrated sentence
    ("The Department of Foreign Affairs (DFA) sought to limit the damage. In a statement, it said the Philippines "
     "reaffirms its one-China policy.",
     # (the Philippine DFA is registered since actors10: its first mention names it, the acronym is its alias)
     {("Department of Foreign Affairs", "one_china_policy", "support"), ("the Philippines", "one_china_policy", "support")}),
    ("Lin Jian spoke on Monday. It said the one-China principle must be respected.", set()),
    # a cue that opens its clause with the break word itself (', as stated in ...')
    ("Yoshimasa Hayashi said the government's position, as stated in the 1972 Joint Communique, remains unchanged.",
     {("Yoshimasa Hayashi", "one_china_policy", "support"), ("japan", "one_china_policy", "support")}),
    # a person's affiliation between their name and the reporting verb: the person speaks
    ("Senior Colonel Zhao Xiaozhuo of the PLA's Academy of Military Science told reporters that Japan should respect the "
     "one-China principle.", {("Zhao Xiaozhuo", "one_china_policy", "support")}),
    ("Bonnie Glaser of the German Marshall Fund said Japan should open a security dialogue with Taiwan.",
     {("Bonnie Glaser", "jp_tw_security_cooperation", "support")}),
    # ... not into a trade pact
    ("Yoshimasa Hayashi said Japan supports a plan to include Taiwan in the trade pact.", set()),
])
def test_stances15(seed_extractor, text, expected):
    assert holders(seed_extractor, text) == expected


def test_question_label_with_affiliation(seed_extractor):
    """A question-and-answer label carrying the asker's affiliation and place: the person before its first comma speaks."""
    text = ("Gen Nakatani: Thank you for the question.\n\n"
            "Question from the floor — Dr Bonnie Glaser, German Marshall Fund, Washington: Minister, "
            "the two sides share the same sea lanes. Japan should open a security dialogue with Taiwan.\n\n"
            "Gen Nakatani: We will continue to study the matter.")
    found = holders(seed_extractor, text)
    assert ("Bonnie Glaser", "jp_tw_security_cooperation", "support") in found
    assert not any(h == "Gen Nakatani" and t == "jp_tw_security_cooperation" and p == "support" for h, t, p in found)
