"""Card PDFs tell how to print them: a margin line per sheet (which deck, sheet N of M, side, how to
print), a 50 mm scale bar, and viewer preferences for duplex on the long edge at 100 %."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT
from test_vraagkaarten import (
    LAYOUT,
    MM,
    margins,
    pdf_info,
    pdf_links,
    pdf_text,
    slot_box,
    soup,
    within,
    words,
    words_per_page,
)
from vraagkaarten_bron import squash

sys.path.insert(0, str(ROOT))

CARD = ".vk-raster > li"
SCALE_MM = 50.0
DPI = 600
LABEL = re.compile(r"Vraagkaarten: (.+?) · vel (\d+) van (\d+), (voorkant|achterkant|vouwvel)")
PREFS = re.compile(rb"/ViewerPreferences\s*<<(.*?)>>", re.S)


def card_pdfs(site: Path) -> dict[str, Path]:
    """Every card PDF the card page links to."""
    links = pdf_links(site)
    assert len(links) == 53  # 'alle' 4, each of the 7 decks 7 (with backs, fronts only, cut lines; 8 and 9; fold-over)
    return links


def page_texts(pdf: Path) -> list[str]:
    """The text of each page."""
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def deck_title(page: BeautifulSoup, deck: str) -> str:
    """A deck's heading as text (it may hold a lang="en" span), without its permalink."""
    heading = page.find(id=f"stapel-{deck}")
    return "".join(t for t in heading.find_all(string=True) if not t.find_parent(class_="headerlink")).strip()


