"""While `make serve` cannot build the site (bad data or config after an edit), every address shows the
build's Dutch message instead of hanging: the served folder then holds only the error page, which the
development server returns for every path (its 404 page)."""

from __future__ import annotations

import shutil
from pathlib import Path

from handreiking.kern import sjablonen

PAGE = "404.html"  # what MkDocs' development server returns for every missing path


def show(site_dir: Path, root: Path, message: str) -> None:
    """Empty the served folder and leave only the error page with `message` (text, escaped)."""
    if site_dir.is_dir():
        for child in site_dir.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
    site_dir.mkdir(parents=True, exist_ok=True)
    html = sjablonen.render(root, "serve/bouwfout.html", melding=message.strip())
    (site_dir / PAGE).write_text(html, encoding="utf-8")
