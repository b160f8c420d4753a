"""One publisher at a time per releases folder: an advisory lock (fcntl.flock) on
<releases>/.lock. The kernel releases it when its holder exits, even when killed, so a crashed
run never leaves the folder locked. The file itself stays: deleting lock files races."""
import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

from pipeline.release import ReleaseError

LOCK_FILE = ".lock"


class ReleasesLocked(ReleaseError):
    """Another run held the releases folder for longer than we were willing to wait."""


@contextmanager
def releases_lock(releases_dir: Path, *, timeout: float = 60.0, poll: float = 0.1):
    """Hold the folder's lock for the block; wait at most `timeout` seconds for it."""
    path = Path(releases_dir) / LOCK_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise ReleaseError(f"{path}: cannot create the lock ({exc.strerror}); no release written") from exc
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
                    raise ReleasesLocked(
                        f"{releases_dir}: another run (pid {holder or '?'}) is publishing there; waited {timeout:g} s. "
                        "No release written: run again when it has finished.") from None
                time.sleep(poll)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the lock
