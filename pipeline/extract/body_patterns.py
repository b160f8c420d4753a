"""The line patterns of body detection, kept as data: what captions, bylines, datelines, notes, bios,
back matter and page furniture look like in diplomatic and defence reporting (used by pipeline.extract.body)."""
import re

CAPTION = re.compile(
    r"(?:^|\s)(?:photo|photograph|image|picture|illustration|graphic|video|file photo)s?"
    r"(?:\s+(?:source|credit)s?)?\s*:\s*\S|"
    # a credit or a chart's label alone at the line's start: 'Source: ...', 'Chart: Example Data Desk', 'Figure 2: ...'
    r"^\s*(?:credit|source|chart|graph|map|infographic|table|figure)s?(?:\s+\d{1,2})?\s*:|\(photo(?:graph)?\s+by\b|"
    # '[Photo] Koizumi speaks ...', '(Image) ...': a caption marked at its start
    r"^\s*[\[(]\s*(?:photo|photograph|image|picture|video|file photo|graphic)s?\s*[\])]|"
    # a credit by copyright sign closing a caption sentence: '... at a ceremony in Naha. Photo © Example Images.'
    r"(?:^|[.!?]\s+)(?:photo|photograph|image|picture)s?\s*(?:©|\(c\))[^.!?]{1,60}[.!?]?\s*$|"
    # a credit closing the line: '[Photo/Agencies]', '(Official White House Photo)', '(©Sankei by X)', '... Credit: Depositphotos'
    r"[\[(]\s*(?:©|photo\b|image\b|credit\b|courtesy\b)[^\])]{0,80}[\])]\s*$|[\[(][^\])]{0,60}\b(?:photo|image)s?\s*[\])]\s*$|"
    r"(?:^|[.!?]\s+)(?:credit|courtesy|image\s+source)s?\s*:\s*[^.!?]{1,80}$|"
    # 'Image source, Getty Images', 'Image caption, Chinese ships ...'
    r"^\s*(?:image|picture|photo|video)\s+(?:source|caption|credit)\s*[,:]|"
    # AP-style caption prefix: 'FILE - Taiwan's Foreign Minister speaks ...', 'IN THIS PHOTO - ...'
    r"^\s*(?-i:FILE|IN THIS (?:PHOTO|IMAGE)|THIS PHOTO)\s*[-–—:]\s|"
    # a credit of capitalised words closing the caption's sentence: '... earlier this year. JMSDF picture.', '. US Navy photo'
    # (and the picture's date)
    r"[.!?][”’\"]?\s+(?-i:[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s+(?:photo|picture|image|handout)"
    r"(?:\s+(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2},?\s+\d{4})?\.?\s*$",   # ('... on Monday. Example photo Aug. 12, 2024')
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\s*(?i:by|text by|written by|words by|authors?\s*:)\s*[A-Za-z][\w.'’\-, /|]{1,80}$|^\s*\(\s*(?i:by)\s+[^()]{1,60}\)\s*$|"
    # 'HARUKI MORISHITA and LIN YU-CHEN, Nikkei staff writers', 'Jane Roe, Tokyo correspondent'
    # 'Sakamoto Ryōta [Profile]': a name with a link to the author's page
    r"^\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s*[\[(](?i:profile|bio|more|author\s+page)[\])]\s*$|"
    r"^\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})?,"
    r"\s+(?:[\w'’\-]+\s+){0,3}(?i:(?:staff\s+)?(?:writers?|reporters?|correspondents?|contributors?|editors?))\s*$")
# 'Published: ...', 'chinadaily.com.cn | Updated: 2021-03-18 07:51'
DATELINE_META = re.compile(r"^\s*(?:[^|\n]{1,60}\|\s*)?(?:published|updated|posted|last updated)\b.{0,80}$", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_SUMMARY_HEAD = (r"(?:executive\s+summary|summary|abstract|key\s+(?:points|takeaways)|in\s+brief|tl;?dr|"
                 # a podcast's or video's summary of its episode: 'Show notes: This week we talk about ...'
                 r"(?:the\s+)?main\s+points?|show\s+notes|episode\s+(?:notes|summary|description))")
# An abstract or summary box before the article: 'Executive Summary: ...', 'Abstract: ...'
# (a speaker label over a full sentence is a turn of the transcript: 'MODERATOR: This concludes the press conference.')
# (and a fact check's box over the article: 'Claim: Japan has sent troops.', 'Verdict: False')
ABSTRACT = re.compile(r"^\s*(?:date(?:\s+and\s+time)?|time|place|venue|location|claim|verdict|rating)\s*:\s*\S.{0,100}$|"
                      r"^\s*(?:speakers?|participants?|moderator)\s*:\s*\S.{0,100}(?<![.!?])$|"
                      rf"^\s*{_SUMMARY_HEAD}\s*[:.\-–—]", re.IGNORECASE)
# the summary-box alternatives of ABSTRACT alone: a summary after the article ('The main point: ...') is back matter
SUMMARY_BOX = re.compile(rf"^\s*{_SUMMARY_HEAD}\s*[:.\-–—]\s*\S", re.IGNORECASE)
# A label on a line of its own that introduces a summary box before the article: 'THE ISSUE', 'Key points'
SUMMARY_LABEL = re.compile(r"^\s*(?:the\s+issue|in\s+short|what\s+you\s+need\s+to\s+know|(?:key|main)\s+(?:points|takeaways|findings)(?:\s+and\s+(?:conclusions|recommendations))?|at\s+a\s+glance|highlights|in\s+brief|"
                           r"executive\s+summary|summary|abstract|tl;?dr)\s*:?\s*$", re.IGNORECASE)
# '(Note: This is a provisional translation ...)', 'Editor's note: ...', '(Translator's note: ...)': a note on the text, not the text
EDITOR_NOTE = re.compile(r"^\s*\(\s*(?:(?:editor|translator)[’']?s?[’']?\s+)?note\s*:[^()]*\)\s*$|"
                         # an official release's note set off by a bracketed label: '(Note) The figures are provisional.'
                         r"^\s*[(（]\s*(?:(?:editor|translator)[’']?s?[’']?\s+)?notes?\s*[)）]\s+\S|"
                         r"^\s*[*(]?\s*(?:(?:translator[’']?s?[’']?\s+)?note\s*:\s*)?(?:this\s+is\s+an?\s+(?:provisional|tentative|unofficial)\s+translation\b|editor[’']?s?[’']?\s+note\b|disclaimer\s*:|"
                         # a correction notice: 'Correction: An earlier version of this article misstated ...'
                         r"(?:(?:correction|clarification|update)\s*:\s*)?an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report)\b|"
                         # ... or an update notice: 'Update 6/12/25, 9:02 a.m. ET: This article was updated with ...',
                         # 'This story has been corrected to show ...'
                         r"(?:(?:correction|clarification|update[ds]?)\b[^\n]{0,40}?:\s*)?this\s+(?:article|story|report)\s+"
                         r"(?:was|has\s+been)\s+(?:updated|corrected)\b|"
                         # the editing of a transcript or interview: 'This interview has been edited for length and clarity.'
                         r"this\s+(?:transcript|interview|conversation|q\s*&\s*a)\s+(?:was|has\s+been)\s+(?:\w+ly\s+)?"
                         r"(?:edited|condensed|abridged)\b|"
                         # the disclaimer about whose views these are, not 'Opinions expressed at the hearing were mixed'
                         # a transcript's notes on itself: 'CHECK AGAINST DELIVERY', 'Uncorrected transcript', 'Transcript prepared by ...'
                         r"(?:uncorrected\s+transcript\W*)?check\s+against\s+delivery\b|uncorrected\s+transcript\b|"
                         # a broadcast transcript's caveat: 'This transcript may not be in its final form.'
                         r"this\s+(?:transcript|copy)\s+may\s+not\s+be\s+in\s+its\s+final\s+form\b|"
                         r"transcripts?\s+(?:was\s+|has\s+been\s+)?(?:prepared|produced)\s+by\b|"
                         # ... or how it was made: 'Transcript generated automatically and lightly edited.'
                         r"(?:this\s+)?transcripts?\s+(?:was\s+|has\s+been\s+|is\s+|are\s+)?(?:automatically\s+|auto-?|machine[\s\-])?generated\b|"
                         # the note on the clock of the text: 'All times are Japan Standard Time (JST).', 'All times local.'
                         r"all\s+times\s+(?:are\s+|given\s+(?:are\s+)?|in\s+)?(?:[\w\-]+\s+){0,3}(?:time|local|(?-i:[A-Z]{2,4}T))\b|"
                         # a forum post's edit note: 'Edit: fixed the date.', 'EDIT 2: ...'
                         r"edit(?:ed)?\s*\d*\s*:|"
                         # the site's disclaimer of its speakers' or authors' views
                         r"(?:[\w.\-]+\s+){1,4}(?:does|do)\s+not\s+necessarily\s+(?:endorse|reflect|represent|share)\b|"
                         r"(?:the\s+|any\s+)?(?:views|opinions)\s+expressed\b(?=.{0,80}\b(?:authors?|writers?|contributors?|own|reflect|"
                         r"necessarily|solely)\b))|"
                         # ... or closing a short blurb of the series or site: 'The X blog presents ... Opinions expressed
                         # here are solely those of the authors.'
                         r"^(?=.{0,300}$).*[.!?]\s+(?:the\s+)?(?:views|opinions)\s+expressed\b(?=.{0,80}\b(?:authors?|writers?|"
                         r"contributors?|own|necessarily|solely)\b)|"
                         # how a data piece was made, under it: 'Methodology', 'About the data: We counted ...' (a note: a
                         # report's 'Methodology' section with paragraphs after it stays in, see body._keep_story_lines)
                         r"^\s*(?:methodology|about\s+(?:the|this|our)\s+data)\s*(?::.*)?$|"
                         # ... and a reader poll under it ('POLL', 'Quick poll'): a note, so that an election story's
                         # crosshead 'Poll' with paragraphs after it stays in
                         r"^\s*(?:(?:quick|reader|readers[’']?|today[’']?s|our)\s+)?poll\s*:?\s*$", re.IGNORECASE)
BIO_ROLE = (
    r"analyst|professor|fellow|researcher|director|editor|journalist|correspondent|writer|author|"
    r"lecturer|scholar|student|candidate|chair|chairman|president|member|officer|consultant|reporter|"
    r"adviser|advisor|associate|expert|contributor|columnist|head|founder|partner|specialist|scientist"
)
BIO = re.compile(
    r"^\s*[-–—*_]*\s*\(?\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+"
    rf"(?:is|was|serves as|works as)\s+(?:a|an|the)?\s*(?:[\w\-]+\s+){{0,4}}(?i:{BIO_ROLE})\b|"
    # a reporter at an outlet named in the possessive: 'Jane Roe is Example's defence reporter', '... is Example News' Asia
    # correspondent' (a person's two names or more, a newsroom role: 'China is Australia's largest trading partner' is news)
    # ('— Jane Roe is the Herald's Tokyo correspondent': a dash before, the outlet's 'the')
    r"^\s*[-–—*_]*\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s+(?:is|was)\s+(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}(?:['’]s?)\s+"
    r"(?:[\w\-]+\s+){0,3}(?i:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer)s?\b|"
    # a reporter's beat: 'Jane Roe covers China's military for the Post.', 'John Doe writes about Japan for Example News.'
    r"^\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s+(?:covers|reports\s+on|writes\s+(?:about|on))\s+[^.!?]{1,100}?\bfor\s+(?:the\s+)?[A-Z]|"
    # a news agency's or outlet's blurb about itself: 'Example Press is an international news agency delivering ...'
    r"^\s*(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}\s+is\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}"
    r"(?:news\s+agency|news\s+(?:organi[sz]ation|outlet|service)|media\s+(?:company|outlet|organi[sz]ation|group))\b|"
    # 'The author is a professor at ...', '— The writers are researchers ...'
    # the publisher's blurb about itself under the story: 'The Example Institute is committed to ...', 'The Department of
    # Example provides the ...', 'The Example Council is a nonpartisan organization ...' (an institution's name as subject;
    # not a ministry, agency or office, whose commitments news reports)
    r"^\W*(?:the\s+)?(?=(?:[A-Z][\w.&'’\-]*\s+|(?:of|for|and|on)\s+){0,3}(?:Command|Department|Institution|Institute|Center|Centre|"
    r"Council|Foundation|University|Society|Forum|Program|Programme|Initiative|Fund|"
    r"Endowment|Corporation)\b)[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|of|for|and|on)){0,7}\s+(?:is\s+(?:committed|dedicated)"
    r"\s+to|provides\s+the\b|(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:nonpartisan|non-partisan|nonprofit|non-profit|"
    r"independent|think\s+tank)\b)|"
    # ... or with its full name set off by commas: 'Example House, the Royal Institute of Example Affairs, is an
    # independent policy institute based in London.'
    r"^\W*(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4},\s+(?:the\s+)?(?=[^,]{0,80}\b(?:Institution|Institute|"
    r"Center|Centre|Council|Foundation|University|Society|Forum|Endowment)\b)[^,]{3,80},\s+(?:is|was)\s+(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,3}(?:nonpartisan|non-partisan|nonprofit|non-profit|independent|think\s+tank)\b|"
    # a disclosure statement: 'Jane Roe does not work for, consult or receive funding from any company ...', 'Jane Roe
    # receives funding from the Example Foundation.' (a person's names: 'Taiwan receives funding from ...' is news),
    # 'John Doe has no conflicts of interest to declare.'
    r"^\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s+(?:has\s+)?(?:receives?|received)\s+(?:[\w\-]+\s+){0,2}funding\s+from\b|"
    r"^\s*(?:[A-Z][\w.'’\-]*\s+){1,4}(?:(?i:does|do)\s+not\s+work\s+for\b|(?:has|have|declares?|reports?)\s+no\s+"
    r"(?:[\w\-]+\s+){0,2}(?:conflicts?|competing\s+interests?|affiliations?|financial\s+interests?)\b)|"
    # (the writer's line may name any career: 'The writer is a former ambassador ...'; a named person's may not, since
    # 'X was Japan's ambassador to China.' is news about X)
    rf"^\s*[-–—*_]*\s*\(?\s*(?i:the\s+(?:author|writer)s?\s+(?:is|are|was|were))\s+(?:a|an|the)?\s*(?:[\w\-]+\s+){{0,4}}"
    rf"(?i:{BIO_ROLE}|ambassador|diplomat|economist|historian|lawyer|commentator|retired|former)",
)
# an author bio in the first person after the article: 'I am a senior fellow at ...', 'I'm a reporter covering ...',
# 'I cover Japanese politics for The Example Times.'
FIRST_PERSON_BIO = re.compile(
    r"^\s*[-–—*_(]*\s*(?:I\s+am|I[’']m)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}"
    rf"(?i:{BIO_ROLE})s?\b|^\s*[-–—*_(]*\s*I\s+(?:cover|report\s+on|write\s+about)\b.{{0,80}}\bfor\s+(?:the\s+)?[A-Z]")
MAX_BIO = 400
CONTACT = re.compile(
    r"^\s*<?https?://\S+>?\s*$|^\s*(?:tel|fax|phone|e-?mail)\s*[:.]|\b(?:tel|fax)\s*:\s*[\d+]|"
    r"^\s*no\.\s*\d+,\s*(?:lane|sec|alley)\b|"
    # 'Write to Jane Roe at jane.roe@example.com', 'Have a tip? Email tips@example.com': a short line with an address
    r"^(?=.{0,200}$).*\b[\w.+\-]+@[\w\-]+\.[a-z]{2,}\b|^\s*(?:got|have)\s+a\s+(?:news\s+)?tip\b",
    re.IGNORECASE,
)
# Agency picture credits that end a caption line: "REUTERS/Issei Kato", "(AP Photo/Eugene Hoshiko)",
# "Photo by X/AFP via Getty Images", "[Photo/Xinhua]", "Photo taken ... (Kyodo)".
AGENCY_CREDIT = re.compile(
    r"\b(?:AP|AFP|EPA|EPA-EFE|Reuters|REUTERS|Kyodo|KYODO|Xinhua|XINHUA|Yonhap|Bloomberg|Jiji|CNA|Getty Images)"
    r"(?:\s+Photo)?\s*/\s*[A-Z][\w.'’\-]+|\bvia Getty Images\b|^\s*\[?\s*(?:photo|image|file)\s*/\s*\w+\s*\]?\s*$|"
    r"^\s*photo\s+(?:taken|shows|provided)\b",
    re.IGNORECASE,
)
# What only a caption says of its picture: '... are seen in this undated file photo.', 'In this photo released by ...'
CAPTION_PHRASE = re.compile(r"\b(?:in\s+this\s+(?:undated\s+)?(?:file\s+)?(?:photo|photograph|picture|image|handout)|"
                            r"(?:an?\s+)?undated\s+(?:file\s+)?(?:photo|photograph|picture|image|handout))\b", re.IGNORECASE)
MAX_CAPTION_PHRASE_LINE = 250   # a caption is one short line; a paragraph that mentions a photo is longer
# Back matter of web pages: once the article is over, what follows is not the article (teasers,
# agency credits, newsletter boxes). A standalone "Related articles" heading or a credit line ends
# the body in its second half; inline "Read more: ..." teasers and page furniture are cut out.
# more headings of teaser boxes: 'Top stories', 'What to read next', 'Don't miss', 'DW RECOMMENDS', 'More in Asia'
_MORE_TEASERS = (r"(?:top|trending|popular|featured|recommended|latest|more)\s+(?:stories|articles|reads|videos|now|explainers)|trending|"
                 r"what\s+to\s+read\s+next|don[’']?t\s+miss(?:\s+this)?|in\s+case\s+you\s+missed\s+it|editors?[’']?s?\s+picks?|"
                 r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|more\s+in\s+[\w&]+(?:\s+[\w&]+)?|explore\s+more|"
                 r"(?:[\w.]+\s+){0,2}recommends")
# 'Related', 'Related articles', 'Related Internet Links', 'RELATED SITES', 'Related Searches': any heading of one to three
# words opening with 'Related' heads a box of links to other pages (a heading, so a line of its own)
_RELATED = r"related(?:\s+[\w\-]+){0,2}"
_AGENCY = r"(?:AP|AFP|dpa|Reuters|Kyodo|Jiji|Xinhua|CNA|EFE|KNA|epd|Yonhap|Bloomberg|ANI|PTI|Lusa|ANSA|TASS|UPI|sid)"
# the agencies a story is credited to, after its last sentence on the same line: '... in November. — VNA/Xinhua',
# '... he said. – AFP', '... on Friday. —Kyodo' (a known agency or an agency's acronym)
AGENCY_SIGNOFF = re.compile(rf"(?<=[.!?”\"’])[ \t]+[-–—]{{1,2}}[ \t]*(?:{_AGENCY}|[A-Z]{{2,5}})"
                            rf"(?:[ \t]*(?:/|,|&|and)[ \t]*(?:{_AGENCY}|[A-Z]{{2,5}})){{0,3}}[ \t]*$")
MAX_SIGNOFF = 48   # characters of a line's end that hold an agency sign-off (' — AFP, Kyodo, Reuters'), its dash first
BACK_MATTER = re.compile(
    rf"^\s*(?:{_RELATED}|more\s+(?:from|on|stories|news)\b.{{0,40}}|"
    r"recommended(?:\s+(?:for\s+you|resources|reading|links|articles|stories))?|most\s+(?:read|popular|viewed)(?:\s+(?:from|on|in)\s+.{1,30})?|read\s+(?:more|next|also)|also\s+read|see\s+also|you\s+(?:may|might)\s+also\s+like|"
    r"further\s+reading|latest\s+(?:news|stories)|about\s+the\s+(?:authors?|writers?|contributors?)|comments?|\d+\s+comments?|"
    # 'Comments (64)', 'View comments'
    r"comments?\s*\(\s*\d[\d,.]*\s*[kK]?\s*\)|(?:view|show|read)\s+(?:all\s+)?comments?|"
    # headings of the report's back pages: 'Author Information', 'Disclaimer', 'Keywords', 'Related Subjects'
    rf"authors?\s+information|author\s+(?:bio|biography|profile)|disclaimer|keywords|subjects|{_MORE_TEASERS}|"
    # a disclosure box and a fact-checker's key to its verdicts: 'Disclosure statement', 'Our rating system'
    r"disclosure(?:\s+statement)?|(?:our\s+)?ratings?\s+(?:system|scale|guide)|how\s+we\s+rate(?:\s+claims)?)\s*:?\s*$|"
    # the agencies an article was compiled from, on a line of their own after it: 'mkg/kms (Reuters, AFP, dpa)', '(AP, Kyodo)'
    rf"^\s*(?:[a-z]{{2,4}}(?:/[a-z]{{2,4}})*\s*)?\(\s*{_AGENCY}(?:\s*(?:,|and|&)\s*{_AGENCY})*\s*\)\s*$|"
    # ... or after a dash: '— Reuters', '- AFP, Kyodo'
    rf"^\s*[-–—]+\s*{_AGENCY}(?:\s*(?:,|and|&)\s*{_AGENCY})*\s*$|^\s*comments?\s+(?:are|is)\s+(?:now\s+)?closed\b|"
    r"^\s*\(\s*(?:end|ends)\s*\)\s*$|^\s*(?:-\s*30\s*-|###|-?\s*ends?\s*-)\s*$|"
    # the author box of a blogging platform under the post: '312 followers', '1.2K Followers'
    r"^\s*\d[\d,.]*\s*[kKmM]?\s+followers\s*$|"
    # the close of a broadcast or briefing transcript: 'END OF TRANSCRIPT', '[End of the press conference]'
    r"^\W*end\s+of\s+(?:the\s+)?(?:transcript|briefing|broadcast|interview|programme|program|segment|show|"
    r"(?:press\s+|news\s+)?(?:conference|briefing))\W*$|"
    r"^\s*-*\s*with\s+assistance\s+from\b|^\s*to\s+contact\s+the\s+(?:reporters?|authors?|editors?)\b|"
    r"^\s*\(?\s*originally\s+(?:written|published)\s+in\b|^\s*reprints?\s*(?:&|and)\s*permissions\b|"
    r"^\W*\s*this\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended|edited)\b|"
    r"^\s*(?:leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|comment\s+policy)\b|"
    r"^\s*\(?\s*(?:additional\s+)?(?:reporting|editing|writing|translated|translation|compiled|edited)\s+by\b|"
    # 'Associated Press writer X in Beijing contributed to this report.'
    r"^.{0,120}?\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b|^.{0,120}?\bcontributed\s+reporting\b|^\s*our\s+standards\s*:|"
    r"^\s*(?:related\s+)?(?:tags?|topics?|filed\s+under)\s*:|"
    # syndication notes: 'This article was produced in partnership with ...', 'Republished with permission from ...'
    # (not 'This report was published by the ministry ...': a report is often the news itself)
    r"^\W*\s*this\s+(?:story|article|piece|post)\s+(?:is|was|has\s+been)\s+republished\b|"
    r"^\W*\s*this\s+(?:story|article|piece)\s+(?:was\s+)?(?:produced|published|republished|written|funded)\s+"
    r"(?:by|in\s+(?:partnership|collaboration)\s+with|with\s+(?:support|the\s+support))\b|^\W*\s*republished\s+(?:with\s+permission|from)\b|"
    # 'Editor: Li Xiang', 'Newsletter: ...'; '(This article is based on ...)'; endnotes ('Notes', '[1] Xinhua, ...')
    r"^\s*(?:editor|editors|newsletter)\s*:\s*\S.{0,100}$|"
    r"^\s*\(?\s*this\s+(?:article|story|report)\s+(?:is|was|has\s+been)\s+(?:based\s+on|adapted|translated|first\s+published|"
    r"originally)\b|^\s*(?:notes|endnotes|footnotes|references|sources)\s*:?\s*$|^\s*\[1\]\s+\S|"
    # a written answer's own record under it: 'Date and time of answer: 28 Mar 2023 at 15:42.', 'Date of reply: ...'
    r"^\s*date\s+(?:and\s+time\s+)?of\s+(?:answer|reply|response)\s*:|"
    # the print edition's note under a web story: 'A version of this article appears in print on May 4, 2024, ...'
    r"^\s*a\s+version\s+of\s+this\s+(?:article|story|report)\s+(?:appears|appeared|was\s+published)\s+in\s+print\b",
    re.IGNORECASE,
)
TEASER_HEADING = re.compile(
    rf"^\s*(?:{_RELATED}|read\s+(?:more|next|also)|also\s+read|"
    r"see\s+also|more\s+(?:from|on|stories|news)\b.{0,40}|recommended(?:\s+for\s+you)?|further\s+reading|"
    rf"most\s+(?:read|popular|viewed)(?:\s+(?:from|on|in)\s+.{{1,30}})?|{_MORE_TEASERS})\s*:?\s*$",
    re.IGNORECASE)
PAGE_FURNITURE = re.compile(
    r"^\s*(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related)\s*[:|>»-]\s*\S|"
    # ... or with none after its label, a title without a sentence end: 'Read more Subscribers only  Another title'
    r"^\s*(?:read\s+(?:more|also|next)|also\s+read|see\s+also)\s+(?-i:[A-Z])[^.!?]{0,150}$|"
    r"^\s*(?:advertisement|advertising|sponsored(?:\s+content)?|share(?:\s+this(?:\s+article)?)?|"
    r"listen\s+to\s+this\s+article|click\s+to\s+enlarge|\d+\s+min(?:ute)?s?\s+read)\s*$|"
    # 'Story continues below advertisement', 'Continue reading the main story', 'WATCH: ...' video teasers
    r"^\s*(?:(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after)|continue\s+reading\s+(?:below|the\s+main\s+story)|"
    r"scroll\s+(?:down\s+)?to\s+continue|skip\s+advertisement)\b.{0,60}$|^\s*(?:watch|listen|video)\s*[:|]\s*\S.{0,150}$|"
    r"^\s*home\s*[>»/|›]\s*\w|"     # breadcrumbs: 'Home > News > Asia'

    r"^\s*(?:sign\s+up|subscribe)\b.{0,120}$|^\s*share\b.{0,40}\b(?:facebook|twitter|linkedin|e-?mail|whatsapp)\b.{0,80}$|"
    # subscription prompts: 'Enjoying this article? Click here to subscribe ...'
    r"^(?=.{0,200}$).*(?:\b(?:click|tap)\s+here\b|\bsubscribe\s+(?:now|today|here|for\s+(?:full|unlimited))\b|^\s*enjoying\s+this\s+article\b)|^\s*follow\s+(?:us|\w+(?:\s+\w+)?)\s+on\s+"
    r"(?:twitter|x|facebook|instagram|linkedin|telegram)\b|^\s*=+\s*(?:kyodo|jiji)\s*$|"
    # reader appeals inside or after the text: newsletter boxes, subscription and donation prompts, paywall notices
    # ('Sign up for our daily newsletter', '... delivered to your inbox', 'Support independent journalism: donate today.')
    r"^(?=.{0,400}$).*(?:\b(?:sign\s+up\s+for|subscribe\s+to|get)\s+(?:our|the)\s+(?:[\w\-]+\s+){0,3}newsletters?\b|\bour\s+(?:[\w\-]+\s+){0,2}newsletters?\b|"
    r"\bdelivered\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox\b|\balready\s+a\s+(?:subscriber|member)\b|\bto\s+continue\s+reading\b|"
    r"\bsupport\s+(?:our|independent|quality|public[\s\-]interest|nonprofit|non-profit|fact-based)\s+(?:[\w\-]+\s+)?(?:journalism|reporting|newsroom)\b|"
    r"\b(?:donate|give)\s+(?:now|today|here)\b|\bplease\s+(?:donate|consider\s+(?:donating|supporting|subscribing)|support\s+us)\b|"
    r"\bmake\s+a\s+(?:donation|contribution)\s+(?:now|today|to\s+(?:us|our))\b|\bwe\s+rely\s+on\s+(?:readers|your?\s+support)\b|"
    r"\bbecome\s+a\s+(?:paid\s+)?(?:subscriber|supporter|patron|member\s+(?:today|now))\b|"
    r"\b(?:unlimited|full|digital)\s+access\s+(?:to\s+(?:our|all)|for\s+(?:just|only)|from)\b)",
    re.IGNORECASE,
)
# Teaser list items: '- Rapidus breaks ground ...', '• ...'
# bullets of every common glyph: hyphens and dots, and the filled and hollow shapes of reports' key-point boxes
LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·●○■□▪▫◆◇►▶‣◦]\s+|・\s*)\S")
# 'Photo: AFP', 'Photo courtesy of X', 'Image: Reuters' alone on a line
STANDALONE_CREDIT = re.compile(r"^\s*(?:photo|photograph|image|picture|file photo)s?(?:\s+(?:credit|source|courtesy))?\s*(?::|courtesy\b|by\b)"
                               r"[^.!?]{1,60}$", re.IGNORECASE)
