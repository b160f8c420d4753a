"""The real distributed run on the test fixtures: redis-server and PostgreSQL on loopback, two
dagster-celery workers, build_release through the celery executor with Postgres as the instance's
storage; its release tables must be byte-identical to an in-process run's (benchmarks/distributed.py).
`.ci/run` installs redis-server (and PostgreSQL when its binaries are missing), so in CI this runs."""
import re
import socket
import subprocess
import sys

import pytest

from benchmarks.distributed import missing_requirements
from tests.conftest import FIXTURES, ROOT

MISSING = missing_requirements()


@pytest.mark.slow
@pytest.mark.skipif(bool(MISSING), reason=f"distributed run needs: {', '.join(MISSING)} "
                                          "(apt-get install -y redis-server postgresql; uv pip install -e '.[cluster]')")
def test_celery_run_with_postgres_storage_gives_the_in_process_tables(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "benchmarks.distributed", "--documents", str(FIXTURES / "documents"),
                           "--seeds", str(FIXTURES / "seeds"), "--chunks", "4", "--work", str(tmp_path / "work")],
                          cwd=ROOT, capture_output=True, text=True, timeout=420)
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr[-3000:]
    assert "run storage PostgresRunStorage" in out
    assert "release tables IDENTICAL" in out
    # both workers ran steps, and the extraction chunks were Celery tasks too
    workers = [line for line in out.splitlines() if line.startswith("  twjp")]
    assert len(workers) == 2, out
    assert "[chunk_" in out, out
    [claims] = [line.split("|") for line in out.splitlines() if line.startswith("| claims |")]
    assert int(claims[2]) > 0   # the fixtures' claims, not an empty release
    # the script stopped its servers: nothing answers on their ports any more
    ports = [int(m) for m in re.findall(r"^(?:redis-server: redis://|postgres: )127\.0\.0\.1:(\d+)", out, re.M)]
    assert len(ports) == 2, out
    for port in ports:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
