"""Fast matching of big phrase alternations with exactly the matches of the plain regex.

`re.compile(before + "(?:A|B|...)" + after)` over thousands of lexicon phrases is slow in Python's
engine: at every position it tries every alternative in turn. PhraseMatcher finds the same matches
in two steps:

1. a prefilter `before(?=(?:TRIE)after)` where TRIE is the alternatives factored by common prefix.
   Inside a lookahead only *whether* some alternative matches counts, and factoring preserves the
   language, so the prefilter stops exactly at the positions where the plain regex matches;
2. at such a position, the plain ordered alternation restricted to the alternatives whose first
   token can match the character there (an alternative whose first token cannot match it cannot
   match at all) picks the match: same alternatives, same order, hence the same match.

Scanning resumes at the end of each match, as `finditer` does, so the sequence of matches is the
plain regex's. When an alternative does not split into simple tokens it falls back to the plain
regex.
"""
import re
from functools import cached_property

# literal characters (escaped or not), classes, \s-style escapes and flat non-capturing groups
# ('D(?:efence|efense)'), each with an optional quantifier; and flat lookaheads ('Koizumi(?![ \t]+[A-Z][a-z]|-[a-z])',
# derived_aliases.TITLED_NAME_ENDS), unquantified. A lookahead is a token like any other for the trie: the trie keeps
# the language of the alternation whatever its tokens are (the prefilter only asks whether some alternative matches);
# without this one titled alias sent the whole registry alias matcher (3,275 aliases) to the slow plain alternation.
TOKEN = re.compile(r"(?:\(\?:(?:\\.|[^()\\])*\)|\[(?:\\.|[^\]\\])+\]|\\[sSwWdD]|\\.|[^\\\[\](){}|?+*^$.])[?+*]?"
                   r"|\(\?[=!](?:\\.|[^()\\])*\)")

# a token that matches exactly one character: a literal, an escaped character (not \b, \B, \A, \Z or a group
# reference), a \s-style class or a bracketed class, unquantified
SINGLE_CHAR = re.compile(r"\[(?:\\.|[^\]\\])+\]|\\[^bBAZ0-9]|[^\\\[\](){}|?+*^$.]")


def longest_first(phrase: str) -> tuple[int, str]:
    """Sort key for alternations: longer phrases first (a regex alternation takes the first alternative that
    matches, so a phrase must come before its prefixes), equal lengths in text order. Sorting by length alone
    left ties in the order of the input, and a set's order follows the process's hash seed: the same lexicon
    gave a different pattern text in every process (the matches were the same, but no pattern text was stable)."""
    return -len(phrase), phrase


def _tokens(alternative: str) -> list[str] | None:
    tokens = TOKEN.findall(alternative)
    return tokens if "".join(tokens) == alternative and tokens else None


