"""Event round events29 probe: recall through trigger vocabulary. Wire, ministry and coast-guard wordings of
movements (a carrier entering the western Pacific, ships staying inside territorial waters, a strait crossed or
navigated, airspace breached, a unit launched or activated), unsafe intercepts (cutting across a plane's path, coming
within metres, fire-control radar directed at a ship), broken and established ties, notes exchanged, renewed pacts,
envoys named, another party's weapon picked, phone calls and arrivals. Only asserted acts: plans, conditionals,
prescriptions and figurative uses give no row. Own wording, text in -> event rows out; cases still wrong are strict
xfails."""
from datetime import date

import pytest

from tests.probe_helpers import event_rows, xfail_case

PUBLISHED = date(2025, 6, 13)   # a Friday


def rows(extractor, text):
    return event_rows(extractor, text, PUBLISHED)


_xfail = xfail_case


# (text, {type: count}, a source of the first row of the first type, or None)
CASES = [
    # movements: zones, seas and straits
    ("China's aircraft carrier Liaoning entered the western Pacific on Sunday, Japan's Joint Staff Office said.",
     {"MOBILIZE": 1}, "china"),
    ("Chinese coast guard ships remained inside Japan's territorial waters near the Senkakus for 92 hours, the Japan Coast "
     "Guard said on Monday.", {"MOBILIZE": 1}, "china-coast-guard"),
    ("Two China Coast Guard vessels stayed in Japan's contiguous zone on Tuesday.", {"MOBILIZE": 1}, "china-coast-guard"),
    ("The Canadian frigate HMCS Ottawa crossed the Taiwan Strait on Sunday.", {"MOBILIZE": 1}, "canada"),
    ("The US destroyer USS Milius navigated through the Taiwan Strait on Wednesday.", {"MOBILIZE": 1}, "united-states"),
    ("A Chinese drone breached Japanese airspace near Yonaguni on Monday.", {"MOBILIZE": 1}, "china"),
    _xfail("China's carrier Shandong operated in the western Pacific on Sunday, Japan's Defense Ministry said.", {"MOBILIZE": 1},
           "china", "'operate in/near' left out: in the development sets 2 of its 3 uses were counts or parts of drills gold "
           "does not code as rows"),
    ("Japan's Ground Self-Defense Force launched a coastal surveillance unit on Yonaguni in March 2016.", {"MOBILIZE": 1}, "jgsdf"),
    ("The Japan Ground Self-Defense Force activated an electronic warfare unit at Camp Naha on Tuesday.", {"MOBILIZE": 1}, "jgsdf"),
    _xfail("Five Chinese ballistic missiles splashed down inside Japan's exclusive economic zone on Thursday.", {"MOBILIZE": 1},
           "china", "missiles are no asset noun of the subject search (syntax.yaml asset_nouns, not this round's file)"),
    _xfail("The destroyer Sazanami became the first Japanese warship to sail through the Taiwan Strait on Wednesday.",
           {"MOBILIZE": 1}, "japan", "'became the first X to' is no completed-act frame of the subject search"),
    # unsafe intercepts and radar
    ("A Chinese J-15 fighter cut across the path of a Japanese P-3C patrol plane on Sunday, Japan's Defense Ministry said.",
     {"COERCE": 1}, "china"),
    ("A Chinese fighter jet came within 45 meters of a Japanese surveillance aircraft on Wednesday.", {"COERCE": 1}, "china"),
    ("A Chinese navy helicopter flew within 30 metres of a Japanese destroyer on Saturday.", {"COERCE": 1}, None),
    ("A Chinese destroyer directed its fire-control radar at a Japanese destroyer on Wednesday.", {"COERCE": 1}, "china"),
    ("A Chinese frigate irradiated fire-control radar at a Japanese P-3C on Wednesday.", {"COERCE": 1}, "china"),
    ("A Chinese warship crossed the bow of the Philippine patrol vessel on Monday.", {"COERCE": 1}, "china"),
    ("The CGA cutters answered with water cannon of their own.", {"COERCE": 1}, "tw-coast-guard-administration"),
    # a distance that is no close approach: the flight itself
    ("Chinese bombers flew within 20 nautical miles of Japan's airspace on Saturday.", {"MOBILIZE": 1, "COERCE": 0}, "china"),
    # an order to leave given by loudspeaker or radio ('by' + a means of contact is no passive agent)
    ("Japan Coast Guard vessels warned the group by loudspeaker to turn back on Tuesday.", {"REQUEST": 1}, "jp-coast-guard"),
    ("Chinese coast guard ships warned the fishing boat by radio to leave the waters on Monday.", {"REQUEST": 1}, "china-coast-guard"),
    ("The agreement signed by Japan and Taiwan took effect on Monday.", {"AGREE": 1}, "japan"),
    # ties broken and established
    ("Japan cut diplomatic relations with Taiwan in 1972.", {"SANCTION": 1}, "japan"),
    ("Nauru broke diplomatic ties with Taiwan on Monday.", {"SANCTION": 1}, "nauru"),
    ("Honduras cut off diplomatic relations with Taipei on Sunday.", {"SANCTION": 1}, "honduras"),
    ("Nauru switched allegiance to Beijing on Monday.", {"COOPERATE": 1}, "nauru"),
    # agreements: notes, instruments, renewals, common objectives
    ("Japan and the Philippines exchanged diplomatic notes on the reciprocal access agreement on Tuesday.", {"AGREE": 1}, "japan"),
    ("Japan and Australia exchanged instruments of ratification in Tokyo on Wednesday.", {"AGREE": 1}, "japan"),
    ("Japan and the Philippines renewed their defense pact on Monday.", {"AGREE": 1}, "japan"),
    ("Japan and the United States listed the peaceful resolution of issues concerning the Taiwan Strait as a common "
     "strategic objective.", {"AGREE": 1}, "japan"),
    # personnel and procurement (GUIDELINES: appointing personnel = COOPERATE)
    ("Tsai Ing-wen named Frank Hsieh as her envoy to Tokyo on Monday.", {"COOPERATE": 1}, "tsai-ing-wen"),
    ("Lai Ching-te appointed Lee Yi-yang as Taiwan's representative to Japan on Tuesday.", {"COOPERATE": 1}, "lai-ching-te"),
    ("Japan picked the Lockheed Martin F-35A as its next-generation fighter on Tuesday.", {"COOPERATE": 1}, "japan"),
    ("Australia selected Mitsubishi Heavy Industries' upgraded Mogami-class frigate for its navy on Tuesday.",
     {"COOPERATE": 1}, "australia"),
    # visits and calls
    ("Lai Ching-te landed in Palau on Sunday for a state visit.", {"CONSULT": 1}, "lai-ching-te"),
    ("Takeshi Iwaya spoke over the phone with Wang Yi on Monday.", {"CONSULT": 1}, "takeshi-iwaya"),
    # controls: figurative, domestic, unreal
    ("Japan entered the Pacific War in 1941.", {}, None),
    ("Lai Ching-te remained in office on Monday.", {}, None),
    ("The two sides crossed swords over the islands on Monday.", {}, None),
    ("Japan and China crossed a red line, Lai said.", {}, None),
    ("Lai Ching-te appointed Lee Yi-yang as interior minister on Tuesday.", {}, None),
    ("The KMT picked Hou Yu-ih as its candidate on Monday.", {}, None),
    ("The report listed China as a threat.", {}, None),
    ("Japan should never cut relations with Taiwan, Lai said.", {}, None),
    ("Japan may select the F-35A as its next fighter next year.", {}, None),
    ("If Chinese ships remained in Japan's territorial waters, Tokyo would protest.", {}, None),
    ("The two leaders navigated through the crisis on Monday.", {}, None),
    ("Nauru breached the agreement on Monday.", {}, None),
]


@pytest.mark.parametrize("text, want, source", CASES)
def test_vocabulary_rows(seed_extractor, text, want, source):
    found = rows(seed_extractor, text)
    counts = {}
    for r in found:
        counts[r["event_type"]] = counts.get(r["event_type"], 0) + 1
    got = [(r["event_type"], r["source_actor_ids"], r["target_actor_ids"]) for r in found]
    assert {k: counts.get(k, 0) for k in want} == want, got
    if not want:
        assert found == [], got
    if source is not None:
        first = next(r for r in found if r["event_type"] == next(iter(want)))
        assert source in first["source_actor_ids"], got
