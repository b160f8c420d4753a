"""actors18 probe: short texts in the probe's own words, with the actors GUIDELINES expects.

The first group is the class this branch fixes: a diplomatic mission named without its host ('the Chinese embassy')
is the mission in the state the text is about (gold: 'Embassy of China in Japan' for an unnamed host in a story on
Japan), i.e. the state the text names most, by itself and its bodies and people, other than the owner and Taiwan.
The second group pins neighbouring behaviour that must not move (hosts said, outlet credits, places). The third
records classes still open (xfail: the expected output per GUIDELINES, not yet produced)."""
import pytest


def names(matcher, text):
    """Names of the actors the matcher finds in text (registry names, or the names it discovers)."""
    mentions, discovered = matcher.find(text, 0, len(text))
    by_id = {a.actor_id: a.name for a in matcher.knowledge.actors}
    by_id.update({d.actor_id: d.name for d in discovered.values()})
    return {by_id.get(m.actor_id, m.actor_id) for m in mentions}


MISSIONS = [
    ("Japan's Foreign Ministry summoned a senior diplomat of the Chinese embassy on Monday. Tokyo called the post "
     "unacceptable, and Japanese officials said they expected an apology.", "Embassy of China in Japan"),
    ("The Philippines said on Tuesday that its diplomats would meet Chinese embassy officials next week. Manila "
     "has protested before, and the Philippines wants a hotline.", "Embassy of China in Philippines"),
    ("China's Foreign Ministry lodged a complaint, and Beijing said the remark was rude. China also summoned a "
     "diplomat from the South Korean embassy.", "Embassy of South Korea in China"),
    ("Taiwan thanked Japan again. Taiwan and Japan share values, Taiwan's president said, and Tokyo agreed. The "
     "Chinese Embassy said the meeting interfered in China's internal affairs.", "Embassy of China in Japan"),
    ("Australia's foreign minister met her counterpart in Canberra. Australia wants stable ties, she said. The "
     "Chinese embassy issued a statement the same evening.", "Embassy of China in Australia"),
    ("Washington has long kept strategic ambiguity, and the United States will not change it, a spokesman said. "
     "The Japanese embassy declined to comment.", "Embassy of Japan in United States"),
    ("Japan's prime minister told the Diet on Friday that Tokyo would respond calmly. The Chinese consulate in "
     "Osaka posted a message the next day.", "Consulate of China in Osaka"),
    ("Tokyo summoned the envoy after the post, and Japan demanded that it be deleted. The Chinese consulate "
     "defended it.", "Consulate of China in Japan"),
    ("South Korea's foreign ministry called in an official of the Chinese embassy. Seoul said its position had "
     "not changed, and South Korea's president repeated it.", "Embassy of China in South Korea"),
    ("The Chinese Embassy in Tokyo rejected the report.", "Embassy of China in Japan"),
    ("China's embassy in Washington said the statement went too far.", "Embassy of China in United States"),
    ("The Embassy of Japan in Manila hosted a reception.", "Embassy of Japan in Philippines"),
]


@pytest.mark.parametrize("text, expected", MISSIONS)
def test_a_mission_takes_its_host(matcher, text, expected):
    assert expected in names(matcher, text)


# too little to say where it is: the owner alone, or another state named once
@pytest.mark.parametrize("text", [
    "The Chinese embassy declined to comment on the report.",
    "A spokesman for the Chinese embassy said Japan should reflect.",
])
def test_a_mission_without_a_host_named_twice_stays_unplaced(matcher, text):
    found = names(matcher, text)
    assert "Embassy of China" in found
    assert not any(n.startswith("Embassy of China in") for n in found)


STEADY = [
    # outlet credits and places are not actors; registered bodies by their usual forms are
    ("SEOUL – South Korea's defence ministry said on Monday that it was monitoring the drills.",
     {"Ministry of National Defense of South Korea"}, {"Seoul"}),
    ("Japan's Defense Ministry said two Chinese warships sailed between Yonaguni and Iriomote islands.",
     {"Ministry of Defense of Japan"}, set()),
    ("The Chinese coast guard said its ships patrolled the waters around the islands.", {"China Coast Guard"}, set()),
    ("Taiwan's Coast Guard Administration said a Chinese vessel entered restricted waters near Kinmen.",
     {"Coast Guard Administration"}, set()),
    ("A summit in Beijing drew leaders from across the region, and Japan sent its foreign minister.", {"Japan"},
     {"Beijing"}),
    ("The island's coast guard said it tracked the vessels overnight, Taiwan's authorities added.",
     {"Coast Guard Administration"}, set()),
    ("The ruling Liberal Democratic Party said it would discuss the bill.", {"Liberal Democratic Party"}, set()),
    ("Foreign Minister Lin Chia-lung thanked Tokyo for its support.", {"Lin Chia-lung", "Japan"}, set()),
    ("Chinese Foreign Ministry spokesperson Mao Ning told a regular briefing that Japan should stop.",
     {"Mao Ning", "Japan"}, set()),
]


@pytest.mark.parametrize("text, present, absent", STEADY)
def test_neighbouring_forms_do_not_move(matcher, text, present, absent):
    found = names(matcher, text)
    assert present <= found
    assert not (absent & found)


OPEN = [
    # a consul general's post names the consulate (a person's role naming a body)
    ("China's consul general in Osaka posted a threat on social media, Japan said.", "Consulate-General of China in Osaka"),
    # an outlet named in a reversed order is the registered outlet, not a new one
    ("Novosti Ria reported that Moscow backed Beijing's position.", "RIA Novosti"),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, marks=pytest.mark.xfail(strict=False)) for t, e in OPEN])
def test_open_classes(matcher, text, expected):
    assert expected in names(matcher, text)


# a dateline's agency credit in brackets is no family-first person ('(KISHIDA Fumio)' in a record is one)
@pytest.mark.parametrize("text, absent, present", [
    ("MOSCOW, March 3 (RIA Novosti) – Russia said it backed China's position on Taiwan.", "Novosti Ria", "Russia"),
    ("BEIJING, May 9 (TASS Agency) — China protested to Japan.", "Agency Tass", "Japan"),
    ("The minister answered. (KISHIDA Fumio) We will respond calmly.", "Kishida Fumio", "Fumio Kishida"),
])
def test_a_dateline_credit_is_no_person(matcher, text, absent, present):
    found = names(matcher, text)
    assert absent not in found and present in found
