"""The Dagster UI in a real browser: `dagster dev` on a free loopback port with a throwaway instance,
driven by Playwright through Debian's Chromium. Screenshots go to test-artifacts/ui/.

The UI polls the server, so the page never reaches `networkidle`: every wait is for specific text."""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.conftest import FIXTURES, ROOT

CHROMIUM = Path(os.environ.get("TWJP_CHROMIUM", "/usr/bin/chromium"))  # override only off Debian
# Flags that let Debian's Chromium run headless as root in a container without reaching the network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts" / "ui"


def expected_graph() -> tuple[dict[str, list[str]], list[str], str]:
    """(assets by group, checks of `events`, the asset carrying the extraction figures), read from the
    definitions themselves so the test follows the graph as it grows."""
    from pipeline.assets.extract import extract
    from pipeline.definitions import defs

    graph = defs.resolve_asset_graph()
    groups: dict[str, list[str]] = {}
    for key in graph.get_all_asset_keys():
        groups.setdefault(graph.get(key).group_name, []).append(key.to_user_string())
    events_checks = sorted(k.name for k in graph.asset_check_keys if k.asset_key.to_user_string() == "events")
    figures_asset = sorted(k.to_user_string() for k in extract.keys if "claims" in k.to_user_string())[0]
    return {g: sorted(a) for g, a in sorted(groups.items())}, events_checks, figures_asset


