"""Pure-function tests of the body-layout and actor rules added for unseen outlets (text in, records out).
The examples are written for these tests, not copied from the gold sets."""
import pytest

from pipeline.extract.actors import ActorMatcher
from pipeline.extract.body import classify_line, find_body


def found(knowledge, text):
    mentions, discovered = ActorMatcher(knowledge).find(text, 0, len(text))
    return [(m.text, m.actor_id) for m in mentions], discovered


# ---------------------------------------------------------------- body: line classes
@pytest.mark.parametrize("line, kind", [
    # captions: marked at the start, or closed by a bracketed credit
    ("[Photo] The foreign minister greets a delegation in Manila on May 3.", "caption"),
    ("(Image) Patrol boats leave Keelung harbour.", "caption"),
    ("Marines board a landing craft off Okinawa on June 2. [Photo/Agencies]", "caption"),
    ("The prime minister waves at supporters in Osaka. (Official Government Photo)", "caption"),
    ("A destroyer in the East China Sea. (©Yomiuri by Taro Yamada)", "caption"),
    ("Fishermen unload their catch at Su'ao. (Getty Images)", "caption"),
    ("Lawmakers vote on the budget bill in Taipei. Credit: Wikimedia Commons", "caption"),
    # bylines without 'By'
    ("Author: Hanako Suzuki, Seoul Bureau Chief, The Example Shimbun", "byline"),
    ("JOHN SMITH and MEI LING WONG, Example News staff writers", "byline"),
    ("Kenji Tanaka, Tokyo correspondent", "byline"),
    # date-only and site lines, abstracts
    ("March 3, 2023 10:15 JST", "meta"),
    ("Tuesday, 14 November 2023", "meta"),
    ("2022-07-01 08:30", "meta"),
    ("example.com | Updated: 2022-07-01 08:30", "meta"),
    ("Executive Summary: Tokyo and Taipei have slowly deepened coast guard contacts.", "meta"),
    ("Abstract: This paper examines the 2022 crisis.", "meta"),
    # page furniture and back matter
    ("Share: Facebook | X | LinkedIn | Email", "furniture"),
    ("Liked this story? Click here to subscribe.", "furniture"),
    ("Read more", "back"),
    ("See also:", "back"),
    ("Reuters correspondent Jane Doe in Taipei contributed to this report.", "back"),
    ("By Jane Roe / Staff reporter", "byline"),
    ("By Jane Roe | March 3, 2024", "byline"),
    ("(By Lee Hsin-yin)", "byline"),
    ("Image source, Getty Images", "caption"),
    ("Image caption, Coast guard ships near the islands", "caption"),
    ("— Jane Roe is a research fellow at an institute in Tokyo.", "bio"),
    ("The author is a professor of international relations at a university in Taipei.", "bio"),
    ("The views expressed in this article are the author's own.", "note"),
    ("Disclaimer: This commentary does not represent the institute.", "note"),
    ("About the author", "back"),
    ("12 Comments", "back"),
    ("Leave a comment below.", "back"),
    ("Home > News > Asia", "furniture"),
    # still content
    ("The author of the report is a former defense official, the ministry said.", "content"),
    ("The ministry said it would subscribe to the new framework next year.", "content"),
    ("Taiwan's coast guard (CGA) said two vessels entered the zone on Friday.", "content"),
    ("He was born on March 3, 1952, in Kagoshima.", "content"),
])
def test_classify_line_layouts(line, kind):
    assert classify_line(line) == kind


def test_body_skips_a_caption_closed_by_a_source_and_a_teaser_list():
    text = ("Minister visits island\n\nPublished: 1 May 2024\n\n"
            "The minister speaks to troops on the island on April 30. (ABC)\n\n"
            "The defence minister visited the island on Tuesday. He met the mayor.\n\n"
            "The ministry plans a new unit there by 2026.\n\n"
            "Read more\n- Island braces for missile unit\n- Mayor wary of new base")
    body = find_body(text)
    assert text[body.start:].startswith("The defence minister visited")
    assert text[:body.end].endswith("by 2026.")


