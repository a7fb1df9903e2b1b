"""The online link checker, against a local server that plays the outside world."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import linkcheck_online  # noqa: E402


class _World(BaseHTTPRequestHandler):
    """/ok answers 200, /weg 404, /haperend fails once with 503, /geen-head refuses HEAD."""

    calls: dict[str, int] = {}

    def _answer(self) -> None:
        """Answer by path."""
        self.calls[self.path] = self.calls.get(self.path, 0) + 1
        code = {"/ok": 200, "/weg": 404}.get(self.path, 200)
        if self.path == "/haperend" and self.calls[self.path] == 1:
            code = 503
        if self.path == "/geen-head" and self.command == "HEAD":
            code = 405
        self.send_response(code)
        self.end_headers()

    do_HEAD = _answer
    do_GET = _answer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay silent."""


@pytest.fixture
def world() -> Iterator[str]:
    """A local stand-in for external web sites."""
    _World.calls = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _World)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def page_with_links(tmp_path: Path, urls: list[str]) -> Path:
    """A one-page site linking to the given URLs."""
    site = tmp_path / "site"
    site.mkdir()
    links = "".join(f'<a href="{url}">x</a>' for url in urls)
    (site / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    return site


def test_report_per_url_with_retries_and_exceptions(
    world: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A flaky link passes on retry, HEAD refusal falls back to GET, a 404 fails unless excepted."""
    monkeypatch.setattr(linkcheck_online, "network_available", lambda urls: True)
    site = page_with_links(tmp_path, [f"{world}/ok", f"{world}/haperend", f"{world}/geen-head", f"{world}/weg"])
    code, results = linkcheck_online.run(site, tmp_path / "geen.yml", pause=0)
    by_url = {r.url.rsplit("/", 1)[1]: r for r in results}
    assert code == 1
    assert by_url["ok"].ok and by_url["geen-head"].ok
    assert by_url["haperend"].ok and by_url["haperend"].pogingen == 2
    assert not by_url["weg"].ok and by_url["weg"].status == "404"

    exceptions = tmp_path / "uitzonderingen.yml"
    exceptions.write_text(f"uitzonderingen:\n  - url: {world}/weg\n    reden: verhuisd, bekend\n", encoding="utf-8")
    code, results = linkcheck_online.run(site, exceptions, pause=0)
    assert code == 0 and "verhuisd, bekend" in [r for r in results if r.url.endswith("/weg")][0].status


def test_without_network_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With no resolvable host (as in CI) the check reports 'not run' and exits 2."""
    site = page_with_links(tmp_path, ["https://bestaat-niet.invalid/x"])
    code, results = linkcheck_online.run(site, tmp_path / "geen.yml")
    assert code == 2 and results == []
    assert "Niet uitgevoerd: geen netwerk" in capsys.readouterr().out


def test_exception_without_reason_is_refused(tmp_path: Path) -> None:
    """Every exception needs a reason."""
    path = tmp_path / "u.yml"
    path.write_text("uitzonderingen:\n  - url: https://x.nl\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="reden"):
        linkcheck_online.load_exceptions(path)
