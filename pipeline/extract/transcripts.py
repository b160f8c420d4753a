"""Transcripts: paragraphs opened by a speaker label ('Wang Wenbin: ...', 'Kyodo News: ...') are that
speaker's words up to the next label, the form of press-conference, interview and hearing transcripts.

A document is a transcript only when two paragraphs or more open with a label that names an actor (one
'Note:' or 'Photo:' line is no transcript). Askers are outlets (actor type media): their questions are
no speaker's positions, so a journalist's label opens a segment without a speaker. Pure functions."""
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.actors import Mention

LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][^\n:“”\"]{0,70}?)[ \t]*:[ \t]+(?=\S)")


@dataclass(frozen=True)
class Segments:
    starts: list[int]              # where each labelled segment starts
    speakers: list[str | None]     # its speaker (None: an asker, or a label that names no one)

    def speaker_at(self, pos: int) -> str | None:
        i = bisect_right(self.starts, pos) - 1
        return self.speakers[i] if i >= 0 else None


NO_SEGMENTS = Segments([], [])


def speaker_segments(text: str, start: int, end: int, mentions: list[Mention],
                     actor_type: Callable[[str], str | None]) -> Segments:
    """The labelled segments of text[start:end]; NO_SEGMENTS unless it reads as a transcript."""
    starts, speakers, named = [], [], 0
    for m in LABEL.finditer(text, start, end):
        label_end = m.end("label")
        speaker = next((x.actor_id for x in mentions if m.start("label") <= x.start and x.end == label_end), None)
        if speaker is not None:
            named += 1
            if actor_type(speaker) == "media":
                speaker = None
        starts.append(m.start())
        speakers.append(speaker)
    return Segments(starts, speakers) if named >= 2 else NO_SEGMENTS
