"""Event round events25 probe: event RECALL on reporting of diplomatic and military acts whose source is named through
an agent phrase ('A spokesperson for the ministry', 'Lawmakers from Japan and Taiwan', 'Officials from the ministry'),
a ship named by a hull number ('the vessel 2901 sailed'), an order to another party's vessels to leave (REQUEST, GUIDELINES: ordering another party's vessels to leave), and acts
the extractor already finds (controls). Texts that must give no event: plans, hypotheticals, negations, mere mentions.
Own wording, text in -> event rows (after clustering) out, with the source where it matters. Cases still wrong are
strict xfails with the reason."""
from datetime import date

import pytest

from tests.probe_helpers import event_rows, xfail_case

PUBLISHED = date(2025, 6, 13)   # a Friday


def rows(extractor, text):
    return event_rows(extractor, text, PUBLISHED)


_xfail = xfail_case


# (text, {type: count}, expected source of the first row of the first type, or None)
CASES = [
    # an unnamed speaker for a named body: the body is the source
    ("A spokesperson for the Chinese Foreign Ministry condemned the visit by Japanese lawmakers to Taipei.",
     {"ACCUSE": 1}, "cn-mfa"),
    ("A spokesman for Taiwan's Ministry of Foreign Affairs welcomed the Japanese statement on Tuesday.",
     {"SUPPORT": 1}, "tw-mofa"),
    ("A spokeswoman for the Japan Coast Guard said patrol ships had shadowed the Chinese vessels. The coast guard "
     "protested to Beijing.", {"ACCUSE": 1}, None),
    ("Spokespeople for the Chinese Ministry of National Defense criticized the Japanese defense white paper.",
     {"ACCUSE": 1}, "cn-mnd"),
    # members of several states named after 'from'
    ("Lawmakers from Japan, the United States and Taiwan held a strategic dialogue by video link.",
     {"CONSULT": 1}, None),
    ("Officials from the Japanese Foreign Ministry met their Taiwanese counterparts in Taipei on Monday.",
     {"CONSULT": 1}, "jp-mofa"),
    ("Diplomats from Japan and the Philippines signed a memorandum on coast guard cooperation in Manila.",
     {"AGREE": 1}, None),
    ("Troops from Japan and Australia trained together in Queensland last month.", {"COOPERATE": 1}, None),
    # controls that already work: 'of' agent phrases, named speakers
    ("A delegation of the Japanese Diet visited Taipei and met President Lai Ching-te.", {"CONSULT": 1}, None),
    ("Warships of the Chinese navy sailed through the Miyako Strait on Monday.", {"MOBILIZE": 1}, "pla-navy"),
    ("Chinese Foreign Ministry spokesperson Mao Ning criticized Japan on Monday.", {"ACCUSE": 1}, "mao-ning"),
    ("Members of the Liberal Democratic Party criticized the governor's trip to Beijing.", {"ACCUSE": 1}, "ldp"),
    ("Patrol boats of the Japan Coast Guard fired water cannon at the fishing boats.", {"COERCE": 1}, "jp-coast-guard"),
    # ordering another party's vessels to leave: REQUEST
    ("The Japan Coast Guard ordered the Taiwanese boats to leave Japanese waters.", {"REQUEST": 1}, "jp-coast-guard"),
    ("Philippine coast guard ships ordered the Chinese vessel to leave the shoal on Wednesday.", {"REQUEST": 1}, None),
    ("The Japan Coast Guard ordered the fishing boats by loudspeaker to leave the area.", {"REQUEST": 1}, "jp-coast-guard"),
    # a named ship with a hull number between the owner and the verb
    ("The China Coast Guard vessel 2901 sailed in the contiguous zone near the islands on Monday.", {"MOBILIZE": 1},
     "china-coast-guard"),
    ("The China Marine Surveillance vessels Haijian 50 and Haijian 51 entered the contiguous zone on Tuesday.",
     {"MOBILIZE": 1}, "china-marine-surveillance"),
    ("The Japan Coast Guard patrol vessel Hateruma shadowed the Chinese ships.", {"MOBILIZE": 1}, "jp-coast-guard"),
    ("The ships stayed 12 nautical miles from the coast.", {}, None),
    # ordering one's own forces to withdraw or an order of another kind: no REQUEST
    ("The Executive Yuan ordered the Coast Guard Administration to withdraw its vessels from the area.", {"REQUEST": 0}, None),
    ("The court ordered the company to pay damages.", {"REQUEST": 0}, None),
    ("Japan signed an executive order on export controls.", {"REQUEST": 0}, None),
    ("The fishermen left early in order to leave the storm behind.", {"REQUEST": 0}, None),
    # no event: plans, hypotheticals, negations, mere mentions
    ("A spokesperson for the Chinese Foreign Ministry may criticize the visit later this week.", {"ACCUSE": 0}, None),
    ("If officials from Japan and Taiwan met, Beijing would protest.", {"CONSULT": 0}, None),
    ("Lawmakers from Japan plan to visit Taipei next month.", {"CONSULT": 0}, None),
    ("Officials from the Japanese Foreign Ministry did not meet their Taiwanese counterparts.", {"CONSULT": 0}, None),
    ("The Japan Coast Guard could order the boats to leave if they enter the territorial waters.", {"REQUEST": 0}, None),
    ("A spokesperson for the ministry is a former journalist.", {}, None),
    ("Officials from the ministry are responsible for the talks with Taiwan.", {"CONSULT": 0}, None),
    ("The report by lawmakers from Japan and Taiwan covers maritime security.", {}, None),
    # other subjects still missed (census classes left for later rounds)
    _xfail("Japan's foreign and defence ministers met their Australian counterparts in Tokyo on Monday.",
           {"CONSULT": 1}, None, "a state's possessive before a plural role noun names no subject"),
    _xfail("A spokesperson for China's Ministry of National Defense on Friday criticized Japan's white paper.",
           {"ACCUSE": 1}, "cn-mnd", "a time phrase between the agent phrase and its verb is not read as a gap"),
]


@pytest.mark.parametrize("text, want, source", CASES)
def test_probe_rows(seed_extractor, text, want, source):
    found = rows(seed_extractor, text)
    counts = {}
    for r in found:
        counts[r["event_type"]] = counts.get(r["event_type"], 0) + 1
    assert {k: counts.get(k, 0) for k in want} == want
    if not want:
        assert found == []
    if source is not None:
        first = next(r for r in found if r["event_type"] == next(iter(want)))
        assert source in first["source_actor_ids"]
