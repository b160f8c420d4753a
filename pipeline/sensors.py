"""The documents folder as a trigger: a sensor that requests a build when files appear, change or
disappear. The fingerprint (names + sha256) is the sensor's cursor, so an unchanged folder never
starts a run and every state change starts exactly one."""
import hashlib
import json
from pathlib import Path

import dagster as dg

from pipeline.resources import PipelineConfig


def folder_listing(folder: Path) -> dict[str, str]:
    """{file name: sha256} of every regular, non-hidden file (documents.csv included: its
    metadata changes the documents table too). Symlinks are listed by name only: ingest rejects
    them without following them, and so does this."""
    listing = {}
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.startswith("."):
            continue
        if path.is_symlink():
            listing[path.name] = "symlink"
        elif path.is_file():
            listing[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return listing


def fingerprint(listing: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(sorted(listing.items())).encode()).hexdigest()


def describe_change(before: dict[str, str], after: dict[str, str]) -> dict[str, list[str]]:
    return {"added": sorted(after.keys() - before.keys()),
            "changed": sorted(k for k in after.keys() & before.keys() if after[k] != before[k]),
            "deleted": sorted(before.keys() - after.keys())}


def summary(change: dict[str, list[str]], limit: int = 5) -> str:
    parts = []
    for kind, names in change.items():
        if names:
            shown = ", ".join(names[:limit]) + (f" and {len(names) - limit} more" if len(names) > limit else "")
            parts.append(f"{kind} {len(names)}: {shown}")
    return "; ".join(parts) or "no change"


# The cursor keeps the listing only up to this many files, to name what changed; beyond it only the
# fingerprint (a cursor is stored on every tick and must stay small).
LISTING_IN_CURSOR = 2000


@dg.sensor(job_name="build_release", minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Watches the documents folder (names and sha256 of every file, documents.csv included) and "
                       "requests a build_release run when a document is added, changed or deleted.")
def documents_sensor(context: dg.SensorEvaluationContext, pipeline_config: PipelineConfig) -> dg.SensorResult:
    folder = pipeline_config.documents_path
    if not folder.is_dir():
        return dg.SensorResult(skip_reason=f"{folder}: documents folder not found")
    listing = folder_listing(folder)
    current = fingerprint(listing)
    state = json.loads(context.cursor) if context.cursor else {}
    if state.get("fingerprint") == current:
        return dg.SensorResult(skip_reason=f"{len(listing)} files, unchanged since the last build request")
    before = state.get("listing")
    if before is not None:
        change = summary(describe_change(before, listing))
    else:
        change = f"{'folder changed' if state else 'first look'}: {len(listing)} files"
    generation = state.get("generation", 0) + 1
    context.log.info(f"{folder}: {change}")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=f"documents-{generation}-{current[:12]}",
                                    tags={"twjp/documents_change": change[:200], "twjp/documents_fingerprint": current[:12]})],
        cursor=json.dumps({"fingerprint": current, "generation": generation,
                           "listing": listing if len(listing) <= LISTING_IN_CURSOR else None}))
