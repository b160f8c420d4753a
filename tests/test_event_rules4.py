"""Event rules of the events4 round, on general sentences written for the test (text in, event claims out), on the
seed knowledge: naming verbs with a described noun-phrase object, several acts of one sentence (sharing its offsets),
causatives whose object did the act, 'May' the month, 'last <month>' written in that month."""
from datetime import date

import pytest

from pipeline.extract.characterisations import described_act
from pipeline.extract.dates import find_time_expressions
from tests.test_predicates import events as predicate_events

PUBLISHED = date(2024, 5, 24)     # a Friday
NEGATIVE = {"reckless", "provocative", "regrettable", "dangerous", "game"}
POSITIVE = {"friend", "important"}


def events(extractor, text):
    return predicate_events(extractor, text, published=PUBLISHED, asserted_only=True)


def summary(extractor, text):
    return sorted((e["predicate"], tuple(e["subject_ids"])) for e in events(extractor, text))


@pytest.mark.parametrize("text, expected", [
    (' the exercise "reckless and provocative" on Monday', "ACCUSE"),
    (" Tokyo's decision 'extremely regrettable'", "ACCUSE"),
    (' it as "a dangerous game"', "ACCUSE"),
    (" the island an important friend", "SUPPORT"),
    (" the talks a first step", "none"),
    (" on Monday", None),                   # no object + complement: a phone call, not a description
])
def test_described_act(text, expected):
    got = described_act(text, 0, len(text), positive=POSITIVE, negative=NEGATIVE)
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize("text, plover, source", [
    # a naming verb whose object is a noun phrase, typed by the quoted complement
    ('Taiwan\'s Presidential Office called the exercise "reckless and provocative" on Monday.', "ACCUSE", "tw-presidential-office"),
    ("Yoshimasa Hayashi called Beijing's decision 'extremely regrettable'.", "ACCUSE", "yoshimasa-hayashi"),
    ('The Global Times described Lai Ching-te as "a troublemaker".', "ACCUSE", "global-times"),
    # a causative's object did the act ('prompting X to V' is no plan)
    ("Japan granted the former leader a visa, prompting Beijing to lodge a strong protest.", "ACCUSE", "china"),
    ("The incursion forced Japan to scramble fighter jets on Tuesday.", "MOBILIZE", "japan"),
    # the speaker's pronoun right after the reporting verb performs the present act
    ("Beijing said it firmly opposes the visit.", "ACCUSE", "china"),
    ('China\'s foreign ministry said it "strongly condemns" the visit.', "ACCUSE", "cn-mfa"),
    # a verb right after an interrupting relative clause takes no modality cue from inside it
    ("Japan, which had not joined the statement, imposed sanctions on Russia on Monday.", "SANCTION", "japan"),
    ("Fumio Kishida, who spoke in the absence of the minister, met Lai Ching-te on Monday.", "CONSULT", "fumio-kishida"),
    # a modal in a later clause or quotation does not frame the act before it
    ('Wang Ting-yu called for a hotline with Japan, adding that officers "should be allowed to meet in the open."', "REQUEST", "wang-ting-yu"),
    # a main verb resuming after a non-restrictive relative clause: its subject is the name before the clause
    ("Fumio Kishida, who heads the Liberal Democratic Party, met Lai Ching-te on Monday.", "CONSULT", "fumio-kishida"),
    ("The Japan-Taiwan Exchange Association, which serves as Japan's embassy in Taipei, thanked Taiwan on Monday.",
     "SUPPORT", "japan-taiwan-exchange-association"),
    ("Fumio Kishida, head of the Liberal Democratic Party, which rules Japan, met Lai Ching-te on Monday.", "CONSULT", "fumio-kishida"),
    # a named speaker saying their side is 'concerned' voices concern (ACCUSE)
    ('Mao Ning said China was "extremely concerned" about the deal.', "ACCUSE", "mao-ning"),
    # vocabulary of defence and diplomatic reporting
    ("Coast Guard Administration vessels escorted a boat carrying activists on Monday.", "MOBILIZE", "tw-coast-guard-administration"),
    ("Japan Coast Guard patrol boats shadowed the flotilla on Monday.", "MOBILIZE", "jp-coast-guard"),
    ("The captain was held for questioning by the Japan Coast Guard for three days.", "COERCE", "jp-coast-guard"),
    ("Japan paid compensation to the captain on Monday.", "CONCEDE", "japan"),
    ("Japan countered that the exercise was purely humanitarian.", "REJECT", "japan"),
    ("Two PLA Air Force fighter jets crossed the median line of the Taiwan Strait on Sunday.", "MOBILIZE", "pla-air-force"),
    # a pledge with a noun object keeps its reading
    ("Japan pledged support for Taiwan on Monday.", "SUPPORT", "japan"),
    ("Fumio Kishida and Joe Biden confirmed their commitment to the alliance on Monday.", "AGREE", "fumio-kishida"),
    # a named speaker hoping that another party will act asks it to (performative in the first person, past reported)
    ('"We hope the Japanese side will view it calmly," Lin Jian said.', "REQUEST", "lin-jian"),
    ("Lu Kang said China hoped Japan would take concrete actions.", "REQUEST", "china"),
    ("Wellington Koo told the legislature that Taiwan hoped to share intelligence with Japan.", "REQUEST", "taiwan"),
    # a visa granted is cooperation, not aid; aid granted stays AID
    ("In 2001, Japan granted Lee Teng-hui a visa to receive medical treatment.", "COOPERATE", "japan"),
    ("Yoshiro Mori approved a visa for Lee Teng-hui in 2001.", "COOPERATE", "yoshiro-mori"),
    ("Japan granted Taiwan $10 million in aid on Friday.", "AID", "japan"),
    ("Japan approved the agreement with the Philippines on Friday.", "AGREE", "japan"),
    # 'in May' is the month, not the modal
    ("Since the election in May, Beijing has suspended the communication mechanism with Taipei.", "SANCTION", "china"),
])
def test_event_rules(seed_extractor, text, plover, source):
    assert (plover, (source,)) in [(p, s[:1]) for p, s in summary(seed_extractor, text)]


