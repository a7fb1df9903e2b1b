"""A chapter printed from the browser gives clean paper."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import Page

CHAPTER = "handreiking/3-netwerk-en-wie-vraag.html"


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of a PDF (pdftotext, layout kept)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def test_printed_chapter_is_clean(page: Page, base_url: str, site: Path, tmp_path: Path) -> None:
    """No navigation, header, footer or search on paper; external links show their URL;
    no page ends with a heading."""
    page.goto(base_url + CHAPTER, wait_until="networkidle")
    pdf = tmp_path / "hoofdstuk-3.pdf"
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
    pages = pdf_pages(pdf)
    assert len(pages) >= 3
    whole = "\n".join(pages)
    for chrome in ("Zoeken", "Naar boven", "Over deze site", "Inhoudsopgave"):
        assert chrome not in whole, f"{chrome!r} staat op papier"
    assert "Voorwoord" not in whole, "navigatie staat op papier"

    soup = BeautifulSoup((site / CHAPTER).read_text(encoding="utf-8"), "html.parser")
    external = [a["href"] for a in soup.select("article a[href^=http]")]
    assert external, "hoofdstuk 3 heeft externe links"
    flat = "".join(whole.split())
    for href in external:
        assert f"({href})" in flat, f"{href} staat niet achter zijn link op papier"

    headings = {h.get_text(" ", strip=True).replace("¶", "").strip() for h in soup.select("article h2, article h3")}
    for number, text in enumerate(pages[:-1], start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines and lines[-1] not in headings, f"pagina {number} eindigt met de kop {lines[-1]!r}"


def test_a_chapter_keeps_portrait_paper_and_its_text_although_all_pages_share_one_stylesheet(
    page: Page, base_url: str, tmp_path: Path
) -> None:
    """The handouts' page-wide print rules (landscape paper, hiding all but the map) stay on their
    own pages: chapter 1 printed as the browser's dialog would prints portrait, with its text."""
    page.goto(base_url + "handreiking/1-doel.html", wait_until="networkidle")
    page.emulate_media(media="print")
    pdf = tmp_path / "hoofdstuk-1.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = (float(n) for n in info.split("Page size:", 1)[1].split("pts", 1)[0].split(" x "))
    assert width < height, info
    first = " ".join(page.locator("article p").first.inner_text().split()[:6])
    assert first and first in " ".join(pdf_pages(pdf)[0].split()), "de tekst van het hoofdstuk staat niet op papier"
