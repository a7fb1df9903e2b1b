"""Vraagkaarten: every question on the card page and in its PDF, PDFs that print and cut right."""

from __future__ import annotations

import functools
import math
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT
from vraagkaarten_bron import LISTS, source_questions, squash

PAGE = "werkmateriaal/vraagkaarten.html"
A4_PT = (595.28, 841.89)
MM = 72 / 25.4
# What a trainer cuts: card size and how many per sheet, from the file name's layout.
# A card on the page, and its question (the <p> without a class).
CARD = ".vk-raster > li"
TEXT = "p:not([class])"
LAYOUT = {8: {"cols": 2, "rows": 4, "w": 93, "h": 66}, 9: {"cols": 3, "rows": 3, "w": 61, "h": 87}}
GAP = 4  # mm between two cards (each back bleeds 2 mm into it)


def soup(site: Path) -> BeautifulSoup:
    """The card page."""
    return BeautifulSoup((site / PAGE).read_text(encoding="utf-8"), "html.parser")


def pdf_text(pdf: Path, raw: bool = True) -> str:
    """The text of a PDF, in drawing order."""
    args = ["pdftotext", "-raw"] if raw else ["pdftotext"]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """Every word of one page with its box (x0, y0, x1, y1 in pt)."""
    return list(words_per_page(pdf)[page - 1])


