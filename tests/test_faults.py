"""Faults: a run killed mid-write, two runs at once, a failed write, a release edited after
publication, paths that try to leave the releases folder."""
import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import pipeline.release as release_module
from pipeline.cli import main as cli_main
from pipeline.locking import ReleasesLocked, releases_lock
from pipeline.publish import publish
from pipeline.release import ReleaseError, list_releases, read_release, write_release
from pipeline.validate import validate_release
from tests.conftest import FIXTURES, ROOT
from tests.test_assets import materialize

CONTRACT_CHECK = next((p / "shared" / "tools" / "contract_check.py" for p in (ROOT.parent, ROOT.parent.parent)
                       if (p / "shared" / "tools" / "contract_check.py").exists()), ROOT.parent / "shared" / "tools" / "contract_check.py")

# A child process that publishes the tables of SOURCE into TARGET, with a fault injected at a
# controlled point by monkeypatching the release module (no test hooks in production code).
CHILD = textwrap.dedent("""
    import json, os, signal, sys, time
    from pathlib import Path
    import pipeline.release as release
    from pipeline.publish import publish

    source, target, point, lock_timeout = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    tables = release.read_release(source)
    inputs = json.loads((source / "manifest.json").read_text())["inputs"]

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if point == "mid-write":          # after the first file of the release is on disk
        real_fsync, calls = os.fsync, []
        def fsync(fd):
            calls.append(fd)
            return die() if len(calls) == 2 else real_fsync(fd)
        release.os.fsync = fsync
    elif point == "before-rename":    # every file written and synced, not yet renamed into place
        release.os.rename = die
    elif point == "before-pointer":   # renamed into place, LATEST not yet updated
        release._point_latest = die
    elif point.startswith("slow"):    # hold the lock a while, so that another run overlaps
        real_sync = release._fsync_dir
        release._fsync_dir = lambda p: (time.sleep(1.5), real_sync(p))
    if point == "slow-variant":       # different data from the other run
        tables["topics"].loc[0, "label"] = tables["topics"].loc[0, "label"] + " (revised)"
    result = publish(tables, inputs, target, lock_timeout=lock_timeout)
    print(result.version or "unchanged")
""")