def test_a_date_line_inside_the_article_does_not_move_its_start():
    para = "Japan and Taiwan have held coast guard talks every year since 2017, officials said on Monday. " * 4
    text = (f"By Jane Roe\n\n{para}\n\n{para}\n\nMarch 3, 2024\n\nThe two sides met again. " + para + "\n\n" + para * 3)
    body = find_body(text)
    assert body.start == text.index(para)


def test_teaser_headlines_after_a_related_heading_are_cut_out_mid_article():
    text = ("TOKYO - Japan protested on Monday. The ministry summoned an envoy.\n\n"
            "RELATED:\nChina's navy sails near Okinawa\nTaiwan drills continue for a third day\n\n"
            "The envoy rejected the protest, officials said. More talks are planned.\n\n"
            "A third paragraph of the article closes it here.")
    body = find_body(text)
    excluded = [text[s:e] for s, e in body.excluded]
    assert "China's navy sails near Okinawa" in excluded and "Taiwan drills continue for a third day" in excluded
    assert text[:body.end].endswith("closes it here.")


@pytest.mark.parametrize("line, kind", [
    # AP-style 'FILE -' caption prefix; an 'Outlet/Photographer' credit is handled in find_body
    ("FILE - The defence minister speaks to reporters in Naha, Okinawa, March 2021.", "caption"),
    ("IN THIS PHOTO - Coast guard cutters leave Kaohsiung harbour.", "caption"),
    # date lines followed by short '|' segments
    ("4 Mar 2023 | 09:30 JST | 12 Comments", "meta"),
    ("March 4, 2023 | 5 min read", "meta"),
    ("20 May 2024 - 10:00", "meta"),
    ("May 20, 2024 • 10:00 AM GMT+9", "meta"),
    ("May 20, 2024 · 4 min read", "meta"),
    # transcript and event header fields, translation notes
    ("Date and Time: 3:00-3:25 P.M. June 2, 2025 (JST)", "meta"),
    ("Venue: Main Hall, Example Institute, Taipei", "meta"),
    ("*This is a tentative translation prepared for reference. The original text prevails.", "note"),
    ("Jun Sato [Profile]", "byline"),
    # back matter that ends an article
    ("(End)", "back"),
    ("-30-", "back"),
    ("Related links", "back"),
    ("--With assistance from Jane Roe.", "back"),
    ("To contact the editor responsible for this story: Jane Roe at jroe@example.com", "back"),
    ("(Originally published in Chinese. Banner photo: A patrol ship off Yilan. © Example)", "back"),
    ("Most Read from Example News", "back"),
    ("This story has been updated to add comments from the ministry.", "back"),
    ("Reprints & Permissions", "back"),
    # still content
    ("File sharing between the two agencies began in 2019, officials said.", "content"),
    ("The end of the talks came without a joint statement.", "content"),
])
def test_classify_line_more_layouts(line, kind):
    assert classify_line(line) == kind


PARA = "Officials said the talks would continue next month in Taipei. " * 5


@pytest.mark.parametrize("lead", ["TOKYO - Japan", "NAHA, Japan (AP) — Japan", "(Example Wire) -- Japan", "TAIPEI--Japan"])
def test_an_uncredited_caption_before_a_datelined_lead_is_not_the_article(lead):
    text = (f"Envoy warns Tokyo\n\nMay 2, 2025\n\nThe envoy speaks at a reception in Tokyo on Monday.\n\n"
            f"{lead} protested on Tuesday, officials said.\n\n{PARA}\n\n{PARA}")
    body = find_body(text)
    assert text[body.start:].startswith(lead)


@pytest.mark.parametrize("box", [
    "SATO JUN\nSenior fellow at an institute in Tokyo. Author of a book on coast guards.",
    "JANE ROE\nResearcher specializing in maritime law at a university in Taipei.",
])
def test_an_author_box_in_capitals_ends_the_article(box):
    text = f"Title\n\nBy Jun Sato\n\n{PARA}\n\n{PARA}\n\nThe drills will go on.\n\n{box}\n\nMore on this"
    body = find_body(text)
    assert text[:body.end].endswith("The drills will go on.")


