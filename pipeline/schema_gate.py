"""CI gate: the schemas in the code may not break the latest release's major version, and no
release may have broken its parent without a major bump. Adding columns or tables is fine."""
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.release import list_releases, parse_version
from pipeline.snapshot import compare_snapshots, current_snapshot, load_snapshot


@dataclass
class GateResult:
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def schema_gate(releases_dir: Path, current: dict | None = None) -> GateResult:
    """Compare the current code's schemas (or `current`, a snapshot) with the latest release's
    snapshot, and every release's snapshot with its predecessor's."""
    result = GateResult()
    releases = list_releases(Path(releases_dir))
    if not releases:
        result.notes.append(f"no release under {releases_dir}: nothing to compare")
        return result
    for before, after in zip(releases, releases[1:]):
        changes = compare_snapshots(load_snapshot(before), load_snapshot(after))
        if changes.breaking and parse_version(after.name)[0] == parse_version(before.name)[0]:
            result.failures.append(f"release {after.name} breaks {before.name} without a major bump: "
                                   + "; ".join(changes.breaking_items()))
    latest = releases[-1]
    major = parse_version(latest.name)[0]
    changes = compare_snapshots(load_snapshot(latest), current if current is not None else current_snapshot())
    if changes.breaking:
        result.failures.append(
            f"schemas/ breaks release {latest.name} (consumers pinned to v{major}.x rely on it): "
            + "; ".join(changes.breaking_items())
            + f". Restore the column or type, or publish the change as a major release "
              f"(`python -m pipeline run` decides v{major + 1}.0.0) in the same change.")
    if changes.added:
        result.notes.append(f"added since {latest.name} (fine; the next release is a minor one): "
                            + ", ".join(changes.added))
    if changes.other:
        result.notes.append(f"other schema changes since {latest.name}: " + "; ".join(changes.other))
    if not changes.breaking and not changes.added and not changes.other:
        result.notes.append(f"schemas/ matches {latest.name}'s snapshot")
    return result
