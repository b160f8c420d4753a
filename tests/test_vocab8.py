"""Trigger vocabulary and verb-phrase matching (vocab8): multi-word verb entries with modifiers inside
(pipeline/extract/gapped.py), light verbs with a moved PP, agentless passives of sending with an owned-asset subject,
and lexicon entries of diplomatic/defence reporting. General wire-style sentences, not gold text."""
import pytest

from pipeline.extract.gapped import split_entry
from tests.test_predicates import events


@pytest.mark.parametrize("key, kind, rest", [
    ("lodged a protest", "object", ["protest"]),
    ("sent aircraft", "object", ["aircraft"]),
    ("turned down", "particle", ["down"]),
    ("called for", "complement", ["for"]),
    ("withdrew an invitation", "object", ["invitation"]),
])
def test_split_entry(key, kind, rest):
    assert split_entry(key)[1:] == (kind, rest)


@pytest.mark.parametrize("text, trigger_key", [
    ("Seoul lodged an unusually stern protest with Tokyo.", "lodged a protest"),
    ("Moscow sent some 40 aircraft into the zone.", "sent aircraft"),
    ("Hanoi sent about a dozen aircraft into the area.", "sent aircraft"),
    ("Manila turned the request down.", "turned down"),
    ("Canberra pulled its remaining troops out of the base.", "pulled out"),
    ("Ottawa withdrew its invitation to the minister.", "withdrew an invitation"),
    ("Tokyo pledged $5 million in emergency aid.", "pledged aid"),
])
def test_gapped_trigger_resolves_to_its_entry(seed_extractor, text, trigger_key):
    lexicon = seed_extractor.lexicon
    spans = [m.group(0) for m in lexicon.trigger_re.finditer(text)]
    assert any(s.casefold() != trigger_key and lexicon.trigger(s).plover == lexicon.triggers[trigger_key].plover
               for s in spans if lexicon.trigger(s) and len(s.split()) > 1)


@pytest.mark.parametrize("text", [
    "Tokyo sent a message to the aircraft carrier's crew.",     # a preposition ends the gap
    "The minister turned the page on the dispute.",            # no separable reading
    "Seoul held a meeting on the drills.",                     # 'on' is no modifier
])
def test_gap_never_crosses_a_preposition(seed_extractor, text):
    spans = [m.group(0) for m in seed_extractor.lexicon.trigger_re.finditer(text)]
    assert not [s for s in spans if any(w in s.split() for w in ("to", "on", "the page"))]


def test_a_name_in_the_gap_stays_a_participant(seed_extractor):
    found = [e for e in events(seed_extractor, "China's Foreign Ministry said it had summoned Japan's ambassador.")
             if e["predicate"] == "ACCUSE"]
    assert found and "japan" in found[0]["object_ids"]


@pytest.mark.parametrize("text, plover, sources", [
    # modifiers inside light-verb phrases and phrasal verbs
    ("Vietnam held a fresh round of high-level talks with China on Thursday.", "CONSULT", ["vietnam"]),
    ("The Philippine government turned the request down on Wednesday.", "REJECT", ["philippines"]),
    ("China sent some 30 aircraft into Taiwan's air defense identification zone on Sunday.", "MOBILIZE", ["china"]),
    ("Russia called the planned exercises off on Friday.", "RETREAT", ["russia"]),
    ("Japan withdrew its invitation to the Taiwanese minister on Friday.", "REJECT", ["japan"]),
    ("Australia rescinded its invitation to China on Friday.", "REJECT", ["australia"]),
    ("Japan pledged $1 million in emergency aid to Taiwan on Thursday.", "AID", ["japan"]),
    # a PP moved before the object of a light verb
    ("Japan's Foreign Ministry conveyed to the Chinese side, through diplomatic channels, its serious concern on Monday.",
     "ACCUSE", ["jp-mofa"]),
    # vocabulary
    ("Washington informed Tokyo of the decision on Friday.", "CONSULT", ["united-states"]),
    ("Japan notified South Korea of the plan on Monday.", "CONSULT", ["japan"]),
    ("China exited Japanese territorial waters on Monday.", "RETREAT", ["china"]),
    ("China's carrier group left the area near Okinawa on Wednesday.", "RETREAT", ["china"]),
    ("China's warships passed between Yonaguni Island and Taiwan on Tuesday.", "MOBILIZE", ["china"]),
    ("China's aircraft carrier sailed into the Pacific on Tuesday.", "MOBILIZE", ["china"]),
    ("Japan's navy conducted warning and surveillance activities on Tuesday.", "MOBILIZE", ["jmsdf"]),
    # signing a sister-city agreement is AGREE (GUIDELINES, census of 2026-12-07: every signed-agreement row)
    ("Japan and Taiwan signed a sister city agreement in 2015.", "AGREE", ["japan", "taiwan"]),
    ("Australia and Japan finalised a security treaty on Thursday.", "AGREE", ["australia", "japan"]),
    ("The Philippines sent a letter to Japan on Monday calling for the visa to be granted.", "REQUEST", ["philippines"]),
    # an agentless passive of sending whose subject is an owned asset
    ("Japan's fighter jets were scrambled on Monday.", "MOBILIZE", ["japan"]),
    ("Fighter aircraft of the Japan Air Self-Defense Force were scrambled in response.", "MOBILIZE", ["jasdf"]),
    ("Two Chinese destroyers were dispatched to the area on Monday.", "MOBILIZE", ["china"]),
])
def test_event_found(seed_extractor, text, plover, sources):
    found = [e for e in events(seed_extractor, text) if e["predicate"] == plover]
    assert found, events(seed_extractor, text, asserted_only=False)
    assert sorted(found[0]["subject_ids"]) == sorted(sources)


@pytest.mark.parametrize("text", [
    "Taiwanese fishing boats were seized on Monday.",        # the asset is the victim: no source
    "Japan's proposal was rejected on Monday.",               # no asset subject
    "The minister briefed reporters on Monday.",              # no named party briefed
    "China departed from its usual practice on Monday.",      # no zone left
    "Japan held the line on its policy toward Taiwan.",
])
def test_no_event(seed_extractor, text):
    assert events(seed_extractor, text) == []


def test_extractor_pickles_with_the_gapped_matcher(seed_extractor):
    import pickle
    copy = pickle.loads(pickle.dumps(seed_extractor.lexicon))
    text = "Moscow sent some 40 aircraft into the zone."
    assert [m.group(0) for m in copy.trigger_re.finditer(text)] == [m.group(0) for m in seed_extractor.lexicon.trigger_re.finditer(text)]
