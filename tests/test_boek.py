"""The whole handreiking as one PDF: complete, navigable on paper, linked from the site."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from conftest import ROOT
from pdfstructuur import Structuur
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


A4_MM = (210, 297)
BOOK_MARGIN_MM = {"top": 22, "bottom": 24}  # boek.css @page margin: header and footer live outside
DPI = 40


def page_images(pdf: Path, tmp: Path, dpi: int = DPI) -> list[list[bytes]]:
    """Every page rendered in grey (pdftoppm), as rows of pixels (0 black .. 255 white)."""
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(tmp / "p")], check=True)
    pages = []
    for path in sorted(tmp.glob("p-*.pgm")):
        data = path.read_bytes()
        magic, width, height, _, pixels = data.split(maxsplit=4)
        assert magic == b"P5"
        width, height = int(width), int(height)
        pages.append([pixels[y * width : (y + 1) * width] for y in range(height)])
    return pages


def dark(row: bytes, start: int = 0, end: int | None = None, level: int = 128) -> int:
    """How many pixels of a row (between start and end) are ink (darker than level)."""
    return sum(1 for value in row[start:end] if value < level)


def test_book_pages_have_no_black_blocks_no_empty_pages_and_a_clear_footer(site: Path, tmp_path: Path) -> None:
    """What a reader of the printed book sees: no solid black area (an SVG drawn filled), no page
    without text, and nothing but the page number in the bottom margin."""
    mm = DPI / 25.4
    block = round(5 * mm)  # 5 × 5 mm: more than any letter's stroke
    for number, rows in enumerate(page_images(site / "handreiking.pdf", tmp_path), start=1):
        height, width = len(rows), len(rows[0])
        body = rows[round(BOOK_MARGIN_MM["top"] * mm) : height - round(BOOK_MARGIN_MM["bottom"] * mm)]
        assert sum(dark(row) for row in body) > 0.0005 * width * len(body), f"pagina {number} is leeg"
        for top in range(0, height - block, block):
            for left in range(0, width - block, block):
                ink = sum(dark(row, left, left + block) for row in rows[top : top + block])
                assert ink < 0.9 * block * block, (
                    f"pagina {number}: een zwart vlak van 5 × 5 mm op {left / mm:.0f} mm, {top / mm:.0f} mm"
                )
        footer = rows[height - round((BOOK_MARGIN_MM["bottom"] - 2) * mm) :]
        centre = (round((A4_MM[0] / 2 - 25) * mm), round((A4_MM[0] / 2 + 25) * mm))  # "pagina x van y"
        stray = sum(dark(row, 0, centre[0]) + dark(row, centre[1]) for row in footer)
        assert stray == 0, f"pagina {number}: iets anders dan het paginanummer in de ondermarge"


def test_book_prints_the_flowchart_as_a_chart_on_one_page(site: Path) -> None:
    """The flowchart of 3.1.6 has its print rules in the book too: caption and reading guide on one
    page, the boxes side by side (the column heads on one line), no on-screen path marks."""
    pdf = site / "handreiking.pdf"
    text = pdf_text(pdf)
    assert "op dit pad" not in text
    caption = yaml.safe_load((ROOT / "data" / "stroomschema.yml").read_text(encoding="utf-8"))["bron"]
    pages = [page for page in text.split("\f") if "Zo lees je het schema" in page]
    assert len(pages) == 1 and " ".join(caption.split()) in " ".join(pages[0].split()), (
        "het schema staat niet op één pagina"
    )
    assert re.search(r"VRAAG\s+REACTIE\s+VERVOLG", pages[0]), "de kolommen staan niet naast elkaar"


def test_book_figures_have_alt_text(site: Path) -> None:
    """PDF/UA: a screen reader gets a text for each figure of the book (the flowchart's arrows)."""
    tree = Structuur(site / "handreiking.pdf")
    figures = tree.tags("Figure")
    assert figures, "het boek heeft geen figuren meer: klopt dat?"
    for figure in figures:
        assert tree.text(figure).startswith("Pijlen: "), f"figuur zonder /Alt: {figure}"


def test_every_page_after_the_cover_names_the_sites_version_and_date(site: Path) -> None:
    """The book's running header carries the edition of data/uitgave.yml ('versie 3.5 van 7 december
    2026'), as the cover does, so a printed page can be told from one of another version."""
    edition = yaml.safe_load((ROOT / "data" / "uitgave.yml").read_text(encoding="utf-8"))
    pattern = re.compile(
        rf"[Vv]ersie {re.escape(str(edition['versie']))} van \d{{1,2}} [a-z]+ {str(edition['datum'])[:4]}"
    )
    pages = pdf_text(site / "handreiking.pdf").split("\f")[: page_count(site / "handreiking.pdf")]
    missing = [number for number, text in enumerate(pages, start=1) if not pattern.search(text)]
    assert missing == [], f"pagina's zonder versie en datum: {missing}"


def test_the_book_reads_at_about_75_characters_a_line(site: Path) -> None:
    """The book's body text runs 60–80 characters a line (median of its full lines), not 94 as before."""
    plain = subprocess.run(
        ["pdftotext", str(site / "handreiking.pdf"), "-"], capture_output=True, text=True, check=True
    )
    lines = [line.strip() for line in plain.stdout.splitlines()]
    full = sorted(len(line) for line in lines if len(line) > 40 and not line.endswith((".", ":", "?")))
    median = full[len(full) // 2]
    assert 60 <= median <= 80, median
