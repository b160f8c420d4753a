"""The release asset's figures in Dagster metadata: inline while small, listed by path when large (Dagster keeps
metadata in its event log, three copies per run; a 2,000-article release's PNGs are ~8 MB)."""
from pipeline.report import FIGURE_FILES, metadata_markdown

PNG = b"\x89PNG\r\n\x1a\n"


def figures(size: int) -> dict[str, bytes]:
    return {f: PNG + b"x" * size for f in FIGURE_FILES.values()}


def test_small_figures_are_inline():
    md = metadata_markdown(figures(100), release_dir="releases/v9.9.9")
    assert md.count("](data:image/png;base64,") == len(FIGURE_FILES)
    assert "not inlined" not in md


def test_large_figures_are_listed_by_path_not_inlined():
    md = metadata_markdown(figures(800_000), release_dir="releases/v9.9.9")
    assert "base64" not in md
    assert all(f"`releases/v9.9.9/{f}`" in md for f in FIGURE_FILES.values())
    assert len(md) < 2_000


def test_the_limit_is_an_option():
    assert "base64" in metadata_markdown(figures(800_000), inline_max_bytes=10_000_000)
