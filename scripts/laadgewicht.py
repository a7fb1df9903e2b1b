"""Page weight as a reader's browser sees it: the bytes a first visit transfers, measured in
Chromium against a local server, each response counted at its gzip size (what a server with gzip
sends). Counted until the network is idle (not only up to the load event): bare Material's search
index arrives just before or just after the load event, and a budget must not depend on that race.
The service worker's background download (after the load event) is not counted. Used by
benchmark.py and tests/test_budget.py; `served(..., compress=True)` sends text gzipped, as a web
server would, for Lighthouse (vuurtoren.py)."""

from __future__ import annotations

import functools
import gzip
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import Browser, Response

SUBPATH = "/een/pad/"


class _Quiet(SimpleHTTPRequestHandler):
    """Static files, no log lines."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay silent."""


COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest"}


@functools.lru_cache(maxsize=512)
def _gzipped(path: str, mtime: float) -> bytes:
    """A file's bytes at gzip level 6 (a web server's default), kept while the file is unchanged."""
    return gzip.compress(Path(path).read_bytes(), compresslevel=6)


class _Gzip(_Quiet):
    """Static files as a web server with gzip sends them: text compressed when the browser accepts it
    (for Lighthouse, whose simulated load times follow the bytes on the wire)."""

    def send_head(self) -> io.BufferedIOBase | None:
        """Compressed headers and body for a text file; anything else as the plain handler does."""
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if (
            path.suffix not in COMPRESSIBLE
            or not path.is_file()
            or "gzip" not in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()
        body = _gzipped(str(path), path.stat().st_mtime)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def served(site: Path, webroot: Path, compress: bool = False) -> Iterator[str]:
    """Serve a built site under a subpath (with gzip when `compress`); yield its URL."""
    target = webroot / SUBPATH.strip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.symlink_to(site.resolve(), target_is_directory=True)
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Gzip if compress else _Quiet, directory=str(webroot))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
    finally:
        server.shutdown()
        server.server_close()


def load_bytes(browser: Browser, url: str, wait_for: str = "") -> tuple[int, list[str]]:
    """Gzip bytes of every response of a first visit (fresh profile) until the network is idle (and, when
    `wait_for` is given, until that download has arrived), and their URLs."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    responses: list[Response] = []

    def keep(response: Response) -> None:
        """Remember a response."""
        responses.append(response)

    page.on("response", keep)
    page.goto(url, wait_until="networkidle")
    if wait_for and not any(wait_for in r.url for r in responses):  # a download the page always makes
        page.wait_for_event("response", predicate=lambda r: wait_for in r.url, timeout=15_000)
        page.wait_for_load_state("networkidle")
    page.remove_listener("response", keep)
    total = 0
    for response in responses:
        if response.url.startswith("http") and response.status == 200:
            total += len(gzip.compress(response.body(), compresslevel=9))
    context.close()
    return total, [r.url for r in responses]


def compare(browser: Browser, full: Path, bare: Path, pages: list[str], webroot: Path) -> list[tuple[str, int, int]]:
    """(page, our bytes, bare Material's bytes) up to the load event, for each page."""
    rows = []
    with served(full, webroot / "vol") as full_url, served(bare, webroot / "kaal") as bare_url:
        for page in pages:
            ours = load_bytes(browser, full_url + page)[0]
            # Bare Material always downloads its search index on a first visit: wait for it, whatever the timing.
            rows.append((page, ours, load_bytes(browser, bare_url + page, wait_for="search/search_index.json")[0]))
    return rows
