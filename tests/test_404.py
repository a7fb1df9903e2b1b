"""The error page under a deep subpath, as a web server shows it for any missing address: Dutch,
styled, under the published CSP, accessible, and its link leads to this copy's start page."""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from axe_rules import axe_violations
from recorder import Recorder

SUBPATH = "/teams/jeugd/handreiking/"


@pytest.fixture(scope="module")
def missing_url(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site under a subpath on a server that answers every missing file with site/404.html and the CSP."""
    webroot = tmp_path_factory.mktemp("web404")
    (webroot / SUBPATH.strip("/")).parent.mkdir(parents=True)
    shutil.copytree(site, webroot / SUBPATH.strip("/"))
    not_found = (site / "404.html").read_bytes()
    policy = (site / "csp.txt").read_text(encoding="utf-8").strip()

    class Handler(SimpleHTTPRequestHandler):
        """Static files; a missing one gets the site's error page, as an nginx error_page would."""

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            """Answer 404 with the error page."""
            if code != 404:
                return super().send_error(code, message, explain)
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Security-Policy", policy)
            self.send_header("Content-Length", str(len(not_found)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(not_found)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Stay silent."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(webroot)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
    server.shutdown()


def test_missing_page_deep_under_a_subpath(page: Page, missing_url: str) -> None:
    """Three folders deep under the site: Dutch heading, the header in the site's colour, no broken or
    blocked request, and 'Naar de startpagina' opens this copy's home page."""
    recorder = Recorder(page)
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    response = page.goto(missing_url + "werkmateriaal/oud/nog/dieper.html")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    assert page.locator("header").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(64, 81, 181)"
    link = page.get_by_role("link", name="Naar de startpagina")
    expect(link).to_have_attribute("href", SUBPATH + "index.html")
    link.click()
    expect(page).to_have_url(missing_url + "index.html")
    # The only failed loads: the missing page itself and the manifest probes of the folders above it.
    other = [
        e
        for e in recorder.errors
        if "status of 404" not in e or not e.rstrip(")").endswith(("dieper.html", "manifest.webmanifest"))
    ]
    assert violations == [] and other == [], (violations, other)


def test_missing_page_passes_axe(browser: Browser, missing_url: str) -> None:
    """axe finds nothing on the error page (checked without the CSP, which refuses axe's own style tag)."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(missing_url + "bestaat/niet.html")
    assert axe_violations(page) == []
    context.close()
