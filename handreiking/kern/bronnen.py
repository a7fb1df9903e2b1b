"""Where a part's files are: each handout is one folder under handreiking/hulpmiddelen/ (its Python,
its templates in sjablonen/, its scripts and styles); site-wide files stay in the theme folder
overrides/. A name keeps the form it has on the site: the template "netwerkkaart/kaart.html" and the
site file "assets/netwerkkaart/pdf.css" are looked up in the folder netwerkkaart first."""

from __future__ import annotations

from pathlib import Path

FOLDERS = Path(__file__).resolve().parent.parent / "hulpmiddelen"
TEMPLATES = "sjablonen"  # a folder's templates
BASE = "basis"  # the shared base of the handouts (script core, worksheet shell): joined into them, never published
PUBLISHED = (".css", ".js")  # a folder's files published as they are (a handout script is joined first: skripts.py)


def folder(naam: str) -> Path:
    """The folder of one part (handreiking/hulpmiddelen/<naam>)."""
    return FOLDERS / naam


def template_folders() -> dict[str, Path]:
    """Template prefix -> folder: every part's sjablonen/ (the theme's overrides/partials/ holds the rest)."""
    return {path.parent.name: path for path in sorted(FOLDERS.glob(f"*/{TEMPLATES}")) if path.is_dir()}


def source(root: Path, site_path: str) -> Path:
    """The source of a site file "assets/<naam>/<file>": in the part's folder, or else under overrides/."""
    parts = site_path.split("/")
    if len(parts) == 3 and parts[0] == "assets":
        own = folder(parts[1]) / parts[2]
        if own.is_file():
            return own
    return root / "overrides" / site_path


def published() -> dict[str, Path]:
    """Site path -> source of every file the parts' folders publish as they are (their styles)."""
    return {
        f"assets/{path.parent.name}/{path.name}": path
        for path in sorted(FOLDERS.glob("*/*"))
        if path.suffix in PUBLISHED and path.is_file() and path.parent.name != BASE
    }