# the present tense of picture captions: 'X answers questions at ...', 'Ships are seen ...'
# (verbs only: 'talks', 'visits', 'patrols' are nouns as often)
CAPTION_VERB = re.compile(r"\b(?:speaks|answers|attends|arrives|waves|looks\s+on|walks|listens|poses|shakes\s+hands|"
                          r"gestures|delivers|greets|inspects|sits|salutes|sails|takes\s+part|(?:is|are)\s+seen|watches|celebrates|"
                          # ... and of plural subjects: 'Soldiers take part in a drill ...', 'X, right, and Y shake hands ...'
                          # (not 'sail', 'sit', 'walk': prose says ships sail near the islands daily)
                          r"attend|arrive|wave|look\s+on|pose|shake\s+hands|greet|inspect|salute|take\s+part|celebrate|gesture)\b")
# a sentence that reports speech is the article's, whatever its tense: '..., the ministry said on Monday.'
REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|announced|reported)\b")
# Where a person stands in the picture: '(left)', '(second from right)', '(centre)' -- said of photographs only
CAPTION_POSITION = re.compile(r"\((?:(?:second|third|fourth)\s+)?(?:from\s+)?(?:left|right|cent(?:er|re)|front|rear)\)", re.IGNORECASE)
# ... or between commas, said of someone doing what pictures show: 'X, left, shakes hands with Y'
CAPTION_POSITION_COMMA = re.compile(r",\s+(?:(?:second|third|fourth)\s+)?(?:from\s+)?(?:left|right|cent(?:er|re)),\s", re.IGNORECASE)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# a caption closes on the picture's date: '... speaks during a news conference in Tokyo, Japan, on Oct. 4, 2021.'
CAPTION_DATE_END = re.compile(rf"(?:,|\bon|\bin)\s+(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_WEEKDAY}|"
                              rf"{_MONTH}\s+\d{{4}}|\d{{4}})(?:\s*\((?:local\s+time|file(?:\s+photo)?)\))?\.\s*$", re.IGNORECASE)
