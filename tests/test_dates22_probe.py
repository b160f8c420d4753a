"""dates22 probe: a briefing transcript's speaker, in their own turn and in no one else's words, says what they say
at the briefing, on the day its head names (else the posting day); a question's words, another speaker's reported
act and an act the turn dates itself do not take that day (GUIDELINES, Dates, "Acts around a dated occasion").
Own wording throughout. Each case: (text, word of the claim, published, expected)."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput
from tests.test_dates20_probe import UNKNOWN, dated, day

THU = date(2024, 6, 13)


def transcript(head: str, *turns: str) -> str:
    return head + "\n\n" + "\n\n".join(turns) + "\n"


HEAD = "Regular Press Conference of the Foreign Ministry on June 12, 2024"
CASES = [
    # --- the speaker's own words, a statement with no act verb of its own: the briefing's day
    (transcript(HEAD, "Mao Ning: Good afternoon. I will take your questions.",
                "Reporter: Tokyo plans a new defence pact with Manila. What is your comment?",
                "Mao Ning: As for the so-called security dialogue between Japan and Taiwan, it is nothing but an attempt to seek "
                "\"Taiwan independence\" with foreign support."),
     "so-called", THU, day(2024, 6, 12)),
    (transcript("Transcript of the news briefing of the Taiwan Affairs Office (June 12, 2024)",
                "Zhu Fenglian: Good morning, friends from the press.",
                "Reporter: Some Japanese lawmakers visited Taipei this week. What is your response?",
                "Zhu Fenglian: As everyone knows, Taiwan is part of China, and we resolutely oppose \"Taiwan independence\"."),
     "As everyone knows", THU, day(2024, 6, 12)),
    # the head names no day: the posting day
    (transcript("Daily Press Briefing", "Lin Jian: Good afternoon.",
                "Reporter: How do you view the coast guard drills near the islands?",
                "Lin Jian: The so-called defence cooperation between Japan and the Taiwan region undermines the one-China principle."),
     "so-called", THU, day(2024, 6, 13)),
    # a minister's presser, the words in a later paragraph of the same turn
    (transcript("Press Conference by the Chief Cabinet Secretary, June 12, 2024",
                "Reporter: Chinese ships were seen near the Senkakus again. What is the government's view?",
                "Yoshimasa Hayashi: Good morning.", "Yoshimasa Hayashi: We are closely watching the situation.\n\n"
                "As is well known, Japan firmly supports peace and stability across the Taiwan Strait."),
     "As is well known", THU, day(2024, 6, 12)),
    # --- acts the speaker performs in the turn (already dated before dates22): still the briefing's day
    (transcript(HEAD, "Reporter: Japan sent a destroyer through the strait. What is your comment?",
                "Mao Ning: Good afternoon.", "Mao Ning: We firmly oppose this provocation."),
     "oppose", THU, day(2024, 6, 12)),
    # an act the turn dates itself keeps its own day
    (transcript(HEAD, "Reporter: What is your comment on the talks?",
                "Mao Ning: Good afternoon.", "Mao Ning: China lodged stern representations with Japan on June 10."),
     "lodged", THU, day(2024, 6, 10)),
    # --- not a transcript: a news story's undated paraphrase does not take the publication day by this rule
    ("BEIJING (Wire) - China's foreign ministry has criticised Tokyo's new defence white paper. The so-called "
     "threat from China is a pretext, the ministry has long argued.",
     "so-called", THU, UNKNOWN),
]


@pytest.mark.parametrize("text, word, published, expected", CASES)
def test_probe(seed_extractor, text, word, published, expected):
    assert dated(seed_extractor, text, word, published) == expected


# the words of a question and another actor's act recounted without a day: the briefing's (here the posting) day
# must not reach them
# (whether or not the reader keeps them as acts)
NOT_CARRIED = [
    (transcript("Daily Press Briefing", "Reporter: Japan's defence minister said the islands would be defended. Do you think this is "
                "a threat?", "Mao Ning: Good afternoon.", "Mao Ning: I would refer you to the competent authorities."),
     "defended"),
    (transcript("Daily Press Briefing", "Reporter: What is your comment on the latest developments?", "Mao Ning: Good afternoon.",
                "Mao Ning: The Japanese side has repeatedly sent warships through the strait."), "sent"),
]


@pytest.mark.parametrize("text, word", NOT_CARRIED)
def test_probe_not_carried(seed_extractor, text, word):
    doc = DocumentInput("doc-0000000000000000", text, published_date=THU, body_start=0, body_end=len(text))
    assert all(c["date_start"] != THU for c in seed_extractor.extract(doc).claims if word in c["text"])
