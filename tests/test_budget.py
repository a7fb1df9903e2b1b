"""Performance budget: what a first visit downloads, against bare Material from the same Markdown,
measured in Chromium (scripts/laadgewicht.py); each handout's own JS small."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from playwright.sync_api import Browser

from conftest import ROOT, page_paths

sys.path.insert(0, str(ROOT / "scripts"))
import benchmark  # noqa: E402
import laadgewicht  # noqa: E402


def heaviest_pages(site: Path) -> list[str]:
    """The pages that can weigh most: home, every handout page (own CSS and JS) and the three largest chapters.
    (All pages differ only in their HTML otherwise; `scripts/benchmark.py` measures every page.)"""
    pages = page_paths()
    chapters = sorted((p for p in pages if p.startswith("handreiking/")), key=lambda p: -benchmark.gz((site / p).read_bytes()))
    return ["index.html", *(p for p in pages if p.startswith("werkmateriaal/")), *chapters[:3]]


def test_pages_download_at_most_0_9_of_bare_material(site: Path, browser: Browser, tmp_path: Path) -> None:
    """A first visit transfers at most 0.9 × what the same page with bare Material transfers
    (the search index, worker and stemmer come only when the reader starts a search)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    benchmark.timed_build(benchmark.bare_config(tmp_path), tmp_path / "bare", env)
    pages = heaviest_pages(site)
    rows = laadgewicht.compare(browser, site, tmp_path / "bare", pages, tmp_path / "web")
    assert len(rows) == len(pages) >= 10
    over = [f"{page}: {ours} / {bare} = {ours / bare:.3f}" for page, ours, bare in rows if ours / bare > benchmark.PAGE_RATIO]
    assert not over, over


def test_each_handouts_own_script_is_small(site: Path) -> None:
    """Each handout's JavaScript (core included) stays under 15 KB gzip."""
    heavy_js = {name: size for name, size in benchmark.handout_js(site).items() if size > benchmark.HANDOUT_JS_LIMIT}
    assert not heavy_js, heavy_js