# ... or on the picture's credit in brackets after the sentence: '... in Naha on May 3. (Example Times)', '(©Example by Jane Roe)'
# (a name, two characters or more: a lone letter is a release's language mark, '... partners. (E)')
CAPTION_CREDIT_END = re.compile(r"[.!?][”’\"]?\s*\(\s*(?:©\s*)?[A-Z][^().!?]{1,58}\)\s*$")
# one sentence: no sentence end after a word inside the line
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][”’\"')]*\s+[A-Z“\"]")
MAX_CAPTION = 300
# An author box after the article: a name in capitals on its own line over a role ('SATO JUN\nSenior fellow at ...')
# the answer's header inside a written question-and-answer record, between the question and its answer: 'Answered on
# 28 March 2023', 'Answered by the Minister of State' -- a heading of the record, not front matter (the question is text)
ANSWER_HEAD = re.compile(r"^\s*(?:answered|replied|answer\s+received|reply\s+received)\s+(?:on|by|from)\b(?!.*[.!?]\s*$)",
                         re.IGNORECASE)
# a deck that closes on the interviewer's credit: '... on what Tokyo should do. Interview by Jane Roe.' (a line before
# the questions, like a byline; not a sentence of the story, which would not open 'Interview by')
INTERVIEW_CREDIT = re.compile(r"(?:^|[.!?]\s+)(?:interview(?:ed)?|questions|interview\s+conducted)\s+(?-i:by)\s+"
                              r"(?-i:[A-Z][\w.'’\-]*(?:\s+(?:and\s+)?[A-Z][\w.'’\-]*){0,4})\.?\s*$", re.IGNORECASE)
