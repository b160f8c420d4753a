"""dates24 probe: wrong dates and precisions (a time that belongs to a noun or a relative clause taken as the act's,
an anaphoric day counted from the wrong anchor, a coarser or finer precision than the text states), acts that must
stay unknown, and acts inside quotations. Expected values are written from GUIDELINES (Dates), not from the
extractor. Own wording throughout. Each case: (mechanism, text, trigger word, published, expected)."""
from datetime import date

import pytest

from tests.test_dates20_probe import UNKNOWN, dated, day

FRI = date(2024, 6, 14)      # a Friday


def month(y, m, last):
    return (date(y, m, 1), date(y, m, last), "month")


def year(y):
    return (date(y, 1, 1), date(y, 12, 31), "year")


CASES = [
    # --- a relative clause's time is its own verb's, the main clause's time is the main verb's
    ("relative", "Kato, who arrived in Manila on Monday for a four-day trip, met President Marcos on Wednesday.",
     "met", FRI, day(2024, 6, 12)),
    ("relative", "Kato, who arrived in Manila on Monday for a four-day trip, met President Marcos on Wednesday.",
     "arrived", FRI, day(2024, 6, 10)),
    ("relative", "Japan's vice minister, who arrived in Taipei on June 3, met Premier Cho, a former mayor, on June 4.",
     "met", FRI, day(2024, 6, 4)),
    # --- a time attached to a noun or to a subordinate clause is not the main act's
    pytest.param("noun time", "Japan cut diplomatic ties with Taipei when it recognised Beijing in 1972.",
     "cut", FRI, year(1972), marks=pytest.mark.xfail(strict=True, reason="open: a trailing when-clause's time does not reach the main clause (timing.LATER_CLAUSE)")),
    ("noun time", "Since Tokyo severed ties with Taipei in 1972, the two sides have kept only unofficial contacts, "
     "and on Tuesday Japan's envoy met Taiwan's foreign minister.", "met", FRI, day(2024, 6, 11)),
    ("noun time", "Manila on Thursday invoked the defence pact it signed with Tokyo in 2023 to request joint patrols.",
     "invoked", FRI, day(2024, 6, 13)),
    ("noun time", "Beijing protested on Wednesday against the port call, citing the 1972 joint communique.",
     "protested", FRI, day(2024, 6, 12)),
    ("noun time", "Japan's coast guard warned two Chinese fishing boats to leave, the first such case since the May "
     "2022 accord.", "warned", None, UNKNOWN),
    ("noun time", "Beijing on Tuesday criticised the joint statement issued by the two leaders in Tokyo on March 3, 2024.",
     "criticised", FRI, day(2024, 6, 11)),
    ("noun time", "China's envoy also voiced concern over the access agreement signed by Manila and Tokyo in Manila on "
     "Monday, which lets their troops train on each other's soil.", "voiced", FRI, UNKNOWN),
    ("noun time", "Taipei welcomed the agreement reached by the two coast guards last week.", "welcomed", FRI, UNKNOWN),
    ("noun time", "Canberra's trade office welcomed yesterday's accord between the two coast guards.", "welcomed", FRI,
     UNKNOWN),
    ("noun time", "Beijing condemned Tuesday's launch of the Japanese spy satellite.", "condemned", FRI, UNKNOWN),
    ("noun time", "Japan's foreign minister attended Thursday's talks with his Philippine counterpart in Manila.",
     "attended", FRI, day(2024, 6, 13)),
    # --- an anaphoric day counts from the act it follows
    ("anaphor", "On May 7, 2024, Japan's cabinet approved the new export rules. The next day, China's commerce "
     "ministry condemned the decision.", "condemned", None, day(2024, 5, 8)),
    ("anaphor", "On 8 May 2024, a senior Japanese lawmaker urged a firmer line in a speech in Taipei.\u2077 The next day "
     "the Chinese embassy lodged stern representations with Tokyo.", "representations", None, day(2024, 5, 9)),
    ("anaphor", "Taiwan's legislature passed the defence budget on March 12, 2024. Two days later, Beijing announced "
     "sanctions on three Taiwanese firms.", "sanctions", None, day(2024, 3, 14)),
    ("anaphor", "On April 2, 2024, a Chinese survey ship entered Japan's waters. Tokyo protested the following day.",
     "protested", None, day(2024, 4, 3)),
    ("anaphor", "On April 2, 2024, a Chinese survey ship entered Japan's waters. The next day Tokyo lodged a protest, "
     "and on April 5 Beijing rejected it.", "rejected", None, day(2024, 4, 5)),
    ("anaphor", "Two days after the vote on May 3, 2024, Beijing summoned Japan's ambassador.", "summoned", None,
     day(2024, 5, 5)),
    ("anaphor", "A week before the summit on 9 June 2024, Tokyo protested to Beijing.", "protested", None, day(2024, 6, 2)),
    # --- precision: a stated day beats the month, a bare month stays a month
    pytest.param("precision", "In July 2023 Japan protested to China, on July 18, over a buoy placed near the Senkakus.",
     "protested", None, day(2023, 7, 18), marks=pytest.mark.xfail(strict=True, reason="open: a day inside the clause's named month does not refine it")),
    ("precision", "In November 2023, the Japanese navy escorted a Taiwanese research vessel near Yonaguni.",
     "escorted", None, month(2023, 11, 30)),
    ("precision", "Taipei recalled its envoy in 2019, the ministry said.", "recalled", None, year(2019)),
    ("precision", "The Philippine and Japanese coast guards trained together off Manila from 3 to 5 May 2023.",
     "trained", None, (date(2023, 5, 3), date(2023, 5, 5), "range")),
    # --- undated: hedged counts, later, the perfect with no time, another actor's reaction
    ("unknown", "On March 4, 2024, Chinese drones circled Yonaguni. Weeks later, Tokyo deployed a radar unit there.",
     "deployed", None, UNKNOWN),
    ("unknown", "On March 4, 2024, Chinese drones circled Yonaguni. Tokyo eventually protested.",
     "protested", None, UNKNOWN),
    ("unknown", "Japan's defence ministry has repeatedly protested Chinese incursions near the Senkakus.",
     "protested", FRI, UNKNOWN),
    ("unknown", "On Tuesday, Chinese frigates sailed through the Tsushima Strait. South Korea's navy later shadowed them.",
     "shadowed", FRI, UNKNOWN),
    ("unknown", "Beijing staged drills around Taiwan in May. Washington urged restraint.",
     "urged", FRI, UNKNOWN),
    ("unknown", "Weeks after the drills in May, Tokyo summoned China's ambassador.", "summoned", FRI, UNKNOWN),
    ("unknown", "Shortly before the vote on Friday, Beijing protested to Tokyo.", "protested", FRI, UNKNOWN),
    # --- quotations: the speaker's own act in the words is done when said; another actor's act is not
    ("quote", "\"We have lodged a firm protest with the Chinese side,\" Japan's foreign minister told reporters on "
     "Tuesday.", "protest", FRI, day(2024, 6, 11)),
    ("quote", "\"We strongly urge Tokyo to stop interfering,\" the Chinese spokesperson said on Wednesday.",
     "urge", FRI, day(2024, 6, 12)),
    ("quote", "\"Beijing has staged drills near our islands again,\" the Japanese minister said on Wednesday.",
     "staged", FRI, UNKNOWN),
    ("quote", "\"China seized a Japanese fishing boat last year,\" the Japanese minister said on Wednesday.",
     "seized", FRI, year(2023)),
    ("quote", "The minister told parliament on June 3, 2024 that Japan \"firmly condemns\" the missile launch.",
     "condemns", None, day(2024, 6, 3)),
    # --- since a dated act, an act in the present perfect
    pytest.param("since", "Since the prime minister spoke on May 8, 2024, Beijing has suspended group tours to Japan.",
     "suspended", FRI, (date(2024, 5, 8), FRI, "range"), marks=pytest.mark.xfail(strict=True, reason="open: a since-clause's period for a present perfect is not read")),
    # --- the dated occasion's own sentence: each main clause takes the sentence's time
    ("own", "On Thursday, Chinese warships entered the contiguous zone and Japan's navy shadowed them.",
     "shadowed", FRI, day(2024, 6, 13)),
    ("own", "In August 2022, missiles fell in Japan's exclusive economic zone and Tokyo protested.",
     "protested", None, month(2022, 8, 31)),
    ("own", "Tokyo lodged a protest on Monday, a day after Chinese ships entered the waters off the islands.",
     "entered", FRI, day(2024, 6, 9)),
]


@pytest.mark.parametrize("mechanism, text, word, published, expected", CASES)
def test_probe(seed_extractor, mechanism, text, word, published, expected):
    assert dated(seed_extractor, text, word, published) == expected
