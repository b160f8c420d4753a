"""Who speaks a sentence (ClaimExtractor's first stage): its own attribution, else a quotation that closes later, goes
on from the last speaker or an announcement; and what the sentence leaves for the next one to refer back to."""
from functools import cached_property

from pipeline.extract.attribution import opening_body
from pipeline.extract.claim_pass import DocumentPass, SentenceView
from pipeline.extract.pronoun_bodies import body_antecedent
from pipeline.extract.predicates import drop_parenthesised
from pipeline.extract.reply_leads import date_reply_detail
from pipeline.extract.sentences import Sentence
from pipeline.extract.statements import (OPENS_QUOTE, after_quote_close, quotation_open_at, remarks_owner,
                                         wholly_quoted_paragraph)
from pipeline.extract.unnamed_speakers import compile_unnamed_body_speaker, unnamed_body_speaker


class SentenceSpeakers:
    """Mixin of ClaimExtractor: the speaker of a sentence and the speakers it leaves to the next."""

    @cached_property     # 'an embassy spokesperson said': the kind nouns of the bodies (vocabulary.yaml unnamed_speaker_bodies)
    def _unnamed_body_speaker(self):
        return compile_unnamed_body_speaker((self.knowledge.vocabulary or {}).get("unnamed_speaker_bodies"))

    def _sentence_speaker(self, d: DocumentPass, i: int, s: Sentence, in_s: list, core: list):
        """(claimant, verb, verb_at, frame, spoken) of sentence i: frame is (sentence, offset) where the speaking is
        dated; spoken is a transcript speaker's, when no one else's words they are."""
        text = d.text
        # 'he said' refers back to the last sentence's speaker, else to the last person named
        he = d.prev_speaker[1] if d.prev_speaker and "\n\n" not in text[d.prev_speaker[0]:s.start] else d.last_person
        claimant, verb, verb_at = self.attribution(text, s, core, he)
        if claimant is None:     # 'an embassy spokesperson said': the embassy the text has just named
            claimant = unnamed_body_speaker(text, s.start, s.end, d.mentions, self._actor_name_of(d.discovered),
                                            lambda a: self._actor_type(a, d.discovered) == "government_body",
                                            pattern=self._unnamed_body_speaker)
        frame = (s, verb_at) if verb_at is not None else None     # where the speaking is dated
        if claimant is None and i in d.closers:     # a quotation whose speaker is named where it closes
            closing = d.sentences[d.closers[i]]
            who, _, at = self.attribution(text, closing, drop_parenthesised(text, d.sentence_mentions(closing)), he)
            claimant = who if who is not None and after_quote_close(closing, at) else None
            frame = (closing, at) if claimant is not None else None
        if claimant is None:
            claimant = self._quotation_speaker(d, s)
        if claimant is None and d.remarks_by is not None:
            # the announced words go on until the narration names their owner again ('Mr. Ishiba then ... thanking
            # President Tsai')
            d.remarks_by = None if any(m.actor_id == d.remarks_by for m in in_s) else d.remarks_by
            claimant = d.remarks_by
        spoken = d.segments.speaker_at(s.start) if claimant is None else None   # a transcript speaker's words
        return claimant or spoken, verb, verb_at, frame, spoken

    @staticmethod
    def _quotation_speaker(d: DocumentPass, s: Sentence) -> str | None:
        """The speaker a quotation without one of its own goes on with, else None."""
        text, quoted_by, prev_speaker = d.text, d.quoted_by, d.prev_speaker
        if quoted_by is not None and quoted_by[0] >= 0 and (
                OPENS_QUOTE.match(s.text) and "\n\n" not in text[quoted_by[0]:s.start]
                # a paragraph that is only a quotation goes on with the last speaker ('..., Su told RFA.' / '"Japan ..."')
                or not text[quoted_by[0]:s.start].strip() and wholly_quoted_paragraph(text, s.start)
                # a quotation the last sentence opened and left open ('X told Newsweek: "This is ... . Washington should ..."')
                or "\n\n" not in text[quoted_by[0]:s.start] and quotation_open_at(text, s.start)):
            return quoted_by[1]     # '"...," said Aya Morikawa. "The two sides need ..."': the quotation goes on
        if quoted_by is None and prev_speaker is not None and (
                OPENS_QUOTE.match(s.text) and "\n\n" not in text[prev_speaker[0]:s.start]
                or not text[prev_speaker[0]:s.start].strip() and wholly_quoted_paragraph(text, s.start)):
            # a quotation without a speaker of its own right after a person's reported words ('But Kotani argued that
            # ... . "Tokyo should ..."'): news style gives it to that speaker, as after a sentence that quoted them
            return prev_speaker[1]
        return None

    def _remember_speakers(self, d: DocumentPass, v: SentenceView, acts: list[dict]) -> None:
        """What the sentence leaves for the next to refer back to: its speaker, its last person, its opening body."""
        text, s, claimant = d.text, v.s, v.claimant
        d.quoted_by = (s.end, claimant) if claimant is not None and any(q in s.text for q in "“”\"") else None
        d.remarks_by = remarks_owner(text, s, v.in_s) or d.remarks_by     # 'President Tsai's remarks follow:
        d.prev_speaker = (s.end, claimant) if claimant in d.person_ids else None
        self._last_body = opening_body(text, s, v.core, lambda a: self._actor_type(a, d.discovered), self._last_body)
        persons = [m for m in v.in_s if m.actor_id in d.person_ids]
        if persons:
            d.last_person = persons[-1].actor_id
        d.last_body = body_antecedent(text, s.start, s.end, v.core, acts, persons=d.person_ids, previous=d.last_body)
        if v.i - 1 in d.reply_leads and "\n" not in text[d.sentences[v.i - 1].end:s.start]:
            # "Beijing's answer came the next day. Its spokesperson said ...": the reply's day
            date_reply_detail(d.claims[v.first_claim:], d.reply_leads[v.i - 1], s.text, published=d.published,
                              country_of=lambda a: self._doc_countries.get(a) or self._country(a))