CAPS_NAME = re.compile(r"^\s*[A-Z][A-Z.'’\-ŌŪĀĒĪ]+(?:\s+[A-Z][A-Z.'’\-ŌŪĀĒĪ]+){1,3}\s*$")
ROLE_OPENING = re.compile(rf"^\s*(?:(?:senior|visiting|former|associate|assistant|adjunct|research|non-?resident|deputy|chief)\s+)*(?i:{BIO_ROLE})s?\b",
                          re.IGNORECASE)
# A lead paragraph opened by a dateline: 'TOKYO - ', 'TAIPEI--', 'NAHA, Japan (AP) — ', '(Bloomberg) -- '
DATELINE_LEAD = re.compile(r"^\s*(?:(?-i:[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,2})(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
                           r"(?:\s*\([A-Z][\w .&]{1,30}\))?|\([A-Z][\w .&]{1,30}\))\s*(?:--|–|—|(?<!\w)-|-(?!\w))\s*\S")
# (a single hyphen between two letters joins a word, 'REAR-ADMIRAL ROE:', and is no dateline's dash)
WIRE_CREDIT = re.compile(r"^\s*(?:(?-i:[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,2})(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s*)?"
                         r"(\([A-Z][\w .&]{1,30}\)\s*(?:-{1,2}|–|—))\s*\S")
