"""Seventeen short pages in layouts that no earlier body test covers, written for round bodies13 before any fix
(each: page, first words of the body, last words of the body). Written for these tests, not copied from any page."""

P = ("Officials said the two sides would review the arrangement at a working-level meeting early next year, "
     "and that the coast guards would exchange liaison officers before then.")

PAGES = {
    't01_pressrelease': (
        'Ministry of Foreign Affairs\n'
        'Press Releases\n'
        '\n'
        'FOR IMMEDIATE RELEASE\n'
        '12 May 2025\n'
        '\n'
        'Minister welcomes fisheries talks with Japan\n'
        '\n'
        'TAIPEI — The Minister of Foreign Affairs on Monday welcomed the opening of a new round of fisheries talks with Japan, saying the talks would help fishermen on both sides work safely.\n'
        '\n'
        'The talks, held under the bilateral fisheries arrangement, will cover the waters north of the Yaeyama Islands.\n'
        '\n'
        f'{P}\n'
        '\n'
        'The ministry thanked the Japanese side for its constructive attitude.\n'
        '\n'
        '###\n'
        '\n'
        'Media contact:\n'
        'Department of Information, tel. +886 2 0000 0000\n'
        'press@example.gov\n',
        'TAIPEI — The Minister of Foreign Affairs on Monday',
        'for its constructive attitude.'),
    't02_parliament_qa': (
        'House of Representatives\n'
        'Written Questions\n'
        '\n'
        'Question No. 114 on the evacuation of nationals from Taiwan\n'
        'Submitted: 3 April 2025\n'
        'Asked by: Member Hanako Yamada\n'
        '\n'
        'Question:\n'
        'What plans does the government have for evacuating Japanese nationals from Taiwan in a contingency, and how many ships would be available?\n'
        '\n'
        'Answer:\n'
        'The government is reviewing its plans for protecting Japanese nationals overseas, including in Taiwan, and will continue to coordinate with the relevant ministries.\n'
        '\n'
        'It would not be appropriate to disclose the number of ships that could be used, as this concerns operational matters.\n'
        '\n'
        'Answered by the Minister for Foreign Affairs, 15 April 2025\n',
        'What plans does the government have',
        'as this concerns operational matters.'),
    't03_thinktank': (
        'Example Institute for Strategy\n'
        'Commentary\n'
        '\n'
        'Why the Yonaguni garrison matters\n'
        '\n'
        'Jane Roe\n'
        'Senior Fellow, Asia Programme\n'
        '\n'
        '20 February 2025\n'
        '\n'
        "Japan's decision to expand its garrison on Yonaguni has drawn less attention than it deserves, although it changes the military balance at the edge of the Taiwan Strait.\n"
        '\n'
        'The island lies barely 110 kilometres from Taiwan, and radar stationed there can watch air and sea traffic deep into the strait.\n'
        '\n'
        f'{P}\n'
        '\n'
        'For Tokyo, the garrison is a small step with large consequences, and it should be explained as such.\n'
        '\n'
        'About the author\n'
        'Jane Roe is a senior fellow in the Asia Programme, where she works on Japanese defence policy.\n'
        '\n'
        'The views expressed are those of the author.\n',
        "Japan's decision to expand its garrison",
        'should be explained as such.'),
    't04_wirecredit': (
        'Global Newswire\n'
        'World\n'
        '\n'
        'Japan, Taiwan coast guards to share weather data\n'
        'By Jane Doe\n'
        '4 minute read\n'
        '\n'
        'TOKYO, June 2 (GNW) - The coast guards of Japan and Taiwan agreed on Monday to share weather and sea-state data for rescue operations, officials said.\n'
        '\n'
        'The arrangement was signed by the private bodies that handle ties between the two sides in the absence of diplomatic relations.\n'
        '\n'
        f'{P}\n'
        '\n'
        'China did not immediately comment.\n'
        '\n'
        '(Reporting by Jane Doe in Tokyo and Ben Blanchard in Taipei; Editing by John Roe)\n'
        '\n'
        'Our Standards: The Global Newswire Trust Principles.\n',
        'TOKYO, June 2 (GNW) - The coast guards',
        'China did not immediately comment.'),
    't05_regional': (
        'The Okinawa Evening Post\n'
        'News | Sport | Community | Gallery\n'
        '\n'
        'Fishermen fear new rules near Senkakus\n'
        '\n'
        'Photo gallery: 12 photos\n'
        '\n'
        'Local fishermen in Ishigaki say new guidance from the coast guard will keep them away from their best grounds near the Senkaku Islands this season.\n'
        '\n'
        '"We have fished these waters for three generations," said one captain, who asked not to be named.\n'
        '\n'
        'Read more: Coast guard adds two patrol ships to Ishigaki base\n'
        '\n'
        'The guidance asks boats to stay out of waters where Chinese government ships are often present.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Read more: Ishigaki mayor calls for fisheries fund\n'
        '\n'
        'The fishermen plan to meet city officials next week.\n'
        '\n'
        'Most read\n'
        'Typhoon closes airport\n'
        'School festival returns\n',
        'Local fishermen in Ishigaki say new guidance',
        'meet city officials next week.'),
    't06_amp': (
        'Example News\n'
        'Menu\n'
        '\n'
        'Taiwan to buy Japanese-made radar parts\n'
        '\n'
        'Advertisement\n'
        '\n'
        "Taiwan's defense ministry said on Tuesday it would buy radar components from a Japanese supplier, the first such purchase in decades.\n"
        '\n'
        'Advertisement\n'
        '\n'
        'The parts, which are not classed as weapons, will be used to upgrade coastal surveillance stations.\n'
        '\n'
        'Advertisement\n'
        '\n'
        f'{P}\n'
        '\n'
        'Advertisement\n'
        '\n'
        'The ministry did not give the value of the contract.\n'
        '\n'
        'Advertisement\n'
        '\n'
        'Recommended\n'
        'Markets close higher\n',
        "Taiwan's defense ministry said on Tuesday",
        'give the value of the contract.'),
    't07_translated': (
        'Asia Digest\n'
        '\n'
        'Okinawa governor urges restraint over Taiwan remarks\n'
        '\n'
        '[Translated from Japanese]\n'
        '\n'
        'The governor of Okinawa on Wednesday urged the national government to show restraint in its statements on Taiwan, saying the prefecture would bear the burden of any conflict.\n'
        '\n'
        'Speaking to reporters in Naha, the governor said residents were worried about the growing number of missile units in the Nansei Islands.\n'
        '\n'
        f'{P}\n'
        '\n'
        'The prefectural assembly will debate the issue next month.\n'
        '\n'
        'Original article: Ryukyu Daily, 9 July 2025\n'
        'Translated by Asia Digest staff.\n',
        'The governor of Okinawa on Wednesday urged',
        'debate the issue next month.'),
    't08_tvtranscript': (
        'Evening Report — Transcript\n'
        'Broadcast 14 March 2025\n'
        '\n'
        '[00:00:05]\n'
        'ANCHOR: Good evening. Tonight, Japan and Taiwan test a new hotline between their coast guards.\n'
        '\n'
        '[00:00:31]\n'
        'CORRESPONDENT: The line was used for the first time this morning, when a Taiwanese fishing boat lost power near Yonaguni.\n'
        '\n'
        '[00:01:10]\n'
        'ANCHOR: And how did Beijing react?\n'
        '\n'
        '[00:01:14]\n'
        'CORRESPONDENT: So far there has been no official comment from Beijing.\n'
        '\n'
        'END OF TRANSCRIPT\n'
        'This transcript may not be in its final form.\n',
        'ANCHOR: Good evening.',
        'no official comment from Beijing.'),
    't09_interview_qa': (
        'Example Weekly\n'
        'Interview\n'
        '\n'
        '"The strait is our shared front line"\n'
        '\n'
        'A retired Japanese admiral on what Tokyo should do about Taiwan. Interview by Jane Roe.\n'
        '\n'
        'Q: Is Japan prepared for a crisis in the Taiwan Strait?\n'
        '\n'
        'A: Better than ten years ago, but not enough. The laws have changed, the habits of planning have not.\n'
        '\n'
        'Q: What should change first?\n'
        '\n'
        'A: We need to exercise with the people we would actually work with, and that includes the coast guard.\n'
        '\n'
        'Q: Will Beijing see that as provocation?\n'
        '\n'
        'A: Beijing will call anything a provocation. That is not a reason to do nothing.\n'
        '\n'
        'This interview has been edited for length and clarity.\n',
        'Q: Is Japan prepared',
        'not a reason to do nothing.'),
    't10_pdf': (
        'Security Outlook 2025 3\n'
        '\n'
        'Chapter 2: The Taiwan Strait\n'
        '\n'
        'The Taiwan Strait has become the focal point of security competition in East Asia, and Japan now treats its stability as a matter of its own security.\n'
        '\n'
        'In 2024, Chinese military aircraft entered the southwest of Taiwan\'s air defense identification zone on more days than in any earlier year.\n'
        '\n'
        '4 Security Outlook 2025\n'
        '\n'
        'The Japanese government responded by reinforcing its southwestern islands and by deepening cooperation with the United States.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Security Outlook 2025 5\n'
        '\n'
        'These trends are likely to continue through the next decade.\n'
        '\n'
        'Notes\n'
        '1 Ministry of Defense, Defense of Japan 2024.\n',
        'The Taiwan Strait has become the focal point',
        'continue through the next decade.'),
    't11_email': (
        'View in browser\n'
        '\n'
        'The Strait Brief\n'
        'Issue 48 | 5 May 2025\n'
        '\n'
        'Good morning. Japan and Taiwan held their first coast guard drill this week, and Beijing sent a survey ship to watch.\n'
        '\n'
        'The exercise took place near Yonaguni and lasted three hours, according to officials from both sides.\n'
        '\n'
        f'{P}\n'
        '\n'
        'That is all for this week. Thank you for reading.\n'
        '\n'
        'Forwarded this email? Subscribe here.\n'
        'You are receiving this because you signed up at example.org.\n'
        'Unsubscribe | Update preferences\n',
        'Good morning. Japan and Taiwan held',
        'Thank you for reading.'),
    't12_keyevents': (
        'Example Live\n'
        '\n'
        'Taiwan Strait tensions: live updates\n'
        '\n'
        'Key events\n'
        '2h ago Japan scrambles jets\n'
        '3h ago Taiwan reports 20 aircraft\n'
        '5h ago China announces drills\n'
        '\n'
        '2h ago\n'
        'Japan scrambles jets\n'
        "Japan's Air Self-Defense Force scrambled fighter jets after Chinese aircraft flew close to its airspace near Yonaguni, the defense ministry said.\n"
        '\n'
        '3h ago\n'
        'Taiwan reports 20 aircraft\n'
        "Taiwan's defense ministry said it had tracked 20 Chinese military aircraft around the island since the morning.\n"
        '\n'
        '5h ago\n'
        'China announces drills\n'
        "China's military said it had begun joint exercises around Taiwan, calling them a warning to separatist forces.\n"
        '\n'
        'Share\n',
        "Japan's Air Self-Defense Force scrambled",
        'a warning to separatist forces.'),
    't13_datajournalism': (
        'Example Data Desk\n'
        '\n'
        'Charted: Chinese ships near the Senkakus\n'
        '\n'
        'Chinese government ships were present in the contiguous zone around the Senkaku Islands on 352 days last year, a record, according to Japan Coast Guard data.\n'
        '\n'
        'Chart: Days with Chinese ships in the contiguous zone, 2015-2024\n'
        'Source: Japan Coast Guard\n'
        '\n'
        'The number has risen almost every year since 2015, when the coast guard began publishing monthly figures.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Chart: Example Data Desk\n'
        'Source: Japan Coast Guard; Ministry of Foreign Affairs\n'
        '\n'
        'Longer stays inside territorial waters have also become more common.\n'
        '\n'
        'Methodology\n'
        'We counted a day when at least one ship was reported in the zone.\n',
        'Chinese government ships were present',
        'have also become more common.'),
    't14_blogcomments': (
        'Strait Thoughts — a blog\n'
        '\n'
        'Japan quietly changes its Taiwan language\n'
        'Posted on 8 August 2025 by jroe\n'
        '\n'
        'Something small but notable happened in this year\'s defense white paper: the section on Taiwan was moved ahead of the one on Russia.\n'
        '\n'
        'It is easy to read too much into the order of chapters, but the ministry chose it deliberately, and officials have said as much in private.\n'
        '\n'
        f'{P}\n'
        '\n'
        'I expect Beijing to protest, as it does every year.\n'
        '\n'
        '3 comments\n'
        '\n'
        'ken_t says:\n'
        'August 8, 2025 at 10:12 pm\n'
        'Good catch. I had not noticed the change in order.\n'
        '\n'
        'Reply\n',
        "Something small but notable happened",
        'as it does every year.'),
    't15_byline_end': (
        'Example Review\n'
        '\n'
        'A hotline across the strait\n'
        '\n'
        'The coast guards of Japan and Taiwan have quietly opened a hotline, a step that neither government has advertised but both appear to welcome.\n'
        '\n'
        'The line links the operations centres in Naha and Taipei and is tested weekly, according to people familiar with the arrangement.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Whether it would survive a real crisis is another question.\n'
        '\n'
        'Jane Roe is a journalist based in Tokyo.\n'
        '\n'
        'Tags: Japan, Taiwan, Coast guard\n',
        'The coast guards of Japan and Taiwan have quietly',
        'is another question.'),
    't16_corrections': (
        'Example Times\n'
        '\n'
        'Japan to station missile unit on Ishigaki\n'
        '\n'
        'By Jane Roe\n'
        'Published 2 March 2025 · Updated 3 March 2025\n'
        '\n'
        'Japan will station a surface-to-ship missile unit on Ishigaki Island by the end of the fiscal year, the defense ministry said on Sunday.\n'
        '\n'
        'The unit will bring the number of troops on the island to about 570.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Residents remain divided over the deployment.\n'
        '\n'
        'Correction: An earlier version of this article misstated the number of troops. It is about 570, not 750.\n'
        '\n'
        'Topics\n'
        'Japan\n'
        'Defense\n',
        'Japan will station a surface-to-ship missile unit',
        'remain divided over the deployment.'),
    't17_factbox': (
        'Example News Agency\n'
        '\n'
        'FACTBOX-What Japan has said about Taiwan\n'
        '\n'
        'Jan 10 (ENA) - Japanese leaders have addressed Taiwan in several statements in recent years. Here are some of them:\n'
        '\n'
        '* In 2021, a joint statement with the United States underlined the importance of peace and stability across the Taiwan Strait.\n'
        '\n'
        '* In 2022, the defense ministry said Chinese missiles had landed in Japan\'s exclusive economic zone for the first time.\n'
        '\n'
        '* In 2024, the government said it would keep working-level ties with Taiwan on a non-governmental basis.\n'
        '\n'
        '(Compiled by Jane Doe; Editing by John Roe)\n'
        '\n'
        'Related coverage\n'
        'Japan protests Chinese missile landings\n',
        'Jan 10 (ENA) - Japanese leaders',
        'on a non-governmental basis.'),
}

