"""The domain knowledge in seeds/ (registry, topics, lexicons), loaded and checked once.

A malformed file fails with its path and the reason; the content hash versions every claim.
"""
import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

KNOWLEDGE_FILES = (
    "actors.yaml", "topics.yaml", "lexicons/events.yaml", "lexicons/modality.yaml",
    "lexicons/attribution.yaml", "lexicons/titles.yaml", "lexicons/verbs.yaml", "lexicons/vocabulary.yaml",
)
OPTIONAL_KNOWLEDGE_FILES = ("lexicons/syntax.yaml",)


class KnowledgeError(ValueError):
    """A seeds/ file is missing or malformed."""


@dataclass(frozen=True)
class RegistryActor:
    actor_id: str
    name: str
    actor_type: str
    country: str | None
    aliases: tuple[str, ...]
    family_name: str | None = None
    metonyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    generic_names: tuple[str, ...] = ()   # shared short names, resolved by a country cue


@dataclass(frozen=True)
class Topic:
    topic_id: str
    label: str
    description: str
    keywords: tuple[str, ...]
    support_cues: tuple[str, ...]
    oppose_cues: tuple[str, ...]
    inverse_keywords: tuple[str, ...] = ()   # name the opposite of the support position: a cue's polarity flips
    support_phrases: tuple[str, ...] = ()    # carry support on their own, without a cue
    oppose_phrases: tuple[str, ...] = ()
    # relations between these countries: a sentence about one of them with another partner is not about it
    countries: tuple[str, ...] = ()
    third_parties: tuple[str, ...] = ()      # countries named around it that are no other partner (the PRC, the US ally)
    # generic vocabulary ('cooperation with Japan', 'hotline') that is a keyword only where one of the
    # context terms ('security', 'coast guard') stands in the same sentence
    context_keywords: tuple[str, ...] = ()
    context_terms: tuple[str, ...] = ()
    accusation_cues: tuple[str, ...] = ()    # damage cues: a speaker who reports another's damage upholds the keyword
    # positions shown by acts (pipeline/extract/stance_acts.py): act verbs with their polarity, the objects that
    # tell the topic ('the visit'), objects naming its opposite, and the terms that must name the relation
    act_objects: tuple[str, ...] = ()
    inverse_act_objects: tuple[str, ...] = ()
    act_support_cues: tuple[str, ...] = ()
    act_oppose_cues: tuple[str, ...] = ()
    act_context: tuple[str, ...] = ()
    # the relation's two parties as one subject of a joint act under a modal ('Japan and Taiwan need to talk',
    # 'Tokyo and Taipei should share radar data'): pipeline/extract/stance_frames.py joint_reading
    joint_subjects: tuple[str, ...] = ()
    joint_verbs: tuple[str, ...] = ()
    # context keywords that name the opposite of the support position ('include Taiwan in the alliance's scope' for
    # one_china_policy): a keyword only beside a context term, and a cue's polarity flips as for inverse_keywords
    inverse_context_keywords: tuple[str, ...] = ()
    # a declaration that an act will be done ('should say plainly that it would defend Taiwan', 'a clear statement that
    # the US would come to Taiwan's defense'): pipeline/extract/stance_declarations.py
    declaration_verbs: tuple[str, ...] = ()
    declaration_manners: tuple[str, ...] = ()
    declaration_frames: tuple[str, ...] = ()
    declared_acts: tuple[str, ...] = ()
    declaration_countries: tuple[str, ...] = ()   # whose declaration it must be: named in the sentence or the holder's
    # a position on another topic placed at this topic's level ('a security dialogue between the two governments' is
    # an official relation too): pipeline/extract/stance_levels.py
    level_of: tuple[str, ...] = ()
    level_terms: tuple[str, ...] = ()
    # an act under a modal conditioned on an attack ('would act with the US if Taiwan were attacked'):
    # pipeline/extract/stance_conditions.py
    conditioned_acts: tuple[str, ...] = ()
    act_conditions: tuple[str, ...] = ()
    # support phrases that charge their subject with an act against the position ('[the statement] grossly interfered
    # in China's internal affairs'): the one who makes the charge holds it, never the charged subject
    charge_phrases: tuple[str, ...] = ()
    # the reason given for refusing a position on another topic that places it at this topic's level ('citing the
    # absence of diplomatic relations'): raises only an oppose row (pipeline/extract/stance_levels.py)
    level_oppose_terms: tuple[str, ...] = ()
    # a reaction to a matter named before ('Beijing condemned the move'): read for this topic when the matter's keyword
    # is this topic's (pipeline/extract/stance_anaphora.py); off for a topic whose keywords name the threat itself
    # (condemning drills that simulate an invasion of Taiwan is no position on defending it)
    anaphora: bool = False


