"""MkDocs hook: minify the site's own CSS and JS (handouts, reading components) after the build.

Sources stay readable with comments; the built site sends the minified files. Inline scripts of
the theme's own templates use the filter `verklein_js` (e.g. the loader in partials/laden-js.html). Material's own
bundles are minified already; vendor files are left as they are."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import rcssmin
import rjsmin
from mkdocs.plugins import event_priority

SKIP = ("javascripts/", "stylesheets/", "vendor/")


def on_env(env: Any, config: Any, files: Any) -> Any:
    """Offer the templates a filter that minifies an inline script."""
    env.filters["verklein_js"] = rjsmin.jsmin
    return env


@event_priority(50)
def on_post_build(config: Any) -> None:
    """Minify every own .css and .js under site/assets."""
    assets = Path(config["site_dir"]) / "assets"
    for path in assets.rglob("*"):
        rel = path.relative_to(assets).as_posix()
        if rel.startswith(SKIP) or path.suffix not in (".css", ".js"):
            continue
        text = path.read_text(encoding="utf-8")
        small = rcssmin.cssmin(text) if path.suffix == ".css" else rjsmin.jsmin(text)
        path.write_text(small, encoding="utf-8")
