"""Build step: publish a Content-Security-Policy for the built site, with hashes of the theme's
inline scripts instead of 'unsafe-inline' (site/csp.txt and a Netlify-style site/_headers)."""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S)
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
STYLE_ATTR = re.compile(r"\sstyle=\"([^\"]*)\"")


def _hash(text: str) -> str:
    """CSP source expression for an inline block."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def policy_for(site: Path) -> str:
    """The strictest policy the built pages allow: own origin only, inline code by hash."""
    scripts: set[str] = set()
    styles: set[str] = set()
    style_attrs: set[str] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
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


def write_headers(site: Path) -> str:
    """Write csp.txt and a Netlify-style _headers next to index.html; return the policy."""
    policy = policy_for(site)
    (site / "csp.txt").write_text(policy + "\n", encoding="utf-8")
    (site / "_headers").write_text(
        "/*\n"
        f"  Content-Security-Policy: {policy}\n"
        "  X-Content-Type-Options: nosniff\n"
        "  Referrer-Policy: no-referrer\n"
        "  Permissions-Policy: camera=(), microphone=(), geolocation=()\n",
        encoding="utf-8",
    )
    return policy