def test_every_sheet_says_which_deck_sheet_and_side_and_how_to_print(site: Path) -> None:
    """Each page: 'Vraagkaarten: <deck> · vel N van M, voorkant|achterkant' with the right N, M and side
    (front, back, front, … or fronts only), the print instruction (duplex or single-sided, 100 %), and the
    site's version and its date (data/uitgave.yml), so that a trainer can tell an old print from a new one."""
    edition = yaml.safe_load((ROOT / "data" / "uitgave.yml").read_text(encoding="utf-8"))
    version = re.compile(
        rf"versie {re.escape(str(edition['versie']))} van \d{{1,2}} [a-z]+ {str(edition['datum'])[:4]}"
    )
    page = soup(site)
    titles = {d["data-stapel"]: deck_title(page, d["data-stapel"]) for d in page.select(".vk-stapel")}
    titles["alle"] = "Alle stapels"
    problems = []
    for name, pdf in card_pdfs(site).items():
        deck = re.match(r"vraagkaarten-(.+?)-(?:[89]-per-vel|vouwvel)", name).group(1)
        backs = "alleen-voorkanten" not in name and "vouwvel" not in name
        texts = page_texts(pdf)
        sheets = len(texts) // (2 if backs else 1)
        for index, text in enumerate(texts):
            number, side = (index // 2 + 1, ("voorkant", "achterkant")[index % 2]) if backs else (index + 1, "voorkant")
            if "vouwvel" in name:
                side = "vouwvel"
                if "Vouw langs de stippellijn, knip dan langs de snijtekens" not in text:
                    problems.append(f"{name} p. {index + 1}: vouwaanwijzing ontbreekt")
            found = LABEL.findall(text)
            if found != [(titles[deck], str(number), str(sheets), side)]:
                problems.append(f"{name} p. {index + 1}: {found}, verwacht vel {number} van {sheets}, {side}")
            how = "Druk dubbelzijdig af, omslaan langs de lange kant" if backs else "Druk enkelzijdig af"
            if f"{how}, op werkelijke grootte (100 %)" not in text or "deze lijn is 50 mm" not in text:
                problems.append(f"{name} p. {index + 1}: afdrukaanwijzing of schaallijn ontbreekt")
            if len(version.findall(text)) != 1:
                problems.append(f"{name} p. {index + 1}: versie en datum van de site ontbreken")
    assert not problems, "\n".join(problems[:10])


def viewer_preferences(pdf: Path) -> dict[str, str]:
    """The catalog's /ViewerPreferences (also when it sits in a compressed object stream)."""
    data = pdf.read_bytes()
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            chunks.append(zlib.decompressobj().decompress(data[match.end() :]))
        except zlib.error:
            continue
    for chunk in chunks:
        if found := PREFS.search(chunk):
            return dict(re.findall(r"/(\w+)\s+/?(\w+)", found.group(1).decode("latin-1")))
    return {}


def test_viewer_preferences_duplex_long_edge_and_no_scaling(site: Path) -> None:
    """Every card PDF asks the print dialog for 100 % (/PrintScaling /None) and, with backs, duplex
    flipped on the long edge (fronts only: simplex); PDF/UA's DisplayDocTitle stays; qpdf finds no errors."""
    for name, pdf in card_pdfs(site).items():
        prefs = viewer_preferences(pdf)
        duplex = "Simplex" if "alleen-voorkanten" in name or "vouwvel" in name else "DuplexFlipLongEdge"
        assert prefs == {"DisplayDocTitle": "true", "Duplex": duplex, "PrintScaling": "None"}, f"{name}: {prefs}"
        if shutil.which("qpdf"):
            check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
            assert check.returncode == 0, f"{name}: {check.stdout}{check.stderr}"
        assert pdf_info(pdf)["Tagged"] == "yes"


@pytest.mark.parametrize("per", [8, 9])
def test_scale_bar_is_50_mm_printed_at_100_percent(site: Path, tmp_path: Path, per: int) -> None:
    """The longest dark horizontal line in the bottom margin is 50 mm ± 0.2 mm (rendered at 600 dpi)."""
    from PIL import Image

    pdf = site / "werkmateriaal" / "pdf" / f"vraagkaarten-wie-vragen-{per}-per-vel.pdf"
    top = margins(per)[1]
    y0 = round((297 - top + 0.5) * DPI / 25.4)  # from just below the cards to the paper's edge
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(DPI),
            "-gray",
            "-f",
            "1",
            "-l",
            "1",
            "-y",
            str(y0),
            "-H",
            str(round((top - 0.5) * DPI / 25.4)),
            "-W",
            str(round(210 * DPI / 25.4)),
            "-png",
            str(pdf),
            str(tmp_path / "schaal"),
        ],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("schaal*.png"))).convert("L")
    pixels = image.load()
    longest = 0
    for y in range(image.height):
        run = 0
        for x in range(image.width):
            run = run + 1 if pixels[x, y] < 128 else 0
            longest = max(longest, run)
    length = longest * 25.4 / DPI
    assert abs(length - SCALE_MM) <= 0.2, f"schaallijn {length:.2f} mm"


def margin_words(pdf: Path, page: int, per: int) -> list[tuple[float, float, float, float, str]]:
    """The words of a page outside every card."""
    slots = [slot_box(per, i) for i in range(per)]
    return [
        w
        for w in words(pdf, page)
        if not any(b[0] <= (w[0] + w[2]) / 2 <= b[2] and b[1] <= (w[1] + w[3]) / 2 <= b[3] for b in slots)
    ]


