"""The body an unnamed spokesperson speaks for: 'an embassy spokesperson said', 'A ministry spokesman said' after the text
has just named that embassy or ministry ('the Chinese Embassy in Seoul criticized ... . "...," an embassy spokesperson
said'). The spokesperson is the body's voice (GUIDELINES, Stances: a named body speaking as such holds the stance); a bare
'a spokesperson' or 'an official' names no body and stays unattributed (attribution.yaml anonymous_sources)."""
import re


def compile_unnamed_body_speaker(kinds) -> re.Pattern:
    """The kind noun of the body before the spokesperson ('an embassy spokesperson said'), as the subject of a reporting
    verb; kinds: vocabulary.yaml unnamed_speaker_bodies (never matches without)."""
    alternation = "|".join(re.escape(str(k)) for k in kinds or ()) or "(?!)"
    return re.compile(rf"(?<![\w’'])(?:a|an|the)\s+(?:senior\s+)?({alternation})\s+(?:spokes(?:man|woman|person)|official)\s+"
                      r"(?:said|says|told|added|stated|noted)\b", re.IGNORECASE)


# how far back the body must have been named (about two short paragraphs)
LOOKBACK = 700


def unnamed_body_speaker(text: str, start: int, end: int, mentions, name_of, is_body, *, pattern: re.Pattern) -> str | None:
    """The actor id of the body whose unnamed spokesperson speaks the sentence [start, end), else None: the last body
    named in the LOOKBACK characters before the spokesperson whose name holds the kind noun. mentions: the document's
    mentions (sorted by start); name_of(actor_id) -> name; is_body(actor_id) -> bool; pattern: compile_unnamed_body_speaker's."""
    m = pattern.search(text, start, end)
    if m is None or _inside_quotation(text, start, m.start()):
        return None
    noun = m.group(1).casefold()
    for x in reversed(mentions):
        if x.end > m.start():
            continue
        if m.start() - x.end > LOOKBACK:
            break
        if is_body(x.actor_id) and noun in (name_of(x.actor_id) or "").casefold():
            return x.actor_id
    return None


def _inside_quotation(text: str, start: int, pos: int) -> bool:
    """Whether offset pos lies inside a quotation opened after start (an odd number of marks before it)."""
    piece = text[start:pos]
    return (piece.count('"') % 2 == 1) or piece.count("“") > piece.count("”")
