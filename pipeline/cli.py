"""Command line: `python -m pipeline run | validate | eval | diff | schema-gate | review | report | export-csv`.
Heavy imports happen inside the commands so that --help answers at once."""
import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from pipeline import PROJECT_ROOT

DAGSTER_YAML = "telemetry:\n  enabled: false\nnux:\n  enabled: false\n"


def local_instance_home() -> Path:
    """The project-local Dagster instance (SQLite storage), created on first use."""
    home = Path(os.environ.get("DAGSTER_HOME") or PROJECT_ROOT / ".dagster")
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        (home / "dagster.yaml").write_text(DAGSTER_YAML)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def cmd_run(args) -> int:
    local_instance_home()   # DAGSTER_HOME: the instance, and the IO manager's storage/ under it
    import dagster as dg

    from pipeline.definitions import build_release
    from pipeline.release import latest_release
    from pipeline.resources import default_config

    from pipeline.resources import PipelineConfig

    defaults = default_config()
    config = PipelineConfig(**{
        **defaults.model_dump(),   # TWJP_CACHE_DIR, TWJP_WORKERS, TWJP_EXTRACT_CHUNKS, TWJP_GOLD_DIR from the environment
        "documents_dir": str(Path(args.documents).resolve()) if args.documents else defaults.documents_dir,
        "seeds_dir": str(Path(args.seeds).resolve()) if args.seeds else defaults.seeds_dir,
        "releases_dir": str(Path(args.releases).resolve()) if args.releases else defaults.releases_dir,
        "curation_dir": str(Path(args.curation).resolve()) if getattr(args, "curation", None) else defaults.curation_dir})
    if not config.documents_path.is_dir():
        print(f"error: {config.documents_path}: documents folder not found", file=sys.stderr)
        return 2
    run_config = {"ops": {"release": {"config": {"version": args.version or ""}}},
                  "loggers": {"console": {"config": {"log_level": os.environ.get("TWJP_LOG_LEVEL", "WARNING")}}}}
    # The build_release job (every asset and check but the per-document partitions, as materialize() ran them),
    # executed with dg.execute_job on the reconstructable job rather than materialize()/execute_in_process:
    # those keep every step's output value in this process until the run ends, execute_job leaves them in
    # the IO manager's files only. The executor is TWJP_EXECUTOR's (default in_process: the steps run here).
    # The job rebuilds its resources from the environment, so the configuration goes there for the run.
    with run_environment(config), dg.DagsterInstance.get() as instance:
        result = dg.execute_job(dg.reconstructable(build_release), instance=instance, run_config=run_config,
                                raise_on_error=False)
    print_stale_overrides(result)
    if not result.success:
        for event in result.all_events:
            if event.is_failure and event.event_specific_data is not None:
                err = getattr(event.event_specific_data, "error", None)
                print(f"error in {event.step_key}: {err.message.strip() if err else event.message}", file=sys.stderr)
        for evaluation in result.get_asset_check_evaluations():
            if not evaluation.passed:
                md = evaluation.metadata.get("failures")
                print(f"check failed: {evaluation.check_name}\n{md.value if md else ''}", file=sys.stderr)
        return 1
    meta = result.asset_materializations_for_node("release")[-1].metadata
    version = meta["version"].value
    if version == "unchanged":
        print(f"no new release: {meta['bump_reason'].value}")
        latest = latest_release(config.releases_path)
        print(latest if latest else config.releases_path)
    else:
        print(f"release {version}: {meta['bump_reason'].value}")
        print(meta["path"].value)
    return 0


