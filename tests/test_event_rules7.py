"""Event rules of the events7 round, on general sentences written for the test (text in, event claims out), on the
seed knowledge: a press release's own acts in the simple present, acts inside indirect questions, the adverb 'since'
after a perfect auxiliary, responses dated by what they answer, and 'On the 20th' opening a sentence."""
from datetime import date

import pytest

from pipeline.extract.dates import find_time_expressions
from pipeline.extract.text_acts import in_indirect_question
from tests.test_predicates import events as predicate_events

PUBLISHED = date(2024, 5, 24)     # a Friday


def events(extractor, text, asserted_only=True):
    return predicate_events(extractor, text, published=PUBLISHED, asserted_only=asserted_only)


def summary(extractor, text):
    return sorted((e["predicate"], tuple(e["subject_ids"])) for e in events(extractor, text))


@pytest.mark.parametrize("text, plover, source", [
    # a performative verb in the simple present with a named subject: the text's own act (a press release)
    ("The Mainland Affairs Council urges the Beijing authorities to stop their military drills.", "REQUEST", "tw-mac"),
    ("The Mainland Affairs Council calls on the European Union to support Taiwan.", "REQUEST", "tw-mac"),
    ("The Coast Guard Administration strongly condemns China's harassment of fishing boats.", "ACCUSE", "tw-coast-guard-administration"),
    ("The Coast Guard Administration thanks the Japan Coast Guard for its professional conduct.", "SUPPORT", "tw-coast-guard-administration"),
    # 'has since V-ed': an adverb, not a since-clause
    ("Beijing has since praised the American position as a positive signal.", "SUPPORT", "china"),
    ("Japan has since asked China to release the detained crew.", "REQUEST", "japan"),
    # a verb after 'but' shares the previous predicate's subject
    ("Taiwan's Ministry of Foreign Affairs welcomed the decision but urged Tokyo to reconsider.", "REQUEST", "tw-mofa"),
])
def test_new_acts(seed_extractor, text, plover, source):
    assert (plover, (source,)) in [(p, s[:1]) for p, s in summary(seed_extractor, text)]


@pytest.mark.parametrize("text", [
    "China routinely protests such flights.",                           # habitual present: a custom, no act
    "China urges restraint.",                                           # addressed to nobody: a standing position
    "He declined to say whether Fumio Kishida had approved the protest in person.",   # an indirect question
    "Reporters asked if Japan had sent warships through the strait.",
])
def test_no_asserted_act(seed_extractor, text):
    assert events(seed_extractor, text) == []


def test_indirect_question():
    text = "He declined to say whether Kishida, the prime minister, had approved it."
    assert in_indirect_question(text, 0, text.index("approved"))
    assert not in_indirect_question("Regardless of whether Tokyo agrees, Japan protested.", 0, 40)


@pytest.mark.parametrize("text, day", [
    # a different actor's response in a later sentence, not tied to the occasion, stays unknown (GUIDELINES, Dates,
    # ruling of 2026-12-07: 'a response "in response"'; dates14)
    ("A Chinese drone flew near Yonaguni on Monday. In response, the Air Self-Defense Force scrambled fighter jets.",
     None),
    ("A Chinese balloon entered Japanese airspace on May 17, the ministry said. The Air Self-Defense Force scrambled "
     "fighter jets.", None),
    ("Four China Coast Guard ships entered the waters near Pengjia on April 1. The Coast Guard Administration sent "
     "cutters to shadow the Chinese vessels.", None),
    # ... unless the text ties it ('the same day')
    ("A Chinese drone flew near Yonaguni on Monday. The Air Self-Defense Force scrambled fighter jets the same day.",
     date(2024, 5, 20)),
    # a consequence participle is dated by the clause it follows
    ("A Chinese aircraft flew between Yonaguni and Taiwan on May 13, prompting the Air Self-Defense Force to scramble "
     "fighters.", date(2024, 5, 13)),
])
def test_response_day(seed_extractor, text, day):
    jasdf = [e for e in events(seed_extractor, text) if e["subject_ids"] in (["jasdf"], ["tw-coast-guard-administration"])]
    assert jasdf and jasdf[0]["date_start"] == day


@pytest.mark.parametrize("text, day", [
    ("On the 20th, the ministry announced the passage.", date(2024, 5, 20)),
    ("The ship left the area on the 15th.", date(2024, 5, 15)),
])
def test_day_of_month(text, day):
    times = find_time_expressions(text, published=PUBLISHED)
    assert times and times[0].date_start == day and times[0].precision == "day"


def test_day_of_month_not_an_ordinal_name():
    assert find_time_expressions("On the 20th anniversary of the treaty, leaders met.", published=PUBLISHED) == []
