"""Every page in a real Chromium: no errors, no outside requests, axe clean, nothing moves while it
loads, no sideways scroll; search and the site from file://."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from axe_rules import axe_violations
from conftest import Tabs, page_paths
from recorder import Recorder

# Layout shifts, recorded before any page script runs; buffered, so shifts before registration count too.
SHIFT_OBSERVER = """
window.__verschuivingen = [];
new PerformanceObserver(function (lijst) {
  lijst.getEntries().forEach(function (e) {
    if (e.hadRecentInput) return;
    window.__verschuivingen.push({
      waarde: e.value,
      tijd: Math.round(e.startTime),
      bronnen: (e.sources || []).map(function (s) {
        var n = s.node;
        if (!n || !n.tagName) return "?";
        return n.tagName.toLowerCase() + (n.id ? "#" + n.id : "") + (n.className && typeof n.className === "string"
          ? "." + n.className.trim().split(/\\s+/).join(".") : "") +
          " " + [s.previousRect, s.currentRect].map(function (r) { return [r.x, r.y, r.width, r.height].map(Math.round).join(","); }).join(" -> ");
      }),
      breedte: innerWidth
    });
  });
}).observe({type: "layout-shift", buffered: true});
"""
# Plain viewports on purpose: with phone emulation (is_mobile) Chromium paints later, after the
# scripts at the end of the body, and a shift they cause would go unseen.
PHONE, WIDE = {"width": 390, "height": 844}, {"width": 1280, "height": 900}
SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def loaded(tabs: Tabs, url: str, viewport: dict[str, int]) -> tuple[Page, Recorder, float, list]:
    """A first visit at this viewport (a new tab, nothing stored, nothing cached): the page once
    loaded and settled, its recorder, and the layout shifts without recent input (their sum: the
    cumulative layout shift)."""
    tabs.reset()
    page = tabs.new(viewport)
    recorder = Recorder(page)
    page.add_init_script(SHIFT_OBSERVER)
    page.goto(url, wait_until="load")
    # Let the last frames render (and their shifts be reported) before reading them.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))")
    shifts = page.evaluate("window.__verschuivingen")
    return page, recorder, sum(s["waarde"] for s in shifts), shifts


@pytest.mark.parametrize("path", page_paths())
def test_page_in_browser(tabs: Tabs, base_url: str, path: str) -> None:
    """A first visit on a phone (390 px) and on a wide screen (1280 px): 0 console errors, 0 outside
    requests, 0 axe violations, nothing moves while it loads (CLS 0: what scripts reveal has its space
    reserved before first paint), and no sideways scrolling at 390 px or, narrowed further, 320 px (WCAG 1.4.10)."""
    problems = []
    for name, viewport in (("telefoon", PHONE), ("breed", WIDE)):
        page, recorder, cls, shifts = loaded(tabs, base_url + path, viewport)
        try:
            if cls >= 0.001:
                problems.append(f"{name}: verschuift tijdens het laden, CLS {cls:.4f}: {shifts}")
            problems += [f"{name}: axe: {v}" for v in axe_violations(page)]
            if name == "telefoon":
                for width in (390, 320):
                    page.set_viewport_size({"width": width, "height": 640})
                    page.wait_for_function(f"window.innerWidth === {width}")
                    overflow = page.evaluate(SIDEWAYS)
                    if overflow > 0:
                        problems.append(f"scrolt {overflow}px horizontaal op {width} px breed")
            problems += [f"{name}: {e}" for e in recorder.errors]
            problems += [f"{name}: verzoek buiten de site: {u}" for u in recorder.outside(base_url.split("/een/")[0])]
        finally:
            page.close()
    assert not problems, f"{path}:\n" + "\n".join(problems)


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


def test_each_test_starts_with_nothing_stored_or_cached(tabs: Tabs, base_url: str) -> None:
    """The tabs of one worker share a context (tests/conftest.py, Tabs): after a reset, what a page
    stored (local storage, cookies) is gone, as in a fresh context."""
    first = tabs.new()
    first.goto(base_url + "index.html")
    first.evaluate("() => { localStorage.setItem('x', '1'); document.cookie = 'c=1'; }")
    tabs.reset()
    assert first.is_closed()
    second = tabs.new()
    second.goto(base_url + "index.html")
    assert second.evaluate("() => [localStorage.getItem('x'), document.cookie]") == [None, ""]
