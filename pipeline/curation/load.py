"""Read and check the curators' override files (seeds/curation/*.yaml).

Every mistake is reported with the file, the line and the reason, before anything is applied:
a typo in a key must not turn an override into a silent no-op.
"""
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from schemas.base import ACTOR_TYPES, CLAIM_KINDS, DATE_PRECISIONS, MODALITIES, PLOVER_TYPES, POLARITIES

KINDS = ("actors", "claims", "events", "stances")
COMMON = ("id", "who", "when", "why", "action")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PLACEHOLDER = re.compile(r"^(TODO|YOUR-NAME)\b")
DATE_KEYS = ("date_start", "date_end", "date_precision")

# Keys that address rows by something that survives re-extraction, per kind of row.
ADDRESS = {
    "claims": ("document", "quote", "kind", "predicate", "trigger", "topic_id", "polarity", "claim_id"),
    "events": ("document", "quote", "event_type", "trigger", "event_id"),
    "stances": ("document", "quote", "actor_id", "topic_id", "polarity", "stance_id"),
}
SETTABLE = {
    "actors": ("name", "actor_type", "country"),
    "claims": ("modality", "claimant_id", *DATE_KEYS),
    "events": ("event_type", "source_actor_ids", "target_actor_ids", *DATE_KEYS),
    "stances": ("topic_id", "polarity"),
}
# action -> (required keys, optional keys) besides COMMON and the address
ACTIONS = {
    "actors": {"add_alias": (("actor_id", "aliases"), ()), "set": (("actor_id", "set"), ()),
               "merge": (("actor_id", "merge"), ()),
               "split": (("actor_id", "into", "where"), ("name", "actor_type", "country")),
               "remove": (("actor_id", "where"), ()), "add_mention": (("actor_id", "document", "quote"), ()),
               "confirm": (("actor_id",), ())},
    "claims": {"reject": ((), ()), "set": (("set",), ()), "confirm": ((), ())},
    "events": {"set": (("set",), ()), "remove": ((), ()), "split": ((), ()), "merge": (("events",), ()),
               "confirm": ((), ()),
               "add": (("document", "quote", "event_type", "source_actor_ids"),
                       ("target_actor_ids", *DATE_KEYS))},
    "stances": {"remove": ((), ()), "set": (("set",), ()), "confirm": ((), ()),
                "add": (("document", "quote", "actor_id", "topic_id", "polarity"), DATE_KEYS)},
}
ADDRESSED = {("claims", "reject"), ("claims", "set"), ("claims", "confirm"), ("events", "set"), ("events", "remove"),
             ("events", "split"), ("events", "confirm"), ("stances", "remove"), ("stances", "set"), ("stances", "confirm")}


class CurationError(ValueError):
    """An override file is malformed; the message names the file, the line and the reason."""


@dataclass(frozen=True)
class Override:
    id: str
    kind: str            # actors | claims | events | stances
    action: str
    who: str
    when: date
    why: str
    file: str
    line: int
    spec: dict = field(hash=False)   # everything else: address and new values

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


class _LineLoader(yaml.SafeLoader):
    """Safe YAML that remembers the line each mapping starts on (under the key __line__)."""