# a date inside a short unpunctuated line is a dateline of the page, not a sentence: 'First published on Tue 25 Sep 2012',
# 'Data cutoff: January 21, 2026', 'Posted 3 March 2024 by the desk'
DATE_IN_LINE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})\b",
                          re.IGNORECASE)
MAX_DATED_LINE_WORDS = 12
# columns set apart by a run of spaces: a PDF running head or footer ('2      Example Brief  •  Issue 11'), a toolbar
# ('Print   Close   Share'); prose has single spaces
LAYOUT_GAP = re.compile(r"\S(?:[ \t\u00a0]{3,}|\t)\S")
# ... or fields set apart by bars: three or more short fields ('Home | News | Asia', 'Example Institute | 12 Main St,
# Washington, DC | 5', 'English | 中文 | 日本語'): a navigation bar, a running head or footer, never a sentence
FIELD_ROW = re.compile(r"^[^|]{1,80}(?:\s\|\s+[^|]{1,80}){2,}$")
# a numbered endnote: '1 Joint Communiqué of ..., 1972.', '2. "Title," Outlet, March 2, 2019.', '3) Ibid., 2020, p. 4.'
# the rule a printed page draws above its footnotes: '__________'
FOOTNOTE_RULE = re.compile(r"^\s*_{5,}\s*$")
ENDNOTE = re.compile(r"^\s*(\d{1,3})(?:[.)]|\s)\s*\S")
MAX_ENDNOTE = 400   # characters: a citation, not a numbered paragraph of the article
YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
# a citation: a quoted title, a link, or source, title and date set off by commas ('Example Shimbun, March 2, 2019')
# -- a numbered list of the article's own points ('1. Set up a hotline by 2026.') has none
# (or a year closing a bracket, as a law or a report is cited: '(Act No. 112 of 2004)', '(published 2022)')
CITATION = re.compile(r"[\"“”]|https?://|(?:[^,]*,){2}|\([^()\n]*\b(?:1[89]|20)\d{2}\)")
# The page speaking to its reader, not the article reporting: subscription and alert appeals, thanks for reading,
# pointers to the page itself, the site's own boilerplate ('Thanks for reading X! Subscribe for free ...',
# "Don't miss out on the latest news.", 'Join our channel for the top reads ...', 'Read a summary of this article on X.',
# 'The Office of Y manages this site ...'). News prose reports on third parties; it does not open a paragraph with an
# imperative to the reader about the site, nor speak of 'this article' or 'this site'. Not prose: the body never
# starts or ends on one (inside the body it stays, cut out or not by the page-furniture rules).
_SITE_THINGS = (r"newsletters?|alerts?|channel|app|apps|posts?|access|subscri\w+|inbox|updates|notifications|podcasts?|"
                r"this\s+(?:article|post|story|page|site|website)")
