"""The state of one document's extraction (claims.py): its inputs, the claims made so far and the narrative memory
its sentences carry forward (the last speaker, person, body, named day ...); and the view of one sentence that the
stages of sentence_claims.py, claim_speakers.py and event_claims.py share."""
import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from pipeline.extract.body import Body
from pipeline.extract.dates import TimeRef
from pipeline.extract.names import DiscoveredActor, Mention
from pipeline.extract.sentences import Sentence


def stable_id(prefix: str, *parts) -> str:
    return f"{prefix}-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def claim_time(c: dict) -> TimeRef | None:
    """The day a claim row was dated to, as a time (None when it has no single day)."""
    if c["date_precision"] != "day" or c["date_start"] is None:
        return None
    return TimeRef(0, 0, c["time_text"] or "", c["date_start"], c["date_end"], "day")


@dataclass
class DocumentPass:
    """One document's inputs, its claims so far and what the narrative has said up to the current sentence."""
    doc_id: str
    published: date | None
    text: str
    body: Body
    mentions: list[Mention]        # sorted by (start, end)
    discovered: dict[str, DiscoveredActor]
    segments: object               # a transcript's speaker segments (transcripts.py)
    sentences: list[Sentence]
    person_ids: frozenset
    closers: dict                  # sentence index -> index of the sentence where its quotation closes
    remarks_by: str | None         # whose announced words the sentences are ('X's remarks follow:')
    asset_cues: list               # (offset, owner) of the assets last introduced with their owner ('Chinese aircraft')
    claims: list[dict] = field(default_factory=list)
    last_person: str | None = None
    last_body: str | None = None   # the body a clause-initial 'it' stands for (pronoun_bodies.py)
    prev_speaker: tuple[int, str] | None = None   # (end, speaker) of the last sentence when a person spoke it
    quoted_by: tuple[int, str] | None = None      # (end, speaker) of the last sentence that quoted a named speaker
    days: dict = field(default_factory=dict)      # actor -> (the day the narrative last named for its act, sentence index)
    said_on: dict = field(default_factory=dict)   # speaker -> (the day of their last dated reporting frame, sentence index)
    last_day: TimeRef | None = None      # the last day the narrative named ('the day before' counts from it)
    year_anchor: int | None = None       # the year of the passage's last explicit date ('On February 19' takes it)
    last_time: TimeRef | None = None     # the last time of any precision it named ('the same month' counts from it)
    narrated: list[tuple[TimeRef, str | None]] = field(default_factory=list)   # (each narrated day, whose saying it dated)
    prev: tuple[int, TimeRef | None, set[str]] = (-1, None, frozenset())   # end, sole time, actors of the last sentence
    reply_leads: dict = field(default_factory=dict)   # sentence index -> (day, actors) of "Beijing's answer came the next day."
    occasions: dict = field(default_factory=dict)     # occasion family -> its date, as named so far (occasion_frames.py)
    met: tuple | None = None       # (day, sentence index) of the last dated meeting (meeting_participants.py)

    def __post_init__(self):
        self._mention_starts = [m.start for m in self.mentions]

    def sentence_mentions(self, s: Sentence) -> list[Mention]:
        first = bisect_left(self._mention_starts, s.start)
        last = bisect_right(self._mention_starts, s.end, lo=first)
        return [m for m in self.mentions[first:last] if m.end <= s.end]


@dataclass
class SentenceView:
    """One sentence as its stages read it: its names, its speaker and where the speaking is dated, its times."""
    i: int
    s: Sentence
    in_s: list[Mention]
    core: list[Mention]            # the names that can act: no '(鄭麗文)' or '(KMT)' after a name
    claimant: str | None
    verb: str | None
    verb_at: int | None
    frame: tuple[Sentence, int] | None   # where the speaking is dated
    times: list[TimeRef]
    main: list[TimeRef]            # without background relative clauses (', who arrived on Monday,')
    carried: TimeRef | None        # the last sentence's sole time, when this one names none
    occasion: TimeRef | None
    base: dict                     # the columns every claim of the sentence shares
    first_claim: int               # the sentence's claims are claims[first_claim:]
