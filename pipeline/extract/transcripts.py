"""Transcripts: paragraphs opened by a speaker label ('Wang Wenbin: ...', 'Kyodo News: ...') are that
speaker's words up to the next label, the form of press-conference, interview and hearing transcripts.

A document is a transcript only when two paragraphs or more open with a label that names an actor (one
'Note:' or 'Photo:' line is no transcript). Askers are outlets (actor type media): their questions are
no speaker's positions, so a journalist's label opens a segment without a speaker. Pure functions."""
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.actors import Mention

# (a question-and-answer label may carry the asker's affiliation: 'Question from the floor — Dr X, Y University, Taipei:')
LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][^\n:“”\"]{0,90}?)[ \t]*:[ \t]+(?=\S)")
# The turns of a printed hearing record (the U.S. Government Publishing Office style: an indented title and family
# name closed by a period, '    Senator Risch. Thank you, Mr. Chairman.', '    The Chairman. Senator Markey.'): a
# title is required, so an indented sentence that only names someone is no label
RECORD_LABEL = re.compile(r"(?m)^[ \t]{2,}(?P<label>(?:The\s+)?(?:Acting\s+)?(?:Chairman|Chairwoman|Chairperson|Chair)|"
                          r"(?:Senator|Representative|Congressman|Congresswoman|Delegate|Mr\.|Ms\.|Mrs\.|Dr\.|Admiral|General|"
                          r"Secretary|Ambassador)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\.[ \t]+(?=\S)")
# ... the Congressional Record's turns, unindented but with the family name in capitals ('Mr. FORBES. If China moved
# ...', 'Admiral KEATING. Congressman, ...'): a capitalised family name after a title and before a period is a label
RECORD_CAPS_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>(?:Senator|Representative|Congressman|Congresswoman|Delegate|Mr\.|Ms\.|"
                               r"Mrs\.|Dr\.|Admiral|General|Secretary|Ambassador|Chairman|Chairwoman)\s+[A-Z][A-Z’'\-]{2,}"
                               r"(?:\s+[A-Z][A-Z’'\-]{2,})?)\.[ \t]+(?=\S)")
# ... and the turns of Japanese Diet minutes, a speaker mark before a title or name with a bracket and no colon
# ('○Minister for Foreign Affairs (KISHIDA Fumio) The dialogue ...', '○NISHIDA Kazuhiro (LDP) Thank you ...')
RECORD_MARK_LABEL = re.compile(r"(?m)^[ \t]*[○◯〇][ \t]*(?P<label>[^\n()（）:：]{1,80}?[ \t]*[(（][^()（）\n]{1,40}[)）])[ \t]+(?=\S)")
# bracketed additions after a speaker's name in a label: a native-script name, a party ('LEGISLATOR HSIAO (蕭美琴)
# (DPP):', 'REPORTER (Kyodo News):'); the name before them is the label
LABEL_BRACKETS = re.compile(r"(?:\s*\([^()\n]{1,40}\))+\s*$")


# a sentence before a colon, not a label: a finite verb or a first person ('My own view, and this is only my view: ...',
# 'An official put it to me more directly: ...'); inside a speaker's turn it goes on with that speaker
PROSE_LABEL = re.compile(r"\b(?:is|are|was|were|has|have|my|our|me|I|we|this|that|it)\b")


# labels of the one who asks (their segment holds no one's position but the people they report on)
ASKER_LABEL = re.compile(r"(?i:reporter|journalist|correspondent|question|q|press|moderator|interviewer)$")


# an upper-case speaker label: letters, spaces, dots, hyphens, apostrophes (no bracketed outlet)
CAPS_LABEL = re.compile(r"[A-Z][A-Z.\-’' ]{2,60}")
# a journalist's label in a broadcast transcript ('LEILA HARDWICK, HOST:'): their family name alone labels them later
JOURNALIST_LABEL = re.compile(r",\s*(?i:host|co-host|anchor|byline|correspondent|reporter|moderator|interviewer)\b")
LONGER_TITLE = re.compile(r"(?<![.:;!?])\s?\b[A-Z][\w’'\-]*\s+$")


