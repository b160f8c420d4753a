"""Probe of session 29's second actor class (sentences written for this test, not taken from any gold document): a
shared-name body that speaks ('A Defense Ministry official said ...', '..., which said ...') is of the government its
reported clause names as subject ('said that Tokyo would ...'); a possessor, an adjective or a place in that clause,
or a country named earlier in the sentence or framing it, keeps its present reading. Each case: a text, the actors it
must name, the actors it must not."""
import pytest

from pipeline.extract.claims import ClaimExtractor, DocumentInput

JP_MOFA, TW_MOFA, CN_MFA = ("Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Taiwan",
                            "Ministry of Foreign Affairs of the People's Republic of China")
JP_MOD, TW_MND = "Ministry of Defense of Japan", "Ministry of National Defense of Taiwan"


@pytest.fixture(scope="module")
def names_in(seed_knowledge):
    extractor = ClaimExtractor(seed_knowledge)

    def run(text: str) -> set[str]:
        r = extractor.extract(DocumentInput("probe", text, body_start=0, body_end=len(text)))
        found = {d.actor_id: d.name for d in r.discovered.values()}
        return {seed_knowledge.actors_by_id[m["actor_id"]].name if m["actor_id"] in seed_knowledge.actors_by_id
                else found.get(m["actor_id"], m["actor_id"]) for m in r.mentions}
    return run


CASES = [
    # the body speaks; its reported clause's subject is its own government
    ("Fishing boats from Taiwan entered the zone again on Monday. A senior Foreign Ministry official said that Japan would"
     " not change its position on the talks.", {JP_MOFA}, {TW_MOFA}),
    ("Taiwanese boats crossed the line twice. A Defense Ministry official said the Maritime Self-Defense Force had not sent"
     " any ships.", {JP_MOD}, {TW_MND}),
    ("Beijing complained loudly. A Foreign Ministry spokeswoman, speaking on condition of anonymity, said Taipei would send"
     " a delegation anyway.", {TW_MOFA}, {JP_MOFA}),
    ("The premier hinted at force last week. His words were toned down by the Foreign Ministry, which said Taiwan would"
     " seek talks.", {TW_MOFA}, {JP_MOFA}),
    ("Chinese ships were seen near the islands. A Defence Ministry official said that Tokyo had been told in advance.",
     {JP_MOD}, set()),
    ("China objected to the sale. A Foreign Ministry official said the talks were private and that Tokyo hoped the row"
     " would pass.", {JP_MOFA}, set()),
    ("Chinese jets flew past the island. A Defense Ministry spokesman added that Taiwan had scrambled fighters.",
     {TW_MND}, {JP_MOD}),
    ("The Foreign Ministry, which said Japan had acted lawfully, did not name the vessel.", {JP_MOFA}, {TW_MOFA}),
    ("Japan's Foreign Ministry said Taiwan would be consulted first.", {JP_MOFA}, {TW_MOFA}),
    # a possessor, an adjective or a place in the reported clause is what it reports on, not whose it is
    ("TOKYO, May 2 -- A senior Foreign Ministry official said China's coast guard had entered the zone.",
     {JP_MOFA}, {CN_MFA}),
    ("TOKYO, May 2 -- A senior Foreign Ministry official said the Chinese ambassador had been summoned.",
     {JP_MOFA}, {CN_MFA}),
    ("TAIPEI, May 2 (Reuters) - A Defense Ministry spokesman said the ships had sailed near Japan overnight.",
     {TW_MND}, {JP_MOD}),
    ("TAIPEI, June 1 (AP) - A Foreign Ministry official said the Japanese side had been told.", {TW_MOFA}, {JP_MOFA}),
    ("TAIPEI, June 1 (AP) - A Foreign Ministry official said ties with Japan had improved.", {TW_MOFA}, {JP_MOFA}),
    ("TAIPEI, Jan 4 (Reuters) - A Defense Ministry spokesman said the drills were routine.", {TW_MND}, {JP_MOD}),
    ("TOKYO, March 3 -- Taiwan welcomed the visa decision. A senior Foreign Ministry official said the trip was private.",
     {JP_MOFA}, {TW_MOFA}),
    # a country named earlier in the sentence or framing it still decides
    ("Japan protested, and the Foreign Ministry said China had violated the understanding.", {JP_MOFA}, {CN_MFA}),
    ("In Beijing, the Foreign Ministry said Japan would regret the decision.", {CN_MFA}, {JP_MOFA}),
    ("China's Foreign Ministry said Taiwan would never be allowed to leave.", {CN_MFA}, {TW_MOFA}),
    ("Taiwan's Foreign Ministry said that Japan had been a steady friend.", {TW_MOFA}, {JP_MOFA}),
    # the body does not speak: nothing changes ('the Foreign Ministry in Tokyo' is where a meeting happened)
    ("Foreign Minister Nobutaka Machimura summoned the ambassador to the Foreign Ministry in Tokyo on Friday.",
     {JP_MOFA}, {TW_MOFA}),
    # states in the reported clause stay states (the clause-subject reading only picks the body's country)
    ("A Foreign Ministry official said that Japan would raise the matter with China.", {"Japan", "China", JP_MOFA},
     {CN_MFA}),
    ("A Defense Ministry official said the United States had been informed.", {"United States"}, set()),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_probe(names_in, text, present, absent):
    found = names_in(text)
    assert present <= found, (present - found, found)
    assert not (absent & found), (absent & found, found)
