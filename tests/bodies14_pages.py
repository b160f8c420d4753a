"""Synthetic raw pages of round bodies14 (written before its fixes; all wording invented for the tests): name ->
(page, body's first words, body's last words). Classes: a note on the translation or edition of the text printed
between the front matter and the lede (NOTE), a record's attendance preamble before speaker turns labelled with a
colon (RECORD), a reader's or site's toolbar line that ends on an ellipsis (TOOLBAR), numbered notes citing a law or
report by a year in brackets (ENDNOTE), an author box with the name in ordinary case over a role line (AUTHOR), a
written answer's date-of-answer field under the answer (FIELD), a summary of a clip over the video and a pointer to
the transcript below it (VIDEO); and a second batch (ENDS): an author box whose role is a title, a bio naming the
outlet in the possessive, a print edition's note under a web story."""

P1 = ("Officials in the ministry said the two coast guards would meet again in the autumn to review the drill and "
      "agree on a schedule for the next round of talks, which both sides described as technical.")
P2 = ("The exercise drew a protest from Beijing, whose foreign ministry spokesperson said the drill harmed regional "
      "stability, while officials in Tokyo said it was routine and had been planned for months.")
P3 = ("Analysts in Taipei said the talks marked a quiet widening of practical cooperation between the two sides, "
      "which have no formal diplomatic ties but share concerns about activity near their islands.")


def _article(lead: str, last: str) -> str:
    return f"{lead}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P1}\n\n{last}"


NOTE = {
    "n01_bracket_label": (
        "Example Daily 經濟日報\nHome | World | Asia\n\n海巡署與日本海保舉行首次聯合演練\nTaiwan and Japan coast guards hold "
        "first joint drill\n\n2024-05-03 09:12　記者 林美華／台北報導\n[English version] Translated by the Example Daily "
        "world desk. Where the versions differ, the Chinese text prevails.\n\n"
        + _article("Taiwan's coast guard held its first joint rescue drill with Japan's coast guard off Yonaguni on "
                   "Thursday, the agency said.", "The next drill is planned for the spring, the agency said.")
        + "\n\nTags: coast guard, Japan\n",
        "Taiwan's coast guard held its first", "planned for the spring, the agency said."),
    "n02_translated_from": (
        "Example Shimbun Digital\n\nYonaguni residents rehearse an evacuation\n\nBy Sato Haruki\nMarch 4, 2024\n\n"
        "Translated from the Japanese by Jane Roe for the English service.\n\n"
        + _article("About 200 residents of Yonaguni boarded ferries on Sunday in the town's first full-scale "
                   "evacuation rehearsal, town officials said.", "Town officials said a second rehearsal would be "
                   "held in the autumn.")
        + "\n\nMore from Example Shimbun\n",
        "About 200 residents of Yonaguni boarded", "second rehearsal would be held in the autumn."),
    "n03_this_summary": (
        "Example Zeitung — English\n\nWhy Berlin watches the Taiwan Strait\n\nBy Karl Beispiel\nPublished 12.04.2024\n\n"
        "This English summary is a shortened translation of an article published in German in the weekend edition.\n\n"
        + _article("German frigates will sail through the Taiwan Strait on their way to Japan next month, the "
                   "defence ministry said on Friday.", "The frigates are due in Tokyo in August, the ministry said.")
        + "\n\nAbout the author\nKarl Beispiel covers security for Example Zeitung.\n",
        "German frigates will sail through", "due in Tokyo in August, the ministry said."),
    "n04_unofficial_translation": (
        "Office of the Example Prefecture\nPress releases\n\nGovernor's remarks on the evacuation plan\n\n"
        "Released 2 February 2024\n\nUnofficial English translation of the governor's remarks. Only the Japanese "
        "text is authoritative.\n\n"
        + _article("The prefecture and the national government agreed on Monday to draw up a plan to move "
                   "residents of the outlying islands to the main islands in an emergency.",
                   "The plan will be published before the summer, the prefecture said.")
        + "\n\nContact: press office, Example Prefecture\n",
        "The prefecture and the national government agreed", "published before the summer, the prefecture said."),
    "n05_korean_text_by": (
        "Example Ilbo\nPolitics  ·  Diplomacy\n\n한일 해양안보 협의\nSeoul and Tokyo discuss maritime security\n\n"
        "Posted 2023-11-20 14:05\nKorean text by Kim Min-ji; English text by the Example Ilbo international desk, "
        "adapted from the print edition.\n\n"
        + _article("South Korean and Japanese officials met in Seoul on Monday to discuss maritime security around "
                   "the Korean Peninsula and the Taiwan Strait.", "The officials agreed to meet again next year.")
        + "\n\nCopyright Example Ilbo. All rights reserved.\n",
        "South Korean and Japanese officials met", "agreed to meet again next year."),
}

