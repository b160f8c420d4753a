"""dates21 probe: an occasion dated once governs its actors' acts in later sentences, and where that tie ends
(GUIDELINES, Dates, 'Acts around a dated occasion'). Short multi-sentence documents in my own words (readouts, wire
copy, briefings, features); expected values are written from GUIDELINES, not from the extractor. Each case:
(mechanism, text, trigger, published, expected); the published day is a Friday."""
from datetime import date

import pytest

from tests.test_dates20_probe import UNKNOWN, dated, day

FRI = date(2024, 6, 14)

CASES = [
    # --- ties that hold: the same actor goes on with the dated occasion
    ("readout", "On Monday, Japanese Foreign Minister Yoko Kamikawa held talks with Philippine Foreign Secretary "
     "Enrique Manalo in Manila. Kamikawa expressed serious concern over coercive actions in the South China Sea.",
     "concern", FRI, day(2024, 6, 10)),
    ("readout", "Japanese Defence Minister Gen Nakatani met Australian Deputy Prime Minister Richard Marles in Tokyo "
     "on Tuesday. During the talks, Marles urged Japan to join more joint exercises.",
     "urged", FRI, day(2024, 6, 11)),
    ("readout", "On Wednesday, Kamikawa held a trilateral meeting with Antony Blinken and Enrique Manalo in New York. "
     "The ministers exchanged views on North Korea. Blinken reaffirmed the commitment of the United States to the "
     "defence of the Philippines.", "reaffirmed", FRI, day(2024, 6, 12)),
    ("readout", "Taiwanese President Lai Ching-te received a delegation of Japanese lawmakers in Taipei on Monday. "
     "The delegation arrived by charter flight. Lai thanked Japan for its support after the earthquake.",
     "thanked", FRI, day(2024, 6, 10)),
    ("pronoun", "Philippine Defence Secretary Gilberto Teodoro visited Tokyo on Monday. He signed a logistics "
     "agreement with Japan's defence ministry.", "signed", FRI, day(2024, 6, 10)),
    ("back_reference", "Japan and China held a high-level economic dialogue in Beijing on June 9. At the meeting, "
     "China pressed Japan to lift its export curbs.", "pressed", FRI, day(2024, 6, 9)),
    # a background time inside a noun phrase or a since-clause names no new occasion: the tie holds
    pytest.param("background", "On Thursday, Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Yoko Kamikawa in "
     "Beijing. Wang criticised the May 20 seizure of a Chinese fishing boat by the Japanese coast guard. Wang urged Tokyo to "
     "handle the Taiwan question prudently.", "urged", FRI, day(2024, 6, 13), marks=pytest.mark.xfail(reason="known gap: a noun's own time ('the May 20 seizure') still dates the verb's act and becomes the actor's day", strict=True)),
    ("background", "On Tuesday, Japanese Prime Minister Fumio Kishida met Chinese Premier Li Qiang in Tokyo, the "
     "first such visit since 2019. Kishida called for the release of detained Japanese nationals.",
     "called for", FRI, day(2024, 6, 11)),
    ("background", "On Monday, Kishida met Lai Ching-te's special envoy in Tokyo. Relations have been close since the "
     "two sides signed a fisheries pact in 2013. Kishida urged Beijing to lift its ban on Japanese seafood.",
     "urged", FRI, day(2024, 6, 10)),
    ("background", "Yoko Kamikawa met Enrique Manalo in Manila on Wednesday. Kamikawa stressed that Japan's position "
     "on Taiwan remains as stated in the 1972 joint communique. Kamikawa also urged China to refrain from coercion.",
     "urged", FRI, day(2024, 6, 12)),
    # a quotation goes on with its speaker
    ("quote", "Chinese foreign ministry spokesperson Lin Jian told a regular briefing on Wednesday that Japan should "
     "stop meddling. \"We urge the Japanese side to reflect on its history,\" Lin said.", "urge", FRI,
     day(2024, 6, 12)),
    # (a dated speaking occasion with no coded act records its subject's day: closed by dates23, lead_occasions)
    ("quote", "Taiwan's Foreign Minister Lin Chia-lung spoke to reporters in Tokyo on Thursday. \"Taiwan and Japan "
     "share the same values,\" Lin said. \"We thank Japan for its support,\" he added.", "thank", FRI,
     day(2024, 6, 13)),
    # a spokesperson for the state whose act the text makes that ministry's goes on with it
    ("voice", "China said on Thursday it was imposing sanctions on three Japanese defence firms. Foreign ministry "
     "spokesperson Lin Jian accused the firms of colluding with Taiwan's separatists.", "accused", FRI,
     day(2024, 6, 13)),
    # several sentences on, the same actor and no time in between
    ("long_readout", "On Monday, Kamikawa held talks with Manalo in Manila. The two ministers discussed maritime "
     "security. They also discussed trade. The talks lasted an hour. Officials described the mood as warm. Kamikawa "
     "requested support for the early release of Japanese detainees.", "requested", FRI, day(2024, 6, 10)),
    # --- ties that end
    ("new_occasion", "On Monday, Kamikawa met Manalo in Manila. On Wednesday, Kamikawa flew to Jakarta. She urged "
     "Indonesia to back a rules-based order at sea.", "urged", FRI, day(2024, 6, 12)),
    # (the act of the last named occasion goes on, not Monday's: GUIDELINES' same-actor rule takes its year)
    ("new_occasion", "On Monday, Lai Ching-te met Japanese lawmakers in Taipei. Last year, Lai pledged to deepen "
     "ties with Tokyo. Lai thanked Japan for its support.", "thanked", FRI,
     (date(2023, 1, 1), date(2023, 12, 31), "year")),
    ("other_actor", "On Monday, Wang Yi met Yoko Kamikawa in Beijing. Taiwan's foreign ministry protested the "
     "meeting.", "protested", FRI, UNKNOWN),
    ("other_actor", "Chinese coast guard ships entered waters near the Senkaku Islands on Thursday. Japan's coast "
     "guard warned the ships to leave.", "warned", FRI, UNKNOWN),
    ("other_actor_own_time", "On Monday, Kamikawa met Manalo in Manila. Blinken, speaking in Washington on Tuesday, "
     "welcomed the meeting.", "welcomed", FRI, day(2024, 6, 11)),
    ("later", "On Monday, Wang Yi met Kamikawa in Beijing. Wang later criticised Japan's defence build-up.",
     "criticised", FRI, UNKNOWN),
    ("tense", "On Monday, Kishida met Taiwan's envoy in Tokyo. Kishida has repeatedly called for peace across the "
     "Taiwan Strait.", "called for", FRI, UNKNOWN),
    ("other_body", "China's military held drills around Taiwan on Monday. Foreign ministry spokesperson Lin Jian "
     "warned Japan against interfering.", "warned", FRI, UNKNOWN),
    ("new_actor", "Kamikawa met Manalo in Manila on Monday. Lai Ching-te thanked Japan for its support.",
     "thanked", FRI, UNKNOWN),
    ("unknown_pub", "On Monday, Kamikawa met Manalo in Manila. Kamikawa urged China to refrain from coercion.",
     "urged", None, UNKNOWN),
]


@pytest.mark.parametrize("mechanism, text, trigger, published, expected", CASES,
                         ids=[f"{i:02d}-{c.values[0] if hasattr(c, 'values') else c[0]}" for i, c in enumerate(CASES)])
def test_probe(seed_extractor, mechanism, text, trigger, published, expected):
    assert dated(seed_extractor, text, trigger, published) == expected
