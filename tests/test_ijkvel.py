"""The calibration sheet reads a printer's back shift in 0.5 mm steps: rendered from the PDF (and from
the builder's print), a simulated duplex print with the back shifted reads back, in the straight box,
the offset that cancels the shift; labels ≥ 11 pt that do not touch; a bank card frame of 85.6 mm."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from conftest import ROOT
from test_vraagkaarten import MM, words
from test_vraagkaarten_browser import open_page
from test_vraagkaarten_druk_browser import type_offset

sys.path.insert(0, str(ROOT))

DPI = 254  # 10 pixels per mm
PX = DPI / 25.4
LABEL = re.compile(r"^(0|[+\u2212]\d+(,\d+)?)$")
PDF = "werkmateriaal/pdf/kalibratievel.pdf"


@functools.lru_cache(maxsize=4)
def sides(pdf: Path) -> tuple[Any, Any]:
    """Front and back of a calibration sheet as grey images at 10 px/mm (rendered once per file)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "2", "-png", str(pdf), f"{out}/ijk"], check=True
        )
        front, back = sorted(Path(out).glob("ijk*.png"))
        return Image.open(front).convert("L"), Image.open(back).convert("L")


def dark_runs(values: list[int]) -> list[float]:
    """Centres (mm) of the dark runs along one line of pixels."""
    centres, start = [], None
    for i, value in enumerate([*values, 255]):
        if value < 128 and start is None:
            start = i
        elif value >= 128 and start is not None:
            centres.append((start + i - 1) / 2 / PX)
            start = None
    return centres


def line(image: Any, at_mm: float, across: bool) -> list[int]:
    """One row (across=True, at y mm) or one column (at x mm) of an image."""
    pixels, at = image.load(), round(at_mm * PX)
    if across:
        return [pixels[x, at] for x in range(image.width)]
    return [pixels[at, y] for y in range(image.height)]


def read(pdf: Path, shift: tuple[float, float]) -> tuple[str, str]:
    """What a person reads on a sheet whose back the printer moved by `shift` (mm, as one sees the back):
    per target the label of the box whose front stroke (seen through, mirrored) lies closest in line
    with its two back strokes."""
    from PIL import ImageOps

    front, back = sides(pdf)
    seen_front = ImageOps.mirror(front)  # through the paper, from the back
    labels = [w for w in words(pdf, 2) if LABEL.match(w[4])]
    readings = []
    for axis, shift_along in (("x", shift[0]), ("y", shift[1])):
        best = None
        # x labels sit above their boxes in a row (y 70–86 mm), y labels left of theirs in a column (x 130–148 mm)
        row = [w for w in labels if (70 < w[3] / MM < 86 if axis == "x" else 130 < w[2] / MM < 148 and w[1] / MM > 100)]
        assert len(row) == 17, (axis, len(row))
        for x0, y0, x1, y1, text in row:
            if axis == "x":
                centre = (x0 + x1) / 2 / MM
                backs = dark_runs(line(back, y1 / MM + 4, True))
                fronts = dark_runs(line(seen_front, y1 / MM + 12, True))
            else:
                centre = (y0 + y1) / 2 / MM
                backs = dark_runs(line(back, x1 / MM + 5, False))
                fronts = dark_runs(line(seen_front, x1 / MM + 13, False))
            mine = min(backs, key=lambda c: abs(c - centre)) + shift_along  # where the back stroke lands
            miss = min(abs(mine - f) for f in fronts)
            if best is None or miss < best[0]:
                best = (miss, text)
        assert best[0] <= 0.3, f"{axis}: geen rechte lijn (beste {best})"
        readings.append(best[1])
    return readings[0], readings[1]


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        ((1.5, -0.5), ("\u22121,5", "+0,5")),
        ((-0.5, 1.5), ("+0,5", "\u22121,5")),
        ((0.0, 0.0), ("0", "0")),
        ((3.0, -4.0), ("\u22123", "+4")),
    ],
)
def test_sheet_reads_the_offset_that_cancels_the_printers_shift(
    site: Path, shift: tuple[float, float], expected: tuple[str, str]
) -> None:
    """A printer that moves the back 1.5 mm right and 0.5 mm up reads x −1,5, y +0,5: the offset that moves
    each back back behind its front (the builder adds the offset to a back's position)."""
    assert read(site / PDF, shift) == expected


