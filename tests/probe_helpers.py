"""Shared pieces of the round probes (`tests/test_*_probe.py`): text in, event rows out; strict xfail cases."""
from datetime import date

import pytest

from pipeline.curate import build_events
from pipeline.extract.claims import DocumentInput


def event_rows(extractor, text: str, published: date):
    """The event rows `build_events` makes of one document holding only `text` (all of it body)."""
    doc = DocumentInput("doc-0000000000000000", text, published_date=published, body_start=0, body_end=len(text))
    return build_events(extractor.extract(doc).claims, {})


def xfail_case(*values_and_reason):
    """A parametrized case expected to fail, strictly (an XPASS fails the run): its values, then the reason."""
    *values, reason = values_and_reason
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))
