"""Card sheets: A4 layouts (8 and 9 per sheet), size classes, crop marks, mirrored backs, PDF jobs.

The same geometry reaches the browser (the deck builder prints like the PDFs) as JSON."""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .gegevens import DataFout
from .pdf import PdfJob
from .stapels import Kaart, Stapel

if TYPE_CHECKING:
    from .model import Model

A4 = (210.0, 297.0)  # mm
MARK_GAP = 1.5  # mm between a card edge and its crop mark
MARK_LENGTH = 5.0  # mm
MARK_WIDTH = 0.1  # mm, a hairline
EDGE = 4.0  # mm at the paper's edge that a printer may leave blank
LINE = 3.2  # mm, the height of a margin line (7 pt, vellen.css .vk-marge)
SCALE_BAR = 50.0  # mm, the scale bar that shows the sheet printed at 100 %
# Print settings a viewer should offer (PDF /ViewerPreferences): no "fit to page", duplex as the backs need.
VIEWER = {"PrintScaling": "None"}
DUPLEX = {True: "DuplexFlipLongEdge", False: "Simplex"}
PDF_FOLDER = "werkmateriaal/pdf"
SHEET_CSS = "assets/vraagkaarten/vellen.css"
# Size classes: the weighted text length up to which a class is used (font sizes in vellen.css,
# all at least 11 pt). Longer than the last limit does not fit a card: the build stops.
SIZE_LIMITS = (("m1", 45), ("m2", 100), ("m3", 190), ("m4", 400))
TITLE_WEIGHT = 30  # a card title takes about this many characters of room


@dataclass(frozen=True)
class Layout:
    """A sheet layout: columns × rows of cards of one size, centred on A4."""

    per_vel: int
    kolommen: int
    rijen: int
    breedte: float  # card width, mm
    hoogte: float  # card height, mm

    @property
    def links(self) -> float:
        """Left (and right) margin in mm."""
        return (A4[0] - self.kolommen * self.breedte) / 2

    @property
    def boven(self) -> float:
        """Top (and bottom) margin in mm."""
        return (A4[1] - self.rijen * self.hoogte) / 2


LAYOUTS = {8: Layout(8, 2, 4, 95.0, 69.0), 9: Layout(9, 3, 3, 63.0, 88.0)}


def weighted_length(kaart: Kaart, titel: str) -> int:
    """How much room a card's text needs, in characters (`titel`: the title shown on it)."""
    return len(kaart.tekst) + len(kaart.toelichting) + (TITLE_WEIGHT if titel else 0)


def size_class(kaart: Kaart, titel: str) -> str:
    """The size class of a card's text, or stop the build when it cannot fit a card."""
    length = weighted_length(kaart, titel)
    for name, limit in SIZE_LIMITS:
        if length <= limit:
            return name
    raise DataFout(
        f"data/vraagkaarten/{kaart.stapel}.yml, kaart '{kaart.id}': de tekst is te lang voor een kaart "
        f"({length} tekens, hooguit {SIZE_LIMITS[-1][1]}). Kort de tekst in of verdeel hem over twee kaarten."
    )


def card_view(kaart: Kaart, deck: Stapel, groep_titel: str = "") -> dict[str, Any]:
    """What a card face shows (for templates)."""
    return {
        "id": kaart.id, "tekst": kaart.tekst, "titel": kaart.titel or groep_titel,
        "toelichting": kaart.toelichting, "maat": size_class(kaart, kaart.titel or groep_titel),
        "stapel": deck.id, "stapel_titel": deck.titel, "kleur": deck.kleur, "patroon": deck.patroon,
        "ook_in": "",  # the "alle" deck: the other decks with this question (mark_duplicates)
    }


def deck_cards(deck: Stapel) -> list[dict[str, Any]]:
    """Every card of a deck as a view, in order."""
    return [card_view(kaart, deck, groep.titel) for groep in deck.groepen for kaart in groep.kaarten]