@dataclass(frozen=True)
class Segments:
    starts: list[int]              # where each labelled segment starts
    speakers: list[str | None]     # its speaker (None: an asker, or a label that names no one)
    askers: tuple[bool, ...] = ()  # whether the segment is a question (an outlet's or a reporter's label)

    def speaker_at(self, pos: int) -> str | None:
        i = bisect_right(self.starts, pos) - 1
        return self.speakers[i] if i >= 0 else None

    def asked_at(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and i < len(self.askers) and self.askers[i]


NO_SEGMENTS = Segments([], [])


@lru_cache(maxsize=1024)
def _title_before(label: str) -> re.Pattern:
    """The label as a title right before a name (compiled once per label and process, not per document)."""
    return re.compile(r"(?:^|\s)" + re.escape(label) + r"\s+$")


def role_holder(text: str, label: str, mentions: list[Mention], actor_type: Callable[[str], str | None],
                own: list[tuple[int, int]]) -> str | None:
    """The person a role label stands for ('Minister:' in a minister's press conference): the first person
    the body names with that title right before the name ('Minister Koizumi') outside the label's own
    segments (own: their spans; a speaker does not name himself, but names other ministers), else None."""
    title = _title_before(label)
    for x in mentions:
        if actor_type(x.actor_id) != "person" or any(a <= x.start < b for a, b in own):
            continue
        at = x.start if x.text.startswith(label + " ") else \
            t.start() + 1 if (t := title.search(text, max(0, x.start - len(label) - 2), x.start)) else -1
        # the bare title ('Minister Koizumi'), not a longer one ending in it ('Defense Minister Marles')
        if at >= 0 and not LONGER_TITLE.search(text, max(0, at - 30), at):
            return x.actor_id
    return None


def caps_named(label: str, mentions: list[Mention], actor_type: Callable[[str], str | None]) -> str | None:
    """The one person the body names whose name ends like an upper-case label ('AYANE KUROSAWA:', then
    'KUROSAWA:' in a broadcast transcript naming its guest in the body), else None."""
    family = label.split()[-1].casefold()
    found = {x.actor_id for x in mentions if x.text.split() and x.text.split()[-1].casefold() == family
             and actor_type(x.actor_id) == "person"}
    return found.pop() if len(found) == 1 else None


def speaker_segments(text: str, start: int, end: int, mentions: list[Mention],
                     actor_type: Callable[[str], str | None], *,
                     caps_speaker: Callable[[str], str | None] | None = None) -> Segments:
    """The labelled segments of text[start:end]; NO_SEGMENTS unless it reads as a transcript.
    caps_speaker(label) names the person an upper-case label stands for ('PRIME MINISTER KISHIDA:',
    'MR. PRICE:', the style of official transcripts), which the name matcher, reading cased names, misses."""
    labels = sorted({m.start(): m for rx in (LABEL, RECORD_LABEL, RECORD_CAPS_LABEL, RECORD_MARK_LABEL)
                     for m in rx.finditer(text, start, end) if not PROSE_LABEL.search(m.group("label"))}.values(),
                    key=lambda m: m.start())
    ends = [m.start() for m in labels[1:]] + [end]
    starts, speakers, askers, named, roles = [], [], [], 0, {}
    journalists = {m.group("label").split(",")[0].split()[-1].casefold() for m in labels if JOURNALIST_LABEL.search(m.group("label"))}
    for m in labels:
        label = LABEL_BRACKETS.sub("", m.group("label")) or m.group("label")
        label_end = m.start("label") + len(label)
        # a person named before the label's first comma ('X, Keio University:', 'Question from the floor — Dr X, Y
        # University, Taipei:'): the speaker, not the affiliation or place after them
        comma = label.find(",")
        speaker = next((x.actor_id for x in mentions if comma > 0 and m.start("label") <= x.start
                        and x.end <= m.start("label") + comma and actor_type(x.actor_id) == "person"), None)
        # the name, else a native-script name in its brackets ('(蕭美琴)')
        speaker = speaker or next((x.actor_id for x in mentions if m.start("label") <= x.start and x.end == label_end), None) or \
            next((x.actor_id for x in mentions if label_end < x.start and x.end <= m.end("label")
                  and actor_type(x.actor_id) == "person"), None)
        asker = bool(ASKER_LABEL.match(m.group("label")))    # (a bracketed outlet keeps the label whole: "REPORTER (Kyodo News)")
        if speaker is None and not asker and caps_speaker is not None and CAPS_LABEL.fullmatch(label):
            speaker = caps_speaker(label)
        if speaker is None and not asker and (CAPS_LABEL.fullmatch(label) or label.split()[-1].isupper()) \
                and label.split()[-1].casefold() not in journalists:
            speaker = caps_named(label, mentions, actor_type)
        if speaker is not None:
            named += 1
            if actor_type(speaker) == "media":
                speaker, asker = None, True
        elif not asker and len(label.split()) <= 3:
            if label not in roles:
                own = [(x.start(), e) for x, e in zip(labels, ends) if x.group("label") == m.group("label")]
                roles[label] = role_holder(text, label, mentions, actor_type, own)
            speaker = roles[label]
            named += speaker is not None
        starts.append(m.start())
        speakers.append(speaker)
        askers.append(asker)
    return Segments(starts, speakers, tuple(askers)) if named >= 2 else NO_SEGMENTS
