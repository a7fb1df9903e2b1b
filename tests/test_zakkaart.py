"""The 4 stappen pocket card: two A6 cards per A4 sheet (cut in half) and an A6 version, front and back,
every text ≥ 11 pt and ≥ 3 mm inside every cut, the print instruction in the margin."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from test_kaartvellen_druk import viewer_preferences
from test_vraagkaarten import MM, pdf_info, words
from vraagkaarten_bron import squash

FOLDER = "werkmateriaal/pdf"
A4, A6 = "4-stappen-zakkaart.pdf", "4-stappen-zakkaart-a6.pdf"
# The cards on A4, in mm (x0, y0, x1, y1): side by side from paper edge to paper edge.
CARDS = [(0.0, 74.5, 105.0, 222.5), (105.0, 74.5, 210.0, 222.5)]
EM = 1.24  # a word box is ascent + descent high: 1.24 em in Atkinson Hyperlegible


def inside(word: tuple[float, float, float, float, str], box: tuple[float, float, float, float]) -> bool:
    """Is a word's centre inside a box given in mm?"""
    x, y = (word[0] + word[2]) / 2 / MM, (word[1] + word[3]) / 2 / MM
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


@pytest.mark.parametrize(("name", "size"), [(A4, (210, 297)), (A6, (105, 148))])
def test_two_pages_of_the_right_size_every_text_11_pt_or_more(site: Path, name: str, size: tuple[int, int]) -> None:
    """Front and back; A4 or A6; no word smaller than 11 pt (the margin line included); duplex on the long edge at 100 %."""
    pdf = site / FOLDER / name
    info = pdf_info(pdf)
    width, height = (float(v) / MM for v in info["Page size"].split()[0:3:2])
    assert info["Pages"] == "2" and (round(width), round(height)) == size, info
    small = [
        (w[4], round((w[3] - w[1]) / EM, 1)) for page in (1, 2) for w in words(pdf, page) if (w[3] - w[1]) / EM < 10.95
    ]
    assert not small, small
    assert viewer_preferences(pdf) == {
        "DisplayDocTitle": "true",
        "Duplex": "DuplexFlipLongEdge",
        "PrintScaling": "None",
    }


def test_a4_has_two_whole_cards_per_side_like_the_a6_card(site: Path) -> None:
    """Each of the two cards on each A4 side holds the same text as that side of the A6 card, every word
    ≥ 3 mm inside its cut lines; the rest of the sheet (margin) is ≥ 5 mm from the paper's edge."""
    a4, a6 = site / FOLDER / A4, site / FOLDER / A6
    for page in (1, 2):
        card = squash("".join(w[4] for w in words(a6, page)))
        assert len(card) > 100
        on_sheet = words(a4, page)
        for box in CARDS:
            mine = [w for w in on_sheet if inside(w, box)]
            assert squash("".join(w[4] for w in mine)) == card, (page, box)
            near = [
                w[4]
                for w in mine
                if min(w[0] / MM - box[0], box[2] - w[2] / MM, w[1] / MM - box[1], box[3] - w[3] / MM) < 3
            ]
            assert not near, f"te dicht bij de snijlijn: {near}"
        margin = [w for w in on_sheet if not any(inside(w, box) for box in CARDS)]
        assert margin and all(min(w[0], w[1], 210 * MM - w[2], 297 * MM - w[3]) >= 5 * MM for w in margin)


def test_a4_margin_says_side_and_how_to_print(site: Path) -> None:
    """The margin names the card and side and gives the site's print instruction (data/afdrukken.yml)."""
    from handreiking.druk.afdrukken import load_termen

    afdrukken = load_termen(ROOT)
    pdf = site / FOLDER / A4
    for page, side in ((1, "voorkant"), (2, "achterkant")):
        margin = squash(" ".join(w[4] for w in words(pdf, page) if not any(inside(w, box) for box in CARDS)))
        assert squash(f"Zakkaart: De 4 stappen van het appèl · {side}") in margin
        assert squash(afdrukken["aanwijzing"]) in margin and squash("deze lijn is 50 mm") in margin


def test_a4_cards_need_no_bleed_and_the_marks_show_three_cuts(site: Path, tmp_path: Path) -> None:
    """Nothing is printed in the 3 mm inside any cut (a cut a little off, or a printer that leaves the
    paper's edge blank, leaves no white edge on a coloured band); crop marks ≥ 5 mm from the paper's edge,
    outside the cards, on exactly the three cuts the margin tells you to make."""
    from test_boek import dark, page_images

    dpi = 100
    mm = dpi / 25.4
    pages = page_images(site / FOLDER / A4, tmp_path, dpi)
    for number, rows in enumerate(pages, start=1):
        for x0, y0, x1, y1 in CARDS:
            strips = {
                "boven": (x0, y0 + 0.3, x1, y0 + 3),
                "onder": (x0, y1 - 3, x1, y1 - 0.3),
                "links": (x0 + 0.3, y0, x0 + 3, y1),
                "rechts": (x1 - 3, y0, x1 - 0.3, y1),
            }
            for side, (a, b, c, d) in strips.items():
                ink = sum(dark(row, round(a * mm), round(c * mm)) for row in rows[round(b * mm) : round(d * mm)])
                assert ink == 0, f"pagina {number}: inkt binnen 3 mm van de snijlijn {side} van kaart {x0:.0f}"
    rows = pages[0]

    def marked(a: float, b: float, c: float, d: float) -> bool:
        """Is there ink in this box (mm)? (a hairline is light grey at this resolution)"""
        return any(dark(row, round(a * mm), round(c * mm), 240) for row in rows[round(b * mm) : round(d * mm)])

    edge = 4.7  # 5 mm, less a pixel's anti-aliasing
    assert not marked(0, 0, edge, 297) and not marked(210 - edge, 0, 210, 297), "inkt binnen 5 mm van de papierrand"
    assert not marked(0, 0, 210, edge) and not marked(0, 297 - edge, 210, 297), "inkt binnen 5 mm van de papierrand"
    cuts = {("y", y) for y in (74.5, 222.5) if marked(5, y - 0.3, 12, y + 0.3) and marked(198, y - 0.3, 205, y + 0.3)}
    cuts |= {
        ("x", x) for x in (52.5, 105, 157.5) if marked(x - 0.3, 60, x + 0.3, 74) and marked(x - 0.3, 223, x + 0.3, 237)
    }
    assert cuts == {("y", 74.5), ("y", 222.5), ("x", 105)}, cuts
    margin = squash(" ".join(w[4] for w in words(site / FOLDER / A4, 1) if not any(inside(w, box) for box in CARDS)))
    assert squash("drie snijlijnen") in margin and squash("in tweeën") not in margin
