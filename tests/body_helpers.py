"""Shared helper of the body-finder tests."""
from pipeline.extract.body import find_body


def body_text(text: str, **kw) -> str:
    """The text of the body the finder finds (keyword options as find_body's)."""
    body = find_body(text, **kw)
    return text[body.start:body.end]
