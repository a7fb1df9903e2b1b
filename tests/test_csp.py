"""The site served with exactly the published Content-Security-Policy: nothing is blocked."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import page_paths
from recorder import Recorder

COLLECT_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
"""


@pytest.fixture(scope="module")
def csp_url(site: Path) -> Iterator[str]:
    """The site served with the headers from site/_headers (CSP from site/csp.txt)."""
    policy = (site / "csp.txt").read_text(encoding="utf-8").strip()

    class Handler(SimpleHTTPRequestHandler):
        """Static files with the published security headers."""

        def end_headers(self) -> None:
            """Add the CSP and friends to every response."""
            self.send_header("Content-Security-Policy", policy)
            self.send_header("X-Content-Type-Options", "nosniff")
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Stay silent."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_policy_allows_no_inline_code_or_outside_origin(site: Path) -> None:
    """The published policy has no 'unsafe-inline', no 'unsafe-eval' and no other host."""
    policy = (site / "csp.txt").read_text(encoding="utf-8")
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy and "*" not in policy
    assert "Content-Security-Policy: " + policy.strip() in (site / "_headers").read_text(encoding="utf-8")


def test_every_page_runs_under_the_policy(page: Page, csp_url: str) -> None:
    """0 CSP violations and 0 console errors on every page, search included."""
    recorder = Recorder(page)
    page.add_init_script(COLLECT_VIOLATIONS)
    problems = []
    for path in page_paths():
        page.goto(csp_url + path, wait_until="networkidle")
        problems += [f"{path}: {v}" for v in page.evaluate("window.__csp")]
    page.goto(csp_url + "index.html", wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("netwerk", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=10_000)
    problems += [f"zoeken: {v}" for v in page.evaluate("window.__csp")]
    assert not problems, "\n".join(problems)
    assert recorder.errors == [], recorder.errors


def test_handouts_work_under_the_policy(page: Page, csp_url: str) -> None:
    """The interactive handouts do their job with the published policy in force."""
    recorder = Recorder(page)
    page.add_init_script(COLLECT_VIOLATIONS)

    page.goto(csp_url + "werkmateriaal/stroomschema.html", wait_until="networkidle")
    page.get_by_role("radio", name="Nee!").check()
    expect(page.locator("#nee")).to_be_visible()
    expect(page.locator("#ja")).to_be_hidden()
    assert page.evaluate("window.__csp") == []

    page.goto(csp_url + "werkmateriaal/veiligheidscirkels.html", wait_until="networkidle")
    page.get_by_role("button", name="Invullen op dit apparaat").click()
    page.locator("#vc-naam").fill("Buurvrouw")
    page.locator("#vc-naam").press("Enter")
    expect(page.locator(".vc-netwerk li")).to_have_count(1)
    assert page.evaluate("window.__csp") == []

    page.goto(csp_url + "werkmateriaal/vraagkaarten.html", wait_until="networkidle")
    page.get_by_role("button", name="Kaarten samenstellen").click()
    page.locator("#kaart-wv-vertrouw .vk-kies input").check()
    expect(page.locator("#vk-aantal")).to_have_text("1 kaart gekozen")
    assert page.evaluate("window.__csp") == []

    page.goto(csp_url + "werkmateriaal/netwerkkaart.html", wait_until="networkidle")
    expect(page.locator(".nk-app")).to_be_visible()  # the circles' network loads the map at once
    page.evaluate("() => { window.print = () => { window.__geprint = true; }; }")
    page.get_by_role(
        "button", name="Afdrukken voor het gezin"
    ).click()  # the sheet for the family: text and classes only
    expect(page.locator(".nk-gezinblad")).to_contain_text("Buurvrouw")
    assert page.evaluate("window.__geprint") is True
    page.goto(csp_url + "werkmateriaal/family-finding-werkbladen.html", wait_until="networkidle")
    expect(page.locator(".wb-app")).to_be_visible()  # and the worksheets
    page.locator("#waarde-interview textarea[name='belangrijk']").fill("Familie")
    page.reload(wait_until="networkidle")
    expect(page.locator("#waarde-interview textarea[name='belangrijk']")).to_have_value("Familie")
    assert page.evaluate("window.__csp") == []
    assert recorder.errors == [], recorder.errors


MEASURE_SHEET = """() => {
  const mm = 96 / 25.4, round = v => Math.round(v * 100) / 100;
  const box = e => {
    const r = e.getBoundingClientRect(), s = e.closest('.vk-ijkvel').getBoundingClientRect();
    return [round((r.left - s.left) / mm), round((r.top - s.top) / mm), round(r.width / mm), round(r.height / mm),
            [...document.querySelectorAll('.vk-print .vk-ijkvel')].indexOf(e.closest('.vk-ijkvel'))];
  };
  window.__ijk = {
    strepen: [...document.querySelectorAll('.vk-print .vk-ijk-streep')].map(box),
    getallen: [...document.querySelectorAll('.vk-print .vk-ijk-getal')].map(box),
    kaart: [...document.querySelectorAll('.vk-print .vk-ijk-kaart')].map(box),
  };
}"""


def test_calibration_sheet_prints_under_the_policy(page: Page, csp_url: str) -> None:
    """The builder's 'Kalibratievel afdrukken' under the published policy: 0 violations, and in print
    media every stroke and label of both sides stands where handreiking/druk/ijkvel.py puts it (all at
    distinct places), the bank card frame 85.6 mm wide. Measured when the page calls print()."""
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT))
    from handreiking.druk.ijkvel import sheet

    recorder = Recorder(page)
    page.add_init_script(COLLECT_VIOLATIONS)
    page.goto(csp_url + "werkmateriaal/vraagkaarten.html", wait_until="networkidle")
    page.get_by_role("button", name="Kaarten samenstellen").click()
    expect(page.locator("#vk-bouwer")).to_be_visible()
    page.evaluate(f"window.print = {MEASURE_SHEET}")
    page.emulate_media(media="print")
    page.locator('[data-actie="kalibratie"]').dispatch_event("click")  # the button itself is not printed
    page.wait_for_function("window.__ijk !== undefined")
    measured = page.evaluate("window.__ijk")
    assert page.evaluate("window.__csp") == []

    vel = sheet()
    strokes = [(0, s) for axis in "xy" for s in vel["voor"][axis]]
    strokes += [(1, s) for axis in "xy" for box in vel["achter"][axis] for s in box["strepen"]]
    assert len(measured["strepen"]) == len(strokes) == 102
    assert len({tuple(b) for b in measured["strepen"]}) == len(strokes), "streepjes op dezelfde plek"
    misplaced = [
        (side, s)
        for side, s in strokes
        if not any(
            b[4] == side and all(abs(b[i] - s[k]) <= 0.1 for i, k in enumerate("xybh")) for b in measured["strepen"]
        )
    ]
    assert not misplaced, misplaced[:5]
    assert len({tuple(b) for b in measured["getallen"]}) == len(measured["getallen"]) == 34, "getallen op dezelfde plek"
    [frame] = measured["kaart"]
    assert abs(frame[0] - vel["voor"]["kaart"]["x"]) <= 0.1 and abs(frame[1] - vel["voor"]["kaart"]["y"]) <= 0.1, frame
    assert abs(frame[2] - 85.6) <= 0.2 and abs(frame[3] - 54.0) <= 0.2, frame
    assert recorder.errors == [], recorder.errors
