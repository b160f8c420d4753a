"""Upper-case speaker labels of official transcripts and meeting records ('MINISTER KAO KUANG-CHI:',
'DEPUTY MINISTER LINGHU:', 'SENATOR JANE DOE (D-XX):', 'LEILA HARDWICK, HOST:'). The name matcher reads cased names, so a person whom
such a record names only in its labels would be missed. Pure functions over text; the title test is passed in
(the titles are data in titles.yaml).

- a label made of a known title and two or three further words introduces a person: the words after the title;
- so does a label of two or three words followed by a comma and a title or a broadcast role ('..., HOST:'), or
  one that opens two or more speaker turns ('EMILY CHEN:' in a podcast transcript);
- a label made of a known title and one word names a person by family name (resolved by the caller to the
  person of that family name the document names);
- Japanese official records write names family first, the family name in capitals ('○Minister for Foreign Affairs
  (KISHIDA Fumio)', '○NISHIDA Kazuhiro (LDP)'): bracketed after a title or opening a speaker's turn before a bracket,
  such a name is a person's, read in Western order ('Fumio Kishida'); its other occurrences in the record are too.
"""
import re
from typing import Callable

from pipeline.extract.names import Mention, fold, guess_family_name
from pipeline.extract.spans import SpanSet

# a line opening with upper-case words (a dot after an abbreviated title: 'MR.'), optional bracketed notes
# ('(陳毓龍)', '(DPP)', '(D-MA)'), then a colon
_CAPS_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,6})"
                         r"(?:,[ \t]*(?P<role>[A-Z][A-Z\-]*(?:[ \t]+[A-Z][A-Z\-]*){0,3}))?"
                         r"(?:[ \t]*[(（][^()（）\n]{1,30}[)）])*[ \t]*:")
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "at", "by"})
# words of a page's furniture labels ('RELATED ARTICLES:', 'READ MORE:', 'EDITOR'S NOTE:'): never a speaker's name
_PAGE_WORDS = frozenset({"related", "read", "more", "also", "see", "next", "news", "articles", "stories", "links", "sites",
                         "note", "editor's", "update", "correction", "source", "sources", "photo", "video", "watch", "listen",
                         "unidentified", "transcript", "summary", "contact", "tags", "topics", "share"})
# a broadcast transcript's role after the name ('LEILA HARDWICK, HOST:', 'DANIEL OCHOA, BYLINE:')
BROADCAST_ROLES = frozenset({"host", "co-host", "anchor", "byline", "correspondent", "reporter", "presenter", "moderator"})


def cased(word: str) -> str:
    """'KUANG-CHI' -> 'Kuang-chi', 'KAO' -> 'Kao' (the romanised style of the gold names: only the first letter up)."""
    return word[:1] + word[1:].lower()


LABEL_WORD = re.compile(r"[^ \t]+")


def caps_labels(text: str, start: int, end: int, *, is_title: Callable[[str], bool]) -> list[tuple[int, int, str, int]]:
    """(start, end, name, n_words) of the name part of each upper-case label opened by a title: the words after
    the longest leading title (is_title gets the casefolded words), one to three of them, title-cased.
    'SUMMARY OF PROCEEDINGS:' or 'RELATED ARTICLES:' open with no title and name no one."""
    out = []
    turns: dict[str, int] = {}   # bare label -> how many speaker turns it opens
    for m in _CAPS_LABEL.finditer(text, start, end):
        if not m.group("role"):
            turns[m.group("label")] = turns.get(m.group("label"), 0) + 1
    for m in _CAPS_LABEL.finditer(text, start, end):
        words = list(LABEL_WORD.finditer(m.group("label")))
        role = (m.group("role") or "").casefold()
        if role and 2 <= len(words) <= 3 and (role in BROADCAST_ROLES or is_title(role)) \
                and not any(is_title(w.group(0).casefold()) or w.group(0).casefold() in _FUNCTION_WORDS for w in words):
            out.append((m.start("label"), m.end("label"), " ".join(cased(w.group(0)) for w in words), len(words)))
            continue
        for k in range(len(words) - 1, 0, -1):      # the longest title first ('DEPUTY MINISTER', not 'DEPUTY')
            rest = words[k:]
            if len(rest) > 3 or not is_title(" ".join(w.group(0) for w in words[:k]).casefold()):
                continue
            if any(is_title(w.group(0).casefold()) or w.group(0).casefold() in _FUNCTION_WORDS for w in rest):
                break   # 'DEPUTY MINISTER OF FOREIGN AFFAIRS:' is a title alone
            s, e = m.start("label") + rest[0].start(), m.start("label") + rest[-1].end()
            out.append((s, e, " ".join(cased(w.group(0)) for w in rest), len(rest)))
            break
        else:
            # 'EMILY CHEN: ...' opening turn after turn of a podcast or interview: a speaker named by the label alone
            # (a page's 'RELATED ARTICLES:' heads one list; the caller still tests that the words could be a name)
            if not role and turns.get(m.group("label"), 0) >= 2 and 2 <= len(words) <= 3 \
                    and not any(is_title(w.group(0).casefold()) or w.group(0).casefold() in _FUNCTION_WORDS
                                or w.group(0).casefold() in _PAGE_WORDS for w in words):
                out.append((m.start("label"), m.end("label"), " ".join(cased(w.group(0)) for w in words), len(words)))
    return out


