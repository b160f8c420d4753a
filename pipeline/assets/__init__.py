"""Thin Dagster assets: load inputs, call the pure code in pipeline/, return tables."""
