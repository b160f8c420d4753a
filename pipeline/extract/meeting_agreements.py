"""A meeting reported with what it agreed is one AGREE event (GUIDELINES, type conventions: 'talks, summits,
dialogues = CONSULT, but a meeting reported with its signed agreements is one AGREE event').

'X and Y held talks on Friday and signed an agreement', 'X met Y ... and agreed to expand ...', 'X and Y agreed on
terms of reference during X's visit to Tokyo': the sentence reports one occasion; its meeting act is folded into the
agreement when the two share a participant. Pure function over the per-sentence act records of events.py."""

from __future__ import annotations

MEETING, AGREEMENT = "CONSULT", "AGREE"


def _participants(act: dict) -> set[str]:
    return set(act["subject_ids"]) | set(act["object_ids"])


def fold_meetings(acts: list[dict]) -> list[dict]:
    """The acts of one sentence less each asserted meeting whose participants an asserted agreement of the same
    sentence shares (at least one party in common). A meeting with other parties stays its own event ('X met Y, and
    Z agreed ...')."""
    agreements = [a for a in acts if a["plover"] == AGREEMENT and a["modality"] == "asserted"]
    if not agreements:
        return acts
    return [a for a in acts
            if not (a["plover"] == MEETING and a["modality"] == "asserted"
                    and any(_participants(a) & _participants(g) for g in agreements))]