# a second batch, written after the first fixes and before any fix for it: a held-out check of those fixes
PAGES2 = {
    'u01_audio_takeaways': (
        'Example Post\n'
        '\n'
        'Japan widens coast guard role near Taiwan\n'
        '\n'
        'Listen to this article\n'
        '6 min\n'
        'Gift this article\n'
        '\n'
        'Key takeaways\n'
        '• The coast guard will patrol farther south.\n'
        '• Two new ships join the Ishigaki base.\n'
        '\n'
        'By Jane Roe\n'
        'June 4, 2025 at 6:00 a.m. EDT\n'
        '\n'
        'Japan will extend coast guard patrols farther south toward Taiwan this year, government officials said on Wednesday, as Chinese ships spend more time near islands that Tokyo controls.\n'
        '\n'
        'Two new patrol ships will join the base on Ishigaki, bringing the total there to a dozen.\n'
        '\n'
        f'{P}\n'
        '\n'
        'The plan still needs approval from parliament.\n'
        '\n'
        'Gift this article\n'
        'Comments\n',
        'Japan will extend coast guard patrols',
        'needs approval from parliament.'),
    'u02_factcheck': (
        'Example Fact Check\n'
        '\n'
        'No, Japan has not sent troops to Taiwan\n'
        '\n'
        'Claim: Japan has deployed soldiers to Taiwan.\n'
        'Verdict: False\n'
        '\n'
        'A video shared widely on social media this week claims to show Japanese soldiers arriving at an airport in Taiwan.\n'
        '\n'
        'The footage in fact shows a disaster relief team that flew to Hualien after the earthquake in April 2024, according to the Japanese foreign ministry.\n'
        '\n'
        f'{P}\n'
        '\n'
        'We rate the claim false.\n'
        '\n'
        'Our rating system\n'
        'False: the claim is inaccurate.\n'
        'Misleading: the claim leaves out context.\n',
        'A video shared widely on social media',
        'We rate the claim false.'),
    'u03_syndicated': (
        'The Example Exchange\n'
        '\n'
        'What a Taiwan crisis would mean for Okinawa\n'
        '\n'
        'Jane Roe, University of Example\n'
        '\n'
        'Okinawa hosts most of the US forces in Japan, and any conflict over Taiwan would quickly involve the bases on the island.\n'
        '\n'
        'Residents have long complained about the burden, and a crisis would add the risk of becoming a target.\n'
        '\n'
        f'{P}\n'
        '\n'
        'That is why planning for the evacuation of residents can no longer wait.\n'
        '\n'
        'Jane Roe receives funding from the Example Foundation.\n'
        '\n'
        'This article is republished from The Example Exchange under a Creative Commons license. Read the original article.\n',
        'Okinawa hosts most of the US forces',
        'can no longer wait.'),
    'u04_timeline_box': (
        'Example Times\n'
        '\n'
        'Tokyo and Taipei sign customs pact\n'
        '\n'
        'TAIPEI — Representatives of Japan and Taiwan signed a customs cooperation arrangement on Friday, the latest in a series of practical agreements between the two sides.\n'
        '\n'
        'The arrangement will let customs officers share information on smuggling cases.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Beijing has not commented on the pact.\n'
        '\n'
        'Timeline\n'
        '1972 — Japan switches diplomatic recognition to Beijing\n'
        '2013 — Fisheries agreement signed\n'
        '2025 — Customs arrangement signed\n',
        'TAIPEI — Representatives of Japan and Taiwan',
        'has not commented on the pact.'),
    'u05_tipline': (
        'Example Daily\n'
        '\n'
        'Jane Roe | Staff Reporter\n'
        '@janeroe\n'
        'Published: 7 July 2025\n'
        '\n'
        'Taiwan opens office in Fukuoka\n'
        '\n'
        "Taiwan's representative office in Japan opened a new branch office in Fukuoka on Monday, its first new office in the country in years.\n"
        '\n'
        'The office will handle visas and trade promotion for the Kyushu region.\n'
        '\n'
        f'{P}\n'
        '\n'
        'The office will hold an open day for residents next month.\n'
        '\n'
        'Have a news tip? Contact us at tips@example.com.\n'
        '\n'
        '© 2025 Example Daily. All rights reserved.\n',
        "Taiwan's representative office in Japan",
        'open day for residents next month.'),
    'u06_substack': (
        'Strait Notes\n'
        '\n'
        'The quiet Japan-Taiwan coast guard deal\n'
        'What the new hotline tells us\n'
        '\n'
        'Jane Roe\n'
        'Mar 3\n'
        '\n'
        '12\n'
        'Share\n'
        '\n'
        'The coast guards of Japan and Taiwan have agreed to a hotline, and the way the deal was announced says a lot about how both sides want it understood.\n'
        '\n'
        'Neither government issued a statement; the news came from a parliamentary answer in Tokyo.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Expect more deals like this one, and expect them to be announced just as quietly.\n'
        '\n'
        'Subscribe to Strait Notes\n'
        'By Jane Roe\n'
        '\n'
        '12 Likes\n'
        'Discussion about this post\n',
        'The coast guards of Japan and Taiwan have agreed',
        'announced just as quietly.'),
    'u07_journal': (
        'Journal of Example Studies, Vol. 12, No. 3\n'
        '\n'
        'Japan and the Taiwan Strait after 2022\n'
        '\n'
        'Jane Roe\n'
        '\n'
        'Abstract\n'
        'This article examines how Japanese policy toward the Taiwan Strait changed after 2022. It argues that the change was driven by threat perception rather than by alliance pressure.\n'
        '\n'
        'Keywords: Japan; Taiwan; security policy\n'
        '\n'
        'Introduction\n'
        '\n'
        'In August 2022, Chinese ballistic missiles landed in waters that Japan claims as its exclusive economic zone, an event that changed the debate in Tokyo.\n'
        '\n'
        'Japanese officials had for decades avoided public statements on Taiwan\'s security.\n'
        '\n'
        f'{P}\n'
        '\n'
        'The shift is therefore likely to last.\n'
        '\n'
        'References\n'
        'Roe, J. (2023). Example title. Example Press.\n',
        'In August 2022, Chinese ballistic missiles',
        'is therefore likely to last.'),
    'u08_xinhua': (
        'Example State News\n'
        '\n'
        'China urges Japan to stop interfering in Taiwan question\n'
        'Source: Example State News | 2025-05-05 21:10:33 | Editor: Li Hua\n'
        '\n'
        'BEIJING, May 5 (ESN) -- A Chinese foreign ministry spokesperson on Monday urged Japan to stop sending wrong signals to separatist forces in Taiwan.\n'
        '\n'
        'The spokesperson made the remarks at a regular press briefing in response to a question about a visit to Taiwan by Japanese lawmakers.\n'
        '\n'
        f'{P}\n'
        '\n'
        'China has lodged stern representations with Japan, the spokesperson said.\n'
        '\n'
        '[Editor: Li Hua]\n'
        '\n'
        'Related:\n'
        'China firmly opposes official exchanges with Taiwan\n',
        'BEIJING, May 5 (ESN) -- A Chinese foreign ministry',
        'the spokesperson said.'),
}