READER_NOTICE = re.compile(
    r"^\W*(?:thanks?|thank\s+you)\s+for\s+(?:reading|subscribing|listening|watching|visiting)\b|^\W*don[’']?t\s+miss\b|"
    # an imperative to the reader about the site itself (no leading quote mark: "'Get out,' he said" is a quotation)
    r"^\s*(?:subscribe|sign\s+up)\b|"
    # ... or after the site's line about itself: 'Example Pravda is the place for news. Subscribe to our Telegram channel ...'
    r"[.!?]\s+(?:subscribe|sign\s+up)\s+(?:to|for)\s+our\b|"
    rf"^\s*(?:sign\s+in|log\s+in|join|download|get|follow|share|listen(?:\s+to|\s+on)?|read|watch)\b"
    rf"(?=.{{0,200}}\b(?:{_SITE_THINGS})\b)|"
    r"\bif\s+you\s+(?:found|enjoyed|liked|like|enjoy)\s+this\b|\bpaid\s+subscribers?\s+(?:get|receive|can)\b|"
    r"\b(?:manages?|maintains?|visiting|leaving)\s+this\s+(?:web\s*)?site\b|"
    # the page describing itself ('This page provides an English summary of ...') or the editor's appeal under the story
    # ('A message from the editor: ...')
    r"^\W*this\s+(?:web\s*)?(?:page|site)\s+(?:provides|contains|offers|presents|gives|summari[sz]es|lists)\b|"
    # a newsletter's sign-off: "That's all for this week.", 'Forward this to a friend who ...'
    r"^\W*that[’']?s\s+(?:it|all)\s+for\s+(?:this\s+(?:week|issue|edition)|today|now)\b|"
    r"\bforward\s+this\s+(?:\w+\s+)?to\s+(?:a\s+)?(?:friends?|colleagues?)\b|"
    r"\ba\s+(?:message|note|letter)\s+from\s+(?:the|our)\s+(?:editors?|editor[\s\-]in[\s\-]chief|publisher|founders?)\s*:|\bexternal\s+links?\b.{0,120}\bendorsement\b|"
    # cookie banners, paywall counters, script warnings, feedback prompts: the site, not the story
    r"\b(?:we|this\s+(?:web\s*)?site)\s+uses?\s+cookies\b|\byou\s+(?:agree|consent)\s+to\s+(?:our|the)\s+use\s+of\s+cookies\b|"
    r"^\W*you(?:[’']ve|\s+have)\s+(?:read|reached|used)\s+(?:your\s+|\d+\s+|all\s+)?(?:of\s+)?(?:\w+\s+){0,3}(?:free\s+)?(?:articles?|stories|limit)\b|"
    # an inbox or app promotion and a prompt to share the piece: 'Get the latest research in your inbox. Sign up',
    # '... on Example News. Download the Example App to get updates.', 'Found this useful? Share it with a friend.'
    r"\byour\s+inbox\b|[.!?]\s+(?:download|install|get)\s+(?:the|our)\s+(?:[\w\-]+\s+){0,3}apps?\b|"
    r"^\W*(?:found|enjoyed|liked)\s+this\s+(?:useful|helpful|interesting|informative|article|story|post|piece)\b|"
    # an email newsletter's footer: 'You are receiving this email because you signed up at ...'
    r"^\W*you\s+(?:are\s+receiving|received|were\s+sent|have\s+received|get)\s+this\s+(?:[\w\-]+\s+){0,2}because\b|"
    r"\b(?:enable|turn\s+on)\s+javascript\b|^\W*(?:was|did\s+you\s+(?:find|like|enjoy))\s+this\s+(?:article|story|post|page)\b|"
    r"^\W*how\s+(?:does|did)\s+this(?:\s+(?:article|story|post|piece))?\s+make\s+you\s+feel\b|"
    r"\bthis\s+(?:\w+\s+)?newsletter\b|\b(?:this|the)\s+(?:article|story|piece|post)\s+(?:first|originally)\s+appeared\b|"
    r"\bcomments?\s+(?:will\s+be|are)\s+(?:moderated|reviewed)\b|\bby\s+subscribing\b|\b(?:quality|independent|trusted|our)\s+journalism\b|"
    r"\b(?:let\s+us\s+know|tell\s+us)\b.{0,60}\b(?:in\s+the\s+comments|below|what\s+you\s+think)\b|"
    r"^\W*you\s+(?:can|may)\s+(?:also\s+)?(?:follow|subscribe|sign\s+up|listen|watch|read|download)\b.{0,200}\b(?:us|our|here|this)\b|"
    # a broadcaster naming itself between programmes: 'This is Example News.', "You're listening to Example Radio."
    r"^\W*(?:this\s+is|you[’']re\s+(?:listening\s+to|watching))\s+(?:the\s+)?(?-i:(?:[A-Z][\w&.’']*\s+){0,3}"
    r"(?:News|Radio|Television|TV|World\s+Service|Public\s+Radio))\W*$",
    re.IGNORECASE)
