"""The netwerkkaart's drawing: the family in the middle, one wedge per life area around it, and
for each wedge the places (slots) where a person's box fits without touching anything else.

Pure geometry, in the drawing's own units (an SVG viewBox). Wedges are equal in the square the
drawing is stretched from, so every wedge of the landscape map has the same area."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

WIDTH, HEIGHT = 1000, 640
CX, CY = WIDTH / 2, HEIGHT / 2
FAMILY = (100, 52)  # the family's ellipse: x and y radius
BOX = (120, 34)  # a person's box: width, height (name line and marks line)
GAP = 6  # free space around every box
MARGIN = 8  # boxes stay this far from the edge and from the wedge borders
LABEL_SIZE = 15  # font size of a life area's name
LABEL_CHAR = 0.62  # average width of a bold character, as a share of the font size (Arial, Atkinson)
FIRST = 1.5  # the first life area starts this many wedges before the top, clockwise from there


@dataclass(frozen=True)
class Vak:
    """One life area's wedge: its border ray, label place and the person slots in it."""

    nummer: int
    hoek: float  # start angle of the wedge in the stretched square (degrees, clockwise from +x)
    rand: tuple[float, float]  # where its start border meets the edge of the drawing
    label: tuple[float, float, str]  # x, y (baseline) and text-anchor of the area's name
    plekken: tuple[tuple[int, int], ...]  # top-left corners of the person boxes, nearest first


def _angle(x: float, y: float) -> float:
    """The angle of a point as seen from the middle, in the stretched square (degrees)."""
    return math.degrees(math.atan2((y - CY) / HEIGHT, (x - CX) / WIDTH)) % 360


def _edge(angle: float) -> tuple[float, float]:
    """Where a ray from the middle at `angle` (stretched square) meets the edge of the drawing."""
    dx, dy = math.cos(math.radians(angle)) * WIDTH, math.sin(math.radians(angle)) * HEIGHT
    t = min(CX / abs(dx) if dx else math.inf, CY / abs(dy) if dy else math.inf)
    return (round(CX + dx * t, 1), round(CY + dy * t, 1))


def _distance_to_ray(x: float, y: float, angle: float) -> float:
    """Distance of a point to the wedge border at `angle` (infinite behind the middle)."""
    dx, dy = math.cos(math.radians(angle)) * WIDTH, math.sin(math.radians(angle)) * HEIGHT
    length = math.hypot(dx, dy)
    px, py = x - CX, y - CY
    return abs(px * dy - py * dx) / length if px * dx + py * dy > 0 else math.inf


def label_box(x: float, y: float, anchor: str, text: str) -> tuple[float, float, float, float]:
    """The box (x, y, width, height) a life area's name takes, estimated from its length."""
    width = len(text) * LABEL_SIZE * LABEL_CHAR
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return (left, y - LABEL_SIZE, width, LABEL_SIZE * 1.3)


def _label(angle: float, text: str) -> tuple[float, float, str]:
    """The name of an area near the edge where its wedge's middle ray ends."""
    x, y = _edge(angle)
    anchor = "start" if x < MARGIN + 1 else "end" if x > WIDTH - MARGIN - 1 else "middle"
    x = min(max(x, MARGIN), WIDTH - MARGIN)
    y = min(max(y + (LABEL_SIZE if y < CY else -6), LABEL_SIZE + 4), HEIGHT - 8)
    if anchor == "middle":
        half = len(text) * LABEL_SIZE * LABEL_CHAR / 2
        x = min(max(x, MARGIN + half), WIDTH - MARGIN - half)
    return (round(x, 1), round(y, 1), anchor)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float], gap: float = 0) -> bool:
    """Whether two boxes (x, y, w, h) come closer than `gap`."""
    return (
        a[0] < b[0] + b[2] + gap and b[0] < a[0] + a[2] + gap and a[1] < b[1] + b[3] + gap and b[1] < a[1] + a[3] + gap
    )


@lru_cache(maxsize=4)
def vakken(namen: tuple[str, ...]) -> tuple[Vak, ...]:
    """The wedges of the given life areas (in clockwise order), each with its slots."""
    count = len(namen)
    step = 360 / count
    starts = [(-90 - FIRST * step + i * step) % 360 for i in range(count)]
    labels = [_label(s + step / 2, naam) for s, naam in zip(starts, namen, strict=True)]
    label_boxes = [label_box(*lab, naam) for lab, naam in zip(labels, namen, strict=True)]
    w, h = BOX
    candidates = [
        (x, y) for y in range(MARGIN, HEIGHT - MARGIN - h + 1, 4) for x in range(MARGIN, WIDTH - MARGIN - w + 1, 6)
    ]
    candidates.sort(key=lambda c: (math.hypot((c[0] + w / 2 - CX) / WIDTH, (c[1] + h / 2 - CY) / HEIGHT), c[1], c[0]))
    placed: list[tuple[float, float, float, float]] = []
    slots: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    for x, y in candidates:
        corners = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
        areas = {int(((_angle(*c) - starts[0]) % 360) // step) for c in corners}
        if len(areas) != 1:
            continue
        area = areas.pop()
        borders = (starts[area], starts[(area + 1) % count])
        if any(_distance_to_ray(cx, cy, b) < MARGIN for cx, cy in corners for b in borders):
            continue
        rim = [*corners, (x + w / 2, y), (x + w / 2, y + h), (x, y + h / 2), (x + w, y + h / 2)]
        if any(((px - CX) / (FAMILY[0] + 16)) ** 2 + ((py - CY) / (FAMILY[1] + 16)) ** 2 < 1 for px, py in rim):
            continue
        box = (x, y, w, h)
        if any(_overlaps(box, other, GAP) for other in placed) or any(_overlaps(box, lab, GAP) for lab in label_boxes):
            continue
        placed.append(box)
        slots[area].append((x, y))
    return tuple(
        Vak(nummer=i + 1, hoek=starts[i], rand=_edge(starts[i]), label=labels[i], plekken=tuple(slots[i]))
        for i in range(count)
    )
