"""A real distributed run: the build_release job through dagster-celery, with PostgreSQL as the
Dagster instance's storage, compared table by table with an in-process run.

    .venv/bin/python -m benchmarks.distributed [--documents DIR] [--seeds DIR] [--chunks N] [--work DIR]

Starts, on loopback ports that are free, Debian's redis-server (the Celery broker and result backend)
and a PostgreSQL cluster made with initdb in a temporary folder (as the `postgres` user when run as
root), writes `$DAGSTER_HOME/dagster.yaml` with `storage: postgres:`, starts two `dagster-celery worker
start` workers (one process each, `--concurrency=1`) that import `pipeline.definitions`, and executes
`build_release` with TWJP_EXECUTOR=celery (the `celery_executor`, broker/backend in the run config):
every step, each extraction chunk among them, is a Celery task that one of the two workers runs. Then
`python -m pipeline run` builds the same inputs in-process (SQLite instance), and the two releases'
manifests are compared: every table's sha256 and row count. Prints a table (and which worker ran which
steps), exits 1 when a table differs or a run fails, and stops every process it started.
Needs the `cluster` extra (`uv pip install -e '.[cluster]'`), redis-server and the PostgreSQL binaries.
"""
import argparse
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def find_binary(name: str) -> str | None:
    """On PATH, else in Debian's versioned PostgreSQL folder."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def missing_requirements() -> list[str]:
    """What this machine lacks for the distributed run (empty when it can run)."""
    missing = [n for n in ("redis-server", "initdb", "pg_ctl", "postgres") if not find_binary(n)]
    for module in ("dagster_celery", "dagster_postgres", "redis"):
        try:
            __import__(module)
        except ImportError:
            missing.append(f"python package {module} (the `cluster` extra)")
    return missing


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, ready, timeout: float = 60.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode} before it was ready")
        try:
            if ready():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{what} not ready after {timeout:.0f} s")


def redis_ping(port: int) -> bool:
    with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
        s.sendall(b"PING\r\n")
        return s.recv(16).startswith(b"+PONG")


class Cluster:
    """redis-server, PostgreSQL and two Celery workers on loopback; `close()` stops all of them."""

    def __init__(self, work: Path, env: dict[str, str], log=print):
        self.work, self.env, self.log = work, env, log
        self.procs: list[tuple[str, subprocess.Popen]] = []
        self.pg_data: Path | None = None
        self.as_postgres = os.geteuid() == 0   # initdb refuses root: run the server as the postgres user
        self.redis_port = self.pg_port = 0

    def _pg(self, *cmd: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *cmd] if self.as_postgres else list(cmd)

    def start_redis(self) -> str:
        self.redis_port = free_port()
        (self.work / "redis").mkdir()
        proc = subprocess.Popen([find_binary("redis-server"), "--port", str(self.redis_port), "--bind", "127.0.0.1",
                                 "--save", "", "--appendonly", "no", "--dir", str(self.work / "redis")],
                                stdout=open(self.work / "redis.log", "w"), stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(("redis-server", proc))
        wait_for("redis-server", lambda: redis_ping(self.redis_port), proc=proc)
        return f"redis://127.0.0.1:{self.redis_port}"

    def start_postgres(self) -> dict:
        self.pg_port = free_port()
        # its own folder under /tmp, owned by the server's user (a 0700 parent would lock the postgres user out)
        self.pg_data = Path(tempfile.mkdtemp(prefix="twjp-pg-")) / "data"
        if self.as_postgres:
            shutil.chown(self.pg_data.parent, "postgres", "postgres")
        subprocess.run(self._pg(find_binary("initdb"), "-D", str(self.pg_data), "-U", "dagster", "--auth=trust",
                                "-E", "UTF8", "--no-sync"), check=True, capture_output=True)
        log = self.pg_data.parent / "server.log"
        subprocess.run(self._pg(find_binary("pg_ctl"), "-D", str(self.pg_data), "-l", str(log), "-w", "-t", "60",
                                "-o", f"-h 127.0.0.1 -p {self.pg_port} -k {self.pg_data.parent} -F", "start"),
                       check=True, capture_output=True)
        self.log(f"postgres: 127.0.0.1:{self.pg_port}, data {self.pg_data}")
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=self.pg_port, user="dagster", dbname="postgres")
        try:
            conn.autocommit = True   # CREATE DATABASE runs outside a transaction
            conn.cursor().execute("CREATE DATABASE dagster")
        finally:
            conn.close()
        # scheme: SQLAlchemy 2.1 maps plain postgresql:// to psycopg 3, but dagster-postgres brings psycopg2
        return {"hostname": "127.0.0.1", "port": self.pg_port, "username": "dagster", "db_name": "dagster",
                "scheme": "postgresql+psycopg2"}

    def start_workers(self, celery_yaml: Path, n: int = 2) -> list[str]:
        names = []
        for i in range(1, n + 1):
            name = f"twjp{i}"
            log = self.work / f"worker-{name}.log"
            proc = subprocess.Popen(
                [str(BIN / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app", "-y", str(celery_yaml),
                 "-n", name, "-i", "pipeline.definitions", "--", "--concurrency=1", f"--logfile={log}"],
                env=self.env, cwd=ROOT, stdout=open(self.work / f"worker-{name}.out", "w"),
                stderr=subprocess.STDOUT, start_new_session=True)
            self.procs.append((f"worker {name}", proc))
            names.append(name)
        for (label, proc), name in zip(self.procs[-n:], names):
            wait_for(label, lambda name=name: " ready." in (self.work / f"worker-{name}.log").read_text(),
                     timeout=120, proc=proc)
        return names

    def close(self) -> None:
        for label, proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)   # the worker's whole group: dagster-celery, celery, its child
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=10)
                except ProcessLookupError:
                    pass
        self.procs.clear()
        if self.pg_data is not None and (self.pg_data / "postmaster.pid").exists():
            subprocess.run(self._pg(find_binary("pg_ctl"), "-D", str(self.pg_data), "-m", "fast", "-w", "stop"),
                           capture_output=True)
        if self.pg_data is not None:
            shutil.rmtree(self.pg_data.parent, ignore_errors=True)
            self.pg_data = None


def execute_celery(broker: str, backend: str) -> int:
    """In the launching process (DAGSTER_HOME with Postgres storage, TWJP_* set): build_release through
    the celery executor. Prints one JSON line: success, run id, and per step its worker and pid."""
    import dagster as dg

    from pipeline.definitions import build_release

    run_config = {"ops": {"release": {"config": {"version": ""}}},
                  "execution": {"config": {"broker": broker, "backend": backend}}}
    t0 = time.perf_counter()
    with dg.DagsterInstance.get() as instance:
        result = dg.execute_job(dg.reconstructable(build_release), instance=instance, run_config=run_config)
        wall = time.perf_counter() - t0
        steps = {}
        for entry in instance.all_logs(result.run_id):
            event = entry.dagster_event
            if event is None or not event.step_key:
                continue
            s = steps.setdefault(event.step_key, {})
            if event.event_type_value == "STEP_START":
                s["pid"], s["start"] = event.pid, entry.timestamp
            elif event.event_type_value == "STEP_SUCCESS":
                s["end"], s["seconds"] = entry.timestamp, event.event_specific_data.duration_ms / 1000
            elif event.event_type_value == "ENGINE_EVENT" and event.engine_event_data:
                worker = {k: v.value for k, v in event.engine_event_data.metadata.items()}.get("Celery worker")
                if worker:
                    s["worker"] = worker
        storage = type(instance.run_storage).__name__
        failures = [e.message for e in result.all_events if e.is_failure]
    print(json.dumps({"success": result.success, "run_id": result.run_id, "wall": wall, "steps": steps,
                      "run_storage": storage, "failures": failures}))
    return 0 if result.success else 1


def tables(release: Path) -> dict[str, tuple[str, int]]:
    manifest = json.loads((release / "manifest.json").read_text())
    return {t: (m["sha256"], m["rows"]) for t, m in manifest["tables"].items()}


def only_release(folder: Path) -> Path:
    found = sorted(p for p in folder.glob("v*") if p.is_dir())
    if len(found) != 1:
        raise RuntimeError(f"{folder}: expected one release, found {[p.name for p in found]}")
    return found[0]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", default=str(ROOT / "seeds" / "documents"))
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--chunks", type=int, default=8, help="extract_chunks (default 8)")
    parser.add_argument("--work", help="working folder (default: a new temporary folder, removed afterwards)")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    parser.add_argument("--execute-celery", nargs=2, metavar=("BROKER", "BACKEND"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.execute_celery:
        return execute_celery(*args.execute_celery)
    missing = missing_requirements()
    if missing:
        print("cannot run: missing " + ", ".join(missing), file=sys.stderr)
        return 2
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="twjp-dist-"))
    work.mkdir(parents=True, exist_ok=True)
    documents, seeds = str(Path(args.documents).resolve()), str(Path(args.seeds).resolve())
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("TWJP_", "DAGSTER_"))}
    base_env.update(PATH=f"{BIN}{os.pathsep}{base_env.get('PATH', '')}",
                    PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), base_env.get("PYTHONPATH", "")) if p),
                    TWJP_DOCUMENTS_DIR=documents, TWJP_SEEDS_DIR=seeds, TWJP_EXTRACT_CHUNKS=str(args.chunks),
                    TWJP_GOLD_DIR=str(ROOT / "tests" / "gold"))
    env = dict(base_env, DAGSTER_HOME=str(work / "home-celery"), TWJP_EXECUTOR="celery", TWJP_WORKERS="1",
               TWJP_RELEASES_DIR=str(work / "releases-celery"), TWJP_CACHE_DIR=str(work / "cache-celery"))
    cluster = Cluster(work, env)
    status = 1
    try:
        t0 = time.perf_counter()
        redis = cluster.start_redis()
        broker, backend = f"{redis}/0", f"{redis}/1"
        print(f"redis-server: {redis}")
        pg = cluster.start_postgres()
        home = Path(env["DAGSTER_HOME"])
        home.mkdir()
        import yaml

        (home / "dagster.yaml").write_text(yaml.safe_dump({"storage": {"postgres": {"postgres_db": pg}},
                                                            "telemetry": {"enabled": False}}, sort_keys=False))
        celery_yaml = work / "celery.yaml"
        celery_yaml.write_text(yaml.safe_dump({"execution": {"config": {"broker": broker, "backend": backend}}}))
        workers = cluster.start_workers(celery_yaml)
        services = time.perf_counter() - t0
        print(f"celery workers: {', '.join(workers)} ready ({services:.1f} s for redis, postgres and workers)")

        t1 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "benchmarks.distributed", "--execute-celery", broker, backend],
                              env=env, cwd=ROOT, capture_output=True, text=True)
        celery_wall = time.perf_counter() - t1
        (work / "celery-run.log").write_text(proc.stdout + proc.stderr)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if not lines:
            print(proc.stderr[-4000:], file=sys.stderr)
            raise RuntimeError("the celery run printed no result")
        outcome = json.loads(lines[-1])
        print(f"celery run {outcome['run_id']}: {'success' if outcome['success'] else 'FAILURE'} in {celery_wall:.1f} s "
              f"(run storage {outcome['run_storage']})")
        for message in outcome["failures"]:
            print(f"  failure: {message}")
        by_worker: dict[str, list[str]] = {}
        for step, s in sorted(outcome["steps"].items()):
            by_worker.setdefault(s.get("worker", "?"), []).append(step)
        step_s = lambda names: sum(outcome["steps"][n].get("seconds", 0.0) for n in names)  # noqa: E731
        for worker, steps in sorted(by_worker.items()):
            chunks = [s for s in steps if s.startswith("extract.extract_chunk[")]
            print(f"  {worker}: {len(steps)} steps ({step_s(steps):.1f} s), extraction chunks "
                  f"{', '.join(c[len('extract.extract_chunk'):] for c in chunks) or '-'} ({step_s(chunks):.1f} s)")
        chunk_steps = [v for k, v in outcome["steps"].items() if k.startswith("extract.extract_chunk[") and "end" in v]
        if chunk_steps:
            window = max(v["end"] for v in chunk_steps) - min(v["start"] for v in chunk_steps)
            print(f"  extraction chunks: {len(chunk_steps)} steps, {sum(v['seconds'] for v in chunk_steps):.1f} s of "
                  f"step time in {window:.1f} s from the first start to the last end")

        inproc_env = dict(base_env, DAGSTER_HOME=str(work / "home-inproc"), TWJP_CACHE_DIR=str(work / "cache-inproc"))
        t2 = time.perf_counter()
        local = subprocess.run([sys.executable, "-m", "pipeline", "run", "--documents", documents, "--seeds", seeds,
                                "--releases", str(work / "releases-inproc")], env=inproc_env, cwd=ROOT,
                               capture_output=True, text=True)
        inproc_wall = time.perf_counter() - t2
        print(f"in-process run: {'success' if local.returncode == 0 else 'FAILURE'} in {inproc_wall:.1f} s")
        if local.returncode != 0:
            print(local.stderr[-4000:], file=sys.stderr)
        if not outcome["success"] or local.returncode != 0:
            return 1

        a, b = tables(only_release(work / "releases-inproc")), tables(only_release(work / "releases-celery"))
        print(f"\n| table | rows | sha256 in-process | sha256 celery | |\n|---|---|---|---|---|")
        for name in sorted(set(a) | set(b)):
            ra, rb = a.get(name, ("-", "-")), b.get(name, ("-", "-"))
            print(f"| {name} | {ra[1]} | {ra[0][:16]} | {rb[0][:16]} | {'identical' if ra == rb else 'DIFFERENT'} |")
        identical = a == b
        print(f"\nrelease tables {'IDENTICAL' if identical else 'DIFFERENT'} "
              f"(celery {celery_wall:.1f} s, in-process {inproc_wall:.1f} s, services {services:.1f} s)")
        status = 0 if identical and len(by_worker.keys() - {"?"}) >= 2 else 1
        if identical and status:
            print("but the steps did not run on both workers", file=sys.stderr)
        return status
    finally:
        cluster.close()
        if not args.work and not args.keep and status == 0:
            shutil.rmtree(work, ignore_errors=True)
        elif status != 0 or args.keep:
            print(f"logs kept in {work}")


if __name__ == "__main__":
    raise SystemExit(main())
