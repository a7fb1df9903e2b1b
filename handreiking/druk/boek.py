"""The whole handreiking as one PDF: chapter articles from the built site, made printable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from handreiking.druk.pdf import PdfJob
from handreiking.material import ARTICLE, NOT_IN_BOOK

PDF_PATH = "handreiking.pdf"


@dataclass
class Hoofdstuk:
    """One chapter for the book: its title, anchor and article HTML."""

    titel: str
    anker: str
    html: str


def _prefix(page: str) -> str:
    """A per-chapter id prefix, so ids of different chapters never clash in one document."""
    return re.sub(r"[^a-z0-9]+", "-", Path(page).stem.lower()).strip("-")


def _chapter(site: Path, page: str, chapters: set[str]) -> Hoofdstuk:
    """Read one built page and rewrite it for print: ids local to the chapter, internal links
    within the book; footnotes stay as the chapter's notes, as on the site."""
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one(ARTICLE)
    prefix = _prefix(page)
    for tag in article.select(NOT_IN_BOOK):
        tag.decompose()
    for tag in article.find_all(id=True):
        tag["id"] = f"{prefix}--{tag['id']}"
    for link in article.find_all("a", href=True):
        href = link["href"]
        if href.startswith(("http://", "https://", "mailto:")):
            continue
        target, _, anchor = href.partition("#")
        target_page = (Path(page).parent / target).as_posix() if target else page
        target_page = re.sub(r"[^/]+/\.\./", "", target_page)
        if target_page in chapters:
            link["href"] = f"#{_prefix(target_page)}--{anchor}" if anchor else f"#{_prefix(target_page)}"
        else:
            link.unwrap()  # a link to a web page of the site means nothing on paper
    for svg in article.find_all("svg", attrs={"aria-label": True}):
        title = soup.new_tag("title")  # the figure's /Alt in the tagged PDF (WeasyPrint reads an SVG's title)
        title.string = svg["aria-label"]
        svg.insert(0, title)
    heading = article.find("h1")
    title = heading.get_text(" ", strip=True) if heading else page
    return Hoofdstuk(titel=title, anker=prefix, html=str(article.decode_contents()))


def book_job(site: Path, pages: list[str], uitgave: dict[str, str]) -> PdfJob:
    """The PDF job for the whole text, from the built chapter pages (site paths) in reading order."""
    chapters = set(pages)
    return PdfJob(
        path=PDF_PATH,
        template="boek/boek.html",
        context={"hoofdstukken": [_chapter(site, page, chapters) for page in pages], "uitgave": uitgave},
        stylesheets=["assets/stroomschema/stroomschema.css", "assets/boek/boek.css"],  # the book's own rules last
    )
