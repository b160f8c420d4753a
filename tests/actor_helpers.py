"""Helpers shared by the actor-matching tests (not a test module: no `test_` prefix)."""


def resolved(matcher, text, start=0):
    """{surface: actor_id} of the matcher's mentions in `text` from `start` to the end."""
    mentions, _ = matcher.find(text, start, len(text))
    return {m.text: m.actor_id for m in mentions}
