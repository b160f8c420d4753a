"""Probe of events27: subject resolution of ships and aircraft (GUIDELINES, Events: source/target; a nationality
adjective with a body the country has only one of names that body). Own wire-style sentences, three rules:

- a demonym that opens a registered name is that name ('a Chinese navy destroyer group passed' is the PLA Navy, not
  China; asset_subjects.named_owners);
- an owner an appositive gives beats the demonym ('one Chinese drone, presumed to belong to the PLA, flew');
- a definite asset with a demonym ('the Chinese vessel left') refers back to that state's own body whose asset the
  text introduced ('China Coast Guard vessel 2302 approached ...'), never to another owner's asset of the same kind
  (asset_anaphora.demonym_owner); a demonym subject also opens a clause coordinated after a comma (', and a Chinese
  navy frigate sailed ...').

Each rule has sentences it must leave alone: civilian craft, generic 'ships' and 'officials', no cue at all."""
import pytest

from tests.test_predicates import events


def acts(extractor, text, plover=None):
    return [(e["predicate"], sorted(e["subject_ids"])) for e in events(extractor, text)
            if plover is None or e["predicate"] == plover]


@pytest.mark.parametrize("text, plover, sources", [
    # a registered name opened by the demonym
    ("A Chinese navy destroyer group passed through the Miyako Strait in mid-March.", "MOBILIZE", ["pla-navy"]),
    ("On Tuesday two Chinese navy frigates sailed through the Tsushima Strait, the Joint Staff said.", "MOBILIZE", ["pla-navy"]),
    ("A Japanese navy destroyer shadowed the Chinese flotilla for two days.", "MOBILIZE", ["jmsdf"]),
    ("Three Chinese coast guard ships entered Japan's territorial waters near the islands on Sunday.", "MOBILIZE", ["china-coast-guard"]),
    ("Last week a Chinese air force bomber flew through the Bashi Channel.", "MOBILIZE", ["pla-air-force"]),
    # coordinated after a comma
    ("Patrols continued all week, and a Chinese navy frigate sailed past Yonaguni on Friday.", "MOBILIZE", ["pla-navy"]),
    # the owner an appositive gives
    ("On March 3, one Chinese drone, presumed to belong to the People's Liberation Army, flew between Yonaguni and Taiwan.",
     "MOBILIZE", ["pla"]),
    ("A Chinese unmanned aircraft, believed to belong to the PLA Navy, flew over the Pacific.", "MOBILIZE", ["pla-navy"]),
    # after a clock time or two fronted adjuncts (incident logs, ministry briefings)
    ("At 14:20 the Japan Coast Guard patrol ship Kunigami fired water cannon at the activist boat.", "COERCE", ["jp-coast-guard"]),
    ("From 10:05 the China Coast Guard vessels 2305 and 2308 sailed in the contiguous zone.", "MOBILIZE", ["china-coast-guard"]),
    ("Third, on March 2, two Chinese navy frigates sailed through the Miyako Strait.", "MOBILIZE", ["pla-navy"]),
    # the definite demonym asset refers back to its state's own body
    ("The China Coast Guard vessel 2501 approached the islet on Monday. Taiwan's coast guard sent a cutter to monitor it. "
     "The Chinese vessel left the area at noon.", "RETREAT", ["china-coast-guard"]),
    ("A Japan Coast Guard patrol vessel approached the fishing boat. Taiwan's coast guard dispatched a cutter. "
     "After two hours, the Japanese patrol vessel left the area.", "RETREAT", ["jp-coast-guard"]),
    ("Four China Coast Guard ships entered the territorial waters on Friday morning. "
     "The Chinese ships left the waters about two hours later.", "RETREAT", ["china-coast-guard"]),
    ("Japan Coast Guard cutters tracked a Taiwanese protest boat. Two hours later, the Japanese cutters left the area.",
     "RETREAT", ["jp-coast-guard"]),
])
def test_asset_subject_resolves_to_its_service(seed_extractor, text, plover, sources):
    assert (plover, sources) in acts(seed_extractor, text, plover)


@pytest.mark.parametrize("text, plover, sources", [
    # the state stays the owner when only a demonym names the asset (no registered name, no cue of a body)
    ("Chinese warships sailed through the Miyako Strait on Monday.", "MOBILIZE", ["china"]),
    ("Two Russian bombers flew over the Sea of Japan on Tuesday.", "MOBILIZE", ["russia"]),
    ("A Canadian frigate transited the Taiwan Strait on Saturday.", "MOBILIZE", ["canada"]),
])
def test_a_bare_demonym_asset_stays_the_state(seed_extractor, text, plover, sources):
    assert (plover, sources) in acts(seed_extractor, text, plover)


@pytest.mark.parametrize("text, wrong", [
    # another owner's vessel of the same kind is not the demonym's
    ("Taiwan's coast guard sent the patrol vessel Keelung to the islet. The Chinese vessel left the area at noon.",
     "tw-coast-guard-administration"),
    ("The Coast Guard Administration cutter Hsinbei followed the boat. The Japanese cutter left the area.",
     "tw-coast-guard-administration"),
    ("Japan Coast Guard cutters tracked the boats. The Chinese ships left an hour later.", "jp-coast-guard"),
])
def test_a_demonym_asset_is_never_another_owners(seed_extractor, text, wrong):
    assert all(wrong not in s for _, s in acts(seed_extractor, text, "RETREAT"))


@pytest.mark.parametrize("text", [
    # civilian craft and generic groups: no state acts
    "A Taiwanese fishing boat left the area after the warning.",
    "The Chinese fishing vessels left the area at dusk.",
    "Some ships left the port before the typhoon.",
    "The officials left the meeting without a statement.",
    "The vessels left the area an hour later.",                 # no asset introduced with an owner
    "After two hours, the Japanese ship sailed alone.",          # no cue: whose ship it is, the text has not said
    "A Chinese cargo ship collided with a tanker, and a Japanese fishing boat sank.",
    "At 09:40 the fishing boat Ryomaru left the port.",          # a clock time before a civilian craft
    "Officials said two ships left the area at 11:30 the next day.",
])
def test_no_owner_for_civilian_or_unintroduced_assets(seed_extractor, text):
    assert [a for a in acts(seed_extractor, text) if a[0] in ("RETREAT", "MOBILIZE", "ASSAULT", "COERCE")] == []
