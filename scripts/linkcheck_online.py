"""Check every external link of the built site online, with retries and a report per URL.

Usage: make linkcheck-online   (or: .venv/bin/python scripts/linkcheck_online.py --site site)
Known exceptions live in linkcheck-uitzonderingen.yml, each with a reason. Exit 0 when every
link works or is an exception, 1 when a link is broken, 2 when there is no network at all."""

from __future__ import annotations

import argparse
import socket
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlparse
from urllib.request import Request, urlopen

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXCEPTIONS = ROOT / "linkcheck-uitzonderingen.yml"
USER_AGENT = "Mozilla/5.0 (compatible; handreiking-linkcheck)"


@dataclass
class Uitslag:
    """The result for one URL."""

    url: str
    status: str
    ok: bool
    pogingen: int
    pagina: str


class _ExternalLinks(HTMLParser):
    """Collects href of external <a> links."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Remember http(s) links."""
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith(("http://", "https://")):
            self.urls.append(href)


def external_links(site: Path) -> dict[str, str]:
    """Every external URL of the site, with the first page that links to it."""
    found: dict[str, str] = {}
    for page in sorted(site.rglob("*.html")):
        parser = _ExternalLinks()
        parser.feed(page.read_text(encoding="utf-8"))
        for url in parser.urls:
            found.setdefault(url, page.relative_to(site).as_posix())
    return found


def load_exceptions(path: Path) -> dict[str, str]:
    """URL -> reason, from the exceptions file; every entry needs a reason."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    result = {}
    for item in data.get("uitzonderingen") or []:
        if not item.get("url") or not item.get("reden"):
            raise SystemExit(f"{path.name}: elke uitzondering heeft een 'url' en een 'reden' nodig: {item!r}")
        result[item["url"]] = item["reden"]
    return result


def check(url: str, retries: int = 3, timeout: float = 15.0, pause: float = 2.0) -> tuple[str, bool, int]:
    """(status text, ok, attempts): HEAD first, GET when HEAD is refused; retry on errors and 5xx."""
    status = ""
    for attempt in range(1, retries + 1):
        for method in ("HEAD", "GET"):
            try:
                request = Request(url, method=method, headers={"User-Agent": USER_AGENT})
                with urlopen(request, timeout=timeout) as response:
                    return f"{response.status}", True, attempt
            except HTTPError as err:
                status = f"{err.code}"
                if err.code in (403, 405, 501) and method == "HEAD":
                    continue  # some servers refuse HEAD
                if err.code < 500 and err.code != 429:
                    return status, False, attempt
                break
            except (TimeoutError, URLError, ConnectionError) as err:
                status = f"fout: {getattr(err, 'reason', err)}"
                break
        if attempt < retries:
            time.sleep(pause * attempt)
    return status, False, retries


def network_available(urls: list[str]) -> bool:
    """True when at least one external host name resolves."""
    for url in urls[:5]:
        try:
            socket.getaddrinfo(urlparse(url).hostname, 443)
            return True
        except OSError:
            continue
    return False


def run(
    site: Path, exceptions_file: Path = EXCEPTIONS, retries: int = 3, pause: float = 2.0
) -> tuple[int, list[Uitslag]]:
    """Check all links; return an exit code and the results."""
    links = external_links(site)
    exceptions = load_exceptions(exceptions_file)
    if not links:
        return 0, []
    if not network_available(list(links)):
        print("Niet uitgevoerd: geen netwerk (geen enkele externe host is te vinden).")
        return 2, []
    results = []
    for url, page in links.items():
        status, ok, attempts = check(url, retries=retries, pause=pause)
        if not ok and url in exceptions:
            status, ok = f"{status} (uitzondering: {exceptions[url]})", True
        results.append(Uitslag(url, status, ok, attempts, page))
        print(f"{'OK  ' if ok else 'FOUT'} {status:>5}  {url}  ({page}, {attempts} poging(en))")
    broken = [r for r in results if not r.ok]
    print(f"\n{len(results)} links gecontroleerd, {len(broken)} kapot.")
    return (1 if broken else 0), results


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--retries", type=int, default=3)
    args = parser.parse_args()
    code, _ = run(args.site, retries=args.retries)
    sys.exit(code)


if __name__ == "__main__":
    main()
