"""People named in lists and labels rather than with a title each: the members of a plural title ('Reps. A, B and C',
'Senators A and B') and the questioner who introduces themself in a transcript ('Q: Name, Outlet.', 'Question from
the floor — Name, University:'). Pure functions over a text span, yielding (start, end, name, role)."""
import re

from pipeline.extract.names import PERSON_NAME

# a plural title, then two or more names separated by commas and a final 'and'; each name may carry a US member's
# party-and-state tag ('Reps. Ann Lee (R-Texas), Bo Park (D-N.Y.) and ...')
_TAG = r"(?:[ \t]*\([RDI]-[A-Z][\w. ]{0,14}\))?"
PLURAL_TITLE = re.compile(r"(?<![\w.])(?P<title>Reps\.|Sens\.|Senators|Representatives|Congressmen|Congresswomen|Lawmakers)[ \t]+"
                          rf"(?P<names>{PERSON_NAME}{_TAG}(?:,[ \t]+{PERSON_NAME}{_TAG})*,?[ \t]+and[ \t]+{PERSON_NAME})\b")
_NAME = re.compile(PERSON_NAME)
# a transcript's question turn whose speaker first gives their name and affiliation
QUESTIONER = re.compile(rf"(?m)^[ \t]*(?:Q|QUESTION|Question(?:[ \t]+from[ \t]+the[ \t]+floor)?)[ \t]*[:—–-]+[ \t]*"
                        rf"(?:(?:Thanks|Thank[ \t]+you|Hi|Hello|Yes)[.,!]?[ \t]+)?(?P<name>{PERSON_NAME})[ \t]*,[ \t]*(?=[A-Z\[])")


def plural_title_people(text: str, start: int, end: int):
    """'Reps. Gregory Meeks, Mark Takano and Andy Kim': every listed name is a person of the title."""
    for m in PLURAL_TITLE.finditer(text, start, end):
        pos = m.start("names")
        while (n := _NAME.search(text, pos, m.end("names"))) is not None:
            yield n.start(), n.end(), n.group(0), m.group("title")
            pos = n.end()


def questioner_people(text: str, start: int, end: int):
    """'Q: Yuki Moriya, Kyodo News. ...': the questioner's name, with the rest of the line as the role."""
    for m in QUESTIONER.finditer(text, start, end):
        line_end = text.find("\n", m.end())
        role = text[m.end():line_end if line_end >= 0 else end][:60]
        yield m.start("name"), m.end("name"), m.group("name"), role.split(".")[0]



# an expert round-up: a line holding only a name, a line of role and affiliation, then the quoted answer
ROUNDUP_ENTRY = re.compile(rf"(?m)^[ \t]*(?P<name>{PERSON_NAME})[ \t]*\n[ \t]*(?P<role>[A-Z][^\n“\"]{{2,160}})\n[ \t]*[“\"]")


def roundup_people(text: str, start: int, end: int):
    """'Jane Doe\\nSenior fellow, Some Institute\\n"The law is symbolic ..."': each entry's name, with its role line;
    the caller checks that the role line opens with a title."""
    return [(m.start("name"), m.end("name"), m.group("name"), m.group("role")) for m in ROUNDUP_ENTRY.finditer(text, start, end)]


def roundup_label_lines(text: str, start: int, end: int, title_words: re.Pattern) -> list[tuple[int, int]]:
    """The name and role lines of each round-up entry whose role opens with a title ('Senior fellow, Prospect
    Foundation'): a page sets them as headings, yet they introduce the speaker of the quote that follows, as a
    transcript's speaker label does (actors.find keeps them open to matching when the body excluded them)."""
    out = []
    for m in ROUNDUP_ENTRY.finditer(text, start, end):
        if title_words.search(m.group("role").split(",")[0].split(";")[0]):
            out += [(m.start("name"), m.end("name")), (m.start("role"), m.end("role"))]
    return out
