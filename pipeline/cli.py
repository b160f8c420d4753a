"""Command line: `python -m pipeline run | validate | eval | export-csv`. Heavy imports happen inside the
commands so that --help answers at once."""
import argparse
import json
import os
import sys
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
    home = local_instance_home()
    import dagster as dg

    from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
    from pipeline.io_manager import ParquetIOManager
    from pipeline.release import latest_release
    from pipeline.resources import default_config

    from pipeline.resources import PipelineConfig

    defaults = default_config()
    config = PipelineConfig(
        documents_dir=str(Path(args.documents).resolve()) if args.documents else defaults.documents_dir,
        seeds_dir=str(Path(args.seeds).resolve()) if args.seeds else defaults.seeds_dir,
        releases_dir=str(Path(args.releases).resolve()) if args.releases else defaults.releases_dir)
    if not config.documents_path.is_dir():
        print(f"error: {config.documents_path}: documents folder not found", file=sys.stderr)
        return 2
    run_config = {"ops": {"release": {"config": {"version": args.version or ""}}},
                  "loggers": {"console": {"config": {"log_level": os.environ.get("TWJP_LOG_LEVEL", "WARNING")}}}}
    with dg.DagsterInstance.get() as instance:
        result = dg.materialize(
            [*ALL_ASSETS, *ALL_CHECKS], instance=instance, run_config=run_config, raise_on_error=False,
            resources={"pipeline_config": config, "io_manager": ParquetIOManager(base_dir=str(home / "storage"))})
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


def cmd_validate(args) -> int:
    from pipeline.validate import validate_release

    failures = validate_release(Path(args.release_dir))
    for f in failures:
        print(f"FAIL {f}")
    print(f"{'valid' if not failures else f'{len(failures)} failures'}: {args.release_dir}")
    return 1 if failures else 0


def cmd_eval(args) -> int:
    from pipeline.evaluation import evaluate, format_report, load_gold
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
    val = sub.add_parser("validate", help="check a release on disk against the schemas and the contract")
    val.add_argument("release_dir")
    val.set_defaults(func=cmd_validate)
    ev = sub.add_parser("eval", help="score a release against hand-annotated gold files")
    ev.add_argument("--gold", required=True, help="folder of gold YAML files (tests/gold)")
    ev.add_argument("release_dir", nargs="?", help="release folder (default: the latest)")
    ev.add_argument("--json", action="store_true", help="also print the metrics as JSON")
    ev.set_defaults(func=cmd_eval)
    exp = sub.add_parser("export-csv", help="write one table of a release as CSV for spreadsheets "
                                            "(formula-like cells neutralised)")
    exp.add_argument("release_dir")
    exp.add_argument("table", help="table name, e.g. events")
    exp.add_argument("out", help="CSV file to write (outside the release)")
    exp.set_defaults(func=cmd_export_csv)
    args = parser.parse_args(argv)
    return args.func(args)
