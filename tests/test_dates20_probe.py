"""dates20 probe: the general date mechanics of GUIDELINES (Dates) over short documents in many registers (wire
copy, op-ed, transcript, press release, translated local news). Expected values are written from GUIDELINES, not
from the extractor. Own wording throughout. Each case: (mechanism, text, trigger, published, expected)."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput

FRI = date(2024, 6, 14)      # a Friday
UNKNOWN = (None, None, "unknown")


def day(y, m, d):
    return (date(y, m, d), date(y, m, d), "day")


def dated(extractor, text, trigger_word, published):
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    claims = [c for c in extractor.extract(doc).claims if c["kind"] == "event" and c["modality"] == "asserted"]
    hits = [c for c in claims if trigger_word in (c["trigger"] or "")]
    if not hits:   # the probe is about dates: a claim the event reader keeps as a statement still carries one
        everything = extractor.extract(doc).claims
        hits = [c for c in everything if c["modality"] == "asserted" and trigger_word in c["text"]]
    assert hits, [(c["trigger"], c["predicate"]) for c in claims]
    c = hits[0]
    return (c["date_start"], c["date_end"], c["date_precision"])


CASES = [
    # --- explicit days, months, years (any publication date)
    ("explicit", "TOKYO (Wire) - On March 5, 2023, Japan's foreign ministry protested the incursion by Chinese "
     "coast guard vessels.", "protested", FRI, day(2023, 3, 5)),
    ("explicit", "In May 2022, China's military conducted large-scale drills near Taiwan, officials in Taipei said.",
     "drills", FRI, (date(2022, 5, 1), date(2022, 5, 31), "month")),
    ("explicit", "The Chinese coast guard seized a Japanese fishing boat on 12 April 2023 near the disputed islands.",
     "seized", None, day(2023, 4, 12)),
    ("explicit", "In 2021, Japan and the Philippines signed a defence equipment transfer agreement.",
     "signed", None, (date(2021, 1, 1), date(2021, 12, 31), "year")),
    # --- weekday names and near days against the publication date
    ("weekday", "Japan's foreign ministry protested on Tuesday after Chinese warships sailed near Yonaguni.",
     "protested", FRI, day(2024, 6, 11)),
    ("weekday", "China's defence ministry on Thursday warned Japan against interfering in the Taiwan Strait.",
     "warned", FRI, day(2024, 6, 13)),
    # GUIDELINES: 'last <weekday>' is two to seven days back (Monday in a Friday paper: four)
    ("weekday", "Last Monday, Beijing condemned the Japanese lawmakers' visit to Taipei.", "condemned", FRI,
     day(2024, 6, 10)),
    ("weekday", "Taiwan's foreign ministry yesterday protested the incursion by Chinese vessels off Kinmen.", "protested",
     FRI, day(2024, 6, 13)),
    # --- relative periods against the publication date
    ("period", "Earlier this month, China imposed sanctions on three Japanese defence firms.", "sanctions", FRI,
     (date(2024, 6, 1), date(2024, 6, 13), "range")),
    ("period", "Earlier this week, Japan summoned China's ambassador over the detention of a Japanese national.",
     "summoned", FRI, (date(2024, 6, 10), date(2024, 6, 13), "range")),
    ("period", "Last month, Japan's defence minister visited Manila and signed a logistics pact.", "signed", FRI,
     (date(2024, 5, 1), date(2024, 5, 31), "month")),
    ("period", "Last year, the Chinese navy held exercises east of Taiwan.", "exercises", FRI,
     (date(2023, 1, 1), date(2023, 12, 31), "year")),
    # --- days counted from the narrative
    ("counted", "On June 3, Chinese coast guard ships entered Japan's territorial waters near the Senkakus. "
     "The following day, Tokyo lodged a protest with Beijing.", "protest", FRI, day(2024, 6, 4)),
    ("counted", "China launched the drills on May 23. Two days later, Japan summoned the Chinese ambassador.",
     "summoned", FRI, day(2024, 5, 25)),
    ("counted", "Beijing fired missiles into the sea on August 4, 2022. Days later, Tokyo protested.", "protested",
     FRI, UNKNOWN),
    # --- a date governs the same actor's continuing acts; other actors stay unknown without a tie
    ("governance", "On Monday, Chinese Foreign Minister Wang Yi met Japanese lawmakers in Beijing. Wang warned "
     "Tokyo against interfering in Taiwan.", "warned", FRI, day(2024, 6, 10)),
    ("governance", "In August, Chinese missiles fell into Japan's exclusive economic zone and Tokyo protested.",
     "protested", date(2024, 9, 20), (date(2024, 8, 1), date(2024, 8, 31), "month")),
    ("governance", "On Tuesday China fired ballistic missiles near Yonaguni, prompting Tokyo to lodge a protest.",
     "protest", FRI, day(2024, 6, 11)),
    ("governance", "On Monday, China held naval drills around Taiwan. Japan lodged a protest the same day.",
     "protest", FRI, day(2024, 6, 10)),
    ("governance", "On Monday, China held naval drills around Taiwan. Japan's foreign ministry protested the drills.",
     "protested", FRI, UNKNOWN),
    ("governance", "On Monday, Japan's prime minister met Taiwan's envoy in Tokyo. China later protested the meeting.",
     "protested", FRI, UNKNOWN),
    # --- tense changes end the governance
    ("tense", "On Monday, China's coast guard entered Japanese waters near the Senkakus. Tokyo has lodged protests over "
     "such incursions.", "protests", FRI, UNKNOWN),
    ("tense", "On Wednesday, the Japanese destroyer sailed through the Taiwan Strait. Beijing has repeatedly "
     "condemned such transits.", "condemned", FRI, UNKNOWN),
    # --- background clauses with their own dates
    ("background", "Japan protested on Wednesday. In 2022, China fired five missiles into Japan's exclusive economic "
     "zone.", "fired", FRI, (date(2022, 1, 1), date(2022, 12, 31), "year")),
    ("background", "OP-ED: Tokyo's caution is understandable. In 2016, China sent coast guard ships and hundreds of "
     "fishing boats to the Senkakus.", "sent", FRI, (date(2016, 1, 1), date(2016, 12, 31), "year")),
    # --- a trailing after/before clause's act is no main-clause act: the sentence's time does not date it
    ("after_clause", "China staged large-scale drills around Taiwan in April 2023, after President Tsai Ing-wen met "
     "the US House speaker in California.", "met", FRI, UNKNOWN),
    ("after_clause", "China staged large-scale drills around Taiwan in April 2023, after President Tsai Ing-wen met "
     "the US House speaker in California.", "drills", FRI, (date(2023, 4, 1), date(2023, 4, 30), "month")),
    ("after_clause", "Japan's coast guard expelled the Taiwanese fishing boats on Tuesday, after Chinese coast guard "
     "ships entered the contiguous zone.", "entered", FRI, UNKNOWN),
    # --- reported perfects: bounded by the dated occasion and the saying
    ("perfect", "China held drills around Taiwan on Monday. A Japanese government spokesman said on Wednesday that "
     "Tokyo had lodged a protest over the drills.", "protest", FRI,
     (date(2024, 6, 10), date(2024, 6, 12), "range")),
    ("perfect", "A Japanese foreign ministry spokesman said on Thursday that Tokyo had lodged a protest with Beijing.",
     "protest", FRI, UNKNOWN),
    # --- unknown publication date: relative dates stay unknown, explicit ones resolve, a dated passage lends a year
    ("unknown_pub", "On Tuesday, China condemned the Japanese prime minister's remarks on Taiwan.", "condemned", None,
     UNKNOWN),
    ("unknown_pub", "Last week, Japan summoned the Chinese ambassador over the balloon.", "summoned", None, UNKNOWN),
    ("unknown_pub", "On February 14, 2024, China announced sanctions on two Japanese firms. On February 19, Japan "
     "protested the sanctions.", "protested", None, day(2024, 2, 19)),
    # --- registers: press release, transcript, translated local news
    ("register", "PRESS RELEASE - June 12, 2024 - Today the Ministry of Foreign Affairs protested to the Chinese side "
     "over the incursion.", "protested", date(2024, 6, 12), day(2024, 6, 12)),
    ("register", "(Translated) The Chinese aircraft carrier Shandong sailed near Okinotori on the 10th, Japan's Ministry of "
     "Defense said.", "sailed", FRI, day(2024, 6, 10)),
    ("register", "Regular Press Conference of the Ministry of Defense on June 12\n\nSpokesperson Wu Qian answered "
     "questions at the regular press conference on the afternoon of June 12.\n\nReporter: Japan's destroyer sailed "
     "through the strait. What is your comment?\n\nWu Qian: We urge the Japanese side to stop such provocative moves.\n\n"
     "Reporter: A follow-up question.\n\nWu Qian: We firmly oppose any interference.\n", "urge",
     date(2024, 6, 13), day(2024, 6, 12)),
    ("register", "Daily Press Briefing\n\nSpokesperson Lin Jian: Good afternoon.\n\nReporter: Japan's destroyer "
     "sailed through the strait. What is your comment?\n\nLin Jian: We urge the Japanese side to stop such provocative "
     "moves.\n\nReporter: A follow-up question.\n\nLin Jian: We firmly oppose any interference.\n", "urge",
     date(2024, 6, 13), day(2024, 6, 13)),
    ("counted", "China warned Japan on Thursday, three days after Tokyo announced new export controls on chip tools.",
     "export controls", FRI, day(2024, 6, 10)),
    ("counted", "Chuck Hagel welcomed the decision on June 4. Beijing criticised it the next day.", "criticised",
     FRI, day(2024, 6, 5)),
    ("background", "Taiwanese President Lai Ching-te, who arrived in Tokyo on Monday for a private visit, met Japanese "
     "lawmakers on Wednesday.",
     "met", FRI, day(2024, 6, 12)),
    ("register", "Japan summoned the Chinese ambassador on Jan. 9, 2024, over the detention.", "summoned", None,
     day(2024, 1, 9)),
]


@pytest.mark.parametrize("mechanism, text, trigger, published, expected", CASES,
                         ids=[f"{i:02d}-{(c.values if hasattr(c, 'values') else c)[0]}" for i, c in enumerate(CASES)])
def test_probe(seed_extractor, mechanism, text, trigger, published, expected):
    assert dated(seed_extractor, text, trigger, published) == expected
