"""The jobs, apart from the definitions so that the documents sensor can target them."""
import dagster as dg

from pipeline.partitions import PARTITIONS_NAME

# Every asset but the per-document partitions: the release job stays unpartitioned (one run, one set of
# tables) and reads what partitions extracted from the cache.
build_release_job = dg.define_asset_job(
    "build_release", selection=dg.AssetSelection.all() - dg.AssetSelection.assets("document_extraction"),
    description="Ingest every document, extract, curate, validate and publish a release when the data changed.")
publish_job = dg.define_asset_job(
    "publish", selection=dg.AssetSelection.assets("release"),
    description="Publish the current tables as a release; set ops.release.config.version to ask for a version.")
extract_documents_job = dg.define_asset_job(
    "extract_documents", selection=dg.AssetSelection.assets("document_extraction"),
    description=f"Extract the selected documents (partitions of '{PARTITIONS_NAME}') into the extraction cache.")
