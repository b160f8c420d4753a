"""Pure-function tests: body detection, sentences, dates."""
from datetime import date

import pytest

from pipeline.extract.body import classify_line, find_body
from pipeline.extract.dates import find_time_expressions
from pipeline.extract.sentences import split_sentences


@pytest.mark.parametrize("line, kind", [
    ("A soldier during a drill. Photo: Agencies", "caption"),
    ("Picture source: Ministry of Defense (Japan), February 26, 2008, Wikipedia", "caption"),
    ("By Masahiro Matsumura", "byline"),
    ("Published: 2021-08-27 10:00", "meta"),
    ("Editor's Note: The views expressed are those of the authors.", "note"),
    ("Tel: 886-2-23654366 Fax: 886-2-23679193", "contact"),
    ("<http://www.pf.org.tw>", "contact"),
    ("Cathy Fang is a policy analyst in the Project 2049 Institute.", "bio"),
    ("(Dr. Kotani is Professor, Meikai University/Senior Fellow, Japan Institute of International Affairs)", "bio"),
    ("Hot-button issues", "heading"),
    ("Tokyo and Taipei held security talks on Friday.", "content"),
    ("Tsai is not serious about the security dialogue, at least now.", "content"),
    ("", "blank"),
    ("Japanese Prime Minister Fumio Kishida speaks in Tokyo, Japan, March 5, 2024. REUTERS/Kim Kyung-Hoon", "caption"),
    ("A coast guard vessel patrols near the Senkaku islands. (AP Photo/Eugene Hoshiko)", "caption"),
    ("Chinese warships sail in the Taiwan Strait. Photo by Sam Yeh/AFP via Getty Images", "caption"),
    ("[Photo/Xinhua]", "caption"),
    ("Photo taken Aug. 4 shows a missile launch. (Kyodo)", "caption"),
    ("Related articles", "back"),
    ("More from Asia:", "back"),
    ("Reporting by Ben Blanchard in Taipei; Editing by Michael Perry", "back"),
    ("(Additional reporting by Kantaro Komiya in Tokyo)", "back"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "back"),
    ("Topics: Taiwan, Japan, Defence", "back"),
    ("Related Tags: Diet, Taiwan, China", "back"),
    ("Editor: Li Xiang", "back"),
    ("(This article is based on the minutes of the committee.)", "back"),
    ("Notes", "back"),
    ("[1] Focus Taiwan, November 28, 2017.", "back"),
    ("The editor said the report was wrong.", "content"),       # a sentence, not an 'Editor:' line
    ("Advertisement", "furniture"),
    ("READ MORE: Japan scrambles jets as Chinese drones fly near Yonaguni", "furniture"),
    ("Sign up for our daily newsletter", "furniture"),
    ("Follow us on Twitter for the latest news.", "furniture"),
    ("==Kyodo", "furniture"),
    ("Reuters reported that Japan would send a destroyer through the strait.", "content"),
    ("Related talks between the coast guards resumed in 2023, officials said.", "content"),
    ("Editing the defense white paper took the ministry a year, Kihara said.", "content"),
])
def test_classify_line(line, kind):
    assert classify_line(line) == kind


def test_body_skips_front_matter_and_trailing_teasers():
    text = ("Series Header\n\nBy Jane Roe\n\nThe first real sentence of the article. It goes on.\n\n"
            "A ship at sea. Photo: AFP\n\nThe last paragraph of the article ends here.\n\n"
            "Jane Roe is a senior fellow at an institute.\n"
            "An unrelated teaser about something else entirely that runs on and on.")
    body = find_body(text, author="Jane Roe")
    assert text[body.start:].startswith("The first real sentence")
    assert text[:body.end].endswith("ends here.")
    assert [text[s:e] for s, e in body.excluded] == ["A ship at sea. Photo: AFP"]


def test_body_of_a_web_page_drops_credits_furniture_and_teasers():
    text = ("Japan protests Chinese drills near Yonaguni\n\n"
            "Published: 2024-05-24 09:10 JST\n\n"
            "TOKYO (Reuters) - Japan lodged a protest with China on Friday over military drills near Taiwan.\n\n"
            "A Chinese navy ship sails near Taiwan, May 23, 2024. REUTERS/Ann Wang\n\n"
            "Advertisement\n\n"
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters the drills raised tensions.\n\n"
            "READ MORE: China starts two days of drills around Taiwan\n\n"
            "Taiwan's defence ministry said it had tracked 49 Chinese aircraft on Thursday.\n\n"
            "Reporting by Kantaro Komiya; Editing by Michael Perry\n\n"
            "Related articles\n\n"
            "China sanctions US defence firms over arms sales to Taiwan, the ministry said.\n")
    body = find_body(text, title="Japan protests Chinese drills near Yonaguni")
    assert text[body.start:].startswith("TOKYO (Reuters) - Japan lodged a protest")
    assert text[:body.end].endswith("49 Chinese aircraft on Thursday.")
    assert [text[s:e] for s, e in body.excluded] == [
        "(Reuters) -",   # the dateline's wire credit names the publisher, not an actor
        "A Chinese navy ship sails near Taiwan, May 23, 2024. REUTERS/Ann Wang", "Advertisement",
        "READ MORE: China starts two days of drills around Taiwan"]