MAX_READER_NOTICE = 400   # characters: an appeal is a line or two; a longer paragraph is the article's own

# The publisher's rights and legal notices and its disclaimers about the text, printed under the article:
# '(C) Copyright 2009 Example News. All rights reserved.', 'No reproduction without written permission.',
# 'This service is provided on our standard Terms and Conditions. Please read our Privacy Policy.', 'Reuse this content',
# 'Translation of an original article published in French; the publisher may only be liable for the French version.'
# The site speaking about its own text and terms, not the article reporting: back matter (a 'note', so that a line that
# happens to match inside a story, with more paragraphs of prose after it, is not taken for the article's end).
RIGHTS_NOTICE = re.compile(
    r"^\W*(?:(?:\(c\)|©)\s*(?:copyright\b|\d{4}|[A-Z])|copyright\b)|\b(?:all|some)\s+rights\s+reserved\b|"
    r"\bno\s+(?:reproduction|republication|redistribution)\b.{0,80}\bwithout\b.{0,40}\bpermission\b|"
    # the site's own terms ('our Privacy Policy'), not a policy the story reports on ('the app's privacy policy')
    r"\b(?:our|standard)\s+(?:terms\s+(?:and|&)\s+conditions|terms\s+of\s+(?:use|service)|privacy\s+(?:policy|notice)|"
    r"cookie\s+(?:settings|policy|preferences))\b|^\W*reuse\s+(?:this\s+content|permissions)\b|"
    r"^\W*(?:this\s+is\s+an?\s+)?(?:[\w\-]+\s+)?translation\s+of\s+(?:an?|the)\s+(?:original\s+)?(?:article|story|report|text)\b|"
    r"\bliable\s+(?:only\s+)?for\s+the\s+\w+\s+version\b|"
    r"^\W*(?:this\s+(?:article|story|text)\s+(?:was|has\s+been|is)\s+)?(?:automatically\s+|machine[\s\-])translated\b",
    re.IGNORECASE)
