"""Performance budget (scripts/benchmark.py): page weight against bare Material, handout JS size."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import benchmark  # noqa: E402


def test_heaviest_page_within_budget_and_handout_js_small(site: Path, tmp_path: Path) -> None:
    """Every page's first visit ≤ 1.10 × the same page with bare Material; each handout's JS ≤ 15 KB gzip."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    benchmark.timed_build(benchmark.bare_config(tmp_path), tmp_path / "bare", env)
    rows = benchmark.compare_pages(site, tmp_path / "bare")
    assert len(rows) >= 12
    over = [f"{page}: {full / bare:.3f}" for page, full, bare in rows if full / bare > benchmark.PAGE_RATIO]
    assert not over, over
    heavy_js = {name: size for name, size in benchmark.handout_js(site).items() if size > benchmark.HANDOUT_JS_LIMIT}
    assert not heavy_js, heavy_js