# a third batch, written after the second batch's fixes and before any fix for it
PAGES3 = {
    'v01_corporate_release': (
        'Example Heavy Industries\n'
        'Newsroom\n'
        '\n'
        'Example Heavy Industries to supply patrol boat engines to Japan Coast Guard\n'
        '\n'
        'TOKYO, Sept. 9, 2025 /Example Newswire/ -- Example Heavy Industries said today it had won an order to supply engines for six new patrol boats of the Japan Coast Guard.\n'
        '\n'
        'The boats will be based in Okinawa and deployed from 2027.\n'
        '\n'
        f'{P}\n'
        '\n'
        '"We are proud to support the coast guard," the company\'s president said.\n'
        '\n'
        'About Example Heavy Industries\n'
        'Example Heavy Industries is a manufacturer of marine engines based in Kobe.\n'
        '\n'
        'Forward-looking statements\n'
        'This release contains forward-looking statements that involve risks and uncertainties.\n'
        '\n'
        'SOURCE Example Heavy Industries\n',
        'TOKYO, Sept. 9, 2025 /Example Newswire/ -- Example Heavy',
        'the company\'s president said.'),
    'v02_blogplatform': (
        'Jane Roe\n'
        'Follow\n'
        '\n'
        'Why Tokyo watches the Bashi Channel\n'
        '\n'
        '5 min read\n'
        'Mar 12, 2025\n'
        '\n'
        '128\n'
        '\n'
        'Listen\n'
        '\n'
        'Share\n'
        '\n'
        'The Bashi Channel between Taiwan and the Philippines is one of the few deep-water routes from the South China Sea into the Pacific, and Japan has good reason to care who controls it.\n'
        '\n'
        'Submarines leaving the Chinese base on Hainan must pass through it or through one of a handful of other straits.\n'
        '\n'
        f'{P}\n'
        '\n'
        'For Tokyo, the channel is as much a Japanese concern as a Taiwanese one.\n'
        '\n'
        'Written by Jane Roe\n'
        '312 followers\n'
        'Analyst of East Asian security.\n'
        '\n'
        'More from Jane Roe\n'
        'Japan and the Luzon Strait\n',
        'The Bashi Channel between Taiwan',
        'as a Taiwanese one.'),
    'v03_speech': (
        'Ministry of Foreign Affairs\n'
        'Speeches\n'
        '\n'
        'Keynote speech by the Foreign Minister at the Example Security Forum\n'
        '\n'
        'CHECK AGAINST DELIVERY\n'
        '\n'
        'Thank you, Chair, and good morning, ladies and gentlemen.\n'
        '\n'
        'It is an honour to speak at this forum at a time when the security environment around Japan is the most severe since the end of the war.\n'
        '\n'
        'Peace and stability across the Taiwan Strait are important not only for Japan but for the international community as a whole.\n'
        '\n'
        f'{P}\n'
        '\n'
        'Thank you very much for your attention.\n'
        '\n'
        'Back to Top\n'
        '\n'
        'Related Links\n'
        'Press conferences\n',
        'Thank you, Chair, and good morning',
        'Thank you very much for your attention.'),
    'v04_letters': (
        'Example Herald\n'
        'Opinion\n'
        '\n'
        'Letter: Japan should say less about Taiwan\n'
        '\n'
        'Sir, Your report on the new garrison on Yonaguni (June 3) suggests that Tokyo is ready to take a larger role in the defence of Taiwan.\n'
        '\n'
        'That may be so, but saying it out loud helps no one, least of all the residents of the islands.\n'
        '\n'
        'Strategic ambiguity has served Japan well, and it should not be given up lightly.\n'
        '\n'
        'Jane Roe\n'
        'Naha, Okinawa, Japan\n'
        '\n'
        'Letters to the editor\n'
        'Send your letter to letters@example.com\n',
        'Sir, Your report on the new garrison',
        'should not be given up lightly.'),
}

