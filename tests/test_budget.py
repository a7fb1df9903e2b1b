"""Performance budget: what a first visit downloads, against bare Material from the same Markdown,
measured in Chromium (scripts/laadgewicht.py); each handout's own JS small."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from conftest import DOCS, ROOT, made_once, page_paths

sys.path.insert(0, str(ROOT / "scripts"))
import benchmark  # noqa: E402
import laadgewicht  # noqa: E402


def heaviest_pages() -> list[str]:
    """The pages that can weigh most: home, every handout page (own CSS and JS) and the three largest
    chapters (all pages differ only in their HTML otherwise; `scripts/benchmark.py` measures every page)."""
    pages = page_paths()
    chapters = sorted(
        (p for p in pages if p.startswith("handreiking/")), key=lambda p: -(DOCS / p).with_suffix(".md").stat().st_size
    )
    return ["index.html", *(p for p in pages if p.startswith("werkmateriaal/")), *chapters[:3]]


@pytest.fixture(scope="session")
def both(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Our site and bare Material (same Markdown, built once per test run) on local servers: their base URLs."""

    def make(folder: Path) -> None:
        folder.mkdir(parents=True)
        benchmark.timed_build(benchmark.bare_config(folder), folder / "bare", dict(os.environ, NO_MKDOCS_2_WARNING="1"))

    bare_site = made_once(tmp_path_factory, "kaal", make) / "bare"
    tmp = tmp_path_factory.mktemp("kaal-web")
    with laadgewicht.served(site, tmp / "vol") as ours, laadgewicht.served(bare_site, tmp / "web") as bare:
        yield ours, bare


@pytest.mark.parametrize("path", heaviest_pages())
def test_first_visit_downloads_at_most_0_9_of_bare_material(browser: Browser, both: tuple[str, str], path: str) -> None:
    """A first visit transfers at most 0.9 × what the same page with bare Material transfers
    (the search index, worker and stemmer come only when the reader starts a search)."""
    ours, _ = laadgewicht.load_bytes(browser, both[0] + path)
    bare, _ = laadgewicht.load_bytes(browser, both[1] + path, wait_for="search/search_index.json")
    assert ours / bare <= benchmark.PAGE_RATIO, f"{path}: {ours} / {bare} = {ours / bare:.3f}"


def test_each_handouts_own_script_is_small(site: Path) -> None:
    """Each handout's JavaScript (core included) stays under 22 KB gzip (scripts/benchmark.py says why)."""
    heavy_js = {name: size for name, size in benchmark.handout_js(site).items() if size > benchmark.HANDOUT_JS_LIMIT}
    assert not heavy_js, heavy_js
