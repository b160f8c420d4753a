"""The whole Definitions object loads, with every layer, asset, check and job."""
import dagster as dg

from pipeline.definitions import defs

EXPECTED_GROUPS = {
    "ingest": {"documents", "input_files", "ingest_rejects"},
    "extract": {"document_extraction", "extracted_claims", "extracted_mentions", "discovered_actors", "extract_rejects"},
    "curate": {"claims", "mentions", "actors", "events", "stances", "topics", "curate_rejects", "curation_report",
               "rejects"},
    "publish": {"release"},
}


def test_definitions_load_with_every_group():
    graph = defs.resolve_asset_graph()
    groups: dict[str, set] = {}
    for key in graph.get_all_asset_keys():
        groups.setdefault(graph.get(key).group_name, set()).add(key.to_user_string())
    assert groups == EXPECTED_GROUPS


def test_every_asset_has_a_description():
    graph = defs.resolve_asset_graph()
    missing = [k.to_user_string() for k in graph.get_all_asset_keys() if not graph.get(k).description]
    assert missing == []


def test_jobs_and_checks_are_defined():
    assert defs.resolve_job_def("build_release") is not None
    assert defs.resolve_job_def("publish") is not None
    checks = {k.name for k in defs.resolve_asset_graph().asset_check_keys}
    assert {"claims_schema", "events_schema", "foreign_keys_resolve", "claims_match_document_text",
            "events_rest_on_asserted_claims", "curation_overrides_match"} <= checks
    assert isinstance(defs.resources["io_manager"], dg.ConfigurableIOManager)


def test_every_check_has_a_description():
    specs = [spec for checks in defs.asset_checks for spec in checks.check_specs]
    assert len(specs) >= 13
    assert [s.name for s in specs if not s.description] == []


def test_documents_sensor_requests_the_build_job():
    sensor = defs.resolve_sensor_def("documents_sensor")
    assert {t.job_name for t in sensor.targets} == {"build_release", "extract_documents"}
    assert sensor.description


def test_only_the_document_extraction_is_partitioned():
    graph = defs.resolve_asset_graph()
    partitioned = {k.to_user_string() for k in graph.get_all_asset_keys() if graph.get(k).partitions_def}
    assert partitioned == {"document_extraction"}
    assert defs.resolve_job_def("build_release").partitions_def is None
    assert "document_extraction" not in {k.to_user_string() for k in defs.resolve_job_def("build_release").asset_layer.executable_asset_keys}
    assert isinstance(defs.resolve_job_def("extract_documents").partitions_def, dg.DynamicPartitionsDefinition)
    # lineage: the release's extraction reads what the partitions put in the cache
    assert dg.AssetKey("document_extraction") in graph.get(dg.AssetKey("extracted_claims")).parent_keys


def test_ui_runs_execute_in_one_process():
    # per-step processes cost seconds of imports each: "Materialize all" must stay quick in the UI
    assert defs.resolve_job_def("build_release").executor_def.name == "in_process"
