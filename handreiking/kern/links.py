"""Relative links between pages of the built site (they work under any subpath and from file://)."""

from __future__ import annotations

import posixpath
from collections.abc import Callable


def page_path(url: str) -> str:
    """The site path of a page from the URL a generator gives it ('' or 'x/' become index.html files)."""
    url = url.split("#")[0].split("?")[0].lstrip("/")
    if not url or url.endswith("/"):
        return url + "index.html"
    return url


def source_of(url: str) -> str:
    """The Markdown source under docs/ of a built page, for error messages."""
    path = page_path(url)
    return "docs/" + (path[: -len(".html")] if path.endswith(".html") else path) + ".md"


def href_from(url: str) -> Callable[[str], str]:
    """A function giving the link from the page at `url` to a target: a docs page (`x.md#a`) or a site file."""
    here = posixpath.dirname(page_path(url))

    def href(target: str) -> str:
        """Relative link to `target`."""
        path, _, anchor = target.partition("#")
        if path.endswith(".md"):
            path = path[: -len(".md")] + ".html"
        rel = posixpath.relpath(path, here or ".") if path else ""
        return rel + (f"#{anchor}" if anchor else "")

    return href