def test_the_authors_name_alone_on_a_line_is_a_byline():
    text = f"A Big Title\n\nA deck that sums up the story in one sentence.\n\nJane Roe\n\n{PARA}\n\n{PARA}"
    body = find_body(text, author="Jane Roe")
    assert text[body.start:].startswith("Officials said")


@pytest.mark.parametrize("lead, credit", [
    ("(Example Wire) -- Taiwan applied", "(Example Wire) --"),
    ("TAIPEI (Reuters) - Taiwan applied", "(Reuters) -"),
    ("NAHA, Japan (AP) — Taiwan applied", "(AP) —"),
    ("TOKYO - Taiwan applied", None),
])
def test_the_wire_credit_of_a_dateline_is_excluded_but_starts_the_body(lead, credit):
    text = f"Title\n\nBy Jane Roe\n\n{lead} on Wednesday.\n\n{PARA}\n\n{PARA}"
    body = find_body(text)
    assert text[body.start:].startswith(lead)
    excluded = [text[s:e] for s, e in body.excluded]
    assert (credit in excluded) if credit else not excluded


@pytest.mark.parametrize("text, first, last", [
    # a caption closed by an 'Outlet/Photographer' credit before the datelined lead
    ("Envoy warns Tokyo\n\nJune 3, 2025 (Example Daily)\n\n"
     "The ambassador speaks at a reception in Tokyo on June 1, 2025. (Example/Taro Sato)\n\n"
     "TOKYO -- Japan protested remarks by the ambassador, officials said.\n\nThe ministry will reply next week.",
     "TOKYO -- Japan protested", "reply next week."),
    # a summary box under its own label between the byline and the article
    ("Policy Brief\n\nBy Jane Roe and John Doe\n\nKEY POINTS\nThe two governments now talk about maritime safety in the open. "
     "This brief summarises a workshop.\n\nThe workshop was held in Taipei in May. Thirty experts took part.\n\n"
     "Participants agreed on several points.",
     "The workshop was held", "on several points."),
    # magazine layout: byline, deck, first section heading, article; back matter after '(End)'
    ("Quiet Cooperation at Sea\n\nJun Sato [Profile]\n\nTwo coast guards without diplomatic ties now train together. "
     "A researcher traces how it happened.\n\nThe First Drill\n\nIn May 2023, two patrol ships held a rescue drill off Yilan. "
     "It was the first of its kind.\n\nMore drills may follow, officials said.\n\n(End)\n\nRelated links\n- Another article",
     "In May 2023, two patrol", "officials said."),
    # a 'Most Read from X' teaser list before the lead and a wire assistance credit after it
    ("Example News\n\nBy Jane Roe\nMarch 4, 2023, 9:00 AM GMT+9\n\nMost Read from Example News\n- Markets fall\n- Rates rise\n\n"
     "(Example News) -- Taiwan applied to join the pact on Wednesday, officials said.\n\nJapan welcomed the bid.\n\n"
     "--With assistance from John Doe.\n\n©2023 Example News",
     "(Example News) -- Taiwan applied", "welcomed the bid."),
])
def test_body_boundaries_of_more_layouts(text, first, last):
    body = find_body(text)
    assert text[body.start:].startswith(first)
    assert text[:body.end].endswith(last)


# ---------------------------------------------------------------- actors
def test_a_generic_name_listed_in_two_spellings_is_one_candidate(seed_knowledge):
    names, _ = found(seed_knowledge, "Japan and China talked. Japan's envoy left. Japan will reply. "
                                     "The Defence Ministry said it would send a team.")
    assert ("Defence Ministry", "jp-mod") in names


@pytest.mark.parametrize("text", [
    "China's army, navy, air force and rocket force joined the drills near Japan.",
    "The three countries agreed to a joint coast guard patrol with Japan.",
])
def test_a_lowercase_generic_without_owner_is_a_common_noun(seed_knowledge, text):
    names, discovered = found(seed_knowledge, text)
    assert not any(t.lower() in ("air force", "coast guard", "navy") for t, _ in names)


