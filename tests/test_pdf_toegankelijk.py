"""Every PDF of the site is tagged for screen readers (PDF/UA-1): structure tags, Dutch, a title."""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANG = re.compile(r"/Lang\s*\(nl")


def catalog_is_tagged_dutch(pdf: Path) -> bool:
    """Does the document catalog have a structure tree and the language nl? (object streams unpacked)"""
    data = pdf.read_bytes()
    view = memoryview(data)
    text = data.decode("latin-1")
    found = {"/StructTreeRoot" in text, bool(LANG.search(text))}
    for match in reversed(list(re.finditer(rb"stream\r?\n", data))):  # the catalog is written last
        if found == {True}:
            break
        try:  # a stream ends where its deflate data ends (binary data may contain the word endstream)
            part = zlib.decompressobj().decompress(view[match.end() :]).decode("latin-1")
        except zlib.error:
            continue
        text += part
        found = {"/StructTreeRoot" in text, bool(LANG.search(text))}
    return found == {True}


def test_every_pdf_is_tagged_dutch_and_titled(site: Path) -> None:
    """A screen reader gets structure (tags), the language (nl) and a title for each PDF."""
    pdfs = sorted(site.rglob("*.pdf"))
    assert len(pdfs) > 30
    for pdf in pdfs:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Tagged:\s+yes$", info, re.M), f"{pdf.name} is niet getagd"
        assert re.search(r"^Title:\s+\S", info, re.M), f"{pdf.name} heeft geen titel"
        assert catalog_is_tagged_dutch(pdf), f"{pdf.name}: geen structuurboom of taal nl"


def test_every_card_sheet_has_a_heading_a_screen_reader_can_jump_to(site: Path) -> None:
    """Each sheet of each card PDF starts with its heading (H1: 'Vraagkaarten: <stapel> · vel N van M, …'),
    so a screen reader can go from sheet to sheet; before, the sheets had no heading at all. The tree is
    read by poppler (pdfinfo -struct, 14 ms a file); tests/pdfstructuur.py reads the same, 0.5 s a file."""
    pdfs = sorted((site / "werkmateriaal" / "pdf").glob("vraagkaarten-*.pdf"))
    assert len(pdfs) == 53
    for pdf in pdfs:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        tree = subprocess.run(["pdfinfo", "-struct", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert len(re.findall(r"^\s*H1\b", tree, re.M)) == pages, pdf.name


def test_every_figure_of_the_network_pdfs_is_described(site: Path) -> None:
    """The blank netwerkkaart and genogram: the drawing and each legend sample (a line style, a
    symbol) is a figure a screen reader reads (/Alt), the sample as it looks ('een dikke lijn')."""
    from pdfstructuur import Structuur

    for name, sample in [("netwerkkaart.pdf", "Voorbeeld: een dikke lijn"), ("genogram.pdf", "Symbool: een cirkel")]:
        tree = Structuur(site / "werkmateriaal" / "pdf" / name)
        texts = [tree.text(figure) for figure in tree.tags("Figure")]
        assert len(texts) >= 5, (name, texts)
        assert all(texts), f"{name}: {texts.count('')} van de {len(texts)} figuren zonder /Alt"
        assert sample in texts, (name, texts)


def test_a_screen_reader_skips_the_card_backs(site: Path) -> None:
    """On each kind of card PDF with backs (8 and 9 per sheet, cut lines, fold-over), for a short and a long
    deck name, the backs' label (the deck name and the site's name) is printed, but not in the tagged
    structure a screen reader reads: it is decoration, like the pattern, and was read out once per card
    before. Every deck's sheets come from the one template; test_organisatie checks that each of the 37
    PDFs with backs has its label as an image (poppler reads a structure in 0.1-1 s, so not all 37 here)."""
    import yaml

    site_name = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_name"]
    pdfs = [
        pdf
        for deck in ("wie-vragen", "vervolgvragen")
        for pdf in sorted((site / "werkmateriaal" / "pdf").glob(f"vraagkaarten-{deck}-*.pdf"))
        if "alleen-voorkanten" not in pdf.name
    ]
    assert len(pdfs) == 10
    for pdf in pdfs:
        printed = " ".join(
            subprocess.run(
                ["pdftotext", "-l", "2", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        tree = " ".join(
            subprocess.run(
                ["pdfinfo", "-struct-text", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        assert site_name in printed, pdf.name
        assert site_name not in tree, f"{pdf.name}: een schermlezer leest de achterkanten voor"
        assert "vel 1 van" in tree, pdf.name  # the sheet's heading is still read
