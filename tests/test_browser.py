"""Every page in a real Chromium: no errors, no outside requests, axe clean, no sideways scroll."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from axe_rules import axe_violations
from conftest import page_paths
from recorder import Recorder


@pytest.mark.parametrize("path", page_paths())
def test_page_in_browser(page: Page, base_url: str, path: str) -> None:
    """Loads with 0 console errors and 0 outside requests, 0 axe violations, no overflow at 390 px."""
    recorder = Recorder(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + path, wait_until="networkidle")
    violations = axe_violations(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("window.innerWidth === 390")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    violations_mobile = axe_violations(page)
    assert recorder.errors == [], recorder.errors
    assert recorder.outside(base_url.split("/een/")[0]) == []
    assert violations == [], "\n".join(violations)
    assert violations_mobile == [], "\n".join(violations_mobile)
    assert overflow <= 0, f"{path} scrolt {overflow}px horizontaal op 390 px breed"


def search_for(page: Page, query: str) -> None:
    """Open Material's search and type the query like a person."""
    box = page.locator("input.md-search__input")
    box.click()  # the single-key shortcut "s" is turned off (WCAG 2.1.4)
    expect(box).to_be_focused()
    box.press_sequentially(query, delay=30)


def test_search_wie_vraag_finds_the_chapter(page: Page, base_url: str) -> None:
    """Typing "wie-vraag" lists chapter 3, which explains it."""
    recorder = Recorder(page)
    page.goto(base_url + "index.html", wait_until="networkidle")
    search_for(page, "wie-vraag")
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible(timeout=10_000)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    assert any("3-netwerk-en-wie-vraag.html" in href for href in hrefs), hrefs
    assert recorder.errors == []


def test_site_works_from_file(page: Page, site) -> None:
    """Opened from disk: search finds pages and a navigation link opens its page."""
    recorder = Recorder(page)
    start = (site / "index.html").as_uri()
    page.goto(start)
    search_for(page, "appèl")
    expect(page.locator(".md-search-result__item a").first).to_be_visible(timeout=10_000)
    page.keyboard.press("Escape")
    page.goto((site / "handreiking" / "voorwoord.html").as_uri())
    page.locator(".md-sidebar--primary .md-nav__link", has_text="2 Het appèl").first.click()
    expect(page.locator("h1")).to_contain_text("2 Het appèl")
    assert page.url.startswith("file://") and page.url.endswith("handreiking/2-het-appel.html")
    assert recorder.outside("file://") == []
    assert recorder.errors == [], recorder.errors


def test_external_link_is_announced_as_external(page: Page, base_url: str) -> None:
    """A screen reader hears that a link leaves the site; sighted readers see an arrow."""
    page.goto(base_url + "handreiking/1-doel.html")
    link = page.locator("article a.extern").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert "↗" in after and "externe website" in after, after
    snapshot = page.locator("article").aria_snapshot()
    assert "externe website" in snapshot, snapshot[:500]


def test_handouts_work_from_file(page: Page, site) -> None:
    """Opened from disk, every interactive handout starts and responds; nothing leaves the page."""
    recorder = Recorder(page)
    folder = site / "werkmateriaal"
    page.goto((folder / "veiligheidscirkels.html").as_uri())
    page.get_by_role("button", name="Invullen op dit apparaat").click()
    page.locator("#vc-naam").fill("Oom")
    page.locator("#vc-naam").press("Enter")
    expect(page.locator(".vc-netwerk li")).to_have_count(1)
    page.goto((folder / "vraagkaarten.html").as_uri())
    page.get_by_role("button", name="Kaarten samenstellen").click()
    page.locator("#kaart-wv-vertrouw .vk-kies input").check()
    expect(page.locator("#vk-aantal")).to_have_text("1 kaart gekozen")
    page.goto((folder / "stroomschema.html").as_uri() + "#nee")
    expect(page.locator("#nee")).to_be_visible()
    expect(page.locator("#ja")).to_be_hidden()
    page.goto((folder / "netwerkkaart.html").as_uri())
    expect(page.locator("[data-nk-tabel] th")).to_have_text(["Oom"])  # the circles' network, loaded at once
    page.goto((folder / "family-finding-werkbladen.html").as_uri())
    expect(page.locator(".wb-app")).to_be_visible()  # the kept network loads the worksheets at once
    page.locator("#waarde-interview textarea[name='belangrijk']").fill("Familie")
    page.reload()
    expect(page.locator("#waarde-interview textarea[name='belangrijk']")).to_have_value("Familie")
    assert recorder.outside("file://") == []
    assert recorder.errors == [], recorder.errors
