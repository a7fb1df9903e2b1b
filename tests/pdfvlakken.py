"""Filled rectangles of a WeasyPrint PDF, read from its page content streams (no PDF library needed): crop
marks, cut lines and the backs' painted boxes, in mm from the page's top-left corner, with their fill colour.

WeasyPrint starts every page with `1 0 0 -1 0 <height> cm` and `0.75 0 0 0.75 0 0 cm`, then draws in CSS px
from the top-left; a background is `x y w h re` + `f` in the current `rg` colour (or a /Pattern)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

PX_MM = 25.4 / 96
PAGE_START = b"1 0 0 -1 0 841.889764 cm"
NUMBER = r"(-?[\d.]+)"
TOKENS = re.compile(
    rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (rg|RG)\b|/Pattern cs|(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b|\bf\*?\n|\bn\n|\bQ\n"
)


def page_streams(pdf: Path) -> list[bytes]:
    """The content stream of every page, in page order (WeasyPrint writes them in that order)."""
    data = pdf.read_bytes()
    found = []
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            chunk = zlib.decompressobj().decompress(data[match.end() :])
        except zlib.error:
            continue
        if chunk.startswith(PAGE_START):
            found.append(chunk)
    return found


def filled_rects(stream: bytes) -> list[dict]:
    """Every filled rectangle: x, y, b, h (mm) and colour ("#rrggbb", or "patroon")."""
    rects, pending, colour = [], [], "#000000"
    for m in TOKENS.finditer(stream):
        token = m.group(0)
        if m.group(4) == b"rg":
            colour = "#" + "".join(f"{round(float(m.group(i)) * 255):02x}" for i in (1, 2, 3))
        elif token.startswith(b"/Pattern"):
            colour = "patroon"
        elif m.group(8):
            pending.append([float(m.group(i)) * PX_MM for i in (5, 6, 7, 8)])
        elif token.startswith(b"f"):
            rects += [{"x": x, "y": y, "b": w, "h": h, "kleur": colour} for x, y, w, h in pending]
            pending = []
        else:  # n (a clip path) or Q: the rectangles so far were no fill
            pending = []
    return rects


def page_rects(pdf: Path) -> list[list[dict]]:
    """The filled rectangles of each page."""
    return [filled_rects(stream) for stream in page_streams(pdf)]
