"""The kept regex code is scoped and configured: importing the pipeline changes nothing in `re`; only a
`regex_cache.using(path)` block routes compilations through it, and leaving the block (also by an exception)
puts back the stdlib's compile; the file is PipelineConfig's (in its cache folder, switched by a field), and the
extraction step and its worker processes use it."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import regex_cache
from pipeline.resources import PipelineConfig
from tests.conftest import FIXTURES, ROOT

STDLIB_COMPILE = re._compiler.compile
LONG = r"(?:" + "|".join(f"perf30word{i}" for i in range(20)) + r")\b"   # past MIN_LENGTH

IMPORT_CHANGES_NOTHING = """
import re, sys
from re import _compiler, _parser
def snapshot():
    return {m.__name__: {k: id(v) for k, v in vars(m).items()} for m in (re, _compiler, _parser)}
before, compile_before = snapshot(), _compiler.compile
import pipeline, pipeline.definitions, pipeline.parallel, pipeline.regex_cache
assert _compiler.compile is compile_before, _compiler.compile
assert snapshot() == before
print("unchanged")
"""


def test_importing_the_pipeline_changes_nothing_in_re():
    done = subprocess.run([sys.executable, "-c", IMPORT_CHANGES_NOTHING], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "unchanged", done.stderr[-2000:]


def test_the_stdlib_compile_is_back_after_the_block(tmp_path):
    path = tmp_path / "regex.json"
    with regex_cache.using(path):
        assert re._compiler.compile is not STDLIB_COMPILE and regex_cache.active_path() == path
        re.purge()
        assert re.compile(LONG).search("a perf30word7 here")
    assert re._compiler.compile is STDLIB_COMPILE and regex_cache.active_path() is None
    assert (LONG, 0) in regex_cache._load(path)   # written on leaving


def test_the_stdlib_compile_is_back_after_an_exception_in_the_block(tmp_path):
    with pytest.raises(KeyError, match="inside"):
        with regex_cache.using(tmp_path / "regex.json"):
            re.purge()
            re.compile(LONG)
            raise KeyError("inside")
    assert re._compiler.compile is STDLIB_COMPILE and regex_cache.active_path() is None


def test_nested_blocks_restore_once_the_outermost_leaves(tmp_path):
    outer, inner = tmp_path / "outer.json", tmp_path / "inner.json"
    with regex_cache.using(outer):
        routed = re._compiler.compile
        with regex_cache.using(inner):
            assert re._compiler.compile is routed and regex_cache.active_path() == outer
        assert re._compiler.compile is routed
    assert re._compiler.compile is STDLIB_COMPILE


def test_compilations_outside_the_block_are_the_stdlibs(tmp_path):
    path = tmp_path / "regex.json"
    with regex_cache.using(path):
        pass
    re.purge()
    re.compile(LONG)
    assert not path.exists()   # nothing routed, nothing written


def test_a_failed_self_test_routes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "_self_test_result", None)
    monkeypatch.setattr(regex_cache, "_self_test", lambda: False)
    with regex_cache.using(tmp_path / "regex.json"):
        assert re._compiler.compile is STDLIB_COMPILE and regex_cache.active_path() is None


def test_the_file_is_the_resources_and_a_field_switches_it():
    on = PipelineConfig(cache_dir="/tmp/perf30-cache")
    assert on.regex_cache and on.regex_cache_path == Path("/tmp/perf30-cache") / regex_cache.file_name()
    assert PipelineConfig(cache_dir="/tmp/perf30-cache", regex_cache=False).regex_cache_path is None
    field = PipelineConfig.to_config_schema().as_field().config_type.fields["regex_cache"]
    assert field.default_value is True and "regex" in field.description
    assert regex_cache.file_name() != "regex-.json" and regex_cache.file_name().endswith(".json")


def test_worker_processes_use_the_blocks_file(tmp_path, fixture_knowledge):
    from pipeline.layers import document_inputs, ingest_layer
    from pipeline.parallel import extract_documents

    docs = document_inputs(ingest_layer(FIXTURES / "documents").documents.iloc[:4])
    plain = extract_documents(docs, fixture_knowledge, workers=2)
    path = tmp_path / "regex.json"
    with regex_cache.using(path):
        kept = extract_documents(docs, fixture_knowledge, workers=2)
    assert path.exists() and regex_cache._load(path)   # written by the workers
    assert repr(kept) == repr(plain)


EXTRACTION_STEP_KEEPS_ITS_CODE = """
import re, sys
import dagster as dg
from pipeline import regex_cache
from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
from pipeline.io_manager import ParquetIOManager
from pipeline.resources import PipelineConfig
documents, seeds, tmp = sys.argv[1:4]
stdlib_compile = re._compiler.compile
config = PipelineConfig(documents_dir=documents, seeds_dir=seeds, releases_dir=tmp + "/releases",
                        cache_dir=tmp + "/cache", workers=1)
result = dg.materialize([*ALL_ASSETS, *ALL_CHECKS], instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
                        resources={"pipeline_config": config, "io_manager": ParquetIOManager(base_dir=tmp + "/storage")})
assert result.success
assert config.regex_cache_path.exists() and regex_cache._load(config.regex_cache_path), config.regex_cache_path
assert re._compiler.compile is stdlib_compile
print("kept")
"""


def test_the_extraction_step_keeps_its_code_in_the_cache_folder(tmp_path):
    # A fresh process: in a long test session the extractor's patterns may already sit in this process's
    # caches (compiled once per process by design), so nothing would be compiled anew and nothing written.
    out = subprocess.run([sys.executable, "-c", EXTRACTION_STEP_KEEPS_ITS_CODE, str(FIXTURES / "documents"),
                          str(FIXTURES / "seeds"), str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and out.stdout.strip().endswith("kept"), out.stderr[-3000:]