def test_labels_are_11_pt_or_more_and_do_not_touch(site: Path) -> None:
    """Every text of both sides is ≥ 11 pt (word box 1.24 em), and no two box labels overlap or touch (≥ 1 mm)."""
    for page in (1, 2):
        small = [
            (w[4], round((w[3] - w[1]) / 1.24, 1)) for w in words(site / PDF, page) if (w[3] - w[1]) / 1.24 < 10.95
        ]
        assert not small, small
    labels = [w for w in words(site / PDF, 2) if LABEL.match(w[4]) and (70 < w[3] / MM < 86 or 130 < w[2] / MM < 148)]
    assert len(labels) == 34
    close = [
        (a[4], b[4])
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if a[0] - MM < b[2] and b[0] - MM < a[2] and a[1] - MM < b[3] and b[1] - MM < a[3]
    ]
    assert not close, close


def test_bank_card_frame_is_85_6_mm_wide(site: Path) -> None:
    """The scale check: the frame on the front is a bank card wide (85.6 mm ± 0.2), measured in pixels."""
    front, _ = sides(site / PDF)
    runs = dark_runs(line(front, 132, True))  # a row through the frame's sides, above its caption
    edges = [c for c in runs if c > 80]
    assert len(edges) == 2 and abs(edges[1] - edges[0] - 85.6 + 0.3) <= 0.2, runs


def test_builder_prints_the_same_sheet_with_the_offset_in_use(
    page: Page, base_url: str, site: Path, tmp_path: Path
) -> None:
    """With x 1,5 mm filled in, the builder's calibration print moves its back pattern and raises its labels:
    a printer that moves the back 2 mm left and 0.5 mm down reads x +2, y −0,5 (the same as on the PDF),
    and the sheet says which offset it was printed with."""
    open_page(page, base_url)
    type_offset(page, "1,5")
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Kalibratievel afdrukken").click()
    pdf = tmp_path / "ijkvel.pdf"
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), prefer_css_page_size=True)  # no background graphics: the strokes are borders
    assert read(pdf, (-2.0, 0.5)) == ("+2", "\u22120,5") == read(site / PDF, (-2.0, 0.5))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Afgedrukt met verschuiving x 1,5 mm, y 0 mm." in " ".join(text.split())


def test_label_is_the_offset_plus_the_one_in_use_in_dutch() -> None:
    """The reading maths: a box's label is its offset plus the offset the sheet was printed with (Dutch comma, real minus)."""
    from handreiking.druk.ijkvel import label, offsets

    assert [label(v) for v in offsets()[::4]] == ["\u22124", "\u22122", "0", "+2", "+4"]
    assert label(-0.5, 1.5) == "+1" and label(0.5, -0.5) == "0" and label(-1.0, -0.5) == "\u22121,5"
    assert len(offsets()) == 17 and offsets()[1] - offsets()[0] == 0.5  # the offset field's step


def test_each_box_prints_its_back_strokes_moved_by_its_offset() -> None:
    """In every box the back's two strokes lie exactly `offset` mm from where the front stroke shows through
    (front x mirrored: 210 − x), in line with each other; the two targets do not share any space."""
    from handreiking.druk.ijkvel import offsets, sheet

    vel = sheet()
    for index, offset in enumerate(offsets()):
        front_x, back_x = vel["voor"]["x"][index], vel["achter"]["x"][index]["strepen"]
        seen = 210 - front_x["x"] - front_x["b"]
        assert {round(s["x"] - seen, 3) for s in back_x} == {offset}
        front_y, back_y = vel["voor"]["y"][index], vel["achter"]["y"][index]["strepen"]
        assert {round(s["y"] - front_y["y"], 3) for s in back_y} == {offset}
    row_bottom = max(s["y"] + s["h"] for box in vel["achter"]["x"] for s in box["strepen"])
    column_top = min(s["y"] for box in vel["achter"]["y"] for s in box["strepen"])
    assert row_bottom + 5 <= column_top


def test_sheet_says_the_offset_is_only_for_sheets_from_the_builder(site: Path) -> None:
    """The reading is filled in in Kaarten samenstellen; the ready-made PDFs take no offset, and the sheet says so."""
    text = " ".join(subprocess.run(["pdftotext", str(site / PDF), "-"], capture_output=True, text=True).stdout.split())
    assert "alleen voor vellen die je afdrukt uit Kaarten samenstellen, niet voor de kant-en-klare PDF’s" in text
