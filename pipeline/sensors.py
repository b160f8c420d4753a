"""The documents folder as a trigger: a sensor that requests a build when files appear, change or
disappear. The fingerprint (names + sha256) is the sensor's cursor, so an unchanged folder never
starts a run and every state change starts exactly one build. It also keeps the `documents` dynamic
partitions in step with the folder (one per document file, added and deleted with it) and runs the
partitions of new and changed documents."""
import hashlib
import json
from pathlib import Path

import dagster as dg

from pipeline.jobs import build_release_job, extract_documents_job
from pipeline.partitions import PARTITIONS_NAME, partition_changes
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
# Partition runs requested per tick at most. They run beside the build_release run of the same tick, which
# extracts whatever they have not cached yet: a big drop of files is left to the build (one extraction),
# and its partitions to a backfill from the UI (one run, then all cache hits).
MAX_PARTITION_RUNS = 50


def partition_requests(changes, run_key: str, tags: dict) -> tuple[list, list[dg.RunRequest], str]:
    """(dynamic partitions requests, partition run requests, a note for the log). The new partitions are
    appended in key order, so they form one range: one run for all of them (the asset's single-run
    backfill policy reads the range); a changed document is one run of its partition."""
    requests = []
    if changes.add:
        requests.append(dg.AddDynamicPartitionsRequest(PARTITIONS_NAME, changes.add))
    if changes.delete:
        requests.append(dg.DeleteDynamicPartitionsRequest(PARTITIONS_NAME, changes.delete))
    n_runs = len(changes.add) + len(changes.changed)
    if n_runs > MAX_PARTITION_RUNS:
        return requests, [], (f"{n_runs} documents to extract: left to the build_release run, not run as "
                              f"partitions (more than {MAX_PARTITION_RUNS})")
    runs = []
    if len(changes.add) == 1:
        runs.append(dg.RunRequest(run_key=f"{run_key}-new", job_name="extract_documents",
                                  partition_key=changes.add[0], tags=tags))
    elif changes.add:
        runs.append(dg.RunRequest(run_key=f"{run_key}-new", job_name="extract_documents", tags={
            **tags, "dagster/asset_partition_range_start": changes.add[0],
            "dagster/asset_partition_range_end": changes.add[-1]}))
    runs += [dg.RunRequest(run_key=f"{run_key}-changed-{key}", job_name="extract_documents", partition_key=key,
                           tags=tags) for key in changes.changed]
    return requests, runs, f"{len(changes.add)} partition(s) added, {len(changes.delete)} deleted, " \
                           f"{len(changes.changed)} changed"


@dg.sensor(jobs=[build_release_job, extract_documents_job], minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.STOPPED,
           description="Watches the documents folder (names and sha256 of every file, documents.csv included): "
                       "requests a build_release run when a document is added, changed or deleted, adds and "
                       "deletes the documents' partitions, and extracts the new and changed ones.")
def documents_sensor(context: dg.SensorEvaluationContext, pipeline_config: PipelineConfig) -> dg.SensorResult:
    folder = pipeline_config.documents_path
    if not folder.is_dir():
        return dg.SensorResult(skip_reason=f"{folder}: documents folder not found")
    listing = folder_listing(folder)
    current = fingerprint(listing)
    state = json.loads(context.cursor) if context.cursor else {}
    before = state.get("listing")
    changes = partition_changes(before, listing, set(context.instance.get_dynamic_partitions(PARTITIONS_NAME)))
    unchanged = state.get("fingerprint") == current
    if unchanged and not (changes.add or changes.delete):
        return dg.SensorResult(skip_reason=f"{len(listing)} files, unchanged since the last build request")
    if unchanged:   # the partitions drifted from the folder (deleted by hand, or a cursor older than them)
        change, generation = "partitions out of step with the folder", state.get("generation", 0)
    else:
        change = (summary(describe_change(before, listing)) if before is not None
                  else f"{'folder changed' if state else 'first look'}: {len(listing)} files")
        generation = state.get("generation", 0) + 1
    run_key = f"documents-{generation}-{current[:12]}"
    if unchanged:   # a run key of its own: Dagster drops a request whose key it has seen
        run_key += "-resync-" + hashlib.sha256(json.dumps([changes.add, changes.delete]).encode()).hexdigest()[:8]
    tags = {"twjp/documents_change": change[:200], "twjp/documents_fingerprint": current[:12]}
    partitions, partition_runs, note = partition_requests(changes, run_key, tags)
    context.log.info(f"{folder}: {change}; {note}")
    builds = [] if unchanged else [dg.RunRequest(run_key=run_key, job_name="build_release", tags=tags)]
    return dg.SensorResult(
        run_requests=builds + partition_runs, dynamic_partitions_requests=partitions,
        cursor=json.dumps({"fingerprint": current, "generation": generation,
                           "listing": listing if len(listing) <= LISTING_IN_CURSOR else None}))
