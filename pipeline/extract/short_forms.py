"""Short forms: a bare family name ('Kishida', 'Tsai') refers to the latest person with that family name the document
named before it; failing that, to the first the document names after it, else to the registry's only person with it.
A mixin of ActorMatcher (it uses the matcher's tables: knowledge, family_names, _unique_families, _unique_family_re,
title_words)."""
import re
from bisect import bisect_left

from pipeline.extract.actor_contexts import family_matches, opening_name_word
from pipeline.extract.phrases import literal_alternation
from pipeline.extract.names import NAME_WORD_BEFORE, NOT_NAME_WORDS, Mention, fold, guess_family_name
from pipeline.extract.spans import SpanSet

CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# a capitalised word right after a family name (another full name), unless a reporting verb or an opener follows
NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:-[a-z]+)?\b(?!\s+(?:said|told|added|noted|says))")
OPENER_AFTER = re.compile(r"\s+(?:The|A|An|In|On|But|And|It)\b")
CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")
LOCATIVE_BEFORE_NAME = re.compile(r"\b(?:in|at|from|near|across|throughout|outside|inside)[ \t]+$")
# the single capitalised words coordinated with a word: 'Fukuoka, Saga and Yamaguchi', 'Yamaguchi and Saga'
LIST_MEMBERS_BEFORE = re.compile(r"((?:[A-Z][a-z]+,[ \t]+)*[A-Z][a-z]+),?[ \t]+(?:and|or)[ \t]+$|((?:[A-Z][a-z]+,[ \t]+)+)$")
LIST_MEMBERS_AFTER = re.compile(r",[ \t]+((?:[A-Z][a-z]+,[ \t]+)*[A-Z][a-z]+),?[ \t]+(?:and|or)[ \t]+([A-Z][a-z]+)\b|[ \t]+(?:and|or)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")



def kin_patterns(kin_nouns: list[str]):
    """'Abe's widow, Akie Abe': a relative named right after a kinship noun (the text before the name); "Abe's widow
    Akie": a relative named by the given name after the family name's owner."""
    kin = literal_alternation(kin_nouns)
    return (re.compile(r"\b" + kin + r",?[ \t]+$"),
            re.compile(r"\b(?P<family>[A-Z][\w\-]+)[’']s[ \t]+" + kin + r",?[ \t]+(?P<given>[A-Z][a-z]+)\b(?![ \t]+[A-Z]|[’'\-])"))

def kin_core_pattern(kin_nouns: list[str]):
    """The part of kin_patterns' given-name pattern from the possessive through the kin noun: a match of that pattern
    holds one of this, so a document without one is not scanned."""
    return re.compile(r"[’']s[ \t]+" + literal_alternation(kin_nouns))


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
        kin: set[str] = set()   # people first named as another's relative
        for m in mentions:
            fam = None
            if m.method == "discovered":
                d = discovered_by_id.get(m.actor_id)
                fam = d.family_name if d and d.actor_type == "person" else None
            else:
                actor = self.knowledge.actors_by_id.get(m.actor_id)
                if actor and actor.actor_type == "person":
                    fam = actor.family_name or guess_family_name(actor.name)
            if fam and (m.actor_id in kin or self._named_as_kin(text, m, persons_by_family.get(fam, ()))):
                kin.add(m.actor_id)
                continue   # "Abe's widow, Akie Abe": the family name alone stays with the Abe named before her
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
            if NAME_WORD_AFTER.match(text[m.end():m.end() + 25]) and not OPENER_AFTER.match(text[m.end():m.end() + 6]):
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
            elif len(self.family_names.get(m.group(0), [])) == 1 and not self._listed_with_non_names(text, m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), m.group(0), self.family_names[m.group(0)][0].actor_id, "short_form", 0.6))
        return self._kin_given_names(text, start, end, out, discovered, outside)

    def _kin_given_names(self, text, start, end, mentions, discovered, outside) -> list[Mention]:
        """"Abe's widow Akie": the given name of a relative introduced after the family name names the person of that
        given and family name, registered or discovered ('Akie Abe')."""
        if self._kin_core_re.search(text, start, end) is None:
            return mentions   # (no "'s <kin noun>": no match; this scan starts at the apostrophe, the full one everywhere)
        out = list(mentions)
        taken = SpanSet((x.start, x.end) for x in mentions)
        for k in self._kin_given_re.finditer(text, start, end):
            s, e = k.span("given")
            full = fold(f"{k.group('given')} {k.group('family')}")
            person = self.by_key.get(full) or discovered.get(full)
            if person is not None and person.actor_type == "person" and outside(s, e) and not taken.overlaps(s, e):
                out.append(Mention(s, e, text[s:e], person.actor_id, "short_form", 0.7))
                taken.add(s, e)
        return out

    def _named_as_kin(self, text, m, named) -> bool:
        """m first names a relative ('his widow, Akie Abe') of another person of that family named before it."""
        at = text.find(m.text) if " " in m.text else m.start   # its name's first occurrence, a mention or not
        at = m.start if at < 0 else at
        return all(pid != m.actor_id for _, pid in named) and any(x < at for x, _ in named) \
            and self._kin_before_re.search(text, max(0, at - 30), at) is not None

    def _listed_with_non_names(self, text, s, e) -> bool:
        """A word coordinated with single capitalised words that are no person's family name ('Officials from
        Fukuoka, Saga and Yamaguchi'): a list of places or things, not the registry's only person of that name."""
        before = LIST_MEMBERS_BEFORE.search(text, max(0, s - 80), s)
        after = LIST_MEMBERS_AFTER.match(text, e)
        words = [w for g in (*(before.groups() if before else ()), *(after.groups() if after else ())) if g
                 for w in CAPITAL_WORD.findall(g)]
        if before and _opens_sentence(text, before.start()):
            words = words[1:]   # 'Later, Kishida urged ...': a sentence's opening word and its comma list nothing
        return any(w not in self.family_names and w not in NOT_NAME_WORDS for w in words)


def _opens_sentence(text: str, i: int) -> bool:
    """Whether text[i] starts a sentence or a line: only blanks, and a closing quote or bracket after a full stop,
    stand between it and the text's start, a line break or a sentence's end."""
    start = max(0, i - 40)
    head = text[start:i].rstrip(" \t")
    if not head:
        return start == 0
    if head.endswith("\n"):
        return True
    return head.rstrip("\"'’”)").endswith((".", "!", "?"))