RECORD = {
    "r01_minutes_colon_turns": (
        "Example Prefectural Assembly, General Affairs Committee\nMinutes, 14 June 2024, 1:30 p.m.\n\n"
        "Members present: eleven members (list in the original minutes).\nOfficials attending: Director of the "
        "Crisis Management Division, OKADA Taro; Deputy Director, ISHII Mari.\n\n――――◇――――\n\n"
        "THE CHAIR: The committee will come to order. We take up the evacuation plan. Ms. Ueno.\n\n"
        "UENO Kana (Example Party): Thank you. How many residents of the outlying islands would need to be moved, "
        "and how long would it take?\n\n"
        "OKADA Taro (Director, Crisis Management Division): About 110,000 people, over about six days, on the "
        "current estimate of ships and aircraft available.\n\n"
        "UENO Kana: Then I ask the prefecture to publish that estimate for residents.\n\n"
        "THE CHAIR: This concludes the item.\n",
        "THE CHAIR: The committee will come to order.", "THE CHAIR: This concludes the item."),
    "r02_hearing_agenda": (
        "Example Parliament — Standing Committee on Defence\nEvidence, Meeting No. 12\n\nAgenda: maritime security "
        "in the Indo-Pacific. Witnesses present: officials of the Department of National Defence.\n\n"
        "THE CHAIR (Mr. John Doe): Good morning. I call this meeting to order and welcome our witnesses.\n\n"
        "REAR-ADMIRAL ROE: Thank you, Chair. Our frigate sailed through the Taiwan Strait last month with an allied "
        "destroyer, and the transit was routine.\n\n"
        "THE CHAIR: Thank you. Mr. Smith, you have six minutes.\n\n"
        "MR. SMITH: Admiral, were the ships shadowed by the other side's navy during the transit?\n\n"
        "REAR-ADMIRAL ROE: They were followed at a distance, as on every transit, and the encounter was safe.\n\n"
        "THE CHAIR: We will suspend for a moment.\n",
        "THE CHAIR (Mr. John Doe): Good morning.", "THE CHAIR: We will suspend for a moment."),
}

