"""Round 27 (+1 run, perf32): curate logs its stale overrides as one warning, not one per override (each Dagster log
call is a stored event, a database write); the check and `pipeline run`'s printout still list every one."""
import logging

import dagster as dg

STALE = """
- {id: stale-one, who: test, when: 2026-12-07, why: "names a document that is not there", action: add_mention,
   actor_id: japan, document: no_such_document.txt, quote: "Japan"}
- {id: stale-two, who: test, when: 2026-12-07, why: "names a document that is not there", action: add_mention,
   actor_id: taiwan, document: another_missing.txt, quote: "Taiwan"}
"""



def test_stale_overrides_are_one_log_event(tmp_path):
    from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
    from pipeline.io_manager import ParquetIOManager
    from pipeline.resources import PipelineConfig
    from tests.conftest import FIXTURES

    curation = tmp_path / "curation"
    curation.mkdir()
    (curation / "actors.yaml").write_text(STALE)
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS], instance=instance, raise_on_error=False,
        resources={"pipeline_config": PipelineConfig(documents_dir=str(FIXTURES / "documents"),
                                                     seeds_dir=str(FIXTURES / "seeds"), curation_dir=str(curation),
                                                     releases_dir=str(tmp_path / "releases"),
                                                     cache_dir=str(tmp_path / "cache")),
                   "io_manager": ParquetIOManager(base_dir=str(tmp_path / "storage"))})
    assert result.success
    check = next(e for e in result.get_asset_check_evaluations() if e.check_name == "curation_overrides_match")
    assert check.metadata["n_stale"].value == 2
    warnings = [e.user_message for e in instance.all_logs(result.run_id)
                if not e.is_dagster_event and e.level == logging.WARNING and "stale curation override" in e.user_message]
    assert len(warnings) == 1
    assert "2 stale curation override(s)" in warnings[0]
    assert "stale-one" in warnings[0] and "stale-two" in warnings[0]