def _trie_pattern(token_lists: list[list[str]]) -> str:
    """A regex with the same language as the alternation of token_lists (order irrelevant)."""
    root: dict = {}
    for tokens in token_lists:
        node = root
        for t in tokens:
            node = node.setdefault(t, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [t + render(child) for t, child in node.items() if t] + ([""] if "" in node else [])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(root)


def literal_alternation(phrases: list[str]) -> str:
    """`(?:p1|p2|...)` for literal phrases, longest first, factored by common prefix.

    For case-sensitive literals this is the same regex, match for match: the children of a trie
    node are distinct characters (at most one can continue), and a node tries its children before
    ending, i.e. longer phrases first, also when the engine backtracks. Python's engine tries an
    unfactored alternation's phrases one by one at every position; the factored one fails on the
    first character."""
    tokens = [_tokens(re.escape(p)) for p in sorted(set(phrases), key=longest_first) if p]
    return "(?:" + _trie_pattern(tokens) + ")" if tokens else r"(?!x)x"


# one compiled pattern per (token, flags), for the whole process: testing a token with re.fullmatch(token, ch) went
# through re's 512-entry cache, which thousands of distinct tokens flooded on real text (every module's inline
# pattern was compiled again)
_TOKEN_PATTERNS: dict[tuple[str, int], re.Pattern] = {}
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def token_fits(token: str, ch: str, flags: int) -> bool:
    """re.fullmatch(token, ch, flags) or re.fullmatch(token, "", flags), each token compiled once per process; an
    ASCII letter or digit against one ASCII letter or digit compared without a pattern (same answer: no case folding
    beyond ASCII's applies between them)."""
    if token in _ALNUM and ch in _ALNUM:
        return token == ch or (bool(flags & re.IGNORECASE) and token.lower() == ch.lower())
    pattern = _TOKEN_PATTERNS.get((token, flags))
    if pattern is None:
        pattern = _TOKEN_PATTERNS[(token, flags)] = re.compile(token, flags)
    return pattern.fullmatch(ch) is not None or pattern.fullmatch("") is not None


class Memo(dict):
    """A dict that fills itself: d[key] is fn(key), computed once (read with map(d.__getitem__, keys) in C)."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        value = self[key] = self.fn(key)
        return value


class PhraseMatcher:
    """Drop-in for `re.compile(before + "(?:" + "|".join(alternatives) + ")" + after, flags)`:
    `finditer`, `search` and `match` give the same matches. `before` must be zero-width."""

    def __init__(self, alternatives: list[str], *, before: str = "", after: str = "", flags: int = 0):
        self.before, self.after, self.flags = before, after, flags
        self.alternatives = list(alternatives)
        token_lists = [_tokens(a) for a in self.alternatives]
        self.fast = bool(self.alternatives) and all(t is not None for t in token_lists)
        if not self.fast:
            return
        self.first = [t[0] for t in token_lists]
        # the second token when both the first and the second match exactly one character ('[Cc]h', 'sa'), else None:
        # such an alternative can match at q only if its second token matches text[q + 1] (_bucket2)
        self.second = [t[1] if len(t) > 1 and SINGLE_CHAR.fullmatch(t[0]) and SINGLE_CHAR.fullmatch(t[1]) else None
                       for t in token_lists]
        self._token_lists = token_lists
        self._buckets: dict[str, re.Pattern] = {}
        self._fits: dict[tuple[str, str], bool] = {}
        self._by_members: dict[tuple[int, ...], re.Pattern] = {}
        self._pair_fits = Memo(self._pair_may_start)     # pair -> whether an alternative may start with it

    # Compiling is most of the cost of building an extractor (seconds for the big lexicons), and a
    # matcher's patterns are not all needed: the plain alternation only where the trie does not apply,
    # a topic's cue matchers only once a sentence holds one of its terms. Each pattern is compiled on
    # first use (the same pattern, so the same matches).
    @cached_property
    def plain(self) -> re.Pattern:
        return re.compile(f"{self.before}(?:{'|'.join(self.alternatives)}){self.after}", self.flags) \
            if self.alternatives else re.compile(r"(?!x)x")

    @cached_property
    def prefilter(self) -> re.Pattern:
        trie = _trie_pattern(self._token_lists)
        firsts = sorted({t[0] for t in self._token_lists})
        del self._token_lists
        if not self.flags & re.IGNORECASE and all(SINGLE_CHAR.fullmatch(t) for t in firsts):
            # Every match starts with one of these characters. A pattern that opens with a zero-width `before` gives
            # Python's engine no first character, so it runs `before` at every offset; one that opens with the
            # characters lets it skip the others in C. The match is that character (the same start; callers use
            # only the start or whether there is a match), and `before` and the trie are checked from its start
            # inside a one-character lookbehind: the same offsets as `before(?=TRIE after)`.
            return re.compile(f"(?:{'|'.join(firsts)})(?<=(?:{self.before})(?=(?:{trie}){self.after})[\\s\\S])", self.flags)
        return re.compile(f"{self.before}(?=(?:{trie}){self.after})", self.flags)

    def _bucket(self, ch: str) -> re.Pattern:
        pattern = self._buckets.get(ch)
        if pattern is None:
            # a group may start with any character: its alternatives stay in every bucket (a bucket
            # may hold alternatives that fail there, never drop one that could match)
            fits = {t: t.startswith("(") or token_fits(t, ch, self.flags) for t in set(self.first)}
            members = tuple(i for i, t in enumerate(self.first) if fits[t])
            pattern = self._buckets[ch] = self._of_members(members)
        return pattern

    def _bucket2(self, pair: str) -> re.Pattern:
        """The alternatives of the bucket of pair[0] that can also match pair[1] next (same order): an alternative
        whose first two tokens match one character each and whose second token does not match pair[1] cannot match
        where pair starts. Big IGNORECASE lexicons put hundreds of alternatives in one first-character bucket
        ('s': ~900 triggers), which Python's engine tries one by one at every prefilter hit."""
        pattern = self._buckets.get(pair)
        if pattern is None:
            ch = pair[1]
            members = []
            for i, t in enumerate(self.first):
                second = self.second[i]
                if not self._fits_char(t, pair[0]):
                    continue
                if second is not None and not self._fits_char(second, ch):
                    continue
                members.append(i)
            pattern = self._buckets[pair] = self._of_members(tuple(members))
        return pattern

    def _of_members(self, members: tuple[int, ...]) -> re.Pattern:
        """The pattern of these alternatives (indices, in order), compiled once however many buckets share it."""
        pattern = self._by_members.get(members)
        if pattern is None:
            alts = "|".join(self.alternatives[i] for i in members) or r"(?!x)x"
            pattern = self._by_members[members] = re.compile(f"{self.before}(?:{alts}){self.after}", self.flags)
        return pattern

    def may_start(self, pairs) -> bool:
        """False only where no alternative can match at an offset whose first two characters are one of pairs (a
        shorter string: an offset at the end): _bucket2's test, memoised per pair, no pattern compiled. A cheap filter
        before a scan, with pairs read at every offset where a matcher over a superset of these alternatives, with the
        same before/after, matches (`starts`)."""
        return not self.fast or any(map(self._pair_fits.__getitem__, pairs))

    def matches_at_any(self, text: str, starts) -> bool:
        """Whether some alternative matches at one of starts (`matches_at` there, skipped where may_start rules out
        the offset's first two characters)."""
        if not self.fast:
            return any(self.matches_at(text, q) for q in starts)
        fits, prefilter, end = self._pair_fits, self.prefilter.match, len(text)
        return any(fits[text[q:q + 2]] and prefilter(text, q, end) is not None for q in starts)

    def finditer_at(self, text: str, starts) -> list:
        """finditer(text)'s matches, as a list, tried only at starts: every offset (ascending) where a matcher over a
        superset of these alternatives, with the same before/after, matches (`starts`), hence every offset where the
        prefilter of this one can stop. Each offset is read as finditer reads the one its prefilter stops at."""
        if not self.fast:
            return list(self.finditer(text))
        end = len(text)
        out, p, fits, prefilter = [], 0, self._pair_fits, self.prefilter.match
        for q in starts:
            if q < p or not fits[text[q:q + 2]] or prefilter(text, q, end) is None:
                continue
            m = self._match_at(text, q, end) or self.plain.match(text, q, end)
            if m is not None:
                out.append(m)
                p = m.end() if m.end() > q else q + 1
        return out

    def _pair_may_start(self, pair: str) -> bool:
        return len(pair) < 2 or any(self._fits_char(t, pair[0]) and (self.second[i] is None or self._fits_char(self.second[i], pair[1]))
                                    for i, t in enumerate(self.first))

    def _fits_char(self, token: str, ch: str) -> bool:
        """Whether a first (or one-character second) token may match ch: _bucket's test, memoised."""
        key = (token, ch)
        fits = self._fits.get(key)
        if fits is None:
            fits = self._fits[key] = token.startswith("(") or token_fits(token, ch, self.flags)
        return fits

    def _match_at(self, text: str, q: int, end: int):
        if q + 1 < end:
            return self._bucket2(text[q:q + 2]).match(text, q, end)
        return (self._bucket(text[q]) if q < end else self.plain).match(text, q, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self.fast:
            yield from self.plain.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        end = len(text) if endpos is None else min(endpos, len(text))
        p = pos
        # the loop runs once per match of every matcher over every sentence: names bound once per call
        prefilter, buckets, bucket, bucket2 = self.prefilter.search, self._buckets, self._bucket, self._bucket2
        while p <= end:
            c = prefilter(text, p, end)
            if c is None:
                return
            q = c.start()
            if q + 1 < end:     # self._match_at, inlined
                m = (buckets.get(text[q:q + 2]) or bucket2(text[q:q + 2])).match(text, q, end)
            elif q < end:
                m = (buckets.get(text[q]) or bucket(text[q])).match(text, q, end)
            else:
                m = self.plain.match(text, q, end)
            if m is None:       # cannot happen (the prefilter saw a match); stay exact anyway
                m = self.plain.match(text, q, end)
            if m is None:
                p = q + 1
                continue
            yield m
            p = m.end() if m.end() > q else q + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        if not self.fast:
            return self.plain.search(text, pos, end)
        c = self.prefilter.search(text, pos, end)
        if c is None:
            return None
        m = self._match_at(text, c.start(), end)
        return m if m is not None else next(self.finditer(text, c.start(), end), None)   # (cannot happen)

    def contains(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether there is a match: the prefilter stops exactly where one starts."""
        end = len(text) if endpos is None else min(endpos, len(text))
        return (self.prefilter if self.fast else self.plain).search(text, pos, end) is not None

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int] | None:
        """Every offset where some alternative matches, overlapping ones too (None when the matcher has
        no trie prefilter). A matcher over a subset of these alternatives, with the same before/after,
        can match only at these offsets: `matches_at` there tells whether it matches anywhere."""
        if not self.fast:
            return None
        end = len(text) if endpos is None else min(endpos, len(text))
        # (finditer resumes one offset on after an empty match, and the prefilter's matches are empty or one character:
        # every offset, as a search from each start + 1 finds them, in C)
        return [c.start() for c in self.prefilter.finditer(text, pos, end)] if pos <= end else []

    def matches_at(self, text: str, q: int, endpos: int | None = None) -> bool:
        """Whether some alternative matches at offset q."""
        end = len(text) if endpos is None else min(endpos, len(text))
        return (self.prefilter if self.fast else self.plain).match(text, q, end) is not None

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        if not self.fast:
            return self.plain.match(text, pos, end)
        return self._match_at(text, pos, end) if self.prefilter.match(text, pos, end) else None
