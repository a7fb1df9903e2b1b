"""Offline after one visit: over http the service worker keeps every page, asset and the search
index; a PDF opened once stays; 'Alles offline bewaren' keeps the rest; a new build replaces the
cache with files from the server (never the HTTP cache), keeps the reader's PDFs and says so once;
a worker leaves a copy of the site in a folder below its own alone. Going offline here means the
web server is really gone."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
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
    """A web server for copies of the site (each under its own subpath, which may lie inside another
    copy), which a test can switch off. It remembers which paths were asked for; with `cache_control`
    it sends that header on every file (GitHub Pages sends max-age=600 and ignores _headers)."""

    def __init__(
        self, site: Path, webroot: Path, subpaths: tuple[str, ...] = (SUBPATH,), cache_control: str | None = None
    ) -> None:
        for subpath in subpaths:  # a folder above first: its copy holds no folder of the copy below
            target = webroot / subpath.strip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(site, target)
        self.site = webroot / subpaths[0].strip("/")
        self.requests: list[str] = []
        requests = self.requests

        class Handler(_QuietHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(webroot), **kwargs)

            def send_head(self) -> object:
                requests.append(self.path)
                return super().send_head()

            def end_headers(self) -> None:
                if cache_control:
                    self.send_header("Cache-Control", cache_control)
                super().end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = self.origin + subpaths[0]

    def stop(self) -> None:
        """No connection any more."""
        if self.server.socket.fileno() != -1:
            self.server.shutdown()
            self.server.server_close()


@pytest.fixture
def host(site: Path, tmp_path: Path) -> Iterator[Host]:
    """The built site on its own server under a subpath (a copy, so a test may change it)."""
    served = Host(site, tmp_path)
    yield served
    served.stop()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile (its own service workers and caches)."""
    ctx = browser.new_context(locale="nl-NL", service_workers="allow")
    yield ctx
    ctx.close()


