"""Pure-function tests for the per-actor occasion day: an undated act of an actor whose act the narrative
dated a few sentences before falls on that day, until the narrative names another time."""
from datetime import date

import pytest

from pipeline.extract.dates import find_time_expressions
from pipeline.extract.actor_days import ACTOR_DAY_GAP, actor_day, remember_days

PUB = date(2024, 3, 15)   # a Friday


def _narrate(sentences: list[tuple[str, list[str], set[str]]]) -> list[dict]:
    """The actor days after each (text, acting subjects, actors named) sentence; an act is dated by its
    sentence's first time, like a trigger with its own time."""
    days, out = {}, []
    for i, (text, subjects, present) in enumerate(sentences):
        times = find_time_expressions(text, published=PUB)
        dated = [(subjects, times[0] if times else actor_day(days, subjects, index=i))] if subjects else []
        out.append({a: (actor_day(days, [a], index=i)) for a in present})
        days = remember_days(days, index=i, sentence_times=times, dated=dated, present=present)
    return out


@pytest.mark.parametrize("story, sentence, actor, expected", [
    # a spokesperson's briefing goes on over several paragraphs without repeating its day
    ([("The spokesperson told a regular briefing on Tuesday that the visit was a provocation.", ["spox"], {"spox"}),
      ('"We urge the other side to stop," the spokesperson said.', ["spox"], {"spox"})], 1, "spox", date(2024, 3, 12)),
    # an actor named in a dated sentence without acting in it (the host of a meeting) gets its day too
    ([("During a meeting with the president on Monday, the envoy conveyed condolences.", ["envoy"], {"envoy", "president"}),
      ("The president thanked the envoy for the visit.", ["president"], {"president", "envoy"})], 1, "president", date(2024, 3, 11)),
    # the narrative moves to another time: the earlier day is not carried past it
    ([("The minister arrived in the capital on Monday.", ["minister"], {"minister"}),
      ("The minister first visited the country in 2019.", ["minister"], {"minister"}),
      ("The minister praised the host government.", ["minister"], {"minister"})], 2, "minister", None),
    # another actor's day is not this actor's
    ([("The navy held drills on Wednesday.", ["navy"], {"navy"}),
      ("The opposition criticized the budget.", ["opposition"], {"opposition"})], 1, "opposition", None),
])
def test_actor_day_carries_the_occasion(story, sentence, actor, expected):
    t = _narrate(story)[sentence][actor]
    assert (t.date_start if t else None) == expected


def test_actor_day_is_not_carried_beyond_the_gap():
    story = [("The envoy met the minister on Thursday.", ["envoy"], {"envoy"})] + \
        [("Analysts said the region remained tense.", [], set())] * ACTOR_DAY_GAP + \
        [("The envoy thanked the hosts.", ["envoy"], {"envoy"})]
    assert _narrate(story)[-1]["envoy"] is None
    assert _narrate(story[:2] + story[-1:])[-1]["envoy"].date_start == date(2024, 3, 14)


@pytest.mark.parametrize("text, trigger, expected", [
    ("The ministry expresses its deep regret over the decision.", "regret", True),
    ("The Foreign Ministry strongly condemns the missile launch.", "condemns", True),
    ("The council also urges the authorities to release the detained crew.", "urges", True),
    ("The government welcomes and thanks all partners for their support.", "thanks", True),
    # past tense, a habitual custom, a noun, a preposition: no act performed by the text on its day
    ("The ministry expressed its deep regret over the decision.", "regret", False),
    ("Tokyo routinely protests such flights through diplomatic channels.", "protests", False),
    ("The protests spread to three cities.", "protests", False),
    ("The ministry has lodged protests with the embassy.", "protests", False),
    ("Thanks to the new agreement, the coast guards will train together.", "agreement", False),
    # a performative in another clause
    ("The drills ended, the ministry welcomes calm, and troops withdrew.", "withdrew", False),
])
def test_performed_by_text(text, trigger, expected):
    from pipeline.extract.timing import performed_by_text
    assert performed_by_text(text, 0, text.index(trigger)) is expected


def test_a_relative_clause_time_does_not_move_the_narrative():
    story = [("The president met the delegation at his office yesterday.", ["president"], {"president"}),
             ("The delegation, which arrived on Monday, includes six lawmakers.", [], {"delegation"}),
             ("The president thanked the lawmakers.", ["president"], {"president"})]
    days, out = {}, None
    for i, (text, subjects, present) in enumerate(story):
        times = find_time_expressions(text, published=PUB)
        out = actor_day(days, subjects, index=i) if subjects else None
        dated = [(subjects, times[0] if times else out)] if subjects else []
        days = remember_days(days, index=i, sentence_times=times, dated=dated, present=present, text=text)
    assert out is not None and out.date_start == date(2024, 3, 14)