@pytest.mark.parametrize("text", [
    "Fumio Kishida described the talks as a first step.",       # a description without evaluation
    "Japan escorted the delegation to the hotel on Monday.",     # a protocol escort is no military movement
    "Shinzo Abe has pledged to strengthen Japan's defenses.",    # an intention, not an agreement
    "Fumio Kishida promised to take a firm line on human rights.",
    "Japan, for its part, has sought to contain the damage.",    # an aim, no request
    "Japan hopes China will play a constructive role.",          # a generic present hope: no single act
    "The Cabinet of Japan approved the revised National Security Strategy on Friday.",   # a domestic act
    "Fumio Kishida said he hoped to visit Taiwan.",              # his own wish, nothing asked of anyone
    "Chang Shu-ling said Taiwan hoped the new channel would lead to closer cooperation.",   # a wish about a thing
    "Taiwan hopes to deepen cooperation with Japan, Lai Ching-te told the delegation.",   # an aspiration
    "It was the first violation of Japanese airspace that Tokyo has confirmed.",   # 'confirmed' without an object
    "Lai Ching-te described the visit in detail.",               # no complement at all
    "China urged Japan to recall its envoy.",                    # urged, not caused: the recall is not asserted
    "Japan did not, as expected, impose sanctions on Russia.",   # the negation before the aside still holds
    "It is imperative that Japan and Taiwan establish a security dialogue.",
])
def test_no_extra_event(seed_extractor, text):
    got = summary(seed_extractor, text)
    assert all(p in ("REQUEST",) for p, _ in got)


def test_acts_of_one_sentence_share_its_offsets(seed_extractor):
    # CONTRACT.md: the claims of one sentence share offsets and differ in kind (here: in predicate and trigger)
    text = "Yoshimasa Hayashi called the sanctions 'regrettable' and urged Beijing to lift them."
    got = events(seed_extractor, text)
    by_type = {e["predicate"]: e for e in got}
    assert {"ACCUSE", "REQUEST"} <= set(by_type)
    assert {(e["char_start"], e["char_end"], e["text"]) for e in got} == {(0, len(text), text)}
    assert by_type["ACCUSE"]["trigger"] != by_type["REQUEST"]["trigger"]


@pytest.mark.parametrize("expr, published, start", [
    ("Last September, X", date(2025, 9, 24), date(2024, 9, 1)),   # written in September: a year before
    ("last October, X", date(2025, 9, 24), date(2024, 10, 1)),
    ("last March, X", date(2025, 9, 24), date(2025, 3, 1)),
    ("in September, X", date(2025, 9, 24), date(2025, 9, 1)),
    ("on the 29th, X", date(2026, 1, 5), date(2025, 12, 29)),                 # the last 29th up to publication
    ("On December 29 and 30, X", date(2026, 1, 5), date(2025, 12, 29)),       # a span of days
])
def test_last_month_name(expr, published, start):
    assert find_time_expressions(expr, published=published)[0].date_start == start


def test_footnote_marker_ends_a_sentence():
    from pipeline.extract.sentences import split_sentences
    text = "Kihara called it regrettable.[7] Nakayama dismissed the sanctions.[8][9] He spoke."
    assert [s.text for s in split_sentences(text, start=0, end=len(text), excluded=[])] == [
        "Kihara called it regrettable.[7]", "Nakayama dismissed the sanctions.[8][9]", "He spoke."]


@pytest.mark.parametrize("text, day, own", [
    # a time after a participial adjunct or a when-clause dates that clause, not the act before it; the act is
    # dated by an anaphoric day ('During the same event', 'Hours later') counted from the day named before
    ('Wu Jianghao spoke on May 20 at a roundtable. During the same event, Wu Jianghao criticized the lawmakers, '
     'saying their trip "violated the commitments Japan made" when it normalized relations with China in 1972.', date(2024, 5, 20),
     {"normalized relations": date(1972, 1, 1)}),   # (1.10.0: the when-clause's own act is an event, dated by its time)
    ("China summoned Japan's ambassador late on Wednesday. Hours later, Hua Chunying summoned Hideo Tarumi.", date(2024, 5, 22), {}),
    # a since-clause opens a period: its time does not date the act of the main clause
    ("Since the election in March, Beijing has suspended the communication mechanism with Taipei.", None, {}),
])
def test_act_dates(seed_extractor, text, day, own):
    found = events(seed_extractor, text)
    assert found and all(e["date_start"] == own.get(e["trigger"], day) for e in found)
    assert set(own) <= {e["trigger"] for e in found}


def test_day_span_is_a_range():
    got = find_time_expressions("talks held on March 11-12, 2024 in Tokyo", published=None)[0]
    assert (got.date_start, got.date_end, got.precision) == (date(2024, 3, 11), date(2024, 3, 12), "range")
