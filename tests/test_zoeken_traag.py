"""Search on a slow line (scripts/traagzoeken.py's server: 400 kbit/s shared, 400 ms a round trip): once
the reader starts a search, everything it needs is asked for at once, and a copy being made for offline
use waits until the search is ready. scripts/traagzoeken.py measures the result against bare Material."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import traagzoeken  # noqa: E402

INDEX = "/search/search_index.json"
SEARCH = (INDEX, "/workers/search.", "/lunr/min/lunr.nl.min.js", "/lunr/min/lunr.stemmer.support.min.js")


def times(link: traagzoeken.Link, event: str, part: str) -> list[float]:
    """When the server got (vraag, vers) or finished sending (klaar) each request whose path holds `part`."""
    return [t for t, e, path in link.log if part in path and (e == event or {e, event} == {"vraag", "vers"})]


def copied(link: traagzoeken.Link, since: float) -> list[float]:
    """When the server got each request of the offline copy (past the browser's cache) since `since`."""
    return [t for t, e, path in link.log if e == "vers" and t > since and not any(s in path for s in SEARCH)]


def start_search(page: Page) -> None:
    """Tap into the search field and type, as a reader does."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("gezin", delay=150)


def test_a_search_asks_for_all_it_needs_at_once(browser: Browser, site: Path) -> None:
    """The index, the worker and the worker's two language files are all asked for before the index has
    come (before, one after the other: the worker only after the index, its files after that, four
    round trips), and the worker's files come from the browser's cache, not a second time over the line."""
    link = traagzoeken.Link()
    with traagzoeken.shaped(site, link) as url:
        context = browser.new_context(locale="nl-NL", service_workers="block")
        try:
            page = context.new_page()
            page.goto(url + "index.html", wait_until="load", timeout=60_000)
            start_search(page)
            expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=30_000)
        finally:
            context.close()
    index_came = times(link, "klaar", INDEX)[0]
    for part in SEARCH:
        asked = times(link, "vraag", part)
        assert len(asked) == 1, (part, asked)
        assert asked[0] < index_came, f"{part} pas gevraagd {asked[0] - index_came:.2f} s na de index"


def test_a_copy_being_made_waits_while_the_search_loads(browser: Browser, site: Path) -> None:
    """While the offline copy is being made (the service worker installing), starting a search stops it
    from asking for more files until the search is ready; then it goes on at once. Before, all its files
    were asked for at once and shared the line with the search."""
    link = traagzoeken.Link()
    with traagzoeken.shaped(site, link) as url:
        context = browser.new_context(locale="nl-NL", service_workers="allow")
        try:
            page = context.new_page()
            page.goto(url + "index.html", wait_until="load", timeout=60_000)
            deadline = time.monotonic() + 30
            while not times(link, "klaar", "/sw.js") or len(copied(link, times(link, "klaar", "/sw.js")[0])) < 3:
                assert time.monotonic() < deadline, f"de offline kopie begint niet: {link.log}"
                time.sleep(0.05)  # until the worker is installing and its copy under way
            registered = times(link, "klaar", "/sw.js")[0]
            tapped = time.monotonic()
            start_search(page)
            expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=30_000)
            ready = time.monotonic()
            deadline = ready + 4  # sooner than the worker's own limit (WACHT_MS, 10 s after the tap)
            while not copied(link, ready):
                assert time.monotonic() < deadline, "de offline kopie gaat na het zoeken niet meteen verder"
                time.sleep(0.05)
        finally:
            context.close()
    copy = copied(link, registered)
    index_came = times(link, "klaar", INDEX)[0]
    during = [t for t in copy if tapped + 0.2 < t < index_came]
    assert index_came - tapped > 0.8, "te weinig tijd om het wachten te zien"
    assert not during, f"{len(during)} bestanden van de offline kopie gevraagd terwijl het zoeken laadde"