# a fourth batch, written after the third batch's fix and before any fix for it
PAGES4 = {
    'w01_tweet_embed': (
        'Example Wire\n'
        '\n'
        'Taiwan thanks Japan for vaccine donation anniversary message\n'
        '\n'
        "Taiwan's president on Friday thanked Japan for a message marking the anniversary of its vaccine donations, calling the two sides true friends.\n"
        '\n'
        'The message was posted by the Japanese representative office in Taipei.\n'
        '\n'
        'Thank you, Japan. Our friendship is stronger than ever. pic.twitter.com/abc123\n'
        '— Example President (@examplepres) June 4, 2025\n'
        '\n'
        f'{P}\n'
        '\n'
        'Japan donated more than four million doses to Taiwan in 2021.\n'
        '\n'
        'Follow us on X\n',
        "Taiwan's president on Friday thanked Japan",
        'four million doses to Taiwan in 2021.'),
    'w02_korean_style': (
        'The Example Herald\n'
        'Home > North Korea & Diplomacy\n'
        '\n'
        'Seoul watches Japan-Taiwan coast guard ties\n'
        '\n'
        'By Jane Roe (janeroe@example.co.kr)\n'
        'Published : July 3, 2025 - 15:21\n'
        '\n'
        'South Korean officials are watching closely as Japan and Taiwan expand cooperation between their coast guards, according to government sources in Seoul.\n'
        '\n'
        'The sources said Seoul had no plans to join the arrangement.\n'
        '\n'
        f'{P}\n'
        '\n'
        'The foreign ministry declined to comment.\n'
        '\n'
        'janeroe@example.co.kr\n'
        '\n'
        '[ⓒ The Example Herald, All rights reserved]\n',
        'South Korean officials are watching closely',
        'declined to comment.'),
    'w03_poll': (
        'Example News\n'
        '\n'
        'Poll shows support for Taiwan evacuation plans\n'
        '\n'
        'A majority of Okinawa residents support drawing up plans to evacuate the outlying islands in case of a Taiwan emergency, a survey by the prefecture found.\n'
        '\n'
        'About 62 percent of respondents said such plans were necessary.\n'
        '\n'
        f'{P}\n'
        '\n'
        'The prefecture surveyed 2,000 residents in May.\n'
        '\n'
        'POLL\n'
        'Should Japan prepare evacuation plans for its southern islands?\n'
        'Yes\n'
        'No\n'
        'Vote\n',
        'A majority of Okinawa residents support',
        'surveyed 2,000 residents in May.'),
    'w04_qa_explainer': (
        'Example Explainers\n'
        '\n'
        'What is the Japan-Taiwan fisheries agreement?\n'
        '\n'
        'What happened?\n'
        '\n'
        'Japan and Taiwan renewed the rules of their 2013 fisheries agreement on Tuesday, setting out where boats from each side may fish near the Yaeyama Islands.\n'
        '\n'
        'Why does it matter?\n'
        '\n'
        'The waters overlap with areas claimed by China, and the agreement is one of the few formal arrangements between Tokyo and Taipei.\n'
        '\n'
        f'{P}\n'
        '\n'
        'What comes next?\n'
        '\n'
        'A joint committee will meet again in the spring to review the catch data.\n'
        '\n'
        'More explainers\n'
        'What is the Taiwan Relations Act?\n',
        'Japan and Taiwan renewed the rules',
        'to review the catch data.'),
}
