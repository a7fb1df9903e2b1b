"""Fit by measurement: every card is laid out (WeasyPrint, the PDFs' own template, CSS and bundled font)
in every size class and every layout, in one document; a card gets the largest text that stays SAFE mm
inside its cut lines in that layout, and the build stops in Dutch when even the smallest does not.

The result is cached next to the PDFs (keyed like a PDF: HTML, CSS, font, renderer), so a build whose
cards did not change measures nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from handreiking.druk.pdf import PdfJob, layout_document, plan
from handreiking.druk.snijden import LAYOUTS, SAFE
from handreiking.hulpmiddelen.vraagkaarten import kaartvellen
from handreiking.kern import verslag
from handreiking.kern.gegevens import DataFout

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

CLASSES = ("m1", "m2", "m3", "m4")  # largest text first (vellen.css: m4 is 11 pt, the floor)
PX_MM = 25.4 / 96  # WeasyPrint lays out in CSS px
_memo: dict[str, dict[str, Any]] = {}
variant = kaartvellen.variant  # a card as measured (id, and the other deck's line in the "alle" deck)


def variants(sets: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every distinct card face of the card PDFs, in order."""
    seen: dict[str, dict[str, Any]] = {}
    for entry in sets:
        for card in entry["kaarten"]:
            seen.setdefault(variant(card), card)
    return list(seen.values())


def nearest_cut(card: tuple[float, float, float, float], texts: Iterable[tuple[float, float, float, float]]) -> float:
    """How close the text comes to the card's cut lines (same unit; negative: over the line). Boxes: x, y, w, h."""
    x, y, w, h = card
    return min(
        (min(tx - x, ty - y, x + w - tx - tw, y + h - ty - th) for tx, ty, tw, th in texts), default=min(w, h) / 2
    )


Item = tuple[str, int, int]  # card variant, layout (cards per sheet), class index


def search(
    keys: Iterable[str], layouts: Iterable[int], measure: Callable[[list[Item]], dict[Item, float]]
) -> dict[Item, float]:
    """Find each card's largest fitting class per layout in few measuring passes: all in the largest class
    first, then only those that did not fit, one class smaller each pass. Returns every measured distance."""
    known: dict[Item, float] = {}
    todo = [(key, per, 0) for key in keys for per in layouts]
    while todo:
        known.update(measure(todo))
        todo = [
            (key, per, index + 1)
            for key, per, index in todo
            if known[(key, per, index)] < SAFE and index + 1 < len(CLASSES)
        ]
    return known


def pick(known: dict[Item, float], key: str, per: int) -> tuple[str | None, float]:
    """The largest class measured to fit and its distance; else None and the smallest class's distance."""
    measured = sorted(i for k, p, i in known if k == key and p == per)
    fitting = [i for i in measured if known[(key, per, i)] >= SAFE]
    if fitting:
        return CLASSES[fitting[0]], known[(key, per, fitting[0])]
    return None, known[(key, per, measured[-1])]


def _job(model: Model, cards: list[dict[str, Any]], items: Iterable[Item] | None = None) -> PdfJob:
    """One document of card fronts: the items asked for (default: every card in every layout and class)."""
    wanted = (
        list(items)
        if items is not None
        else [(variant(c), p, i) for p in LAYOUTS for i in range(len(CLASSES)) for c in cards]
    )
    by_key = {variant(c): c for c in cards}
    vellen = []
    for per_vel, layout in LAYOUTS.items():
        for index, name in enumerate(CLASSES):
            group = [{**by_key[k], "maat": name} for k, p, i in wanted if p == per_vel and i == index]
            for sheet in kaartvellen.sheets(group, layout, backs=False):
                vellen.append({**sheet, "marks": [], "vakken": []})
    return PdfJob(
        path="kaartmaat",
        template="vraagkaarten/vellen-pdf.html",
        stylesheets=[kaartvellen.SHEET_CSS],
        # Nothing of this copy's publisher or edition: it does not move a card's text, and a config of
        # another organisation (or a new edition) then measures from the same cache.
        context={"titel": "Kaartmaat", "site": "", "uitgave": {"maker": ""}, "vellen": vellen},
    )


