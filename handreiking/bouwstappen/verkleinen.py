"""Build step: minify the site's own CSS and JS (handouts, reading components) after the build.

Sources stay readable with comments; the built site sends the minified files. Material's own
bundles are minified already; vendor files are left as they are."""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
import rjsmin

from handreiking.material import ASSET_FOLDERS

SKIP = (*(folder.removeprefix("assets/") + "/" for folder in ASSET_FOLDERS), "vendor/")  # Material's, vendors'


def js(text: str) -> str:
    """A minified script."""
    return rjsmin.jsmin(text)


INLINE = re.compile(r"<script data-verklein>(.*?)</script>", re.S)


def minify_inline(site: Path) -> int:
    """Minify the inline scripts the templates mark with data-verklein, in every page; return how many."""
    count = 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        small, found = INLINE.subn(lambda m: f"<script>{js(m.group(1)).strip()}</script>", html)
        if found:
            page.write_text(small, encoding="utf-8")
            count += found
    return count


def minify(site: Path) -> int:
    """Minify every own .css and .js under site/assets; return how many files."""
    assets = site / "assets"
    count = 0
    for path in assets.rglob("*"):
        rel = path.relative_to(assets).as_posix()
        if rel.startswith(SKIP) or path.suffix not in (".css", ".js"):
            continue
        text = path.read_text(encoding="utf-8")
        path.write_text(rcssmin.cssmin(text) if path.suffix == ".css" else js(text), encoding="utf-8")
        count += 1
    return count
