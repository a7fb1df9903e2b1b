"""The whole handreiking as one PDF: complete, navigable on paper, linked from the site."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from bs4 import BeautifulSoup

from test_content import fold, source_sentences


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """Text of (some pages of) a PDF."""
    pages = ["-f", str(first), "-l", str(last)] if first else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(pdf: Path) -> int:
    """Number of pages, from pdfinfo."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_book_is_complete(site: Path) -> None:
    """≥ 98 % of the source's sentences are in the PDF's text; URLs follow their links."""
    pdf = site / "handreiking.pdf"
    text = pdf_text(pdf)
    pages = []
    for page in text.split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        pages.append("\n".join(lines[1:]))  # the first line is the running header
    body = re.sub(r"pagina \d+ van \d+", " ", "\n".join(pages))
    body = re.sub(r"\(\s*https?:[^)]*\)", " ", body)  # the address printed after each link
    folded = fold(body)
    sentences = source_sentences()
    missing = [s for s in sentences if fold(s) not in folded]
    share = 1 - len(missing) / len(sentences)
    print(f"\nPDF volledigheid: {share:.1%} ({len(missing)} van {len(sentences)} ontbreken)")
    assert share >= 0.98, "\n".join(missing)
    assert "nji.nl/interventies/signs-of-safety" in "".join(text.split())


def test_contents_page_numbers_point_at_the_chapters(site: Path) -> None:
    """Each entry of the contents names a page on which that chapter starts; footers count pages."""
    pdf = site / "handreiking.pdf"
    total = page_count(pdf)
    assert total >= 20
    contents = pdf_text(pdf, 2, 2)
    entries = re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", contents, re.M)
    assert len(entries) >= 10, contents
    for title, number in entries:
        page = pdf_text(pdf, int(number), int(number))
        assert " ".join(title.split()[:4]) in " ".join(page.split()), f"{title} staat niet op pagina {number}"
    assert f"pagina 3 van {total}" in pdf_text(pdf, 3, 3)


def test_book_is_linked_from_home_and_colofon(site: Path) -> None:
    """Home page and Over page link to the PDF."""
    for page in ("index.html", "over.html"):
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        assert soup.select_one('article a[href="handreiking.pdf"]'), page