TOOLBAR = {
    "t01_reader_toolbar": (
        "FeedExample\nAll items  ›  Asia security  ›  Example Herald\n☆ Save   ✓ Mark read   ↗ Visit website   "
        "✉ Email   More...\nJapan and the Philippines sign a troop access pact\nExample Herald · by Ann Lee · Jul 8, "
        "2024 10:02\nFull text fetched by FeedExample\n"
        + _article("Japan and the Philippines signed an agreement on Monday allowing their troops to train in each "
                   "other's territory, the two governments said.", "The pact must still be ratified by Japan's Diet.")
        + "\n\nOpen original article\n",
        "Japan and the Philippines signed", "must still be ratified by Japan's Diet."),
    "t02_share_toolbar": (
        "Example Times Online\n\nPrint   Email   Share   Save   Comments...\n"
        "US destroyer transits the strait\n\n"
        + _article("A US Navy destroyer sailed through the Taiwan Strait on Wednesday, the Navy's Seventh Fleet "
                   "said in a statement.", "The Seventh Fleet said the transit was its fourth this year.")
        + "\n\nRelated stories\nNavy plans more transits\n",
        "A US Navy destroyer sailed", "the transit was its fourth this year."),
    "t03_reader_toolbar_tight": (
        "NewsReaderX\nAll articles  ›  Japan - Defence  ›  Example Post: World\n★ Star   ☐ Keep unread   ↗ Open "
        "original   🏷 Label   Send to...\nJapan and Taiwan coast guards discuss sharing radar data on Chinese ships\nThe Example Post Weekly · by Tom Grey, "
        "Staff writer · Mar 3, 2025 08:15\nFull-text article fetched by NewsReaderX\n"
        + _article("Japanese and Taiwanese officials are discussing ways to share radar data on ships and aircraft "
                   "near their islands, people familiar with the talks said.", "Neither side commented on the talks.")
        + "\n\n↗ Open original   ☐ Keep unread\n",
        "Japanese and Taiwanese officials are discussing", "Neither side commented on the talks."),
}

ENDNOTE = {
    "e01_law_citation": (
        "Example Institute Policy Brief No. 7\n\nProtecting residents in a crisis\n\nJane Roe, Research Fellow\n\n"
        + _article("The national government and the prefecture have begun to plan for moving residents of the "
                   "southern islands, an effort that began in earnest in 2023.", "A plan that residents trust is "
                   "itself a form of deterrence.")
        + "\n\n1 Act on the Protection of Citizens in Emergencies (Act No. 45 of 2005).\n2 Example Agency, \"Report "
          "on evacuation capacity,\" 3 May 2023.\n\nThe views expressed are the author's own.\n",
        "The national government and the prefecture", "itself a form of deterrence."),
    "e02_report_citation": (
        "Example Forum Analysis\n\nWhy the coast guards talk\n\nBy John Doe\n\n"
        + _article("Coast guard cooperation between Japan and Taiwan has grown since 2021, even without formal ties "
                   "between the two sides.", "Both sides have an interest in keeping it quiet.")
        + "\n\n1. Maritime Safety Review, Annual Report (published 2022).\n2. Example Council, \"Coast guards in the "
          "region,\" 2023.\n\nExample Forum is an independent research organisation.\n",
        "Coast guard cooperation between Japan", "an interest in keeping it quiet."),
}

AUTHOR = {
    "a01_name_over_role": (
        "Example Weekly Business\n\nShipyards race to meet navy orders\n\nBy Mika Tanaka\n\n"
        + _article("Japanese shipbuilders are hiring again as defence spending rises, executives said this week.",
                   "\"The hard part is the people,\" one executive said.")
        + "\n\nMika Tanaka\nStaff writer, Example Weekly. Covers industry and defence.\n\nRelated articles\n"
          "Why exports stay small\n",
        "Japanese shipbuilders are hiring", "\"The hard part is the people,\" one executive said."),
    "a02_name_over_role_at": (
        "Example Review\n\nA new era for Japan's coast guard\n\n"
        + _article("Japan's coast guard will receive its largest budget increase in a decade, the government said "
                   "on Friday.", "The first new cutters are due in 2027, officials said.")
        + "\n\nLucas Martin\nSenior researcher at the Example Centre for Maritime Studies in Paris.\n\nTags: Japan\n",
        "Japan's coast guard will receive", "due in 2027, officials said."),
}

