"""Card sheets: which PDFs exist (per deck and for all decks; 8 and 9 per sheet; with backs, fronts only,
with full cut lines, fold-over), their sheets and margin text, and the PDF jobs. The geometry lives in
snijden.py, the measured size classes in kaartmaat.py. The same geometry reaches the browser (the deck
builder prints like the PDFs) as JSON."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from handreiking.druk.pdf import PdfJob
from handreiking.druk.snijden import (
    BLEED,
    LAYOUTS,
    VOUW,
    Layout,
    crop_marks,
    cut_box,
    cut_lines,
    fold_boxes,
    fold_line,
    margin_boxes,
    with_bleed,
)
from handreiking.hulpmiddelen.vraagkaarten import rugbeeld
from handreiking.kern.stapels import Kaart, Stapel

if TYPE_CHECKING:
    from pathlib import Path

    from handreiking.kern.basismodel import Model

SCALE_BAR = 50.0  # mm, the scale bar that shows the sheet printed at 100 %
# Print settings a viewer should offer (PDF /ViewerPreferences): no "fit to page", duplex as the backs need.
VIEWER = {"PrintScaling": "None"}
DUPLEX = {True: "DuplexFlipLongEdge", False: "Simplex"}
PDF_FOLDER = "werkmateriaal/pdf"
SHEET_CSS = "assets/vraagkaarten/vellen.css"
# The kinds of card PDF: with backs (duplex), fronts only, with backs and full cut lines (scissors), fold-over
# (front and back side by side, no duplex printer). The all-decks set has the first two only.
KINDS = ("dubbelzijdig", "voorkanten", "snijlijnen", "vouwvel")
ALL_KINDS = ("dubbelzijdig", "voorkanten")
# "Mijn vragen" in the builder are not known at build time, so not measured: their size class comes from
# their length (weighted characters up to which a class is used). The deck's cards are measured (kaartmaat).
SIZE_LIMITS = (("m1", 45), ("m2", 100), ("m3", 190), ("m4", 400))
TITLE_WEIGHT = 30  # a card title takes about this many characters of room
# The margin text's pieces (margin_text): the top margin says which sheet and how to print, the bottom one
# holds the scale bar and the site's edition (data/uitgave.yml). On a fold-over sheet the bottom says how to
# fold, and the edition goes up, beside the shorter single-sided instruction.
TOP, BOTTOM = ["label", "aanwijzing"], ["schaal", "editie"]
FOLD_TOP, FOLD_BOTTOM = [*TOP, "editie"], ["schaal", "vouw"]
SELECTION = "zelf samengesteld"  # the deck name in the margin of sheets printed from Kaarten samenstellen


def card_view(kaart: Kaart, deck: Stapel, groep_titel: str = "") -> dict[str, Any]:
    """What a card face shows (for templates)."""
    return {
        "id": kaart.id,
        "tekst": kaart.tekst,
        "titel": kaart.titel or groep_titel,
        "toelichting": kaart.toelichting,
        "stapel": deck.id,
        "stapel_titel": deck.titel,
        "kleur": deck.kleur,
        "patroon": deck.patroon,
        "ook_in": "",  # the "alle" deck: the other decks with this question (mark_duplicates)
    }


def deck_cards(deck: Stapel) -> list[dict[str, Any]]:
    """Every card of a deck as a view, in order."""
    return [card_view(kaart, deck, groep.titel) for groep in deck.groepen for kaart in groep.kaarten]


def margin_text(titel: str, number: int | str, total: int | str, side: str, backs: bool) -> dict[str, str]:
    """What a sheet's margin says: which sheet of which deck, which side, and how to print (and fold) it."""
    how = "Druk dubbelzijdig af, omslaan langs de lange kant" if backs else "Druk enkelzijdig af"
    kant = {"voor": "voorkant", "achter": "achterkant", "vouw": "vouwvel"}[side]
    return {
        "label": f"Vraagkaarten: {titel} · vel {number} van {total}, {kant}",
        "aanwijzing": f"{how}, op werkelijke grootte (100 %)",
        "schaal": f"deze lijn is {SCALE_BAR:g} mm",
        "vouw": "Vouw langs de stippellijn, knip dan langs de snijtekens",
    }