def child(source: Path, target: Path, point: str, lock_timeout: float = 60.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(source), str(target), point, str(lock_timeout)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A valid release of the fixture documents, and its tables and inputs."""
    tmp = tmp_path_factory.mktemp("published")
    assert materialize(tmp, FIXTURES / "documents", tmp / "releases").success
    source = tmp / "releases" / "v1.0.0"
    return source, read_release(source), json.loads((source / "manifest.json").read_text())["inputs"]


# -- killed mid-write ------------------------------------------------------------------------------
@pytest.mark.parametrize("point", ["mid-write", "before-rename", "before-pointer"])
def test_run_killed_mid_write_leaves_no_partial_release_and_the_next_run_completes(published, tmp_path, point):
    source, tables, inputs = published
    target = tmp_path / "releases"
    proc = child(source, target, point)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    visible = list_releases(target)
    if point == "before-pointer":
        assert [r.name for r in visible] == ["v1.0.0"] and not (target / "LATEST").exists()
        assert validate_release(visible[0]) == []  # what is visible is complete
    else:
        assert visible == [] and not (target / "v1.0.0").exists() and list(target.glob(".tmp-*"))
    result = publish(tables, inputs, target)
    assert result.version == (None if point == "before-pointer" else "v1.0.0")
    assert not list(target.glob(".tmp-*")), "the unfinished folder was not cleaned up"
    assert [r.name for r in list_releases(target)] == ["v1.0.0"]
    assert (target / "LATEST").read_text().strip() == "v1.0.0"
    assert validate_release(target / "v1.0.0") == []


# -- two runs at once --------------------------------------------------------------------------------
def test_two_runs_at_once_publish_one_release(published, tmp_path):
    source, _, _ = published
    target = tmp_path / "releases"
    runs = [child(source, target, "slow"), child(source, target, "slow")]
    outs = [p.communicate(timeout=120) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], [err for _, err in outs]
    assert sorted(out.split()[-1] for out, _ in outs) == ["unchanged", "v1.0.0"]
    assert [r.name for r in list_releases(target)] == ["v1.0.0"] and not list(target.glob(".tmp-*"))


def test_two_runs_with_different_data_never_share_a_version(published, tmp_path):
    source, _, _ = published
    target = tmp_path / "releases"
    runs = [child(source, target, "slow"), child(source, target, "slow-variant")]
    outs = [p.communicate(timeout=120) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], [err for _, err in outs]
    assert sorted(out.split()[-1] for out, _ in outs) == ["v1.0.0", "v1.0.1"]
    assert [validate_release(r) for r in list_releases(target)] == [[], []]
    second = json.loads((target / "v1.0.1" / "manifest.json").read_text())
    assert second["parent_version"] == "v1.0.0"


def test_a_run_that_cannot_get_the_lock_stops_with_a_clear_message(published, tmp_path):
    _, tables, inputs = published
    target = tmp_path / "releases"
    with releases_lock(target):
        with pytest.raises(ReleasesLocked, match=rf"another run \(pid {os.getpid()}\) is publishing there; waited 0.3 s"):
            publish(tables, inputs, target, lock_timeout=0.3)
    assert list_releases(target) == []
    assert publish(tables, inputs, target).version == "v1.0.0"  # the lock is free again


def test_a_killed_lock_holder_does_not_block_the_next_run(published, tmp_path):
    source, tables, inputs = published
    target = tmp_path / "releases"
    proc = child(source, target, "before-rename")
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert publish(tables, inputs, target, lock_timeout=1).version == "v1.0.0"


# -- a write that fails -------------------------------------------------------------------------------
def _revised(tables):
    out = {k: v.copy() for k, v in tables.items()}
    out["topics"].loc[0, "label"] = out["topics"].loc[0, "label"] + " (revised)"
    return out


def test_disk_full_gives_a_clear_error_and_leaves_the_previous_release_untouched(published, tmp_path, monkeypatch):
    _, tables, inputs = published
    target = tmp_path / "releases"
    publish(tables, inputs, target)
    before = digests(target / "v1.0.0")
    real_fsync, calls = os.fsync, []

    def full_disk(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    monkeypatch.setattr(release_module.os, "fsync", full_disk)
    with pytest.raises(ReleaseError, match="writing release v1.0.1 failed .No space left on device.; nothing was published"):
        publish(_revised(tables), inputs, target)
    monkeypatch.undo()
    assert digests(target / "v1.0.0") == before and (target / "LATEST").read_text().strip() == "v1.0.0"
    assert [r.name for r in list_releases(target)] == ["v1.0.0"] and not list(target.glob(".tmp-*"))
    assert publish(_revised(tables), inputs, target).version == "v1.0.1"  # once there is room, it works


def test_read_only_folder_gives_a_clear_error_and_leaves_the_previous_release_untouched(published, tmp_path, monkeypatch):
    """Simulated as EROFS on creating the temporary folder: the tests run as root, whom chmod
    does not stop; a read-only mount stops root too, with exactly this error."""
    _, tables, inputs = published
    target = tmp_path / "releases"
    publish(tables, inputs, target)
    before = digests(target / "v1.0.0")
    real_mkdir = Path.mkdir

    def read_only(self, *args, **kwargs):
        if self.name.startswith(".tmp-"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(ReleaseError, match="cannot write release v1.0.1 .Read-only file system.; nothing was written"):
        publish(_revised(tables), inputs, target)
    monkeypatch.undo()
    assert digests(target / "v1.0.0") == before and [r.name for r in list_releases(target)] == ["v1.0.0"]


# -- a release edited after publication ----------------------------------------------------------------
def _truncate(p):
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])


def _flip_byte(p):
    data = bytearray(p.read_bytes())
    data[len(data) // 2] ^= 0xFF
    p.write_bytes(bytes(data))


TAMPERING = {
    "truncated-parquet": ("events.parquet", _truncate),
    "edited-parquet": ("claims.parquet", _flip_byte),
    "edited-manifest": ("manifest.json", lambda p: p.write_text(p.read_text().replace('"rows": ', '"rows": 1', 1))),
    "edited-readme": ("README.md", lambda p: p.write_text(p.read_text() + "\nAll rows verified by hand.\n")),
    "removed-file": ("stances.parquet", lambda p: p.unlink()),
    "added-file": ("extra.parquet", lambda p: p.write_bytes(b"PAR1")),
}


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_validate_names_a_file_changed_after_publication(published, tmp_path, capsys, case):
    source, _, _ = published
    copy = tmp_path / "v1.0.0"
    shutil.copytree(source, copy)
    assert cli_main(["validate", str(copy)]) == 0
    name, damage = TAMPERING[case]
    damage(copy / name)
    capsys.readouterr()
    assert cli_main(["validate", str(copy)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL {name}:" in out, out


def test_validate_command_exits_1_naming_a_truncated_file(published, tmp_path):
    source, _, _ = published
    copy = tmp_path / "v1.0.0"
    shutil.copytree(source, copy)
    _truncate(copy / "actors.parquet")
    out = subprocess.run([sys.executable, "-m", "pipeline", "validate", str(copy)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 1 and "FAIL actors.parquet:" in out.stdout, out.stdout + out.stderr


@pytest.mark.skipif(not CONTRACT_CHECK.exists(), reason="../shared is absent")
def test_ci_contract_check_names_a_truncated_file(published, tmp_path):
    """.ci/run runs `make test` (tests/test_releases.py validates every release with the same
    validate_release) and then this consumer check on every release."""
    source, _, _ = published
    copy = tmp_path / "v1.0.0"
    shutil.copytree(source, copy)
    _truncate(copy / "events.parquet")
    out = subprocess.run([sys.executable, str(CONTRACT_CHECK), str(copy)], capture_output=True, text=True)
    assert out.returncode != 0 and "BREACH events.parquet" in out.stdout, out.stdout + out.stderr


# -- escaping the releases folder ----------------------------------------------------------------------
@pytest.mark.parametrize("version", ["../v1.0.0", "../../etc/v1.0.0", "/tmp/v1.0.0", "v1.0.0/../../x", "v1.0.0/",
                                     "..", "", "v1.0.0\x00", "v1.0.0\n"])
def test_version_strings_that_escape_the_releases_folder_are_refused(published, tmp_path, version):
    _, tables, _ = published
    releases = tmp_path / "a" / "releases"
    with pytest.raises(ReleaseError):
        write_release(releases, version, {"topics": b"x"}, {}, "")
    assert sorted(p.name for p in tmp_path.rglob("*")) in ([], ["a"], ["a", "releases"])


def test_a_release_folder_that_is_a_symlink_out_is_refused(tmp_path):
    releases, outside = tmp_path / "releases", tmp_path / "outside"
    releases.mkdir()
    outside.mkdir()
    (releases / "v1.0.0").symlink_to(outside)
    with pytest.raises(ReleaseError, match="would leave the releases folder"):
        write_release(releases, "v1.0.0", {"topics": b"x"}, {}, "")
    assert list(outside.iterdir()) == []


def test_run_with_an_escaping_version_writes_nothing(tmp_path):
    run = materialize(tmp_path, FIXTURES / "documents", tmp_path / "releases", version="../../escaped")
    assert not run.success
    assert not (tmp_path / "escaped").exists() and list_releases(tmp_path / "releases") == []