def crop_marks(layout: Layout) -> list[dict[str, float]]:
    """Crop marks at every cut line, in the margins outside the cards (x, y, width, height in mm)."""
    marks = []
    right = layout.links + layout.kolommen * layout.breedte
    bottom = layout.boven + layout.rijen * layout.hoogte
    for col in range(layout.kolommen + 1):
        x = layout.links + col * layout.breedte
        marks.append({"x": x - MARK_WIDTH / 2, "y": layout.boven - MARK_GAP - MARK_LENGTH, "b": MARK_WIDTH, "h": MARK_LENGTH, "r": "v"})
        marks.append({"x": x - MARK_WIDTH / 2, "y": bottom + MARK_GAP, "b": MARK_WIDTH, "h": MARK_LENGTH, "r": "v"})
    for row in range(layout.rijen + 1):
        y = layout.boven + row * layout.hoogte
        marks.append({"x": layout.links - MARK_GAP - MARK_LENGTH, "y": y - MARK_WIDTH / 2, "b": MARK_LENGTH, "h": MARK_WIDTH, "r": "h"})
        marks.append({"x": right + MARK_GAP, "y": y - MARK_WIDTH / 2, "b": MARK_LENGTH, "h": MARK_WIDTH, "r": "h"})
    return marks


def _box(x: float, y: float, width: float, stukken: list[str]) -> dict[str, Any]:
    """A margin box one line high (mm) and the pieces of margin text it holds, in order."""
    return {"x": round(x, 2), "y": round(y, 2), "b": round(width, 2), "h": LINE, "stukken": stukken}


# The margin text's pieces (margin_text): the top margin says which sheet and how to print, the bottom one
# holds the scale bar.
TOP, BOTTOM = ["label", "aanwijzing"], ["schaal"]


def margin_boxes(layout: Layout) -> list[dict[str, Any]]:
    """Boxes for a sheet's small print in the top and bottom margins, outside the cut area and clear
    of the crop marks: beyond the marks when the margin has room (one box holds a margin's pieces),
    else between them (first piece in the first column, the other in the last)."""
    band = MARK_GAP + MARK_LENGTH  # the marks' reach into the margin
    if layout.boven - band - 1.0 >= EDGE + LINE:
        width = layout.kolommen * layout.breedte
        top, bottom = layout.boven - band - 1.0 - LINE, A4[1] - layout.boven + band + 1.0
        return [_box(layout.links, top, width, TOP), _box(layout.links, bottom, width, BOTTOM)]
    if layout.boven - band < EDGE or MARK_LENGTH < LINE or layout.kolommen < 2:
        raise DataFout(f"Vellen met {layout.per_vel} kaarten: geen ruimte in de marge voor de afdrukaanwijzing.")
    top = layout.boven - band + (MARK_LENGTH - LINE) / 2
    bottom = A4[1] - layout.boven + MARK_GAP + (MARK_LENGTH - LINE) / 2
    first, last = layout.links + 2.0, layout.links + (layout.kolommen - 1) * layout.breedte + 2.0
    width = layout.breedte - 4.0  # 2 mm clear of each mark
    return [_box(first, top, width, TOP[:1]), _box(last, top, width, TOP[1:]), _box(first, bottom, width, BOTTOM)]


def margin_text(titel: str, number: int, total: int, side: str, backs: bool) -> dict[str, str]:
    """What a sheet's margin says: which sheet of which deck, which side, and how to print it."""
    how = "Druk dubbelzijdig af, omslaan langs de lange kant" if backs else "Druk enkelzijdig af"
    return {
        "label": f"Vraagkaarten: {titel} · vel {number} van {total}, {'voorkant' if side == 'voor' else 'achterkant'}",
        "aanwijzing": f"{how}, op werkelijke grootte (100 %)",
        "schaal": f"deze lijn is {SCALE_BAR:g} mm",
    }


def slot_position(layout: Layout, index: int, mirrored: bool) -> dict[str, float]:
    """Top-left corner (mm) of slot `index`; mirrored left-right for a back (long-edge duplex)."""
    row, col = divmod(index, layout.kolommen)
    if mirrored:
        col = layout.kolommen - 1 - col
    return {"x": layout.links + col * layout.breedte, "y": layout.boven + row * layout.hoogte}


