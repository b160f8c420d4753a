"""dates23 probe: an undated act in a later sentence tied to a dated occasion named in another sentence (a lead
whose occasion codes no event, participants and readouts continuing a meeting, the same actor going on), and the
places the tie ends (a new dated occasion, another actor's own time, present policy, background, 'later').
GUIDELINES, Dates, "Acts around a dated occasion". Own wording throughout. Each case: (text, word, published, expected)."""
from datetime import date

import pytest

from tests.test_dates20_probe import UNKNOWN, dated, day

FRI = date(2024, 6, 14)
TUE = day(2024, 6, 11)
WED = day(2024, 6, 12)
THU = day(2024, 6, 13)

TIE = [
    # --- the lead names the occasion (no coded act of its own); the actor's acts follow in later sentences
    ("TOKYO (Wire) - Japanese Foreign Minister Yoko Kamikawa spoke at a security forum in Tokyo on Tuesday. "
     "She criticised China's military pressure on Taiwan as a threat to regional stability.", "criticised", FRI, TUE),
    ("Taiwan's President Lai Ching-te gave a speech at a navy base in Kaohsiung on Thursday. "
     "Lai accused Beijing of trying to change the status quo by force.", "accused", FRI, THU),
    ("China's ambassador to Japan, Wu Jianghao, held a news conference in Tokyo on Tuesday. "
     "Wu warned Japan not to interfere in the Taiwan question.", "warned", FRI, TUE),
    ("The Liberal Democratic Party's Keiji Furuya was in Taipei on Wednesday for a business forum. "
     "Furuya praised Taiwan's democracy and called for closer ties with Japan.", "praised", FRI, WED),
    ("Local paper - Yonaguni Mayor Kenichi Itokazu addressed the town assembly on Thursday. "
     "The mayor asked Tokyo to build evacuation shelters on the island.", "asked", FRI, THU),
    ("Press release - The Minister for Foreign Affairs, Mr. Taro Kono, attended the ASEAN Regional Forum on Tuesday. "
     "Minister Kono expressed concern over the situation in the East China Sea.", "expressed concern", FRI, TUE),
    ("Taiwan's foreign minister Lin Chia-lung appeared before the legislature on Wednesday. "
     "He thanked Japan for its support of Taiwan's bid to join the WHO assembly.", "thanked", FRI, WED),
    # --- the meeting is dated; the participants' readout acts follow
    ("Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on Wednesday. "
     "The two leaders agreed to upgrade their command structures.", "agreed", FRI, WED),
    # --- the same actor continuing over a quotation or a paragraph
    ("Chinese foreign ministry spokesperson Lin Jian criticised Tokyo at a regular briefing on Wednesday. "
     "\"Japan should stop meddling in China's internal affairs,\" Lin said.\n\n"
     "Lin also urged Japan to honour its commitments on the Taiwan question.", "urged", FRI, WED),
    # --- a ministry or a sitting official going on with their state's dated act ('Officials and their states')
    ("TOKYO (AP) - Japan lodged a protest with China on Wednesday over a drone flight near Yonaguni. "
     "Foreign Minister Yoko Kamikawa summoned the Chinese ambassador and called the flight unacceptable.",
     "summoned", FRI, WED),
    ("Op-ed - China announced sanctions on two American arms makers on Tuesday. The Chinese Foreign Ministry "
     "accused the companies of harming China's sovereignty.", "accused", FRI, TUE),
    ("Taiwan protested to Japan on Thursday over the detention of a fishing boat. Foreign Minister Lin Chia-lung "
     "summoned Japan's representative to lodge a protest.", "summoned", FRI, THU),
    # --- an explicit back-reference to the occasion
    ("Japan and the Philippines held their first two-plus-two talks in Manila on Tuesday. "
     "At the meeting, Japan pledged patrol boats to the Philippine coast guard.", "pledged", FRI, TUE),
    ("Chinese warships sailed near Yonaguni on Tuesday. Japan protested the same day.", "protested", FRI, TUE),
    ("Chinese warships sailed near Yonaguni on Tuesday. Tokyo lodged a protest at the time.", "protest", FRI, TUE),
    ("China's defence ministry held its monthly news conference on Thursday. At the same news conference, "
     "spokesman Zhang Xiaogang accused Japan of hyping the China threat.", "accused", FRI, THU),
]

