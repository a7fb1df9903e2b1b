"""Layout stability: nothing on any page moves while it loads (cumulative layout shift 0), on a
phone and on a wide screen, measured in Chromium with a PerformanceObserver for layout shifts.
What scripts reveal (a handout's start button, the choice in the stroomschema) has its space
reserved before first paint; without JavaScript there is no dead button."""
from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from conftest import page_paths

# Plain viewports on purpose: with phone emulation (is_mobile) Chromium paints later, after the
# scripts at the end of the body, and a shift they cause would go unseen.
VIEWPORTS = {"telefoon": {"width": 390, "height": 844}, "breed": {"width": 1280, "height": 800}}
# Registered before any page script runs; buffered, so shifts before registration count too.
OBSERVER = """
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
          ? "." + n.className.trim().split(/\\s+/).join(".") : "");
      })
    });
  });
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", page_paths())
def test_nothing_moves_while_the_page_loads(browser: Browser, base_url: str, path: str, viewport: str) -> None:
    """The layout shifts without recent input add up to 0 after the load event, once the handouts'
    scripts have settled (network idle)."""
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale="nl-NL", service_workers="block")
    try:
        page = context.new_page()
        page.add_init_script(OBSERVER)
        page.goto(base_url + path, wait_until="networkidle")
        # Let a last frame render (and its shifts be reported) before reading them.
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        shifts = page.evaluate("window.__verschuivingen")
    finally:
        context.close()
    total = sum(s["waarde"] for s in shifts)
    assert total < 0.001, f"{path} ({viewport}): CLS {total:.4f}: {shifts}"