def words_per_page(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word of every page with its box, from one pdftotext run per file and version (one run
    per page cost ~30 ms, and the card tests ask for every page of 50 PDFs)."""
    stat = pdf.stat()
    return [list(page) for page in _words_per_page(str(pdf), stat.st_mtime_ns, stat.st_size)]


@functools.lru_cache(maxsize=128)
def _words_per_page(
    pdf: str, _mtime: int, _size: int
) -> tuple[tuple[tuple[float, float, float, float, str], ...], ...]:
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    word = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return tuple(
        tuple((float(a), float(b), float(c), float(d), w) for a, b, c, d, w in word.findall(page))
        for page in out.split("<page ")[1:]
    )


def pdf_links(site: Path) -> dict[str, Path]:
    """Every card PDF the card page links to, by file name (not the calibration sheet)."""
    links = {}
    for a in soup(site).select("article a[href*='vraagkaarten-'][href$='.pdf']"):
        target = (site / PAGE).parent / a["href"]
        links[target.name] = target
    return links


@pytest.mark.parametrize("deck", list(LISTS))
def test_every_question_once_on_the_card_page_and_in_its_pdf(site: Path, deck: str) -> None:
    """Each question of Bijlage II, 3.1.2 and 3.1.3 (read from the source) is on exactly one card
    of its deck on the card page, and once in the text of that deck's PDF."""
    questions = source_questions(deck)
    assert len(questions) >= 5
    section = soup(site).select_one(f'.vk-stapel[data-stapel="{deck}"]')
    cards = [squash(p.get_text()) for p in section.select(f".vk-raster {TEXT}")]
    text = squash(pdf_text(site / "werkmateriaal" / "pdf" / f"vraagkaarten-{deck}-8-per-vel.pdf"))
    problems = []
    for question in questions:
        on_page = sum(squash(question) in card for card in cards)
        in_pdf = text.count(squash(question))
        if on_page != 1 or in_pdf != 1:
            problems.append(f"{question!r}: {on_page}× op de kaartenpagina, {in_pdf}× in de PDF")
    assert not problems, "\n".join(problems)


def test_decks_have_anchors_source_links_and_stable_card_ids(site: Path) -> None:
    """Each deck has a heading #stapel-<id>, links back to its chapter section, and its cards
    have ids kaart-<card id> (the ids in its YAML file, in order); all PDFs of the issue's kinds are linked."""
    page = soup(site)
    decks = page.select(".vk-stapel")
    assert len(decks) == 7
    for deck in decks:
        deck_id = deck["data-stapel"]
        heading = page.find(id=f"stapel-{deck_id}")
        assert heading is not None and heading.name == "h2", deck_id
        assert deck.select_one("a[href*='../handreiking/']"), f"{deck_id}: geen link naar de bron"
        data = yaml.safe_load((ROOT / "data" / "vraagkaarten" / f"{deck_id}.yml").read_text(encoding="utf-8"))
        ids = [card["id"] for group in data["groepen"] for card in group["kaarten"]]
        assert [cell["id"] for cell in deck.select(CARD)] == [f"kaart-{i}" for i in ids], deck_id
    names = pdf_links(site)
    for deck in [d["data-stapel"] for d in decks] + ["alle"]:
        for n in (8, 9):
            for suffix in ("", "-alleen-voorkanten") + (("-snijlijnen",) if deck != "alle" else ()):
                assert f"vraagkaarten-{deck}-{n}-per-vel{suffix}.pdf" in names, (deck, n, suffix)
        assert deck == "alle" or f"vraagkaarten-{deck}-vouwvel.pdf" in names, deck


def test_pdf_pages_are_a4_fronts_plus_as_many_backs(site: Path) -> None:
    """Pages = ⌈n/8⌉ or ⌈n/9⌉ fronts, plus as many backs unless 'alleen voorkanten'; all A4."""
    page = soup(site)
    counts = {d["data-stapel"]: len(d.select(CARD)) for d in page.select(".vk-stapel")}
    counts["alle"] = sum(counts.values())
    links = pdf_links(site)
    assert (
        len(links) == 4 + (len(counts) - 1) * 7
    )  # 'alle': 8/9 × with backs/fronts only; decks also cut lines, fold-over
    for name, path in links.items():
        deck, per = re.match(r"vraagkaarten-(.+?)-(?:(8|9)-per-vel|vouwvel)", name).groups()
        fronts = math.ceil(counts[deck] / int(per or 4))
        info = pdf_info(path)
        expected = fronts if "alleen-voorkanten" in name or "vouwvel" in name else 2 * fronts
        assert int(info["Pages"]) == expected, f"{name}: {info['Pages']} pagina's, verwacht {expected}"
        assert "(A4)" in info["Page size"], f"{name}: {info['Page size']}"


def within(word: tuple[float, float, float, float, str], box: tuple[float, float, float, float]) -> bool:
    """Is a word's centre inside a box (pt)?"""
    x, y = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def margins(per: int) -> tuple[float, float]:
    """Left and top margin of a layout (mm): cards and gaps centred on A4."""
    lay = LAYOUT[per]
    return (210 - lay["cols"] * lay["w"] - (lay["cols"] - 1) * GAP) / 2, (
        297 - lay["rows"] * lay["h"] - (lay["rows"] - 1) * GAP
    ) / 2


def slot_box(per: int, index: int, mirrored: bool = False) -> tuple[float, float, float, float]:
    """Where card `index` of a sheet is cut out, in pt (centred on A4, margins symmetric)."""
    lay = LAYOUT[per]
    left, top = margins(per)
    row, col = divmod(index, lay["cols"])
    if mirrored:
        col = lay["cols"] - 1 - col
    x, y = left + col * (lay["w"] + GAP), top + row * (lay["h"] + GAP)
    return x * MM, y * MM, (x + lay["w"]) * MM, (y + lay["h"]) * MM


@pytest.mark.parametrize("per", [8, 9])
def test_longest_question_fits_its_card_at_11_pt_or_more(site: Path, per: int) -> None:
    """The longest card text of all decks (with its deck's name, as printed) is wholly inside its
    card, 2 mm from every cut, and no text on its sheet is smaller than 11 pt."""
    page = soup(site)
    cells = [c for d in page.select(".vk-stapel") for c in d.select(CARD)]
    longest = max(cells, key=lambda c: len(c.get_text(" ", strip=True)))
    index = cells.index(longest)
    deck = longest.find_parent(class_="vk-stapel")["data-stapel"]
    heading = page.find(id=f"stapel-{deck}")
    deck_name = "".join(t for t in heading.find_all(string=True) if not t.find_parent(class_="headerlink"))
    pdf = site / "werkmateriaal" / "pdf" / f"vraagkaarten-alle-{per}-per-vel-alleen-voorkanten.pdf"
    x0, y0, x1, y1 = slot_box(per, index % per)
    inset = 2 * MM
    on_sheet = words(pdf, index // per + 1)
    mine = [w for w in on_sheet if x0 <= (w[0] + w[2]) / 2 <= x1 and y0 <= (w[1] + w[3]) / 2 <= y1]
    expected = squash(deck_name + longest.get_text())
    assert squash("".join(w[4] for w in mine)) == expected, (
        "tekst van de langste kaart is niet compleet binnen de kaart"
    )
    outside = [w[4] for w in mine if w[0] < x0 + inset or w[2] > x1 - inset or w[1] < y0 + inset or w[3] > y1 - inset]
    assert not outside, f"woorden te dicht bij of over de snijlijn: {outside}"
    # A word box is ascent + descent high: 1.24 em for Atkinson Hyperlegible, so 11 pt gives 13.6 pt.
    # (Only the cards count: the sheet's margin line is small print for the trainer.)
    cards = [w for i in range(per) for w in on_sheet if within(w, slot_box(per, i))]
    small = [(w[4], round(w[3] - w[1], 1)) for w in cards if w[3] - w[1] < 13.4]
    assert not small, f"tekst kleiner dan 11 pt: {small[:5]}"


def test_backs_are_mirrored_for_long_edge_duplex(site: Path) -> None:
    """On a back, each card's back lies behind its own front: the fifth card of 'De grootste
    last' (front: left column, third row) has its back in the right column, third row."""
    pdf = site / "werkmateriaal" / "pdf" / "vraagkaarten-grootste-last-8-per-vel.pdf"
    back = words(pdf, 2)
    label = [
        w for w in back if w[4] == "grootste" and any(within(w, slot_box(8, i)) for i in range(8))
    ]  # not the margin line
    assert len(label) == 5
    expected = slot_box(8, 4, mirrored=True)
    assert any(
        expected[0] <= w[0] and w[2] <= expected[2] and expected[1] <= w[1] and w[3] <= expected[3] for w in label
    )
    front = slot_box(8, 4)
    assert not any(front[0] <= w[0] and w[2] <= front[2] and front[1] <= w[1] and w[3] <= front[3] for w in label)
    text = pdf_text(pdf, raw=False).split("\f")[1]
    assert "Kwetsbare gezinnen en de vertrouwde" in text


def test_crop_marks_at_every_cut_line_outside_the_cards(site: Path, tmp_path: Path) -> None:
    """On a front sheet, dark marks stand in the margin in line with every cut (and nowhere
    elsewhere in the margin); margins left = right and top = bottom."""
    from PIL import Image

    for per in (8, 9):
        pdf = site / "werkmateriaal" / "pdf" / f"vraagkaarten-wie-vragen-{per}-per-vel-alleen-voorkanten.pdf"
        subprocess.run(
            ["pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / f"v{per}")],
            check=True,
        )
        image = Image.open(next(tmp_path.glob(f"v{per}*.png"))).convert("L")
        px = image.width / 210
        lay = LAYOUT[per]
        left, top = margins(per)
        xs = [left + c * (lay["w"] + GAP) + d for c in range(lay["cols"]) for d in (0, lay["w"])]
        ys = [top + r * (lay["h"] + GAP) + d for r in range(lay["rows"]) for d in (0, lay["h"])]
        width, height = xs[-1] - xs[0], ys[-1] - ys[0]

        def dark(x_mm: float, y_mm: float, px: float = px, image: Any = image) -> bool:
            """Is there ink within 0.3 mm of this point (a 0.1 mm hairline renders grey at 200 dpi)?"""
            r = max(1, round(0.3 * px))
            x, y = round(x_mm * px), round(y_mm * px)
            return any(image.getpixel((i, j)) < 200 for i in range(x - r, x + r + 1) for j in range(y - r, y + r + 1))

        missing = []
        for x in xs:  # marks 2.5–5.5 mm beyond the outer cut lines, past every bleed
            for y in (top - 4, top + height + 4):
                if not dark(x, y):
                    missing.append(f"{per}: snijteken x={x} mm bij y={y} mm")
        for y in ys:
            for x in (left - 4, left + width + 4):
                if not dark(x, y):
                    missing.append(f"{per}: snijteken y={y} mm bij x={x} mm")
        assert not missing, missing
        # Between the marks the side margins stay blank, beside the middle of a card (the top and bottom
        # margins carry the sheet's margin line: test_kaartvellen_druk.py).
        assert not dark(left - 4, top + lay["h"] / 2) and not dark(210 - left + 4, top + lay["h"] / 2)
        assert not dark(left - 1, ys[0]) and not dark(left - 4, ys[0] + GAP / 2), "snijteken in de afloop"