GROUPS, EVENTS_CHECKS, FIGURES_ASSET = expected_graph()
PARTITION_KEYS = sorted(p.name for p in (FIXTURES / "documents").glob("*.txt"))
SERVER_START_TIMEOUT_S = 120
RUN_TIMEOUT_MS = 180_000

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_server(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"dagster dev exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"dagster dev did not answer on {url} within {SERVER_START_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")


def stop(process: subprocess.Popen) -> None:
    """SIGINT is dagster dev's orderly shutdown (it stops the webserver, daemon and code server)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def dagster_ui(tmp_path_factory):
    """(base URL, releases folder) of a dagster dev serving pipeline.definitions over copies of the fixtures."""
    tmp = tmp_path_factory.mktemp("ui")
    home = tmp / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\nnux:\n  enabled: false\n")
    shutil.copytree(FIXTURES / "documents", tmp / "documents")
    shutil.copytree(FIXTURES / "seeds", tmp / "seeds")
    # the documents' partitions, as the documents sensor (off here) would have added them
    import dagster as dg

    from pipeline.partitions import PARTITIONS_NAME

    with dg.DagsterInstance.from_config(str(home)) as instance:
        instance.add_dynamic_partitions(PARTITIONS_NAME, PARTITION_KEYS)
    env = {**os.environ, "DAGSTER_HOME": str(home), "TWJP_DOCUMENTS_DIR": str(tmp / "documents"),
           "TWJP_SEEDS_DIR": str(tmp / "seeds"), "TWJP_RELEASES_DIR": str(tmp / "releases")}
    port = free_port()
    log = tmp / "dagster_dev.log"
    with log.open("w") as out:
        # its own process group, so SIGINT reaches dagster dev and every process it started, and nothing else
        process = subprocess.Popen(
            [sys.executable, "-m", "dagster", "dev", "-h", "127.0.0.1", "-p", str(port), "-m", "pipeline.definitions"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_server(url, process, log)
        yield url, tmp / "releases", home / "storage"
    finally:
        stop(process)
        if ARTIFACTS.is_dir():
            shutil.copy(log, ARTIFACTS / "dagster_dev.log")


@pytest.fixture(scope="module")
def page():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's Chromium with `apt-get install -y chromium` "
                    f"(.ci/run does it); this test never downloads a browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is missing: install the dev extra (`uv pip install -e '.[dev]'`)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.set_default_timeout(30_000)
        yield page
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_operator_builds_a_release_from_the_ui(page, dagster_ui):  # page first: no browser, no server start
    try:
        operator_session(page, *dagster_ui)
    except Exception:
        shot(page, "failure")  # what the browser showed when a wait timed out
        raise


def operator_session(page, url: str, releases: Path, storage: Path) -> None:
    from playwright.sync_api import expect

    # 1. The asset graph: one collapsed node per layer, and the same groups in its sidebar
    page.goto(f"{url}/asset-groups")
    materialize_all = page.get_by_role("button", name="Materialize all")
    materialize_all.wait_for()
    graph = page.locator("svg").filter(has_text="publish").last
    for group, assets in GROUPS.items():
        expect(graph.get_by_text(group, exact=True)).to_be_visible()
        expect(page.get_by_role("button", name=f"asset_group {group} {group}")).to_be_visible()
    shot(page, "01_asset_graph_groups")

    # 2. Every asset under its group: the sidebar lists them once the groups are unfolded (the graph itself
    # renders only the nodes in view); the graph is unfolded too for the screenshot
    unfold = page.get_by_role("button", name="arrow_drop_down", exact=True)
    for i in reversed(range(len(GROUPS))):  # bottom-up, so the indices above do not move
        unfold.nth(i).click()
    sidebar_rows = [r.strip() for r in page.get_by_role("button", name=re.compile("^asset_group ")).all_inner_texts()]
    assert len(sidebar_rows) == len(GROUPS)
    for assets in GROUPS.values():
        for asset in assets:
            expect(page.get_by_role("button", name=re.compile(rf"\b{asset}\s+{asset}$")).first).to_be_visible()
    page.get_by_role("button", name="settings", exact=True).click()
    page.get_by_role("menuitem", name="Expand all groups").click()
    page.keyboard.press("Escape")
    for _ in range(6):  # the unfolded graph is tall: zoom out so the screenshot shows most of it
        page.get_by_role("button", name="zoom_out", exact=True).click()
    expect(graph.get_by_text("release", exact=True)).to_be_visible()
    shot(page, "02_asset_graph_expanded")

    # 3. "Materialize all" of the whole graph now includes the documents' partitions: it offers a backfill
    materialize_all.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Partition selection")).to_be_visible()
    dialog.get_by_role("button", name="All", exact=True).click()
    expect(dialog.get_by_text(f"{len(PARTITION_KEYS)} partitions", exact=True)).to_be_visible()
    shot(page, "03a_materialize_all_offers_partitions")
    dialog.get_by_role("button", name="Cancel").click()

    # 3b. The build_release job (unpartitioned, what the sensor runs): "Materialize all" is one run; until a
    # partition has been materialized the UI asks to confirm (the extraction does not need them)
    page.goto(f"{url}/locations/pipeline.definitions/jobs/build_release")
    page.get_by_role("button", name="Materialize all").click()
    confirm = page.get_by_role("button", name="Confirm")
    toast = page.get_by_text(re.compile(r"Launched run [0-9a-f]{8}"))
    expect(confirm.or_(toast).first).to_be_visible()
    if confirm.is_visible():
        expect(page.get_by_text("document_extraction", exact=True).first).to_be_visible()
        shot(page, "03b_upstream_partitions_not_materialized")
        confirm.click()
    toast = page.get_by_text(re.compile(r"Launched run [0-9a-f]{8}"))
    toast.wait_for()
    run_id = re.search(r"Launched run ([0-9a-f]{8})", toast.inner_text()).group(1)
    page.get_by_role("region", name=re.compile("Notifications")).get_by_text("View", exact=True).click()  # full run ID
    page.wait_for_url(re.compile(rf".*/runs/{run_id}[0-9a-f-]{{28}}"))
    outcome = page.get_by_text(re.compile(r"^(Success|Failure|Canceled)$")).first
    outcome.wait_for(timeout=RUN_TIMEOUT_MS)
    shot(page, "03_run_finished")
    assert outcome.inner_text() == "Success", f"run {run_id} ended {outcome.inner_text()}: see 03_run_finished.png"
    assert (releases / "LATEST").read_text().strip() == "v1.0.0"

    # 4. The checks of `events`: all three ran and passed
    page.goto(f"{url}/assets/events?view=checks")
    expect(page.get_by_text("Succeeded", exact=True)).to_have_count(len(EVENTS_CHECKS), timeout=30_000)
    for check in EVENTS_CHECKS:  # long names are middle-truncated in the list; the full name is in the DOM
        expect(page.get_by_text(check, exact=True).first).to_be_attached()
    expect(page.get_by_text("Passed", exact=True).first).to_be_visible()
    expect(page.get_by_text("This is a blocking asset check.")).to_be_visible()
    shot(page, "04_events_checks_passed")

    # 5. What an operator reads on the assets: extraction figures, and the release's version and reason
    page.goto(f"{url}/assets/{FIGURES_ASSET}")
    for key in ("share_by_modality", "claims_per_document", "actors_discovered", "actors_from_registry"):
        page.get_by_text(key, exact=True).first.wait_for()
    expect(page.get_by_text("pandas", exact=True).first).to_be_visible()  # the kinds
    page.get_by_text("share_by_modality", exact=True).first.scroll_into_view_if_needed()
    shot(page, "05_claims_metadata")
    page.goto(f"{url}/assets/release")
    page.get_by_text("bump_reason", exact=True).first.wait_for()
    expect(page.get_by_text("v1.0.0", exact=True).first).to_be_visible()
    shot(page, "06_release_metadata")

    # 7. A broken table: the schema check, executed from the UI, fails and shows the offending row
    events_file = storage / "events.parquet"
    table = pq.read_table(events_file)
    event_type = table.column("event_type").to_pylist()
    bad_event_id = table.column("event_id")[0].as_py()
    table = table.set_column(table.schema.get_field_index("event_type"), "event_type",
                             pa.array(["NOT_A_PLOVER_TYPE", *event_type[1:]], type=table.schema.field("event_type").type))
    pq.write_table(table, events_file)
    page.goto(f"{url}/assets/events?view=checks")
    page.get_by_text("events_schema", exact=True).first.click()
    page.get_by_role("button", name=re.compile(r"(^|\s)Execute$")).click()
    page.get_by_text("Failed", exact=True).first.wait_for(timeout=RUN_TIMEOUT_MS)
    page.get_by_text("failing_rows", exact=True).first.wait_for()
    expect(page.get_by_text(bad_event_id, exact=True).first).to_be_visible()
    expect(page.get_by_text("NOT_A_PLOVER_TYPE", exact=True).first).to_be_visible()
    shot(page, "07_events_schema_failing_rows")

    # 8. The documents' partitions from the UI: a backfill of all of them is one run (single-run policy),
    # and after the build every document is a cache hit
    page.goto(f"{url}/assets/document_extraction")
    page.get_by_role("button", name=re.compile(r"Materialize…")).first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name="All", exact=True).click()
    expect(dialog.get_by_text(f"{len(PARTITION_KEYS)} partitions", exact=True)).to_be_visible()
    shot(page, "08_document_partitions_dialog")
    dialog.get_by_role("button", name=re.compile(r"Launch")).click()
    import dagster as dg

    with dg.DagsterInstance.from_config(str(storage.parent)) as instance:
        key = dg.AssetKey("document_extraction")
        deadline = time.monotonic() + RUN_TIMEOUT_MS / 1000
        while instance.get_materialized_partitions(key) != set(PARTITION_KEYS) and time.monotonic() < deadline:
            time.sleep(1)
        assert instance.get_materialized_partitions(key) == set(PARTITION_KEYS)
        meta = instance.get_latest_materialization_event(key).asset_materialization.metadata
        assert (meta["partitions"].value, meta["cache_hits"].value) == (len(PARTITION_KEYS), len(PARTITION_KEYS))
        backfills = instance.get_backfills()
        assert len(backfills) == 1
        assert len(instance.get_runs(dg.RunsFilter(tags={"dagster/backfill": backfills[0].backfill_id}))) == 1
    page.goto(f"{url}/assets/document_extraction?view=partitions")
    expect(page.get_by_text(f"Materialized ({len(PARTITION_KEYS)})")).to_be_visible()
    page.get_by_text(PARTITION_KEYS[0], exact=True).first.click()
    page.get_by_text("cache_hits", exact=True).first.wait_for()
    shot(page, "09_document_partitions_materialized")