def _slot(box: dict[str, float], kant: str, card: dict[str, Any]) -> dict[str, Any]:
    """A card on a sheet: a front fills its cut box, a back paints its box with bleed."""
    return {**(box if kant == "voor" else with_bleed(box)), "kant": kant, "kaart": card}


def sheets(
    cards: list[dict[str, Any]], layout: Layout, backs: bool, titel: str = "", lines: bool = False
) -> list[dict[str, Any]]:
    """The sheets of a PDF: each front (crop marks, or full cut lines with `lines`), followed by its
    mirrored back when `backs`; each with its margin text and boxes."""
    result = []
    total = math.ceil(len(cards) / layout.per_vel)
    boxes = margin_boxes(layout, TOP, BOTTOM)
    for number, start in enumerate(range(0, len(cards), layout.per_vel), start=1):
        chunk = cards[start : start + layout.per_vel]
        for side in ("voor", "achter") if backs else ("voor",):
            result.append(
                {
                    "soort": side,
                    "per_vel": layout.per_vel,
                    "vakken": boxes,
                    "plekken": [
                        _slot(cut_box(layout, i, side == "achter"), side, card) for i, card in enumerate(chunk)
                    ],
                    "marge": margin_text(titel, number, total, side, backs),
                    "marks": [] if side == "achter" or lines else crop_marks(layout),
                    "lijnen": cut_lines(layout) if side == "voor" and lines else [],
                    "vouw": None,
                }
            )
    return result


def fold_sheets(cards: list[dict[str, Any]], titel: str = "") -> list[dict[str, Any]]:
    """The sheets of a fold-over PDF: per card its front left and its back right of the fold line, in one row."""
    result = []
    total = math.ceil(len(cards) / VOUW.rijen)
    boxes = margin_boxes(VOUW, FOLD_TOP, FOLD_BOTTOM)
    for number, start in enumerate(range(0, len(cards), VOUW.rijen), start=1):
        slots = []
        for i, card in enumerate(cards[start : start + VOUW.rijen]):
            front, back = fold_boxes(VOUW, i)
            slots += [_slot(front, "voor", card), _slot(back, "achter", card)]
        result.append(
            {
                "soort": "vouw",
                "per_vel": 8,
                "vakken": boxes,
                "plekken": slots,
                "marge": margin_text(titel, number, total, "vouw", False),
                "marks": crop_marks(VOUW),
                "lijnen": [],
                "vouw": fold_line(),
            }
        )
    return result


def pdf_name(deck_id: str, per_vel: int, kind: str) -> str:
    """File name of a PDF, saying what it is."""
    if kind == "vouwvel":
        return f"vraagkaarten-{deck_id}-vouwvel.pdf"
    suffix = {"dubbelzijdig": "", "voorkanten": "-alleen-voorkanten", "snijlijnen": "-snijlijnen"}[kind]
    return f"vraagkaarten-{deck_id}-{per_vel}-per-vel{suffix}.pdf"


def _same(text: str) -> str:
    """A card text for comparing: lower case, letters and digits only."""
    return "".join(char for char in text.casefold() if char.isalnum())