@dataclass(frozen=True)
class EventType:
    plover: str
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    modes: dict = field(default_factory=dict, hash=False)
    ambiguous: dict = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Knowledge:
    """Everything the extractor knows; hashable by content (`version`)."""

    actors: tuple[RegistryActor, ...]
    topics: tuple[Topic, ...]
    event_types: tuple[EventType, ...]
    modality: dict = field(hash=False)
    attribution: dict = field(hash=False)
    titles: dict = field(hash=False)
    irregular_verbs: dict = field(hash=False)
    version: str = ""
    syntax: dict = field(default_factory=dict, hash=False)   # optional lexicons/syntax.yaml
    vocabulary: dict = field(default_factory=dict, hash=False)   # lexicons/vocabulary.yaml: word lists of the rules

    @cached_property
    def actors_by_id(self) -> dict[str, RegistryActor]:
        return {a.actor_id: a for a in self.actors}


# libyaml's safe loader reads the same documents ~7x faster (the registry: 0.5 s -> 0.07 s)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path):
    if not path.exists():
        raise KnowledgeError(f"{path}: missing (the domain knowledge must be in seeds/)")
    try:
        loader = SAFE_LOADER(path.read_text(encoding="utf-8"))   # a safe loader only: no yaml.load anywhere
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML: {exc}") from exc


