"""Material's bundle loads after the first paint (handreiking/bouwstappen/bundel.py): the step on a small site,
and in Chromium the text is painted before the bundle is even requested, after which Material works."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from handreiking.bouwstappen import bundel
from test_browser import search_for

ROOT = Path(__file__).resolve().parent.parent
TAG = '<script src="{0}assets/javascripts/bundle.1234abcd.min.js"></script>'


def test_every_page_gets_the_loader_instead_of_the_blocking_tag(tmp_path: Path) -> None:
    """Each page loses Material's parser-blocking tag and gets the loader with its own relative path;
    a page without the bundle is left as it was."""
    pages = {"index.html": TAG.format(""), "werk/kaarten.html": TAG.format("../"), "los.html": "<p>los</p>"}
    for path, body in pages.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(f"<body><p>tekst</p>{body}</body>", encoding="utf-8")
    assert bundel.after_first_paint(ROOT, tmp_path) == 2
    home, deep = ((tmp_path / p).read_text(encoding="utf-8") for p in ("index.html", "werk/kaarten.html"))
    assert "<script src=" not in home + deep
    assert '("assets/javascripts/bundle.1234abcd.min.js")' in home
    assert '("../assets/javascripts/bundle.1234abcd.min.js")' in deep
    assert "first-contentful-paint" in home and "DOMContentLoaded" in home
    assert (tmp_path / "los.html").read_text(encoding="utf-8") == "<body><p>tekst</p><p>los</p></body>"


def test_text_is_painted_before_the_bundle_is_requested_and_material_then_works(page: Page, base_url: str) -> None:
    """On a chapter page the first contentful paint comes before the request for Material's bundle
    (so a phone on a weak signal sees the text first); then Material's search works."""
    page.goto(base_url + "handreiking/3-netwerk-en-wie-vraag.html")
    timing = page.evaluate("""() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        bundle: performance.getEntriesByType('resource')
          .find(r => /bundle\\.[0-9a-f]+\\.min\\.js/.test(r.name)).startTime})""")
    assert timing["paint"] <= timing["bundle"], timing
    search_for(page, "olievlek")
    expect(page.locator(".md-search-result__item a").first).to_be_visible(timeout=10_000)


def test_a_browser_that_reports_no_paint_still_gets_material(page: Page, base_url: str) -> None:
    """A browser whose paint observer never reports (older ones ignore the type; a background tab
    paints nothing) still loads Material's bundle, after the load event: the search works."""
    page.add_init_script("PerformanceObserver.prototype.observe = function () {};")
    page.goto(base_url + "index.html")
    assert page.evaluate("document.documentElement.getAttribute('data-bundel')") == "geladen"
    search_for(page, "olievlek")
    expect(page.locator(".md-search-result__item a").first).to_be_visible(timeout=10_000)
