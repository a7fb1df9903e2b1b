"""Offline after one visit: over http the service worker keeps every page, asset and the search
index; a PDF opened once stays; 'Alles offline bewaren' keeps the rest; a new build replaces the
cache and says so once. Going offline here means the web server is really gone."""
from __future__ import annotations

import functools
import json
import shutil
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from conftest import _QuietHandler, page_paths
from recorder import Recorder

SUBPATH = "/intranet/team/handreiking/"
PDF_OPENED = "werkmateriaal/pdf/veiligheidscirkels.pdf"
PDF_NEVER = "werkmateriaal/pdf/family-finding-werkbladen.pdf"


class Host:
    """A web server for one copy of the site, which a test can switch off."""

    def __init__(self, site: Path, webroot: Path) -> None:
        target = webroot / SUBPATH.strip("/")
        target.parent.mkdir(parents=True)
        shutil.copytree(site, target)
        self.site = target
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(webroot)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}{SUBPATH}"

    def stop(self) -> None:
        """No connection any more."""
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def host(site: Path, tmp_path: Path) -> Iterator[Host]:
    """The built site on its own server under a subpath (a copy, so a test may change it)."""
    served = Host(site, tmp_path)
    yield served
    if served.server.socket.fileno() != -1:
        served.stop()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile (its own service workers and caches)."""
    ctx = browser.new_context(locale="nl-NL", service_workers="allow")
    yield ctx
    ctx.close()


def first_visit(page: Page, url: str) -> None:
    """Open the home page and wait until its service worker has kept the site and controls the page."""
    page.goto(url)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)


def fetch_status(page: Page, url: str) -> list:
    """Status and content type of a fetch from the page (it passes the service worker)."""
    return page.evaluate("u => fetch(u).then(r => [r.status, r.headers.get('content-type') || ''])", url)


def test_every_page_search_handout_and_an_opened_pdf_work_offline(context: BrowserContext, host: Host) -> None:
    """After one visit and one PDF, with the server gone: every page, search, a handout and that PDF work;
    a PDF never opened says in Dutch that it is not kept; nothing is requested outside the site."""
    page = context.new_page()
    recorder = Recorder(page)
    first_visit(page, host.url)
    assert fetch_status(page, host.url + PDF_OPENED)[0] == 200
    page.wait_for_function("u => caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.match(u)))))"
                           ".then(hits => hits.some(Boolean))", arg=host.url + PDF_OPENED)
    host.stop()
    for path in page_paths():
        response = page.goto(host.url + path)
        assert response is not None and response.status == 200, path
        expect(page.locator("h1").first).to_be_visible()
    page.goto(host.url + "handreiking/2-het-appel.html")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("olievlek", delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    page.goto(host.url + "werkmateriaal/veiligheidscirkels.html")
    page.get_by_role("button", name="Invullen op dit apparaat").click()
    expect(page.get_by_role("checkbox", name="Bewaar op dit apparaat")).to_be_visible()
    assert fetch_status(page, host.url + PDF_OPENED) == [200, "application/pdf"]
    response = page.goto(host.url + PDF_NEVER)
    assert response is not None and response.status == 503
    expect(page.locator("body")).to_contain_text("Deze PDF is nog niet op dit apparaat bewaard")
    assert recorder.outside(host.url.split(SUBPATH)[0] + SUBPATH) == []


def test_keep_everything_offline_also_keeps_every_pdf(context: BrowserContext, host: Host) -> None:
    """The home page's button, with the size of all PDFs, keeps every PDF: offline they all open."""
    page = context.new_page()
    first_visit(page, host.url)
    button = page.get_by_role("button", name="Alles offline bewaren")
    expect(button).to_contain_text("MB)")
    button.click()
    expect(page.locator("[data-offline-status]")).to_contain_text("Klaar", timeout=60_000)
    host.stop()
    pdfs = sorted(p.relative_to(host.site).as_posix() for p in host.site.rglob("*.pdf"))
    assert len(pdfs) > 30
    for pdf in pdfs:
        assert fetch_status(page, host.url + pdf) == [200, "application/pdf"], pdf


def test_a_new_build_replaces_the_cache_and_says_so_once(context: BrowserContext, host: Host) -> None:
    """A changed sw.js (a new release) takes over: one cache for this copy remains, the open page says
    'Nieuwe versie beschikbaar' once and keeps what was typed in it."""
    page = context.new_page()
    first_visit(page, host.url + "werkmateriaal/family-finding-werkbladen.html")
    page.reload()  # a later visit: the page is served by the worker of the old release
    field = page.locator(".wb-blad textarea").first
    field.fill("Oma Fatima")
    worker = host.site / "sw.js"
    worker.write_text(worker.read_text(encoding="utf-8").replace('var VERSIE = "', 'var VERSIE = "nieuw', 1), encoding="utf-8")
    page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    expect(page.locator(".offline-nieuw")).to_have_text("Nieuwe versie beschikbaar. Herlaad de pagina wanneer het je uitkomt.",
                                                        timeout=30_000)
    expect(page.locator(".offline-nieuw")).to_have_count(1)
    expect(field).to_have_value("Oma Fatima")
    page.wait_for_function("p => caches.keys().then(ns => ns.filter(n => n.includes(p)).length === 1)", arg=SUBPATH)
    names = page.evaluate("caches.keys()")
    assert "nieuw" in json.dumps(names), names


def test_the_offline_copy_holds_every_page_and_nothing_a_reader_never_needs(site: Path) -> None:
    """sw.js lists every page, asset and the search index, but no PDF, other search languages, source
    maps, or what only file:// uses (search_index.js, the iframe-worker shim), so a phone on a weak
    signal downloads only what it can use (under 1.5 MB unpacked)."""
    source = (site / "sw.js").read_text(encoding="utf-8")
    kept = json.loads(source.split("var BESTANDEN = ", 1)[1].split(";\n", 1)[0])
    assert set(page_paths()) <= set(kept) and "search/search_index.json" in kept and "./" in kept
    assert not [n for n in kept if n.endswith((".pdf", ".map")) or "lunr.de." in n or "wordcut" in n
                or n == "search/search_index.js" or "iframe-worker" in n]
    assert sum((site / n).stat().st_size for n in kept if n != "./") < 1_500_000