def sheets(cards: list[dict[str, Any]], layout: Layout, backs: bool, titel: str = "") -> list[dict[str, Any]]:
    """The sheets of a PDF: each front, followed by its mirrored back when `backs`; each with its margin text."""
    result = []
    total = math.ceil(len(cards) / layout.per_vel)
    for number, start in enumerate(range(0, len(cards), layout.per_vel), start=1):
        chunk = cards[start:start + layout.per_vel]
        for side in ("voor", "achter") if backs else ("voor",):
            slots = [{**slot_position(layout, i, side == "achter"), "kaart": card} for i, card in enumerate(chunk)]
            result.append({"soort": side, "plekken": slots, "marge": margin_text(titel, number, total, side, backs)})
    return result


def pdf_name(deck_id: str, per_vel: int, backs: bool) -> str:
    """File name of a PDF, saying what it is."""
    return f"vraagkaarten-{deck_id}-{per_vel}-per-vel{'' if backs else '-alleen-voorkanten'}.pdf"


def _same(text: str) -> str:
    """A card text for comparing: lower case, letters and digits only."""
    return "".join(char for char in text.casefold() if char.isalnum())


def mark_duplicates(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cards of several decks, each question that is in another deck too marked with that deck's name."""
    decks: dict[str, list[str]] = {}
    for card in cards:
        decks.setdefault(_same(card["tekst"]), []).append(card["stapel_titel"])
    return [{**card, "ook_in": ", ".join(t for t in decks[_same(card["tekst"])] if t != card["stapel_titel"])}
            for card in cards]


def pdf_sets(decks: Mapping[str, Stapel]) -> list[dict[str, Any]]:
    """Which PDFs exist: per deck and for all decks (duplicates marked), each layout, with backs and fronts only."""
    every = mark_duplicates([c for d in decks.values() for c in deck_cards(d)])
    sets = [{"id": "alle", "titel": "Alle stapels", "kaarten": every}]
    sets += [{"id": deck.id, "titel": deck.titel, "kaarten": deck_cards(deck)} for deck in decks.values()]
    for entry in sets:
        entry["pdfs"] = [
            {"per_vel": n, "achterkanten": backs, "pad": f"{PDF_FOLDER}/{pdf_name(entry['id'], n, backs)}",
             "paginas": math.ceil(len(entry["kaarten"]) / n) * (2 if backs else 1)}
            for n in LAYOUTS for backs in (True, False)
        ]
    return sets


def pdf_jobs(model: Model) -> list[PdfJob]:
    """Every card PDF of the site."""
    jobs = []
    for entry in model.kaartsets:
        for pdf in entry["pdfs"]:
            layout = LAYOUTS[pdf["per_vel"]]
            context = {
                "titel": f"Vraagkaarten: {entry['titel']}", "site": model.uitgave["titel"], "uitgave": model.uitgave,
                "layout": asdict(layout), "vellen": sheets(entry["kaarten"], layout, pdf["achterkanten"], entry["titel"]),
                "marks": crop_marks(layout), "marge_vakken": margin_boxes(layout),
            }
            jobs.append(PdfJob(path=pdf["pad"], template="vraagkaarten/vellen-pdf.html", context=context,
                               stylesheets=[SHEET_CSS],
                               voorkeuren={**VIEWER, "Duplex": DUPLEX[pdf["achterkanten"]]}))
    return jobs


def browser_geometry() -> dict[str, Any]:
    """Layouts, crop marks and size limits for the deck builder's browser print (as JSON)."""
    return {
        "lagen": {str(n): {**asdict(lay), "links": lay.links, "boven": lay.boven, "marks": crop_marks(lay)}
                  for n, lay in LAYOUTS.items()},
        "maten": [list(pair) for pair in SIZE_LIMITS], "titelgewicht": TITLE_WEIGHT,
    }