@contextmanager
def run_environment(config):
    """The environment default_config() builds `config` from, for the duration of a run (the reconstructed
    job, and step processes under a distributing executor, read it); the previous values are restored."""
    from pipeline.resources import CONFIG_ENV

    values = config.model_dump()
    saved = {name: os.environ.get(name) for name in CONFIG_ENV.values()}
    try:
        for field, name in CONFIG_ENV.items():
            os.environ[name] = str(values[field])
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def print_stale_overrides(result) -> None:
    """Curation overrides that matched nothing: a warning, the release is still written."""
    for evaluation in result.get_asset_check_evaluations():
        if evaluation.check_name == "curation_overrides_match" and not evaluation.passed:
            print(f"warning: {evaluation.metadata['n_stale'].value} stale curation override(s), matching nothing:\n"
                  f"{evaluation.metadata['stale'].value}", file=sys.stderr)


def cmd_review(args) -> int:
    from pipeline.curation.review import format_queue, review_queue
    from pipeline.release import latest_release, read_release

    release = Path(args.release_dir) if args.release_dir else latest_release(PROJECT_ROOT / "releases")
    if release is None or not release.is_dir():
        print("error: no release to review (give RELEASE_DIR or run `python -m pipeline run` first)", file=sys.stderr)
        return 2
    tables = read_release(release)
    print(f"review queue of {release} (paste a fix into seeds/curation/<kind>.yaml, fill in who and why):\n")
    print(format_queue(review_queue(tables, limit=args.limit, include_reviewed=args.all)))
    return 0


def cmd_validate(args) -> int:
    from pipeline.release import ReleaseError
    from pipeline.releases import resolve
    from pipeline.validate import validate_release

    target = Path(args.release_dir)
    if not target.is_dir():  # a version or 'latest' under --releases
        try:
            target = resolve(args.release_dir, releases_dir=args.releases)
        except ReleaseError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    failures = validate_release(target)
    for f in failures:
        print(f"FAIL {f}")
    print(f"{'valid' if not failures else f'{len(failures)} failures'}: {args.release_dir}")
    return 1 if failures else 0


def cmd_diff(args) -> int:
    from pipeline.diff import diff_markdown, diff_releases
    from pipeline.release import ReleaseError
    from pipeline.releases import resolve

    try:
        a, b = (resolve(ref, releases_dir=args.releases) for ref in (args.a, args.b))
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    diff = diff_releases(a, b)
    print(json.dumps(diff, indent=2, default=str) if args.json else diff_markdown(diff, heading="#"))
    return 0


def cmd_schema_gate(args) -> int:
    from pipeline.schema_gate import schema_gate

    result = schema_gate(Path(args.releases) if args.releases else PROJECT_ROOT / "releases")
    for note in result.notes:
        print(f"note: {note}")
    for failure in result.failures:
        print(f"FAIL {failure}")
    print("schema gate: " + ("passed" if result.passed else f"{len(result.failures)} failures"))
    return 0 if result.passed else 1


def cmd_eval(args) -> int:
    from pipeline.evaluation import evaluate, load_gold
    from pipeline.quality import format_report
    from pipeline.release import latest_release, read_release

    release = Path(args.release_dir) if args.release_dir else latest_release(PROJECT_ROOT / "releases")
    if release is None or not release.is_dir():
        print("error: no release to evaluate", file=sys.stderr)
        return 2
    metrics = evaluate(read_release(release), load_gold(Path(args.gold)))
    print(format_report(metrics))
    if args.json:
        print(json.dumps(metrics, indent=2, default=str))
    return 0


def cmd_report(args) -> int:
    from pipeline.evaluation import evaluate, load_gold
    from pipeline.release import read_release
    from pipeline.report import FIGURE_FILES, build_report, change_summary, parent_manifest

    release = Path(args.release_dir)
    if not (release / "manifest.json").is_file():
        print(f"error: {release}: not a release folder (no manifest.json)", file=sys.stderr)
        return 2
    manifest = json.loads((release / "manifest.json").read_text())
    out = Path(args.out or f"report-{manifest['version']}.html").resolve()
    if out.parent == release.resolve() or release.resolve() in out.parents:
        print(f"error: {out}: inside the release; a written release is never modified", file=sys.stderr)
        return 2
    tables = read_release(release)
    quality = evaluate(tables, load_gold(Path(args.gold))) if args.gold else None
    report = build_report(tables, manifest, quality=quality,
                          changes=change_summary(parent_manifest(release.parent, manifest), manifest))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report.html, encoding="utf-8")
    names = {fname: out.with_name(f"{out.stem}-{fig}.png") for fig, fname in FIGURE_FILES.items()}
    for fname, data in report.pngs.items():
        names[fname].write_bytes(data)
    print(out)
    return 0