UNTIE = [
    # --- another actor with no tie: unknown
    ("Chinese warships sailed near Yonaguni on Tuesday. Japan's defence ministry protested to Beijing.", "protested", FRI, UNKNOWN),
    ("Japan's prime minister spoke at a security forum in Singapore on Tuesday. "
     "China's foreign ministry criticised his remarks.", "criticised", FRI, UNKNOWN),
    # --- the state's day does not pass to a former official, an opposition figure or another state's official
    ("Japan lodged a protest with China on Wednesday over a drone flight. Former Defence Minister Taro Kono "
     "criticised the government's response as weak.", "criticised", FRI, UNKNOWN),
    ("Japan lodged a protest with China on Wednesday over a drone flight. Opposition leader Yoshihiko Noda "
     "accused the government of complacency.", "accused", FRI, UNKNOWN),
    ("Japan lodged a protest with China on Wednesday over a drone flight. Chinese Foreign Minister Wang Yi "
     "accused Tokyo of hyping the incident.", "accused", FRI, UNKNOWN),
    # --- an official's different kind of act after the state's: a reaction of its own, not carried (the gold's
    # 'welcomed the pact' after the signing, 'told reporters' after the envoy's recall)
    ("Taiwan protested to Tokyo on Thursday over the fishing dispute. President Lai Ching-te urged Japan to "
     "release the crew at once.", "urged", FRI, UNKNOWN),
    ("Japan lodged a protest with Beijing on Tuesday. Japan's Ministry of Defense demanded that China explain "
     "the incursion.", "demanded", FRI, UNKNOWN),
    ("Taiwan and Japan signed a fisheries pact on Wednesday. In Taipei, Foreign Minister Lin Chia-lung welcomed "
     "the pact as a milestone.", "welcomed", FRI, UNKNOWN),
    # --- the narrative names another occasion with its own time
    # (the same actor going on with the NEW occasion takes its time: March, not Tuesday)
    ("Japanese Foreign Minister Yoko Kamikawa spoke at a forum on Tuesday. In March, she visited Manila. "
     "Kamikawa signed a defence pact with her host.", "signed", FRI, (date(2024, 3, 1), date(2024, 3, 31), "month")),
    ("Lai Ching-te gave a speech in Taipei on Thursday. Last year he met Japanese lawmakers in Taipei.", "met", FRI,
     (date(2023, 1, 1), date(2023, 12, 31), "year")),
    # --- present policy and background: no occasion's day
    ("Japan's defence minister attended a ceremony at Subic Bay on Wednesday. "
     "Japan has long supported the Philippines' maritime claims.", "supported", FRI, UNKNOWN),
    ("China's ambassador to Japan held a news conference in Tokyo on Tuesday. "
     "Beijing regards Taiwan as its own territory and has never ruled out the use of force.", "ruled out", FRI, UNKNOWN),
    # --- 'later', 'eventually': after the occasion at no stated distance
    ("Japan's foreign minister spoke at a forum in Tokyo on Tuesday. Kamikawa later met Taiwan's representative.",
     "met", FRI, UNKNOWN),
    ("Taiwan's President Lai Ching-te gave a speech in Kaohsiung on Thursday. "
     "Lai eventually apologised to the fishermen's union.", "apologised", FRI, UNKNOWN),
    # --- the occasion is only a plan (after publication): nothing to carry
    ("Japan's prime minister will attend a summit in Washington next Tuesday. Kishida criticised China's drills.",
     "criticised", FRI, UNKNOWN),
    # --- too far: the tie does not reach across many sentences of other matter
    ("Japanese Foreign Minister Yoko Kamikawa spoke at a forum in Tokyo on Tuesday. Tensions have risen for years. "
     "Beijing claims the islands. Taipei rejects the claim. The United States sells arms to Taiwan. Analysts expect more drills. "
     "Kamikawa urged restraint.", "urged", FRI, UNKNOWN),
    # --- a different actor's act in a relative clause
    ("Japanese Prime Minister Fumio Kishida spoke in Washington on Wednesday, remarks that drew a protest from China.",
     "protest", FRI, UNKNOWN),
]


# known limits outside the date tie: the lead names the official by title only and the next sentence by name (actor
# resolution links neither the title to the name nor a pair of unnamed counterparts to their names), and the
# source of a telling reported 'according to' someone else
LIMITS = [
    # ('According to X, Y told Z': the telling is read as X's statement, not Y's act; a source question)
    ("Japan's Minoru Kihara and Australia's Richard Marles held talks in Darwin on Thursday. "
     "According to Japan's defence ministry, Kihara told Marles that peace in the Taiwan Strait was vital.", "told", FRI, THU),
    ("Japan's foreign minister and her Chinese counterpart held talks in Beijing on Tuesday. "
     "Kamikawa urged Wang Yi to lift the ban on Japanese seafood.", "urged", FRI, TUE),
    ("MANILA - Japan's defence minister attended a ceremony at Subic Bay on Wednesday. "
     "Minoru Kihara criticised China's coast guard for its conduct near Scarborough Shoal.", "criticised", FRI, WED),
    ("China's ambassador to Japan held a news conference in Tokyo on Tuesday. "
     "Wu Jianghao warned Japan not to interfere in the Taiwan question.", "warned", FRI, TUE),
]


@pytest.mark.parametrize("text, word, published, expected", TIE + UNTIE + [
    pytest.param(*case, marks=pytest.mark.xfail(reason="title-only lead", strict=False)) for case in LIMITS])
def test_probe(seed_extractor, text, word, published, expected):
    assert dated(seed_extractor, text, word, published) == expected