def wait_until(page: Page, expression: str, arg: object = None, timeout: float = 30) -> None:
    """Wait until `expression` (a function of `arg`, which may return a promise) gives something true.
    page.wait_for_function does not wait for a promise: a promise counts as true at once."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        assert time.monotonic() < deadline, f"na {timeout} s nog niet waar: {expression}"
        page.wait_for_timeout(100)


def first_visit(page: Page, url: str) -> None:
    """Open the home page and wait until its service worker has kept the site and controls the page."""
    page.goto(url)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)


def release(copy: Path, change: dict[str, str] | None = None) -> None:
    """Deploy a new release of one copy: a new VERSIE in its sw.js, and for each PDF in `change`
    (path: new content hash) that hash in PDFS."""
    worker = copy / "sw.js"
    source = worker.read_text(encoding="utf-8").replace('var VERSIE = "', 'var VERSIE = "nieuw', 1)
    head, pdfs, rest = re.split(r"^var PDFS = (.*);$", source, maxsplit=1, flags=re.MULTILINE)
    entries = json.loads(pdfs)
    for entry in entries:
        entry["hash"] = (change or {}).get(entry["pad"], entry.get("hash"))
    worker.write_text(f"{head}var PDFS = {json.dumps(entries)};{rest}", encoding="utf-8")


def update(page: Page) -> None:
    """Ask for the new release (of the copy the page belongs to) and wait until it controls the page
    and has finished activating (the page changes controller before the worker's activate handler
    has run)."""
    page.evaluate(
        "window.wissels = 0; navigator.serviceWorker.addEventListener('controllerchange', () => wissels++);"
        "navigator.serviceWorker.getRegistration().then(r => r.update())"
    )
    page.wait_for_function(
        "window.wissels > 0 && navigator.serviceWorker.controller.state === 'activated'", timeout=60_000
    )


def release_caches(page: Page, scope: str) -> list[str]:
    """The names of the release caches (not the kept PDFs) of the copy at `scope`."""
    return page.evaluate(
        "p => caches.keys().then(ns => ns.filter(n => n.startsWith(p) && !n.endsWith(' pdf')))", f"handreiking {scope} "
    )


CACHED_ANYWHERE = (
    "u => caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k)"
    ".then(c => c.match(u, {ignoreSearch: true}))))).then(hits => hits.some(Boolean))"
)


def go_offline(page: Page, host: Host) -> None:
    """Stop the server and empty the browser's HTTP cache, so that only what the worker kept is left
    (a server that sends max-age would otherwise still answer from the HTTP cache)."""
    host.stop()
    page.context.new_cdp_session(page).send("Network.clearBrowserCache")


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
    wait_until(page, CACHED_ANYWHERE, host.url + PDF_OPENED)
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
    """The home page's button, with the size of all PDFs, keeps every PDF, also through a new release
    (which fetches the one PDF that changed): offline they all open."""
    page = context.new_page()
    first_visit(page, host.url)
    button = page.get_by_role("button", name="Alles offline bewaren")
    expect(button).to_contain_text("MB)")
    button.click()
    expect(page.locator("[data-offline-status]")).to_have_text(
        "Klaar: de hele site en alle PDF’s staan nu op dit apparaat. Safari op iPhone en iPad wist ze weer als je de site 7 dagen niet opent.",
        timeout=60_000,
    )
    changed = host.site / PDF_NEVER
    with changed.open("ab") as out:
        out.write(b"\n%uitgave 2\n")
    release(host.site, {PDF_NEVER: "0123456789abcdef"})
    update(page)
    go_offline(page, host)
    pdfs = sorted(p.relative_to(host.site).as_posix() for p in host.site.rglob("*.pdf"))
    assert len(pdfs) > 30
    for pdf in pdfs:
        assert fetch_status(page, host.url + pdf) == [200, "application/pdf"], pdf
    tail = page.evaluate("u => fetch(u).then(r => r.text()).then(t => t.slice(-20))", host.url + PDF_NEVER)
    assert "%uitgave 2" in tail


def test_a_new_build_replaces_the_cache_and_says_so_once(context: BrowserContext, host: Host) -> None:
    """A changed sw.js (a new release) takes over: one release cache for this copy remains (next to its
    kept PDFs), the open page says 'Nieuwe versie beschikbaar' once and keeps what was typed in it."""
    page = context.new_page()
    first_visit(page, host.url + "werkmateriaal/family-finding-werkbladen.html")
    page.reload()  # a later visit: the page is served by the worker of the old release
    field = page.locator(".wb-blad textarea").first
    field.fill("Oma Fatima")
    worker = host.site / "sw.js"
    worker.write_text(
        worker.read_text(encoding="utf-8").replace('var VERSIE = "', 'var VERSIE = "nieuw', 1), encoding="utf-8"
    )
    page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    expect(page.locator(".offline-nieuw")).to_have_text(
        "Nieuwe versie beschikbaar. Herlaad de pagina wanneer het je uitkomt.", timeout=30_000
    )
    expect(page.locator(".offline-nieuw")).to_have_count(1)
    expect(field).to_have_value("Oma Fatima")
    wait_until(
        page,
        "p => caches.keys().then(ns => ns.filter(n => n.includes(p) && !n.endsWith(' pdf')))"
        ".then(ns => ns.length === 1 && ns[0].includes('nieuw'))",
        SUBPATH,
    )
    names = release_caches(page, host.url)
    assert len(names) == 1 and "nieuw" in names[0], names


def test_every_pdf_is_listed_with_its_size_and_content_hash(site: Path) -> None:
    """PDFS in sw.js names every PDF with its size and the first 16 hex digits of its SHA-256, so a
    new release knows which kept PDFs are unchanged."""
    source = (site / "sw.js").read_text(encoding="utf-8")
    pdfs = json.loads(source.split("var PDFS = ", 1)[1].split(";\n", 1)[0])
    assert sorted(p["pad"] for p in pdfs) == sorted(p.relative_to(site).as_posix() for p in site.rglob("*.pdf"))
    for pdf in pdfs:
        data = (site / pdf["pad"]).read_bytes()
        assert (pdf["grootte"], pdf.get("hash")) == (len(data), hashlib.sha256(data).hexdigest()[:16]), pdf["pad"]


def test_the_offline_copy_holds_every_page_and_nothing_a_reader_never_needs(site: Path) -> None:
    """sw.js lists every page, asset and the search index, but no PDF, other search languages, source
    maps, or what only file:// uses (search_index.js, the iframe-worker shim), so a phone on a weak
    signal downloads only what it can use (under 1.8 MB unpacked; 1.51 MB after 3.3's map at real size,
    its family sheet and 3.5's statement, 1.70 MB with the genogram page, the household and the moments;
    and only once the page is usable, never under Save-Data)."""
    source = (site / "sw.js").read_text(encoding="utf-8")
    kept = json.loads(source.split("var BESTANDEN = ", 1)[1].split(";\n", 1)[0])
    assert set(page_paths()) <= set(kept) and "search/search_index.json" in kept and "./" in kept
    assert not [
        n
        for n in kept
        if n.endswith((".pdf", ".map"))
        or "lunr.de." in n
        or "wordcut" in n
        or n == "search/search_index.js"
        or "iframe-worker" in n
    ]
    assert sum((site / n).stat().st_size for n in kept if n != "./") < 1_800_000


@pytest.mark.parametrize("server", ["max-age=600", "oude Last-Modified"])
def test_a_new_release_is_filled_from_the_server_not_from_the_http_cache(
    context: BrowserContext, site: Path, tmp_path: Path, server: str
) -> None:
    """With a server that lets the browser keep files (max-age=600 as on GitHub Pages, or only an old
    Last-Modified, from which a browser guesses), a new release caches the new home page and the new
    handout script, not the old ones the browser still has."""
    host = Host(site, tmp_path, cache_control="max-age=600" if server == "max-age=600" else None)
    try:
        if server != "max-age=600":
            long_ago = 1_600_000_000  # 2020: a browser may reuse such a file for weeks without asking
            for path in host.site.rglob("*"):
                os.utime(path, (long_ago, long_ago))
        page = context.new_page()
        first_visit(page, host.url)
        script, home = host.site / "assets/stroomschema/stroomschema.js", host.site / "index.html"
        script.write_text(script.read_text(encoding="utf-8") + "\n/* uitgave 2 */\n", encoding="utf-8")
        home.write_text(home.read_text(encoding="utf-8") + "<!-- uitgave 2 -->\n", encoding="utf-8")
        release(host.site)
        update(page)
        names = release_caches(page, host.url)
        assert len(names) == 1 and "nieuw" in names[0], names
        kept = page.evaluate(
            "([n, urls]) => caches.open(n).then(c => Promise.all(urls.map(u => c.match(u)"
            ".then(r => r ? r.text() : 'ontbreekt'))))",
            [names[0], [host.url + "assets/stroomschema/stroomschema.js", host.url, host.url + "index.html"]],
        )
        assert ["uitgave 2" in text for text in kept] == [True, True, True]
    finally:
        host.stop()


def test_a_worker_leaves_a_copy_in_a_folder_below_it_alone(context: BrowserContext, site: Path, tmp_path: Path) -> None:
    """Two copies on one host, /x/ and /x/kopie/: a PDF of the nested copy, fetched while only /x/'s
    worker is registered, is not answered or kept by /x/'s worker: no cache holds it."""
    host = Host(site, tmp_path, subpaths=("/x/", "/x/kopie/"))
    try:
        page = context.new_page()
        first_visit(page, host.url)
        nested = host.url + "kopie/" + PDF_OPENED
        got = page.evaluate("u => fetch(u).then(r => r.arrayBuffer().then(b => [r.status, b.byteLength]))", nested)
        assert got[0] == 200 and got[1] > 1000
        page.wait_for_timeout(1_000)  # a worker that keeps it has stored it by now
        assert not page.evaluate(CACHED_ANYWHERE, nested)
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then(rs => rs.map(r => r.scope))") == [
            host.url
        ]
    finally:
        host.stop()


