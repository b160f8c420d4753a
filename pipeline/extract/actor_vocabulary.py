"""The context vocabulary of actor matching (actors.py), compiled once from the titles lexicon: the words around a
registry name that make it a place, a thing or a meeting, and the head words that name an organisation."""
import re

from pipeline.extract.actor_contexts import (clash_folds, clash_patterns, list_pattern, subunit_at_pattern, subunit_title_pattern,
                                             words_after_pattern)
from pipeline.extract.actor_readings import asset_after_pattern
from pipeline.extract.kind_names import appositive_kind_pattern, kind_pattern
from pipeline.extract.names import fold
from pipeline.extract.phrases import longest_first

PLACE_OPENERS = frozenset({"Camp", "Port", "Mount", "Fort", "Lake", "Cape"})
# a lower-case hyphenated compound between a name and the noun it modifies ('intelligence-gathering', 'long-range')
COMPOUND_BEFORE = r"[ \t]+(?:[a-z][\w]*-[\w\-]+[ \t]+)?"


class ContextVocabulary:
    """Mixin of ActorMatcher: compiles the context words and organisation head words from the titles lexicon."""

    def _compile_context_words(self, titles: dict) -> None:
        """The words around a registry name that make it a place, a thing or a meeting rather than the actor."""
        # seats of government that are also buildings ('at the White House' is a place)
        self.seat_keys = {fold(b) for b in titles.get("seat_buildings") or []} | {fold("the " + b) for b in titles.get("seat_buildings") or []}
        modifier_nouns = titles.get("modifier_nouns") or []
        # (a hyphenated compound before the noun is one modifier more: 'Chinese military intelligence-gathering flights';
        # a noun opening one modifies the noun after it: 'a Chinese navy intelligence-gathering ship' is the navy's ship)
        self.modifier_after_re = re.compile(COMPOUND_BEFORE + r"(?:" + "|".join(re.escape(w) for w in sorted(modifier_nouns, key=len, reverse=True))
                                            + r")\b(?!-)") if modifier_nouns else None
        military_modifiers = titles.get("military_modifier_nouns") or []
        self.military_modifier_re = re.compile(COMPOUND_BEFORE + r"(?:" + "|".join(
            re.escape(w) for w in sorted(military_modifiers, key=len, reverse=True)) + r")\b(?!-)") if military_modifiers else None
        self.event_after_re = words_after_pattern(titles.get("event_nouns") or [])   # 'the APEC summit'
        self.state_asset_re = asset_after_pattern(titles.get("state_asset_nouns") or [], titles.get("state_asset_modifiers") or [])
        # 'the Chatham House rule': a registry name naming a thing of its own, not the actor
        naming = titles.get("naming_nouns") or []
        self.naming_after_re = re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in sorted(naming, key=len, reverse=True))
                                          + r")\b") if naming else None
        self.acronym_clashes = clash_patterns(titles.get("acronym_clashes") or {})
        self._clash_folds = clash_folds(self.acronym_clashes, fold)
        self.subunit_title_res = subunit_title_pattern(titles.get("subunit_titles") or {})
        place_words = titles.get("place_words") or []
        context = [w for ws in (titles.get("organization_context_words") or {}).values() for w in ws]
        self.place_after_re = re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in sorted(place_words, key=len, reverse=True))
                                         + r")\b") if place_words else None
        self.place_re = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in place_words) + r")$") if place_words else None
        # a place word ends a place's name ('Yoyogi Park'); opening a name it is a family name ('Park Won-gon')
        # ... except the few that open a place's name ('Camp Crame', 'Port Moresby')
        org_words = sorted({*(titles.get("organization_heads") or {}), *context, *(w for w in place_words if w in PLACE_OPENERS)},
                           key=longest_first)
        self.not_person_re = re.compile("|".join(
            [r"\b(?:" + "|".join(map(re.escape, org_words)) + r")\b"] * bool(org_words)
            + [r"(?<=\s)(?:" + "|".join(map(re.escape, sorted(place_words, key=len, reverse=True))) + r")\b"] * bool(place_words))
            or r"(?!x)x")

    def _compile_organisations(self, titles: dict) -> None:
        """The patterns of organisations named with a head word ('... Institute', 'the University of ...')."""
        heads = titles.get("organization_heads", {}) or {}
        self.org_heads = {h: t for h, t in heads.items()}
        self._head_keys = {fold(h) for h in heads}
        self._head_words = [(h, re.compile(rf"\b{re.escape(h)}\b")) for h in sorted(self.org_heads, key=len, reverse=True)]
        if heads:   # a year may open a name ('2049 Project Institute'), the thousands of a figure may not ('8,000 Marines')
            # heads that name an organisation only before 'of' ('the Mission of Japan to ...'): last in a name they
            # name other things ('Justice Mission-2025', an exercise)
            only_first = set(titles.get("head_first_only") or [])
            head_alt = "|".join(re.escape(h) for h in sorted((h for h in heads if h not in only_first), key=len, reverse=True))
            self.org_re = re.compile(
                rf"(?P<org>(?:[A-Z][\w&’'\-]*\s+|(?<![\d,.])\d{{3,4}}\s+)(?:(?:of|for|and|on|de)\s+|[A-Z][\w&’'\-]*\s+|\d{{3,4}}\s+){{0,5}}?"
                rf"(?:{head_alt})(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'\-]*){{0,4}})?)\b")
            self.subunit_at_re = subunit_at_pattern(list(heads))
        else:
            self.org_re = self.subunit_at_re = None
        self.list_kinds = dict(titles.get("example_list_nouns") or {})
        self.list_re = list_pattern(self.list_kinds)
        self.kind_nouns = dict(titles.get("kind_name_nouns") or {})
        self.kind_re = kind_pattern(self.kind_nouns)
        self.appositive_kinds = dict(titles.get("appositive_kind_nouns") or {})
        self.appositive_kind_re = appositive_kind_pattern(self.appositive_kinds)
        # 'the University of the Ryukyus', 'the Institute of Strategic Studies': a head word first, then 'of' a name
        first = [h for h in (titles.get("head_first_heads") or []) if h in heads]
        # ... or 'on' a portfolio ('the Committee on Foreign Affairs'); a mission names where it is sent ('the Mission of
        # China to the European Union')
        self._head_first_open = re.compile(r"(?:" + "|".join(re.escape(h) for h in first) + r")\s+(?:of|for|on)\s") if first else re.compile(r"(?!x)x")
        self.head_first_re = re.compile(r"(?<![\w\-])(?P<org>(?:" + "|".join(re.escape(h) for h in first) + r")\s+(?:of|for|on)\s+(?:the\s+)?"
                                        r"[A-Z][\w’'\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'\-]*){0,4}"
                                        r"(?:(?<=\w)\s+to\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'\-]*){0,4})?)\b") if first else None
