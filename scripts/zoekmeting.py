"""Measure site search: first-place and top-3 rates of the queries in tests/zoekvragen.py.

Usage: .venv/bin/python scripts/zoekmeting.py SITE_DIR [SITE_DIR ...]   (built sites, e.g. bare Material
from scripts/benchmark.py's bare_config()); prints per query the rank of the expected section."""

from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM_ARGS, find_chromium  # noqa: E402
from zoekvragen import QUERIES, open_search, rank, ranked  # noqa: E402


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay silent."""


def measure(site: Path, browser) -> list[tuple[str, str, list[str]]]:
    """(query, expected, ranked locations) for every query against one built site."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = browser.new_context(locale="nl-NL").new_page()
        open_search(page, f"http://127.0.0.1:{server.server_address[1]}/index.html")
        return [(query, expected, ranked(page, query)) for query, expected in QUERIES]
    finally:
        server.shutdown()


def main(sites: list[str]) -> None:
    """Print a table per site and the rates."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        for site in sites:
            rows = measure(Path(site), browser)
            ranks = [rank(expected, hits) for _, expected, hits in rows]
            first = sum(1 for r in ranks if r == 1)
            top3 = sum(1 for r in ranks if r and r <= 3)
            print(f"\n== {site}")
            for (query, _, hits), r in zip(rows, ranks, strict=True):
                print(
                    f"  {r or '-'!s:>3}  {query:28} {'' if r == 1 else 'eerste: ' + (hits[0] if hits else '(niets)')}"
                )
            print(f"  eerste plaats {first}/{len(rows)}, top 3 {top3}/{len(rows)}")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:])
