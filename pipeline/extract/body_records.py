"""Official records of proceedings (parliamentary minutes, committee hearings): the article proper is the exchange,
from the first speaker's turn on. Before it the record prints its own preamble in full sentences ('The committee met,
pursuant to notice, at 10:03 a.m., ...', 'Members present: ...', 'Agenda: ...'), which the prose test takes for the
lead; after it a closing line ('Adjourned at 11:52 a.m.', '[Whereupon, at 11:45 a.m., the hearing was adjourned.]').
Apart from body.py because it reads the layout of a record (turn marks, preamble cues), not of a news page. Pure
functions over the page's lines."""
import re

from pipeline.extract.body_patterns import ANSWER_HEAD, SPEAKER_LABEL

# a turn of a record: a speaker mark ('○Chairperson (...)', Japanese Diet minutes) or a hearing's 'The Chairman.',
# 'Senator Doe.', 'Ambassador Roe.' opening a line before the speech (the US Congressional Record prints the role
# in capitals: 'The CHAIRMAN.')
RECORD_TURN = re.compile(r"^\s*(?:[○◯〇]\S|(?:The[ \t]+(?i:Chairman|Chairwoman|Chair|Chairperson|Speaker|President|Presiding[ \t]+Officer)|"
                         r"(?:Senator|Representative|Congressman|Congresswoman|Ambassador|Secretary|Admiral|General|Mr|Mrs|Ms|Dr)\.?"
                         r"[ \t]+[A-Z][\w’'\-]+)\.[ \t]+[A-Z]|"
                         # ... or a speaker's label and a colon, as translated minutes and hearings print it: 'THE CHAIR: ',
                         # 'MAEHARA Seiji (Example Party): ' (a surname in capitals before the given name), 'MR. SMITH: '
                         rf"(?:{SPEAKER_LABEL}|[A-Z]{{2,}}(?:[ \t]+[A-Z][a-z]+){{1,2}}(?:[ \t]*\([^()\n]{{1,80}}\))?)[ \t]*:[ \t]+\S)")
# the preamble's own wording: who met, when and where, who was present, what the agenda was
RECORD_PREAMBLE = re.compile(r"\bpursuant[ \t]+to[ \t]+(?:notice|call|adjournment)\b|\bpresiding\b|"
                             r"\b(?:members|ministers|senators|witnesses|government[ \t]+witnesses)[ \t]+present\b|"
                             r"\bopened[ \t]+at[ \t]+\d|^\s*agenda[ \t]*:|\bmet[ \t]+at[ \t]+\d", re.IGNORECASE)
# the record's closing line (the body that adjourned in one to three words: 'the subcommittee', 'the joint hearing')
RECORD_CLOSE = re.compile(r"^\s*[\[(]?\s*(?:whereupon,?[ \t]+)?(?:at[ \t]+[\d:.]+[ \t]*[ap]\.?m\.?,?[ \t]+)?"
                          r"(?:the(?:[ \t]+[a-z\-]+){1,3}?[ \t]+(?:(?:was|were|stood)[ \t]+)?)?adjourned\b[^\n]{0,80}$",
                          re.IGNORECASE)
MIN_TURNS = 3
MIN_RESUMED_TURNS = 2   # turns after a closing line that make it the close of a sitting, not of the record


def first_record_turn(lines, first: int) -> int:
    """The index of the record's first turn when lines[first] opens a record's preamble (a preamble cue between it and
    that turn, and at least MIN_TURNS turns in the record); else first."""
    turns = [i for i in range(first, len(lines)) if RECORD_TURN.match(lines[i].text)]
    if len(turns) < MIN_TURNS or turns[0] == first:
        return first
    if any(RECORD_PREAMBLE.search(lines[i].text) for i in range(first, turns[0])):
        return turns[0]
    return first


def before_record_close(lines, first: int, last: int, is_prose) -> int:
    """The last line of the exchange when a record's closing line ('Adjourned at 11:52 a.m.') follows its last turn,
    at lines[last] or before it (an appendix, 'Material submitted for the record follows.', after the close): the
    prose line before the close; else last."""
    # (the last closing line: a substring test first, the pattern only on lines that may hold it -- speed)
    close = next((i for i in range(last, first, -1) if ("djourn" in lines[i].text or "DJOURN" in lines[i].text)
                  and RECORD_CLOSE.match(lines[i].text)), None)
    # (a record that resumes after it has turns again; one label-like line, 'APPENDIX: ...', is not a resumed sitting)
    if close is None or not any(RECORD_TURN.match(lines[k].text) for k in range(first, close)) \
            or sum(1 for k in range(close + 1, last + 1) if RECORD_TURN.match(lines[k].text)) >= MIN_RESUMED_TURNS:
        return last
    return max((k for k in range(first, close) if is_prose(k)), default=last)


def answer_heads(lines) -> set[int]:
    """The lines of a written question's answer header ('Answered on 28 March 2023', 'Answered by ...'): the header
    parts the question from its answer, both of them the text, so it does not cut the question off as a deck."""
    return {i for i, ln in enumerate(lines) if len(ln.text) < 120 and ln.text.lstrip()[:1] in "aArR" and ANSWER_HEAD.match(ln.text)}