def cmd_export_csv(args) -> int:
    from pipeline.export import ExportError, export_csv

    try:
        out = export_csv(Path(args.release_dir), args.table, Path(args.out))
    except (ExportError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run every asset in-process and publish a release when the data changed")
    run.add_argument("--documents", help="documents folder (default: seeds/documents)")
    run.add_argument("--releases", help="releases folder (default: releases)")
    run.add_argument("--seeds", help="domain knowledge folder (default: seeds)")
    run.add_argument("--version", help="ask for this version; refused when it contradicts the versioning rule")
    run.set_defaults(func=cmd_run)
    run.add_argument("--curation", help="folder of curation override files (default: SEEDS/curation)")
    rev = sub.add_parser("review", help="print the rows most worth a curator's look, with the override that would fix each")
    rev.add_argument("release_dir", nargs="?", help="release folder (default: the latest)")
    rev.add_argument("--limit", type=int, default=20, help="how many items (default 20; 0 = all)")
    rev.add_argument("--all", action="store_true", help="also rows a curator already corrected or confirmed")
    rev.set_defaults(func=cmd_review)
    val = sub.add_parser("validate", help="check a release on disk against the schemas and the contract")
    val.add_argument("release_dir", help="release folder, or a version vX.Y.Z / 'latest' under --releases")
    val.add_argument("--releases", help="releases folder for a version (default: releases)")
    val.set_defaults(func=cmd_validate)
    dif = sub.add_parser("diff", help="rows added, removed and changed per table, and schema changes, from A to B")
    dif.add_argument("a", help="version vX.Y.Z, 'latest' or a release folder")
    dif.add_argument("b", help="version vX.Y.Z, 'latest' or a release folder")
    dif.add_argument("--releases", help="releases folder (default: releases)")
    dif.add_argument("--json", action="store_true", help="print the diff as JSON instead of Markdown")
    dif.set_defaults(func=cmd_diff)
    gate = sub.add_parser("schema-gate", help="fail when schemas/ breaks the latest release without a major bump")
    gate.add_argument("--releases", help="releases folder (default: releases)")
    gate.set_defaults(func=cmd_schema_gate)
    ev = sub.add_parser("eval", help="score a release against hand-annotated gold files")
    ev.add_argument("--gold", required=True, help="folder of gold YAML files (tests/gold)")
    ev.add_argument("release_dir", nargs="?", help="release folder (default: the latest)")
    ev.add_argument("--json", action="store_true", help="also print the metrics as JSON")
    ev.set_defaults(func=cmd_eval)
    rep = sub.add_parser("report", help="write the HTML report (and PNG figures) of an existing release elsewhere")
    rep.add_argument("release_dir")
    rep.add_argument("--out", help="HTML file to write (default: report-VERSION.html here); PNGs go beside it")
    rep.add_argument("--gold", help="also score the release against this gold folder and show the quality figures")
    rep.set_defaults(func=cmd_report)
    exp = sub.add_parser("export-csv", help="write one table of a release as CSV for spreadsheets "
                                            "(formula-like cells neutralised)")
    exp.add_argument("release_dir")
    exp.add_argument("table", help="table name, e.g. events")
    exp.add_argument("out", help="CSV file to write (outside the release)")
    exp.set_defaults(func=cmd_export_csv)
    args = parser.parse_args(argv)
    return args.func(args)
