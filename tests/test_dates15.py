"""dates15: a month of a year anchors a yearless day ('In March 2023 ... On March 9'); a Sunday text's 'last Monday'
is the Monday six days before; a dated reply lead ("Beijing's reply came the next day.") dates the reply the next
sentence gives; a which-clause on a dated statement ('a statement the ministers issued on Tuesday, which urged ...')
takes the statement's day. Own example sentences."""
from datetime import date

import pytest

from pipeline.extract.claims import DocumentInput
from pipeline.extract.dates import find_time_expressions
from pipeline.extract.statement_relatives import statement_relative_time
from pipeline.extract.timing import own_later_time

D = date
UNKNOWN = (None, None, "unknown")
FRIDAY = D(2024, 6, 14)
SUNDAY = D(2024, 6, 16)


def dated(extractor, text, trigger_word, published):
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    claims = [c for c in extractor.extract(doc).claims if c["kind"] == "event" and c["modality"] == "asserted"]
    hits = [c for c in claims if trigger_word in (c["trigger"] or "")]
    assert hits, [(c["trigger"], c["predicate"]) for c in claims]
    return (hits[0]["date_start"], hits[0]["date_end"], hits[0]["date_precision"])


@pytest.mark.parametrize("text, trigger, expected", [
    # the passage's month of a year gives the yearless day its year, in an undated text
    ("In March 2023, a fishing boat sank near the islands. On March 9, the China Coast Guard boarded a Taiwanese trawler "
     "near the islands.", "boarded", (D(2023, 3, 9), D(2023, 3, 9), "day")),
    ("Tensions rose in October of 2022. On October 12, the China Coast Guard seized a Taiwanese cargo ship.", "seized",
     (D(2022, 10, 12), D(2022, 10, 12), "day")),
    # another year named in between ends the passage
    ("In March 2023, a fishing boat sank near the islands. A similar accident had happened in 2019. On March 9, the "
     "China Coast Guard boarded a Taiwanese trawler near the islands.", "boarded", UNKNOWN),
])
def test_month_year_anchor(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger, None) == expected


@pytest.mark.parametrize("expr, published, expected", [
    ("last Monday", SUNDAY, D(2024, 6, 10)),       # a Sunday text closes the week it looks back on
    ("last Saturday", SUNDAY, D(2024, 6, 8)),      # never the day before (GUIDELINES): eight days back
    ("last Sunday", SUNDAY, D(2024, 6, 9)),
    ("last Thursday", FRIDAY, D(2024, 6, 6)),      # the day before is "yesterday": eight days back
    ("last Monday", FRIDAY, D(2024, 6, 10)),       # GUIDELINES: the most recent Monday, four days back
    ("last Friday", FRIDAY, D(2024, 6, 7)),        # the same weekday: seven days back
    ("on Monday", SUNDAY, D(2024, 6, 10)),
])
def test_last_weekday(expr, published, expected):
    assert find_time_expressions(expr, published=published)[0].date_start == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("On Tuesday, the defence minister visited the island. Beijing's reply came the next day. A Chinese foreign "
     "ministry spokesperson said China \"firmly opposes\" the visit and urged Tokyo to stop provocations.", "urged",
     (D(2024, 6, 12), D(2024, 6, 12), "day")),
    ("At a news conference on Wednesday, the chief cabinet secretary defended the exercise. China's response came "
     "the same evening. Foreign ministry spokesperson Mao Ning urged Japan to stop sending wrong signals.", "urged",
     (D(2024, 6, 12), D(2024, 6, 12), "day")),
    ("On Tuesday, the defence minister visited the island. China hit back on Wednesday. Vice Foreign Minister Sun "
     "Weidong summoned the Japanese ambassador to protest.", "summoned", (D(2024, 6, 12), D(2024, 6, 12), "day")),
    # a lead with no day dates nothing
    ("On Tuesday, the defence minister visited the island. Beijing's reply came quickly. A Chinese foreign "
     "ministry spokesperson urged Tokyo to stop provocations.", "urged", UNKNOWN),
    # the next sentence by another side is not the reply
    ("On Tuesday, the defence minister visited the island. Beijing's reply came the next day. Taiwan's foreign "
     "ministry urged Beijing to show restraint.", "urged", UNKNOWN),
])
def test_reply_lead(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger, FRIDAY) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("Tokyo cited a statement the foreign ministers released on Tuesday, which urged Beijing to show restraint.",
     "urged", D(2024, 6, 11)),
    ("The row followed a joint statement by the two leaders on Tuesday, which called for calm.", "called", D(2024, 6, 11)),
    # a reaction to a dated act is no statement's content
    ("The minister visited the shrine on Tuesday, which angered Beijing.", "angered", None),
    # the statement's time must close the phrase the which-clause hangs on
    ("A statement on Tuesday said the talks went well, which surprised observers.", "surprised", None),
])
def test_statement_relative_time(text, word, expected):
    t = statement_relative_time(text, find_time_expressions(text, published=FRIDAY), text.index(word))
    assert (t.date_start if t else None) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a coordinated clause's own later time, over the earlier clause's
    ("The base opened in 2019, and the army stationed a radar unit there in May 2021.", "stationed", "May 2021"),
    ("The base opened in 2019; the army stationed a radar unit there in May 2021.", "stationed", "May 2021"),
    # no coordinated clause in between: the earlier time stays the act's
    ("In 2019 the army stationed a radar unit on the island before a review in May 2021.", "stationed", None),
    # a later time inside an infinitive complement is the complement's
    ("The leaders met in 2019, and they agreed to hold a summit in May 2021.", "agreed", None),
])
def test_own_later_time(text, trigger, expected):
    times = find_time_expressions(text, published=FRIDAY)
    t = own_later_time(text, times, text.index(trigger))
    assert (t.text if t else None) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a reaction in a relative clause on a noun summing up a dated act: unknown (GUIDELINES ruling)
    ("In May 2023, the minister visited the island, a trip that drew a sharp protest from Beijing.", "protest", UNKNOWN),
    ("Last month, Japan's defence minister toured Yonaguni, a visit that drew a protest from China.", "protest",
     UNKNOWN),
    # tied by the clause's own words
    ("In May 2023, the minister visited the island, a trip that drew a protest from Beijing the same day.", "protest",
     (D(2023, 5, 1), D(2023, 5, 31), "month")),
    # a consequence participle of the dated act itself keeps its date
    ("In May 2023, Chinese warships sailed near the island, prompting Japan to lodge a protest.", "protest",
     (D(2023, 5, 1), D(2023, 5, 31), "month")),
])
def test_noun_reaction(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger, FRIDAY) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the text's own act in the present: its publication day
    ("Taiwan's Ministry of Foreign Affairs welcomes Japan's decision to join the exercise.", "welcomes",
     (FRIDAY, FRIDAY, "day")),
    # ... also after a sentence that reported someone's words
    ("The envoy said on Monday that Tokyo \"must stop\" the drills. The Mainland Affairs Council expresses its "
     "strongest condemnation of the drills.", "condemnation", (FRIDAY, FRIDAY, "day")),
    # a present tense in someone's reported words is theirs, undated
    ("A Pentagon spokesman said in a statement that the Defense Department \"welcomes Japan's decision\" to join "
     "the exercise.", "welcomes", UNKNOWN),
])
def test_performative_present_in_reported_words(seed_extractor, text, trigger, expected):
    assert dated(seed_extractor, text, trigger, FRIDAY) == expected