def test_a_lowercase_generic_with_an_owner_is_a_name(seed_knowledge):
    names, _ = found(seed_knowledge, "Japan said its coast guard would patrol the area.")
    assert ("coast guard", "jp-coast-guard") in names


def test_a_one_word_generic_after_a_capitalised_word_is_part_of_a_unit_name(seed_knowledge):
    names, _ = found(seed_knowledge, "Taiwan and Japan met. The commander of the GSDF's Southern Army spoke.")
    assert not any(t == "Army" for t, _ in names)


def test_an_unresolved_generic_name_is_not_discovered_as_a_new_organisation(seed_knowledge):
    _, discovered = found(seed_knowledge, "The Ministry of National Defense said the drills ended.")
    assert not any(d.name == "Ministry of National Defense" for d in discovered.values())


def test_family_name_inside_a_place_name_is_no_short_form(seed_knowledge):
    names, _ = found(seed_knowledge, "Protesters gathered in Hong Kong on Sunday.")
    assert not any(t == "Kong" for t, _ in names)


@pytest.mark.parametrize("text, named", [
    ("Lai met the delegation at the Presidential Office on Monday.", False),
    ("A rally was held outside the White House.", False),
    ("The Presidential Office said Lai would attend.", True),
    ("The White House said it welcomed the talks.", True),
])
def test_seat_buildings_used_as_places(seed_knowledge, text, named):
    names, discovered = found(seed_knowledge, text)
    assert any(a in ("tw-presidential-office", "us-white-house") for _, a in names) == named
    assert not any("Office" in d.name or "House" in d.name for d in discovered.values())


@pytest.mark.parametrize("text", [
    "Taipei, Oct. 2 (CNA) Taiwan's navy held drills on Friday.",
    "TOKYO, July 9 Kyodo - Japan's defense chief visited the island.",
])
def test_mixed_case_dateline_outlet_is_no_mention(seed_knowledge, text):
    names, _ = found(seed_knowledge, text)
    assert not any(a in ("central-news-agency", "kyodo-news") for _, a in names)


@pytest.mark.parametrize("text, name", [
    ("Sen. Maria Ocampo met Philippine Defense Secretary Gilberto Teodoro and Undersecretary José Año.", "José Año"),
    ("Brazil's President Luiz Inácio Lula da Silva arrived in Beijing.", "Luiz Inácio Lula da Silva"),
    ("Ma Li, a lecturer at a university in Taipei, said the drills were a warning.", "Ma Li"),
    ("Spokeswoman Chen Yu-ling said the ministry was monitoring the situation.", "Chen Yu-ling"),
    ("Japan lodged a protest with Zhou Wenhua, a minister at the Chinese Embassy, the ministry said.", "Zhou Wenhua"),
])
def test_people_discovered(seed_knowledge, text, name):
    _, discovered = found(seed_knowledge, text)
    assert name in {d.name for d in discovered.values() if d.actor_type == "person"}


def test_capitalised_role_noun_inside_a_sentence_is_no_title(seed_knowledge):
    _, discovered = found(seed_knowledge, "Japan funds radars under its Official Security Assistance program.")
    assert not discovered


@pytest.mark.parametrize("text, bad", [
    ("Japanese Minister of Economy, Trade and Industry Ken Saito visited Kumamoto.", "Trade and Industry"),
    ("A director of the Foreign Ministry's Asian Affairs Bureau met the envoy.", "Asian Affairs Bureau"),
    ("Both coast guards set up a Maritime Working Group. The Working Group met twice.", "Working Group"),
    ("The leaders met at the Taipei Guest House on Sunday.", "Taipei Guest House on Sunday"),
])
def test_organisation_fragments_are_not_discovered(seed_knowledge, text, bad):
    _, discovered = found(seed_knowledge, text)
    assert bad not in {d.name for d in discovered.values()}


