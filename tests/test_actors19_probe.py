"""Probe of session 29's actor classes (sentences written for this test, not taken from any gold document): names run
over a hard wrap, party leaders introduced by a lower-case title after the party's name, shared names ending a longer
name, bases named after a service, photo credits, a home outlet's unowned 'the presidential office', and places that
must stay places. Each case: a text, the actors it must name, the actors it must not."""
import pytest

from pipeline.extract.claims import ClaimExtractor, DocumentInput


@pytest.fixture(scope="module")
def names_in(seed_knowledge):
    extractor = ClaimExtractor(seed_knowledge)

    def run(text: str) -> set[str]:
        body = text.find("\n\n\n") + 3 if "\n\n\n" in text else 0   # a page's front matter, then the body
        r = extractor.extract(DocumentInput("probe", text, body_start=body, body_end=len(text)))
        found = {d.actor_id: d.name for d in r.discovered.values()}
        return {seed_knowledge.actors_by_id[m["actor_id"]].name if m["actor_id"] in seed_knowledge.actors_by_id
                else found.get(m["actor_id"], m["actor_id"]) for m in r.mentions}
    return run


WRAP = ("The agreement was reached after several rounds of talks held in the capital over the past months, and\n"
        "officials on both sides described the outcome as a modest but real step forward for the fishing fleets,\n"
        "which had long complained about being chased from the disputed grounds by patrol ships each season,\n"
        "according to people familiar with the negotiations who asked not to be named in this report today,\n")

CASES = [
    # names across a hard wrap (a PDF or print page broken at a fixed width)
    (WRAP + "while the declaration signed in Tokyo by Prime Minister Ryutaro\nHashimoto in 1996 did not mention it.",
     {"Ryutaro Hashimoto"}, {"Prime Minister Ryutaro"}),
    (WRAP + "and later that same week, in a separate move, Deputy Foreign Minister Masataka\nOkano summoned the ambassador over the remarks.",
     {"Masataka Okano"}, set()),
    (WRAP + "Tokyo lodged a protest through the Interchange\nAssociation's office in Taipei the same evening.",
     {"Japan-Taiwan Exchange Association"}, set()),
    (WRAP + "The opposition Democratic Party of\nJapan said the government had to explain itself to voters.",
     {"Democratic Party of Japan"}, {"Democratic Party (United States)"}),
    ("A short note.\nPrime Minister Ryutaro Hashimoto spoke.", {"Ryutaro Hashimoto"}, set()),
    # a party's leader: the lower-case title after the party's name
    ("The opposition was divided. Social Democratic Party leader Mizuho Fukushima on Sunday accused the cabinet of recklessness.",
     {"Mizuho Fukushima", "Social Democratic Party"}, {"Democratic Party of Japan", "Democratic Party (United States)"}),
    ("Green Party leader Anna Berg on Monday criticised the arms deal with Taipei.", {"Anna Berg", "Green Party"}, set()),
    ("Labour Party leader Tom Hale rejected the motion.", {"Tom Hale"}, set()),
    ("The Chief Cabinet Secretary declined to comment.", set(), {"Chief Cabinet"}),
    ("Liberal Democratic Party lawmakers met in Tokyo.", {"Liberal Democratic Party"}, {"Democratic Party of Japan"}),
    ("Bombers of the Chinese People's Liberation Army Air Force flew over the sea.", {"People's Liberation Army Air Force"}, set()),
    ("Former Democratic Party leader Yukio Hatoyama visited Taipei.", {"Yukio Hatoyama"}, set()),
    # a base named after a service is a place
    ("Japan and the U.S. discussed the relocation of Marine Corps Air Station Futenma on Okinawa.", {"Japan", "United States"},
     {"US Marine Corps"}),
    ("The bombers flew from the U.S. Air Force Base at Andersen.", set(), {"US Air Force"}),
    ("The Marine Corps said the regiment would move to Guam.", {"US Marine Corps"}, set()),
    # photo credits name no actor
    ("The two chairmen exchange the signed documents in Taipei. (CNA photo)", set(), {"Central News Agency"}),
    ("A patrol ship off the islands. [Kyodo file photo]", set(), {"Kyodo News"}),
    ("Kyodo reported that the patrol ships had left.", {"Kyodo News"}, set()),
    ("CNA reported that the talks would resume.", {"Central News Agency"}, set()),
    # a home outlet's unowned definite 'the presidential office'
    ("경향신문 KYUNGHYANG SHINMUN\nPolitics | World\n\n\nLee met Takaichi in Nara. According to the presidential office, the talks "
     "touched on the Taiwan Strait only briefly.", {"Presidential Office of South Korea"}, set()),
    ("The delegation toured the city. According to the presidential office, the talks went well.", set(),
     {"Presidential Office of South Korea"}),
    # places that must stay places
    ("Two Chinese warships sailed through the Taiwan Strait on Monday.", set(), {"Taiwan"}),
    ("Five missiles landed in waters east of Taiwan.", set(), {"Taiwan"}),
    ("The delegation flew to Manila on Monday.", set(), {"Philippines"}),
    ("The talks were held in Gyeongju, South Korea, last week.", set(), {"South Korea"}),
    ("Japan lodged a protest with Beijing over the incursion.", {"Japan", "China"}, set()),
    ("Taiwan's coast guard said it tracked the ships.", {"Coast Guard Administration"}, set()),
    ("The island's legislature passed the law in November.", {"Legislative Yuan"}, set()),
    ("The Japan Sea crossing took two days.", set(), {"Japan"}),
    ("Seoul left the meeting early.", {"South Korea"}, set()),
    # an unnamed official of a shared-name body: the government the reporter writes from
    ("TOKYO, March 3 -- Taiwan welcomed the visa decision. A senior Foreign Ministry official said the trip was private.",
     {"Ministry of Foreign Affairs of Japan"}, {"Ministry of Foreign Affairs of Taiwan"}),
    ("TAIPEI, May 9 (Reuters) - Japan sent two ships. A Defense Ministry spokesman said the patrol was routine.",
     {"Ministry of National Defense of Taiwan"}, {"Ministry of Defense of Japan"}),
    # a formula written without its hyphen names no state
    ("Manila said it continues to adhere to its One China policy.", {"Philippines"}, {"China"}),
    ("Ottawa restated its one China principle on Friday.", set(), {"China"}),
    ("China said one more ship would join the patrol.", {"China"}, set()),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_probe(names_in, text, present, absent):
    found = names_in(text)
    assert present <= found, (present - found, found)
    assert not (absent & found), (absent & found, found)
