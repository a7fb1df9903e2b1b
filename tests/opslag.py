"""Storage keys as the handout scripts use them: scoped to the copy of the site they belong to."""

from __future__ import annotations

from urllib.parse import urlsplit

from conftest import SUBPATH


def scoped(name: str, root: str = SUBPATH) -> str:
    """The key a handout keeps `name` under for the site whose root is `root` (a path or URL)."""
    return urlsplit(root).path + "." + name
