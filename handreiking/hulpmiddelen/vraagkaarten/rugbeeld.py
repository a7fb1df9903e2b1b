"""A card back's label (deck name and site name in a white box) as an SVG image, for the card PDFs.

WeasyPrint draws a background image as an artifact, so a screen reader going through a sheet of backs
does not read the same label on every card: it is the card's decoration, like its pattern (PDF/UA-1:
repeated decoration is not content). The printed result looks as the label in vellen.css
(.vk-achter__label): the same font, sizes, padding and border; tests/test_rugbeeld.py keeps the two in
step. Lines are broken here, with the bundled font's advance widths; the deck name keeps its last two
words together (kaart.html's `deck`). The browser's print (vellen.js) keeps the HTML label."""

from __future__ import annotations

import functools
import re
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

from handreiking.druk.pdf import FONT_DIR

PT = 25.4 / 72  # mm per point
DECK_PT, SITE_PT = 14.0, 11.0  # .vk-achter__stapel, .vk-achter__site
LINE_HEIGHT = 1.2
SITE_GAP = 1.5  # mm above the site name
PAD_X, PAD_Y = 4.0, 3.0  # mm inside the box
BORDER, RADIUS = 0.6, 2.0  # mm
INSET = 9.0  # mm: the back's padding around the box (.vk-achter)
DECK_COLOUR, SITE_COLOUR = "#000", "#222"
FAMILY = "Atkinson Hyperlegible"
NBSP = "\u00a0"


@functools.lru_cache(maxsize=4)
def _metrics(root: Path, bold: bool) -> tuple[dict[int, float], float, float]:
    """Advance width per code point (in em), ascent and descent (em) of the bundled font's latin subsets."""
    from fontTools.ttLib import TTFont

    weight = "700" if bold else "400"
    widths: dict[int, float] = {}
    ascent = descent = 0.0
    for subset in ("latin-ext", "latin"):  # latin last: it wins where both have a glyph
        font = TTFont(root / "overrides" / FONT_DIR / f"atkinson-hyperlegible-{subset}-{weight}-normal.woff2")
        em = font["head"].unitsPerEm
        advances = font["hmtx"].metrics
        widths.update({code: advances[glyph][0] / em for code, glyph in font.getBestCmap().items()})
        ascent, descent = font["hhea"].ascent / em, -font["hhea"].descent / em
    return widths, ascent, descent


def text_width(root: Path, text: str, size_pt: float, bold: bool) -> float:
    """How wide a line of text is set in the bundled font, in mm (a missing glyph counts as an M)."""
    widths = _metrics(root, bold)[0]
    return sum(widths.get(ord(c), widths[ord("M")]) for c in text) * size_pt * PT


def wrap(root: Path, text: str, size_pt: float, bold: bool, max_mm: float) -> list[str]:
    """The text broken into lines of at most max_mm at its spaces (a no-break space holds); a word too
    long for a line is broken after a hyphen in it, as a browser does ("Finding-|gesprekken"), and
    else gets a line of its own."""
    pieces: list[tuple[str, str]] = []  # (piece, what joins it to the one before)
    for word in text.split(" "):
        parts = re.split(r"(?<=-)(?=.)", word) if text_width(root, word, size_pt, bold) > max_mm else [word]
        pieces += [(part, " " if i == 0 else "") for i, part in enumerate(parts)]
    lines: list[str] = []
    for piece, join in pieces:
        trial = f"{lines[-1]}{join}{piece}" if lines else piece
        if lines and text_width(root, trial, size_pt, bold) <= max_mm:
            lines[-1] = trial
        else:
            lines.append(piece)
    return [line.replace(NBSP, " ") for line in lines]


def label_svg(root: Path, deck: str, site: str, colour: str, back_width: float) -> str:
    """The label of a back `back_width` mm wide (its bleed included) as an SVG document, sized in mm."""
    room = back_width - 2 * INSET - 2 * (PAD_X + BORDER)
    words = deck.rsplit(" ", 1)
    deck_lines = wrap(root, NBSP.join(words), DECK_PT, True, room)
    site_lines = wrap(root, site, SITE_PT, False, room)
    widest = max(
        [text_width(root, line, DECK_PT, True) for line in deck_lines]
        + [text_width(root, line, SITE_PT, False) for line in site_lines]
    )
    width = min(widest, room) + 2 * (PAD_X + BORDER)
    deck_line, site_line = DECK_PT * PT * LINE_HEIGHT, SITE_PT * PT * LINE_HEIGHT
    height = len(deck_lines) * deck_line + SITE_GAP + len(site_lines) * site_line + 2 * (PAD_Y + BORDER)
    svg = ET.Element(
        "svg",
        xmlns="http://www.w3.org/2000/svg",
        width=f"{width:.2f}mm",
        height=f"{height:.2f}mm",
        viewBox=f"0 0 {width:.2f} {height:.2f}",
    )
    half = BORDER / 2
    ET.SubElement(
        svg,
        "rect",
        x=f"{half}",
        y=f"{half}",
        width=f"{width - BORDER:.2f}",
        height=f"{height - BORDER:.2f}",
        rx=f"{RADIUS}",
        fill="#fff",
        stroke=colour,
        attrib={"stroke-width": f"{BORDER}"},
    )
    top = BORDER + PAD_Y
    for lines, size, bold, fill, step in (
        (deck_lines, DECK_PT, True, DECK_COLOUR, deck_line),
        (site_lines, SITE_PT, False, SITE_COLOUR, site_line),
    ):
        _, ascent, descent = _metrics(root, bold)
        em = size * PT
        for line in lines:
            baseline = top + (step - (ascent + descent) * em) / 2 + ascent * em
            text = ET.SubElement(
                svg,
                "text",
                x=f"{width / 2:.2f}",
                y=f"{baseline:.2f}",
                fill=fill,
                attrib={
                    "text-anchor": "middle",
                    "font-family": FAMILY,
                    "font-weight": "700" if bold else "400",
                    "font-size": f"{em:.3f}",
                },
            )
            text.text = line
            top += step
        top += SITE_GAP
    return ET.tostring(svg, encoding="unicode")


@functools.lru_cache(maxsize=256)
def back_image(root: Path, deck: str, site: str, colour: str, back_width: float) -> str:
    """The label as a data: URL for a CSS background (percent-encoded: no quote or bracket left)."""
    return "data:image/svg+xml," + urllib.parse.quote(label_svg(root, deck, site, colour, back_width), safe="")
