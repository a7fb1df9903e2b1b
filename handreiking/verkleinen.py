"""Build step: minify the site's own CSS and JS (handouts, reading components) after the build.

Sources stay readable with comments; the built site sends the minified files. Material's own
bundles are minified already; vendor files are left as they are."""
from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

SKIP = ("javascripts/", "stylesheets/", "vendor/")


def js(text: str) -> str:
    """A minified script (also the Jinja filter `verklein_js` for inline scripts of the templates)."""
    return rjsmin.jsmin(text)


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