@pytest.mark.parametrize("text", [
    "Chinese warships crossed the Taiwan Strait on Monday.",
    "Analysts debated the Taiwan question at length.",
])
def test_a_state_inside_a_place_name_or_as_a_topic_is_no_actor(seed_knowledge, text):
    names, _ = found(seed_knowledge, text)
    assert not any(a == "taiwan" for _, a in names)


@pytest.mark.parametrize("text, named", [
    ("Tokyo is watching Chinese military activity near its islands.", False),
    ("The budget reflects concern about US military support.", False),
    ("The Chinese military said the drills were a warning.", True),
    ("China's military sent two drones near the island.", True),
])
def test_a_descriptive_name_modifying_a_noun_names_no_actor(seed_knowledge, text, named):
    names, _ = found(seed_knowledge, text)
    assert any(a in ("pla", "us-military") for _, a in names) == named


@pytest.mark.parametrize("text, named", [
    ("The chain stretches from Japan to Indonesia.", False),
    ("The drills took place east of Taiwan.", False),
    ("About 20,000 Japanese nationals live in Taiwan.", False),
    ("The forum met in Busan, South Korea, last week.", False),
    ("Beijing warned Tokyo not to interfere in China's internal affairs.", True),   # an owner
    ("Japan plans to send arms from Japan to Taiwan.", True),                        # a transfer, not a span
    ("Taiwan protested the drills.", True),
])
def test_a_state_named_as_a_location_is_no_actor(seed_knowledge, text, named):
    names, _ = found(seed_knowledge, text)
    states = {"taiwan", "indonesia", "south-korea", "china"}
    assert any(a in states for _, a in names) == named


def test_a_chamber_of_commerce_keeps_its_seat_in_its_name(seed_knowledge):
    _, discovered = found(seed_knowledge, "Members of the Korean Chamber of Commerce and Industry in Manila met the envoy.")
    assert {(d.name, d.actor_type) for d in discovered.values()} == {("Korean Chamber of Commerce and Industry in Manila", "organization")}


@pytest.mark.parametrize("caption_first", [True, False])
def test_a_caption_on_its_own_line_next_to_a_standalone_credit_is_cut_out(caption_first):
    caption = "The defence minister answers questions at a budget committee meeting in Tokyo on Nov. 7."
    credit = "Photo: AFP"
    block = f"{caption}\n\n{credit}" if caption_first else f"{credit}\n\n{caption}"
    text = ("Tokyo protested on Monday. The ministry summoned an envoy, officials said.\n\n" + block +
            "\n\nThe envoy rejected the protest. More talks are planned, officials said.")
    body = find_body(text)
    assert caption in [text[s:e] for s, e in body.excluded]


def test_a_short_paragraph_next_to_a_credit_without_a_caption_verb_stays():
    para = "The ministry said it would respond."
    text = f"Tokyo protested on Monday. Officials said so.\n\nPhoto: AFP\n\n{para}\n\nThe envoy left. More talks are planned."
    body = find_body(text)
    assert para not in [text[s:e] for s, e in body.excluded]


@pytest.mark.parametrize("text, expected", [
    ("The Chinese commerce ministry announced sanctions.", "cn-mofcom"),
    ("Japan's trade ministry approved the subsidy.", "jp-meti"),
])
def test_descriptive_body_names_match_in_lower_case(seed_knowledge, text, expected):
    names, _ = found(seed_knowledge, text)
    assert expected in {a for _, a in names}


def test_a_state_after_a_name_and_comma_that_acts_is_an_actor(seed_knowledge):
    names, _ = found(seed_knowledge, "In a message to Lai, Japan said it welcomed the talks.")
    assert ("Japan", "japan") in names


def test_a_minister_speaks_of_his_own_ministry(seed_knowledge):
    from pipeline.extract.claims import ClaimExtractor, DocumentInput
    text = ("China's foreign ministry protested on Monday. Taiwan's Defense Minister Wellington Koo spoke on Tuesday.\n\n"
            "Koo said the ministry had deployed more patrol vessels.")
    result = ClaimExtractor(seed_knowledge).extract(DocumentInput("d", text))
    assert not any(m["text"] == "ministry" and m["actor_id"] == "cn-mfa" for m in result.mentions)
