"""Round 16: the cross-table rules in Arrow (foreign keys, events resting on asserted claims) and the text-slice
checks by position give exactly the row-by-row rules' results. (The round also grouped the contract's checks into
multi_asset_check steps; that was reverted: a check inside a group cannot be executed on its own from the UI.)"""
import pytest

from tests.test_downstream_equivalence import _broken, tables  # noqa: F401  (the module fixture)


def test_cross_table_rules_in_arrow_equal_the_row_by_row_rules(tables):  # noqa: F811
    """foreign_keys and events_rest_on_asserted_claims (Arrow first, Python only for flagged rows) against the
    row-by-row reference, on the generated tables and on variants: broken rows, duplicate claim IDs, an empty
    and an unknown claim list, plain pandas frames, no events."""
    import random

    import pandas as pd

    from pipeline import integrity
    from tests import reference_downstream as reference
    from tests.test_downstream_equivalence import _set

    rng = random.Random(16)
    variants = [tables, _broken(tables)]
    for _ in range(4):
        t = {k: v.copy() for k, v in tables.items()}
        claims, events = t["claims"], t["events"]
        for _ in range(3):
            row = rng.randrange(len(events))
            choice = rng.randrange(4)
            if choice == 0:
                _set(events, "claim_ids", row, [])
            elif choice == 1:
                _set(events, "claim_ids", row, [*events.at[row, "claim_ids"], f"clm-{rng.randrange(10**6)}"])
            elif choice == 2:
                statement = claims.loc[claims["kind"] != "event", "claim_id"]
                _set(events, "claim_ids", row, [statement.iloc[rng.randrange(len(statement))]])
            else:
                claims.loc[rng.randrange(len(claims)), "modality"] = "hedged"
        variants.append(t)
    dup = {k: v.copy() for k, v in tables.items()}
    used = dup["events"]["claim_ids"].iloc[0][0]
    first = dup["claims"][dup["claims"]["claim_id"] == used].assign(modality="negated")
    dup["claims"] = pd.concat([dup["claims"], first], ignore_index=True)   # the same claim ID twice: the last one counts
    variants.append(dup)
    plain = {k: pd.DataFrame({c: v[c].tolist() for c in v.columns}) for k, v in tables.items()}
    variants.append(plain)
    variants.append({**tables, "events": tables["events"].iloc[0:0]})
    for t in variants:
        assert integrity.foreign_keys(t) == reference.foreign_keys(t)
        assert integrity.events_rest_on_asserted_claims(t["events"], t["claims"]) == \
            reference.events_rest_on_asserted_claims(t["events"], t["claims"])
    assert integrity.events_rest_on_asserted_claims(dup["events"], dup["claims"])   # the duplicate made one fail


def test_slice_checks_by_position_equal_the_row_by_row_rules(tables):  # noqa: F811
    """claim_slices / mention_slices (documents by position, IDs only for failures) against the row-by-row
    reference: good and broken tables, a document twice (its last row counts), an unknown document, plain frames."""
    import pandas as pd

    from pipeline import integrity
    from tests import reference_downstream as reference

    broken = _broken(tables)
    twice = {k: v.copy() for k, v in tables.items()}
    doc = twice["documents"].iloc[[0]].copy()
    doc["text"] = doc["text"].str.upper()            # the same doc_id again, another text: every slice of it differs
    twice["documents"] = pd.concat([twice["documents"], doc], ignore_index=True)
    unknown = {k: v.copy() for k, v in tables.items()}
    unknown["mentions"].loc[3, "doc_id"] = "doc-0000000000000000"
    unknown["claims"].loc[5, "char_end"] = unknown["claims"].loc[5, "char_end"] + 10 ** 6   # a slice Python clamps
    plain = {k: pd.DataFrame({c: v[c].tolist() for c in v.columns}) for k, v in tables.items()}
    for t in (tables, broken, twice, unknown, plain):
        assert integrity.claim_slices(t["documents"], t["claims"]) == reference.claim_slices(t["documents"], t["claims"])
        assert integrity.mention_slices(t["documents"], t["mentions"]) == \
            reference.mention_slices(t["documents"], t["mentions"])
    assert integrity.mention_slices(twice["documents"], twice["mentions"])
    assert integrity.mention_slices(unknown["documents"], unknown["mentions"])
