"""The release step alone on a built run's stored inputs, in this process: inputs loaded through
ParquetIOManager.load_input (as the run does), the asset body called with a stub context (contract checks
taken as passed in the run, as in a full run). Prints RSS at the start, the step's peak (VmHWM, reset before
the step), phase peaks when PHASES=1, CPU, and the sha256 of every table written.
usage (from the code to measure, e.g. a git archive of main):
    PHASES=1 SAMPLES=OUT.txt PYTHONPATH=. python /path/to/benchmarks/publish_memory.py STORAGE SEEDS RELEASES CACHE
STORAGE: a built run's DAGSTER_HOME/storage (its *.parquet); RELEASES: empty, or holding a parent release."""
import hashlib, json, os, resource, sys, threading, time
from pathlib import Path
from types import SimpleNamespace

storage, seeds, releases, cache = map(Path, sys.argv[1:5])

import dagster as dg
import pandas as pd
import vl_convert  # noqa: imported by the run before the step, too (definitions import the report)
import pipeline.assets.publish as ap
from pipeline.io_manager import ParquetIOManager
from pipeline.resources import PipelineConfig

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) / 1024
def reset_peak():
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")

ap.contract_checked_in_run = lambda context: True
log = SimpleNamespace(info=lambda m: print("log:", m[:200], file=sys.stderr))
context = SimpleNamespace(log=log)
cfg = PipelineConfig(documents_dir=str(storage), seeds_dir=str(seeds), releases_dir=str(releases), cache_dir=str(cache))
io = ParquetIOManager(base_dir=str(storage))
node = ap.release.node_def
fn = node.compute_fn.decorated_fn

marks = []
def wrap(mod, name):
    f = getattr(mod, name)
    def w(*a, **k):
        marks.append((time.perf_counter(), "start " + name + " hwm=%d" % status("VmHWM:"), status("VmRSS:")))
        try:
            return f(*a, **k)
        finally:
            marks.append((time.perf_counter(), "end " + name + " hwm=%d" % status("VmHWM:"), status("VmRSS:")))
    setattr(mod, name, w)
if os.environ.get("PHASES"):
    import pipeline.publish as pp, pipeline.report as pr
    for n in ("to_arrow", "arrow_parquet_bytes", "decide_version", "build_manifest", "diff_tables", "read_release_tables",
              "snapshot_files", "build_datapackage", "release_report_files", "release_readme", "write_release", "write_changelog",
              "diff_markdown", "check_tables"):
        if hasattr(pp, n): wrap(pp, n)
    for n in ("build_report", "render_pngs", "_html", "_javascript_bundle", "_script_json"):
        wrap(pr, n)
    for n in ("timeline_rows", "network_data", "stance_rows", "timeline_spec", "network_spec", "stance_spec", "Lookup"):
        import pipeline.charts as pc; wrap(pc, n)
    for n in ("release_quality", "publish", "curation_summary"):
        wrap(ap, n)
samples = []
stop = False
def sampler():
    while not stop:
        samples.append((time.perf_counter(), status("VmRSS:")))
        time.sleep(0.05)

start = status("VmRSS:")
reset_peak()
c0 = time.process_time(); w0 = time.perf_counter()
t = threading.Thread(target=sampler, daemon=True); t.start()
kwargs = {}
for idef in node.input_defs:
    key = ap.release.asset_keys_by_input_name[idef.name] if hasattr(ap.release, "asset_keys_by_input_name") else ap.release.keys_by_input_name[idef.name]
    up = SimpleNamespace(asset_key=key, has_asset_key=True)
    ictx = SimpleNamespace(upstream_output=up, definition_metadata=idef.metadata or {})
    kwargs[idef.name] = io.load_input(ictx)
loaded = status("VmRSS:"); marks.append((time.perf_counter(), "inputs loaded", loaded))
result = fn(context, config=ap.ReleaseConfig(), pipeline_config=cfg, **kwargs)
stop = True; t.join()
peak = status("VmHWM:")
rel = sorted(p for p in releases.iterdir() if p.is_dir())[-1]
man = json.loads((rel / "manifest.json").read_text())
print(json.dumps({"rss_start": round(start), "rss_inputs_loaded": round(loaded), "peak": round(peak),
                  "increment": round(peak - start), "children_maxrss": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024), "cpu": round(time.process_time() - c0, 2),
                  "wall": round(time.perf_counter() - w0, 2), "release": str(rel),
                  "sha": {n: t["sha256"][:16] for n, t in man["tables"].items()}}))
if os.environ.get("SAMPLES"):
    ev = sorted([(t, f"{r:.0f}") for t, r in samples] + [(t, f"{r:.0f} <- {m}") for t, m, r in marks])
    Path(os.environ["SAMPLES"]).write_text("\n".join(f"{t - w0:.2f} {x}" for t, x in ev))
