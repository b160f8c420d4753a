"""Pandera models of the release tables: the executable form of CONTRACT.md."""
from schemas.actors import Actors
from schemas.base import CONTRACT_VERSION
from schemas.claims import Claims
from schemas.documents import Documents
from schemas.events import Events
from schemas.mentions import Mentions
from schemas.rejects import Rejects
from schemas.stances import Stances
from schemas.topics import Topics

# Release tables in the order they are written and documented.
TABLE_MODELS = {
    "documents": Documents,
    "claims": Claims,
    "mentions": Mentions,
    "actors": Actors,
    "events": Events,
    "stances": Stances,
    "topics": Topics,
    "rejects": Rejects,
}

PRIMARY_KEYS = {
    "documents": "doc_id", "claims": "claim_id", "mentions": "mention_id", "actors": "actor_id",
    "events": "event_id", "stances": "stance_id", "topics": "topic_id",
}

__all__ = ["CONTRACT_VERSION", "PRIMARY_KEYS", "TABLE_MODELS", "Actors", "Claims", "Documents", "Events",
           "Mentions", "Rejects", "Stances", "Topics"]
