"""Build step: one stylesheet for the whole site, so a page waits for one stylesheet before it
can paint, not for two to five (on a phone on a weak signal each costs about 0.1 s).

It joins, in the order the pages link them, Material's own stylesheets, the site's and every
handout's (a few kB each after gzip) into `assets/stylesheets/site.<hash>.min.css` and points every
page at it; the joined files are removed. So a handout's CSS must be scoped to its own markup, also
in print: page-wide print rules use a named `@page` and `body:has(.<handout>)`."""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path

from handreiking.kern.gegevens import BouwFout
from handreiking.material import STYLESHEET_LINK as LINK
from handreiking.material import STYLESHEETS as FOLDER

SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/")
OUTSIDE_URL = re.compile(r"url\(\s*['\"]?(?!data:)[^)]")


def _site_path(page: str, href: str) -> str:
    """The site path a page's relative link points at."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href))


def _relative(page: str, target: str) -> str:
    """The link from a page to a site path."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def order(links_per_page: dict[str, list[str]]) -> list[str]:
    """Every linked stylesheet once, in the order the pages link them (site-wide ones come first on every page)."""
    seen: dict[str, None] = {}
    for links in links_per_page.values():
        for link in links:
            seen.setdefault(link)
    return list(seen)


def join(site: Path, paths: list[str]) -> str:
    """The joined stylesheet; a file outside Material's folder may not point at other files with url()."""
    parts = []
    for path in paths:
        text = (site / path).read_text(encoding="utf-8")
        if not path.startswith(FOLDER + "/") and OUTSIDE_URL.search(text):
            raise BouwFout(
                f"{path}: url() naar een ander bestand werkt niet meer als dit stijlblad met de "
                "andere wordt samengevoegd. Zet het bestand erin als data:-URL of laad het niet via handout_css."
            )
        parts.append(f"/* {path} */\n" + SOURCE_MAP.sub("", text).strip())
    return "\n".join(parts) + "\n"


def relink(html: str, page: str, joined: set[str], target: str) -> str:
    """The page with its first joined stylesheet link pointing at the site stylesheet and the others gone."""
    done = False

    def swap(match: re.Match[str]) -> str:
        nonlocal done
        if _site_path(page, match.group(1)) not in joined:
            return match.group(0)
        if done:
            return ""
        done = True
        return f'<link rel="stylesheet" href="{_relative(page, target)}">'

    return LINK.sub(swap, html)


def combine(site: Path) -> dict[str, int]:
    """Join every page's stylesheets into one site stylesheet and link it; return files joined and its size."""
    pages = {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}
    html = {rel: path.read_text(encoding="utf-8") for rel, path in pages.items()}
    links = {
        rel: [_site_path(rel, href) for href in LINK.findall(text) if "://" not in href] for rel, text in html.items()
    }
    links = {rel: found for rel, found in links.items() if found}
    paths = [path for path in order(links) if (site / path).is_file()]
    if not paths:
        return {"bestanden": 0, "grootte": 0}
    css = join(site, paths)
    digest = hashlib.sha256(css.encode("utf-8")).hexdigest()[:8]
    target = f"{FOLDER}/site.{digest}.min.css"
    (site / target).parent.mkdir(parents=True, exist_ok=True)
    (site / target).write_text(css, encoding="utf-8")
    joined = set(paths)
    for rel in links:
        pages[rel].write_text(relink(html[rel], rel, joined, target), encoding="utf-8")
    for path in paths:
        (site / path).unlink()
        (site / (path + ".map")).unlink(missing_ok=True)
    return {"bestanden": len(paths), "grootte": len(css.encode("utf-8"))}
