"""Build step: publish a Content-Security-Policy for the built site, with hashes of the theme's
inline scripts instead of 'unsafe-inline' (site/csp.txt and a Netlify-style site/_headers)."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from handreiking.kern.gegevens import BouwFout
from handreiking.material import HASHED, SEARCH_FOLDER, USER_TEXT

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S)
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
STYLE_ATTR = re.compile(r"\sstyle=\"([^\"]*)\"")


def _hash(text: str) -> str:
    """CSP source expression for an inline block."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


# Where texts of writers and organisations end up: an inline script there did not come from the
# site's templates, and the policy must not allow it.
CONTENT = USER_TEXT  # the article, the banner and the footer line (material.py)


class CspFout(BouwFout):
    """A page holds an inline script the policy would have to allow although no template made it."""


def _check_content(page: Path, site: Path, html: str) -> None:
    """Refuse an inline script inside a page's content, banner or footer text."""
    for part in CONTENT.findall(html):
        if INLINE_SCRIPT.search(part):
            raise CspFout(
                f"{page.relative_to(site).as_posix()}: er staat een inline script in de tekst van de pagina (of in de "
                "melding of voettekst van de organisatie). De Content-Security-Policy staat alleen scripts uit de "
                "sjablonen van de site toe. Haal het script weg; een hulpmiddel krijgt zijn script via overrides/assets/."
            )


URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "background"}
)


class _ActiveMarkup(HTMLParser):
    """Finds the first event attribute (onclick=…) or javascript: URL in a page, with its line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: tuple[int, str] | None = None

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Remember the first active attribute of this tag."""
        for name, value in attrs:
            if self.found:
                return
            plain = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if name.startswith("on") or (name in URL_ATTRIBUTES and plain.startswith(("javascript:", "vbscript:"))):
                self.found = (self.getpos()[0], f"<{tag} {name}=…>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Check an opening tag."""
        self._check(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Check a self-closing tag."""
        self._check(tag, attrs)


def _check_active(page: Path, site: Path, html: str) -> None:
    """Refuse an event attribute or a javascript: URL anywhere in a built page: the policy forbids both,
    so one there came from data or a writer's text and would run wherever no CSP is sent (file://)."""
    parser = _ActiveMarkup()
    parser.feed(html)
    parser.close()
    if parser.found:
        line, what = parser.found
        raise CspFout(
            f"{page.relative_to(site).as_posix()}, regel {line}: {what} kan een script starten. Tekst uit de "
            "gegevens of de pagina's wordt als tekst getoond, nooit als HTML: haal de gebeurtenis of de "
            "javascript:-link weg uit het gegevensbestand of de Markdown."
        )


def policy_for(site: Path) -> str:
    """The strictest policy the built pages allow: own origin only, inline code of the templates by hash."""
    scripts: set[str] = set()
    styles: set[str] = set()
    style_attrs: set[str] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        _check_content(page, site, html)
        _check_active(page, site, html)
        scripts.update(_hash(m) for m in INLINE_SCRIPT.findall(html))
        styles.update(_hash(m) for m in INLINE_STYLE.findall(html))
        style_attrs.update(_hash(m) for m in STYLE_ATTR.findall(html))
    style_src = ["'self'", *sorted(styles)]
    if style_attrs:
        style_src += ["'unsafe-hashes'", *sorted(style_attrs)]
    directives = [
        "default-src 'self'",
        "script-src " + " ".join(["'self'", *sorted(scripts)]),
        "style-src " + " ".join(style_src),
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self'",
    ]
    return "; ".join(directives)


SECURITY = (
    "  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n"
    "  Permissions-Policy: camera=(), microphone=(), geolocation=()\n"
)


def headers_for(site: Path, policy: str) -> str:
    """Netlify-style _headers: the CSP on every response (an SVG or a JSON file opened at its own URL
    runs under it too); hashed assets cached for a year; pages, the service worker and the search
    index always checked for a newer version (no-cache)."""
    blocks = [f"/*\n  Content-Security-Policy: {policy}\n" + SECURITY]
    for page in ("/", "/*.html"):
        blocks.append(f"{page}\n  Cache-Control: no-cache\n")
    for path in ("/sw.js", "/manifest.webmanifest", f"/{SEARCH_FOLDER}/*"):
        blocks.append(f"{path}\n  Cache-Control: no-cache\n")
    for asset in sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if HASHED.search(p.name)):
        blocks.append(f"/{asset}\n  Cache-Control: public, max-age=31536000, immutable\n")
    return "".join(blocks)


def write_headers(site: Path) -> str:
    """Write csp.txt and _headers next to index.html; return the policy."""
    policy = policy_for(site)
    (site / "csp.txt").write_text(policy + "\n", encoding="utf-8")
    (site / "_headers").write_text(headers_for(site, policy), encoding="utf-8")
    return policy