FIELD = {
    "f01_date_of_answer": (
        "Example Parliament\nWritten questions\n\nQuestion for the Foreign Office\nTabled on 2 May 2024\n"
        "Asked by Jane Roe\n\nTo ask the Government what assessment they have made of the coast guard talks between "
        "Japan and Taiwan.\n\nAnswered on 9 May 2024\nAnswered by the Minister of State\n\n"
        + _article("The Government welcomes practical cooperation that supports peace and stability across the "
                   "Taiwan Strait.", "We will continue to raise the matter with our partners.")
        + "\n\nDate and time of answer: 9 May 2024 at 14:20.\nThe answer was published without attachments.\n\n"
          "Is this page useful?  Yes  No\n",
        "To ask the Government what assessment", "continue to raise the matter with our partners."),
    "f02_date_of_reply": (
        "Example Assembly\nQuestions for written answer\n\nQuestion by John Doe (Example Group)\n\nSubject: Maritime "
        "security near Taiwan\n\nWhat is the Commission doing to support freedom of navigation in the Taiwan Strait?"
        "\n\nAnswer given by the High Representative\n\n"
        + _article("The Union supports freedom of navigation and will continue to work with its partners in the "
                   "region.", "The Union will keep the matter under review.")
        + "\n\nDate of reply: 14 March 2024.\nLast updated: 15 March 2024\n",
        "What is the Commission doing", "keep the matter under review."),
}

VIDEO = {
    "v01_summary_over_clip": (
        "Example TV News\nNews  Shows  Live\nPOLITICS\nJapanese lawmakers arrive in Taipei for security talks\n"
        "Published: May 2, 2024 7:10 PM\nBy Chen Wei, Example TV News\n"
        "A group of Japanese lawmakers landed in Taipei on Thursday for talks on regional security with Taiwan's "
        "president.\nVideo: Lawmakers meet Taiwan's president · 3:05\nTranscript available below the video\n"
        + _article("Eight members of Japan's ruling party arrived at Songshan airport on Thursday morning at the start "
                   "of a four-day visit, the foreign ministry said.", "The delegation leaves on Sunday.")
        + "\n\nTOPICS\nJapan  Taiwan\n",
        "Eight members of Japan's ruling party", "The delegation leaves on Sunday."),
    "v02_full_transcript_below": (
        "Example Radio Asia\n\nCoast guards practise a rescue off Yonaguni\n\nBy Ann Lee\n\nThe two coast guards "
        "practised a rescue at sea on Tuesday, a first for them.\n\n[Video 1:48]\n\nFull transcript below\n\n"
        + _article("Patrol ships of Japan's coast guard and Taiwan's coast guard lowered boats into the sea south of "
                   "Yonaguni on Tuesday to pull mock survivors from the water, officials said.",
                   "Officials said the drill would become a yearly event.")
        + "\n\nShare this story\n",
        "Patrol ships of Japan's coast guard", "the drill would become a yearly event."),
}

# a second batch, written after the fixes above and before its own: the ends of web stories (0/3 before, 3/3 after)
_FRONT = "Example Herald\n\nJapan and Taiwan step up coast guard ties\n\nBy Mei Lin\nMay 3, 2024\n\n"
_LEAD = "Japan and Taiwan agreed on Friday to expand coast guard exchanges, officials said."
_LAST = "The next round of talks is expected in the spring."
ENDS = {
    "x01_author_box_role_title": (
        _FRONT + _article(_LEAD, _LAST) + "\n\nMei Lin\nTokyo Correspondent\nMei Lin reports on Japan's defence "
        "policy.\n\nMore by this author\n", _LEAD, _LAST),
    "x02_bio_outlet_possessive": (
        _FRONT + _article(_LEAD, _LAST) + "\n\n— Mei Lin is the Herald's Tokyo correspondent.\n", _LEAD, _LAST),
    "x03_print_edition_note": (
        _FRONT + _article(_LEAD, _LAST) + "\n\nA version of this article appears in print on May 4, 2024, Section A, "
        "Page 6 of the New York edition with the headline: Japan and Taiwan step up ties.\n", _LEAD, _LAST),
}

ALL = {**ENDS, **VIDEO, **NOTE, **RECORD, **TOOLBAR, **ENDNOTE, **AUTHOR, **FIELD}