def mark_duplicates(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cards of several decks, each question that is in another deck too marked with that deck's name."""
    decks: dict[str, list[str]] = {}
    for card in cards:
        decks.setdefault(_same(card["tekst"]), []).append(card["stapel_titel"])
    return [
        {**card, "ook_in": ", ".join(t for t in decks[_same(card["tekst"])] if t != card["stapel_titel"])}
        for card in cards
    ]


def _pages(count: int, per_vel: int, kind: str) -> int:
    """How many pages a PDF of `count` cards has."""
    if kind == "vouwvel":
        return math.ceil(count / VOUW.rijen)
    return math.ceil(count / per_vel) * (1 if kind == "voorkanten" else 2)


def pdf_sets(decks: Mapping[str, Stapel]) -> list[dict[str, Any]]:
    """Which PDFs exist: for all decks (duplicates marked) and per deck, each layout and kind."""
    every = mark_duplicates([c for d in decks.values() for c in deck_cards(d)])
    sets = [{"id": "alle", "titel": "Alle stapels", "kaarten": every}]
    sets += [{"id": deck.id, "titel": deck.titel, "kaarten": deck_cards(deck)} for deck in decks.values()]
    for entry in sets:
        kinds = ALL_KINDS if entry["id"] == "alle" else KINDS
        entry["pdfs"] = [
            {
                "per_vel": n,
                "soort": kind,
                "achterkanten": kind in ("dubbelzijdig", "snijlijnen"),
                "pad": f"{PDF_FOLDER}/{pdf_name(entry['id'], n, kind)}",
                "paginas": _pages(len(entry["kaarten"]), n, kind),
            }
            for kind in kinds
            for n in ((8,) if kind == "vouwvel" else LAYOUTS)
        ]
    return sets


def variant(card: dict[str, Any]) -> str:
    """A card as measured: its id, and in the "alle" deck the line naming the other deck (it takes room)."""
    return card["id"] + (f"|{card['ook_in']}" if card["ook_in"] else "")


def with_sizes(
    cards: list[dict[str, Any]], sizes: Mapping[str, Mapping[str, str]], per_vel: int
) -> list[dict[str, Any]]:
    """The cards, each with its measured size class (`maat`) for a layout."""
    return [{**card, "maat": sizes[variant(card)][str(per_vel)]} for card in cards]


def with_back_labels(root: Path, vellen: list[dict[str, Any]], site: str) -> None:
    """Give every back on the sheets its label as an image (`rug`, rugbeeld.py: drawn as an artifact)."""
    for vel in vellen:
        for plek in vel["plekken"]:
            if plek["kant"] == "achter":
                card = plek["kaart"]
                plek["rug"] = rugbeeld.back_image(root, card["stapel_titel"], site, card["kleur"], plek["b"])


def pdf_jobs(model: Model, sizes: Mapping[str, Mapping[str, str]]) -> list[PdfJob]:
    """Every card PDF of the site, with the size classes measured for each card (kaartmaat.sizes)."""
    jobs = []
    for entry in model.kaartsets:
        for pdf in entry["pdfs"]:
            cards = with_sizes(entry["kaarten"], sizes, pdf["per_vel"])
            if pdf["soort"] == "vouwvel":
                vellen = fold_sheets(cards, entry["titel"])
            else:
                vellen = sheets(
                    cards, LAYOUTS[pdf["per_vel"]], pdf["achterkanten"], entry["titel"], pdf["soort"] == "snijlijnen"
                )
            with_back_labels(model.root, vellen, model.uitgave["titel"])
            context = {
                "titel": f"Vraagkaarten: {entry['titel']}",
                "site": model.uitgave["titel"],
                "uitgave": model.uitgave,
                "vellen": vellen,
            }
            jobs.append(
                PdfJob(
                    path=pdf["pad"],
                    template="vraagkaarten/vellen-pdf.html",
                    context=context,
                    stylesheets=[SHEET_CSS],
                    voorkeuren={**VIEWER, "Duplex": DUPLEX[pdf["achterkanten"]]},
                )
            )
    return jobs


def browser_geometry() -> dict[str, Any]:
    """Layouts (cut lines of each column and row), crop marks, cut lines, bleed and margin text for the deck
    builder's browser print, and the size limits for its own questions (as JSON)."""
    return {
        "lagen": {
            str(n): {
                **asdict(lay),
                "x": [cut_box(lay, c)["x"] for c in range(lay.kolommen)],
                "y": [cut_box(lay, r * lay.kolommen)["y"] for r in range(lay.rijen)],
                "marks": crop_marks(lay),
                "lijnen": cut_lines(lay),
                "vakken": margin_boxes(lay, TOP, BOTTOM),
            }
            for n, lay in LAYOUTS.items()
        },
        # The margin text as on the PDFs; the page fills in {n} (this sheet) and {m} (all sheets).
        "marge": {
            "voor": margin_text(SELECTION, "{n}", "{m}", "voor", True),
            "achter": margin_text(SELECTION, "{n}", "{m}", "achter", True),
            "enkel": margin_text(SELECTION, "{n}", "{m}", "voor", False),
        },
        "afloop": BLEED,
        "maten": [list(pair) for pair in SIZE_LIMITS],
        "titelgewicht": TITLE_WEIGHT,
    }
