"""The published response headers (site/_headers): CSP on every response, long caching for hashed
assets, always-fresh pages, service worker and search index."""

from __future__ import annotations

import re
from pathlib import Path


def header_blocks(site: Path) -> dict[str, dict[str, str]]:
    """_headers as path pattern -> header name -> value."""
    blocks: dict[str, dict[str, str]] = {}
    current = ""
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            current = line.strip()
            blocks[current] = {}
        elif line.strip():
            name, _, value = line.strip().partition(": ")
            blocks[current][name] = value
    return blocks


def test_csp_and_security_headers_on_every_response(site: Path) -> None:
    """The policy goes with every file, not only pages: an SVG or JSON opened at its own URL runs under it
    too. It is set once (/*), so no host that joins matching blocks sends it twice."""
    blocks = header_blocks(site)
    policy = (site / "csp.txt").read_text(encoding="utf-8").strip()
    with_csp = {path for path, headers in blocks.items() if "Content-Security-Policy" in headers}
    assert with_csp == {"/*"}
    assert blocks["/*"] == {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }


def test_hashed_assets_cached_for_a_year_the_rest_checked(site: Path) -> None:
    """Every asset with a hash in its name is immutable for a year; pages, sw.js and the index are no-cache."""
    blocks = header_blocks(site)
    hashed = sorted(
        "/" + p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if re.search(r"\.[0-9a-f]{8}\.min\.(js|css)$", p.name)
    )
    assert len(hashed) >= 3  # Material's bundle, search worker and stylesheet
    for asset in hashed:
        assert blocks[asset]["Cache-Control"] == "public, max-age=31536000, immutable", asset
    for path in ("/", "/*.html", "/sw.js", "/search/*"):
        assert blocks[path]["Cache-Control"] == "no-cache", path
    assert not any("immutable" in h.get("Cache-Control", "") for p, h in blocks.items() if p not in hashed)