def _boxes(box: Any) -> Iterable[Any]:
    """A layout box and all boxes inside it, in document order (into absolutely placed boxes too)."""
    box = getattr(box, "_box", box)  # an AbsolutePlaceholder holds the placed box
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _card_distances(document: Any) -> list[float]:
    """For each card front of a laid-out document, in order: how near its text comes to its cut lines (mm)."""
    from weasyprint.formatting_structure.boxes import TextBox

    found, seen = [], set()
    for page in document.pages:
        for box in _boxes(page._page_box):
            element = box.element
            if element is None or id(element) in seen or "vk-kaart" not in (element.get("class") or "").split():
                continue
            seen.add(id(element))  # its first box; anonymous boxes inside share the element
            texts = [
                (t.position_x, t.position_y, t.width, t.height)
                for t in _boxes(box)
                if isinstance(t, TextBox) and t.text.strip()
            ]
            rect = (box.position_x, box.position_y, box.margin_width(), box.margin_height())
            found.append(nearest_cut(rect, texts) * PX_MM)
    return found


def _measure(model: Model, cards: list[dict[str, Any]]) -> dict[str, Any]:
    """Measure every card face (search), or read what an earlier build measured for the same cards and CSS."""
    work = plan(model.root, _job(model, cards))  # the key: every card in every class (laid out only in part)
    cached, key = work.cached.with_suffix(".kaartmaat.json"), work.cached.stem
    if key not in _memo and cached.is_file():
        _memo[key] = json.loads(cached.read_text(encoding="utf-8"))
    if key in _memo:
        return {**_memo[key], "cache": True}
    passes = []

    def measure(items: list[Item]) -> dict[Item, float]:
        """Lay out one document of these items; their distances in mm, in the template's order."""
        ordered = [(k, p, i) for p in LAYOUTS for i in range(len(CLASSES)) for k, pp, ii in items if (pp, ii) == (p, i)]
        passes.append(len(ordered))
        found = _card_distances(layout_document(plan(model.root, _job(model, cards, ordered))))
        return {item: round(distance, 2) for item, distance in zip(ordered, found, strict=True)}

    known = search([variant(c) for c in cards], LAYOUTS, measure)
    result = {"afstanden": [[k, p, CLASSES[i], d] for (k, p, i), d in known.items()], "passen": passes}
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    _memo[key] = result
    return {**result, "cache": False}


def _too_long(card: dict[str, Any], per_vel: int, distance: float) -> DataFout:
    """The Dutch message for a card whose text does not fit even in the smallest class."""
    where = f"data/vraagkaarten/{card['stapel']}.yml, kaart '{card['id']}' (stapel '{card['stapel_titel']}')"
    extra = f", in ‘Alle stapels’ met de regel ‘Deze vraag staat ook in: {card['ook_in']}’" if card["ook_in"] else ""
    return DataFout(
        f"{where}: de tekst past niet op een kaart van {per_vel} per vel{extra}. Ook in de kleinste letter (11 pt) "
        f"komt hij {f'{distance:.1f}'.replace('.', ',')} mm bij de snijlijn; dat moet minstens {SAFE:g} mm zijn. "
        "Kort de tekst (of de toelichting) in, of verdeel hem over twee kaarten."
    )


def same_size_per_deck(cards: list[dict[str, Any]], chosen: dict[str, dict[str, str]]) -> None:
    """One text size per deck and layout: every card of a deck takes the smallest size any of its cards needs
    (a deck printing 15 pt next to 18 pt looks like a mistake)."""
    smallest: dict[tuple[str, str], str] = {}
    for card in cards:
        for per_vel, name in chosen[variant(card)].items():
            key = (card["stapel"], per_vel)
            smallest[key] = max(smallest.get(key, name), name, key=CLASSES.index)
    for card in cards:
        for per_vel in chosen[variant(card)]:
            chosen[variant(card)][per_vel] = smallest[(card["stapel"], per_vel)]


def sizes(model: Model) -> dict[str, dict[str, str]]:
    """The measured size class of every card face per layout ({variant: {"8": "m2", "9": "m3"}}), or stop
    the build naming the card and deck whose text comes nearer than SAFE mm to a cut line."""
    started = time.perf_counter()
    cards = variants(model.kaartsets)
    result = _measure(model, cards)
    known = {(k, p, CLASSES.index(c)): d for k, p, c, d in result["afstanden"]}
    chosen: dict[str, dict[str, str]] = {}
    nearest = float("inf")
    for card in cards:
        chosen[variant(card)] = {}
        for per_vel in LAYOUTS:
            name, distance = pick(known, variant(card), per_vel)
            if name is None:
                raise _too_long(card, per_vel, distance)
            chosen[variant(card)][str(per_vel)] = name
            nearest = min(nearest, distance)
    same_size_per_deck(cards, chosen)
    how = "uit de cache" if result["cache"] else f"gemeten in {len(result['passen'])} rondes"
    verslag.info(
        f"kaartmaat: {len(cards)} kaarten {how}, {time.perf_counter() - started:.1f} s; tekst op z'n dichtst "
        f"{nearest:.2f} mm bij een snijlijn"
    )
    return chosen
