"""Search on a phone with a slow line, side by side: how long after the last key the results come, on
a first visit, for our build and for bare Material built from the same Markdown.

The line is shaped at the server, as a real slow 4G line: every response waits one round trip (RTT)
and all of them share one link of RATE bytes per second. The phone's CPU is 4 times slower
(Chromium's CPU throttling). The reader opens the home page, and as soon as it has loaded taps the
search and types a query: at the average speed on a phone (TYPING_MS["gemiddeld"]: 36 words a minute,
Palin et al., "How do people type on mobile devices?", MobileHCI 2019) and at a fast one. Measured is
the time from the last key to the search worker's answer to the whole query (Material draws it within
a frame). Service workers are on, so our offline copy competes for the line as it would on a phone.
Usage: .venv/bin/python scripts/traagzoeken.py OUR_SITE BARE_SITE   (benchmark.py calls `compare`)."""

from __future__ import annotations

import email.utils
import functools
import gzip
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RATE = 400_000 / 8  # bytes per second: 400 kbit/s
RTT = 0.4  # seconds
CPU_SLOWDOWN = 4
TYPING_MS = {"gemiddeld": 333, "snel": 120}  # ms per key: 36 words (of 5 keys) a minute, and 100
QUERIES = ("vluchteling", "eigen kracht", "gezin")
# Once both indexes are in, a query takes our worker a little longer than bare Material's: the Dutch
# pipeline also matches the parts of compounds (lunr.nl.min.js), 5-30 ms at 4x CPU. The budget allows
# that, three frames at 60 Hz, and no more: before 3.5 ours came 1.7 s after the last key.
TOLERANCE_MS = 50
RUNS = 3
CHUNK = 4096
CACHE_CONTROL = "max-age=600"  # as GitHub Pages serves a site
TEXT = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest"}


class Link:
    """One shared line: a chunk is sent when the line is free, and takes its size / RATE seconds."""

    def __init__(self) -> None:
        """An idle line."""
        self.lock = threading.Lock()
        self.free_at = 0.0
        # (time.monotonic(), event, path): "vraag" when a request comes in ("vers" when it asks past the
        # browser's cache, as the offline copy does), "klaar" when its response has gone out
        self.log: list[tuple[float, str, str]] = []

    def send(self, out, data: bytes) -> None:  # noqa: ANN001 (a socket file)
        """Write data at the line's speed, sharing it with every other response."""
        for start in range(0, len(data), CHUNK):
            chunk = data[start : start + CHUNK]
            with self.lock:
                begin = max(time.monotonic(), self.free_at)
                self.free_at = begin + len(chunk) / RATE
                wait = self.free_at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            out.write(chunk)


class Shaped(SimpleHTTPRequestHandler):
    """Static files over the shaped line, text gzipped as a web server sends it."""

    link: Link

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay silent."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        """One round trip, then the file over the line."""
        fresh = "no-cache" in self.headers.get(
            "Cache-Control", ""
        )  # fetch(…, {cache: "reload"}), as the offline copy asks
        self.link.log.append((time.monotonic(), "vers" if fresh else "vraag", self.path))
        time.sleep(RTT)
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        modified = email.utils.formatdate(int(path.stat().st_mtime), usegmt=True)
        if self.headers.get("If-Modified-Since") == modified:  # as a web server answers a revalidation
            self.send_response(304)
            self.end_headers()
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Last-Modified", modified)
        if path.suffix in TEXT and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", CACHE_CONTROL)
        self.end_headers()
        try:
            self.link.send(self.wfile, body)
            self.link.log.append((time.monotonic(), "klaar", self.path))
        except (BrokenPipeError, ConnectionResetError):  # the browser went on (a context closed)
            pass


@contextmanager
def shaped(site: Path, link: Link | None = None) -> Iterator[str]:
    """Serve a built site over its own slow line (`link`, to read its log); yield its URL."""
    handler = type("Handler", (Shaped,), {"link": link or Link()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# When the last key went up, and when the worker answered which query (the answer to query i is the
# i-th answer with results: the worker answers in order).
LISTEN = """(() => {
  const Original = window.Worker;
  const log = window.__traag = {sent: [], got: [], key: 0};
  addEventListener("keyup", () => { log.key = performance.now(); }, true);
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ev => {
        if (ev.data && ev.data.data && Array.isArray(ev.data.data.items)) log.got.push(performance.now());
      });
    }
    postMessage(message, ...rest) {
      if (message && typeof message.data === "string") log.sent.push(message.data);
      return super.postMessage(message, ...rest);
    }
  };
})();"""


def once(browser, url: str, query: str, typing_ms: int) -> float:  # noqa: ANN001 (a Playwright Browser)
    """Milliseconds from the last key to the answer for the whole query, on a first visit."""
    context = browser.new_context(
        locale="nl-NL", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        page.add_init_script(LISTEN)
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        page.goto(url + "index.html", wait_until="load", timeout=120_000)
        page.locator("label.md-header__button[for=__search]").tap()
        box = page.locator("input.md-search__input")
        box.wait_for(state="visible")
        box.press_sequentially(query, delay=typing_ms)
        page.wait_for_function(
            """q => { const l = window.__traag; const i = l.sent.lastIndexOf(q);
                      return i >= 0 && l.got.length > i; }""",
            arg=query,
            timeout=120_000,
        )
        return page.evaluate("q => { const l = window.__traag; return l.got[l.sent.lastIndexOf(q)] - l.key; }", query)
    finally:
        context.close()


def compare(browser, ours: Path, bare: Path, typing_ms: int) -> dict[str, tuple[float, float]]:  # noqa: ANN001
    """Per query the median over RUNS first visits: (ours, bare) in ms after the last key."""
    result = {}
    with shaped(ours) as our_url, shaped(bare) as bare_url:
        for query in QUERIES:
            result[query] = (
                statistics.median(once(browser, our_url, query, typing_ms) for _ in range(RUNS)),
                statistics.median(once(browser, bare_url, query, typing_ms) for _ in range(RUNS)),
            )
    return result


def report(rows: dict[str, dict[str, tuple[float, float]]]) -> list[str]:
    """Print the table per typing speed; the budget's failures (ours more than TOLERANCE_MS later than bare
    at the average speed)."""
    failures = []
    for speed, queries in rows.items():
        print(f"\nZoeken op traag 4G, {TYPING_MS[speed]} ms per toets ({speed}), ms na de laatste toets:")
        for query, (o, b) in queries.items():
            print(f"  {query:20} ons {o:6.0f}   kaal {b:6.0f}")
            if speed == "gemiddeld" and o > b + TOLERANCE_MS:
                failures.append(f"zoeken '{query}' {o:.0f} ms na de laatste toets, kaal {b:.0f} ms")
    return failures


def measure(ours: Path, bare: Path) -> dict[str, dict[str, tuple[float, float]]]:
    """Both sites at both typing speeds, in Debian's Chromium."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from conftest import CHROMIUM_ARGS, find_chromium

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            return {speed: compare(browser, ours, bare, ms) for speed, ms in TYPING_MS.items()}
        finally:
            browser.close()


def main(ours: str, bare: str) -> int:
    """Print the tables; exit 1 when the budget is missed."""
    return 1 if report(measure(Path(ours), Path(bare))) else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
