"""Pure-function tests of this round's holder and vocabulary mechanisms (general example sentences, not gold
text): prescribed speech is no attribution, broadcast labels by family name, withheld comment, possessive
reporting nouns, group leaders, delivered pieces, colon-introduced quotations, readiness cues."""
import pytest

from pipeline.extract.claims import DocumentInput
from pipeline.extract.transcripts import speaker_segments
from pipeline.extract.names import Mention


def stances(extractor, text):
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    return {(c["subject_ids"][0], c["topic_id"], c["polarity"]) for c in extractor.extract(doc).claims if c["kind"] == "stance"}


@pytest.mark.parametrize("text, holder, topic, polarity", [
    # the leader named in an unnamed group subject holds the group's proposal
    ("A delegation of lawmakers led by Keiji Furuya submitted a proposal calling for a security dialogue with Taiwan.",
     "keiji-furuya", "jp_tw_security_cooperation", "support"),
    # a participle after the piece its speaker delivered
    ("Shinzo Abe delivered a speech arguing that Japan must defend Taiwan.", "shinzo-abe", "defense_of_taiwan", "support"),
    ("Fumio Kishida issued a statement saying Japan must defend Taiwan.", "fumio-kishida", "defense_of_taiwan", "support"),
    # a colon-introduced quotation after its speaker's clause
    ('Fumio Kishida put it bluntly: "Japan must defend Taiwan."', "fumio-kishida", "defense_of_taiwan", "support"),
    # a threat of war opposes what it is made over
    ("Wang Yi said that a declaration of independence would mean war.", "wang-yi", "taiwan_independence", "oppose"),
    # the relation described as private in a government's words
    ('Yoshimasa Hayashi said the relationship with Taiwan "remains a non-governmental working relationship."',
     "yoshimasa-hayashi", "jp_tw_official_relations", "oppose"),
    # a broadcast transcript's spoken quotation marks do not break a phrase
    ('Fumio Kishida told parliament that an attack on Taiwan could be a, quote, "survival-threatening situation" for Japan.',
     "fumio-kishida", "defense_of_taiwan", "support"),
    ('Fumio Kishida told parliament that an attack on Taiwan could be a, Quote, "survival-threatening situation" for Japan.',
     "fumio-kishida", "defense_of_taiwan", "support"),
    # the named doer of an act holds it, not the speaker who reports it
    ("Beijing lodged a protest with Tokyo over the visit to Taiwan, the foreign ministry said.",
     "china", "jp_tw_official_relations", "oppose"),
    # readiness as a position
    ("Yasukazu Hamada said Japan must be ready to defend Taiwan together with the United States.",
     "yasukazu-hamada", "defense_of_taiwan", "support"),
    # an adjective between the determiner and the keyword after a setup verb
    ("Lai Ching-te said Japan and Taiwan should build a direct communication channel between their coast guards.",
     "lai-ching-te", "jp_tw_security_cooperation", "support"),
])
def test_holder_topic_polarity(seed_extractor, text, holder, topic, polarity):
    assert (holder, topic, polarity) in stances(seed_extractor, text)


@pytest.mark.parametrize("text, wrong", [
    # demanded of the subject, not said by it: no stance of the United States
    ("The United States should state plainly that it would defend Taiwan.", "united-states"),
    # the means of an act is not its object
    ("Hirokazu Matsuno said Japan had lodged a protest with Taipei through its de facto embassy.", "hirokazu-matsuno"),
    # a body reporting an act is not its doer
    ("Beijing lodged a protest with Tokyo over the visit to Taiwan, the Chinese embassy in Tokyo said.", "embassy-of-china-in-japan"),
    # a name inside the quotation is not the speaker of an inverted frame ('"...," said X')
    ('"Nobody expects France to defend Taiwan," said a researcher in Paris. "A Taiwan contingency is a Japan contingency."',
     "taiwan"),
    # a refusal to comment is no rejection
    ("Hirokazu Matsuno declined to say whether the plans covered a conflict over Taiwan.", "hirokazu-matsuno"),
])
def test_no_stance_of(seed_extractor, text, wrong):
    assert not any(h == wrong for h, _, _ in stances(seed_extractor, text))


def test_possessive_reporting_noun_is_no_speaker(seed_extractor):
    text = ("Wang Yi criticized Yoshimasa Hayashi's remark as an error and said Taiwan is part of China. "
            "He urged Japan to honor its commitments on the Taiwan question.")
    got = stances(seed_extractor, text)
    assert ("wang-yi", "one_china_policy", "support") in got
    assert not any(h == "yoshimasa-hayashi" for h, _, _ in got)


def test_broadcast_label_by_family_name():
    text = ("ANN LEE, HOST: Welcome.\n\nMARY JONES: Thanks.\n\nLEE: And now?\n\nJONES: Japan must act.\n\n"
            "PETER SMITH: Indeed.\n\nOur guests Mary Jones and Peter Smith spoke.")
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, a, "alias", 1.0)
                for n, a in (("Mary Jones", "mary-jones"), ("Peter Smith", "peter-smith"))]
    seg = speaker_segments(text, 0, len(text), mentions, lambda a: "person")
    assert seg.speaker_at(text.index("Japan must act")) == "mary-jones"
    assert seg.speaker_at(text.index("Thanks")) == "mary-jones"
    assert seg.speaker_at(text.index("And now")) is None      # the host's family name is a journalist's