@pytest.mark.parametrize("per", [8, 9])
def test_margin_text_is_outside_the_cut_area_and_clear_of_marks_and_paper_edge(site: Path, per: int) -> None:
    """The margin line is clear of every card and its 2 mm bleed, ≥ 1 mm from every crop mark and ≥ 5 mm from the paper's
    edge, on the sheet with the longest deck name."""
    pdf = site / "werkmateriaal" / "pdf" / f"vraagkaarten-vervolgvragen-{per}-per-vel.pdf"
    lay = LAYOUT[per]
    left, top = margins(per)
    found = margin_words(pdf, 1, per)
    assert "Vervolgvragen" in [w[4] for w in found]
    cards = (left * MM, top * MM, (210 - left) * MM, (297 - top) * MM)
    marks_x = [(left + c * (lay["w"] + 4) + d) * MM for c in range(lay["cols"]) for d in (0, lay["w"])]
    problems = []
    for x0, y0, x1, y1, word in found:
        gap_cards = (
            max(cards[1] - y1, y0 - cards[3]) / MM - 2
        )  # margin words lie above or below the cards and their 2 mm bleed
        gap_edge = min(x0, y0, 210 * MM - x1, 297 * MM - y1) / MM
        in_mark_band = (
            y1 > (top - 4.5) * MM
            and y0 < (top - 2.5) * MM
            or y1 > (297 - top + 2.5) * MM
            and y0 < (297 - top + 4.5) * MM
        )
        gap_marks = min(abs(x - (x0 if x < x0 else x1)) if not x0 <= x <= x1 else 0 for x in marks_x) / MM
        if gap_cards < 0.3 or gap_edge < 5 or (in_mark_band and gap_marks < 1):
            problems.append(
                f"{word}: {gap_cards:.1f} mm van de kaarten, {gap_edge:.1f} mm van de rand, "
                f"{gap_marks:.1f} mm van een snijteken"
            )
    assert not problems, problems
    assert {"vel", "1", "van", "voorkant"} <= {w[4].strip(",") for w in found}


def test_duplicates_are_marked_in_the_alle_deck_only(site: Path) -> None:
    """A question in two decks says 'Deze vraag staat ook in: <other deck>' on its card in the 'alle' PDFs,
    inside that card; the decks' own PDFs have no such line."""
    from handreiking.hulpmiddelen.vraagkaarten.kaartvellen import deck_cards
    from handreiking.kern.stapels import load_stapels

    cards = [c for d in load_stapels(ROOT).values() for c in deck_cards(d)]
    texts = [" ".join(c["tekst"].casefold().split()) for c in cards]
    duplicates = [i for i, t in enumerate(texts) if texts.count(t) > 1]
    assert duplicates, "geen dubbele vragen meer: deze test kan weg"
    for per in (8, 9):
        pdf = site / "werkmateriaal" / "pdf" / f"vraagkaarten-alle-{per}-per-vel-alleen-voorkanten.pdf"
        for i in duplicates:
            other = next(cards[j]["stapel_titel"] for j in duplicates if texts[j] == texts[i] and j != i)
            inside = [w[4] for w in words(pdf, i // per + 1) if within(w, slot_box(per, i % per))]
            assert squash(f"Deze vraag staat ook in: {other}") in squash("".join(inside)), (per, cards[i]["id"])
        assert squash(pdf_text(pdf)).count("staatookin") == len(duplicates)
    for name, pdf in pdf_links(site).items():
        if "-alle-" not in name:
            assert "staatookin" not in squash(pdf_text(pdf)), name


def test_a_deck_label_never_leaves_its_last_word_alone_on_a_line(site: Path) -> None:
    """On the fronts and backs of every card PDF, a deck name that wraps keeps its last two words together
    ('De 4 stappen van / het appèl', never 'De 4 stappen van het / appèl')."""
    page = soup(site)
    pairs = {tuple(deck_title(page, d["data-stapel"]).split()[-2:]) for d in page.select(".vk-stapel")}
    problems = []
    for name, pdf in card_pdfs(site).items():
        if "-8-per-vel.pdf" not in name and "-9-per-vel.pdf" not in name and "vouwvel" not in name:
            continue  # the fronts-only and cut-line PDFs lay out the same cards
        for number, found in enumerate(words_per_page(pdf), 1):
            for (_, _, _, y0, before), (_, _, _, y1, last) in itertools.pairwise(found):
                if (before, last) in pairs and abs(y1 - y0) > 2:
                    problems.append(f"{name} p. {number}: ‘{last}’ alleen op een regel")
    assert not problems, "\n".join(sorted(set(problems))[:10])
