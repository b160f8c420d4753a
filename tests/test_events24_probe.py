"""Event round events24 probe: one act told by two sentences or two clauses is one row, two acts stay two (GUIDELINES:
Events). Shared acts (talks, a signed agreement) told by the states and by those who acted for them; an act told with
its result in a trailing participle; drills with the command's 'warning', a meeting with thanks, a demand with
criticism (two rows each, by the census conventions); non-asserted acts give no row. Own wording, text in -> event
rows (after clustering) out. Cases the extractor still gets wrong are strict xfails with the reason."""
from datetime import date

import pytest

from pipeline.curate import build_events
from pipeline.extract.claims import DocumentInput
from tests.probe_helpers import xfail_case

PUBLISHED = date(2025, 6, 13)   # a Friday


def counts(extractor, text):
    doc = DocumentInput("doc-0000000000000000", text, published_date=PUBLISHED, body_start=0, body_end=len(text))
    found: dict[str, int] = {}
    for row in build_events(extractor.extract(doc).claims, {}):
        found[row["event_type"]] = found.get(row["event_type"], 0) + 1
    return found


_xfail = xfail_case


CASES = [
    # one signing told by the states and by those who signed: one AGREE row
    ("Japan and the Philippines signed a defence pact on Monday. The pact was signed by Japanese Foreign Minister Yoko "
     "Kamikawa and Philippine Defence Secretary Gilberto Teodoro in Manila.", {"AGREE": 1}),
    ("Taiwan and Japan signed a fisheries accord in Taipei on Wednesday. Taiwan's Association of East Asian Relations "
     "chairman Chiu Yi-ren and Japan's Interchange Association head Mitsuo Ohashi put their names to the text.", {"AGREE": 1}),
    ("Australia and Japan on Thursday signed a reciprocal access agreement. Prime Minister Scott Morrison and Prime "
     "Minister Fumio Kishida signed the treaty by video link.", {"AGREE": 1}),
    ("Tokyo and Manila concluded a visiting forces agreement on July 8. Defense Minister Minoru Kihara and Defense "
     "Secretary Gilberto Teodoro signed it after two-plus-two talks.", {"AGREE": 1}),
    # two signings of different parties stay two rows
    ("Japan signed a security pact with the Philippines on Monday. Australia signed a trade deal with India on Tuesday.",
     {"AGREE": 2}),
    ("Japan and the Philippines signed a defence pact on Monday. Vietnamese Foreign Minister Bui Thanh Son and Thai "
     "Foreign Minister Maris Sangiampongsa signed a fisheries accord in Hanoi.", {"AGREE": 2}),
    # talks told by the states and by the ministers: one CONSULT row; other parties' talks stay apart
    ("Japan and Australia held security talks in Tokyo on Friday. Defense Minister Gen Nakatani and Deputy Prime "
     "Minister Richard Marles discussed maritime security.", {"CONSULT": 1}),
    ("Prime Minister Shigeru Ishiba met Philippine President Ferdinand Marcos Jr. in Manila on Tuesday. Japan and the "
     "Philippines also discussed the South China Sea.", {"CONSULT": 1}),
    ("Japan and Australia held security talks in Tokyo on Friday. Chinese Foreign Minister Wang Yi met Russian Foreign "
     "Minister Sergei Lavrov in Beijing.", {"CONSULT": 2}),
    # a lead and its detail sentence: one row
    ("Chinese Foreign Ministry spokesperson Lin Jian on Monday condemned the Japanese lawmakers' visit to Taipei. Lin "
     "said Beijing firmly opposes any official exchanges with Taiwan.", {"ACCUSE": 1}),
    ("Japan lodged a protest with China on Friday over the survey ship. The protest was lodged through diplomatic "
     "channels, a Foreign Ministry official said.", {"ACCUSE": 1}),
    _xfail("Taiwan's President Lai Ching-te called on Monday for a security dialogue with Japan. Lai made the call "
           "during a stopover in Hawaii.", {"REQUEST": 1}, "a time between 'called' and 'for' hides the request"),
    ("Japanese Defense Minister Gen Nakatani visited Yonaguni on Saturday. During the visit Nakatani met the town's "
     "mayor.", {"MOBILIZE": 0}),
    # two acts of one type on two occasions stay two rows
    ("Japan protested to China on Monday over the incursion. Japan protested again on Thursday after a second ship "
     "entered its waters.", {"ACCUSE": 2}),
    ("Lai Ching-te called for a security dialogue with Japan in May. In October, Lai called on Tokyo to share "
     "intelligence.", {"REQUEST": 2}),
    ("China protested the visit on Monday. Japan has since protested more than 20 times through diplomatic "
     "channels.", {"ACCUSE": 1}),
    ("Japan's air force scrambled jets against Chinese aircraft over 400 times last year.", {"MOBILIZE": 0}),
    ("Chinese coast guard ships entered Japan's territorial waters around the islands seven times on Monday.",
     {"MOBILIZE": 1}),
    # drills and the command's description of them as a warning: two rows (h4 m03, m07, h13 v10, h19 c07)
    ("The PLA Eastern Theater Command launched large-scale drills around Taiwan on Tuesday, calling them a stern "
     "warning to separatist forces.", {"MOBILIZE": 1, "ACCUSE": 1}),
    ("China began two days of military exercises around Taiwan on Monday. The Eastern Theater Command described the "
     "exercises as a serious warning against external interference.", {"MOBILIZE": 1, "ACCUSE": 1}),
    # a meeting and thanks: two rows (h3 m03)
    ("Taro Aso met President Tsai Ing-wen in Taipei on Tuesday, and Tsai thanked him for Japan's support.",
     {"CONSULT": 1, "SUPPORT": 1}),
    # a demand and criticism in one statement: two rows
    _xfail("Chinese Foreign Ministry spokesperson Mao Ning on Tuesday urged Japan to stop interfering in Taiwan and said "
           "Beijing was strongly dissatisfied.", {"REQUEST": 1, "ACCUSE": 1},
           "'said Beijing was strongly dissatisfied' after a demand gives no ACCUSE"),
    # an act and its result in a trailing participle: one row typed by the act
    ("On March 23, China Coast Guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal, "
     "injuring several crew members.", {"COERCE": 1, "ASSAULT": 0}),
    ("Chinese coast guard ships used water cannon against a Vietnamese fishing boat on Tuesday, injuring two "
     "fishermen.", {"COERCE": 1, "ASSAULT": 0}),
    ("Philippine coast guard personnel opened fire on a Taiwanese fishing boat in May, killing a fisherman.",
     {"ASSAULT": 1}),
    ("The Chinese coast guard fired water cannon at the boat on Monday. On Tuesday, Chinese sailors attacked the crew "
     "with knives and injured several sailors.", {"COERCE": 1, "ASSAULT": 1}),
    # not asserted: no row
    ("Japan and the Philippines plan to sign a defence pact next year.", {"AGREE": 0}),
    ("If Japan and Taiwan signed a security pact, China would respond.", {"AGREE": 0}),
    ("Japan and Australia may hold security talks later this year.", {"CONSULT": 0}),
    ("Japan should protest to China over the incursion, the newspaper said.", {"ACCUSE": 0}),
    ("Japan and the Philippines did not sign the pact on Monday.", {"AGREE": 0}),
]


@pytest.mark.parametrize("text, want", CASES)
def test_probe_rows(seed_extractor, text, want):
    found = counts(seed_extractor, text)
    assert {k: found.get(k, 0) for k in want} == want
