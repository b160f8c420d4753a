"""Short forms: a bare family name ('Kishida', 'Tsai') refers to the latest person with that family name the document
named before it; failing that, to the first the document names after it, else to the registry's only person with it.
A mixin of ActorMatcher (it uses the matcher's tables: knowledge, family_names, _unique_families, _unique_family_re,
title_words)."""
import re
from bisect import bisect_left

from pipeline.extract.actor_contexts import family_matches, opening_name_word
from pipeline.extract.names import NAME_WORD_BEFORE, NOT_NAME_WORDS, Mention, guess_family_name
from pipeline.extract.spans import SpanSet

CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
LOCATIVE_BEFORE_NAME = re.compile(r"\b(?:in|at|from|near|across|throughout|outside|inside)[ \t]+$")


class ShortForms:
    def _short_forms(self, text, start, end, mentions, discovered, outside, front=()) -> list[Mention]:
        """A bare family name refers to the latest person with that family name named before it;
        failing that, to the only registry person with it. front: people (DiscoveredActor) the page names with a title
        before the body ('Speaker: Prof. Haruka Nakamura'), named before any of the body's words."""
        persons_by_family: dict[str, list[tuple[int, str]]] = {}
        for d in front:
            persons_by_family.setdefault(d.family_name, []).append((-1, d.actor_id))
        discovered_by_id: dict[str, DiscoveredActor] = {}
        for d in discovered.values():
            discovered_by_id.setdefault(d.actor_id, d)
        for m in mentions:
            fam = None
            if m.method == "discovered":
                d = discovered_by_id.get(m.actor_id)
                fam = d.family_name if d and d.actor_type == "person" else None
            else:
                actor = self.knowledge.actors_by_id.get(m.actor_id)
                if actor and actor.actor_type == "person":
                    fam = actor.family_name or guess_family_name(actor.name)
            if fam:
                persons_by_family.setdefault(fam, []).append((m.start, m.actor_id))
        extra = set(persons_by_family) - self._unique_families
        if not extra and not self._unique_families:
            return mentions
        out = list(mentions)
        taken = SpanSet((x.start, x.end) for x in mentions)
        for m in family_matches(text, start, end, self._unique_family_re, extra):
            if not outside(m.start(), m.end()) or taken.overlaps(m.start(), m.end()):
                continue
            if re.match(r"\s+[A-Z][a-z]+(?:-[a-z]+)?\b(?!\s+(?:said|told|added|noted|says))", text[m.end():m.end() + 25]) \
                    and not re.match(r"\s+(?:The|A|An|In|On|But|And|It)\b", text[m.end():m.end() + 6]):
                continue  # followed by a capitalised word: another full name, not a short form
            if CAPITAL_AFTER.match(text, m.end()) and LOCATIVE_BEFORE_NAME.search(text, max(start, m.start() - 12), m.start()):
                continue  # 'analysts in Hong Kong said': the first word of a place's name
            if m.group(0) in NOT_NAME_WORDS:
                continue  # 'He urged ...': the pronoun, not the family name He
            prev = NAME_WORD_BEFORE.search(text, max(start, m.start() - 40), m.start()) \
                or opening_name_word(text, max(start, m.start() - 40), m.start())   # 'Hong Kong is ...' opening a sentence
            if prev and prev.group(1) not in NOT_NAME_WORDS and not self.title_words.fullmatch(prev.group(1)):
                continue  # 'in Hong Kong': the second word of another name, not a short form
            named = persons_by_family.get(m.group(0), [])  # in text order
            earlier = bisect_left(named, m.start(), key=lambda p: p[0])  # how many were named before
            if earlier:
                out.append(Mention(m.start(), m.end(), m.group(0), named[earlier - 1][1], "short_form", 0.85))
            elif named:   # 'Minister Kao, please.' before the record names him in full: the document's Kao, not the registry's
                out.append(Mention(m.start(), m.end(), m.group(0), named[0][1], "short_form", 0.7))
            elif len(self.family_names.get(m.group(0), [])) == 1:
                out.append(Mention(m.start(), m.end(), m.group(0), self.family_names[m.group(0)][0].actor_id, "short_form", 0.6))
        return out