def test_body_of_plain_text_is_everything():
    text = "Japan and Taiwan talked. Nothing else happened."
    body = find_body(text)
    assert (body.start, body.end, body.excluded) == (0, len(text), [])


def test_body_of_text_without_content_is_empty():
    assert (find_body("   \n\n").start, find_body("   \n\n").end) == (0, 0)


@pytest.mark.parametrize("text, expected", [
    ("Japan rejected it. China protested.", ["Japan rejected it.", "China protested."]),
    ("The U.S. President Joe Biden spoke. Dr. Kotani agreed.", ["The U.S. President Joe Biden spoke.", "Dr. Kotani agreed."]),
    ("‘Japan still feels pressure,’ he said. Lii agreed.", ["‘Japan still feels pressure,’ he said.", "Lii agreed."]),
    ("“Is it over?” she asked. No.", ["“Is it over?” she asked.", "No."]),
    ("It was signed in Jan. 2019 by both.", ["It was signed in Jan. 2019 by both."]),
])
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_sentence_broken_by_a_pdf_page_break_is_one_sentence():
    text = "Tokyo plans to station an official at the Japan-Taiwan Exchange\n\n\n\nAssociation this summer. Next one."
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert sentences[0].text.endswith("this summer.") and "\n\n\n\n" in sentences[0].text


def test_sentence_offsets_are_exact_and_skip_excluded_spans():
    text = "One sentence here. Caption line. Photo: X\nAnother sentence there."
    cap_start = text.index("Caption")
    cap_end = text.index("\n")
    sentences = split_sentences(text, excluded=[(cap_start, cap_end)])
    assert [s.text for s in sentences] == ["One sentence here.", "Another sentence there."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


PUB = date(2021, 8, 27)  # a Friday


@pytest.mark.parametrize("text, published, expected", [
    ("On March 8, Suga rejected it.", date(2019, 3, 22), (date(2019, 3, 8), date(2019, 3, 8), "day")),
    ("On June 27 last year, Suga cited it.", date(2019, 3, 22), (date(2018, 6, 27), date(2018, 6, 27), "day")),
    ("in October last year saw a summit", date(2019, 3, 22), (date(2018, 10, 1), date(2018, 10, 31), "month")),
    ("held talks on Friday", PUB, (PUB, PUB, "day")),
    # GUIDELINES: "earlier this week" = Monday of the publication week up to the day before publication
    ("earlier this week it warned", PUB, (date(2021, 8, 23), date(2021, 8, 26), "range")),
    ("earlier this month it warned", PUB, (date(2021, 8, 1), date(2021, 8, 26), "range")),
    ("earlier this year it warned", PUB, (date(2021, 1, 1), date(2021, 8, 26), "range")),
    ("the ministry said Tuesday", PUB, (date(2021, 8, 24), date(2021, 8, 24), "day")),
    ("drills in late 2022", None, (date(2022, 9, 1), date(2022, 12, 31), "range")),
    ("a policy adopted in mid-2021", None, (date(2021, 5, 1), date(2021, 8, 31), "range")),
    ("in early 2023, Tokyo", None, (date(2023, 1, 1), date(2023, 4, 30), "range")),
    ("by the end of 2024", None, (date(2024, 10, 1), date(2024, 12, 31), "range")),
    ("three days ago", PUB, (date(2021, 8, 24), date(2021, 8, 24), "day")),
    ("two weeks ago", PUB, (date(2021, 8, 9), date(2021, 8, 15), "range")),
    ("a month ago", PUB, (date(2021, 7, 1), date(2021, 7, 31), "month")),
    ("three days ago", None, (None, None, "unknown")),
    ("approved the sale in 2019.", None, (date(2019, 1, 1), date(2019, 12, 31), "year")),
    ("In 2019, Tsai asked", None, (date(2019, 1, 1), date(2019, 12, 31), "year")),
    ("In 2019 Tsai asked", None, (date(2019, 1, 1), date(2019, 12, 31), "year")),
    ("at the summit in May 2022 in Tokyo", None, (date(2022, 5, 1), date(2022, 5, 31), "month")),
    ("on March 8, 2019 in Tokyo", None, (date(2019, 3, 8), date(2019, 3, 8), "day")),
    ("Last year, Aso said", None, (None, None, "unknown")),
    ("punished in April by a committee", None, (None, None, "unknown")),
    ("on Friday", None, (None, None, "unknown")),
    ("Last year, Aso said", PUB, (date(2020, 1, 1), date(2020, 12, 31), "year")),
    ("In December, it agreed", PUB, (date(2020, 12, 1), date(2020, 12, 31), "month")),
    ("two years ago it began", PUB, (date(2019, 1, 1), date(2019, 12, 31), "year")),
])
def test_time_expressions_resolve_only_against_a_known_publication_date(text, published, expected):
    refs = find_time_expressions(text, published=published)
    assert refs, text
    assert (refs[0].date_start, refs[0].date_end, refs[0].precision) == expected
    assert text[refs[0].start:refs[0].end] == refs[0].text


@pytest.mark.parametrize("text", ["97 percent of its energy", "it may be so", "a 2+2 format", "Japan has 1,200 troops",
                                  "Black Friday sales", "the 2019.5 figure"])
def test_numbers_that_are_not_dates(text):
    assert find_time_expressions(text, published=PUB) == []


def test_impossible_dates_are_not_invented():
    assert find_time_expressions("on February 30, 2021", published=None)[0].precision == "unknown"
