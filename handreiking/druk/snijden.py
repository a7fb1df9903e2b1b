"""Card sheet geometry (pure, in mm): layouts with a gap between cards, bleed on the backs, crop marks
and full cut lines outside all printing, the fold-over sheet, the small print's boxes, duplex drift.

The cut box of a card is where it is cut out; a back paints its pattern BLEED further on every side, so
a duplex printer that lands the back up to BLEED off shows neither white paper nor a neighbour's colour
(GAP = 2 × BLEED: the bleeds of two neighbours meet in the middle of the gap, never on a card)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handreiking.kern.gegevens import DataFout

A4 = (210.0, 297.0)  # mm
BLEED = 2.0  # mm of back pattern past the cut line (afloop)
GAP = 2 * BLEED  # mm between two cards' cut lines
MARK_GAP = BLEED + 0.5  # mm between a cut line's end and its crop mark: clear of every bleed
MARK_LENGTH = 2.0  # mm (short enough to end ≥ EDGE from the paper's edge on every layout)
MARK_WIDTH = 0.1  # mm, a hairline
CUT_LINE_WIDTH = 0.25  # mm, the full cut lines of the scissors variant (snijlijnen)
EDGE = 5.0  # mm at the paper's edge that a printer may leave blank (many leave 4.2–5 mm)
LINE = 3.2  # mm, the height of a margin line (7 pt, vellen.css .vk-marge)
MARK_CLEAR = 2.0  # mm between margin text and a crop mark beside it
SAFE = 3.0  # mm: a card's text stays at least this far inside every cut line (kaartmaat.py measures it)
DRIFT = 1.5  # mm: how far an office duplex printer may land a back off its front


@dataclass(frozen=True)
class Layout:
    """A sheet layout: columns × rows of cards of one size with gaps between them, centred on A4."""

    per_vel: int
    kolommen: int
    rijen: int
    breedte: float  # card width (cut), mm
    hoogte: float  # card height (cut), mm
    tussen_x: float = GAP  # between two columns, mm
    tussen_y: float = GAP  # between two rows, mm

    @property
    def links(self) -> float:
        """Left (and right) margin in mm."""
        return (A4[0] - self.kolommen * self.breedte - (self.kolommen - 1) * self.tussen_x) / 2

    @property
    def boven(self) -> float:
        """Top (and bottom) margin in mm."""
        return (A4[1] - self.rijen * self.hoogte - (self.rijen - 1) * self.tussen_y) / 2

    def kolom_x(self, kolom: int) -> float:
        """Left cut line of a column, mm."""
        return self.links + kolom * (self.breedte + self.tussen_x)

    def rij_y(self, rij: int) -> float:
        """Top cut line of a row, mm."""
        return self.boven + rij * (self.hoogte + self.tussen_y)

    def cuts_x(self) -> list[float]:
        """Every vertical cut line, left to right (two per column)."""
        return [x for c in range(self.kolommen) for x in (self.kolom_x(c), self.kolom_x(c) + self.breedte)]

    def cuts_y(self) -> list[float]:
        """Every horizontal cut line, top to bottom (two per row)."""
        return [y for r in range(self.rijen) for y in (self.rij_y(r), self.rij_y(r) + self.hoogte)]


LAYOUTS = {8: Layout(8, 2, 4, 93.0, 66.0), 9: Layout(9, 3, 3, 61.0, 87.0)}
# Fold-over sheet (no duplex printer): cards of the 8-up size, fronts in the left column, their backs in the
# right one; folded along the middle (FOLD_X) each back lies behind its own front.
VOUW = Layout(4, 2, 4, 93.0, 66.0, tussen_x=5.0)
FOLD_X = A4[0] / 2


def _r(value: float) -> float:
    """A length for the templates (mm, two decimals)."""
    return round(value, 3)


def crop_marks(layout: Layout) -> list[dict[str, Any]]:
    """Crop marks in line with every cut line, in the outer margins beyond every bleed (x, y, width, height in mm)."""
    top, bottom = layout.boven, layout.rij_y(layout.rijen - 1) + layout.hoogte
    left, right = layout.links, layout.kolom_x(layout.kolommen - 1) + layout.breedte
    marks = []
    for x in layout.cuts_x():
        for y in (top - MARK_GAP - MARK_LENGTH, bottom + MARK_GAP):
            marks.append({"x": _r(x - MARK_WIDTH / 2), "y": _r(y), "b": MARK_WIDTH, "h": MARK_LENGTH, "r": "v"})
    for y in layout.cuts_y():
        for x in (left - MARK_GAP - MARK_LENGTH, right + MARK_GAP):
            marks.append({"x": _r(x), "y": _r(y - MARK_WIDTH / 2), "b": MARK_LENGTH, "h": MARK_WIDTH, "r": "h"})
    return marks


def cut_lines(layout: Layout) -> list[dict[str, Any]]:
    """Full cut lines for scissors: every cut line drawn from its crop mark on one side to the one on the
    other, through the cards' edges and the gaps (never across a card), centred on the cut."""
    reach = MARK_GAP + MARK_LENGTH
    top, bottom = layout.boven - reach, layout.rij_y(layout.rijen - 1) + layout.hoogte + reach
    left, right = layout.links - reach, layout.kolom_x(layout.kolommen - 1) + layout.breedte + reach
    half = CUT_LINE_WIDTH / 2
    lines = [
        {"x": _r(x - half), "y": _r(top), "b": CUT_LINE_WIDTH, "h": _r(bottom - top), "r": "v"} for x in layout.cuts_x()
    ]
    lines += [
        {"x": _r(left), "y": _r(y - half), "b": _r(right - left), "h": CUT_LINE_WIDTH, "r": "h"}
        for y in layout.cuts_y()
    ]
    return lines


