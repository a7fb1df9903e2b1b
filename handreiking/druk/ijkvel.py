"""The calibration sheet (kalibratievel): how far a printer shifts the back of a duplex sheet, read
in 10 seconds to 0.5 mm, and a check that it printed at 100 %.

Two targets, apart: a row for x (left–right) and a column for y (up–down). Each target is a row of
boxes, one per offset from −4 to +4 mm in 0.5 mm steps. In every box the front has one bold stroke;
the back has two bold strokes in line with it (and the box's label), printed *as if moved by that
box's offset*. Held
against the light, the box where the three strokes form one straight line is the offset that puts
a back behind its front: its label is the number to fill in (`label`). The builder prints the back
with the offset in use, and adds it to the labels, so the reading is always the number to fill in.

The same geometry makes the PDF (WeasyPrint) and the builder's print (vraagkaarten.js), from one
template (partials/vraagkaarten/ijkvel.html). Every stroke and text keeps clear of the other
side's strokes, so what shows through the paper is only the targets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from handreiking.druk.pdf import PdfJob

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

A4 = (210.0, 297.0)  # mm
STEP = 0.5  # mm, one box to the next: the resolution of the reading and the offset field's step
REACH = 4.0  # mm, the largest offset a box shows (either way)
PITCH = 10.0  # mm between boxes: room for a label of 11 pt or more
STROKE = 0.5  # mm, the width of every stroke: bold enough to show through 80 g paper
FRONT_LENGTH, BACK_LENGTH = 8.0, 7.0  # mm, the front stroke and each of the two back strokes
ROW_Y = 86.0  # mm, top of the x target's strokes (the back's upper stroke starts here)
COLUMN_X = 148.0  # mm, left of the y target's strokes, on the back as one looks at it
COLUMN_Y = 204.0  # mm, centre of the y target (offset 0)
CARD = (85.6, 53.98)  # mm, a bank card (ISO/IEC 7810 ID-1): the scale check without a ruler
CARD_AT = (92.0, 124.0)  # mm, top-left of the bank card frame on the front
PDF_PATH = "werkmateriaal/pdf/kalibratievel.pdf"
STYLESHEETS = ["assets/vendor/atkinson-hyperlegible/atkinson-hyperlegible.css", "assets/vraagkaarten/ijkvel.css"]


def offsets() -> list[float]:
    """The offsets of the boxes, from −REACH to +REACH mm in STEP mm steps."""
    count = round(REACH / STEP)
    return [i * STEP for i in range(-count, count + 1)]


def label(offset: float, in_use: float = 0.0) -> str:
    """The number a box shows: its offset plus the offset the sheet was printed with, Dutch style
    ('+1,5', '−0,5', '0'). This is the reading maths: the straight box's label is the offset to fill in."""
    value = round(offset + in_use, 2)
    text = f"{abs(value):g}".replace(".", ",")
    return "0" if value == 0 else ("+" if value > 0 else "\u2212") + text


def _stroke(x: float, y: float, width: float, height: float) -> dict[str, float]:
    """A stroke's box in mm (left, top, width, height) and its direction (v or h)."""
    return {
        "x": round(x, 3),
        "y": round(y, 3),
        "b": round(width, 3),
        "h": round(height, 3),
        "r": "v" if width < height else "h",
    }


def sheet() -> dict[str, Any]:
    """Every stroke, label and frame of both sides in mm, each side in its own page's coordinates
    (the front's x is mirrored: long-edge duplex puts front x behind back x = 210 − x)."""
    front: dict[str, Any] = {"x": [], "y": [], "kaart": _stroke(*CARD_AT, *CARD)}
    back: dict[str, Any] = {"x": [], "y": []}
    middle_x, half = A4[0] / 2, STROKE / 2
    for offset in offsets():
        centre = middle_x + offset / STEP * PITCH  # the box's centre, on the back as one sees it
        front["x"].append(_stroke(A4[0] - centre - half, ROW_Y + BACK_LENGTH, STROKE, FRONT_LENGTH))
        back["x"].append(
            {
                "waarde": offset,
                "label": {"x": round(centre + offset, 3), "y": ROW_Y - 7.5},
                "strepen": [
                    _stroke(centre + offset - half, ROW_Y, STROKE, BACK_LENGTH),
                    _stroke(centre + offset - half, ROW_Y + BACK_LENGTH + FRONT_LENGTH, STROKE, BACK_LENGTH),
                ],
            }
        )
        row = COLUMN_Y + offset / STEP * PITCH
        front["y"].append(_stroke(A4[0] - (COLUMN_X + BACK_LENGTH + FRONT_LENGTH), row - half, FRONT_LENGTH, STROKE))
        back["y"].append(
            {
                "waarde": offset,
                "label": {"x": COLUMN_X - 2.0, "y": round(row + offset, 3)},
                "strepen": [
                    _stroke(COLUMN_X, row + offset - half, BACK_LENGTH, STROKE),
                    _stroke(COLUMN_X + BACK_LENGTH + FRONT_LENGTH, row + offset - half, BACK_LENGTH, STROKE),
                ],
            }
        )
    return {"voor": front, "achter": back}


def context(model: Model, voor_bouwer: bool = False) -> dict[str, Any]:
    """What the template needs: the geometry, its labels at offset 0, the print terms; `voor_bouwer`
    gives the places as data-mm attributes (set by vraagkaarten.js: the site's CSP refuses style
    attributes) instead of inline styles (the PDF)."""
    geometry = sheet()
    for target in ("x", "y"):
        for box in geometry["achter"][target]:
            box["tekst"] = label(box["waarde"])
    return {"vel": geometry, "afdrukken": model.afdrukken, "voor_bouwer": voor_bouwer}


def pdf_jobs(model: Model) -> list[PdfJob]:
    """The calibration sheet as a PDF (front and back, printed with no offset)."""
    return [
        PdfJob(
            PDF_PATH,
            "vraagkaarten/ijkvel-pdf.html",
            {**context(model), "uitgave": model.uitgave},
            STYLESHEETS,
            {"PrintScaling": "None", "Duplex": "DuplexFlipLongEdge"},
        )
    ]