def _strings(value, path: Path, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
        raise KnowledgeError(f"{path}: {what} must be a list of strings (quote yes/no/on/off)")
    return tuple(str(v) for v in value)


def _load_actors(path: Path) -> tuple[RegistryActor, ...]:
    rows = _read_yaml(path) or []
    if not isinstance(rows, list):
        raise KnowledgeError(f"{path}: expected a list of actors")
    actors, seen = [], set()
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not row.get("actor_id") or not row.get("name") or not row.get("actor_type"):
            raise KnowledgeError(f"{path}: entry {i} needs actor_id, name and actor_type: {row!r}")
        if row["actor_id"] in seen:
            raise KnowledgeError(f"{path}: duplicate actor_id {row['actor_id']!r}")
        seen.add(row["actor_id"])
        aliases = tuple(dict.fromkeys((row["name"],) + _strings(row.get("aliases"), path, f"{row['actor_id']}.aliases")))
        actors.append(RegistryActor(
            actor_id=row["actor_id"], name=row["name"], actor_type=row["actor_type"],
            country=row.get("country") or None, aliases=aliases,
            family_name=row.get("family_name") or None,
            metonyms=_strings(row.get("metonyms"), path, "metonyms"),
            demonyms=_strings(row.get("demonyms"), path, "demonyms"),
            generic_names=_strings(row.get("generic_names"), path, "generic_names"),
        ))
    return tuple(actors)


def _load_topics(path: Path) -> tuple[Topic, ...]:
    rows = _read_yaml(path) or []
    topics = []
    for row in rows:
        if not isinstance(row, dict) or not {"topic_id", "label", "description"} <= set(row):
            raise KnowledgeError(f"{path}: each topic needs topic_id, label and description: {row!r}")
        topics.append(Topic(row["topic_id"], row["label"], str(row["description"]).strip(),
                            _strings(row.get("keywords"), path, "keywords"),
                            _strings(row.get("support_cues"), path, "support_cues"),
                            _strings(row.get("oppose_cues"), path, "oppose_cues"),
                            _strings(row.get("inverse_keywords"), path, "inverse_keywords"),
                            _strings(row.get("support_phrases"), path, "support_phrases"),
                            _strings(row.get("oppose_phrases"), path, "oppose_phrases"),
                            _strings(row.get("countries"), path, "countries"),
                            _strings(row.get("third_parties"), path, "third_parties"),
                            _strings(row.get("context_keywords"), path, "context_keywords"),
                            _strings(row.get("context_terms"), path, "context_terms"),
                            _strings(row.get("accusation_cues"), path, "accusation_cues"),
                            *(_strings(row.get(k), path, k) for k in ("act_objects", "inverse_act_objects", "act_support_cues",
                                                                      "act_oppose_cues", "act_context",
                                                                      "joint_subjects", "joint_verbs",
                                                                      "inverse_context_keywords", "declaration_verbs",
                                                                      "declaration_manners", "declaration_frames",
                                                                      "declared_acts", "declaration_countries",
                                                                      "level_of", "level_terms", "conditioned_acts",
                                                                      "act_conditions", "charge_phrases", "level_oppose_terms")),
                            anaphora=bool(row.get("anaphora", False))))
    return tuple(topics)


def _load_event_types(path: Path) -> tuple[EventType, ...]:
    rows = _read_yaml(path) or []
    out = []
    for row in rows:
        if not isinstance(row, dict) or "plover" not in row:
            raise KnowledgeError(f"{path}: each entry needs a plover type: {row!r}")
        out.append(EventType(row["plover"], _strings(row.get("verbs"), path, "verbs"),
                             _strings(row.get("nouns"), path, "nouns"), dict(row.get("modes") or {}),
                             dict(row.get("ambiguous") or {})))
    return tuple(out)


def _mapping(path: Path) -> dict:
    data = _read_yaml(path) or {}
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping")
    return data


def knowledge_hash(seeds_dir: Path) -> str:
    """sha256 over the knowledge files' names and bytes: changes when any of them changes."""
    h = hashlib.sha256()
    for name in KNOWLEDGE_FILES + OPTIONAL_KNOWLEDGE_FILES:
        p = seeds_dir / name
        h.update(name.encode() + b"\0" + (p.read_bytes() if p.exists() else b"") + b"\0")
    return h.hexdigest()


def load_knowledge(seeds_dir: Path) -> Knowledge:
    """Load and check every knowledge file under seeds_dir."""
    seeds_dir = Path(seeds_dir)
    return Knowledge(
        actors=_load_actors(seeds_dir / "actors.yaml"),
        topics=_load_topics(seeds_dir / "topics.yaml"),
        event_types=_load_event_types(seeds_dir / "lexicons/events.yaml"),
        modality=_mapping(seeds_dir / "lexicons/modality.yaml"),
        attribution=_mapping(seeds_dir / "lexicons/attribution.yaml"),
        titles=_mapping(seeds_dir / "lexicons/titles.yaml"),
        irregular_verbs=_mapping(seeds_dir / "lexicons/verbs.yaml"),
        version=knowledge_hash(seeds_dir)[:12],
        syntax=_mapping(seeds_dir / "lexicons/syntax.yaml") if (seeds_dir / "lexicons/syntax.yaml").exists() else {},
        vocabulary=_mapping(seeds_dir / "lexicons/vocabulary.yaml"),
    )


def describe(knowledge: Knowledge) -> str:
    """A short JSON summary for metadata and logs."""
    return json.dumps({"version": knowledge.version, "actors": len(knowledge.actors),
                       "topics": len(knowledge.topics), "event_types": len(knowledge.event_types)})
