"""The state a sitting official speaks for when neither the registry nor the title gives it (GUIDELINES, Stances:
"Officials and their states"). Reporting writes a bare title ('Foreign Minister Chung said', 'Presidential spokesman
X said') when the paragraph has just named the country whose government is acting: 'Seoul moved quickly to limit the
fallout. Foreign Minister Chung ...', '... recalled its representative from Manila. Presidential spokesman X said
...'. The state named last before the official's first mention in the same paragraph is the one the title belongs to.

Used for the institutional voice ("our government's position", 'we firmly oppose', 'our country respects'),
where the words ascribe the position to the speaker's own government without naming it, and when the words name the
same state as the paragraph ('Beijing's response came within hours. Foreign Ministry spokesman X said that China
"resolutely opposes" ...'): two independent signals agreeing. Pure function over the document's mentions."""
import re

from pipeline.extract.actors import Mention

# how far back the paragraph may name the state (a paragraph of wire copy; longer reaches pass other actors)
PARAGRAPH_REACH = 400
# how far before the name the official's own title may name their body ('a spokesman for China's foreign ministry, X')
TITLE_REACH = 60
# the end of a sentence: its stop, any closing quotes or brackets, then space
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def paragraph_states(text: str, mentions: list[Mention], officials: set[str], *, state_country,
                     body_country=None) -> dict[str, str]:
    """official person id -> the country of the state named last before their first mention in its paragraph (or of
    the government body their own title names: 'a spokesman for China's foreign ministry, X, said').
    state_country(actor_id) is the country of a state actor, None for any other actor; body_country(actor_id) the same
    for a government body; mentions sorted by start."""
    out: dict[str, str] = {}
    for i, m in enumerate(mentions):
        if m.actor_id not in officials or m.actor_id in out:
            continue
        floor = max(text.rfind("\n", 0, m.start) + 1, m.start - PARAGRAPH_REACH)
        # only sentences before the official's own: a state their own words name is what they speak of, not whom
        # they speak for ('"Japan has no right to interfere," said spokesman X')
        ends = [e.end() for e in SENTENCE_END.finditer(text, floor, m.start)]
        ceiling = ends[-1] if ends else floor
        # ... but the body of their own title, right before their name, is whom they speak for
        country = next((c for prev in reversed(mentions[:i]) if prev.start >= max(ceiling, m.start - TITLE_REACH)
                        and body_country is not None and (c := body_country(prev.actor_id)) is not None), None)
        if country is not None:
            out[m.actor_id] = country
            continue
        for prev in reversed(mentions[:i]):
            if prev.start < floor:
                break
            if prev.end <= ceiling and (country := state_country(prev.actor_id)) is not None:
                break
        out[m.actor_id] = country      # (None: the paragraph names no state before them; the first mention decides)
    return {a: c for a, c in out.items() if c is not None}