def _mapping_with_line(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def kind_of(path: Path) -> str:
    """actors.yaml, actors-2026.yaml and actors_taiwan.yaml all hold actor overrides."""
    kind = re.split(r"[-_.]", path.stem, maxsplit=1)[0]
    if kind not in KINDS:
        raise CurationError(f"{path}: the file name must start with one of {', '.join(KINDS)} (it says what the overrides address)")
    return kind


def _strip_lines(value):
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _date(value, where: str, key: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CurationError(f"{where}: {key} must be an ISO date (YYYY-MM-DD), got {value!r}") from None


def _string_list(value, where: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise CurationError(f"{where}: {key} must be a non-empty list of strings")
    return value


def _check_dates(values: dict, where: str) -> None:
    """date_start/date_end/date_precision follow the contract: unknown exactly when both are null."""
    given = [k for k in DATE_KEYS if k in values]
    if not given:
        return
    if "date_precision" not in values:
        raise CurationError(f"{where}: a date correction needs date_precision ({' | '.join(DATE_PRECISIONS)})")
    precision = values["date_precision"]
    if precision not in DATE_PRECISIONS:
        raise CurationError(f"{where}: date_precision must be one of {DATE_PRECISIONS}, got {precision!r}")
    start = values["date_start"] = _date(values.get("date_start"), where, "date_start")
    end = values["date_end"] = _date(values.get("date_end", start), where, "date_end")
    if precision == "unknown" and (start or end):
        raise CurationError(f"{where}: date_precision unknown goes with null dates (dates are never guessed)")
    if precision != "unknown" and (start is None or end is None or start > end):
        raise CurationError(f"{where}: date_precision {precision} needs date_start <= date_end")


def _check_values(values: dict, kind: str, where: str) -> None:
    """Vocabularies of the values an override sets (the same ones the schemas enforce)."""
    vocab = {"modality": MODALITIES, "event_type": PLOVER_TYPES, "polarity": POLARITIES, "actor_type": ACTOR_TYPES,
             "kind": CLAIM_KINDS, "predicate": PLOVER_TYPES + ("STANCE",)}
    for key, allowed in vocab.items():
        if key in values and values[key] not in allowed and not (key == "predicate" and kind == "claims"):
            raise CurationError(f"{where}: {key} must be one of {', '.join(allowed)}, got {values[key]!r}")
    for key in ("source_actor_ids", "target_actor_ids"):
        if key in values:
            values[key] = [] if values[key] in (None, []) and key == "target_actor_ids" else _string_list(values[key], where, key)
    for key in ("actor_id", "into", "claimant_id"):
        if values.get(key) is not None and not SLUG_RE.match(str(values[key])):
            raise CurationError(f"{where}: {key} must be an actor slug like 'tsai-ing-wen', got {values[key]!r}")
    if values.get("country") is not None and not re.match(r"^[A-Z]{3}$", str(values["country"])):
        raise CurationError(f"{where}: country must be ISO 3166-1 alpha-3 (e.g. JPN) or null, got {values['country']!r}")
    _check_dates(values, where)


def _check_address(address: dict, kind: str, where: str, *, quote_required: bool = False) -> dict:
    if not isinstance(address, dict):
        raise CurationError(f"{where}: an address must be a mapping (document + quote, or an ID)")
    unknown = sorted(set(address) - set(ADDRESS[kind]) - {"__line__"})
    if unknown:
        raise CurationError(f"{where}: unknown address key(s) {unknown}; allowed: {', '.join(ADDRESS[kind])}")
    id_key = ADDRESS[kind][-1]
    has_text = "document" in address or "quote" in address
    if has_text and not (address.get("document") and address.get("quote")):
        raise CurationError(f"{where}: address rows by document AND quote (the exact text of the sentence)")
    if quote_required and not has_text:
        raise CurationError(f"{where}: needs document and quote (the evidence)")
    if not has_text and not address.get(id_key):
        raise CurationError(f"{where}: needs an address: document + quote (preferred, survives re-extraction) or {id_key}")
    address = _strip_lines(address)
    _check_values(address, kind, where)
    return address


def _check_entry(entry, kind: str, where: str) -> dict:
    if not isinstance(entry, dict):
        raise CurationError(f"{where}: each override must be a mapping, got {type(entry).__name__}")
    missing = [k for k in COMMON if entry.get(k) in (None, "")]
    if missing:
        raise CurationError(f"{where}: missing {', '.join(missing)} (every override says id, who, when, why and action)")
    if not ID_RE.match(str(entry["id"])):
        raise CurationError(f"{where}: id {entry['id']!r} must be letters, digits, '.', '_' or '-'")
    for key in ("who", "why"):
        if PLACEHOLDER.match(str(entry[key])):
            raise CurationError(f"{where}: fill in {key} (found the placeholder {entry[key]!r})")
    action = entry["action"]
    if action not in ACTIONS[kind]:
        raise CurationError(f"{where}: action {action!r} is not one of {', '.join(ACTIONS[kind])} for {kind}")
    required, optional = ACTIONS[kind][action]
    address_keys = ADDRESS[kind] if (kind, action) in ADDRESSED else ()
    allowed = set(COMMON) | set(required) | set(optional) | set(address_keys) | {"__line__"}
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise CurationError(f"{where}: unknown key(s) {unknown} for {kind} {action}; allowed: {', '.join(sorted(allowed - {'__line__'}))}")
    absent = [k for k in required if entry.get(k) in (None, "", [], {})]
    if absent:
        raise CurationError(f"{where}: {kind} {action} needs {', '.join(absent)}")
    spec = {k: v for k, v in entry.items() if k not in COMMON and k != "__line__"}
    if (kind, action) in ADDRESSED:
        spec["address"] = _check_address({k: spec.pop(k) for k in address_keys if k in spec}, kind, where)
    if "set" in spec:
        new = spec["set"]
        if not isinstance(new, dict) or not set(new) - {"__line__"}:
            raise CurationError(f"{where}: set must be a mapping of column -> new value")
        bad = sorted(set(new) - set(SETTABLE[kind]) - {"__line__"})
        if bad:
            raise CurationError(f"{where}: cannot set {bad} on {kind}; settable: {', '.join(SETTABLE[kind])}")
        spec["set"] = _strip_lines(new)
        _check_values(spec["set"], kind, where)
    if action == "merge" and kind == "events":
        if not isinstance(spec["events"], list) or len(spec["events"]) < 2:
            raise CurationError(f"{where}: events merge needs a list of at least two event addresses")
        spec["events"] = [_check_address(a, "events", where) for a in spec["events"]]
    if action == "merge" and kind == "actors":
        spec["merge"] = _string_list(spec["merge"], where, "merge")
        if spec["actor_id"] in spec["merge"]:
            raise CurationError(f"{where}: an actor cannot be merged into itself")
    if action == "add_alias":
        spec["aliases"] = _string_list(spec["aliases"], where, "aliases")
    if action in ("split", "remove") and kind == "actors":
        where_list = spec["where"] if isinstance(spec["where"], list) else [spec["where"]]
        spec["where"] = []
        for w in where_list:
            if not isinstance(w, dict) or not w.get("document") or set(w) - {"document", "quote", "__line__"}:
                raise CurationError(f"{where}: each {action} place needs a document (and optionally a quote), nothing else")
            spec["where"].append(_strip_lines(w))
    if action == "add_mention":
        for key in ("document", "quote"):
            if not isinstance(spec[key], str) or not spec[key].strip():
                raise CurationError(f"{where}: add_mention needs {key} as text (the exact words that name the actor)")
    if action == "add":
        spec["address"] = _check_address({"document": spec.pop("document"), "quote": spec.pop("quote")}, kind, where,
                                         quote_required=True)
    _check_values(spec, kind, where)
    return spec


def _safe_load_with_lines(text: str):
    """yaml.safe_load that also records line numbers (_LineLoader is a SafeLoader)."""
    loader = _LineLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_file(path: Path, kind: str | None = None) -> list[Override]:
    """The overrides of one file, checked; raises CurationError naming the file and line."""
    kind = kind or kind_of(path)
    try:
        data = _safe_load_with_lines(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise CurationError(f"{path}{line}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    except UnicodeDecodeError as exc:
        raise CurationError(f"{path}: not UTF-8 text: {exc}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise CurationError(f"{path}:1: expected a list of overrides (each item starting with '- id: ...')")
    out = []
    for entry in data:
        line = entry.get("__line__", 0) if isinstance(entry, dict) else 0
        where = f"{path}:{line}" if line else str(path)
        spec = _check_entry(entry, kind, where)
        out.append(Override(id=str(entry["id"]), kind=kind, action=entry["action"], who=str(entry["who"]),
                            when=_date(entry["when"], where, "when"), why=str(entry["why"]).strip(),
                            file=path.name, line=line, spec=spec))
    return out


def load_overrides(folder: Path | None) -> list[Override]:
    """Every override under folder (*.yaml, *.yml; sorted by file name, then by position in the file).
    A missing folder means no curation yet; IDs must be unique across all files."""
    if folder is None or not Path(folder).is_dir():
        return []
    overrides, seen = [], {}
    for path in sorted(p for p in Path(folder).iterdir() if p.suffix in (".yaml", ".yml")):
        for o in load_file(path):
            if o.id in seen:
                raise CurationError(f"{path}:{o.line}: override id {o.id!r} is already used at {seen[o.id]}")
            seen[o.id] = o.where
            overrides.append(o)
    return overrides