MAX_RIGHTS_NOTICE = 250
# a toolbar counting the comments under a post: '⬆ 1.2k  ⬇  💬 214 Comments  Share  Save', '284 reactions · 37 comments'
# (a dated line that counts them, '17 Feb 2022 | 0 Comments', is the article's dateline)
COMMENT_BAR = re.compile(r"^(?=.{0,120}$).*\b\d[\d,.]*\s*[kK]?\s+comments\b(?!.*[.!?]\s*$)", re.IGNORECASE)   # characters: a notice is a line or two
# A speaker's label in capitals, as transcripts print it: 'JANE ROE, HOST', 'MR SMITH', 'REPORTER (Example News)'
# (not a heading word of the page: 'SUMMARY:', 'UPDATE:')
SPEAKER_LABEL = (r"(?!(?:SUMMARY|ABSTRACT|NOTES?|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|BREAKING|WATCH|LISTEN|"
                 r"TRANSCRIPT|CORRECTION|EDITOR|RELATED|TAGS?|TOPICS?|SOURCES?|PHOTO|VIDEO)\b)"
                 r"(?:(?:MR|MS|MRS|DR)\.?\s+)?[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
                 r"(?:,\s*[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,2})?(?:\s*\([^()\n]{1,40}\))?")
# A line that only introduces the paragraph under it: a dateline alone ('TAIPEI —', 'NAHA, Japan (AP) —') or a speaker's
# label alone ('JANE ROE, HOST:'). It is the first words of the article's lead, not front matter.
LEAD_IN = re.compile(r"^\s*(?:[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,2}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
                     rf"(?:\s*\([A-Z][\w .&]{{1,30}}\))?\s*(?:-{{1,2}}|–|—)|{SPEAKER_LABEL}\s*:)\s*$")