def fold_line() -> dict[str, float]:
    """The fold-over sheet's fold line: dashed, down the middle, in the gap between fronts and backs' bleed."""
    return {"x": _r(FOLD_X - CUT_LINE_WIDTH / 2), "y": EDGE, "b": CUT_LINE_WIDTH, "h": _r(A4[1] - 2 * EDGE)}


def cut_box(layout: Layout, index: int, mirrored: bool = False) -> dict[str, float]:
    """Where card `index` of a sheet is cut out (x, y, b, h in mm); mirrored left-right for a back (long-edge duplex)."""
    row, col = divmod(index, layout.kolommen)
    if mirrored:
        col = layout.kolommen - 1 - col
    return {"x": _r(layout.kolom_x(col)), "y": _r(layout.rij_y(row)), "b": layout.breedte, "h": layout.hoogte}


def fold_boxes(layout: Layout, index: int) -> tuple[dict[str, float], dict[str, float]]:
    """Cut boxes of card `index` on a fold-over sheet: its front (left column) and its back (right column)."""
    y = _r(layout.rij_y(index))
    return (
        {"x": _r(layout.kolom_x(0)), "y": y, "b": layout.breedte, "h": layout.hoogte},
        {"x": _r(layout.kolom_x(1)), "y": y, "b": layout.breedte, "h": layout.hoogte},
    )


def with_bleed(box: dict[str, float]) -> dict[str, float]:
    """A back's painted box: its cut box grown by BLEED on every side."""
    return {
        "x": _r(box["x"] - BLEED),
        "y": _r(box["y"] - BLEED),
        "b": _r(box["b"] + 2 * BLEED),
        "h": _r(box["h"] + 2 * BLEED),
    }


def mirror_fold(box: dict[str, float]) -> dict[str, float]:
    """Where a box lands when the sheet is folded along FOLD_X (mirrored across the fold line)."""
    return {**box, "x": _r(2 * FOLD_X - box["x"] - box["b"])}


def _box(x: float, y: float, width: float, stukken: list[str]) -> dict[str, Any]:
    """A margin box one line high (mm) and the pieces of margin text it holds, in order."""
    return {"x": round(x, 2), "y": round(y, 2), "b": round(width, 2), "h": LINE, "stukken": stukken}


def margin_boxes(layout: Layout, top_pieces: list[str], bottom_pieces: list[str]) -> list[dict[str, Any]]:
    """Boxes for a sheet's small print in the top and bottom margins, clear of every bleed, crop mark and
    the paper's unprintable edge: beyond the marks when the margin has room (one box holds a margin's
    pieces), else beside them (first piece in the first column, the others in the last)."""
    band = MARK_GAP + MARK_LENGTH  # the marks' reach into the margin
    bottom_cut = A4[1] - layout.boven
    width = layout.kolom_x(layout.kolommen - 1) + layout.breedte - layout.links
    if layout.boven - band - 1.0 >= EDGE + LINE:
        return [
            _box(layout.links, layout.boven - band - 1.0 - LINE, width, top_pieces),
            _box(layout.links, bottom_cut + band + 1.0, width, bottom_pieces),
        ]
    # Beside the marks: in line with them where the margin allows, else moved towards the cards (still off the bleed).
    top = max(EDGE, layout.boven - MARK_GAP - LINE)
    bottom = min(bottom_cut + MARK_GAP, A4[1] - EDGE - LINE)
    if top + LINE > layout.boven - BLEED or bottom < bottom_cut + BLEED or layout.kolommen < 2:
        raise DataFout(f"Vellen met {layout.per_vel} kaarten: geen ruimte in de marge voor de afdrukaanwijzing.")
    first, last = layout.kolom_x(0) + MARK_CLEAR, layout.kolom_x(layout.kolommen - 1) + MARK_CLEAR
    inner = layout.breedte - 2 * MARK_CLEAR
    boxes = []
    for y, pieces in ((top, top_pieces), (bottom, bottom_pieces)):
        boxes.append(_box(first, y, inner, pieces[:1]))
        if pieces[1:]:
            boxes.append(_box(last, y, inner, pieces[1:]))
    return boxes


def duplex_error(layout: Layout, dx: float, dy: float) -> dict[str, float]:
    """What a back sheet printed (dx, dy) mm off shows on the cards: `eigen_afloop`, the narrowest strip of a
    card's own bleed left past its cut line (negative: white paper shows), and `buur`, how far the nearest
    other back's paint stays from a card's cut line (negative: another colour on the card)."""
    own, neighbour = float("inf"), float("inf")
    for index in range(layout.per_vel):
        cut = cut_box(layout, index)
        for other in range(layout.per_vel):
            paint = with_bleed(cut_box(layout, other))
            x0, y0 = paint["x"] + dx, paint["y"] + dy
            x1, y1 = x0 + paint["b"], y0 + paint["h"]
            if other == index:
                own = min(own, cut["x"] - x0, x1 - cut["x"] - cut["b"], cut["y"] - y0, y1 - cut["y"] - cut["h"])
            else:  # separation of two boxes: the largest gap along an axis (negative when they overlap)
                neighbour = min(
                    neighbour, max(cut["x"] - x1, x0 - cut["x"] - cut["b"], cut["y"] - y1, y0 - cut["y"] - cut["h"])
                )
    return {"eigen_afloop": round(own, 3), "buur": round(neighbour, 3)}
