"""The release: every page and asset reachable under a deep subpath; the zip holds the site."""

from __future__ import annotations

import functools
import re
import sys
import threading
import zipfile
from collections import deque
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin
from urllib.request import urlopen

import pytest

from conftest import ROOT, page_paths

sys.path.insert(0, str(ROOT / "scripts"))
from dist import NOT_SHIPPED, edition_problem, make_zip  # noqa: E402

# Loaded by Material's JavaScript rather than named in the HTML: the search worker (named in the
# page's __config JSON, added below) and what it loads for offline Dutch search.
DYNAMIC_ASSETS = [
    "search/search_index.js",
    "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
    "assets/javascripts/lunr/min/lunr.nl.min.js",
]


class _Links(HTMLParser):
    """Collects href/src of links, scripts, stylesheets, images and frames."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Remember URLs the browser would load or the reader could follow."""
        for name, value in attrs:
            if value and name in ("href", "src") and tag in ("a", "link", "script", "img", "iframe", "source"):
                self.urls.append(value)


@pytest.fixture(scope="module")
def unzipped_url(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The release zip, unpacked under /een/diep/pad/ of a local web server."""
    webroot = tmp_path_factory.mktemp("intranet")
    target = webroot / "een" / "diep" / "pad"
    with zipfile.ZipFile(make_zip(site, tmp_path_factory.mktemp("dist"), "test")) as archive:
        for name in archive.namelist():
            relative = name.split("/", 1)[1]
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            (target / relative).write_bytes(archive.read(name))
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(webroot)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/een/diep/pad/"
    server.shutdown()


class _Quiet(SimpleHTTPRequestHandler):
    """Static files, no log lines."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay silent."""


def test_crawl_every_page_and_asset_of_the_unzipped_release(unzipped_url: str) -> None:
    """From the home page of the unpacked zip, every internal link and asset answers 200 under /een/diep/pad/."""
    base_url = unzipped_url
    seen: set[str] = set()
    queue = deque([base_url + "index.html"] + [base_url + asset for asset in DYNAMIC_ASSETS])
    misses = []
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urlopen(url, timeout=10) as response:
                body = response.read()
                kind = response.headers.get("Content-Type", "")
        except HTTPError as err:
            misses.append(f"{url}: {err.code}")
            continue
        found: list[str] = []
        if "html" in kind:
            parser = _Links()
            parser.feed(body.decode("utf-8"))
            text = body.decode("utf-8")
            # the search worker (in __config) and handout scripts loaded on request (partials/laden-js.html)
            found = parser.urls + re.findall(r'"search": "([^"]+)"', text) + re.findall(r'\)\("([^"]+\.js)"\)', text)
        elif "css" in kind:
            found = re.findall(r"url\(\s*['\"]?([^'\")]+)", body.decode("utf-8", "replace"))
        for link in found:
            target = urldefrag(urljoin(url, link))[0]
            if target.startswith(base_url) and target not in seen:
                queue.append(target)
    assert not misses, "\n".join(misses)
    pages = {url[len(base_url) :] for url in seen}
    assert set(page_paths()) <= pages, sorted(set(page_paths()) - pages)
    assets = [url for url in seen if not url.endswith(".html")]
    assert len(assets) >= 10, assets
    assert any(url.endswith("vraagkaarten/vraagkaarten.js") for url in assets), "scripts op verzoek niet gevonden"


def test_release_zip_holds_the_whole_site_and_a_readme(site: Path, tmp_path: Path) -> None:
    """handreiking-<version>.zip: one folder with LEESMIJ.txt and every file of the site the site uses
    (not the search languages other than Dutch, not source maps: dist.NOT_SHIPPED)."""
    target = make_zip(site, tmp_path, "9.9.9")
    assert target.name == "handreiking-9.9.9.zip"
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        leesmij = archive.read("handreiking-9.9.9/LEESMIJ.txt").decode("utf-8")
    assert "versie 9.9.9" in leesmij and "index.html" in leesmij
    expected = {
        f"handreiking-9.9.9/{p.relative_to(site).as_posix()}"
        for p in site.rglob("*")
        if p.is_file() and not NOT_SHIPPED.search(p.relative_to(site).as_posix())
    }
    assert expected <= names and len(expected) > 30


def test_a_release_names_the_version_its_sheets_print() -> None:
    """`make dist` of tag v<x> stops in Dutch when data/uitgave.yml (printed on every sheet) names another version."""
    from handreiking.druk.uitgave import load_uitgave

    printed = load_uitgave(ROOT)["versie"]
    assert edition_problem(f"v{printed}", ROOT) == "" and edition_problem("abc1234", ROOT) == ""
    problem = edition_problem("v99.1", ROOT)
    assert f"data/uitgave.yml zegt versie {printed}" in problem and "Zet versie en datum" in problem