def label_person(family: str, at: int, named: dict[str, list[tuple[int, str]]], registry: Callable[[str], str | None]) -> str | None:
    """The person a family-name label ('MINISTER KAO:') stands for: the latest person of that family name the
    document named before the label, else the first it names after it (a meeting record may name the speaker in
    full only in a later label), else the registry's only person of that family name (registry(family))."""
    persons = named.get(family, [])
    before = [pid for pos, pid in persons if pos < at]
    if before:
        return before[-1]
    return persons[0][1] if persons else registry(family)


# 'KISHIDA Fumio': an upper-case family name (two letters or more) and a cased given name
_FAMILY_FIRST = r"(?P<family>[A-Z]{2,}(?:-[A-Z]+)?)[ \t]+(?P<given>[A-Z][a-z]+(?:-[a-z]+)?)"
# ... in brackets alone ('(KISHIDA Fumio)'), or opening a turn before a bracketed party ('○NISHIDA Kazuhiro (LDP)');
# a bracket before a dash is a dateline's agency credit ('MOSCOW, May 2 (RIA Novosti) –'), no person
_FAMILY_FIRST_CUE = re.compile(rf"[(（]{_FAMILY_FIRST}[)）](?![ \t]*[-–—])|(?m:^)[ \t]*[○◯〇]?{_FAMILY_FIRST.replace('(?P<family>', '(?P<family2>').replace('(?P<given>', '(?P<given2>')}"
                               r"(?=[ \t]*[(（])")


def family_first_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, Western-order name) of every occurrence of a family-first name the record cues as a person's
    (bracketed, or opening a turn); the name's other occurrences in text[start:end] count too ('NISHIDA Kazuhiro.')."""
    names = {}
    for m in _FAMILY_FIRST_CUE.finditer(text, start, end):
        family, given = (m.group("family"), m.group("given")) if m.group("family") else (m.group("family2"), m.group("given2"))
        names[f"{family} {given}"] = f"{given} {cased(family)}"
    if not names:
        return []
    alternation = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w\-])")
    return [(m.start(), m.end(), names[m.group(0)]) for m in alternation.finditer(text, start, end)]


class LabelledPeople:
    """A mixin of ActorMatcher (it uses the matcher's tables: by_key, knowledge, family_names, _unique_families,
    _title_folds and its name tests): the mentions upper-case transcript labels make."""

    def _caps_label_mentions(self, text, start, end, taken, discovered, outside, front=()) -> list[Mention]:
        """The people upper-case transcript labels name ('MINISTER KAO KUANG-CHI:' introduces Kao Kuang-chi,
        'MINISTER KAO:' is his family name): registry people by their folded name, the others discovered."""
        labels = [x for x in caps_labels(text, start, end, is_title=self._title_folds.__contains__) if outside(x[0], x[1])]
        if not labels:
            return taken
        spans = SpanSet((m.start, m.end) for m in taken)
        out = list(taken)
        for s, e, name, n in labels:
            if n < 2 or spans.overlaps(s, e):
                continue
            if (mention := self._labelled_person(text, s, e, name, discovered)) is not None:
                out.append(mention)
        named: dict[str, list[tuple[int, str]]] = {}
        for d in front:   # 'Speaker: Prof. Haruka Nakamura' above the transcript: 'PROF. NAKAMURA:' is hers
            named.setdefault(d.family_name, []).append((-1, d.actor_id))
        for m in sorted(out, key=lambda m: m.start):
            d = next((x for x in discovered.values() if x.actor_id == m.actor_id), None)
            actor = self.knowledge.actors_by_id.get(m.actor_id)
            family = (d.family_name if d is not None and d.actor_type == "person" else None) or \
                (actor.family_name or guess_family_name(actor.name) if actor is not None and actor.actor_type == "person" else None)
            if family:
                named.setdefault(family, []).append((m.start, m.actor_id))
        unique = lambda family: self.family_names[family][0].actor_id if family in self._unique_families else None   # noqa: E731
        for s, e, name, n in labels:
            if n == 1 and not spans.overlaps(s, e) and (pid := label_person(name, s, named, unique)) is not None:
                out.append(Mention(s, e, text[s:e], pid, "short_form", 0.8))
        return out

    def _labelled_person(self, text: str, s: int, e: int, name: str, discovered) -> Mention | None:
        """The person a label names: a registry person by the name, else a newly discovered one (when the name
        could be a person's), else None."""
        actor = self.by_key.get(fold(name))
        if actor is not None and actor.actor_type == "person":
            return Mention(s, e, text[s:e], actor.actor_id, "alias", 0.9)
        if actor is None and self._accept_name(name) and not self.not_person_re.search(name) and not self._has_known_token(name):
            known = discovered.setdefault(fold(name), self._person(name, ""))
            known.aliases.add(text[s:e])
            return Mention(s, e, text[s:e], known.actor_id, "discovered", 0.75)
        return None

    def _family_first_mentions(self, text, start, end, taken, discovered, outside) -> list[Mention]:
        """The people a Japanese official record names family first ('(KISHIDA Fumio)'): registry people by their
        Western-order name, the others discovered."""
        found = [x for x in family_first_names(text, start, end) if outside(x[0], x[1])]
        if not found:
            return taken
        spans = SpanSet((m.start, m.end) for m in taken)
        out = list(taken)
        for s, e, name in found:
            if spans.overlaps(s, e) or fold(name.split()[-1]) in self.by_key:
                continue     # an acronym is no family name ('(NHK Tokyo)')
            if (mention := self._labelled_person(text, s, e, name, discovered)) is not None:
                out.append(mention)
        return out

