"""Build step: Material's bundle loads after the page's first contentful paint, not before it.

Material puts `<script src=".../bundle.<hash>.min.js">` at the end of the body: a parser-blocking
script, so a phone downloads and runs ~35 KB gzip of JavaScript before the text can appear (and
Lighthouse counts it towards LCP). The step puts a small inline loader in its place
(overrides/partials/bundel/laden-js.html). Nothing on the page needs the bundle before it is
shown: its config (#__config) and __md_scope come earlier, and no script of ours uses it."""

from __future__ import annotations

from pathlib import Path

from handreiking.kern.sjablonen import render
from handreiking.material import BUNDLE


def loader(root: Path, src: str) -> str:
    """The inline script that loads the bundle at `src` after first paint (minified by afronden)."""
    return render(root, "bundel/laden.html", src=src)


def after_first_paint(root: Path, site: Path) -> int:
    """Replace Material's bundle tag by the loader in every page of the built site; return how many pages."""
    count = 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        late, found = BUNDLE.subn(lambda m: loader(root, m.group(1)), html)
        if found:
            page.write_text(late, encoding="utf-8")
            count += 1
    return count