def test_kept_pdfs_go_along_with_a_new_release(context: BrowserContext, site: Path, tmp_path: Path) -> None:
    """PDFs opened once stay after a release: an unchanged one is not downloaded again, a changed one is
    fetched anew (past a max-age=600 HTTP cache) and one whose new version cannot be fetched keeps its
    old copy; offline all three open from the new release, a PDF never opened still does not."""
    host = Host(site, tmp_path, cache_control="max-age=600")
    changed, gone = "werkmateriaal/pdf/netwerkkaart.pdf", "werkmateriaal/pdf/kalibratievel.pdf"
    try:
        page = context.new_page()
        first_visit(page, host.url)
        for pdf in (PDF_OPENED, changed, gone):
            assert fetch_status(page, host.url + pdf) == [200, "application/pdf"]
            wait_until(page, CACHED_ANYWHERE, host.url + pdf)
        with (host.site / changed).open("ab") as out:
            out.write(b"\n%uitgave 2\n")
        (host.site / gone).unlink()
        release(host.site, {changed: "0123456789abcdef", gone: "fedcba9876543210"})
        del host.requests[:]
        update(page)
        asked = [path.removeprefix(SUBPATH) for path in host.requests]
        assert "nieuw" in release_caches(page, host.url)[0]
        go_offline(page, host)
        for pdf in (PDF_OPENED, changed, gone):
            assert fetch_status(page, host.url + pdf) == [200, "application/pdf"], pdf
        tail = page.evaluate("u => fetch(u).then(r => r.text()).then(t => t.slice(-20))", host.url + changed)
        assert "%uitgave 2" in tail
        assert fetch_status(page, host.url + PDF_NEVER)[0] == 503
        assert changed in asked and gone in asked and PDF_OPENED not in asked, asked
    finally:
        host.stop()


