"""Tiny hand-made tables that pass every schema and cross-table rule, for release tests that must
be fast and must control exactly what changes between two releases."""
import hashlib

from schemas import TABLE_MODELS
from schemas.frames import frame

TEXTS = {
    "a.txt": "Japan and Taiwan held security talks in Tokyo. The talks were the first of their kind.",
    "b.txt": "Taiwan and Japan held security talks again. Officials met in Taipei.",
}


def doc_id(name: str) -> str:
    return "doc-" + hashlib.sha256(TEXTS[name].encode()).hexdigest()[:16]


def make_tables(files=("a.txt",), *, summary_suffix: str = "") -> tuple[dict, list[dict]]:
    """(tables, inputs): one document per file, one event claim and one event per document."""
    docs, claims, events = [], [], []
    for name in files:
        text, did = TEXTS[name], doc_id(name)
        sentence = text.split(". ")[0] + "."
        docs.append({"doc_id": did, "source_file": name, "source_files": [name], "language": "en",
                     "encoding": "utf-8", "sha256": hashlib.sha256(text.encode()).hexdigest(), "n_chars": len(text),
                     "text": text, "body_start": 0, "body_end": len(text), "excluded_spans": []})
        claims.append({"claim_id": f"claim-{did[4:]}", "doc_id": did, "char_start": 0, "char_end": len(sentence),
                       "text": sentence, "kind": "event", "modality": "asserted", "predicate": "CONSULT",
                       "trigger": "held", "subject_ids": ["japan"], "object_ids": ["taiwan"],
                       "date_precision": "unknown", "confidence": 0.9, "extractor": "test/1"})
        events.append({"event_id": f"event-{did[4:]}", "event_type": "CONSULT", "date_precision": "unknown",
                       "source_actor_ids": ["japan"], "target_actor_ids": ["taiwan"],
                       "summary": "japan CONSULT taiwan: " + sentence + summary_suffix,
                       "claim_ids": [f"claim-{did[4:]}"], "doc_ids": [did], "n_documents": 1, "confidence": 0.9})
    actors = [{"actor_id": "japan", "name": "Japan", "actor_type": "state", "country": "JPN", "aliases": ["Japan"],
               "origin": "registry", "n_documents": len(docs), "n_claims": len(claims)},
              {"actor_id": "taiwan", "name": "Taiwan", "actor_type": "state", "country": "TWN", "aliases": ["Taiwan"],
               "origin": "registry", "n_documents": len(docs), "n_claims": len(claims)}]
    topics = [{"topic_id": "jp_tw_security_cooperation", "label": "Japan–Taiwan security cooperation",
               "description": "Japan and Taiwan should cooperate on security."}]
    records = {"documents": docs, "claims": claims, "mentions": [], "actors": actors, "events": events,
               "stances": [], "topics": topics, "rejects": []}
    tables = {name: frame(model, records[name]) for name, model in TABLE_MODELS.items()}
    inputs = [{"source_file": name, "sha256": hashlib.sha256(TEXTS[name].encode()).hexdigest(),
               "doc_id": doc_id(name), "status": "ingested", "reason": None} for name in files]
    return tables, inputs
