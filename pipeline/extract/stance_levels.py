"""A position on one topic placed at another topic's level (GUIDELINES, Stances: "an *intergovernmental* dialogue
also supports jp_tw_official_relations; rejecting it for lack of diplomatic relations = oppose both"). A sentence
that holds a security-cooperation position and says the cooperation is between the two governments ('a security
dialogue between the two governments', 'talk about security as government to government', 'a formal security
dialogue at the government level', 'such cooperation between the two governments is not possible') holds the same
position on official relations, for the same holders.

The level words are data (seeds/topics.yaml: level_of, level_terms); pure functions over compiled patterns."""
import re

from pipeline.extract.phrases import longest_first

# a level denied right before its words ('not between the two governments', 'not at the government level') places the
# position elsewhere
DENIED_BEFORE = re.compile(r"\b(?:not|never|rather\s+than|instead\s+of)\s+(?:only\s+|just\s+|even\s+)?$", re.IGNORECASE)


def compile_level(terms) -> re.Pattern | None:
    """One pattern of a topic's level terms (word-bounded; never inside 'non-governmental'), None without any."""
    terms = sorted({str(t).strip() for t in terms if str(t).strip()}, key=longest_first)
    if not terms:
        return None
    alternatives = "|".join(r"[\s\-]+".join(map(re.escape, re.split(r"[\s\-]+", t))) for t in terms)
    return re.compile(r"(?<![\w\-])(?:" + alternatives + r")(?![\w\-])", re.IGNORECASE)


def placed_at_level(sentence: str, level: re.Pattern | None) -> bool:
    """Whether the sentence places what it speaks of at the level (a level term not denied right before it)."""
    if level is None:
        return False
    return any(not DENIED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) for m in level.finditer(sentence))


def leveled_rows(sentence: str, rows: list[dict], topics) -> list[dict]:
    """Rows of a level topic copied from the sentence's rows on the topics it raises (same holder, polarity and
    evidence), for holders that hold no row of the level topic yet. A refusal's reason (level_oppose: 'citing the
    absence of diplomatic relations', 'because the two have no diplomatic ties') raises the oppose rows only."""
    out = []
    for cues in topics:
        if not cues.level_of:
            continue
        if placed_at_level(sentence, cues.level):
            polarities = ("support", "oppose")
        elif placed_at_level(sentence, cues.level_oppose):
            polarities = ("oppose",)     # 'Japan has no diplomatic relations with Taiwan, but it supports ...': no support row
        else:
            continue
        have = {r["holder"] for r in rows if r["topic_id"] == cues.topic_id}
        for r in rows:
            if r["topic_id"] in cues.level_of and r["holder"] not in have and r["polarity"] in polarities:
                have.add(r["holder"])
                out.append({**r, "topic_id": cues.topic_id})
    return out