def test_the_new_version_notice_comes_once_and_only_for_a_new_version(
    context: BrowserContext, site: Path, tmp_path: Path
) -> None:
    """No notice on a first visit, also not on the first visit of a copy in a folder below another
    copy (whose worker served that page); a new release of that copy says so once, also after a
    second release."""
    host = Host(site, tmp_path, subpaths=("/x/", "/x/kopie/"))
    notice = "Nieuwe versie beschikbaar. Herlaad de pagina wanneer het je uitkomt."
    try:
        page = context.new_page()
        first_visit(page, host.url)
        page.wait_for_timeout(500)
        expect(page.locator(".offline-nieuw")).to_have_count(0)
        page.goto(host.url + "kopie/werkmateriaal/family-finding-werkbladen.html")
        page.wait_for_function(
            "u => (navigator.serviceWorker.controller || {}).scriptURL === u",
            arg=host.url + "kopie/sw.js",
            timeout=30_000,
        )
        page.wait_for_timeout(500)
        expect(page.locator(".offline-nieuw")).to_have_count(0)
        for _ in range(2):
            release(tmp_path / "x" / "kopie")
            update(page)
            expect(page.locator(".offline-nieuw")).to_have_text(notice)
        expect(page.locator(".offline-nieuw")).to_have_count(1)
    finally:
        host.stop()


RECORD_REGISTER = """(() => {
  window.__registreerd = [];
  const original = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    window.__registreerd.push(document.documentElement.getAttribute("data-bundel"));
    return original.apply(this, args);
  };
})();"""


def test_the_offline_copy_starts_only_once_the_page_is_usable(context: BrowserContext, host: Host) -> None:
    """The service worker (which downloads the whole copy) is registered only after Material's bundle has
    run, so the copy never competes with the page or its search on a slow line."""
    context.add_init_script(RECORD_REGISTER)
    page = context.new_page()
    first_visit(page, host.url + "index.html")
    assert page.evaluate("window.__registreerd") == ["geladen"]


def test_no_offline_copy_when_the_reader_saves_data(context: BrowserContext, host: Host) -> None:
    """With Save-Data on, no service worker is registered and nothing is copied; the page works."""
    context.add_init_script(
        "Object.defineProperty(navigator, 'connection', {configurable: true, value: {saveData: true}});"
        + RECORD_REGISTER
    )
    page = context.new_page()
    page.goto(host.url + "index.html", wait_until="load")
    page.wait_for_function("document.documentElement.getAttribute('data-bundel') === 'geladen'")
    page.wait_for_timeout(1500)
    assert page.evaluate("window.__registreerd") == []
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    expect(page.locator("article h1")).to_be_visible()
