"""Security: loopback-only UI, no pickles, no input text evaluated or sent to a shell, and CSV
exports that spreadsheets cannot run as formulas."""
import ast
import csv
import json

import pytest

from pipeline.cli import main as cli_main
from pipeline.export import ExportError, csv_cell, export_csv, neutralise
from tests.conftest import FIXTURES, ROOT
from tests.test_assets import materialize

CODE = sorted([*(ROOT / "pipeline").rglob("*.py"), *(ROOT / "schemas").rglob("*.py")])
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "os.system", "os.popen", "os.execv", "os.execvp",
                   "pickle.load", "pickle.loads", "yaml.load", "yaml.unsafe_load", "yaml.full_load",
                   "pd.read_pickle", "marshal.loads", "subprocess.getoutput", "subprocess.getstatusoutput"}
FORBIDDEN_MODULES = {"pickle", "cloudpickle", "dill", "joblib", "marshal", "shelve"}


def _name(node) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def test_the_ui_binds_to_loopback():
    makefile = (ROOT / "Makefile").read_text()
    assert "dagster dev -h 127.0.0.1" in makefile and "0.0.0.0" not in makefile
    from dagster_webserver.cli import DEFAULT_WEBSERVER_HOST
    assert DEFAULT_WEBSERVER_HOST == "127.0.0.1"  # also when started without -h


def test_no_code_evaluates_text_unpickles_or_uses_a_shell():
    found = []
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Call):
                name = _name(node.func)
                if name in FORBIDDEN_CALLS or name.endswith("to_pickle"):
                    found.append(f"{where} calls {name}")
                if any(k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                       for k in node.keywords):
                    found.append(f"{where} passes shell=")
                if name.startswith("subprocess.") and node.args and not isinstance(node.args[0], ast.List):
                    found.append(f"{where} runs a command that is not a fixed argument list")
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                found += [f"{where} imports {n}" for n in names if n and n.split(".")[0] in FORBIDDEN_MODULES]
    assert found == []


def test_intermediates_use_the_parquet_io_manager():
    from pipeline.definitions import build_definitions
    from pipeline.io_manager import ParquetIOManager

    assert isinstance(build_definitions().resources["io_manager"], ParquetIOManager)


# -- CSV export for spreadsheets ------------------------------------------------------------------------
@pytest.mark.parametrize("cell, expected", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Japan rejected it.", "Japan rejected it."), ("a=b", "a=b"), ("", ""),
])
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


def test_csv_cell_types():
    from datetime import date

    assert csv_cell(None) == "" and csv_cell(-0.5) == -0.5 and csv_cell(3) == 3 and csv_cell(True) == "true"
    assert csv_cell(date(2021, 2, 28)) == "2021-02-28"
    assert csv_cell(["=x", "-a"]) == '["=x", "-a"]'  # a JSON list starts with [ and is never a formula


@pytest.fixture(scope="module")
def hostile_release(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "a.txt").write_bytes((FIXTURES / "documents" / "a.txt").read_bytes())
    (docs / "documents.csv").write_text("source_file,title,author\na.txt,\"=cmd|' /C calc'!A0\",@evil\n")
    assert materialize(tmp, docs, tmp / "releases").success
    return tmp / "releases" / "v1.0.0"


def test_export_csv_neutralises_formula_like_cells(hostile_release, tmp_path, capsys):
    out = tmp_path / "documents.csv"
    assert cli_main(["export-csv", str(hostile_release), "documents", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as spreadsheets expect
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    assert rows[0]["title"] == "'=cmd|' /C calc'!A0" and rows[0]["author"] == "'@evil"
    assert json.loads(rows[0]["source_files"]) == ["a.txt"]
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())


def test_export_csv_of_every_table_loads_back(hostile_release, tmp_path):
    import pyarrow.parquet as pq

    for table in ("claims", "events", "actors", "stances", "rejects"):
        out = export_csv(hostile_release, table, tmp_path / f"{table}.csv")
        rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
        assert len(rows) - 1 == pq.read_metadata(hostile_release / f"{table}.parquet").num_rows


@pytest.mark.parametrize("table", ["../manifest", "/etc/passwd", "manifest.json", "nope"])
def test_export_csv_refuses_names_that_are_not_tables(hostile_release, tmp_path, table):
    with pytest.raises(ExportError, match="no table"):
        export_csv(hostile_release, table, tmp_path / "out.csv")


def test_export_csv_never_writes_into_the_release(hostile_release, capsys):
    before = sorted(p.name for p in hostile_release.iterdir())
    assert cli_main(["export-csv", str(hostile_release), "events", str(hostile_release / "events.csv")]) == 2
    assert "releases are never modified" in capsys.readouterr().err
    assert sorted(p.name for p in hostile_release.iterdir()) == before
